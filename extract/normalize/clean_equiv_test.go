package normalize

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// cleanText copies unchanged runs of its input in one write; the reference
// below writes rune by rune (the earlier implementation). They agree.
func TestCleanTextMatchesReference(t *testing.T) {
	pieces := []string{
		"a", "Z", "1", " ", "\r", "\n", "\r\n", "\t", "\f", "\v", "\x00", "\x1f", "\x7f",
		"\u00A0", "\u3000", "\u2003", "\u202F", "\u205F", "\u200B", "\u200D", "\u2060", "\uFEFF", "\u00AD",
		"\u2028", "\u0085", "\u0090", "\uFF10", "\uFF19", "\uFF21", "\uFF41", "\uFF05", "\u2027", "\u30FB",
		"\uFF65", "\u2022", "\u2219", "\u22C5", "约", "翰", "國", "這", "。", "，", "\uFFFD", "\xff", "\xe4\xbd",
		"e\u0301", "\u0301", "Å", "ｶ", "𠀀",
	}
	rng := rand.New(rand.NewSource(1))
	for range 100000 {
		var b strings.Builder
		for n := rng.Intn(20); n > 0; n-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		got, gotTrad := cleanText(s)
		want, wantTrad := cleanTextRef(s)
		if got != want || gotTrad != wantTrad {
			t.Fatalf("cleanText(%q) = %q, %v; want %q, %v", s, got, gotTrad, want, wantTrad)
		}
	}
}

func cleanTextRef(s string) (string, bool) {
	trad, nfc := false, false
	last := rune(0) // the last rune written
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			last = 0
			switch {
			case c == '\r':
				if i < len(s) && s[i] == '\n' {
					continue // CRLF: the LF follows
				}
				c = '\n'
			case c == '\t':
				c = ' '
			case c == '\f' || c == '\v':
				c = '\n'
			case c == '\n':
			case c < 0x20 || c == 0x7F:
				continue
			}
			b.WriteByte(c)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == utf8.RuneError && n == 1:
			r = '\uFFFD'
		case r == '\u00A0' || r == '\u3000' || (r >= '\u2000' && r <= '\u200A') || r == '\u202F' || r == '\u205F':
			r = ' '
		case (r >= '\u200B' && r <= '\u200D') || r == '\u2060' || r == '\uFEFF' || r == '\u00AD':
			continue
		case r == '\u2028' || r == '\u0085':
			r = '\n'
		case r >= 0x80 && r < 0xA0:
			continue
		case r >= '\uFF10' && r <= '\uFF19', r >= '\uFF21' && r <= '\uFF3A', r >= '\uFF41' && r <= '\uFF5A':
			r = narrow(r)
		case r == '\uFF05': // ％
			r = '%'
		case isNameDot(r) && isHan(last) && i < len(s):
			// The dot of a transliterated name in its other forms
			// ("约翰‧基", "约翰・基"): one dot, U+00B7, between ideographs.
			if next, _ := utf8.DecodeRuneInString(s[i:]); isHan(next) {
				r = '·'
			}
		}
		last = r
		b.WriteRune(r)
		if !nfcStable(r) {
			nfc = true
		}
		if r >= 0x3400 && tradOnly.Has(r) {
			trad = true
		}
	}
	out := b.String()
	if nfc && !norm.NFC.IsNormalString(out) {
		out = norm.NFC.String(out)
		trad = hasTraditional(out)
	}
	return out, trad
}
