package storetest

import (
	"context"
	"reflect"
	"testing"

	"github.com/dipgraph/dipgraph/graph"
)

// testTitleFilter: meetings filtered by the title held at the time (a
// participant, or the filter's leader, reported with it in the meeting),
// and the titles of a leader over time from its meetings (graph.LeaderTitles
// over the store's search, as the API reads them).
func testTitleFilter(t *testing.T, s graph.Store) {
	ctx := context.Background()
	for _, c := range []struct {
		f    graph.MeetingFilter
		want []string
	}{
		{graph.MeetingFilter{Leader: "习近平", Title: "国家主席"}, []string{MeetingM1}},
		{graph.MeetingFilter{Leader: "习近平", Title: "中华人民共和国主席"}, []string{MeetingM3}},
		{graph.MeetingFilter{Leader: "习近平", Title: "中共中央总书记"}, []string{MeetingM4}},
		{graph.MeetingFilter{Title: "总统"}, []string{MeetingM1, MeetingM2, MeetingM3}},
		{graph.MeetingFilter{Leader: "习近平", Title: "总统"}, nil},
		{graph.MeetingFilter{Country: "CN", Title: "外交部长"}, []string{MeetingM3}},
		{graph.MeetingFilter{Title: "外交部长", From: "2025-09-01"}, nil},
	} {
		pages, err := s.SearchMeetings(ctx, []graph.MeetingQuery{{Filter: c.f, Page: graph.Page{First: 10}}})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, m := range pages[0].Meetings {
			got = append(got, m.ID)
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("SearchMeetings(%+v) = %v, want %v", c.f, got, c.want)
		}
	}
	pages, err := s.SearchMeetings(ctx, []graph.MeetingQuery{{Filter: graph.MeetingFilter{Leader: "习近平"}, Page: graph.Page{First: 10}}})
	if err != nil {
		t.Fatal(err)
	}
	got := graph.LeaderTitles("习近平", pages[0].Meetings)
	want := []graph.LeaderTitle{
		{Title: "中华人民共和国主席", Country: "CN", First: "2025-08-15", Last: "2025-08-15", MeetingCount: 1},
		{Title: "国家主席", Country: "CN", First: "2025-09-02", Last: "2025-09-02", MeetingCount: 1},
		{Title: "中共中央总书记", Country: "CN", MeetingCount: 1},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("LeaderTitles = %+v, want %+v", got, want)
	}
}
