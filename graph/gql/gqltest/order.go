package gqltest

import (
	"net/http"

	"github.com/99designs/gqlgen/client"
	"reflect"
	"testing"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/storetest"
)

// testOrderAndLists: meetings(orderBy:) by kind and country with the
// default directions and an explicit one, paged by cursor; leaders by
// meeting count; countries and kinds as lists next to the single-value
// filters; a cursor of another order is a BAD_USER_INPUT.
func testOrderAndLists(t *testing.T, _ graph.Store, h http.Handler) {
	var out struct {
		Kind, CountryDesc, Lists, Both page
		KindRest                       page
		Leaders                        struct {
			Edges []struct{ Node struct{ Name string } }
		}
	}
	Query(t, h, `{
		kind: meetings(orderBy: {field: KIND}, first: 2) { ...p }
		countryDesc: meetings(orderBy: {field: COUNTRY, direction: DESC}) { ...p }
		lists: meetings(filter: {countries: ["uz", "FR"], kinds: [MEETING, PHONE_CALL, TALKS]}) { ...p }
		both: meetings(filter: {country: "CN", kinds: [TALKS, MESSAGE]}, orderBy: {field: DATE, direction: ASC}) { ...p }
		kindRest: meetings(orderBy: {field: KIND}, first: 10) { ...p }
		leaders(orderBy: {field: MEETING_COUNT}, first: 2) { edges { node { name } } }
	}
	fragment p on MeetingConnection { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } }`, &out)
	m1, m2, m3, m4, m5 := storetest.MeetingM1, storetest.MeetingM2, storetest.MeetingM3, storetest.MeetingM4, storetest.MeetingM5
	for _, c := range []struct {
		name string
		got  page
		want []string
	}{
		{"kind", out.Kind, []string{m1, m4}},
		{"kind, all", out.KindRest, []string{m1, m4, m5, m3, m2}},
		{"country desc", out.CountryDesc, []string{m1, m2, m3, m4, m5}},
		{"lists", out.Lists, []string{m1, m3}},
		{"country and kinds, date asc", out.Both, []string{m2, m4}},
	} {
		if got := c.got.ids(); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
	if got := []string{out.Leaders.Edges[0].Node.Name, out.Leaders.Edges[1].Node.Name}; !reflect.DeepEqual(got, []string{"习近平", "王毅"}) {
		t.Errorf("leaders by meeting count: %v", got)
	}
	var next struct{ Meetings page }
	Query(t, h, `query($after: String) { meetings(orderBy: {field: KIND}, first: 10, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
		&next, client.Var("after", *out.Kind.PageInfo.EndCursor))
	if got := next.Meetings.ids(); !reflect.DeepEqual(got, []string{m5, m3, m2}) {
		t.Errorf("kind order after the first page: %v", got)
	}
	WantError(t, h, `query($after: String) { meetings(first: 1, after: $after) { totalCount } }`, "BAD_USER_INPUT",
		client.Var("after", *out.Kind.PageInfo.EndCursor))
}
