package extract

import (
	"strings"

	"github.com/dipgraph/dipgraph/extract/internal/runes"
)

// attendOpening is one opener of an attendee list in a sentence: the side
// it names ("越方出席的有" → VN, "" when none), where the side's words start
// and where the list starts.
type attendOpening struct {
	side       string
	start, end int
}

// attendOpenerIn reports whether text holds "的有", "的还有", "人员有" or "人士有",
// which every opener of an attendee list ends with: one scan for their
// last character 有 (strings.Contains, looking for the first byte of 的,
// stops at nearly every character of Chinese text).
func attendOpenerIn(text string) bool {
	for off := 0; ; {
		i := runes.IndexWord(text[off:], "有")
		if i < 0 {
			return false
		}
		pre := text[:off+i]
		if strings.HasSuffix(pre, "的") || strings.HasSuffix(pre, "的还") || strings.HasSuffix(pre, "人员") || strings.HasSuffix(pre, "人士") {
			return true
		}
		off += i + len("有")
	}
}

// listHeadsIn reports "人士包括" or "人员包括" in text: the other
// openers of an attendee list after a side ("中方出席人士包括A、B…").
func listHeadsIn(text string) bool {
	for off := 0; ; {
		i := runes.IndexWord(text[off:], "包括")
		if i < 0 {
			break
		}
		if pre := text[:off+i]; strings.HasSuffix(pre, "人士") || strings.HasSuffix(pre, "人员") {
			return true
		}
		off += i + len("包括")
	}
	return false // ("人士有" is attendOpenerIn's)
}

// attendListHeads end an attendee list's opener after its side.
var attendListHeads = []string{"人员有", "人士有", "人员包括", "人士包括"}

// attendeeLists reads the attendee lists of a sentence opened by "…的有":
// "会见时在座的有A、B和X国驻华大使C等", "陪同会见的有…", "中方出席欢迎仪式的还有…",
// or one list per side, "中方出席的有：A，B等；越方出席的有：C，D等". A person
// without a country serves the side the opener names, China when it names
// none; a country written before a person ("越南驻华大使C") is his own.
func (e *Extractor) attendeeLists(s sentence) []person {
	if !attendOpenerIn(s.text) && !listHeadsIn(s.text) {
		return nil // every opener ends so: a cheap test first
	}
	rs := s.rs
	var ops []attendOpening
	verbSeen := false
	for i := 0; i+1 < len(rs); i++ {
		if w := hasAnyAt(rs, i, "的有", "的还有"); w != "" {
			if v := attendVerbBefore(rs, i); v >= 0 {
				side, from := e.sideBefore(rs, v)
				ops = append(ops, attendOpening{side: side, start: from, end: i + len([]rune(w))})
				verbSeen = true
			}
			continue
		}
		// "参加会谈的中方人员有A、B，越方人员有C、D": the side before 人员有,
		// once a verb of attendance has opened the sentence.
		if w := hasAnyAt(rs, i, attendListHeads...); w != "" && (verbSeen || containsAnyWord(string(rs[:i]), attendVerbs...)) {
			at := i
			if v := attendVerbBefore(rs, i+1); v >= 0 && hasAnyAt(rs, v, attendVerbs...) != "" && v+len([]rune(hasAnyAt(rs, v, attendVerbs...))) == i {
				at = v // "中方出席人士包括": the side before the verb
			}
			if side, from := e.sideBefore(rs, at); side != "" {
				end := i + len([]rune(w))
				if end < len(rs) && (rs[end] == '：' || rs[end] == ':') {
					end++
				}
				ops = append(ops, attendOpening{side: side, start: from, end: end})
				verbSeen = true
			}
		}
	}
	var out []person
	for k, op := range ops {
		to := len(rs)
		if k+1 < len(ops) {
			to = ops[k+1].start
		}
		for _, seg := range e.sideSegments(rs[op.end:to], op.side) {
			for _, p := range e.attendeeListItems(seg.list) {
				if p.country == "" && p.org == "" {
					p.country = seg.side
					if p.country == "" {
						p.country = "CN"
					}
				}
				out = append(out, p)
			}
		}
	}
	return out
}

// sideList is a part of an attendee list and the side it names.
type sideList struct {
	side string
	list []rune
}

// sideSegments splits a list whose items are grouped by side, "中方A、B，越方
// C、D等", at each side word opening an item; side is the side of the words
// before the first one.
func (e *Extractor) sideSegments(rs []rune, side string) []sideList {
	var out []sideList
	from := 0
	for i := 1; i < len(rs); i++ {
		if !strings.ContainsRune("，；：、", rs[i-1]) {
			continue
		}
		// A side word is short and ends in 方 ("中方", "越方", "埃塞方").
		for n := 1; n <= 3 && i+n < len(rs); n++ {
			if rs[i+n] != '方' {
				continue
			}
			if c, at := e.sideBefore(rs, i+n+1); c != "" && at == i {
				out = append(out, sideList{side, rs[from : i-1]})
				side, from = c, i+n+1
			}
			break
		}
	}
	// The opening one: "：中方令计划、戴秉国，…".
	k := from
	for k < len(rs) && strings.ContainsRune("：: ", rs[k]) {
		k++
	}
	if from == 0 {
		for n := 1; n <= 3 && k+n < len(rs); n++ {
			if rs[k+n] == '方' {
				if c, at := e.sideBefore(rs, k+n+1); c != "" && at == k {
					side, from = c, k+n+1
				}
				break
			}
		}
	}
	return append(out, sideList{side, rs[from:]})
}

// attendVerbBefore returns where a verb of attendance starts in the ten
// runes before the 的 of "…的有" at rs[i], within the clause ("在座的有",
// "出席欢迎仪式的还有"); -1 when none.
func attendVerbBefore(rs []rune, i int) int {
	for k := i - 2; k >= 0 && k >= i-10; k-- {
		if strings.ContainsRune("，。；：、", rs[k]) {
			return -1
		}
		if hasAnyAt(rs, k, attendVerbs...) != "" {
			return k
		}
	}
	return -1
}

// sideBefore reads the side named just before an opener at rs[i]: "中方",
// "越方", "越南方面", "埃塞方". It returns the side's country ("" when
// none) and where its words start (i when none).
func (e *Extractor) sideBefore(rs []rune, i int) (string, int) {
	j := i
	if j >= 2 && rs[j-2] == '方' && rs[j-1] == '面' {
		j -= 2
	} else if j >= 1 && rs[j-1] == '方' {
		j--
	} else {
		return "", i
	}
	for n := min(j, 8); n >= 1; n-- {
		k, tag, val := e.gaz.match(rs, j-n)
		if k == n && tag == "cty" {
			return val, j - n
		}
	}
	if j >= 2 {
		if c := e.lex.AbbrMulti[string(rs[j-2:j])]; len(c) > 0 {
			return c[0], j - 2
		}
	}
	if j >= 1 {
		if c := e.lex.Abbr[rs[j-1]]; len(c) > 0 {
			return c[0], j - 1
		}
	}
	return "", i
}

// attendeeListItems parses the persons of one attendee list, "：A，B和C等",
// up to its closing 等 or the end of the clause.
func (e *Extractor) attendeeListItems(rs []rune) []person {
	return e.listItems(rs, "。；")
}

// listItems parses the persons of a list up to its closing 等 or the first
// of stops; only plausible persons are kept.
func (e *Extractor) listItems(rs []rune, stops string) []person {
	for len(rs) > 0 && strings.ContainsRune("：:　 ", rs[0]) {
		rs = rs[1:]
	}
	for k, r := range rs {
		if strings.ContainsRune(stops, r) {
			rs = rs[:k]
			break
		}
	}
	if k := lastRune(rs, '等'); k > 0 {
		rs = rs[:k] // "…阮文诗等", "…等人"
	}
	return plausiblePersons(e.personsIn(rs, true, true))
}

// lastRune returns the index of the last r in rs, or -1.
func lastRune(rs []rune, r rune) int {
	for k := len(rs) - 1; k >= 0; k-- {
		if rs[k] == r {
			return k
		}
	}
	return -1
}

// lastClause returns the clause after the last "；" of s, where a meeting
// sentence may end with its attendees ("…会见了该代表团；A等会见时在座。");
// s itself when it has none.
func lastClause(s sentence) sentence {
	k := lastRune(s.rs, '；')
	if k < 0 {
		return s
	}
	c := s
	c.rs = s.rs[k+1:]
	c.text = string(c.rs)
	c.start = s.start + k + 1
	return c
}

// longAttendeeList reads an attendee sentence too long for attendRe, a list
// of long party and state titles ending in the attendance phrase: "A，B，…，
// G等会见时在座。" The list must open with a person; persons without a
// country are Chinese.
func (e *Extractor) longAttendeeList(s sentence) []person {
	if !attendEnding(s.text) {
		return nil
	}
	rs := s.rs
	v := -1
	for k := len(rs) - 2; k > 0 && v < 0; k-- {
		if hasAnyAt(rs, k, attendVerbs...) != "" {
			v = k
		}
	}
	if v < 0 || !attendTail[strings.TrimPrefix(strings.TrimSuffix(string(rs[v+2:]), "。"), "了")] {
		return nil // the verb must end the sentence: "…等参加了会见。"
	}
	list := rs[:v]
	for _, w := range []string{"会见时", "会谈时", "会晤时", "了"} {
		if n := len([]rune(w)); len(list) > n && hasAt(list, len(list)-n, w) {
			list = list[:len(list)-n]
		}
	}
	if _, _, ok := e.personAt(list, 0, true, true); !ok {
		return nil
	}
	out := e.attendeeListItems(list)
	for k := range out {
		if out[k].country == "" && out[k].org == "" {
			out[k].country = "CN"
		}
	}
	return out
}
