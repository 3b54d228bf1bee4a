package mem

import (
	"context"

	"github.com/dipgraph/dipgraph/graph"
)

// LeadersByID implements graph.Store.
func (s *Store) LeadersByID(ctx context.Context, ids []string) ([]*graph.Leader, error) {
	out := make([]*graph.Leader, len(ids))
	err := s.read("mem.leadersByID", func() error {
		byID := s.leaderIDs()
		for i, id := range ids {
			if l := s.leaders[byID[id]]; l != nil && l.live() {
				out[i] = s.leaderOf(l)
			}
		}
		return nil
	})
	return out, err
}

// leaderIDs maps the id of every leader to his name, built by the first
// reader after a change; the caller holds the read lock.
func (s *Store) leaderIDs() map[string]string {
	if v, ok := s.views.leaderIDs.Load(struct{}{}); ok {
		return v.(map[string]string)
	}
	m := make(map[string]string, len(s.leaders))
	for n := range s.leaders {
		m[graph.LeaderID(n)] = n
	}
	v, _ := s.views.leaderIDs.LoadOrStore(struct{}{}, m)
	return v.(map[string]string)
}
