package storetest

import (
	"context"
	"reflect"
	"slices"
	"testing"

	"github.com/dipgraph/dipgraph/graph"
)

// allMeetings pages through a search two meetings at a time, following
// the cursors, and returns the ids in page order.
func allMeetings(t *testing.T, s graph.Store, f graph.MeetingFilter, o graph.MeetingOrder) []string {
	t.Helper()
	ctx := context.Background()
	ids := []string{}
	after := ""
	for range 10 {
		ps, err := s.SearchMeetings(ctx, []graph.MeetingQuery{{Filter: f, Order: o, Page: graph.Page{First: 2, After: after}}})
		if err != nil {
			t.Fatalf("SearchMeetings(%+v, %+v): %v", f, o, err)
		}
		ids = append(ids, meetingIDs(ps[0].Meetings)...)
		if !ps[0].HasNextPage {
			if ps[0].TotalCount != len(ids) {
				t.Errorf("SearchMeetings(%+v, %+v): total %d, paged %d", f, o, ps[0].TotalCount, len(ids))
			}
			return ids
		}
		after = ps[0].Cursors[len(ps[0].Cursors)-1]
	}
	t.Fatalf("SearchMeetings(%+v, %+v): no last page", f, o)
	return nil
}

// testMeetingOrder: meetings sorted by date, kind and country in both
// directions (empty keys last), paged by cursor; a cursor of another
// order and an unknown order are Invalid.
func testMeetingOrder(t *testing.T, s graph.Store) {
	// m1 MEETING 2025-09-02 UZ; m2 TALKS 2025-09-01 KG; m3 PHONE_CALL
	// 2025-08-15 FR; m4 MESSAGE undated, CN only; m5 OTHER 2024-12-31, no
	// country.
	for _, c := range []struct {
		name string
		o    graph.MeetingOrder
		want []string
	}{
		{"default", graph.MeetingOrder{}, []string{MeetingM1, MeetingM2, MeetingM3, MeetingM5, MeetingM4}},
		{"date desc", graph.MeetingOrder{By: graph.OrderDate}, []string{MeetingM1, MeetingM2, MeetingM3, MeetingM5, MeetingM4}},
		{"date asc", graph.MeetingOrder{By: graph.OrderDate, Asc: true}, []string{MeetingM5, MeetingM3, MeetingM2, MeetingM1, MeetingM4}},
		{"kind asc", graph.MeetingOrder{By: graph.OrderKind, Asc: true}, []string{MeetingM1, MeetingM4, MeetingM5, MeetingM3, MeetingM2}},
		{"kind desc", graph.MeetingOrder{By: graph.OrderKind}, []string{MeetingM2, MeetingM3, MeetingM5, MeetingM4, MeetingM1}},
		{"country asc", graph.MeetingOrder{By: graph.OrderCountry, Asc: true}, []string{MeetingM4, MeetingM3, MeetingM2, MeetingM1, MeetingM5}},
		{"country desc", graph.MeetingOrder{By: graph.OrderCountry}, []string{MeetingM1, MeetingM2, MeetingM3, MeetingM4, MeetingM5}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := allMeetings(t, s, graph.MeetingFilter{}, c.o); !reflect.DeepEqual(got, c.want) {
				t.Errorf("order %+v = %v, want %v", c.o, got, c.want)
			}
			// With a filter (another path in Neo4j): the same order.
			want := slices.DeleteFunc(slices.Clone(c.want), func(id string) bool { return id == MeetingM5 || id == MeetingM4 })
			if got := allMeetings(t, s, graph.MeetingFilter{Country: "CN", Kinds: graph.ListOf("MEETING", "TALKS", "PHONE_CALL")}, c.o); !reflect.DeepEqual(got, want) {
				t.Errorf("order %+v of CN meetings = %v, want %v", c.o, got, want)
			}
		})
	}
	ctx := context.Background()
	ps, err := s.SearchMeetings(ctx, []graph.MeetingQuery{{Page: graph.Page{First: 1}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []graph.MeetingQuery{
		{Order: graph.MeetingOrder{By: graph.OrderKind, Asc: true}, Page: graph.Page{First: 1, After: ps[0].Cursors[0]}},
		{Order: graph.MeetingOrder{By: "PLACE"}},
	} {
		if _, err := s.SearchMeetings(ctx, []graph.MeetingQuery{q}); graph.KindOf(err) != graph.Invalid {
			t.Errorf("SearchMeetings(%+v) error %v, want Invalid", q, err)
		}
	}
}

// testListFilters: countries and kinds as lists (any member), combined
// with the single-value filters and each other (all must hold).
func testListFilters(t *testing.T, s graph.Store) {
	for _, c := range []struct {
		f    graph.MeetingFilter
		want []string
	}{
		{graph.MeetingFilter{Countries: graph.ListOf("UZ", "FR")}, []string{MeetingM1, MeetingM3}},
		{graph.MeetingFilter{Countries: graph.ListOf("UZ", "FR"), Country: "CN"}, []string{MeetingM1, MeetingM3}},
		{graph.MeetingFilter{Countries: graph.ListOf("UZ", "FR"), Country: "KG"}, []string{}},
		{graph.MeetingFilter{Kinds: graph.ListOf("TALKS", "MESSAGE")}, []string{MeetingM2, MeetingM4}},
		{graph.MeetingFilter{Kinds: graph.ListOf("TALKS"), Kind: graph.KindMeeting}, []string{}},
		{graph.MeetingFilter{Kinds: graph.ListOf("TALKS", "MEETING"), Countries: graph.ListOf("KG")}, []string{MeetingM2}},
		{graph.MeetingFilter{Countries: graph.ListOf("ZZ")}, []string{}},
		{graph.MeetingFilter{Leader: "习近平", Countries: graph.ListOf("FR", "KG")}, []string{MeetingM3}},
		{graph.MeetingFilter{Kinds: graph.ListOf("MESSAGE", "OTHER"), From: "2024-01-01"}, []string{MeetingM5}},
	} {
		if got := allMeetings(t, s, c.f, graph.MeetingOrder{}); !reflect.DeepEqual(got, c.want) {
			t.Errorf("SearchMeetings(%+v) = %v, want %v", c.f, got, c.want)
		}
	}
}

// testLeaderOrder: leaders by name in both directions and by meeting
// count (ties by name), paged by cursor.
func testLeaderOrder(t *testing.T, s graph.Store) {
	ctx := context.Background()
	byName := []string{"习近平", "李强", "王毅", "米尔济约耶夫", "蔡奇", "扎帕罗夫", "马克龙", "古特雷斯", "O'Brien", HostileName}
	slices.Sort(byName)
	ones := slices.DeleteFunc(slices.Clone(byName), func(n string) bool { return n == "习近平" || n == "王毅" })
	desc := slices.Clone(byName)
	slices.Reverse(desc)
	for _, c := range []struct {
		name string
		o    graph.LeaderOrder
		want []string
	}{
		{"name", graph.LeaderOrder{}, byName},
		{"name desc", graph.LeaderOrder{By: graph.OrderName, Desc: true}, desc},
		{"meeting count desc", graph.LeaderOrder{By: graph.OrderMeetingCount, Desc: true}, append([]string{"习近平", "王毅"}, ones...)},
		{"meeting count asc", graph.LeaderOrder{By: graph.OrderMeetingCount}, append(slices.Clone(ones), "王毅", "习近平")},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := []string{}
			after := ""
			for range 10 {
				ps, err := s.SearchLeaders(ctx, []graph.LeaderQuery{{Order: c.o, Page: graph.Page{First: 3, After: after}}})
				if err != nil {
					t.Fatal(err)
				}
				got = append(got, leaderNames(ps[0].Leaders)...)
				if !ps[0].HasNextPage {
					break
				}
				after = ps[0].Cursors[len(ps[0].Cursors)-1]
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("leaders by %+v = %q, want %q", c.o, got, c.want)
			}
		})
	}
	ps, err := s.SearchLeaders(ctx, []graph.LeaderQuery{{Page: graph.Page{First: 1}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []graph.LeaderQuery{
		{Order: graph.LeaderOrder{By: graph.OrderMeetingCount}, Page: graph.Page{First: 1, After: ps[0].Cursors[0]}},
		{Order: graph.LeaderOrder{By: "AGE"}},
	} {
		if _, err := s.SearchLeaders(ctx, []graph.LeaderQuery{q}); graph.KindOf(err) != graph.Invalid {
			t.Errorf("SearchLeaders(%+v) error %v, want Invalid", q, err)
		}
	}
}
