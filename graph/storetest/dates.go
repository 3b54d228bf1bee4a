package storetest

import (
	"context"
	"reflect"
	"testing"

	"github.com/dipgraph/dipgraph/graph"
)

// PartialDateDocs are three reports of one leader: one dated meeting, one
// whose year is unknown (its month and day kept, "--09-06"), one with no
// date, each article with its provenance (URL or file, publication date,
// site).
func PartialDateDocs() []graph.Document {
	cn := []graph.Country{{Code: "CN", Name: "中国", NameEn: "China"}, {Code: "CV", Name: "佛得角", NameEn: "Cabo Verde"}}
	doc := func(aid, mid, date, partial, src string, prov graph.Article) graph.Document {
		prov.ID, prov.Source, prov.City, prov.Date, prov.PartialDate = aid, "新华社", "北京", date, partial
		prov.Text = "新华社北京9月6日电 国家主席习近平6日在人民大会堂会见佛得角总理席尔瓦。"
		prov.MeetingIDs = []string{mid}
		return graph.Document{
			Article: prov,
			Meetings: []graph.Meeting{{
				ID: mid, Kind: graph.KindMeeting, Date: date, PartialDate: partial, YearSource: src,
				Participants: []graph.Participant{
					{Name: "习近平", Role: graph.RoleHost, Title: "国家主席", Country: "CN"},
					{Name: "席尔瓦", Role: graph.RoleGuest, Title: "总理", Country: "CV"},
				},
				ArticleIDs: []string{aid},
				Evidence:   []graph.Evidence{{Field: "kind", Value: "MEETING", Text: prov.Text, Start: 0, End: 39, ArticleID: aid, Rule: "event-verb", Confidence: 0.95}},
			}},
			Countries: cn,
		}
	}
	return []graph.Document{
		doc("pd-a1", "pd-m1", "2018-09-06", "", "METADATA", graph.Article{URL: "http://www.news.cn/2018-09/06/c_1.htm", Published: "2018-09-06", Site: "新华网", YearSource: "METADATA"}),
		doc("pd-a2", "pd-m2", "", "--09-06", "", graph.Article{File: "reports/cabo_verde.txt"}),
		doc("pd-a3", "pd-m3", "", "", "", graph.Article{}),
	}
}

// testPartialDates: a meeting's partial date, its year's source and an
// article's provenance are stored and read back; filters select by date
// precision (a date bound keeps dated meetings only); the timeline counts
// meetings without year by their month ("--09") and undated ones ("")
// when it has no date bound, never dropping them.
func testPartialDates(t *testing.T, open Opener) {
	s := open(t)
	ctx := context.Background()
	mustIngest(t, s, PartialDateDocs())
	ms, err := s.MeetingsByID(ctx, []string{"pd-m1", "pd-m2", "pd-m3"})
	if err != nil {
		t.Fatal(err)
	}
	want := [][3]string{{"2018-09-06", "", "METADATA"}, {"", "--09-06", ""}, {"", "", ""}}
	for i, m := range ms {
		if m == nil {
			t.Fatalf("meeting %d missing", i)
		}
		if got := [3]string{m.Date, m.PartialDate, m.YearSource}; got != want[i] {
			t.Errorf("meeting %s: date, partial, year source %q, want %q", m.ID, got, want[i])
		}
	}
	if p := ms[1].DatePrecision(); p != graph.PrecisionMonthDay {
		t.Errorf("precision %s", p)
	}
	as, err := s.ArticlesByID(ctx, []string{"pd-a1", "pd-a2"})
	if err != nil {
		t.Fatal(err)
	}
	if a := as[0]; a == nil || a.URL != "http://www.news.cn/2018-09/06/c_1.htm" || a.Published != "2018-09-06" || a.Site != "新华网" || a.YearSource != "METADATA" {
		t.Errorf("article provenance %+v", a)
	}
	if a := as[1]; a == nil || a.File != "reports/cabo_verde.txt" || a.PartialDate != "--09-06" {
		t.Errorf("article provenance %+v", a)
	}
	for _, c := range []struct {
		f    graph.MeetingFilter
		want []string
	}{
		{graph.MeetingFilter{DatePrecision: graph.PrecisionDay}, []string{"pd-m1"}},
		{graph.MeetingFilter{DatePrecision: graph.PrecisionMonthDay}, []string{"pd-m2"}},
		{graph.MeetingFilter{DatePrecision: graph.PrecisionNone, Leader: "习近平"}, []string{"pd-m3"}},
		{graph.MeetingFilter{Country: "CV", DatePrecision: graph.PrecisionMonthDay}, []string{"pd-m2"}},
		{graph.MeetingFilter{From: "2018-01-01"}, []string{"pd-m1"}},
		{graph.MeetingFilter{Leader: "席尔瓦"}, []string{"pd-m1", "pd-m2", "pd-m3"}},
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
	for _, c := range []struct {
		q    graph.TimelineQuery
		want []graph.TimelineBucket
	}{
		{graph.TimelineQuery{}, []graph.TimelineBucket{{Month: "", Count: 1}, {Month: "--09", Count: 1}, {Month: "2018-09", Count: 1}}},
		{graph.TimelineQuery{Country: "CV"}, []graph.TimelineBucket{{Month: "", Count: 1}, {Month: "--09", Count: 1}, {Month: "2018-09", Count: 1}}},
		{graph.TimelineQuery{From: "2018-01-01"}, []graph.TimelineBucket{{Month: "2018-09", Count: 1}}},
	} {
		got, err := s.Timeline(ctx, c.q)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("Timeline(%+v) = %v, want %v", c.q, got, c.want)
		}
	}
}
