package mem

import (
	"sort"
	"sync"

	"github.com/dipgraph/dipgraph/graph"
)

// views are answers derived from the state and kept until the next
// Ingest: meetings of one index key in page order, counterparts per
// leader, countries with their aggregates. They are built lazily by the
// first reader that needs them (readers share the read lock, so the maps
// are concurrent) and dropped as a whole under the write lock, when a
// batch is applied. What they hold is never changed once stored, so
// readers share it without copying.
type views struct {
	sorted    sync.Map // viewKey → []*graph.Meeting in page order
	arts      sync.Map // struct{} → []*graph.Article in page order
	peers     sync.Map // leader name → *graph.Peers (frozen)
	countries sync.Map // code → *graph.Country
	search    sync.Map // struct{} → *graph.SearchIndex
	leaderIDs sync.Map // struct{} → map[string]string: leader id → name
}

// viewKey names the meetings of one index entry; kind "" with key ""
// is every meeting.
type viewKey struct{ kind, key string }

const (
	viewAll        = ""
	viewLeader     = "leader"
	viewCountry    = "country"
	viewInitiative = "initiative"
	viewDomain     = "domain"
	viewKind       = "kind"
)

// sortedMeetings returns the meetings of an index entry in page order;
// the caller holds the read lock.
func (s *Store) sortedMeetings(k viewKey) []*graph.Meeting {
	if v, ok := s.views.sorted.Load(k); ok {
		return v.([]*graph.Meeting)
	}
	var set map[string]struct{}
	switch k.kind {
	case viewLeader:
		set = s.byLeader[k.key]
	case viewCountry:
		set = s.byCountry[k.key]
	case viewInitiative:
		set = s.byInitiative[k.key]
	case viewDomain:
		set = s.byDomain[k.key]
	case viewKind:
		set = s.byKind[graph.MeetingKind(k.key)]
	}
	var ms []*graph.Meeting
	if k.kind == viewAll {
		ms = make([]*graph.Meeting, 0, len(s.meetings))
		for _, m := range s.meetings {
			ms = append(ms, m)
		}
	} else {
		ms = make([]*graph.Meeting, 0, len(set))
		for id := range set {
			if m := s.meetings[id]; m != nil {
				ms = append(ms, m)
			}
		}
	}
	sortMeetings(ms)
	v, _ := s.views.sorted.LoadOrStore(k, ms)
	return v.([]*graph.Meeting)
}

// sortedArticles returns every article in page order; the caller holds
// the read lock.
func (s *Store) sortedArticles() []*graph.Article {
	if v, ok := s.views.arts.Load(struct{}{}); ok {
		return v.([]*graph.Article)
	}
	as := make([]*graph.Article, 0, len(s.articles))
	for _, a := range s.articles {
		as = append(as, a)
	}
	sort.Slice(as, func(i, j int) bool {
		return graph.MeetingLess(as[i].Date, as[i].ID, as[j].Date, as[j].ID)
	})
	v, _ := s.views.arts.LoadOrStore(struct{}{}, as)
	return v.([]*graph.Article)
}

// dateRange narrows meetings in page order (dated ones first, newest
// first) to those dated within [from, to]; "" leaves a bound open, and
// either bound excludes undated meetings, as passes does.
func dateRange(ms []*graph.Meeting, from, to string) []*graph.Meeting {
	if from == "" && to == "" {
		return ms
	}
	lo := 0
	if to != "" {
		lo = sort.Search(len(ms), func(i int) bool { return ms[i].Date == "" || ms[i].Date <= to })
	}
	hi := sort.Search(len(ms), func(i int) bool { return ms[i].Date == "" || (from != "" && ms[i].Date < from) })
	if hi < lo {
		hi = lo
	}
	return ms[lo:hi]
}
