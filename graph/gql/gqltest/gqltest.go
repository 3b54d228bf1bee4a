// Package gqltest is the GraphQL API's test suite, run through gqlgen's
// client against any graph.Store: graph/gql runs it on the embedded store
// and on Neo4j, so that both answer every query alike.
package gqltest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/gql"
	"github.com/dipgraph/dipgraph/graph/storetest"
)

// Opener returns an empty store, closed when the test ends.
type Opener func(t *testing.T) graph.Store

// quiet discards the servers' logs.
var quiet = slog.New(slog.DiscardHandler)

// Token is the ingest token of the servers the suite starts.
const Token = "s3cret-ingest-token"

// Error is one GraphQL error of a response.
type Error struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

// Code is the error's extensions.code.
func (e Error) Code() string { s, _ := e.Extensions["code"].(string); return s }

// Response is a decoded GraphQL response.
type Response struct {
	Status int
	Data   json.RawMessage
	Errors []Error
}

// Codes lists the errors' codes.
func (r Response) Codes() []string {
	var cs []string
	for _, e := range r.Errors {
		cs = append(cs, e.Code())
	}
	return cs
}

// Do posts a query through gqlgen's client and decodes the answer,
// including error answers with HTTP status >= 400.
func Do(t testing.TB, h http.Handler, query string, opts ...client.Option) Response {
	t.Helper()
	c := client.New(h, client.Path("/query"))
	raw, err := c.RawPost(query, opts...)
	if err != nil {
		// gqlgen's client reports HTTP errors as "http NNN: body".
		var status int
		var body string
		if _, scanErr := fmt.Sscanf(err.Error(), "http %d:", &status); scanErr != nil {
			t.Fatalf("query failed: %v", err)
		}
		body = strings.TrimPrefix(err.Error(), fmt.Sprintf("http %d: ", status))
		var r Response
		if err := json.Unmarshal([]byte(body), &r); err != nil {
			t.Fatalf("HTTP %d with undecodable body %q", status, body)
		}
		r.Status = status
		return r
	}
	r := Response{Status: http.StatusOK}
	if raw.Data != nil {
		r.Data, _ = json.Marshal(raw.Data)
	}
	if len(raw.Errors) > 0 {
		if err := json.Unmarshal(raw.Errors, &r.Errors); err != nil {
			t.Fatalf("decode errors %s: %v", raw.Errors, err)
		}
	}
	return r
}

// Query posts a query that must succeed and decodes its data into out.
func Query(t testing.TB, h http.Handler, query string, out any, opts ...client.Option) {
	t.Helper()
	r := Do(t, h, query, opts...)
	if len(r.Errors) > 0 {
		t.Fatalf("query %s\nfailed: %+v", query, r.Errors)
	}
	if err := json.Unmarshal(r.Data, out); err != nil {
		t.Fatalf("decode %s: %v", r.Data, err)
	}
}

// WantError posts a query that must fail with the given code and no
// data for the failing field.
func WantError(t testing.TB, h http.Handler, query, code string, opts ...client.Option) Response {
	t.Helper()
	r := Do(t, h, query, opts...)
	if len(r.Errors) == 0 {
		t.Fatalf("query %s\nsucceeded (%s), want error %s", query, r.Data, code)
	}
	if !slices.Contains(r.Codes(), code) {
		t.Fatalf("query %s\nerrors %+v, want code %s", query, r.Errors, code)
	}
	return r
}

// FakeExtract stands for the extractor in ingest tests: one document per
// text, its article id derived from the text, one meeting of 习近平 with
// the leader named after "会见".
func FakeExtract(ctx context.Context, text, date, source, url string) ([]graph.Document, error) {
	_, guest, ok := strings.Cut(text, "会见")
	if !ok || guest == "" {
		return nil, errors.New("no meeting found in the text")
	}
	guest = strings.TrimSuffix(guest, "。")
	id := graph.LeaderID(text)[1:]
	return []graph.Document{{
		Article: graph.Article{ID: "art-" + id, Source: source, Date: date, URL: url, Text: text},
		Meetings: []graph.Meeting{{
			ID: "mtg-" + id, Kind: graph.KindMeeting, Date: date,
			Participants: []graph.Participant{
				{Role: graph.RoleHost, Name: "习近平", Country: "CN"},
				{Role: graph.RoleGuest, Name: guest},
			},
			Evidence: []graph.Evidence{{Field: "participants", Text: text, Start: 0, End: len([]rune(text))}},
		}},
		Countries: []graph.Country{{Code: "CN", Name: "中国", NameEn: "China"}},
	}}, nil
}

// Run runs the suite: each case gets a server over a store from open,
// filled with storetest.Fixture.
func Run(t *testing.T, open Opener) {
	s := open(t)
	if _, err := s.Ingest(context.Background(), storetest.Fixture()); err != nil {
		t.Fatalf("ingest fixture: %v", err)
	}
	h := gql.NewHandler(s, gql.Config{IngestToken: Token, Extract: FakeExtract, Logger: quiet})
	read := []struct {
		name string
		f    func(*testing.T, graph.Store, http.Handler)
	}{
		{"MeetingPages", testMeetingPages},
		{"MeetingFilters", testMeetingFilters},
		{"PageErrors", testPageErrors},
		{"Meeting", testMeeting},
		{"MeetingNulls", testMeetingNulls},
		{"Leaders", testLeaders},
		{"Leader", testLeader},
		{"Countries", testCountries},
		{"Initiatives", testInitiatives},
		{"AgreementDomains", testAgreementDomains},
		{"Articles", testArticles},
		{"Timeline", testTimeline},
		{"LeaderTitles", testLeaderTitles},
		{"OrderAndLists", testOrderAndLists},
		{"Path", testPath},
		{"Relay", testRelay},
		{"ListConnections", testListConnections},
		{"Hostile", testHostile},
		{"StoreDown", testStoreDown},
		{"StoreInternal", testStoreInternal},
	}
	for _, c := range read {
		t.Run(c.name, func(t *testing.T) { c.f(t, s, h) })
	}
	t.Run("Ingest", func(t *testing.T) { testIngest(t, open) })
	t.Run("PartialDates", func(t *testing.T) { testPartialDates(t, open) })
	t.Run("LeaderNames", func(t *testing.T) { testLeaderNames(t, open) })
	t.Run("Search", func(t *testing.T) { testSearch(t, open) })
	t.Run("Glosses", func(t *testing.T) { testGlosses(t, open) })
}

type page struct {
	TotalCount int `json:"totalCount"`
	Edges      []struct {
		Cursor string `json:"cursor"`
		Node   struct {
			ID string `json:"id"`
		} `json:"node"`
	} `json:"edges"`
	PageInfo struct {
		HasNextPage bool    `json:"hasNextPage"`
		EndCursor   *string `json:"endCursor"`
	} `json:"pageInfo"`
}

func (p page) ids() []string {
	out := []string{}
	for _, e := range p.Edges {
		out = append(out, e.Node.ID)
	}
	return out
}

const pageFields = `totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor }`

// All meetings of the fixture in page order: newest first, undated last.
var allMeetings = []string{storetest.MeetingM1, storetest.MeetingM2, storetest.MeetingM3, storetest.MeetingM5, storetest.MeetingM4}

func testMeetingPages(t *testing.T, _ graph.Store, h http.Handler) {
	q := `query($first: Int, $after: String) { meetings(first: $first, after: $after) { ` + pageFields + ` } }`
	var got []string
	var after any
	pages := 0
	for {
		var r struct{ Meetings page }
		Query(t, h, q, &r, client.Var("first", 2), client.Var("after", after))
		pages++
		if r.Meetings.TotalCount != len(allMeetings) {
			t.Errorf("page %d: totalCount %d, want %d", pages, r.Meetings.TotalCount, len(allMeetings))
		}
		got = append(got, r.Meetings.ids()...)
		if n := len(r.Meetings.Edges); n > 0 {
			if r.Meetings.PageInfo.EndCursor == nil || *r.Meetings.PageInfo.EndCursor != r.Meetings.Edges[n-1].Cursor {
				t.Errorf("page %d: endCursor %v is not the last edge's cursor %q", pages, r.Meetings.PageInfo.EndCursor, r.Meetings.Edges[n-1].Cursor)
			}
		}
		wantNext := len(got) < len(allMeetings)
		if r.Meetings.PageInfo.HasNextPage != wantNext {
			t.Errorf("page %d: hasNextPage %v, want %v", pages, r.Meetings.PageInfo.HasNextPage, wantNext)
		}
		if !r.Meetings.PageInfo.HasNextPage || pages > 5 {
			break
		}
		after = *r.Meetings.PageInfo.EndCursor
	}
	if !slices.Equal(got, allMeetings) || pages != 3 {
		t.Errorf("paged meetings %q in %d pages, want %q in 3", got, pages, allMeetings)
	}

	// The default page holds everything here; a page past the end is empty.
	var r struct{ Meetings page }
	Query(t, h, `{ meetings { `+pageFields+` } }`, &r)
	if !slices.Equal(r.Meetings.ids(), allMeetings) || r.Meetings.PageInfo.HasNextPage {
		t.Errorf("default page %q (next %v), want %q", r.Meetings.ids(), r.Meetings.PageInfo.HasNextPage, allMeetings)
	}
	last := r.Meetings.Edges[len(r.Meetings.Edges)-1].Cursor
	Query(t, h, q, &r, client.Var("first", 2), client.Var("after", last))
	if len(r.Meetings.Edges) != 0 || r.Meetings.PageInfo.HasNextPage || r.Meetings.PageInfo.EndCursor != nil {
		t.Errorf("page after the last: %+v, want empty", r.Meetings)
	}
	if r.Meetings.TotalCount != len(allMeetings) {
		t.Errorf("page after the last: totalCount %d, want %d", r.Meetings.TotalCount, len(allMeetings))
	}
}

func testMeetingFilters(t *testing.T, _ graph.Store, h http.Handler) {
	for _, c := range []struct {
		filter string
		want   []string
	}{
		{`{country: "UZ"}`, []string{storetest.MeetingM1}},
		{`{country: "CN"}`, []string{storetest.MeetingM1, storetest.MeetingM2, storetest.MeetingM3, storetest.MeetingM4}},
		{`{country: "FR"}`, []string{storetest.MeetingM3}},
		{`{leader: "马克龙"}`, []string{storetest.MeetingM3}},
		{`{leader: "王毅"}`, []string{storetest.MeetingM1, storetest.MeetingM3}},
		{`{kind: TALKS}`, []string{storetest.MeetingM2}},
		{`{kind: MESSAGE}`, []string{storetest.MeetingM4}},
		{`{kind: VIDEO_CALL}`, []string{}},
		{`{from: "2025-09-01"}`, []string{storetest.MeetingM1, storetest.MeetingM2}},
		{`{to: "2025-08-31"}`, []string{storetest.MeetingM3, storetest.MeetingM5}},
		{`{from: "2025-08-15", to: "2025-09-01"}`, []string{storetest.MeetingM2, storetest.MeetingM3}},
		{`{initiative: "全球治理倡议"}`, []string{storetest.MeetingM1}},
		{`{initiative: "一带一路"}`, []string{storetest.MeetingM2}},
		{`{agreementDomain: "海关"}`, []string{storetest.MeetingM1, storetest.MeetingM2}},
		{`{agreementDomain: "农业"}`, []string{storetest.MeetingM1}},
		{`{country: "CN", kind: PHONE_CALL}`, []string{storetest.MeetingM3}},
		{`{leader: "习近平", from: "2025-09-01"}`, []string{storetest.MeetingM1}},
		{`{country: "ZZ"}`, []string{}},
		{`{}`, allMeetings},
	} {
		var r struct{ Meetings page }
		Query(t, h, `{ meetings(filter: `+c.filter+`) { `+pageFields+` } }`, &r)
		if !slices.Equal(r.Meetings.ids(), c.want) || r.Meetings.TotalCount != len(c.want) {
			t.Errorf("filter %s: %q (total %d), want %q", c.filter, r.Meetings.ids(), r.Meetings.TotalCount, c.want)
		}
	}
	// Filters through variables, paged.
	var r struct{ Meetings page }
	Query(t, h, `query($f: MeetingFilter) { meetings(filter: $f, first: 1) { `+pageFields+` } }`, &r,
		client.Var("f", map[string]any{"country": "CN"}))
	if !slices.Equal(r.Meetings.ids(), []string{storetest.MeetingM1}) || r.Meetings.TotalCount != 4 || !r.Meetings.PageInfo.HasNextPage {
		t.Errorf("country CN, first 1: %+v", r.Meetings)
	}
}

func testPageErrors(t *testing.T, _ graph.Store, h http.Handler) {
	for _, c := range []struct{ name, query, code string }{
		{"bad cursor", `{ meetings(after: "not a cursor!") { totalCount } }`, gql.CodeBadUserInput},
		{"foreign cursor", `{ meetings(after: "` + graph.EncodeCursor("x", "y") + `") { totalCount } }`, gql.CodeBadUserInput},
		{"first 1000", `{ meetings(first: 1000) { totalCount } }`, gql.CodeBadUserInput},
		{"first 101", `{ meetings(first: 101) { totalCount } }`, gql.CodeBadUserInput},
		{"first negative", `{ meetings(first: -1) { totalCount } }`, gql.CodeBadUserInput},
		{"from after to", `{ meetings(filter: {from: "2025-09-02", to: "2025-09-01"}) { totalCount } }`, gql.CodeBadUserInput},
		{"bad date", `{ meetings(filter: {from: "2025-13-01"}) { totalCount } }`, gql.CodeBadUserInput},
		{"nested first 1000", `{ countries { meetings(first: 1000) { totalCount } } }`, gql.CodeBadUserInput},
		{"leaders first 1000", `{ leaders(first: 1000) { totalCount } }`, gql.CodeBadUserInput},
		{"articles bad cursor", `{ articles(after: "%%%") { totalCount } }`, gql.CodeBadUserInput},
		{"leaders bad cursor", `{ leaders(after: "%%%") { totalCount } }`, gql.CodeBadUserInput},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := WantError(t, h, c.query, c.code)
			for _, e := range r.Errors {
				if len(e.Path) == 0 {
					t.Errorf("error %+v has no path", e)
				}
			}
		})
	}
	// first: 0 counts without listing.
	var count struct{ Meetings, Leaders, Articles page }
	Query(t, h, `{ meetings(first: 0, filter: {country: "cn"}) { `+pageFields+` } leaders(first: 0) { `+pageFields+` } articles(first: 0) { `+pageFields+` } }`, &count)
	if count.Meetings.TotalCount != 4 || len(count.Meetings.Edges) != 0 || !count.Meetings.PageInfo.HasNextPage || count.Meetings.PageInfo.EndCursor != nil {
		t.Errorf("meetings(first: 0) = %+v", count.Meetings)
	}
	if count.Leaders.TotalCount == 0 || len(count.Leaders.Edges) != 0 || !count.Leaders.PageInfo.HasNextPage {
		t.Errorf("leaders(first: 0) = %+v", count.Leaders)
	}
	if count.Articles.TotalCount != 4 || len(count.Articles.Edges) != 0 || !count.Articles.PageInfo.HasNextPage {
		t.Errorf("articles(first: 0) = %+v", count.Articles)
	}
	// first: 100 is the largest page.
	var r struct{ Meetings page }
	Query(t, h, `{ meetings(first: 100) { `+pageFields+` } }`, &r)
	if len(r.Meetings.Edges) != len(allMeetings) {
		t.Errorf("first 100: %d meetings", len(r.Meetings.Edges))
	}
}

type evidence struct {
	Field   string  `json:"field"`
	Value   *string `json:"value"`
	Text    string  `json:"text"`
	Start   int     `json:"start"`
	End     int     `json:"end"`
	Article *struct {
		ID string `json:"id"`
	} `json:"article"`
}

type named struct {
	Name string `json:"name"`
}

type coded struct {
	Code string `json:"code"`
}

func names(ns []named) []string {
	out := []string{}
	for _, n := range ns {
		out = append(out, n.Name)
	}
	return out
}

func codes(cs []coded) []string {
	out := []string{}
	for _, c := range cs {
		out = append(out, c.Code)
	}
	return out
}

const evidenceFields = `field value text start end article { id }`

func testMeeting(t *testing.T, s graph.Store, h http.Handler) {
	var r struct {
		Meeting struct {
			ID           string   `json:"id"`
			Kind         string   `json:"kind"`
			Date         *string  `json:"date"`
			TimeOfDay    *string  `json:"timeOfDay"`
			Place        *string  `json:"place"`
			City         *string  `json:"city"`
			Occasions    []string `json:"occasions"`
			Participants []struct {
				Role         string  `json:"role"`
				Title        *string `json:"title"`
				Leader       named   `json:"leader"`
				Country      *coded  `json:"country"`
				Organisation *string `json:"organisation"`
			} `json:"participants"`
			AgreementDomains []named  `json:"agreementDomains"`
			AgreementCount   *string  `json:"agreementCount"`
			CooperationAreas []string `json:"cooperationAreas"`
			Initiatives      []named  `json:"initiatives"`
			Projects         []string `json:"projects"`
			Supports         []struct {
				Country    coded               `json:"country"`
				Initiative named               `json:"initiative"`
				Meeting    struct{ ID string } `json:"meeting"`
				Evidence   *evidence           `json:"evidence"`
			} `json:"supports"`
			Proposals []struct {
				Leader     named `json:"leader"`
				Initiative named `json:"initiative"`
			} `json:"proposals"`
			Relationship *string `json:"relationship"`
			Article      struct {
				ID string `json:"id"`
			} `json:"article"`
			Articles []struct {
				ID string `json:"id"`
			} `json:"articles"`
			Evidence []evidence `json:"evidence"`
		}
	}
	Query(t, h, `query($id: ID!) { meeting(id: $id) { id kind date timeOfDay place city occasions
		participants { role title leader { name } country { code } organisation }
		agreementDomains { name } agreementCount cooperationAreas initiatives { name } projects
		supports { country { code } initiative { name } meeting { id } evidence { `+evidenceFields+` } }
		proposals { leader { name } initiative { name } }
		relationship article { id } articles { id } evidence { `+evidenceFields+` } } }`, &r, client.Var("id", storetest.MeetingM1))
	m := r.Meeting
	want := storetest.WantM1()
	if m.ID != want.ID || m.Kind != string(want.Kind) || deref(m.Date) != want.Date || deref(m.TimeOfDay) != string(want.TimeOfDay) ||
		deref(m.Place) != want.Place || deref(m.City) != want.City || deref(m.Relationship) != want.Relationship || deref(m.AgreementCount) != want.AgreementCount {
		t.Errorf("meeting scalars %+v, want %+v", m, want)
	}
	if !slices.Equal(m.Occasions, want.Occasions) || !slices.Equal(m.CooperationAreas, want.CooperationAreas) ||
		!slices.Equal(names(m.AgreementDomains), want.AgreementDomains) || !slices.Equal(names(m.Initiatives), want.Initiatives) ||
		len(m.Projects) != len(want.Projects) {
		t.Errorf("meeting lists %+v, want %+v", m, want)
	}
	if len(m.Participants) != len(want.Participants) {
		t.Fatalf("participants %+v, want %+v", m.Participants, want.Participants)
	}
	for i, p := range m.Participants {
		w := want.Participants[i]
		var country string
		if p.Country != nil {
			country = p.Country.Code
		}
		if p.Role != string(w.Role) || deref(p.Title) != w.Title || p.Leader.Name != w.Name || country != w.Country || deref(p.Organisation) != w.Organisation {
			t.Errorf("participant %d: %+v, want %+v", i, p, w)
		}
		if w.Title == "" && p.Title != nil {
			t.Errorf("participant %d: empty title is %q, want null", i, *p.Title)
		}
	}
	if len(m.Supports) != len(want.Supports) {
		t.Fatalf("supports %+v, want %+v", m.Supports, want.Supports)
	}
	for i, sp := range m.Supports {
		w := want.Supports[i]
		if sp.Country.Code != w.Country || sp.Initiative.Name != w.Initiative || sp.Meeting.ID != w.MeetingID {
			t.Errorf("support %d: %+v, want %+v", i, sp, w)
		}
		if (sp.Evidence == nil) != (w.Evidence == nil) || sp.Evidence != nil && sp.Evidence.Text != w.Evidence.Text {
			t.Errorf("support %d evidence: %+v, want %+v", i, sp.Evidence, w.Evidence)
		}
	}
	if len(m.Proposals) != len(want.Proposals) || len(m.Proposals) > 0 && (m.Proposals[0].Leader.Name != want.Proposals[0].Leader || m.Proposals[0].Initiative.Name != want.Proposals[0].Initiative) {
		t.Errorf("proposals %+v, want %+v", m.Proposals, want.Proposals)
	}
	if m.Article.ID != want.ArticleIDs[0] || len(m.Articles) != len(want.ArticleIDs) {
		t.Errorf("article %q, articles %+v, want %q", m.Article.ID, m.Articles, want.ArticleIDs)
	}
	for i, a := range m.Articles {
		if a.ID != want.ArticleIDs[i] {
			t.Errorf("articles[%d] = %q, want %q", i, a.ID, want.ArticleIDs[i])
		}
	}
	if len(m.Evidence) != len(want.Evidence) {
		t.Fatalf("evidence %+v, want %+v", m.Evidence, want.Evidence)
	}
	for i, e := range m.Evidence {
		w := want.Evidence[i]
		if e.Field != w.Field || deref(e.Value) != w.Value || e.Text != w.Text || e.Start != w.Start || e.End != w.End ||
			e.Article == nil || e.Article.ID != w.ArticleID {
			t.Errorf("evidence %d: %+v, want %+v", i, e, w)
		}
	}

	// An unknown id is null, not an error.
	var none struct{ Meeting *struct{ ID string } }
	Query(t, h, `{ meeting(id: "no such meeting") { id } }`, &none)
	if none.Meeting != nil {
		t.Errorf("unknown meeting: %+v, want null", none.Meeting)
	}
}

func deref[T any](p *T) T {
	var z T
	if p == nil {
		return z
	}
	return *p
}

func testMeetingNulls(t *testing.T, _ graph.Store, h http.Handler) {
	var r struct {
		Meeting map[string]any
	}
	Query(t, h, `query($id: ID!) { meeting(id: $id) { kind date timeOfDay place city relationship agreementCount
		participants { title country { code } organisation } article { id date title } } }`, &r, client.Var("id", storetest.MeetingM4))
	m := r.Meeting
	for _, k := range []string{"date", "timeOfDay", "place", "city", "relationship", "agreementCount"} {
		if v, ok := m[k]; !ok || v != nil {
			t.Errorf("m4 %s = %v, want null", k, v)
		}
	}
	if m["kind"] != "MESSAGE" {
		t.Errorf("m4 kind %v", m["kind"])
	}
	ps := m["participants"].([]any)
	un := ps[1].(map[string]any)
	if un["country"] != nil || un["organisation"] != "联合国" {
		t.Errorf("UN official: %v, want no country and organisation 联合国", un)
	}
	a := m["article"].(map[string]any)
	if a["id"] != storetest.ArticleA3 || a["date"] != nil || a["title"] != nil {
		t.Errorf("m4 article %v, want a3 with null date and title", a)
	}
}

func testLeaders(t *testing.T, s graph.Store, h http.Handler) {
	ctx := context.Background()
	for _, c := range []struct {
		filter string
		f      graph.LeaderFilter
	}{
		{`{}`, graph.LeaderFilter{}},
		{`{country: "CN"}`, graph.LeaderFilter{Country: "CN"}},
		{`{name: "习"}`, graph.LeaderFilter{Name: "习"}},
		{`{country: "FR", name: "马"}`, graph.LeaderFilter{Country: "FR", Name: "马"}},
		{`{country: "ZZ"}`, graph.LeaderFilter{Country: "ZZ"}},
	} {
		var r struct{ Leaders page }
		Query(t, h, `{ leaders(filter: `+c.filter+`, first: 100) { totalCount edges { cursor node { id: name } } pageInfo { hasNextPage endCursor } } }`, &r)
		ps, err := s.SearchLeaders(ctx, []graph.LeaderQuery{{Filter: c.f, Page: graph.Page{First: 100}}})
		if err != nil {
			t.Fatal(err)
		}
		var want []string
		for _, l := range ps[0].Leaders {
			want = append(want, l.Name)
		}
		if !slices.Equal(r.Leaders.ids(), append([]string{}, want...)) || r.Leaders.TotalCount != ps[0].TotalCount {
			t.Errorf("leaders %s: %q (%d), store says %q (%d)", c.filter, r.Leaders.ids(), r.Leaders.TotalCount, want, ps[0].TotalCount)
		}
		switch c.filter {
		case `{country: "CN"}`:
			if !slices.Contains(r.Leaders.ids(), "习近平") || slices.Contains(r.Leaders.ids(), "马克龙") {
				t.Errorf("CN leaders %q", r.Leaders.ids())
			}
		case `{country: "FR", name: "马"}`:
			if !slices.Equal(r.Leaders.ids(), []string{"马克龙"}) {
				t.Errorf("FR 马 leaders %q", r.Leaders.ids())
			}
		}
	}
	// Paging one by one gives the same list.
	var all struct{ Leaders page }
	Query(t, h, `{ leaders(first: 100) { totalCount edges { cursor node { id: name } } pageInfo { hasNextPage endCursor } } }`, &all)
	var got []string
	var after any
	for i := 0; i < 50; i++ {
		var r struct{ Leaders page }
		Query(t, h, `query($a: String) { leaders(first: 3, after: $a) { totalCount edges { cursor node { id: name } } pageInfo { hasNextPage endCursor } } }`, &r, client.Var("a", after))
		got = append(got, r.Leaders.ids()...)
		if !r.Leaders.PageInfo.HasNextPage {
			break
		}
		after = *r.Leaders.PageInfo.EndCursor
	}
	if !slices.Equal(got, all.Leaders.ids()) || len(got) != all.Leaders.TotalCount {
		t.Errorf("leaders paged by 3: %q, want %q", got, all.Leaders.ids())
	}
}

func testLeader(t *testing.T, s graph.Store, h http.Handler) {
	ctx := context.Background()
	var r struct {
		Leader *struct {
			ID           string  `json:"id"`
			Name         string  `json:"name"`
			Title        *string `json:"title"`
			Country      *coded  `json:"country"`
			MeetingCount int     `json:"meetingCount"`
			Meetings     page    `json:"meetings"`
			Counterparts []struct {
				Leader   named   `json:"leader"`
				Count    int     `json:"count"`
				LastDate *string `json:"lastDate"`
			} `json:"counterparts"`
			Two        []struct{ Leader named } `json:"two"`
			Colleagues []struct {
				Leader named `json:"leader"`
				Count  int   `json:"count"`
			} `json:"colleagues"`
			Timeline []graph.TimelineBucket `json:"timeline"`
		}
	}
	Query(t, h, `{ leader(name: "习近平") { id name title country { code } meetingCount
		meetings(first: 2) { `+pageFields+` }
		counterparts { leader { name } count lastDate } two: counterparts(first: 2) { leader { name } }
		colleagues { leader { name } count }
		timeline { month count } } }`, &r)
	l := r.Leader
	if l == nil {
		t.Fatal("leader 习近平 is null")
	}
	stored, err := s.LeadersByName(ctx, []string{"习近平"})
	if err != nil || stored[0] == nil {
		t.Fatalf("LeadersByName: %v %v", stored, err)
	}
	if l.ID != graph.LeaderID("习近平") || l.ID != stored[0].ID || deref(l.Title) != stored[0].Title || l.Country == nil || l.Country.Code != "CN" || l.MeetingCount != 3 {
		t.Errorf("leader %+v, store %+v", l, stored[0])
	}
	if !slices.Equal(l.Meetings.ids(), []string{storetest.MeetingM1, storetest.MeetingM3}) || l.Meetings.TotalCount != 3 || !l.Meetings.PageInfo.HasNextPage {
		t.Errorf("习近平 meetings %q (%d)", l.Meetings.ids(), l.Meetings.TotalCount)
	}
	cps, err := s.Counterparts(ctx, []string{"习近平"})
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Counterparts) != len(cps[0]) || len(cps[0]) < 3 {
		t.Fatalf("counterparts %+v, store %+v", l.Counterparts, cps[0])
	}
	for i, c := range l.Counterparts {
		w := cps[0][i]
		if c.Leader.Name != w.Leader || c.Count != w.Count || deref(c.LastDate) != w.LastDate {
			t.Errorf("counterpart %d: %+v, want %+v", i, c, w)
		}
	}
	// Counterparts are across sides: 王毅, who attended two of 习近平's
	// meetings on his side, is a colleague, not a counterpart.
	if l.Counterparts[0].Leader.Name != "米尔济约耶夫" || l.Counterparts[0].Count != 1 || deref(l.Counterparts[0].LastDate) != "2025-09-02" {
		t.Errorf("first counterpart %+v, want 米尔济约耶夫 once, last 2025-09-02", l.Counterparts[0])
	}
	for _, c := range l.Counterparts {
		if c.Leader.Name == "王毅" || c.Leader.Name == "蔡奇" {
			t.Errorf("counterparts list %s, of 习近平's own side", c.Leader.Name)
		}
	}
	if len(l.Two) != 2 || l.Two[0].Leader.Name != "米尔济约耶夫" || l.Two[1].Leader.Name != "马克龙" {
		t.Errorf("counterparts(first: 2) = %+v", l.Two)
	}
	if len(l.Colleagues) != 2 || l.Colleagues[0].Leader.Name != "王毅" || l.Colleagues[0].Count != 2 || l.Colleagues[1].Leader.Name != "蔡奇" {
		t.Errorf("colleagues = %+v, want 王毅 twice, 蔡奇", l.Colleagues)
	}
	wantTL := []graph.TimelineBucket{{Month: "2025-08", Count: 1}, {Month: "2025-09", Count: 1}}
	if !reflect.DeepEqual(l.Timeline, wantTL) {
		t.Errorf("timeline %+v, want %+v", l.Timeline, wantTL)
	}

	var none struct{ Leader *named }
	Query(t, h, `{ leader(name: "无名氏") { name } }`, &none)
	if none.Leader != nil {
		t.Errorf("unknown leader %+v, want null", none.Leader)
	}
	WantError(t, h, `{ leader(name: "习近平") { counterparts(first: 500) { count } } }`, gql.CodeBadUserInput)
	WantError(t, h, `{ leader(name: "习近平") { colleagues(first: -1) { count } } }`, gql.CodeBadUserInput)
}

func testCountries(t *testing.T, s graph.Store, h http.Handler) {
	ctx := context.Background()
	var all struct{ Countries []coded }
	Query(t, h, `{ countries { code } }`, &all)
	stored, err := s.Countries(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, c := range stored {
		want = append(want, c.Code)
	}
	if !slices.Equal(codes(all.Countries), want) || !slices.Contains(want, "UZ") {
		t.Errorf("countries %q, store %q", codes(all.Countries), want)
	}

	var r struct {
		Country *struct {
			Code         string  `json:"code"`
			Name         string  `json:"name"`
			NameEn       string  `json:"nameEn"`
			Leaders      []named `json:"leaders"`
			Meetings     page    `json:"meetings"`
			Supports     []named `json:"supports"`
			SupportFacts []struct {
				Initiative named `json:"initiative"`
				Meeting    struct{ ID string }
				Evidence   *evidence `json:"evidence"`
			} `json:"supportFacts"`
			AgreementDomains []named                `json:"agreementDomains"`
			Timeline         []graph.TimelineBucket `json:"timeline"`
		}
	}
	Query(t, h, `{ country(code: "UZ") { code name nameEn leaders { name } meetings { `+pageFields+` } supports { name }
		supportFacts { initiative { name } meeting { id } evidence { `+evidenceFields+` } } agreementDomains { name } timeline { month count } } }`, &r)
	c := r.Country
	if c == nil {
		t.Fatal("country UZ is null")
	}
	if c.Code != "UZ" || c.Name != "乌兹别克斯坦" || c.NameEn != "Uzbekistan" || !slices.Equal(names(c.Leaders), []string{"米尔济约耶夫"}) {
		t.Errorf("country UZ %+v", c)
	}
	if !slices.Equal(c.Meetings.ids(), []string{storetest.MeetingM1}) || !slices.Equal(names(c.Supports), []string{"全球治理倡议"}) {
		t.Errorf("UZ meetings %q supports %q", c.Meetings.ids(), names(c.Supports))
	}
	if len(c.SupportFacts) != 1 || c.SupportFacts[0].Initiative.Name != "全球治理倡议" || c.SupportFacts[0].Meeting.ID != storetest.MeetingM1 ||
		c.SupportFacts[0].Evidence == nil || !strings.Contains(c.SupportFacts[0].Evidence.Text, "全球治理倡议") {
		t.Errorf("UZ support facts %+v", c.SupportFacts)
	}
	wantDomains := storetest.WantM1().AgreementDomains
	if !slices.Equal(names(c.AgreementDomains), wantDomains) {
		t.Errorf("UZ agreement domains %q, want %q", names(c.AgreementDomains), wantDomains)
	}
	if !reflect.DeepEqual(c.Timeline, []graph.TimelineBucket{{Month: "2025-09", Count: 1}}) {
		t.Errorf("UZ timeline %+v", c.Timeline)
	}

	var lower struct{ Country *coded }
	Query(t, h, `{ country(code: "fr") { code } }`, &lower)
	if lower.Country == nil || lower.Country.Code != "FR" {
		t.Errorf("country(code: fr) = %+v, want FR", lower.Country)
	}
	var none struct{ Country *coded }
	Query(t, h, `{ country(code: "ZZ") { code } }`, &none)
	if none.Country != nil {
		t.Errorf("unknown country %+v, want null", none.Country)
	}
}

func testInitiatives(t *testing.T, s graph.Store, h http.Handler) {
	stored, err := s.Initiatives(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var all struct{ Initiatives []named }
	Query(t, h, `{ initiatives { name } }`, &all)
	var want []string
	for _, i := range stored {
		want = append(want, i.Name)
	}
	if !slices.Equal(names(all.Initiatives), want) || !slices.Contains(want, "全球治理倡议") {
		t.Errorf("initiatives %q, store %q", names(all.Initiatives), want)
	}
	var r struct {
		Initiative *struct {
			Name       string  `json:"name"`
			Proposers  []named `json:"proposers"`
			Supporters []coded `json:"supporters"`
			Supports   []struct {
				Country  coded `json:"country"`
				Meeting  struct{ ID string }
				Evidence *evidence `json:"evidence"`
			} `json:"supports"`
			MeetingCount int  `json:"meetingCount"`
			Meetings     page `json:"meetings"`
		}
	}
	Query(t, h, `{ initiative(name: "全球治理倡议") { name proposers { name } supporters { code }
		supports { country { code } meeting { id } evidence { `+evidenceFields+` } } meetingCount meetings { `+pageFields+` } } }`, &r)
	i := r.Initiative
	if i == nil {
		t.Fatal("initiative 全球治理倡议 is null")
	}
	if !slices.Equal(names(i.Proposers), []string{"习近平"}) || !slices.Equal(codes(i.Supporters), []string{"UZ"}) || i.MeetingCount != 1 ||
		!slices.Equal(i.Meetings.ids(), []string{storetest.MeetingM1}) {
		t.Errorf("initiative %+v", i)
	}
	if len(i.Supports) != 1 || i.Supports[0].Country.Code != "UZ" || i.Supports[0].Meeting.ID != storetest.MeetingM1 ||
		i.Supports[0].Evidence == nil || i.Supports[0].Evidence.Article == nil || !strings.Contains(i.Supports[0].Evidence.Text, "全球治理倡议") {
		t.Errorf("supports %+v", i.Supports)
	}
	var kg struct {
		Initiative struct {
			Supports []struct{ Evidence *evidence } `json:"supports"`
		}
	}
	Query(t, h, `{ initiative(name: "一带一路") { supports { evidence { text } } } }`, &kg)
	if len(kg.Initiative.Supports) != 1 || kg.Initiative.Supports[0].Evidence != nil {
		t.Errorf("一带一路 supports %+v, want one without evidence", kg.Initiative.Supports)
	}
	var none struct{ Initiative *named }
	Query(t, h, `{ initiative(name: "不存在倡议") { name } }`, &none)
	if none.Initiative != nil {
		t.Errorf("unknown initiative %+v", none.Initiative)
	}
}

func testAgreementDomains(t *testing.T, s graph.Store, h http.Handler) {
	stored, err := s.AgreementDomains(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var r struct {
		AgreementDomains []struct {
			Name          string  `json:"name"`
			MeetingCount  int     `json:"meetingCount"`
			Countries     []coded `json:"countries"`
			CountryCounts []struct {
				Country coded `json:"country"`
				Count   int   `json:"count"`
			} `json:"countryCounts"`
		}
	}
	Query(t, h, `{ agreementDomains { name meetingCount countries { code } countryCounts { country { code } count } } }`, &r)
	if len(r.AgreementDomains) != len(stored) {
		t.Fatalf("domains %+v, store %+v", r.AgreementDomains, stored)
	}
	for i, d := range r.AgreementDomains {
		w := stored[i]
		if d.Name != w.Name || d.MeetingCount != w.MeetingCount || len(d.Countries) != len(w.Countries) || len(d.CountryCounts) != len(w.Countries) {
			t.Errorf("domain %d: %+v, store %+v", i, d, w)
			continue
		}
		for j, c := range d.CountryCounts {
			if c.Country.Code != w.Countries[j].Country || c.Count != w.Countries[j].Count || d.Countries[j].Code != w.Countries[j].Country {
				t.Errorf("domain %s country %d: %+v, store %+v", d.Name, j, c, w.Countries[j])
			}
		}
	}
	// 海关: signed in m1 (UZ) and m2 (KG), the most frequent domain.
	if r.AgreementDomains[0].Name != "海关" || r.AgreementDomains[0].MeetingCount != 2 {
		t.Errorf("first domain %+v, want 海关 in 2 meetings", r.AgreementDomains[0])
	}
	var got []string
	for _, c := range r.AgreementDomains[0].CountryCounts {
		got = append(got, c.Country.Code)
	}
	if !slices.Contains(got, "UZ") || !slices.Contains(got, "KG") {
		t.Errorf("海关 countries %q, want UZ and KG", got)
	}
}

func testArticles(t *testing.T, s graph.Store, h http.Handler) {
	var all struct{ Articles page }
	Query(t, h, `{ articles(first: 100) { `+pageFields+` } }`, &all)
	if all.Articles.TotalCount != 4 || len(all.Articles.Edges) != 4 || all.Articles.PageInfo.HasNextPage {
		t.Errorf("articles %+v", all.Articles)
	}
	// Newest first: a2 (09-03), a1 (09-02), a4 (2024-12-31); a3 has no date.
	if ids := all.Articles.ids(); ids[0] != storetest.ArticleA2 || ids[1] != storetest.ArticleA1 {
		t.Errorf("article order %q", ids)
	}
	var got []string
	var after any
	for i := 0; i < 10; i++ {
		var r struct{ Articles page }
		Query(t, h, `query($a: String) { articles(first: 3, after: $a) { `+pageFields+` } }`, &r, client.Var("a", after))
		got = append(got, r.Articles.ids()...)
		if !r.Articles.PageInfo.HasNextPage {
			break
		}
		after = *r.Articles.PageInfo.EndCursor
	}
	if !slices.Equal(got, all.Articles.ids()) {
		t.Errorf("articles paged by 3: %q, want %q", got, all.Articles.ids())
	}
	var r struct {
		Article *struct {
			ID        string   `json:"id"`
			Source    *string  `json:"source"`
			City      *string  `json:"city"`
			Date      *string  `json:"date"`
			Reporters []string `json:"reporters"`
			Title     *string  `json:"title"`
			Text      string   `json:"text"`
			Meetings  []struct{ ID string }
		}
	}
	Query(t, h, `{ article(id: "a1") { id source city date reporters title text meetings { id } } }`, &r)
	a := r.Article
	if a == nil || deref(a.Source) != "新华社" || deref(a.City) != "北京" || deref(a.Date) != "2025-09-02" || a.Title != nil ||
		!slices.Equal(a.Reporters, []string{"白鑫雨", "孙楠"}) || !strings.HasPrefix(a.Text, "新华社北京9月2日电") ||
		len(a.Meetings) != 2 || a.Meetings[0].ID != storetest.MeetingM1 || a.Meetings[1].ID != storetest.MeetingM2 {
		t.Errorf("article a1 %+v", a)
	}
	var none struct{ Article *struct{ ID string } }
	Query(t, h, `{ article(id: "nope") { id } }`, &none)
	if none.Article != nil {
		t.Errorf("unknown article %+v", none.Article)
	}
}

func testTimeline(t *testing.T, s graph.Store, h http.Handler) {
	for _, c := range []struct {
		args string
		want []graph.TimelineBucket
	}{
		{`country: "FR"`, []graph.TimelineBucket{{Month: "2025-08", Count: 1}}},
		{`leader: "王毅"`, []graph.TimelineBucket{{Month: "2025-08", Count: 1}, {Month: "2025-09", Count: 1}}},
		{`country: "CN", from: "2025-09-01"`, []graph.TimelineBucket{{Month: "2025-09", Count: 2}}},
		{``, []graph.TimelineBucket{{Month: "2024-12", Count: 1}, {Month: "2025-08", Count: 1}, {Month: "2025-09", Count: 2}}},
	} {
		q := `{ timeline { month count } }`
		if c.args != "" {
			q = `{ timeline(` + c.args + `) { month count } }`
		}
		var r struct{ Timeline []graph.TimelineBucket }
		Query(t, h, q, &r)
		if !reflect.DeepEqual(r.Timeline, c.want) {
			t.Errorf("timeline(%s) = %+v, want %+v", c.args, r.Timeline, c.want)
		}
	}
	WantError(t, h, `{ timeline(from: "yesterday") { month } }`, gql.CodeBadUserInput)
}

func testPath(t *testing.T, s graph.Store, h http.Handler) {
	var r struct {
		Path *struct {
			Length int `json:"length"`
			Nodes  []struct {
				Kind    string `json:"kind"`
				Key     string `json:"key"`
				Leader  *named `json:"leader"`
				Country *coded `json:"country"`
				Meeting *struct{ ID string }
			} `json:"nodes"`
		}
	}
	Query(t, h, `{ path(from: {kind: LEADER, key: "米尔济约耶夫"}, to: {kind: COUNTRY, key: "FR"}) {
		length nodes { kind key leader { name } country { code } meeting { id } } } }`, &r)
	p, err := s.ShortestPath(context.Background(), storetest.L("米尔济约耶夫"), storetest.C("FR"))
	if err != nil || p == nil {
		t.Fatalf("store path: %v %v", p, err)
	}
	if r.Path == nil || r.Path.Length != len(p.Nodes)-1 || len(r.Path.Nodes) != len(p.Nodes) {
		t.Fatalf("path %+v, store %+v", r.Path, p)
	}
	first, last := r.Path.Nodes[0], r.Path.Nodes[len(r.Path.Nodes)-1]
	if first.Kind != "LEADER" || first.Leader == nil || first.Leader.Name != "米尔济约耶夫" || last.Kind != "COUNTRY" || last.Country == nil || last.Country.Code != "FR" {
		t.Errorf("path ends %+v … %+v", first, last)
	}
	for i, n := range r.Path.Nodes {
		if n.Key != p.Nodes[i].Key || strings.ToUpper(p.Nodes[i].Kind) != n.Kind {
			t.Errorf("node %d: %+v, store %+v", i, n, p.Nodes[i])
		}
		if n.Kind == "MEETING" && (n.Meeting == nil || n.Meeting.ID != n.Key) {
			t.Errorf("node %d: meeting not resolved: %+v", i, n)
		}
	}
	WantError(t, h, `{ path(from: {kind: LEADER, key: ""}, to: {kind: COUNTRY, key: "FR"}) { length } }`, gql.CodeBadUserInput)

	// Unknown nodes have no path; a node is at length 0 from itself.
	var none struct{ Path *struct{ Length int } }
	Query(t, h, `{ path(from: {kind: LEADER, key: "无名氏"}, to: {kind: COUNTRY, key: "FR"}) { length } }`, &none)
	if none.Path != nil {
		t.Errorf("path from an unknown leader: %+v, want null", none.Path)
	}
	var self struct {
		Path *struct {
			Length int
			Nodes  []struct{ Key string }
		}
	}
	Query(t, h, `{ path(from: {kind: COUNTRY, key: "UZ"}, to: {kind: COUNTRY, key: "UZ"}) { length nodes { key } } }`, &self)
	if self.Path == nil || self.Path.Length != 0 || len(self.Path.Nodes) != 1 || self.Path.Nodes[0].Key != "UZ" {
		t.Errorf("path from UZ to itself: %+v", self.Path)
	}
	// Two leaders who never met are linked through a common counterpart.
	var two struct {
		Path *struct {
			Length int
			Nodes  []struct{ Kind, Key string }
		}
	}
	Query(t, h, `{ path(from: {kind: LEADER, key: "米尔济约耶夫"}, to: {kind: LEADER, key: "马克龙"}) { length nodes { kind key } } }`, &two)
	sp, err := s.ShortestPath(context.Background(), storetest.L("米尔济约耶夫"), storetest.L("马克龙"))
	if err != nil || sp == nil || two.Path == nil || two.Path.Length != len(sp.Nodes)-1 || two.Path.Length < 2 {
		t.Errorf("path between leaders: %+v, store %+v %v", two.Path, sp, err)
	}
}

func testHostile(t *testing.T, s graph.Store, h http.Handler) {
	var r struct {
		Meeting *struct {
			ID           string
			Place        string
			City         string
			Occasions    []string
			Participants []struct{ Leader named }
			Article      struct{ ID, Title, Source string }
		}
	}
	Query(t, h, `query($id: ID!) { meeting(id: $id) { id place city occasions participants { leader { name } } article { id title source } } }`, &r,
		client.Var("id", storetest.MeetingM5))
	m := r.Meeting
	if m == nil || m.ID != storetest.MeetingM5 || m.Place != storetest.HostilePlace || m.City != storetest.Hostile ||
		len(m.Participants) != 2 || m.Participants[1].Leader.Name != storetest.HostileName ||
		m.Article.ID != storetest.ArticleA4 || m.Article.Title != storetest.HostileTitle || m.Article.Source != storetest.Hostile {
		t.Errorf("hostile meeting %+v", m)
	}
	var l struct{ Leader *named }
	Query(t, h, `query($n: String!) { leader(name: $n) { name } }`, &l, client.Var("n", storetest.HostileName))
	if l.Leader == nil || l.Leader.Name != storetest.HostileName {
		t.Errorf("hostile leader %+v", l.Leader)
	}
}

// brokenStore fails every call as a store that lost its database does,
// with driver details in the error that must not reach clients.
type brokenStore struct {
	graph.Store
	kind graph.Kind
}

const secretDetail = "neo4j: ConnectivityError MATCH (m:Meeting) WHERE m.password = 'hunter2'"

func (b brokenStore) fail(op string) error {
	if b.kind == graph.Other {
		return fmt.Errorf("%s: %s", op, secretDetail)
	}
	return graph.E(op, b.kind, errors.New(secretDetail))
}
func (b brokenStore) SearchMeetings(context.Context, []graph.MeetingQuery) ([]graph.MeetingPage, error) {
	return nil, b.fail("search meetings")
}
func (b brokenStore) MeetingsByID(context.Context, []string) ([]*graph.Meeting, error) {
	return nil, b.fail("meetings by id")
}
func (b brokenStore) Countries(context.Context) ([]graph.Country, error) {
	return nil, b.fail("countries")
}
func (b brokenStore) LeadersByName(context.Context, []string) ([]*graph.Leader, error) {
	return nil, b.fail("leaders")
}
func (b brokenStore) Ping(context.Context) error { return b.fail("ping") }

func checkNoLeak(t *testing.T, r Response) {
	t.Helper()
	for _, e := range r.Errors {
		b, _ := json.Marshal(e)
		for _, secret := range []string{"MATCH", "neo4j", "hunter2", "Connectivity", "goroutine", ".go:"} {
			if strings.Contains(string(b), secret) {
				t.Errorf("error %s leaks %q", b, secret)
			}
		}
	}
}

func testStoreDown(t *testing.T, s graph.Store, _ http.Handler) {
	h := gql.NewHandler(brokenStore{Store: s, kind: graph.Unavailable}, gql.Config{Logger: quiet})
	for _, q := range []string{
		`{ meetings { totalCount } }`,
		`{ meeting(id: "m1") { id } }`,
		`{ countries { code } }`,
		`{ leader(name: "习近平") { name } }`,
	} {
		r := WantError(t, h, q, gql.CodeServiceUnavailable)
		checkNoLeak(t, r)
	}
	// Fields that still answer do; only the broken ones fail.
	r := Do(t, h, `{ initiatives { name } meeting(id: "m1") { id } }`)
	if !strings.Contains(string(r.Data), "全球治理倡议") || !slices.Equal(r.Codes(), []string{gql.CodeServiceUnavailable}) {
		t.Errorf("partial answer %s %+v", r.Data, r.Errors)
	}
	checkNoLeak(t, r)
}

func testStoreInternal(t *testing.T, s graph.Store, _ http.Handler) {
	for _, kind := range []graph.Kind{graph.Other, graph.Internal} {
		h := gql.NewHandler(brokenStore{Store: s, kind: kind}, gql.Config{Logger: quiet})
		r := WantError(t, h, `{ meetings { edges { node { id } } } }`, gql.CodeInternal)
		checkNoLeak(t, r)
		if r.Errors[0].Message != "internal error" {
			t.Errorf("internal error message %q", r.Errors[0].Message)
		}
	}
}

func testIngest(t *testing.T, open Opener) {
	const text = "新华社北京9月5日电 国家主席习近平5日会见测试来宾。"
	mutation := `mutation($text: String!, $date: Date, $source: String, $url: String) { ingest(text: $text, date: $date, source: $source, url: $url) {
		created unchanged updated meetingsCreated meetingsMerged articles { id date source url meetings { id participants { leader { name } } } } } }`
	vars := []client.Option{client.Var("text", text), client.Var("date", "2025-09-05"), client.Var("source", "新华社")}
	bearer := func(tok string) client.Option { return client.AddHeader("Authorization", "Bearer "+tok) }

	s := open(t)
	// No token configured: ingest is refused whatever the header says.
	for _, cfg := range []gql.Config{{Logger: quiet}, {Extract: FakeExtract, Logger: quiet}, {IngestToken: Token, Logger: quiet}} {
		h := gql.NewHandler(s, cfg)
		WantError(t, h, mutation, gql.CodeForbidden, append(vars, bearer(Token))...)
		WantError(t, h, mutation, gql.CodeForbidden, append(vars, bearer(""))...)
	}
	h := gql.NewHandler(s, gql.Config{IngestToken: Token, Extract: FakeExtract, Logger: quiet})
	WantError(t, h, mutation, gql.CodeUnauthenticated, vars...)
	WantError(t, h, mutation, gql.CodeUnauthenticated, append(vars, bearer("wrong"))...)
	WantError(t, h, mutation, gql.CodeUnauthenticated, append(vars, bearer(Token+"x"))...)
	WantError(t, h, mutation, gql.CodeUnauthenticated, append(vars, client.AddHeader("Authorization", "Basic "+Token))...)
	var empty struct{ Meetings page }
	Query(t, h, `{ meetings { totalCount } }`, &empty)
	if empty.Meetings.TotalCount != 0 {
		t.Fatalf("refused ingests stored %d meetings", empty.Meetings.TotalCount)
	}

	// Bad input.
	WantError(t, h, mutation, gql.CodeBadUserInput, bearer(Token), client.Var("text", "   "))
	WantError(t, h, mutation, gql.CodeBadUserInput, bearer(Token), client.Var("text", "没有事件的文字"))
	WantError(t, h, mutation, gql.CodeBadUserInput, bearer(Token), client.Var("text", text), client.Var("date", "5 Sept"))

	type result struct {
		Ingest struct {
			Created, Unchanged, Updated, MeetingsCreated, MeetingsMerged int
			Articles                                                     []struct {
				ID, Date, Source, URL string
				Meetings              []struct {
					ID           string
					Participants []struct{ Leader named }
				}
			}
		}
	}
	var r result
	Query(t, h, mutation, &r, append(vars, bearer(Token))...)
	if r.Ingest.Created != 1 || r.Ingest.Unchanged != 0 || r.Ingest.MeetingsCreated != 1 || len(r.Ingest.Articles) != 1 {
		t.Fatalf("first ingest %+v", r.Ingest)
	}
	a := r.Ingest.Articles[0]
	if a.Date != "2025-09-05" || a.Source != "新华社" || len(a.Meetings) != 1 || len(a.Meetings[0].Participants) != 2 ||
		a.Meetings[0].Participants[1].Leader.Name != "测试来宾" {
		t.Errorf("ingested article %+v", a)
	}
	Query(t, h, mutation, &r, append(vars, bearer(Token))...)
	if r.Ingest.Created != 0 || r.Ingest.Unchanged != 1 || r.Ingest.MeetingsCreated != 0 {
		t.Errorf("second ingest %+v, want unchanged", r.Ingest)
	}
	// The same text with better metadata (an address) updates the article.
	const url = "http://www.news.cn/2025-09/05/c_1.htm"
	Query(t, h, mutation, &r, append(vars, bearer(Token), client.Var("url", url))...)
	if r.Ingest.Created != 0 || r.Ingest.Unchanged != 0 || r.Ingest.Updated != 1 || len(r.Ingest.Articles) != 1 || r.Ingest.Articles[0].URL != url {
		t.Errorf("ingest with a url %+v, want updated", r.Ingest)
	}
	var after struct{ Meetings page }
	Query(t, h, `{ meetings(filter: {leader: "测试来宾"}) { `+pageFields+` } }`, &after)
	if after.Meetings.TotalCount != 1 || after.Meetings.ids()[0] != a.Meetings[0].ID {
		t.Errorf("ingested meeting not found: %+v", after.Meetings)
	}
}
