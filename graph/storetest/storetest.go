// Package storetest is the conformance suite of graph.Store: one set of
// cases, run against the embedded store (graph/mem) and the Neo4j store
// (graph/neo4j), so that both answer every query alike. It also holds the
// hand-built fixture, a canonical dump of a store for comparisons, and a
// deterministic document generator for benchmarks.
package storetest

import (
	"context"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph/graph"
)

// Opener returns a new, empty store for one test; it registers its own
// cleanup (closing the store) with t.
type Opener func(t *testing.T) graph.Store

// Run runs the conformance suite against the stores open returns.
func Run(t *testing.T, open Opener) {
	t.Run("Ingest", func(t *testing.T) { testIngest(t, open) })
	t.Run("IngestOrder", func(t *testing.T) { testIngestOrder(t, open) })
	t.Run("IngestInvalid", func(t *testing.T) { testIngestInvalid(t, open) })
	t.Run("Empty", func(t *testing.T) { testEmpty(t, open) })
	t.Run("MergeChangesLeader", func(t *testing.T) { testMergeChangesLeader(t, open) })
	t.Run("Review", func(t *testing.T) { testReview(t, open) })
	t.Run("Version", func(t *testing.T) { testVersion(t, open) })
	t.Run("PartialDates", func(t *testing.T) { testPartialDates(t, open) })
	t.Run("CounterpartSides", func(t *testing.T) { testCounterpartSides(t, open) })
	t.Run("LeaderNames", func(t *testing.T) { testLeaderNames(t, open) })
	t.Run("Search", func(t *testing.T) { testSearch(t, open) })
	t.Run("LeadersByID", func(t *testing.T) { testLeadersByID(t, open) })
	t.Run("Glosses", func(t *testing.T) { testGlosses(t, open) })
	t.Run("ReingestBetterMetadata", func(t *testing.T) { testReingestBetterMetadata(t, open) })

	s := open(t)
	mustIngest(t, s, Fixture())
	t.Run("MeetingsByID", func(t *testing.T) { testMeetingsByID(t, s) })
	t.Run("SearchMeetings", func(t *testing.T) { testSearchMeetings(t, s) })
	t.Run("Paging", func(t *testing.T) { testPaging(t, s) })
	t.Run("Leaders", func(t *testing.T) { testLeaders(t, s) })
	t.Run("Countries", func(t *testing.T) { testCountries(t, s) })
	t.Run("Initiatives", func(t *testing.T) { testInitiatives(t, s) })
	t.Run("AgreementDomains", func(t *testing.T) { testAgreementDomains(t, s) })
	t.Run("Articles", func(t *testing.T) { testArticles(t, s) })
	t.Run("Counterparts", func(t *testing.T) { testCounterparts(t, s) })
	t.Run("Timeline", func(t *testing.T) { testTimeline(t, s) })
	t.Run("TitleFilter", func(t *testing.T) { testTitleFilter(t, s) })
	t.Run("MeetingOrder", func(t *testing.T) { testMeetingOrder(t, s) })
	t.Run("ListFilters", func(t *testing.T) { testListFilters(t, s) })
	t.Run("LeaderOrder", func(t *testing.T) { testLeaderOrder(t, s) })
	t.Run("ShortestPath", func(t *testing.T) { testShortestPath(t, s) })
	t.Run("Hostile", func(t *testing.T) { testHostile(t, s) })
	t.Run("Ping", func(t *testing.T) {
		if err := s.Ping(context.Background()); err != nil {
			t.Fatalf("Ping: %v", err)
		}
	})
}

func mustIngest(t *testing.T, s graph.Store, docs []graph.Document) graph.IngestResult {
	t.Helper()
	res, err := s.Ingest(context.Background(), docs)
	if err != nil {
		t.Fatalf("Ingest: %v", err)
	}
	return res
}

func mustDump(t *testing.T, s graph.Store) string {
	t.Helper()
	d, err := Dump(context.Background(), s)
	if err != nil {
		t.Fatalf("Dump: %v", err)
	}
	return d
}

func testIngest(t *testing.T, open Opener) {
	s := open(t)
	docs := Fixture()
	res := mustIngest(t, s, docs)
	want := graph.IngestResult{
		ArticleIDs: []string{ArticleA1, ArticleA2, ArticleA3, ArticleA4},
		Created:    4, MeetingsCreated: 5, MeetingsMerged: 1,
	}
	if !reflect.DeepEqual(res, want) {
		t.Errorf("first ingest = %+v, want %+v", res, want)
	}
	before := mustDump(t, s)

	// The same documents again change nothing.
	res = mustIngest(t, s, docs)
	want = graph.IngestResult{ArticleIDs: want.ArticleIDs, Unchanged: 4}
	if !reflect.DeepEqual(res, want) {
		t.Errorf("re-ingest = %+v, want %+v", res, want)
	}
	if after := mustDump(t, s); after != before {
		t.Errorf("re-ingest changed the graph:\n%s", diff(before, after))
	}

	// One at a time, and a document twice in one call, change nothing.
	for _, d := range docs {
		if r := mustIngest(t, s, []graph.Document{d, d}); r.Unchanged != 2 || r.Created != 0 {
			t.Errorf("re-ingest of %q = %+v, want 2 unchanged", d.Article.ID, r)
		}
	}
	if after := mustDump(t, s); after != before {
		t.Errorf("re-ingest one by one changed the graph:\n%s", diff(before, after))
	}

	// A document twice in the first call counts once.
	s2 := open(t)
	res = mustIngest(t, s2, []graph.Document{docs[2], docs[2]})
	if res.Created != 1 || res.Unchanged != 1 || res.MeetingsCreated != 1 {
		t.Errorf("same document twice in one call = %+v, want 1 created, 1 unchanged", res)
	}
}

// testIngestOrder checks that the graph does not depend on the order of
// ingest, nor on how documents are split into calls.
func testIngestOrder(t *testing.T, open Opener) {
	docs := Fixture()
	s := open(t)
	mustIngest(t, s, docs)
	want := mustDump(t, s)

	s2 := open(t)
	r1 := mustIngest(t, s2, []graph.Document{docs[3], docs[1]})
	r2 := mustIngest(t, s2, []graph.Document{docs[2]})
	r3 := mustIngest(t, s2, []graph.Document{docs[0]})
	if got := mustDump(t, s2); got != want {
		t.Errorf("graph depends on ingest order:\n%s", diff(want, got))
	}
	if r1.MeetingsCreated != 3 || r3.MeetingsCreated != 1 || r3.MeetingsMerged != 1 || r2.MeetingsCreated != 1 {
		t.Errorf("meeting counts by call = %+v %+v %+v", r1, r2, r3)
	}
}

func testIngestInvalid(t *testing.T, open Opener) {
	s := open(t)
	ctx := context.Background()
	bad := []graph.Document{Fixture()[0], {Article: graph.Article{Source: "x"}}}
	if _, err := s.Ingest(ctx, bad); graph.KindOf(err) != graph.Invalid {
		t.Errorf("document without id: error %v (kind %v), want invalid", err, graph.KindOf(err))
	}
	noMeetingID := Fixture()[2]
	noMeetingID.Meetings[0].ID = ""
	if _, err := s.Ingest(ctx, []graph.Document{noMeetingID}); graph.KindOf(err) != graph.Invalid {
		t.Errorf("meeting without id: error %v, want invalid", err)
	}
	// Nothing of a refused call is stored.
	ps, err := s.SearchMeetings(ctx, []graph.MeetingQuery{{}})
	if err != nil {
		t.Fatal(err)
	}
	if ps[0].TotalCount != 0 {
		t.Errorf("refused ingest stored %d meetings", ps[0].TotalCount)
	}
}

func testEmpty(t *testing.T, open Opener) {
	s := open(t)
	ctx := context.Background()
	ps, err := s.SearchMeetings(ctx, []graph.MeetingQuery{{}, {Filter: graph.MeetingFilter{Country: "CN"}}})
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range ps {
		if p.TotalCount != 0 || len(p.Meetings) != 0 || p.HasNextPage {
			t.Errorf("empty store, query %d: %+v", i, p)
		}
	}
	cs, err := s.Countries(ctx)
	if err != nil || len(cs) != 0 {
		t.Errorf("Countries on empty store = %v, %v", cs, err)
	}
	ap, err := s.Articles(ctx, graph.Page{})
	if err != nil || ap.TotalCount != 0 || len(ap.Articles) != 0 {
		t.Errorf("Articles on empty store = %+v, %v", ap, err)
	}
	p, err := s.ShortestPath(ctx, graph.NodeRef{Kind: graph.NodeLeader, Key: "习近平"}, graph.NodeRef{Kind: graph.NodeLeader, Key: "李强"})
	if err != nil || p != nil {
		t.Errorf("ShortestPath on empty store = %v, %v", p, err)
	}
}

// testMergeChangesLeader: a later report with a smaller article id
// changes what a merged meeting says (the title, the date), and with it
// the leader's current title.
func testMergeChangesLeader(t *testing.T, open Opener) {
	ctx := context.Background()
	report := func(aid, date, title string) graph.Document {
		return graph.Document{
			Article: graph.Article{ID: aid, Date: date},
			Meetings: []graph.Meeting{{ID: "mx", Kind: graph.KindTalks, Date: date, Participants: []graph.Participant{
				{Role: graph.RoleHost, Name: "李强", Title: title, Country: "CN"},
				{Role: graph.RoleGuest, Name: "扎帕罗夫", Title: "总统", Country: "KG"}}}},
		}
	}
	s := open(t)
	mustIngest(t, s, Fixture())
	mustIngest(t, s, []graph.Document{report("z9", "2025-10-01", "国务院总理")})
	ls, err := s.LeadersByName(ctx, []string{"李强"})
	if err != nil || ls[0] == nil || ls[0].Title != "国务院总理" || ls[0].MeetingCount != 2 {
		t.Fatalf("李强 after z9 = %+v, %v", ls[0], err)
	}
	// "a0" sorts before "z9": its title and date win in the merged meeting.
	mustIngest(t, s, []graph.Document{report("a0", "2025-10-02", "总理")})
	ls, err = s.LeadersByName(ctx, []string{"李强", "扎帕罗夫"})
	if err != nil {
		t.Fatal(err)
	}
	if ls[0] == nil || ls[0].Title != "总理" || ls[0].MeetingCount != 2 {
		t.Errorf("李强 after a0 = %+v, want title 总理 from the merged meeting", ls[0])
	}
	ms, err := s.MeetingsByID(ctx, []string{"mx"})
	if err != nil || ms[0] == nil || ms[0].Date != "2025-10-02" || ms[0].Participants[0].Title != "总理" {
		t.Errorf("merged mx = %+v, %v", ms[0], err)
	}
	got := mustDump(t, s)
	s2 := open(t)
	mustIngest(t, s2, append(Fixture(), report("a0", "2025-10-02", "总理"), report("z9", "2025-10-01", "国务院总理")))
	if want := mustDump(t, s2); got != want {
		t.Errorf("merging in two calls differs from one:\n%s", diff(want, got))
	}
}

// WantM1 is meeting m1 of the fixture as merged from a1 and a2.
func WantM1() *graph.Meeting {
	return &graph.Meeting{
		ID: MeetingM1, Kind: graph.KindMeeting, Date: "2025-09-02", TimeOfDay: graph.Afternoon,
		Place: "北京人民大会堂", City: "北京",
		Occasions: []string{"2025年上海合作组织峰会"},
		Participants: []graph.Participant{
			{Role: graph.RoleHost, Name: "习近平", Title: "国家主席", Country: "CN"},
			{Role: graph.RoleGuest, Name: "米尔济约耶夫", Title: "总统", Country: "UZ"},
			{Role: graph.RoleAttendee, Name: "王毅", Country: "CN"},
			{Role: graph.RoleAttendee, Name: "蔡奇", Title: "中共中央政治局常委", Country: "CN"},
		},
		AgreementDomains: []string{"农业", "数字经济", "海关"},
		CooperationAreas: []string{"人工智能"},
		Initiatives:      []string{"全球治理倡议"},
		Supports: []graph.Support{{Country: "UZ", Initiative: "全球治理倡议", MeetingID: MeetingM1,
			Evidence: &graph.Evidence{Field: "supports", Text: "乌方支持全球治理倡议。", Start: 0, End: 11, ArticleID: ArticleA1}}},
		Proposals:    []graph.Proposal{{Leader: "习近平", Initiative: "全球治理倡议", MeetingID: MeetingM1}},
		Relationship: "新时代全天候全面战略伙伴",
		ArticleIDs:   []string{ArticleA1, ArticleA2},
		Evidence: []graph.Evidence{
			{Field: "participants", Text: "国家主席习近平2日下午在人民大会堂会见乌兹别克斯坦总统米尔济约耶夫。", Start: 13, End: 47, ArticleID: ArticleA1},
			{Field: "agreementDomains", Value: "海关", Text: "双方签署海关等领域合作文件。", Start: 50, End: 64, ArticleID: ArticleA1},
			{Field: "participants", Text: "习近平会见米尔济约耶夫。", Start: 10, End: 22, ArticleID: ArticleA2},
		},
	}
}

func testMeetingsByID(t *testing.T, s graph.Store) {
	ms, err := s.MeetingsByID(context.Background(), []string{MeetingM3, "nope", MeetingM1, MeetingM1})
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) != 4 || ms[1] != nil || ms[0] == nil || ms[2] == nil || ms[3] == nil {
		t.Fatalf("MeetingsByID answered %d entries: %v", len(ms), ms)
	}
	if !reflect.DeepEqual(ms[2], WantM1()) {
		t.Errorf("merged m1 =\n%#v\nwant\n%#v", ms[2], WantM1())
	}
	m3 := ms[0]
	if m3.ID != MeetingM3 || m3.Kind != graph.KindPhoneCall || m3.Date != "2025-08-15" ||
		!reflect.DeepEqual(m3.ArticleIDs, []string{ArticleA2}) || len(m3.Participants) != 3 ||
		m3.Participants[2] != (graph.Participant{Role: graph.RoleAttendee, Name: "王毅", Title: "外交部长", Country: "CN"}) {
		t.Errorf("m3 = %+v", m3)
	}
	// Answers are copies: changing one does not change the store.
	ms[2].Participants[0].Name = "changed"
	again, err := s.MeetingsByID(context.Background(), []string{MeetingM1})
	if err != nil {
		t.Fatal(err)
	}
	if again[0].Participants[0].Name != "习近平" {
		t.Error("a caller's change to an answer reached the store")
	}
	if empty, err := s.MeetingsByID(context.Background(), nil); err != nil || len(empty) != 0 {
		t.Errorf("MeetingsByID(nil) = %v, %v", empty, err)
	}
}

func meetingIDs(ms []*graph.Meeting) []string {
	out := []string{}
	for _, m := range ms {
		out = append(out, m.ID)
	}
	return out
}

func testSearchMeetings(t *testing.T, s graph.Store) {
	all := []string{MeetingM1, MeetingM2, MeetingM3, MeetingM5, MeetingM4}
	tests := []struct {
		name string
		f    graph.MeetingFilter
		want []string
	}{
		{"all", graph.MeetingFilter{}, all},
		{"country UZ", graph.MeetingFilter{Country: "UZ"}, []string{MeetingM1}},
		{"country CN", graph.MeetingFilter{Country: "CN"}, []string{MeetingM1, MeetingM2, MeetingM3, MeetingM4}},
		{"country FR", graph.MeetingFilter{Country: "FR"}, []string{MeetingM3}},
		{"country unknown", graph.MeetingFilter{Country: "ZZ"}, []string{}},
		{"leader 习近平", graph.MeetingFilter{Leader: "习近平"}, []string{MeetingM1, MeetingM3, MeetingM4}},
		{"leader 王毅", graph.MeetingFilter{Leader: "王毅"}, []string{MeetingM1, MeetingM3}},
		{"leader unknown", graph.MeetingFilter{Leader: "无名"}, []string{}},
		{"kind talks", graph.MeetingFilter{Kind: graph.KindTalks}, []string{MeetingM2}},
		{"kind message", graph.MeetingFilter{Kind: graph.KindMessage}, []string{MeetingM4}},
		{"from", graph.MeetingFilter{From: "2025-09-01"}, []string{MeetingM1, MeetingM2}},
		{"to", graph.MeetingFilter{To: "2025-08-31"}, []string{MeetingM3, MeetingM5}},
		{"from to", graph.MeetingFilter{From: "2025-01-01", To: "2025-09-01"}, []string{MeetingM2, MeetingM3}},
		{"from to one day", graph.MeetingFilter{From: "2025-09-02", To: "2025-09-02"}, []string{MeetingM1}},
		{"empty range", graph.MeetingFilter{From: "2025-09-03", To: "2025-09-01"}, []string{}},
		{"initiative 一带一路", graph.MeetingFilter{Initiative: "一带一路"}, []string{MeetingM2}},
		{"initiative 全球治理倡议", graph.MeetingFilter{Initiative: "全球治理倡议"}, []string{MeetingM1}},
		{"domain 海关", graph.MeetingFilter{AgreementDomain: "海关"}, []string{MeetingM1, MeetingM2}},
		{"domain 农业 (from the second report)", graph.MeetingFilter{AgreementDomain: "农业"}, []string{MeetingM1}},
		{"country and kind", graph.MeetingFilter{Country: "CN", Kind: graph.KindPhoneCall}, []string{MeetingM3}},
		{"leader and from", graph.MeetingFilter{Leader: "习近平", From: "2025-09-01"}, []string{MeetingM1}},
		{"leader and country", graph.MeetingFilter{Leader: "王毅", Country: "FR"}, []string{MeetingM3}},
		{"domain and country", graph.MeetingFilter{AgreementDomain: "海关", Country: "KG"}, []string{MeetingM2}},
		{"everything", graph.MeetingFilter{Country: "UZ", Leader: "蔡奇", Kind: graph.KindMeeting, From: "2025-09-02", To: "2025-09-02", Initiative: "全球治理倡议", AgreementDomain: "农业"}, []string{MeetingM1}},
		{"everything but one", graph.MeetingFilter{Country: "UZ", Leader: "蔡奇", Kind: graph.KindTalks, From: "2025-09-02", To: "2025-09-02", Initiative: "全球治理倡议", AgreementDomain: "农业"}, []string{}},
	}
	// All at once: one batch, one answer per query, in order.
	qs := make([]graph.MeetingQuery, len(tests))
	for i, tt := range tests {
		qs[i] = graph.MeetingQuery{Filter: tt.f}
	}
	pages, err := s.SearchMeetings(context.Background(), qs)
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != len(tests) {
		t.Fatalf("%d queries, %d answers", len(tests), len(pages))
	}
	for i, tt := range tests {
		p := pages[i]
		if got := meetingIDs(p.Meetings); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: meetings %q, want %q", tt.name, got, tt.want)
		}
		if p.TotalCount != len(tt.want) || p.HasNextPage || len(p.Cursors) != len(p.Meetings) {
			t.Errorf("%s: totalCount %d hasNext %v cursors %d", tt.name, p.TotalCount, p.HasNextPage, len(p.Cursors))
		}
	}
}

func testPaging(t *testing.T, s graph.Store) {
	ctx := context.Background()
	page := func(f graph.MeetingFilter, first int, after string) graph.MeetingPage {
		t.Helper()
		ps, err := s.SearchMeetings(ctx, []graph.MeetingQuery{{Filter: f, Page: graph.Page{First: first, After: after}}})
		if err != nil {
			t.Fatalf("SearchMeetings(first %d after %q): %v", first, after, err)
		}
		return ps[0]
	}
	p1 := page(graph.MeetingFilter{}, 2, "")
	if got := meetingIDs(p1.Meetings); !reflect.DeepEqual(got, []string{MeetingM1, MeetingM2}) || !p1.HasNextPage || p1.TotalCount != 5 {
		t.Fatalf("page 1 = %q hasNext %v total %d", got, p1.HasNextPage, p1.TotalCount)
	}
	p2 := page(graph.MeetingFilter{}, 2, p1.Cursors[1])
	if got := meetingIDs(p2.Meetings); !reflect.DeepEqual(got, []string{MeetingM3, MeetingM5}) || !p2.HasNextPage || p2.TotalCount != 5 {
		t.Fatalf("page 2 = %q hasNext %v total %d", got, p2.HasNextPage, p2.TotalCount)
	}
	p3 := page(graph.MeetingFilter{}, 2, p2.Cursors[1])
	if got := meetingIDs(p3.Meetings); !reflect.DeepEqual(got, []string{MeetingM4}) || p3.HasNextPage {
		t.Fatalf("last page = %q hasNext %v", got, p3.HasNextPage)
	}
	// After the last item: an empty page.
	p4 := page(graph.MeetingFilter{}, 2, p3.Cursors[0])
	if len(p4.Meetings) != 0 || p4.HasNextPage || p4.TotalCount != 5 {
		t.Errorf("page after the end = %+v", p4)
	}
	// Exactly the size of the list: no next page.
	if p := page(graph.MeetingFilter{}, 5, ""); len(p.Meetings) != 5 || p.HasNextPage {
		t.Errorf("first 5 of 5: %d meetings, hasNext %v", len(p.Meetings), p.HasNextPage)
	}
	// Default size.
	if p := page(graph.MeetingFilter{}, 0, ""); len(p.Meetings) != 5 {
		t.Errorf("default page: %d meetings", len(p.Meetings))
	}
	// Paging a filtered list, and a cursor that is the page's own.
	f := graph.MeetingFilter{Leader: "习近平"}
	q1 := page(f, 1, "")
	q2 := page(f, 1, q1.Cursors[0])
	q3 := page(f, 5, q2.Cursors[0])
	if got := append(append(meetingIDs(q1.Meetings), meetingIDs(q2.Meetings)...), meetingIDs(q3.Meetings)...); !reflect.DeepEqual(got, []string{MeetingM1, MeetingM3, MeetingM4}) || q3.HasNextPage || !q1.HasNextPage {
		t.Errorf("filtered paging = %q", got)
	}
	if q1.Cursors[0] != graph.MeetingCursor(q1.Meetings[0]) {
		t.Errorf("cursor %q is not graph.MeetingCursor", q1.Cursors[0])
	}

	// Bad pages and cursors are Invalid errors.
	leaders, err := s.SearchLeaders(ctx, []graph.LeaderQuery{{Page: graph.Page{First: 1}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []graph.Page{{After: "!!!"}, {After: "bm90IGEgY3Vyc29y"}, {After: leaders[0].Cursors[0]}, {First: -1}, {First: graph.MaxPageSize + 1}} {
		_, err := s.SearchMeetings(ctx, []graph.MeetingQuery{{Page: bad}})
		if graph.KindOf(err) != graph.Invalid {
			t.Errorf("SearchMeetings(%+v): error %v, want invalid", bad, err)
		}
		if _, err := s.Articles(ctx, bad); graph.KindOf(err) != graph.Invalid {
			t.Errorf("Articles(%+v): error %v, want invalid", bad, err)
		}
	}
	if _, err := s.SearchLeaders(ctx, []graph.LeaderQuery{{Page: graph.Page{After: p1.Cursors[0]}}}); graph.KindOf(err) != graph.Invalid {
		t.Errorf("SearchLeaders with a meeting cursor: error %v, want invalid", err)
	}
}

func leaderNames(ls []*graph.Leader) []string {
	out := []string{}
	for _, l := range ls {
		out = append(out, l.Name)
	}
	return out
}

func testLeaders(t *testing.T, s graph.Store) {
	ctx := context.Background()
	all := []string{"习近平", "李强", "王毅", "米尔济约耶夫", "蔡奇", "扎帕罗夫", "马克龙", "古特雷斯", "O'Brien", HostileName}
	slices.Sort(all)
	qs := []graph.LeaderQuery{
		{},
		{Filter: graph.LeaderFilter{Country: "CN"}},
		{Filter: graph.LeaderFilter{Name: "习"}},
		{Filter: graph.LeaderFilter{Name: "夫"}},
		{Filter: graph.LeaderFilter{Country: "CN", Name: "王"}},
		{Filter: graph.LeaderFilter{Country: "ZZ"}},
		{Page: graph.Page{First: 3}},
	}
	ps, err := s.SearchLeaders(ctx, qs)
	if err != nil {
		t.Fatal(err)
	}
	wants := [][]string{all, {"习近平", "李强", "王毅", "蔡奇"}, {"习近平"}, {"扎帕罗夫", "米尔济约耶夫"}, {"王毅"}, {}, all[:3]}
	for i, w := range wants {
		if got := leaderNames(ps[i].Leaders); !reflect.DeepEqual(got, w) {
			t.Errorf("SearchLeaders(%+v) = %q, want %q", qs[i], got, w)
		}
	}
	if ps[0].TotalCount != len(all) || ps[0].HasNextPage {
		t.Errorf("all leaders: total %d hasNext %v", ps[0].TotalCount, ps[0].HasNextPage)
	}
	if ps[6].TotalCount != len(all) || !ps[6].HasNextPage {
		t.Errorf("first 3 leaders: total %d hasNext %v", ps[6].TotalCount, ps[6].HasNextPage)
	}
	rest, err := s.SearchLeaders(ctx, []graph.LeaderQuery{{Page: graph.Page{First: 100, After: ps[6].Cursors[2]}}})
	if err != nil {
		t.Fatal(err)
	}
	if got := leaderNames(rest[0].Leaders); !reflect.DeepEqual(got, all[3:]) || rest[0].HasNextPage {
		t.Errorf("leaders after the first 3 = %q", got)
	}

	ls, err := s.LeadersByName(ctx, []string{"王毅", "无名", "习近平", "古特雷斯"})
	if err != nil {
		t.Fatal(err)
	}
	want := []*graph.Leader{
		// The title of his newest meeting that names one (m1 names none).
		{ID: graph.LeaderID("王毅"), Name: "王毅", Title: "外交部长", Country: "CN", MeetingCount: 2},
		nil,
		// The newest meeting wins: m1 (2025-09-02) over m3 and the undated m4.
		{ID: graph.LeaderID("习近平"), Name: "习近平", Title: "国家主席", Country: "CN", MeetingCount: 3},
		{ID: graph.LeaderID("古特雷斯"), Name: "古特雷斯", Title: "秘书长", Organisation: "联合国", MeetingCount: 1},
	}
	if !reflect.DeepEqual(ls, want) {
		t.Errorf("LeadersByName =")
		for i := range ls {
			t.Errorf("  %+v, want %+v", ls[i], want[i])
		}
	}
}

func testCountries(t *testing.T, s graph.Store) {
	ctx := context.Background()
	cs, err := s.Countries(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := []graph.Country{
		{Code: "CN", Name: "中国", NameEn: "China", AgreementDomains: []string{"农业", "数字经济", "海关"}},
		{Code: "FR", Name: "法国", NameEn: "France", Supports: []string{"全球发展倡议"}},
		{Code: "KG", Name: "吉尔吉斯斯坦", NameEn: "Kyrgyzstan", Supports: []string{"一带一路"}, AgreementDomains: []string{"海关"}},
		{Code: "UZ", Name: "乌兹别克斯坦", NameEn: "Uzbekistan", Supports: []string{"全球治理倡议"}, AgreementDomains: []string{"农业", "数字经济", "海关"}},
	}
	if !reflect.DeepEqual(cs, want) {
		t.Errorf("Countries =\n%+v\nwant\n%+v", cs, want)
	}
	by, err := s.CountriesByCode(ctx, []string{"UZ", "ZZ", "CN"})
	if err != nil {
		t.Fatal(err)
	}
	if len(by) != 3 || by[1] != nil || by[0] == nil || by[2] == nil || !reflect.DeepEqual(*by[0], want[3]) || !reflect.DeepEqual(*by[2], want[0]) {
		t.Errorf("CountriesByCode = %v", by)
	}
	codes := []string{"FR", "ZZ", "CN", "KG", "", "UZ", "FR"}
	names, err := s.CountryNames(ctx, codes)
	if err != nil {
		t.Fatal(err)
	}
	byCode := map[string]graph.Country{}
	for _, c := range want {
		byCode[c.Code] = graph.Country{Code: c.Code, Name: c.Name, NameEn: c.NameEn}
	}
	if len(names) != len(codes) {
		t.Fatalf("CountryNames(%q) answered %d entries", codes, len(names))
	}
	for i, code := range codes {
		w, ok := byCode[code]
		switch {
		case !ok && names[i] != nil:
			t.Errorf("CountryNames(%q) = %+v, want nil", code, *names[i])
		case ok && (names[i] == nil || !reflect.DeepEqual(*names[i], w)):
			t.Errorf("CountryNames(%q) = %+v, want %+v", code, names[i], w)
		}
	}
}

func testInitiatives(t *testing.T, s graph.Store) {
	ins, err := s.Initiatives(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := []graph.Initiative{
		{Name: "一带一路", Supports: []graph.Support{{Country: "KG", Initiative: "一带一路", MeetingID: MeetingM2}}, MeetingCount: 1},
		{Name: "全球发展倡议", Supports: []graph.Support{{Country: "FR", Initiative: "全球发展倡议", MeetingID: MeetingM3}}, MeetingCount: 1},
		{Name: "全球治理倡议", Proposers: []string{"习近平"}, MeetingCount: 1,
			Supports: []graph.Support{{Country: "UZ", Initiative: "全球治理倡议", MeetingID: MeetingM1,
				Evidence: &graph.Evidence{Field: "supports", Text: "乌方支持全球治理倡议。", Start: 0, End: 11, ArticleID: ArticleA1}}}},
	}
	if !reflect.DeepEqual(ins, want) {
		t.Errorf("Initiatives =\n%+v\nwant\n%+v", ins, want)
	}
	if len(ins) == 3 && !reflect.DeepEqual(ins[2].Supporters(), []string{"UZ"}) {
		t.Errorf("supporters = %v", ins[2].Supporters())
	}
}

func testAgreementDomains(t *testing.T, s graph.Store) {
	ds, err := s.AgreementDomains(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := []graph.AgreementDomain{
		{Name: "海关", MeetingCount: 2, Countries: []graph.DomainCountry{{Country: "CN", Count: 2}, {Country: "KG", Count: 1}, {Country: "UZ", Count: 1}}},
		{Name: "农业", MeetingCount: 1, Countries: []graph.DomainCountry{{Country: "CN", Count: 1}, {Country: "UZ", Count: 1}}},
		{Name: "域\"'`", MeetingCount: 1},
		{Name: "数字经济", MeetingCount: 1, Countries: []graph.DomainCountry{{Country: "CN", Count: 1}, {Country: "UZ", Count: 1}}},
	}
	if !reflect.DeepEqual(ds, want) {
		t.Errorf("AgreementDomains =\n%+v\nwant\n%+v", ds, want)
	}
}

func testArticles(t *testing.T, s graph.Store) {
	ctx := context.Background()
	p1, err := s.Articles(ctx, graph.Page{First: 3})
	if err != nil {
		t.Fatal(err)
	}
	ids := func(as []*graph.Article) []string {
		out := []string{}
		for _, a := range as {
			out = append(out, a.ID)
		}
		return out
	}
	if got := ids(p1.Articles); !reflect.DeepEqual(got, []string{ArticleA2, ArticleA1, ArticleA4}) || !p1.HasNextPage || p1.TotalCount != 4 {
		t.Errorf("articles page 1 = %q hasNext %v total %d", got, p1.HasNextPage, p1.TotalCount)
	}
	p2, err := s.Articles(ctx, graph.Page{First: 3, After: p1.Cursors[2]})
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(p2.Articles); !reflect.DeepEqual(got, []string{ArticleA3}) || p2.HasNextPage {
		t.Errorf("articles page 2 = %q hasNext %v", got, p2.HasNextPage)
	}
	as, err := s.ArticlesByID(ctx, []string{ArticleA1, "nope", ArticleA2})
	if err != nil {
		t.Fatal(err)
	}
	fx := Fixture()
	want1 := fx[0].Article
	want1.MeetingIDs = []string{MeetingM1, MeetingM2}
	want2 := fx[1].Article
	want2.MeetingIDs = []string{MeetingM1, MeetingM3}
	if len(as) != 3 || as[1] != nil || !reflect.DeepEqual(as[0], &want1) || !reflect.DeepEqual(as[2], &want2) {
		t.Errorf("ArticlesByID =\n%+v\nwant\n%+v", as, []*graph.Article{&want1, nil, &want2})
	}
}

func testCounterparts(t *testing.T, s graph.Store) {
	cps, err := s.Counterparts(context.Background(), []string{"习近平", "无名", "扎帕罗夫"})
	if err != nil {
		t.Fatal(err)
	}
	if len(cps) != 3 {
		t.Fatalf("%d answers for 3 leaders", len(cps))
	}
	// Across sides only: 王毅 and 蔡奇, attendees on 习近平's side, are his
	// colleagues, not counterparts.
	want := []graph.Counterpart{
		{Leader: "米尔济约耶夫", Count: 1, LastDate: "2025-09-02"},
		{Leader: "马克龙", Count: 1, LastDate: "2025-08-15"},
		{Leader: "古特雷斯", Count: 1, LastDate: ""},
	}
	if !reflect.DeepEqual(cps[0], want) {
		t.Errorf("Counterparts(习近平) = %+v\nwant %+v", cps[0], want)
	}
	if len(cps[1]) != 0 {
		t.Errorf("Counterparts(unknown) = %+v", cps[1])
	}
	if w := []graph.Counterpart{{Leader: "李强", Count: 1, LastDate: "2025-09-01"}}; !reflect.DeepEqual(cps[2], w) {
		t.Errorf("Counterparts(扎帕罗夫) = %+v, want %+v", cps[2], w)
	}
	cols, err := s.Colleagues(context.Background(), []string{"习近平", "王毅", "米尔济约耶夫"})
	if err != nil {
		t.Fatal(err)
	}
	wantCols := [][]graph.Counterpart{
		{{Leader: "王毅", Count: 2, LastDate: "2025-09-02"}, {Leader: "蔡奇", Count: 1, LastDate: "2025-09-02"}},
		{{Leader: "习近平", Count: 2, LastDate: "2025-09-02"}, {Leader: "蔡奇", Count: 1, LastDate: "2025-09-02"}},
		nil,
	}
	for i, w := range wantCols {
		if !equalPeers(cols[i], w) {
			t.Errorf("Colleagues #%d = %+v, want %+v", i, cols[i], w)
		}
	}
}

func testTimeline(t *testing.T, s graph.Store) {
	tests := []struct {
		q    graph.TimelineQuery
		want []graph.TimelineBucket
	}{
		// The undated m4 is counted, in the bucket "".
		{graph.TimelineQuery{}, []graph.TimelineBucket{{Month: "", Count: 1}, {Month: "2024-12", Count: 1}, {Month: "2025-08", Count: 1}, {Month: "2025-09", Count: 2}}},
		{graph.TimelineQuery{Country: "CN"}, []graph.TimelineBucket{{Month: "", Count: 1}, {Month: "2025-08", Count: 1}, {Month: "2025-09", Count: 2}}},
		{graph.TimelineQuery{Leader: "习近平", From: "2025-09-01"}, []graph.TimelineBucket{{Month: "2025-09", Count: 1}}},
		{graph.TimelineQuery{To: "2025-08-31"}, []graph.TimelineBucket{{Month: "2024-12", Count: 1}, {Month: "2025-08", Count: 1}}},
		{graph.TimelineQuery{Country: "ZZ"}, nil},
	}
	for _, tt := range tests {
		got, err := s.Timeline(context.Background(), tt.q)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) == 0 && len(tt.want) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Timeline(%+v) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

func L(name string) graph.NodeRef { return graph.NodeRef{Kind: graph.NodeLeader, Key: name} }
func C(code string) graph.NodeRef { return graph.NodeRef{Kind: graph.NodeCountry, Key: code} }
func M(id string) graph.NodeRef   { return graph.NodeRef{Kind: graph.NodeMeeting, Key: id} }
func I(name string) graph.NodeRef { return graph.NodeRef{Kind: graph.NodeInitiative, Key: name} }

func testShortestPath(t *testing.T, s graph.Store) {
	tests := []struct {
		from, to graph.NodeRef
		want     []graph.NodeRef // nil: no path
	}{
		// Through a meeting.
		{L("习近平"), L("米尔济约耶夫"), []graph.NodeRef{L("习近平"), M(MeetingM1), L("米尔济约耶夫")}},
		// 习近平, 王毅 and 蔡奇 all lead from m1 to CN; the least name is taken.
		{L("米尔济约耶夫"), L("扎帕罗夫"), []graph.NodeRef{L("米尔济约耶夫"), M(MeetingM1), L("习近平"), C("CN"), L("李强"), M(MeetingM2), L("扎帕罗夫")}},
		{C("UZ"), C("FR"), []graph.NodeRef{C("UZ"), L("米尔济约耶夫"), M(MeetingM1), L("习近平"), M(MeetingM3), L("马克龙"), C("FR")}},
		{L("扎帕罗夫"), I("一带一路"), []graph.NodeRef{L("扎帕罗夫"), M(MeetingM2), I("一带一路")}},
		{M(MeetingM4), C("CN"), []graph.NodeRef{M(MeetingM4), L("习近平"), C("CN")}},
		{L("习近平"), L("习近平"), []graph.NodeRef{L("习近平")}},
		// No path, unknown nodes.
		{L("习近平"), L(HostileName), nil},
		{L("习近平"), L("无名"), nil},
		{C("ZZ"), C("CN"), nil},
		{graph.NodeRef{Kind: "Planet", Key: "Mars"}, C("CN"), nil},
	}
	for _, tt := range tests {
		p, err := s.ShortestPath(context.Background(), tt.from, tt.to)
		if err != nil {
			t.Errorf("ShortestPath(%v, %v): %v", tt.from, tt.to, err)
			continue
		}
		switch {
		case tt.want == nil && p != nil:
			t.Errorf("ShortestPath(%v, %v) = %v, want none", tt.from, tt.to, p.Nodes)
		case tt.want != nil && p == nil:
			t.Errorf("ShortestPath(%v, %v) = none, want %v", tt.from, tt.to, tt.want)
		case tt.want != nil && !reflect.DeepEqual(p.Nodes, tt.want):
			t.Errorf("ShortestPath(%v, %v) = %v, want %v", tt.from, tt.to, p.Nodes, tt.want)
		}
	}
}

func testHostile(t *testing.T, s graph.Store) {
	ctx := context.Background()
	fx := Fixture()[3]
	ms, err := s.MeetingsByID(ctx, []string{MeetingM5})
	if err != nil {
		t.Fatal(err)
	}
	want := graph.MergeMeetings([]graph.Meeting{func() graph.Meeting { m := fx.Meetings[0]; m.ArticleIDs = []string{ArticleA4}; return m }()})
	if ms[0] == nil || !reflect.DeepEqual(*ms[0], want) {
		t.Fatalf("hostile meeting =\n%#v\nwant\n%#v", ms[0], want)
	}
	if ms[0].Place != HostilePlace || ms[0].Participants[1].Name != HostileName || ms[0].Evidence[0].Value != Hostile {
		t.Errorf("hostile strings changed: %q %q", ms[0].Place, ms[0].Participants[1].Name)
	}
	as, err := s.ArticlesByID(ctx, []string{ArticleA4})
	if err != nil {
		t.Fatal(err)
	}
	wa := fx.Article
	wa.MeetingIDs = []string{MeetingM5}
	if as[0] == nil || !reflect.DeepEqual(*as[0], wa) {
		t.Errorf("hostile article = %+v, want %+v", as[0], wa)
	}
	ps, err := s.SearchMeetings(ctx, []graph.MeetingQuery{
		{Filter: graph.MeetingFilter{Leader: HostileName}},
		{Filter: graph.MeetingFilter{AgreementDomain: "域\"'`"}},
		{Filter: graph.MeetingFilter{Leader: "' OR 1=1 //"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := meetingIDs(ps[0].Meetings); !reflect.DeepEqual(got, []string{MeetingM5}) {
		t.Errorf("meetings of the hostile leader = %q", got)
	}
	if got := meetingIDs(ps[1].Meetings); !reflect.DeepEqual(got, []string{MeetingM5}) {
		t.Errorf("meetings of the hostile domain = %q", got)
	}
	if ps[2].TotalCount != 0 {
		t.Errorf("injection in a filter matched %d meetings", ps[2].TotalCount)
	}
	ls, err := s.LeadersByName(ctx, []string{HostileName, "O'Brien"})
	if err != nil {
		t.Fatal(err)
	}
	if ls[0] == nil || ls[0].Name != HostileName || ls[0].Title != "'" || ls[1] == nil || ls[1].Title != HostileTitle {
		t.Errorf("hostile leaders = %+v %+v", ls[0], ls[1])
	}
	lp, err := s.SearchLeaders(ctx, []graph.LeaderQuery{{Filter: graph.LeaderFilter{Name: "DETACH"}}, {Filter: graph.LeaderFilter{Name: "'"}}})
	if err != nil {
		t.Fatal(err)
	}
	if got := leaderNames(lp[0].Leaders); !reflect.DeepEqual(got, []string{HostileName}) {
		t.Errorf("leaders named like DETACH = %q", got)
	}
	if got := leaderNames(lp[1].Leaders); !reflect.DeepEqual(got, []string{"O'Brien"}) {
		t.Errorf("leaders named like ' = %q", got)
	}
	// And the rest of the graph is still there.
	all, err := s.SearchMeetings(ctx, []graph.MeetingQuery{{}})
	if err != nil {
		t.Fatal(err)
	}
	if all[0].TotalCount != 5 {
		t.Errorf("%d meetings after hostile strings, want 5", all[0].TotalCount)
	}
}

// diff shows the lines that differ between two dumps.
func diff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	var out strings.Builder
	for i := 0; i < max(len(al), len(bl)); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			out.WriteString("- " + x + "\n+ " + y + "\n")
		}
	}
	return out.String()
}
