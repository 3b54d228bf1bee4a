package mem

import (
	"slices"

	"github.com/dipgraph/dipgraph/graph"
)

// reportsOf returns the reports of meetings that the stored article aid
// gave (one per meeting it reports).
func (st *state) reportsOf(aid string) []graph.Meeting {
	a := st.articles[aid]
	if a == nil {
		return nil
	}
	var out []graph.Meeting
	for _, mid := range a.MeetingIDs {
		if reps := st.reports[mid]; reps != nil {
			if r, ok := graph.ReportOf(reps, aid); ok {
				out = append(out, r)
			}
		} else if m := st.meetings[mid]; m != nil {
			out = append(out, *m)
		}
	}
	return out
}

// storedMeta returns the metadata of the stored versions of the
// documents' articles (graph.PlanIngest's stored).
func (st *state) storedMeta(docs []graph.Document) map[string]graph.DocumentMeta {
	out := map[string]graph.DocumentMeta{}
	for _, d := range docs {
		id := d.Article.ID
		if _, done := out[id]; done {
			continue
		}
		if a := st.articles[id]; a != nil {
			out[id] = graph.MetaOf(*a, st.reportsOf(id))
		}
	}
	return out
}

// retract withdraws a stored article: its reports leave their meetings
// (a meeting with no report left is deleted, the others are merged again
// from the reports left), and leaders whose attributes came from those
// meetings are recomputed. apply calls it before storing a new version
// of an article, so that replaying the journal re-derives alike.
func (st *state) retract(aid string) {
	a := st.articles[aid]
	if a == nil {
		return
	}
	for _, mid := range a.MeetingIDs {
		old := st.meetings[mid]
		if old == nil {
			continue
		}
		st.unindex(old)
		var left []graph.Meeting
		if reps := st.reports[mid]; reps != nil {
			left = slices.DeleteFunc(slices.Clone(reps), func(r graph.Meeting) bool {
				return slices.Contains(r.ArticleIDs, aid)
			})
		}
		switch len(left) {
		case 0:
			delete(st.meetings, mid)
			delete(st.reports, mid)
		case 1:
			m := left[0]
			delete(st.reports, mid)
			st.meetings[mid] = &m
			st.index(&m)
		default:
			m := graph.MergeMeetings(left)
			st.reports[mid] = left
			st.meetings[mid] = &m
			st.index(&m)
		}
		for _, p := range old.Participants {
			if l := st.leaders[p.Name]; l != nil && (l.title.id == mid || l.country.id == mid || l.organ.id == mid) {
				st.recomputeLeader(p.Name)
			}
		}
	}
	delete(st.articles, aid)
}
