package normalize

import (
	_ "embed"
	"strings"
	"unicode/utf8"

	"github.com/dipgraph/dipgraph/extract/internal/runes"
)

// chromeData lists the words of page chrome (see its header).
//
//go:embed data/chrome_words.txt
var chromeData string

// chromeLineWords open a line of navigation ("分享到：微信 微博", "打印本页
// 关闭窗口", "版权所有 ©…"); relatedHeadings head a list of other reports'
// headlines ("相关新闻").
var chromeLineWords, relatedHeadings = parseChromeWords(chromeData)

// forumCounters and forumStatuses are the counter and status words of
// chrome_words.txt.
var forumCounters, forumStatuses = kindWords(chromeData, "counter"), kindWords(chromeData, "status")

// emptyLabels are the label words of chrome_words.txt.
var emptyLabels = kindWords(chromeData, "label")

// archiveLine reports a line of a newspaper archive's page furniture: an
// empty label ("专栏:") or a page and its section alone ("第4版(要闻)").
func archiveLine(t string) bool {
	if len(t) > 40 {
		return false
	}
	for _, w := range emptyLabels {
		if rest, ok := strings.CutPrefix(t, w); ok && strings.Trim(rest, ":： ") == "" {
			return true
		}
	}
	rest, ok := strings.CutPrefix(t, "第")
	if !ok {
		return false
	}
	d := strings.TrimLeft(rest, "0123456789")
	if len(d) == len(rest) {
		return false
	}
	sec, ok := strings.CutPrefix(d, "版")
	if !ok {
		return false
	}
	sec = strings.TrimSpace(sec)
	if sec == "" {
		return true
	}
	open, close := strings.HasPrefix(sec, "(") || strings.HasPrefix(sec, "（"), strings.HasSuffix(sec, ")") || strings.HasSuffix(sec, "）")
	return open && close && utf8.RuneCountInString(sec) <= 10
}

// kindWords reads the words of one kind from a data file of "kind word"
// lines (chrome_words.txt, forum_furniture.txt), "#" lines comments.
func kindWords(data, kind string) []string {
	var out []string
	for _, l := range strings.Split(data, "\n") {
		if f := strings.Fields(l); len(f) == 2 && f[0] == kind && !strings.HasPrefix(l, "#") {
			out = append(out, f[1])
		}
	}
	return out
}

// forumLine reports a line of a forum's thread view: a counter ("• 46阅读",
// "0回复") or a user's presence ("离线admin").
func forumLine(t string) bool {
	if len(t) > 40 {
		return false
	}
	for _, w := range forumStatuses {
		if rest, ok := strings.CutPrefix(t, w); ok && rest != "" && onlyRunesOf(rest, asciiNameRunes) {
			return true
		}
	}
	body := strings.TrimLeft(t, "•·● ")
	digits := strings.TrimLeft(body, "0123456789 ")
	if len(digits) == len(body) {
		return false
	}
	for _, w := range forumCounters {
		if digits == w {
			return true
		}
	}
	return false
}

// asciiNameRunes are the runes of a forum user's ASCII name.
const asciiNameRunes = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-."

// relatedLeads holds the first runes of the related-news headings.
var relatedLeads = runes.FirstRunes(relatedHeadings...)

// parseChromeWords reads chrome_words.txt: its line and list words.
func parseChromeWords(data string) (lines, lists []string) {
	return kindWords(data, "line"), kindWords(data, "list")
}

// chromeWordLine reports a short line that opens with a chrome word and
// holds no sentence: isChrome's test for share buttons, print and close
// links, copyright and "about us" footers.
func chromeWordLine(t string) bool {
	if r, _ := utf8.DecodeRuneInString(t); !chromeLeads.Has(r) {
		return false
	}
	for _, w := range chromeLineWords {
		if strings.HasPrefix(t, w) {
			return !strings.Contains(t, "。") && utf8.RuneCountInString(t) <= 80
		}
	}
	return false
}

// chromeLeads holds the first runes of the chrome line words: a cheap
// test before the prefixes (this runs on every line).
var chromeLeads = runes.FirstRunes(chromeLineWords...)

// relatedHeading reports a line that is only a related-news heading
// ("相关新闻", "【相关阅读】", "延伸阅读：").
func relatedHeading(t string) bool {
	// Cheap test first: past the opening decoration, the first rune of a
	// heading.
	k := 0
	for k < len(t) && (t[k] == ' ' || t[k] == '[' || t[k] == '\t') {
		k++
	}
	r, n := utf8.DecodeRuneInString(t[k:])
	if r == '【' || r == '·' || r == '•' {
		r, _ = utf8.DecodeRuneInString(t[k+n:])
	}
	if !relatedLeads.Has(r) {
		return false
	}
	t = strings.Trim(t, " 【】[]:：>》·•")
	for _, w := range relatedHeadings {
		if t == w {
			return true
		}
	}
	return false
}

// dropRelatedLists leaves out of a page's text the lists of other reports
// that follow a related-news heading: the heading and the short lines after
// it (headlines, blank lines between them), up to a line with a sentence
// in it, a long line or a dateline. Those headlines ("习近平会见法国总统")
// belong to other reports and would read as this one's.
func dropRelatedLists(s string) string {
	if !hasRelatedHeading(s) {
		return s
	}
	var b strings.Builder
	dropping := false
	for rest := s; rest != ""; {
		// A line ends at "\n" or at a hard break (from HTML).
		l, sep := rest, ""
		if k := strings.IndexAny(rest, "\n\u2029"); k >= 0 {
			_, n := utf8.DecodeRuneInString(rest[k:])
			l, sep = rest[:k], rest[k:k+n]
		}
		rest = rest[len(l)+len(sep):]
		t := strings.TrimSpace(l)
		switch {
		case relatedHeading(t):
			dropping = true
			continue
		case dropping && (t == "" || listedHeadline(t)):
			continue
		}
		dropping = false
		b.WriteString(l)
		b.WriteString(sep)
	}
	return b.String()
}

// listedHeadline reports a line of a related-news list: short, with no
// sentence end, not a dateline.
func listedHeadline(t string) bool {
	return utf8.RuneCountInString(t) <= 60 && !strings.Contains(t, "。") && !startsDateline(t)
}

// hasRelatedHeading is the cheap test before dropRelatedLists: a short
// line (between "\n" or hard breaks) that is a related-news heading. Only
// short lines are looked at, so the text is scanned once by byte search.
func hasRelatedHeading(s string) bool {
	hard := strings.Contains(s, "\u2029") // hard breaks (from HTML) split lines too
	for rest, more := s, true; more; {
		var l string
		l, rest, more = strings.Cut(rest, "\n")
		if len(l) <= 48 {
			if relatedHeading(l) {
				return true
			}
			continue
		}
		if !hard || !strings.Contains(l, "\u2029") {
			continue
		}
		for _, p := range strings.Split(l, "\u2029") {
			if len(p) <= 48 && relatedHeading(strings.TrimSpace(p)) {
				return true
			}
		}
	}
	return false
}

// pipeMenu reports a line of three or more short items between bars, with
// no sentence punctuation: a site's menu or footer ("关于我们 | 联系我们 |
// 网站地图"), or the lists of place names that spam mirrors append
// ("荣成市| 寻乌县| 瑞丽市").
func pipeMenu(t string) bool {
	if strings.IndexByte(t, '|') < 0 && !strings.Contains(t, "｜") {
		return false
	}
	if containsAnyRune(t, "，。；！？") {
		return false
	}
	n := 0
	for _, p := range strings.FieldsFunc(t, func(r rune) bool { return r == '|' || r == '｜' }) {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if utf8.RuneCountInString(p) > 12 {
			return false
		}
		n++
	}
	return n >= 3
}
