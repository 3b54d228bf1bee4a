package gql

import (
	"context"
	"fmt"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/gql/internal/exec"
)

// Relay object identification: Query.node(id:) and nodes(ids:) give back
// a meeting, leader, article or country by the id it serves (Node.id).
// The ids keep their own forms (graph.LeaderID's "L" and 16 hex digits,
// ISO codes, the extractor's meeting and article ids), so that every id
// already served is a node id; the form tells leaders and countries, and
// other ids are looked for among meetings, then articles.

// maxNodes bounds the ids of one nodes(ids:).
const maxNodes = graph.MaxPageSize

// isLeaderID reports whether id has the form of graph.LeaderID.
func isLeaderID(id string) bool {
	if len(id) != 17 || id[0] != 'L' {
		return false
	}
	for _, c := range id[1:] {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// isCountryCode reports whether id has the form of an ISO code.
func isCountryCode(id string) bool {
	return len(id) == 2 && 'A' <= id[0] && id[0] <= 'Z' && 'A' <= id[1] && id[1] <= 'Z'
}

func (r queryResolver) Node(ctx context.Context, id string) (exec.Node, error) {
	ns, err := r.nodes(ctx, []string{id})
	if err != nil {
		return nil, err
	}
	return ns[0], nil
}

func (r queryResolver) Nodes(ctx context.Context, ids []string) ([]exec.Node, error) {
	if len(ids) > maxNodes {
		return nil, graph.E("nodes", graph.Invalid, fmt.Errorf("at most %d ids, got %d", maxNodes, len(ids)))
	}
	return r.nodes(ctx, ids)
}

// nodes looks the ids up with one batch call per kind of node.
func (r queryResolver) nodes(ctx context.Context, ids []string) ([]exec.Node, error) {
	out := make([]exec.Node, len(ids))
	var leaders, countries, others []string
	var li, ci, oi []int
	for i, id := range ids {
		switch {
		case isLeaderID(id):
			leaders, li = append(leaders, id), append(li, i)
		case isCountryCode(id):
			countries, ci = append(countries, id), append(ci, i)
		case id != "":
			others, oi = append(others, id), append(oi, i)
		}
	}
	l := r.loadersFor(ctx)
	if len(leaders) > 0 {
		ls, err := r.store.LeadersByID(ctx, leaders)
		if err != nil {
			return nil, fmt.Errorf("node: %w", err)
		}
		for j, x := range ls {
			if x != nil {
				l.leaders.Prime(x.Name, x)
				out[li[j]] = x
			}
		}
	}
	if len(countries) > 0 {
		cs, err := r.store.CountriesByCode(ctx, countries)
		if err != nil {
			return nil, fmt.Errorf("node: %w", err)
		}
		for j, x := range cs {
			if x != nil {
				l.countries.Prime(x.Code, x)
				out[ci[j]] = x
			}
		}
	}
	if len(others) > 0 {
		ms, err := r.store.MeetingsByID(ctx, others)
		if err != nil {
			return nil, fmt.Errorf("node: %w", err)
		}
		var rest []string
		var ri []int
		for j, x := range ms {
			if x != nil {
				l.meetings.Prime(x.ID, x)
				out[oi[j]] = x
			} else {
				rest, ri = append(rest, others[j]), append(ri, oi[j])
			}
		}
		if len(rest) > 0 {
			as, err := r.store.ArticlesByID(ctx, rest)
			if err != nil {
				return nil, fmt.Errorf("node: %w", err)
			}
			for j, x := range as {
				if x != nil {
					l.articles.Prime(x.ID, x)
					out[ri[j]] = x
				}
			}
		}
	}
	return out, nil
}

// ID is a country's Node id: its ISO code.
func (r countryResolver) ID(ctx context.Context, c *graph.Country) (string, error) {
	return c.Code, nil
}
