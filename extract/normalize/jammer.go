package normalize

import (
	"strings"
)

// jammerSymbols are the ASCII symbols of a forum's anti-scraping junk that
// prose, dates, figures and abbreviations seldom hold between Chinese
// characters.
const jammerSymbols = "!\"#$&'()*+/;<=>?@[\\]^_`{|}~"

// stripJammer removes the junk that forums (Discuz!'s "jammer") insert into
// posts to spoil copies: runs of ASCII such as "9 q( _4 w8 ]" set between
// Chinese text, made of short space-separated tokens with symbols among
// them. A run is junk when it touches a non-ASCII character, has at least
// four tokens of at most three characters, no word of three letters or
// digits, and two tokens with a symbol (one when it has six tokens or
// more; none when it has five tokens or more of at most two characters,
// one with punctuation). Words, figures, dates, times, abbreviations and addresses
// ("G20", "2012-3-5 10:11", "(AP)", "COVID-19") never match.
func stripJammer(s string) string {
	if !mayHoldJammer(s) {
		return s
	}
	var b strings.Builder
	from := 0
	for i := 0; i < len(s); {
		// The next ASCII run: from an ASCII byte to the next non-ASCII
		// byte or line break.
		for i < len(s) && (s[i] >= 0x80 || s[i] == '\n') {
			i++
		}
		start := i
		for i < len(s) && s[i] < 0x80 && s[i] != '\n' {
			i++
		}
		if i-start < 7 {
			continue
		}
		touches := start > 0 && s[start-1] >= 0x80 || i < len(s) && s[i] >= 0x80
		if !touches || !isJammer(s[start:i]) {
			continue
		}
		if b.Cap() == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[from:start])
		from = i
	}
	if from == 0 {
		return s
	}
	b.WriteString(s[from:])
	return b.String()
}

// isJammer judges an ASCII run (see stripJammer).
func isJammer(run string) bool {
	tokens := strings.Fields(run)
	if len(tokens) < 4 {
		return false
	}
	symbolic, punct, long := 0, 0, 0
	for _, t := range tokens {
		if len(t) > 3 || len(t) == 3 && isASCIIAlnumString(t) {
			return false
		}
		if len(t) == 3 {
			long++
		}
		if strings.ContainsAny(t, jammerSymbols) {
			symbolic++
		}
		if !isASCIIAlnumString(t) {
			punct++
		}
	}
	// Five or more tokens of one or two characters, some with punctuation
	// ("6 r% U. f- f"), are junk too.
	return symbolic >= 2 || symbolic >= 1 && len(tokens) >= 6 ||
		long == 0 && punct >= 1 && len(tokens) >= 5
}

// isASCIIAlnumString reports a string of ASCII letters and digits only.
func isASCIIAlnumString(t string) bool {
	for i := 0; i < len(t); i++ {
		if !isASCIIAlnum(rune(t[i])) {
			return false
		}
	}
	return true
}

// mayHoldJammer is the cheap test before stripJammer: two spaces at most
// three bytes apart, each between ASCII characters that are not spaces
// ("9 q( _4"). Spaces are found by byte search.
func mayHoldJammer(s string) bool {
	inner := func(k int) bool {
		return k > 0 && k+1 < len(s) && s[k] == ' ' && graphicASCII(s[k-1]) && graphicASCII(s[k+1])
	}
	for i := 0; i < len(s); {
		k := strings.IndexByte(s[i:], ' ')
		if k < 0 {
			return false
		}
		k += i
		i = k + 1
		if inner(k) && (inner(k+2) || inner(k+3)) {
			return true
		}
	}
	return false
}

// graphicASCII reports a visible ASCII character.
func graphicASCII(c byte) bool { return c > ' ' && c < 0x7F }
