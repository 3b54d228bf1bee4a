package extract

import "strings"

// coopDoneMarks and coopRelationEnds: see vocab/coop_done_marks.txt and
// vocab/coop_relation_ends.txt.
var (
	coopDoneMarks    = words("coop_done_marks.txt")
	coopRelationEnds = words("coop_relation_ends.txt")
)

// coopStatedAsDone reports whether the cooperation-area match m (a match
// of coopRe or coopLeadRe, which ends in 合作) found in clause tells
// cooperation already carried out or the relations between two sides
// rather than cooperation areas: an aspect marker stands between the last
// 领域 and 合作 ("等各领域开展了建设性合作", "等领域进行了卓有成效的合作"), or
// 合作 is followed by 关系 ("等领域的友好合作关系都得到了…发展"). The
// convention keeps only "…等领域(的)合作" and "…等领域加强/深化合作".
func coopStatedAsDone(m, clause string) bool {
	if i := strings.LastIndex(m, "领域"); i >= 0 {
		gap := m[i+len("领域"):]
		gap = strings.TrimSuffix(gap, "合作")
		for _, w := range coopDoneMarks {
			if strings.Contains(gap, w) {
				return true
			}
		}
	}
	if j := strings.Index(clause, m); j >= 0 {
		rest := clause[j+len(m):]
		for _, w := range coopRelationEnds {
			if strings.HasPrefix(rest, w) {
				return true
			}
		}
	}
	return false
}

// trimSidesPair drops the pair of sides that opens the first item of an
// area list ("促进中美文化、科学等领域的友好交流合作" → 文化): two one-character
// short forms of states (中, 美, 俄…) followed by at least two more
// characters. A two-character area that happens to start with a short form
// ("中医") is kept, as the pair needs both runes to be short forms.
func (e *Extractor) trimSidesPair(item string) string {
	rs := []rune(item)
	if len(rs) < 4 || rs[0] == rs[1] {
		return item
	}
	for _, r := range rs[:2] {
		if r != '中' && len(e.lex.Abbr[r]) == 0 {
			return item
		}
	}
	return string(rs[2:])
}
