package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dipgraph/dipgraph/extract/internal/runes"
)

// isStamp reports a line that only dates a page: a web page's time stamp
// ("2022-02-24 23:00", "2022年02月24日 23:00") or a newspaper masthead or
// trailer ("人民日报 2022年12月10日 第1版", "《人民日报》（2017年05月13日01版）").
// Such a line is its own paragraph: it never joins a headline or a lead.
func isStamp(t string) bool {
	if len(t) > 90 || t == "" {
		return false
	}
	// "发布时间：2024-11-19 06:53:37 来源：…", "更新时间：08:35 2026-03-05 HKT":
	// a labelled stamp.
	labelled := false
	for _, l := range []string{"发布时间", "更新时间", "发布日期", "时间"} {
		if rest, ok := strings.CutPrefix(t, l); ok {
			rest = strings.TrimLeft(rest, ":： ")
			if rest != "" && rest[0] >= '0' && rest[0] <= '9' {
				t, labelled = rest, true
				for _, z := range []string{" HKT", " GMT", " CST", " BJT"} {
					t = strings.TrimSuffix(t, z)
				}
			}
			break
		}
	}
	if labelled {
		if i := strings.Index(t, "来源"); i > 0 {
			t = t[:i] // whatever the source is called
		}
	}
	// Cheap test first: a stamp starts with a digit, an outlet or "《".
	c := t[0]
	if !(c >= '0' && c <= '9') && !strings.HasPrefix(t, "《") {
		if !outletLead(t) {
			return sourcedStamp(t) // "中央政府门户网站 www.gov.cn 2007年09月25日 来源：…"
		}
		ok := false
		for _, o := range outlets {
			if strings.HasPrefix(t, o) {
				ok = true
				break
			}
		}
		if !ok {
			return sourcedStamp(t)
		}
	}
	// "2024年07月08日08:55 来源：人民网-人民日报": a stamp with its source.
	if i := strings.Index(t, "来源"); i > 0 {
		if !sourceTail(t[i+len("来源"):]) {
			return false
		}
		t = t[:i]
	}
	digits, date := 0, false
	for len(t) > 0 {
		if o := stampWord(t); o > 0 {
			t = t[o:]
			continue
		}
		r, n := utf8.DecodeRuneInString(t)
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '年' || r == '月' || r == '日' || r == '-' || r == '/' || r == '.':
			date = true
		case strings.ContainsRune(" :：《》（）()第版星期一二三四五六天|", r):
		default:
			return false
		}
		t = t[n:]
	}
	return date && digits >= 6
}

// sourcedStamp reports a portal's stamp line naming the site, the date and
// the source: "中央政府门户网站 www.gov.cn 2007年09月25日 来源：湖南日报"
// (no sentence punctuation, a full date, a 来源 label).
func sourcedStamp(t string) bool {
	i := strings.Index(t, "来源")
	if i < 0 || containsAnyRune(t, "，。；！？") || !sourceTail(t[i+len("来源"):]) {
		return false
	}
	return fullDateIn(t[:i])
}

// fullDateIn reports a date with year, month and day in t ("2007年09月25日",
// "2007-09-25").
func fullDateIn(t string) bool {
	digits := 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c >= '0' && c <= '9':
			digits++
			if digits == 4 && i+1 < len(t) && (t[i+1] == '-' || strings.HasPrefix(t[i+1:], "年")) {
				return true
			}
		default:
			digits = 0
		}
	}
	return false
}

// sourceTail reports the rest of a stamp's "来源：人民网-人民日报": a colon,
// then a short outlet name (ideographs, letters, "-", spaces, brackets,
// and the "？" a garbled copy puts for a lost character:
// "人民网-人民日？qǐng)?bào)").
func sourceTail(t string) bool {
	t = strings.TrimLeft(t, " :：")
	n := 0
	for _, r := range t {
		n++
		if n > 24 || !(isHan(r) || unicode.IsLetter(r) || strings.ContainsRune("-·？?()（） ", r)) {
			return false
		}
	}
	return n >= 2
}

// stampWord returns the length of an outlet name at the start of t, 0 if none.
func stampWord(t string) int {
	if !outletLead(t) {
		return 0
	}
	for _, o := range outlets {
		if strings.HasPrefix(t, o) {
			return len(o)
		}
	}
	return 0
}

// subtitleBreak reports that the first line of a text block is a complete
// headline and the next headline-like line its subtitle, not its wrapped
// end: a wrapped line fills the column, so it is at least as wide as the
// line it wraps into, and the two lines together stay a headline's length.
// The subtitle must close the headline block: a blank line, a dateline or
// a stamp follows it.
func subtitleBreak(lines []line, i int) bool {
	if i+2 >= len(lines) {
		return false
	}
	cur, next, after := lines[i], lines[i+1], lines[i+2].text
	if !headlineLike(cur.text) || !headlineLike(next.text) ||
		!(next.blankAfter || startsDateline(after) || isStamp(after)) {
		return false
	}
	return cur.width < next.width || utf8.RuneCountInString(cur.text)+utf8.RuneCountInString(next.text) > 40
}

// IsStamp reports a normalised line that only dates a page (a time stamp,
// a newspaper masthead or trailer), which is page furniture, not a headline.
func IsStamp(line string) bool { return isStamp(line) }

// isChrome reports a line of page navigation rather than text: a
// breadcrumb ("新闻中心 首页 > 新闻中心", "文汇首页 > 即时新闻 > 正文"), a row
// of bracketed menu items ("【打印】【评论】【关闭】"), a line opening with a
// web address or a chrome word ("分享到", "打印本页", "版权所有": see
// chromeWordLine), a menu of items between bars (see pipeMenu), or a
// separator ("|"). It is its own paragraph and never
// part of a headline.
func isChrome(t string) bool {
	if t == "" {
		return false
	}
	if len(t) > 160 {
		// A long line is chrome only as a menu between ASCII bars.
		return strings.IndexByte(t, '|') >= 0 && pipeMenu(t)
	}
	if strings.HasPrefix(t, "http://") || strings.HasPrefix(t, "https://") || chromeWordLine(t) || pipeMenu(t) || forumLine(t) || archiveLine(t) {
		return true
	}
	if onlyRunesOf(t, "|｜-—_=* ") {
		return true
	}
	if strings.HasPrefix(t, "【") {
		rest := t
		for rest != "" {
			rest = strings.TrimLeft(rest, " ")
			if !strings.HasPrefix(rest, "【") {
				break
			}
			end := strings.Index(rest, "】")
			if end < 0 || utf8.RuneCountInString(rest[:end]) > 7 {
				return false
			}
			rest = rest[end+len("】"):]
		}
		return strings.TrimSpace(rest) == ""
	}
	if !hasChromeSep(t) || containsAnyRune(t, "，。；！？") {
		return false
	}
	parts := strings.FieldsFunc(t, func(r rune) bool { return r == '>' || r == '＞' || r == '›' || r == '»' })
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if n := utf8.RuneCountInString(strings.TrimSpace(p)); n == 0 || n > 12 {
			return false
		}
	}
	return true
}

// IsChrome reports a normalised line of page navigation (see isChrome).
func IsChrome(line string) bool { return isChrome(line) }

// containsAnyRune is strings.ContainsAny for a short set of runes, most of
// them not ASCII: one fast substring search per rune of the set, instead
// of strings.ContainsAny's decoding of every rune of s and lookup of each
// in the set (this runs on every line, twice, in every pass of the line
// joiner).
func containsAnyRune(s, set string) bool {
	for _, r := range set {
		if strings.ContainsRune(s, r) {
			return true
		}
	}
	return false
}

// hasChromeSep is containsAnyRune(t, ">＞›»"), with a byte search for
// '>' and one for the last byte of each of the others (the first bytes of
// Chinese characters recur at almost every character; last bytes seldom).
func hasChromeSep(t string) bool {
	return strings.IndexByte(t, '>') >= 0 || runes.ContainsWord(t, "＞") || runes.ContainsWord(t, "›") || runes.ContainsWord(t, "»")
}

// onlyRunesOf is strings.Trim(t, set) == "": every rune of t is in set. It
// stops at the first rune that is not (Trim also trims from the end).
func onlyRunesOf(t, set string) bool {
	for _, r := range t {
		if !strings.ContainsRune(set, r) {
			return false
		}
	}
	return true
}
