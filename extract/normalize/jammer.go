package normalize

import (
	"strings"
	"unicode/utf8"
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
	// Taking a run out can bring others together: repeated until nothing
	// changes (a few times at most), so that normalising twice changes
	// nothing more.
	for range 4 {
		if !mayHoldJammer(s) {
			return s
		}
		out := stripJammerOnce(s)
		if out == s {
			return s
		}
		s = out
	}
	return s
}

// stripJammerOnce is one pass of stripJammer. A run of ASCII is taken with
// its line breaks (the line joiner may join its lines); when it is no junk
// as a whole, each of its lines is judged alone. A line break inside a run
// taken out stays.
func stripJammerOnce(s string) string {
	var b strings.Builder
	from := 0
	for i := 0; i < len(s); {
		for i < len(s) && s[i] >= 0x80 {
			i++
		}
		start := i
		for i < len(s) && s[i] < 0x80 {
			i++
		}
		if i-start < 7 {
			continue
		}
		touches := start > 0 || i < len(s)
		if !touches {
			continue
		}
		if isJammer(foldedRun(s, start, i)) {
			if b.Cap() == 0 {
				b.Grow(len(s))
			}
			b.WriteString(s[from:start])
			if strings.IndexByte(s[start:i], '\n') >= 0 {
				b.WriteByte('\n')
			}
			from = i
			continue
		}
		if strings.IndexByte(s[start:i], '\n') < 0 {
			continue
		}
		// Each line of the run alone.
		for p := start; p < i; {
			e := p + strings.IndexByte(s[p:i], '\n')
			if e < p {
				e = i
			}
			if e-p >= 7 && isJammer(foldedRun(s, p, e)) {
				if b.Cap() == 0 {
					b.Grow(len(s))
				}
				b.WriteString(s[from:p])
				from = e
			}
			p = e + 1
		}
	}
	if from == 0 {
		return s
	}
	b.WriteString(s[from:])
	return b.String()
}

// foldedRun returns s[start:end] without the ASCII punctuation at either
// end that processLine folds to its full-width form beside a CJK character
// ("(", ",", ":"…): the run as the next pass will see it.
func foldedRun(s string, start, end int) string {
	run := s[start:end]
	if r, _ := utf8.DecodeLastRuneInString(s[:start]); start > 0 && isCJK(r) {
		for run != "" {
			if _, ok := fullWidthPunct(rune(run[0])); !ok {
				break
			}
			run = run[1:]
		}
	}
	if r, _ := utf8.DecodeRuneInString(s[end:]); end < len(s) && isCJK(r) {
		for run != "" {
			if _, ok := fullWidthPunct(rune(run[len(run)-1])); !ok {
				break
			}
			run = run[:len(run)-1]
		}
	}
	return run
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

// mayHoldJammer is the cheap test before stripJammer: a visible ASCII
// character, white space, one to three visible ASCII characters and white
// space again ("9 q( _4"; white space is a space or a line break, which
// the line joiner may make a space). Spaces and line breaks are found by
// byte search.
func mayHoldJammer(s string) bool {
	return jammerShape(s, ' ') || jammerShape(s, '\n')
}

// jammerShape is mayHoldJammer looking from each occurrence of sep.
func jammerShape(s string, sep byte) bool {
	space := func(c byte) bool { return c == ' ' || c == '\n' }
	for i := 0; i < len(s); {
		k := strings.IndexByte(s[i:], sep)
		if k < 0 {
			return false
		}
		k += i
		i = k + 1
		if k == 0 || !graphicASCII(s[k-1]) {
			continue
		}
		j := k
		for j < len(s) && space(s[j]) {
			j++
		}
		n := 0
		for j < len(s) && graphicASCII(s[j]) {
			j++
			n++
		}
		if n >= 1 && n <= 3 && j < len(s) && space(s[j]) {
			return true
		}
	}
	return false
}

// graphicASCII reports a visible ASCII character.
func graphicASCII(c byte) bool { return c > ' ' && c < 0x7F }
