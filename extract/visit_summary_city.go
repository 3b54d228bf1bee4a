package extract

import (
	"slices"
	"strings"
)

// visitSummaryMarks and chinaForms: see vocab/visit_summary_marks.txt and
// vocab/china_forms.txt.
var (
	visitSummaryMarks = words("visit_summary_marks.txt")
	chinaForms        = words("china_forms.txt")
)

// startsWithAny reports whether s starts with one of ws.
func startsWithAny(s string, ws []string) bool {
	for _, w := range ws {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// visitSummaryCityPass drops the city of the meetings told in a summary of a
// visit abroad under a dateline in China ("新华社北京3月28日电 …访俄期间，钱其琛
// 会见了…"): the dateline city is where the visitor has returned, and the
// summary names no city (round 11's decision). A meeting with a place of its
// own keeps its city.
func visitSummaryCityPass(art *Article) {
	if !slices.Contains(chineseCities, art.City) {
		return
	}
	for k := range art.Meetings {
		m := &art.Meetings[k]
		if m.City == nil || *m.City != art.City || m.Place != nil || !visitSummaryAt(kindText(m)) {
			continue
		}
		m.City = nil
		kept := m.Evidence[:0]
		for _, ev := range m.Evidence {
			if ev.Field != "city" {
				kept = append(kept, ev)
			}
		}
		m.Evidence = kept
	}
}

// kindText returns the sentence that told meeting m (its "kind" evidence).
func kindText(m *Meeting) string {
	for _, ev := range m.Evidence {
		if ev.Field == "kind" {
			return ev.Text
		}
	}
	return ""
}

// visitSummaryAt reports whether the first clause of sentence s is a
// "访X期间" or "在访问X期间" of visitSummaryMarks, X naming no place in
// China (chinaForms, chineseCities).
func visitSummaryAt(s string) bool {
	clause, _, _ := strings.Cut(s, "，")
	for _, m := range visitSummaryMarks {
		lead, end, _ := strings.Cut(m, "|")
		i := strings.Index(clause, lead)
		if i < 0 {
			continue
		}
		j := strings.LastIndex(clause, end)
		if j <= i+len(lead) {
			continue
		}
		x := clause[i+len(lead) : j]
		if len([]rune(x)) > 8 || startsWithAny(x, chinaForms) || startsWithAny(x, chineseCities) {
			continue // "访华期间": a visit to China
		}
		return true
	}
	return false
}
