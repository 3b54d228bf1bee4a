package gqltest

import (
	"net/http"
	"reflect"
	"testing"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/gql"
)

// testListConnections: countriesConnection, initiativesConnection and
// agreementDomainsConnection, paged two at a time, give the items of
// countries, initiatives and agreementDomains in their order, with a
// total and first: 0 counting; another list's cursor is BAD_USER_INPUT.
func testListConnections(t *testing.T, _ graph.Store, h http.Handler) {
	var lists struct {
		Countries        []struct{ Code string }
		Initiatives      []struct{ Name string }
		AgreementDomains []struct{ Name string }
	}
	Query(t, h, `{ countries { code } initiatives { name } agreementDomains { name } }`, &lists)
	var want = map[string][]string{}
	for _, c := range lists.Countries {
		want["countriesConnection"] = append(want["countriesConnection"], c.Code)
	}
	for _, i := range lists.Initiatives {
		want["initiativesConnection"] = append(want["initiativesConnection"], i.Name)
	}
	for _, d := range lists.AgreementDomains {
		want["agreementDomainsConnection"] = append(want["agreementDomainsConnection"], d.Name)
	}
	cursors := map[string]string{}
	for field, node := range map[string]string{"countriesConnection": "code", "initiativesConnection": "name", "agreementDomainsConnection": "name"} {
		if len(want[field]) < 3 {
			t.Fatalf("%s: the fixture has %d items, too few to page", field, len(want[field]))
		}
		var got []string
		after := ""
		for range 20 {
			arg := ""
			if after != "" {
				arg = `, after: "` + after + `"`
			}
			var out map[string]struct {
				TotalCount int
				Edges      []struct {
					Cursor string
					Node   map[string]string
				}
				PageInfo struct {
					HasNextPage, HasPreviousPage bool
					EndCursor                    *string
				}
			}
			Query(t, h, `{ `+field+`(first: 2`+arg+`) { totalCount edges { cursor node { `+node+` } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`, &out)
			c := out[field]
			if c.TotalCount != len(want[field]) || c.PageInfo.HasPreviousPage != (after != "") {
				t.Errorf("%s after %q: total %d, hasPreviousPage %v", field, after, c.TotalCount, c.PageInfo.HasPreviousPage)
			}
			for _, e := range c.Edges {
				got = append(got, e.Node[node])
			}
			if !c.PageInfo.HasNextPage {
				break
			}
			after = *c.PageInfo.EndCursor
			cursors[field] = after
		}
		if !reflect.DeepEqual(got, want[field]) {
			t.Errorf("%s pages = %q, want %q", field, got, want[field])
		}
		// Backward, two at a time, from the end.
		var back []string
		before := ""
		for range 20 {
			arg := ""
			if before != "" {
				arg = `, before: "` + before + `"`
			}
			var out map[string]struct {
				Edges []struct {
					Node map[string]string
				}
				PageInfo struct {
					HasNextPage, HasPreviousPage bool
					StartCursor                  *string
				}
			}
			Query(t, h, `{ `+field+`(last: 2`+arg+`) { edges { node { `+node+` } } pageInfo { hasNextPage hasPreviousPage startCursor } } }`, &out)
			c := out[field]
			var keys []string
			for _, e := range c.Edges {
				keys = append(keys, e.Node[node])
			}
			back = append(keys, back...)
			if c.PageInfo.HasNextPage != (before != "") {
				t.Errorf("%s(last: 2, before %q): hasNextPage %v", field, before, c.PageInfo.HasNextPage)
			}
			if !c.PageInfo.HasPreviousPage {
				break
			}
			before = *c.PageInfo.StartCursor
		}
		if !reflect.DeepEqual(back, want[field]) {
			t.Errorf("%s pages backward = %q, want %q", field, back, want[field])
		}
		var count map[string]struct {
			TotalCount int
			Edges      []struct{ Cursor string }
			PageInfo   struct{ HasNextPage bool }
		}
		Query(t, h, `{ `+field+`(first: 0) { totalCount edges { cursor } pageInfo { hasNextPage } } }`, &count)
		if c := count[field]; c.TotalCount != len(want[field]) || len(c.Edges) != 0 || !c.PageInfo.HasNextPage {
			t.Errorf("%s(first: 0) = %+v", field, c)
		}
	}
	WantError(t, h, `{ countriesConnection(after: "`+cursors["initiativesConnection"]+`") { totalCount } }`, gql.CodeBadUserInput)
	WantError(t, h, `{ initiativesConnection(after: "%%%") { totalCount } }`, gql.CodeBadUserInput)
	WantError(t, h, `{ initiativesConnection(first: 2, last: 2) { totalCount } }`, gql.CodeBadUserInput)
	WantError(t, h, `{ countriesConnection(last: 101) { totalCount } }`, gql.CodeBadUserInput)
}
