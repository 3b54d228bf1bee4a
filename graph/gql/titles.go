package gql

import (
	"context"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/gql/internal/exec"
)

// Titles over time (schema.graphql: Leader.titles, MeetingFilter.title).

func (r *Resolver) LeaderTitle() exec.LeaderTitleResolver { return leaderTitleResolver{r} }

type leaderTitleResolver struct{ *Resolver }

func (r leaderTitleResolver) Country(ctx context.Context, t *graph.LeaderTitle) (*graph.Country, error) {
	return r.countryRef(ctx, t.Country)
}
func (r leaderTitleResolver) Organisation(ctx context.Context, t *graph.LeaderTitle) (*string, error) {
	return opt(t.Organisation), nil
}
func (r leaderTitleResolver) First(ctx context.Context, t *graph.LeaderTitle) (*string, error) {
	return opt(t.First), nil
}
func (r leaderTitleResolver) Last(ctx context.Context, t *graph.LeaderTitle) (*string, error) {
	return opt(t.Last), nil
}

// maxTitleMeetings bounds the meetings read for one leader's titles.
const maxTitleMeetings = 100 * graph.MaxPageSize

// Titles reads every meeting of the leader (page by page, through the
// store's meeting search, so both stores answer alike) and lists the
// titles it was reported with (graph.LeaderTitles).
func (r leaderResolver) Titles(ctx context.Context, l *graph.Leader) ([]*graph.LeaderTitle, error) {
	var ms []*graph.Meeting
	after := ""
	for len(ms) < maxTitleMeetings {
		p, err := r.loadersFor(ctx).searchMeetings(ctx, graph.MeetingQuery{Filter: graph.MeetingFilter{Leader: l.Name}, Page: graph.Page{First: graph.MaxPageSize, After: after}})
		if err != nil {
			return nil, err
		}
		ms = append(ms, p.Meetings...)
		if !p.HasNextPage || len(p.Cursors) == 0 {
			break
		}
		after = p.Cursors[len(p.Cursors)-1]
	}
	ts := graph.LeaderTitles(l.Name, ms)
	out := make([]*graph.LeaderTitle, len(ts))
	for i := range ts {
		out[i] = &ts[i]
	}
	return out, nil
}
