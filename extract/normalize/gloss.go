package normalize

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dipgraph/dipgraph/extract/internal/runes"
)

// pinyinData lists the syllables of Hanyu Pinyin (see its header).
//
//go:embed data/pinyin_syllables.txt
var pinyinData string

// pinyinSyllables holds every toneless syllable, ü written v.
var pinyinSyllables = func() map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(pinyinData, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, f := range strings.Fields(line) {
			m[f] = true
		}
	}
	return m
}()

// maxGlossBytes bounds the text between a gloss's parentheses.
const maxGlossBytes = 64

// stripGlosses removes the romanisation glosses that some mirror sites print
// after characters: "習(xí)近(jìn)平(píng)", "習近平(xí jìn píng)", "會見（huì
// jiàn）", "xi2" with tone digits. A parenthesised group is a gloss only
// when it follows Han characters, holds no more syllables than the
// characters before it, and every word in it is Hanyu Pinyin; a text is
// taken to be glossed only when one such group carries a tone (mark or
// digit), and only then are its toneless groups ("的(de)") and the groups
// cut by bad bytes ("(gu\uFFFDn)", "(guān" with its closing parenthesis
// lost) removed too. Real parentheses stay: "（右）", "（记者 张三）",
// "(AP)", "米尔济约耶夫（Mirziyoyev）" (no pinyin), dates and abbreviations.
func stripGlosses(s string) string {
	// Taking a group out can make the next one follow Han characters:
	// the pass is repeated until nothing changes (a few times at most),
	// so that normalising twice changes nothing more.
	for range 4 {
		if !mayHoldGloss(s) {
			return s
		}
		out := stripGlossesOnce(s)
		if out == s {
			return s
		}
		s = out
	}
	return s
}

// stripGlossesOnce is one pass of stripGlosses.
func stripGlossesOnce(s string) string {
	toned := false
	scanGlosses(s, func(start, end int, g glossKind) bool {
		toned = g == glossToned
		return !toned
	})
	if !toned {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	from := 0
	scanGlosses(s, func(start, end int, g glossKind) bool {
		if g != glossNone {
			b.WriteString(s[from:start])
			from = end
		}
		return true
	})
	b.WriteString(s[from:])
	return stripLostOpenGlosses(b.String())
}

// mayHoldGloss is the cheap test before stripGlosses: an opening
// parenthesis (half- or full-width) followed by a Latin letter (white space
// between them aside).
func mayHoldGloss(s string) bool {
	for i := 0; i < len(s); {
		k := strings.IndexByte(s[i:], '(')
		if k < 0 {
			break
		}
		i += k + 1
		if latinAfterSpace(s[i:]) {
			return true
		}
	}
	for i := 0; i < len(s); {
		k := runes.IndexWord(s[i:], "（")
		if k < 0 {
			break
		}
		i += k + len("（")
		if latinAfterSpace(s[i:]) {
			return true
		}
	}
	return false
}

// latinAfterSpace reports that s starts with a Latin letter, white space
// (spaces, line breaks) before it aside.
func latinAfterSpace(s string) bool {
	if s != "" && (s[0] == ' ' || s[0] == '\n' || s[0] == 0xE2) {
		s = strings.TrimLeft(s, " \n\u2029")
	}
	r, _ := utf8.DecodeRuneInString(s)
	return isLatinLetter(r)
}

// glossKind is what scanGlosses found: not a gloss, a gloss with a tone,
// or a gloss that needs a toned one elsewhere in the text to be trusted.
type glossKind uint8

const (
	glossNone glossKind = iota
	glossToned
	glossWeak
)

// scanGlosses calls f with the byte span of every candidate group after a
// Han character (spaces before it included) and what it is, in order,
// until f returns false.
func scanGlosses(s string, f func(start, end int, g glossKind) bool) {
	for i := 0; i < len(s); {
		k := strings.IndexAny(s[i:], "(（")
		if k < 0 {
			return
		}
		open := i + k
		_, n := utf8.DecodeRuneInString(s[open:])
		i = open + n
		// White space before the group goes with it (a space, or a
		// line break where a page wrapped): however much of it, so that
		// the line joiner never brings a gloss next to its characters.
		start := open
		for start > 0 {
			if s[start-1] == ' ' || s[start-1] == '\n' {
				start--
			} else if strings.HasSuffix(s[:start], "\u2029") {
				start -= len("\u2029")
			} else {
				break
			}
		}
		han := hanBefore(s[:start])
		if han == 0 {
			continue
		}
		end, g := glossAt(s, i, han)
		if g == glossNone {
			continue
		}
		if !f(start, end, g) {
			return
		}
		i = end
	}
}

// hanBefore counts the Han characters that end s (up to 8).
func hanBefore(s string) int {
	n := 0
	for len(s) > 0 && n < 8 {
		r, size := utf8.DecodeLastRuneInString(s)
		if !isHan(r) {
			break
		}
		n++
		s = s[:len(s)-size]
	}
	return n
}

// glossAt reads the group that starts at s[i:], after its opening
// parenthesis, following han Han characters; it returns the end of the
// group (after its closing parenthesis) and its kind.
func glossAt(s string, i, han int) (int, glossKind) {
	j := i
	letters := false
	for j < len(s) && j-i <= maxGlossBytes {
		r, n := utf8.DecodeRuneInString(s[j:])
		brk := r == '\n' || r == hardBreak
		switch {
		case r == ')' || r == '）':
			return j + n, glossKind(judgeGloss(s[i:j], han, true))
		case !glossRune(r) || brk && letters && !closesOnLine(s[j+n:]):
			// The closing parenthesis was lost: only one syllable is
			// taken ("關(guān系", "的(de良好").
			if j > i {
				return j, judgeGloss(s[i:j], 1, false)
			}
			return j, glossNone
		}
		letters = letters || isLatinLetter(r)
		j += n
	}
	if j >= len(s) && j > i {
		return j, judgeGloss(s[i:j], 1, false)
	}
	return j, glossNone
}

// closesOnLine reports that the gloss going on in s (after a line break
// inside it) closes on the next line: syllables, then ")" or "）". A
// gloss cut by its lost closing parenthesis at a line end ends there, and
// the line break stays.
func closesOnLine(s string) bool {
	for k, r := range s {
		switch {
		case r == ')' || r == '）':
			return true
		case k > maxGlossBytes || !glossRune(r) || r == '\n' || r == hardBreak:
			return false
		}
	}
	return false
}

// glossRune reports the runes a gloss is written with: Latin letters, tone
// digits, the separators of its syllables and the marks of a lost byte.
func glossRune(r rune) bool {
	return isLatinLetter(r) || r >= '0' && r <= '9' || r == ' ' || r == '\n' || r == hardBreak || r == '\'' || r == '’' || r == '-' ||
		r == '\uFFFD' || r == '?' || r == '？'
}

// judgeGloss decides whether body (between the parentheses) is a gloss of
// at most han syllables. closed tells the group had its closing
// parenthesis; without it, damaged syllables are not accepted.
func judgeGloss(body string, han int, closed bool) glossKind {
	// (A line break inside is a space: the line joiner makes it one.)
	words := strings.FieldsFunc(body, func(r rune) bool {
		return r == ' ' || r == '\n' || r == hardBreak || r == '\'' || r == '’' || r == '-'
	})
	if len(words) == 0 {
		return glossNone
	}
	syll, tone, valid := 0, false, 0
	for _, w := range words {
		base, t, upper, damaged, ok := foldPinyin(w)
		if !ok {
			return glossNone
		}
		if upper && !t {
			return glossNone // "(Wang Yi)", "(AN)": a name or an abbreviation
		}
		if damaged {
			if !closed || base == "" || len(base) > 6 {
				return glossNone
			}
			syll++
			continue
		}
		n := pinyinCount(base)
		if n == 0 {
			return glossNone
		}
		syll += n
		valid++
		tone = tone || t
	}
	if syll > han {
		return glossNone
	}
	if tone {
		return glossToned
	}
	return glossWeak
}

// foldPinyin lower-cases a written syllable and takes its tone off: tone
// marks ("xí") and a final tone digit ("xi2") set tone; ü becomes v. A
// replacement character or "?" (a byte lost) sets damaged. ok is false for
// any other character.
func foldPinyin(w string) (base string, tone, upper, damaged, ok bool) {
	var b []byte
	for k, r := range w {
		if r >= '1' && r <= '5' && k == len(w)-1 && k > 0 {
			tone = true
			continue
		}
		if r == '\uFFFD' || r == '?' || r == '？' {
			damaged = true
			continue
		}
		if !isLatinLetter(r) {
			return "", false, false, false, false
		}
		if unicode.IsUpper(r) {
			upper = true
			r = unicode.ToLower(r)
		}
		c, t := toneBase(r)
		if c == 0 {
			return "", false, false, false, false
		}
		tone = tone || t
		b = append(b, c)
	}
	return string(b), tone, upper, damaged, true
}

// toneBase maps a lower-case pinyin letter to its ASCII base (ü to v) and
// reports whether it carried a tone mark; 0 for letters pinyin never uses.
func toneBase(r rune) (byte, bool) {
	if r >= 'a' && r <= 'z' {
		return byte(r), false
	}
	switch r {
	case 'ā', 'á', 'ǎ', 'à':
		return 'a', true
	case 'ē', 'é', 'ě', 'è', 'ế', 'ề':
		return 'e', true
	case 'ê':
		return 'e', false
	case 'ī', 'í', 'ǐ', 'ì':
		return 'i', true
	case 'ō', 'ó', 'ǒ', 'ò':
		return 'o', true
	case 'ū', 'ú', 'ǔ', 'ù':
		return 'u', true
	case 'ǖ', 'ǘ', 'ǚ', 'ǜ':
		return 'v', true
	case 'ü':
		return 'v', false
	case 'ń', 'ň', 'ǹ':
		return 'n', true
	case 'ḿ':
		return 'm', true
	}
	return 0, false
}

// pinyinCount returns how many syllables base is made of (a syllable, or
// syllables written together: "xijinping"), 0 if it is not pinyin.
func pinyinCount(base string) int {
	if pinyinSyllables[base] {
		return 1
	}
	if len(base) > 24 {
		return 0
	}
	// best[k]: fewest syllables that spell base[:k] (0: none).
	var best [25]int
	for k := 1; k <= len(base); k++ {
		for j := max(0, k-6); j < k; j++ {
			if (j == 0 || best[j] > 0) && pinyinSyllables[base[j:k]] {
				if c := best[j] + 1; best[k] == 0 || c < best[k] {
					best[k] = c
				}
			}
		}
	}
	return best[len(base)]
}

// isLatinLetter reports the letters of pinyin glosses: ASCII letters and
// the Latin-1 and Latin Extended letters that carry tone marks.
func isLatinLetter(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' ||
		r >= 0xC0 && r <= 0x24F && r != 0xD7 && r != 0xF7 || r >= 0x1E00 && r <= 0x1EFF
}

// stripLostOpenGlosses removes, from a text already found to be glossed,
// the glosses whose opening parenthesis a bad byte swallowed: a toned
// syllable after "？", "?" or U+FFFD and before ")" ("人民日？qǐng)").
func stripLostOpenGlosses(s string) string {
	if !strings.ContainsRune(s, ')') && !strings.Contains(s, "）") {
		return s
	}
	var b strings.Builder
	from := 0
	for i := 0; i < len(s); {
		k := strings.IndexAny(s[i:], ")）")
		if k < 0 {
			break
		}
		close := i + k
		_, n := utf8.DecodeRuneInString(s[close:])
		i = close + n
		// The syllable before it, back to the damaged byte.
		j := close
		for j > 0 && close-j <= 12 {
			r, size := utf8.DecodeLastRuneInString(s[:j])
			if !isLatinLetter(r) && !(r >= '1' && r <= '5') {
				break
			}
			j -= size
		}
		if j == close || j < from {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(s[:j]); r != '\uFFFD' && r != '?' && r != '？' {
			continue
		}
		if judgeGloss(s[j:close], 1, false) != glossToned {
			continue
		}
		b.WriteString(s[from:j])
		from = i
	}
	if from == 0 {
		return s
	}
	b.WriteString(s[from:])
	return b.String()
}
