package gqltest

import (
	"net/http"
	"reflect"
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/gql"
	"github.com/dipgraph/dipgraph/graph/storetest"
)

// testRelay: node(id:) and nodes(ids:) give back a meeting, a leader, an
// article and a country by the id they serve (null for an unknown id, in
// place); PageInfo has startCursor (the first edge's cursor) and
// hasPreviousPage (false on a first page, true after a cursor); nodes
// takes at most 100 ids.
func testRelay(t *testing.T, _ graph.Store, h http.Handler) {
	type info struct {
		HasNextPage, HasPreviousPage bool
		StartCursor, EndCursor       *string
	}
	type conn struct {
		Edges []struct {
			Cursor string
			Node   struct{ ID string }
		}
		PageInfo info
	}
	var ids struct {
		Leader   struct{ ID string }
		Articles conn
		Meetings conn
	}
	Query(t, h, `{ leader(name: "习近平") { id }
		articles(first: 1) { edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }
		meetings(first: 2) { edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`, &ids)
	if len(ids.Meetings.Edges) != 2 || len(ids.Articles.Edges) != 1 || ids.Leader.ID == "" {
		t.Fatalf("ids: %+v", ids)
	}
	pi := ids.Meetings.PageInfo
	if pi.HasPreviousPage || pi.StartCursor == nil || *pi.StartCursor != ids.Meetings.Edges[0].Cursor ||
		pi.EndCursor == nil || *pi.EndCursor != ids.Meetings.Edges[1].Cursor || !pi.HasNextPage {
		t.Errorf("first page's pageInfo = %+v", pi)
	}
	var next struct{ Meetings conn }
	Query(t, h, `{ meetings(first: 2, after: "`+*pi.EndCursor+`") { edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`, &next)
	if !next.Meetings.PageInfo.HasPreviousPage || next.Meetings.PageInfo.StartCursor == nil ||
		*next.Meetings.PageInfo.StartCursor != next.Meetings.Edges[0].Cursor {
		t.Errorf("second page's pageInfo = %+v", next.Meetings.PageInfo)
	}

	type node struct {
		Typename string `json:"__typename"`
		ID       string
		Kind     string // Meeting
		Name     string // Leader, Country
		Code     string // Country
		Title    *string
	}
	mid, aid := ids.Meetings.Edges[0].Node.ID, ids.Articles.Edges[0].Node.ID
	const sel = `__typename id ... on Meeting { kind } ... on Leader { name } ... on Country { code name } ... on Article { title }`
	var out struct {
		M, L, A, C, None *node
		Nodes            []*node
	}
	Query(t, h, `{
		m: node(id: "`+mid+`") { `+sel+` }
		l: node(id: "`+ids.Leader.ID+`") { `+sel+` }
		a: node(id: "`+aid+`") { `+sel+` }
		c: node(id: "CN") { `+sel+` }
		none: node(id: "nothing") { `+sel+` }
		nodes(ids: ["CN", "nothing", "`+mid+`", "L0000000000000000", "`+ids.Leader.ID+`"]) { `+sel+` }
	}`, &out)
	if out.M == nil || out.M.Typename != "Meeting" || out.M.ID != mid || out.M.Kind == "" {
		t.Errorf("node(meeting %s) = %+v", mid, out.M)
	}
	if out.L == nil || out.L.Typename != "Leader" || out.L.Name != "习近平" || out.L.ID != ids.Leader.ID {
		t.Errorf("node(leader %s) = %+v", ids.Leader.ID, out.L)
	}
	if out.A == nil || out.A.Typename != "Article" || out.A.ID != aid {
		t.Errorf("node(article %s) = %+v", aid, out.A)
	}
	if out.C == nil || out.C.Typename != "Country" || out.C.ID != "CN" || out.C.Code != "CN" || out.C.Name != "中国" {
		t.Errorf("node(CN) = %+v", out.C)
	}
	if out.None != nil {
		t.Errorf("node(nothing) = %+v, want null", out.None)
	}
	var got []string
	for _, n := range out.Nodes {
		if n == nil {
			got = append(got, "null")
		} else {
			got = append(got, n.Typename+":"+n.ID)
		}
	}
	if want := []string{"Country:CN", "null", "Meeting:" + mid, "null", "Leader:" + ids.Leader.ID}; !reflect.DeepEqual(got, want) {
		t.Errorf("nodes = %q, want %q", got, want)
	}
	many := `"` + strings.Repeat(storetest.MeetingM1+`", "`, graph.MaxPageSize) + `x"`
	WantError(t, h, `{ nodes(ids: [`+many+`]) { id } }`, gql.CodeBadUserInput)
}
