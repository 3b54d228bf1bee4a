package storetest

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/dipgraph/dipgraph/graph"
)

// Dump reads the whole graph through the Store interface and returns it
// as canonical text (one JSON line per item, in the stores' own order),
// so that two stores, or one store before and after an operation, can be
// compared with ==.
func Dump(ctx context.Context, s graph.Store) (string, error) {
	var b strings.Builder
	line := func(kind string, v any) error {
		j, err := json.Marshal(v)
		if err != nil {
			return err
		}
		fmt.Fprintf(&b, "%s %s\n", kind, j)
		return nil
	}
	var leaders []string
	after := ""
	for {
		ps, err := s.SearchMeetings(ctx, []graph.MeetingQuery{{Page: graph.Page{First: graph.MaxPageSize, After: after}}})
		if err != nil {
			return "", fmt.Errorf("dump meetings: %w", err)
		}
		for i, m := range ps[0].Meetings {
			if err := line("meeting", m); err != nil {
				return "", err
			}
			after = ps[0].Cursors[i]
		}
		if !ps[0].HasNextPage {
			break
		}
	}
	after = ""
	for {
		ps, err := s.SearchLeaders(ctx, []graph.LeaderQuery{{Page: graph.Page{First: graph.MaxPageSize, After: after}}})
		if err != nil {
			return "", fmt.Errorf("dump leaders: %w", err)
		}
		for i, l := range ps[0].Leaders {
			if err := line("leader", l); err != nil {
				return "", err
			}
			leaders = append(leaders, l.Name)
			after = ps[0].Cursors[i]
		}
		if !ps[0].HasNextPage {
			break
		}
	}
	after = ""
	for {
		p, err := s.Articles(ctx, graph.Page{First: graph.MaxPageSize, After: after})
		if err != nil {
			return "", fmt.Errorf("dump articles: %w", err)
		}
		for i, a := range p.Articles {
			if err := line("article", a); err != nil {
				return "", err
			}
			after = p.Cursors[i]
		}
		if !p.HasNextPage {
			break
		}
	}
	cs, err := s.Countries(ctx)
	if err != nil {
		return "", fmt.Errorf("dump countries: %w", err)
	}
	for _, c := range cs {
		if err := line("country", c); err != nil {
			return "", err
		}
	}
	ins, err := s.Initiatives(ctx)
	if err != nil {
		return "", fmt.Errorf("dump initiatives: %w", err)
	}
	for _, in := range ins {
		if err := line("initiative", in); err != nil {
			return "", err
		}
	}
	ds, err := s.AgreementDomains(ctx)
	if err != nil {
		return "", fmt.Errorf("dump agreement domains: %w", err)
	}
	for _, d := range ds {
		if err := line("domain", d); err != nil {
			return "", err
		}
	}
	if len(leaders) > 0 {
		cps, err := s.Counterparts(ctx, leaders)
		if err != nil {
			return "", fmt.Errorf("dump counterparts: %w", err)
		}
		for i, cp := range cps {
			if err := line("counterparts "+leaders[i], cp); err != nil {
				return "", err
			}
		}
		cols, err := s.Colleagues(ctx, leaders)
		if err != nil {
			return "", fmt.Errorf("dump colleagues: %w", err)
		}
		for i, c := range cols {
			if err := line("colleagues "+leaders[i], c); err != nil {
				return "", err
			}
		}
	}
	tl, err := s.Timeline(ctx, graph.TimelineQuery{})
	if err != nil {
		return "", fmt.Errorf("dump timeline: %w", err)
	}
	if err := line("timeline", tl); err != nil {
		return "", err
	}
	return b.String(), nil
}
