package gql

import (
	"context"
	"fmt"
	"strconv"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/gql/internal/exec"
)

// Paged forms of the whole lists countries, initiatives and
// agreementDomains (which stay as they are): the list is read whole, as
// for the list field, and cut here. A cursor holds the sort key of its
// item (code; name; meeting count and name), so a page follows its
// cursor's item even when items were added or removed in between.

// listPage is the page p of items (in list order) with the cursor of
// each: the items that sort after the cursor p.After (after reports
// whether an item does, given the decoded cursor parts).
func listPage[T any](items []T, p graph.Page, countOnly bool, tag string, parts int,
	key func(T) []string, after func(T, []string) bool) ([]T, []string, *exec.PageInfo, error) {
	var cur []string
	if p.After != "" {
		c, err := graph.DecodeCursor(p.After, parts+1)
		if err != nil {
			return nil, nil, nil, err
		}
		if c[0] != tag {
			return nil, nil, nil, graph.E("cursor", graph.Invalid, fmt.Errorf("not a cursor of this list"))
		}
		cur = c[1:]
	}
	pi := &exec.PageInfo{HasPreviousPage: p.After != ""}
	var out []T
	var cursors []string
	for _, it := range items {
		if cur != nil && !after(it, cur) {
			continue
		}
		if countOnly || len(out) == p.First {
			pi.HasNextPage = true
			break
		}
		out = append(out, it)
		cursors = append(cursors, graph.EncodeCursor(append([]string{tag}, key(it)...)...))
	}
	if n := len(cursors); n > 0 {
		pi.StartCursor, pi.EndCursor = &cursors[0], &cursors[n-1]
	}
	return out, cursors, pi, nil
}

func (r queryResolver) CountriesConnection(ctx context.Context, first *int, after *string) (*exec.CountryConnection, error) {
	p, countOnly, err := page(first, after)
	if err != nil {
		return nil, err
	}
	all, err := r.Countries(ctx)
	if err != nil {
		return nil, err
	}
	items, cursors, pi, err := listPage(all, p, countOnly, "c", 1,
		func(c *graph.Country) []string { return []string{c.Code} },
		func(c *graph.Country, k []string) bool { return c.Code > k[0] })
	if err != nil {
		return nil, err
	}
	c := &exec.CountryConnection{TotalCount: len(all), Edges: make([]*exec.CountryEdge, len(items)), PageInfo: pi}
	for i, it := range items {
		c.Edges[i] = &exec.CountryEdge{Cursor: cursors[i], Node: it}
	}
	return c, nil
}

func (r queryResolver) InitiativesConnection(ctx context.Context, first *int, after *string) (*exec.InitiativeConnection, error) {
	p, countOnly, err := page(first, after)
	if err != nil {
		return nil, err
	}
	all, err := r.Initiatives(ctx)
	if err != nil {
		return nil, err
	}
	items, cursors, pi, err := listPage(all, p, countOnly, "i", 1,
		func(i *graph.Initiative) []string { return []string{i.Name} },
		func(i *graph.Initiative, k []string) bool { return i.Name > k[0] })
	if err != nil {
		return nil, err
	}
	c := &exec.InitiativeConnection{TotalCount: len(all), Edges: make([]*exec.InitiativeEdge, len(items)), PageInfo: pi}
	for i, it := range items {
		c.Edges[i] = &exec.InitiativeEdge{Cursor: cursors[i], Node: it}
	}
	return c, nil
}

func (r queryResolver) AgreementDomainsConnection(ctx context.Context, first *int, after *string) (*exec.AgreementDomainConnection, error) {
	p, countOnly, err := page(first, after)
	if err != nil {
		return nil, err
	}
	all, err := r.AgreementDomains(ctx)
	if err != nil {
		return nil, err
	}
	// Ordered by meeting count (descending), then name.
	items, cursors, pi, err := listPage(all, p, countOnly, "d", 2,
		func(d *graph.AgreementDomain) []string { return []string{strconv.Itoa(d.MeetingCount), d.Name} },
		func(d *graph.AgreementDomain, k []string) bool {
			n, _ := strconv.Atoi(k[0])
			return d.MeetingCount < n || d.MeetingCount == n && d.Name > k[1]
		})
	if err != nil {
		return nil, err
	}
	c := &exec.AgreementDomainConnection{TotalCount: len(all), Edges: make([]*exec.AgreementDomainEdge, len(items)), PageInfo: pi}
	for i, it := range items {
		c.Edges[i] = &exec.AgreementDomainEdge{Cursor: cursors[i], Node: it}
	}
	return c, nil
}
