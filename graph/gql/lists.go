package gql

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strconv"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/gql/internal/exec"
)

// Paged forms of the whole lists countries, initiatives and
// agreementDomains (which stay as they are): the list is read whole, as
// for the list field, and cut here. A cursor holds the sort key of its
// item (code; name; meeting count and name), so a page follows its
// cursor's item even when items were added or removed in between.

// window is a page asked for by Relay's four arguments: First items
// after After, or (Last > 0) the Last items before Before; both cursors
// bound either.
type window struct {
	graph.Page
	Last      int
	Before    string
	countOnly bool
}

// windowArgs reads first, after, last and before: first and last
// together are bad input; 0 for either counts without listing.
func windowArgs(first *int, after *string, last *int, before *string) (window, error) {
	if first != nil && last != nil {
		return window{}, graph.E("page", graph.Invalid, fmt.Errorf("give first or last, not both"))
	}
	w := window{Before: deref(before)}
	if last == nil {
		p, countOnly, err := page(first, after)
		w.Page, w.countOnly = p, countOnly
		return w, err
	}
	if *last < 0 || *last > graph.MaxPageSize {
		return w, graph.E("page", graph.Invalid, fmt.Errorf("last must be between 0 and %d, got %d", graph.MaxPageSize, *last))
	}
	w.Page = graph.Page{First: graph.DefaultPageSize, After: deref(after)}
	w.Last = *last
	if w.Last == 0 {
		w.Last, w.countOnly = 1, true
	}
	return w, nil
}

// listPage is the page w of items (in list order) with the cursor of
// each. after reports whether an item sorts after a decoded cursor; the
// list's order must agree with it.
func listPage[T any](items []T, w window, tag string, parts int,
	key func(T) []string, after func(T, []string) bool) ([]T, []string, *exec.PageInfo, error) {
	decode := func(c string) ([]string, error) {
		if c == "" {
			return nil, nil
		}
		d, err := graph.DecodeCursor(c, parts+1)
		if err != nil {
			return nil, err
		}
		if d[0] != tag {
			return nil, graph.E("cursor", graph.Invalid, fmt.Errorf("not a cursor of this list"))
		}
		return d[1:], nil
	}
	ac, err := decode(w.After)
	if err != nil {
		return nil, nil, nil, err
	}
	bc, err := decode(w.Before)
	if err != nil {
		return nil, nil, nil, err
	}
	lo, hi := 0, len(items)
	if ac != nil {
		lo = sort.Search(len(items), func(i int) bool { return after(items[i], ac) })
	}
	if bc != nil {
		// The first item at or after the cursor: not before it.
		hi = sort.Search(len(items), func(i int) bool {
			return after(items[i], bc) || slices.Equal(key(items[i]), bc)
		})
	}
	hi = max(lo, hi)
	start, end := lo, hi
	if w.Last > 0 {
		start = max(lo, hi-w.Last)
	} else {
		end = min(hi, lo+w.First)
	}
	pi := &exec.PageInfo{HasPreviousPage: start > 0, HasNextPage: end < len(items)}
	if w.countOnly {
		pi.HasNextPage = end > start || end < len(items)
		return nil, nil, pi, nil
	}
	out := items[start:end]
	cursors := make([]string, len(out))
	for i, it := range out {
		cursors[i] = graph.EncodeCursor(append([]string{tag}, key(it)...)...)
	}
	if n := len(cursors); n > 0 {
		pi.StartCursor, pi.EndCursor = &cursors[0], &cursors[n-1]
	}
	return out, cursors, pi, nil
}

func (r queryResolver) CountriesConnection(ctx context.Context, first *int, after *string, last *int, before *string) (*exec.CountryConnection, error) {
	w, err := windowArgs(first, after, last, before)
	if err != nil {
		return nil, err
	}
	all, err := r.Countries(ctx)
	if err != nil {
		return nil, err
	}
	items, cursors, pi, err := listPage(all, w, "c", 1,
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

func (r queryResolver) InitiativesConnection(ctx context.Context, first *int, after *string, last *int, before *string) (*exec.InitiativeConnection, error) {
	w, err := windowArgs(first, after, last, before)
	if err != nil {
		return nil, err
	}
	all, err := r.Initiatives(ctx)
	if err != nil {
		return nil, err
	}
	items, cursors, pi, err := listPage(all, w, "i", 1,
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

func (r queryResolver) AgreementDomainsConnection(ctx context.Context, first *int, after *string, last *int, before *string) (*exec.AgreementDomainConnection, error) {
	w, err := windowArgs(first, after, last, before)
	if err != nil {
		return nil, err
	}
	all, err := r.AgreementDomains(ctx)
	if err != nil {
		return nil, err
	}
	// Ordered by meeting count (descending), then name.
	items, cursors, pi, err := listPage(all, w, "d", 2,
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
