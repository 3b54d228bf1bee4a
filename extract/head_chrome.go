package extract

import (
	"strings"

	"github.com/dipgraph/dipgraph/extract/normalize"
)

// topicLeads, fontButtons and stampLabels: see vocab/head_chrome.txt.
var topicLeads, fontButtons, stampLabels = func() (topics, buttons, stamps []string) {
	for _, w := range words("head_chrome.txt") {
		if t, ok := strings.CutPrefix(w, "topic:"); ok {
			topics = append(topics, t)
		} else if b, ok := strings.CutPrefix(w, "button:"); ok {
			buttons = append(buttons, b)
		} else if l, ok := strings.CutPrefix(w, "stamp:"); ok {
			stamps = append(stamps, l)
		}
	}
	return
}()

// topicLine reports a mirror's topic line ("专题：四川汶川7.8级地震 …").
func topicLine(l string) bool {
	return startsWithAny(strings.TrimSpace(l), topicLeads)
}

// headChrome reports a line above the headline that is page chrome of a
// mirror, never the headline: a time stamp in brackets ("[ 2007-04-30
// 10:58 ]"), a font-size button alone on its line ("大", "中", "小"), or the
// section's name repeating the last crumb of the breadcrumb prev above it
// ("当前位置:首页 > 信息传达 > 政声传递" then "政声传递").
func headChrome(prev, l string) bool {
	l = strings.TrimSpace(l)
	if l == "" {
		return false
	}
	for _, b := range fontButtons {
		if l == b {
			return true
		}
	}
	if inner, ok := bracketed(l); ok && (normalize.IsStamp(inner) || dateTimeOnly(inner)) {
		return true
	}
	if prev != "" && breadcrumb(prev) {
		crumbs := strings.FieldsFunc(prev, func(r rune) bool { return strings.ContainsRune(">＞›»", r) })
		if len(crumbs) > 1 && strings.TrimSpace(crumbs[len(crumbs)-1]) == l {
			return true
		}
	}
	return false
}

// bracketed returns the text inside a line wholly in brackets ("[ … ]",
// "【…】").
func bracketed(l string) (string, bool) {
	for _, p := range [][2]string{{"[", "]"}, {"【", "】"}, {"［", "］"}} {
		if strings.HasPrefix(l, p[0]) && strings.HasSuffix(l, p[1]) {
			return strings.TrimSpace(l[len(p[0]) : len(l)-len(p[1])]), true
		}
	}
	return "", false
}

// dateTimeOnly reports text made only of digits, date and time separators
// and spaces, with digits in it ("2007-04-30 10:58").
func dateTimeOnly(s string) bool {
	digits := 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case strings.ContainsRune("-/:.年月日 ", r):
		default:
			return false
		}
	}
	return digits >= 4
}

// dropSectionLine drops the first line of head when it repeats the last
// crumb of the breadcrumb line crumb above it (the section's name, never the
// headline).
func dropSectionLine(crumb, head string) string {
	first, more, _ := strings.Cut(head, "\n")
	if headChrome(crumb, first) && !bracketedStamp(first) {
		return strings.TrimSpace(more)
	}
	return head
}

// bracketedStamp reports a time stamp in brackets ("[ 2007-04-30 10:58 ]").
func bracketedStamp(l string) bool {
	inner, ok := bracketed(strings.TrimSpace(l))
	return ok && (normalize.IsStamp(inner) || dateTimeOnly(inner))
}

// stampTail cuts a repost's stamp glued to the end of the headline's line
// ("李克强和…互致贺电庆祝中斯建交60周年文章来源：环球聚焦传媒网 作者：发布时间：…"):
// the headline is what comes before the stamp's label, when at least four
// characters do, holding no label of its own (no colon), and the rest is
// page furniture.
func stampTail(l string) (string, bool) {
	for _, w := range stampLabels {
		i := strings.Index(l, w)
		if i <= 0 {
			continue
		}
		if head := strings.TrimSpace(l[:i]); len([]rune(head)) >= 4 && !strings.ContainsAny(head, ":：") && furnitureLine(l[i:]) {
			return head, true
		}
	}
	return "", false
}
