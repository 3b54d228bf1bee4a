package gql

import (
	"context"
	"fmt"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/gql/internal/exec"
)

// Search answers Query.search from the store's Search (graph/search.go):
// one store call per search; the leaders and meetings of the page prime
// the request's loaders, so their fields cost no further lookup.
func (r queryResolver) Search(ctx context.Context, text string, kinds []graph.SearchKind, first *int, after *string, last *int, before *string) (*exec.SearchConnection, error) {
	w, err := windowArgs(first, after, last, before)
	if err != nil {
		return nil, err
	}
	res, err := r.store.Search(ctx, graph.SearchQuery{Text: text, Kinds: kinds, Page: w.Page, Last: w.Last, Before: w.Before})
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	if w.countOnly {
		res.HasNextPage, res.Hits = res.HasNextPage || len(res.Hits) > 0, nil
	}
	l := r.loadersFor(ctx)
	c := &exec.SearchConnection{TotalCount: res.TotalCount, Edges: make([]*exec.SearchEdge, 0, len(res.Hits)), PageInfo: &exec.PageInfo{HasNextPage: res.HasNextPage, HasPreviousPage: res.HasPreviousPage}}
	for i, h := range res.Hits {
		var node exec.SearchHit
		switch h.Kind {
		case graph.SearchLeader:
			l.leaders.Prime(h.Leader.Name, h.Leader)
			node = exec.LeaderHit{Kind: h.Kind, Score: h.Score, Snippet: h.Snippet, Leader: h.Leader}
		case graph.SearchMeeting:
			l.meetings.Prime(h.Meeting.ID, h.Meeting)
			node = exec.MeetingHit{Kind: h.Kind, Score: h.Score, Snippet: h.Snippet, Meeting: h.Meeting}
		default:
			l.meetings.Prime(h.Meeting.ID, h.Meeting)
			node = exec.EvidenceHit{Kind: h.Kind, Score: h.Score, Snippet: h.Snippet, Evidence: h.Evidence, Meeting: h.Meeting}
		}
		cur := cursorAt(res.Cursors, i)
		c.Edges = append(c.Edges, &exec.SearchEdge{Cursor: cur, Node: node})
		c.PageInfo.EndCursor = &cur
		if c.PageInfo.StartCursor == nil {
			c.PageInfo.StartCursor = &cur
		}
	}
	return c, nil
}
