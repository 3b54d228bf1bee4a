package normalize

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// A page copied as one line glues its headline, its stamp and its text
// ("国防部长董军与日本防卫相小泉进次郎会谈 2025年11月2日 07:25 【Now新闻台】出席…",
// "…首次通话 同意继续保持沟通2021年5月27日 美国之音 Your browser…中国商务部…").
// The stamp is cut out onto a line of its own, so the headline stands apart
// from the text and the text's first sentence is its own.

// gluedStampRe is a full date with an optional clock time, then a space or
// the end of the clock: a page's stamp, not a date inside a sentence
// ("于2021年5月27日访华" goes on with a verb).
var gluedStampRe = regexp.MustCompile(`(\d{4})(?:年(\d{1,2})月(\d{1,2})日|-(\d{1,2})-(\d{1,2}))(?: ?(\d{1,2}:\d{2}(?::\d{2})?))?`)

const (
	gluedHeadMin = 6  // runes of a headline before the stamp, at least
	gluedHeadMax = 50 // and at most
	gluedRestMin = 20 // runes of text after it, at least
)

// splitGluedStamps puts the stamp glued between a headline and the text of
// a line on a line of its own (see above); other lines are unchanged.
func splitGluedStamps(s string) string {
	if !strings.Contains(s, "年") && !strings.Contains(s, "-") {
		return s
	}
	var b strings.Builder
	done := 0 // s[:done] is in b
	for off := 0; off < len(s); {
		end := strings.IndexByte(s[off:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += off
		}
		if head, stamp, body, ok := gluedStamp(s[off:end]); ok {
			b.WriteString(s[done:off])
			b.WriteString(head + "\n" + stamp + "\n" + body)
			done = end
		}
		off = end + 1
	}
	if done == 0 {
		return s
	}
	b.WriteString(s[done:])
	return b.String()
}

// yearAt is where the first four digits followed by 年 or - stand in s, or
// -1: the only place gluedStampRe can match first (a cheap scan before it).
func yearAt(s string) int {
	run := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= '0' && c <= '9' {
			run++
			continue
		}
		if run >= 4 && (c == '-' || strings.HasPrefix(s[i:], "年")) {
			return i - 4
		}
		run = 0
	}
	return -1
}

// gluedStamp splits a line at a stamp glued after a headline: the headline
// has no sentence punctuation and 6 to 50 runes, the stamp a space before it
// or a clock time in it and a space after it, and the text after it at
// least 20 runes.
func gluedStamp(line string) (head, stamp, body string, ok bool) {
	if len(line) < 3*(gluedHeadMin+gluedRestMin) {
		return "", "", "", false
	}
	// The stamp stands within the headline's reach: only the line's head is
	// searched (a report's paragraph is not scanned whole), and only when it
	// holds a digit.
	headEnd := min(len(line), 4*gluedHeadMax+40)
	for headEnd < len(line) && !utf8.RuneStart(line[headEnd]) {
		headEnd++
	}
	at := yearAt(line[:headEnd])
	if at <= 0 {
		return "", "", "", false // no year, or a date opening the line
	}
	m := gluedStampRe.FindStringSubmatchIndex(line[at:headEnd])
	if m == nil {
		return "", "", "", false
	}
	for k := range m {
		if m[k] >= 0 {
			m[k] += at
		}
	}
	head = line[:m[0]]
	n := utf8.RuneCountInString(strings.TrimSpace(head))
	if n < gluedHeadMin || n > gluedHeadMax || containsAnyRune(head, "，。、；：！？,;:（(") {
		return "", "", "", false
	}
	spaceBefore := strings.HasSuffix(head, " ")
	clock := m[12] >= 0
	after := line[m[1]:]
	if !(spaceBefore || clock) || !(strings.HasPrefix(after, " ") || clock) {
		return "", "", "", false
	}
	body = strings.TrimSpace(after)
	if utf8.RuneCountInString(body) < gluedRestMin {
		return "", "", "", false
	}
	return strings.TrimSpace(head), line[m[0]:m[1]], body, true
}
