package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/dipgraph/dipgraph/extract/internal/runes"
)

// bylineEnds: see vocab/byline_ends.txt.
var bylineEnds = words("byline_ends.txt")

// bylinePass gives the articles that have no reporter the reporters of a
// byline written outside the dateline: a stamp line of a repost ("2002-06-01
// 来源:光明日报 记者 李诗佳 我有话说"), a byline line of its own ("中新社记者
// 黄少华", "记者蔡浩祥综合报导"), a sign-off ("(记者:秦继泽)", "(方俊豪 广州报
// 道)", which also gives the article's city when it has none) or a line of
// names run together under the headline ("吴绮敏罗观星"). head is the page text
// before the first article's own text (a stamp line above the dateline).
func (e *Extractor) bylinePass(arts []rawArticle, head string) {
	for i := range arts {
		a := &arts[i]
		if len(a.reporters) > 0 {
			continue
		}
		if titleByline(a) {
			continue
		}
		lines := strings.Split(a.text, "\n")
		if i == 0 && head != "" {
			// The page text above the article's own text (the headline's
			// block when the page has no dateline).
			above := head
			if first, _, _ := strings.Cut(a.text, "\n"); first != "" {
				if j := strings.Index(head, first); j >= 0 {
					above = head[:j]
				}
			}
			hl := strings.Split(strings.TrimSpace(above), "\n")
			lines = append(hl[max(0, len(hl)-4):], lines...)
		}
		for k, ln := range lines {
			ln = strings.TrimSpace(ln)
			var names []string
			var city string
			switch {
			case ln == "":
				continue
			case isSignOff(ln) || runesAtMost(ln, 40) && !strings.ContainsAny(ln, "，。,"):
				names, city = bylineNames(ln, k < 6)
			}
			if len(names) == 0 {
				names = inlineByline(ln)
			}
			if len(names) == 0 {
				continue
			}
			a.reporters = names
			if a.city == "" && city != "" {
				a.city = city
			}
			if a.source == "" {
				a.source = bylineOutlet(ln)
			}
			break
		}
	}
}

// runesAtMost reports whether s has at most n runes, counting them only
// when its length in bytes leaves a doubt (a rune takes 1 to 4 bytes): a
// paragraph of a report is not counted.
func runesAtMost(s string, n int) bool {
	if len(s) <= n {
		return true
	}
	return len(s) <= utf8.UTFMax*n && utf8.RuneCountInString(s) <= n
}

// isSignOff reports a closing line "…。(记者:秦继泽)" or "(方俊豪 广州报道)":
// it ends in a bracket.
func isSignOff(ln string) bool {
	return strings.HasSuffix(ln, ")") || strings.HasSuffix(ln, "）")
}

// bylineNames reads the reporters of one byline line ln (and a city told
// in "(NAME CITY报道)"); top allows a line of names only, which must split
// into two names or more.
func bylineNames(ln string, top bool) (names []string, city string) {
	if strings.Contains(ln, "摄") {
		return nil, "" // a photographer's credit ("新华社记者 庞兴雷 摄")
	}
	if isSignOff(ln) {
		if i := strings.LastIndexAny(ln, "(（"); i >= 0 {
			_, n := utf8.DecodeRuneInString(ln[i:])
			ln = strings.TrimRight(ln[i+n:], ")）")
		}
	}
	i := strings.LastIndex(ln, "记者")
	if i < 0 {
		// "方俊豪 广州报道": a name and the city it was reported from.
		if f := strings.Fields(ln); len(f) == 2 {
			for _, w := range bylineEnds {
				if c, ok := strings.CutSuffix(f[1], w); ok && c != "" && allHan(c) && utf8.RuneCountInString(c) <= 4 && surnameName(f[0]) {
					return []string{f[0]}, c
				}
			}
		}
		if top && allHan(ln) {
			if ns := runNames(ln); len(ns) >= 2 {
				return ns, ""
			}
		}
		return nil, ""
	}
	rest := strings.TrimLeft(ln[i+len("记者"):], " :：／/　")
	if j := strings.IndexAny(rest, "／/|）)"); j >= 0 {
		rest = rest[:j]
	}
	for _, w := range bylineEnds {
		rest = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), w))
	}
	for _, f := range strings.FieldsFunc(rest, func(r rune) bool { return r == ' ' || r == '、' || r == '　' }) {
		ns := runNames(f)
		if len(ns) == 0 {
			break // "我有话说": the stamp line goes on with page chrome
		}
		names = append(names, ns...)
	}
	return names, ""
}

// surnameName reports whether f looks like a Chinese personal name: two to
// four Han characters opening with a surname of the table.
func surnameName(f string) bool {
	n := utf8.RuneCountInString(f)
	if n < 2 || n > 4 || !allHan(f) {
		return false
	}
	for _, c := range compoundSurnames {
		if strings.HasPrefix(f, c) {
			return true
		}
	}
	r, _ := utf8.DecodeRuneInString(f)
	return strings.ContainsRune(surnames, r)
}

// runNames splits Han text into Chinese personal names: one name of two to
// four characters opening with a surname, or names run together
// ("李拯宇徐松于大波" → 李拯宇, 徐松, 于大波) when exactly one cut into names
// of two or three characters, each opening with a surname, exists. It
// returns nil when the text is no name or the cut is ambiguous.
func runNames(f string) []string {
	rs := []rune(f)
	if len(rs) <= 3 {
		if surnameName(f) {
			return []string{f}
		}
		return nil
	}
	var found [][]string
	var walk func(k int, acc []string)
	walk = func(k int, acc []string) {
		if len(found) > 1 {
			return
		}
		if k == len(rs) {
			found = append(found, append([]string(nil), acc...))
			return
		}
		for n := 2; n <= 3 && k+n <= len(rs); n++ {
			if w := string(rs[k : k+n]); surnameName(w) {
				walk(k+n, append(acc, w))
			}
		}
	}
	walk(0, nil)
	if len(found) == 1 && len(rs) <= 9 {
		return found[0]
	}
	if len(rs) == 4 && surnameName(f) {
		return []string{f} // "欧阳晓光"-like four-character names
	}
	return nil
}

// inlineByline reads a byline run into other text by a copy that joined its
// lines ("（图/新华社记者蔡浩祥综合报导大陆官媒…", "…笑迎港澳特首中新社记者 黄少华"):
// 记者, a name of two to four characters opening with a surname, then one of
// bylineEnds or the end of the line.
func inlineByline(ln string) []string {
	if runes.ContainsWord(ln, "摄") {
		return nil // a photographer's credit ("新华社记者李学仁摄")
	}
	for off := 0; ; {
		i := runes.IndexWord(ln[off:], "记者")
		if i < 0 {
			return nil
		}
		after := strings.TrimLeft(ln[off+i+len("记者"):], " ")
		off += i + len("记者")
		rs := []rune(strings.TrimRight(after, " "))
		for n := 2; n <= 4 && n <= len(rs); n++ {
			name := string(rs[:n])
			if !surnameName(name) {
				continue
			}
			if n == len(rs) {
				return []string{name} // "…题：胡锦涛笑迎港澳特首中新社记者 黄少华": the line ends with it
			}
			if rs[n] == '／' || rs[n] == '/' {
				return []string{name} // "记者廖士锋／即时报导"
			}
			for _, w := range bylineEnds {
				if strings.HasPrefix(string(rs[n:]), w) {
					return []string{name}
				}
			}
		}
	}
}

// outletEnds: see vocab/outlet_ends.txt.
var outletEnds = words("outlet_ends.txt")

// titleByline cuts a byline that a copy glued to the end of the headline
// ("中共中联部长刘海星 上任后首先会晤俄罗斯、北韩大使联合报／记者廖士锋／即时报导"):
// the reporter is a's, the outlet written before it (a known outlet ending in
// one of outletEnds, then ／) its source when it has none, and the headline
// is what stands before. It reports whether it found one.
func titleByline(a *rawArticle) bool {
	if a.title == nil {
		return false
	}
	t := *a.title
	i := strings.LastIndex(t, "记者")
	if i < 0 || utf8.RuneCountInString(t[:i]) < 6 {
		return false
	}
	names := inlineByline(t[i:])
	if len(names) == 0 {
		return false
	}
	start, src := i, ""
	if pre, ok := strings.CutSuffix(strings.TrimRight(t[:i], " "), "／"); ok {
		rs := []rune(pre)
		for n := 2; n <= 6 && n < len(rs); n++ {
			w := string(rs[len(rs)-n:])
			if c, ok := outletCanon[w]; ok && startsWithAny(string(rs[len(rs)-1:]), outletEnds) {
				src, start = c, len(string(rs[:len(rs)-n]))
			}
		}
	}
	title := strings.TrimSpace(t[:start])
	if utf8.RuneCountInString(title) < 4 {
		return false
	}
	a.title, a.reporters = &title, names
	if a.source == "" {
		a.source = src
	}
	return true
}

// splitGluedByline puts on a line of its own a Taiwanese-style byline that a
// copy glued between the headline and the text ("…北韩大使联合报／记者廖士锋／
// 即时报导新任中共中联部长…"): a known outlet, ／记者, a name, ／ and one of
// bylineEnds. Only the first such byline of s is looked at; s is returned
// unchanged when there is none.
func splitGluedByline(s string) string {
	i := strings.Index(s, "／记者")
	if i < 0 {
		return s
	}
	ls := strings.LastIndexByte(s[:i], '\n') + 1
	pre := []rune(s[ls:i])
	os := -1
	for n := 2; n <= 6 && n < len(pre); n++ {
		if _, ok := outletCanon[string(pre[len(pre)-n:])]; ok {
			os = ls + len(string(pre[:len(pre)-n]))
		}
	}
	if os < 0 {
		return s
	}
	rest := s[i+len("／记者"):]
	rs := []rune(rest[:min(len(rest), 60)])
	for n := 2; n <= 4 && n < len(rs); n++ {
		if rs[n] != '／' || !surnameName(string(rs[:n])) {
			continue
		}
		after := string(rs[n+1:])
		for _, w := range bylineEnds {
			if strings.HasPrefix(after, w) {
				end := i + len("／记者") + len(string(rs[:n+1])) + len(w)
				return s[:os] + "\n" + s[os:end] + "\n" + s[end:]
			}
		}
	}
	return s
}

// bylineOutlet returns the known outlet that opens a byline line
// ("联合报／记者廖士锋／即时报导"), "" when none does.
func bylineOutlet(ln string) string {
	// "联合报／记者…", "联合报 记者廖士锋/即时报导", "新唐人记者毕心慈综合报导".
	for _, sep := range []string{"／", "记者"} {
		if pre, _, ok := strings.Cut(ln, sep); ok {
			if o := outletCanon[strings.TrimSpace(pre)]; o != "" {
				return o
			}
			if sep == "记者" && !strings.HasSuffix(pre, " ") {
				continue // "大陆官媒新华社记者…": a relay, not the byline's outlet
			}
			// the outlet set apart ends the words before ("…陆续抵达联合报 记者…")
			rs := []rune(strings.TrimSpace(pre))
			for n := min(len(rs), 8); n >= 2; n-- {
				if o := outletCanon[string(rs[len(rs)-n:])]; o != "" {
					return o
				}
			}
		}
	}
	return ""
}
