package mem

import (
	"context"

	"github.com/dipgraph/dipgraph/graph"
)

// Search implements graph.Store with an in-memory inverted index
// (graph.SearchIndex: Han characters and bigrams, folded words) of every
// live leader's names, every meeting's facts and evidence sentences,
// built by the first search after a change and kept until the next one.
func (s *Store) Search(ctx context.Context, q graph.SearchQuery) (graph.SearchPage, error) {
	ts, err := graph.ParseSearch(q.Text)
	if err != nil {
		return graph.SearchPage{}, err
	}
	if err := graph.ValidateSearchKinds(q.Kinds); err != nil {
		return graph.SearchPage{}, err
	}
	var page graph.SearchPage
	err = s.read("mem.search", func() error {
		var err error
		page, err = graph.SearchRank(q, ts, s.searchIndex().Candidates(ts))
		return err
	})
	for i, h := range page.Hits {
		// The index shares the stored values: hand out copies.
		if h.Meeting != nil {
			page.Hits[i].Meeting = h.Meeting.Clone()
		}
		if h.Leader != nil {
			l := *h.Leader
			page.Hits[i].Leader = &l
		}
		if h.Evidence != nil {
			e := *h.Evidence
			page.Hits[i].Evidence = &e
		}
	}
	return page, err
}

// searchIndex returns the search index of the current state; the caller
// holds the read lock. Hits share the stored meetings and leaders,
// which are never changed once stored.
func (s *Store) searchIndex() *graph.SearchIndex {
	if v, ok := s.views.search.Load(struct{}{}); ok {
		return v.(*graph.SearchIndex)
	}
	x := graph.NewSearchIndex()
	for _, n := range keys(s.leaders) {
		l := s.leaders[n]
		if !l.live() {
			continue
		}
		names := s.names[n]
		names.Name = n
		x.Add(graph.SearchCandidate{
			Doc:    graph.SearchDoc{Kind: graph.SearchLeader, Key: n, Texts: graph.LeaderSearchTexts(names)},
			Leader: s.leaderOf(l),
		})
	}
	for _, m := range s.sortedMeetings(viewKey{}) {
		for _, c := range graph.MeetingCandidates(m, nil) {
			x.Add(c)
		}
	}
	x.Freeze()
	v, _ := s.views.search.LoadOrStore(struct{}{}, x)
	return v.(*graph.SearchIndex)
}
