package normalize

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"

	"github.com/dipgraph/dipgraph/extract/internal/runes"
)

// hardBreak marks a paragraph break that the line joiner must keep (from
// HTML block tags, or U+2029 PARAGRAPH SEPARATOR in the input).
const hardBreak = '\u2029'

// maxPasses bounds the passes of the line joiner to reach a fixed point.
const maxPasses = 8

// Text normalises the text of a page (see the package comment). The output
// holds one paragraph per line, separated by a single "\n", with no leading
// or trailing white space. Text is idempotent: Text(Text(s)) == Text(s).
func Text(s string) string {
	out := text(s)
	// Joining lines may make copy noise visible that was not before (a
	// full-width full stop between digits becomes "."): it is stripped
	// then, and the text normalised again, so that Text is idempotent.
	if n := stripCopyNoise(out); n != out {
		return text(n)
	}
	return out
}

// text is one normalisation of s: Text before its check for copy noise
// that the line joiner brought out.
func text(s string) string {
	s, trad := cleanText(s)
	s = stripSQLEscapes(s)
	if looksHTML(s) {
		s, trad = cleanText(stripHTML(s))
	}
	s = stripCopyNoise(s)
	if trad {
		s = clean(toSimplified(s))
	}
	s = dropRelatedLists(s)
	s = splitGluedStamps(s)
	// The line joiner decides from the widths of neighbouring lines, which
	// change once lines are joined; it is run again until its output is
	// stable, so that Text is idempotent. Real pages settle after one join
	// (one more pass confirms it).
	out, hints := joinLines(s, false, nil)
	for i := 1; i < maxPasses; i++ {
		next, nextHints := joinLines(out, false, hints)
		if next == out {
			return out
		}
		out, hints = next, nextHints
	}
	// Lines that keep joining pass after pass (a cascade of ever shorter
	// lines, as fuzzing builds) are joined up to the breaks that no pass
	// undoes.
	return stableParagraphs(out)
}

// stripCopyNoise removes what noisy copies of a report put into its text:
// forum markup and edit notices (stripForum), forum anti-scraping junk
// (stripJammer) and romanisation glosses after characters (stripGlosses).
func stripCopyNoise(s string) string {
	return stripGlosses(stripJammer(stripForum(s)))
}

// clean makes s valid UTF-8 in NFC, with "\n" line ends, ASCII spaces for
// every kind of blank, no invisible or control characters, and full-width
// digits and Latin letters folded to ASCII. Chinese punctuation is kept.
func clean(s string) string {
	out, _ := cleanText(s)
	return out
}

// cleanText is clean that also reports whether the result holds a
// Traditional-only character (see hasTraditional), found in the same pass.
// Printable ASCII and the common ideographs, nearly all of a page, pass
// in the loop; control bytes and other runes go through cleaner's steps.
func cleanText(s string) (string, bool) {
	c := cleaner{s: s}
	last, trad := rune(0), false // the last rune written; a Traditional-only one seen (kept here: the loop is hot)
	for i := 0; i < len(s); {
		if ch := s[i]; ch < utf8.RuneSelf {
			if ch >= 0x20 && ch != 0x7F || ch == '\n' {
				i++
				last = 0
				continue
			}
			i, last = c.control(i), 0
			continue
		}
		// An ideograph (three bytes, 0x4E00–0x9FFF), most of the text,
		// passes unchanged: only the Traditional test applies.
		if r, ok := runes.Decode3(s, i); ok && r >= 0x4E00 && r <= 0x9FFF {
			i += 3
			last = r
			if tradOnly.Has(r) {
				trad = true
			}
			continue
		}
		i, last = c.other(i, last)
	}
	c.trad = c.trad || trad
	return c.finish()
}

// cleaner is cleanText's state. Runs of input that pass unchanged are
// copied in one write: from is where the pending run starts. Nothing is
// copied until the first change (see writeRun): a clean input is
// returned as it is.
type cleaner struct {
	s         string
	b         strings.Builder
	from      int
	trad, nfc bool // a Traditional-only character; a rune that NFC may change
}

// control cleans the ASCII control byte at s[i] and returns where the
// next rune starts: CR, CRLF, form feed and vertical tab become "\n", a
// tab a space, other control bytes go.
func (c *cleaner) control(i int) int {
	s := c.s
	ch, at := s[i], i
	i++
	switch {
	case ch == '\r':
		if i < len(s) && s[i] == '\n' {
			// CRLF: the LF follows.
			c.drop(at, i)
			return i
		}
		ch = '\n'
	case ch == '\t':
		ch = ' '
	case ch == '\f' || ch == '\v':
		ch = '\n'
	default:
		c.drop(at, i)
		return i
	}
	writeRun(&c.b, s, c.from, at)
	c.b.WriteByte(ch)
	c.from = i
	return i
}

// other cleans the rune at s[i] that is neither ASCII nor a common
// ideograph (cleanRune), written after last, and returns where the next
// rune starts and the last rune written.
func (c *cleaner) other(i int, last rune) (int, rune) {
	at := i
	r, n := runes.Decode(c.s, i)
	i += n
	in := r
	if r == utf8.RuneError && n == 1 {
		in = -1 // the bytes change
	}
	r, drop := cleanRune(r, n, last, c.s, i)
	if drop {
		c.drop(at, i)
		return i, last
	}
	if r != in {
		writeRun(&c.b, c.s, c.from, at)
		c.b.WriteRune(r)
		c.from = i
	}
	if !nfcStable(r) {
		c.nfc = true
	}
	if r >= 0x3400 && tradOnly.Has(r) {
		c.trad = true
	}
	return i, r
}

// drop leaves s[at:i] out of the output.
func (c *cleaner) drop(at, i int) {
	writeRun(&c.b, c.s, c.from, at)
	c.from = i
}

// finish returns the cleaned text in NFC and whether it holds a
// Traditional-only character.
func (c *cleaner) finish() (string, bool) {
	out, trad := c.s, c.trad
	if c.b.Cap() > 0 {
		c.b.WriteString(c.s[c.from:])
		out = c.b.String()
	}
	if c.nfc && !norm.NFC.IsNormalString(out) {
		out = norm.NFC.String(out)
		trad = hasTraditional(out)
	}
	return out, trad
}

// writeRun writes the run s[from:at] of cleanText's input to b, giving b
// room for the whole input on its first write.
func writeRun(b *strings.Builder, s string, from, at int) {
	if b.Cap() == 0 {
		b.Grow(len(s))
	}
	b.WriteString(s[from:at])
}

// cleanRune maps a rune of cleanText that is neither ASCII nor a common
// ideograph (n bytes, decoded before s[i], after last): invalid bytes to
// U+FFFD, spaces of every width to ' ', line separators to '\n',
// full-width digits and letters to ASCII, the dots of transliterated names
// to U+00B7; drop is true for invisible format characters and C1 controls.
func cleanRune(r rune, n int, last rune, s string, i int) (out rune, drop bool) {
	switch {
	case r == utf8.RuneError && n == 1:
		return '\uFFFD', false
	case r == '\u00A0' || r == '\u3000' || (r >= '\u2000' && r <= '\u200A') || r == '\u202F' || r == '\u205F':
		return ' ', false
	case (r >= '\u200B' && r <= '\u200D') || r == '\u2060' || r == '\uFEFF' || r == '\u00AD':
		return r, true
	case r == '\u2028' || r == '\u0085':
		return '\n', false
	case r >= 0x80 && r < 0xA0:
		return r, true
	case r >= '\uFF10' && r <= '\uFF19', r >= '\uFF21' && r <= '\uFF3A', r >= '\uFF41' && r <= '\uFF5A':
		return narrow(r), false
	case r == '\uFF05': // ％
		return '%', false
	case isNameDot(r) && isHan(last) && i < len(s):
		// The dot of a transliterated name in its other forms
		// ("约翰‧基", "约翰・基"): one dot, U+00B7, between ideographs.
		if next, _ := utf8.DecodeRuneInString(s[i:]); isHan(next) {
			return '·', false
		}
	}
	return r, false
}

// isNameDot reports the characters that pages use for the middle dot of a
// transliterated name: hyphenation point, katakana and half-width katakana
// middle dots, bullet, bullet and dot operators.
func isNameDot(r rune) bool {
	switch r {
	case '\u2027', '\u30FB', '\uFF65', '\u2022', '\u2219', '\u22C5':
		return true
	}
	return false
}

// narrow folds a full-width character to its ASCII form.
func narrow(r rune) rune {
	if n := width.LookupRune(r).Narrow(); n != 0 {
		return n
	}
	return r
}

func isASCIIDigit(r rune) bool { return r >= '0' && r <= '9' }

func isASCIIAlnum(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}

// isHan reports CJK ideographs (the unified blocks, their extensions and the
// compatibility block).
func isHan(r rune) bool {
	return r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF ||
		r >= 0x20000 && r <= 0x323AF || r >= 0xF900 && r <= 0xFAFF || r == '〇'
}

// isCJK reports characters that Chinese text sets without spaces around
// them: ideographs, CJK and full-width punctuation, curly quotes, dashes,
// ellipses and the middle dot of transliterated names.
func isCJK(r rune) bool {
	switch {
	case isHan(r):
		return true
	case r >= 0x3000 && r <= 0x303F, r >= 0xFF01 && r <= 0xFF0F, r >= 0xFF1A && r <= 0xFF20,
		r >= 0xFF3B && r <= 0xFF40, r >= 0xFF5B && r <= 0xFF65, r >= 0xFE30 && r <= 0xFE4F:
		return true
	}
	switch r {
	case '“', '”', '‘', '’', '—', '–', '…', '·', '•', '─':
		return true
	}
	return false
}

// nfcStable reports characters that NFC never changes and that never
// combine with what follows them: ASCII and Latin-1 below the combining
// marks, CJK unified ideographs, CJK and general punctuation, full-width
// forms.
func nfcStable(r rune) bool {
	return r < 0x300 || r >= 0x4E00 && r <= 0x9FFF || r >= 0x2000 && r <= 0x206F ||
		r >= 0x3000 && r <= 0x303F || r >= 0xFF00 && r <= 0xFFEF
}
