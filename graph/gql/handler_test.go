package gql_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/gql"
	"github.com/dipgraph/dipgraph/graph/gql/gqltest"
	"github.com/dipgraph/dipgraph/graph/mem"
	"github.com/dipgraph/dipgraph/graph/storetest"
)

var (
	quiet        = slog.New(slog.DiscardHandler)
	fixtureStore = gqltest.FixtureStore
	post         = gqltest.Post
	body         = gqltest.Body
)

// countingStore counts the calls of every Store method.
type countingStore struct {
	graph.Store
	mu    sync.Mutex
	calls map[string]int
}

func (c *countingStore) count(m string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.calls[m]++
}

func (c *countingStore) total() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := 0
	for _, v := range c.calls {
		n += v
	}
	return n
}

func (c *countingStore) SearchMeetings(ctx context.Context, qs []graph.MeetingQuery) ([]graph.MeetingPage, error) {
	c.count("SearchMeetings")
	return c.Store.SearchMeetings(ctx, qs)
}
func (c *countingStore) MeetingsByID(ctx context.Context, ids []string) ([]*graph.Meeting, error) {
	c.count("MeetingsByID")
	return c.Store.MeetingsByID(ctx, ids)
}
func (c *countingStore) SearchLeaders(ctx context.Context, qs []graph.LeaderQuery) ([]graph.LeaderPage, error) {
	c.count("SearchLeaders")
	return c.Store.SearchLeaders(ctx, qs)
}
func (c *countingStore) LeadersByName(ctx context.Context, names []string) ([]*graph.Leader, error) {
	c.count("LeadersByName")
	return c.Store.LeadersByName(ctx, names)
}
func (c *countingStore) Countries(ctx context.Context) ([]graph.Country, error) {
	c.count("Countries")
	return c.Store.Countries(ctx)
}
func (c *countingStore) CountriesByCode(ctx context.Context, codes []string) ([]*graph.Country, error) {
	c.count("CountriesByCode")
	return c.Store.CountriesByCode(ctx, codes)
}
func (c *countingStore) CountryNames(ctx context.Context, codes []string) ([]*graph.Country, error) {
	c.count("CountryNames")
	return c.Store.CountryNames(ctx, codes)
}
func (c *countingStore) Initiatives(ctx context.Context) ([]graph.Initiative, error) {
	c.count("Initiatives")
	return c.Store.Initiatives(ctx)
}
func (c *countingStore) AgreementDomains(ctx context.Context) ([]graph.AgreementDomain, error) {
	c.count("AgreementDomains")
	return c.Store.AgreementDomains(ctx)
}
func (c *countingStore) Articles(ctx context.Context, p graph.Page) (graph.ArticlePage, error) {
	c.count("Articles")
	return c.Store.Articles(ctx, p)
}
func (c *countingStore) ArticlesByID(ctx context.Context, ids []string) ([]*graph.Article, error) {
	c.count("ArticlesByID")
	return c.Store.ArticlesByID(ctx, ids)
}
func (c *countingStore) Counterparts(ctx context.Context, leaders []string) ([][]graph.Counterpart, error) {
	c.count("Counterparts")
	return c.Store.Counterparts(ctx, leaders)
}
func (c *countingStore) Timeline(ctx context.Context, q graph.TimelineQuery) ([]graph.TimelineBucket, error) {
	c.count("Timeline")
	return c.Store.Timeline(ctx, q)
}
func (c *countingStore) ShortestPath(ctx context.Context, from, to graph.NodeRef) (*graph.Path, error) {
	c.count("ShortestPath")
	return c.Store.ShortestPath(ctx, from, to)
}

// loaderWait is long enough that batches do not split even on a loaded
// test machine (the default is 1ms): the test is about the structure of
// the calls, not about timing.
const loaderWait = 100 * time.Millisecond

// Store round trips of nested queries do not grow with the number of
// results: the dataloaders batch every level into one call.
func TestRoundTripsDoNotGrow(t *testing.T) {
	queries := map[string]string{
		"countries": `{ countries { name meetings(first: 5) { edges { node { participants { leader { name country { name } } } } } } } }`,
		"meetings": `{ meetings(first: 100) { edges { node { id article { id } articles { date }
			participants { title leader { name title country { code name } counterparts(first: 3) { count leader { name } } } country { nameEn } }
			initiatives { name supporters { code } proposers { name } } agreementDomains { name countries { code } }
			supports { country { name } initiative { name } evidence { text article { id } } } } } } }`,
		"leaders":     `{ leaders(first: 100) { edges { node { name country { name } meetings(first: 5) { edges { node { id participants { leader { name } } } } } } } } }`,
		"initiatives": `{ initiatives { name supporters { name leaders { name } } supports { country { name } meeting { date participants { leader { name } } } } meetings(first: 10) { totalCount edges { node { id } } } } }`,
		"articles":    `{ articles(first: 100) { edges { node { id meetings { id participants { leader { name country { name } } } } } } } }`,
	}
	for name, q := range queries {
		t.Run(name, func(t *testing.T) {
			var trips []int
			var results []int
			perMethod := 0
			for _, n := range []int{30, 600} {
				s := mem.New()
				if _, err := s.Ingest(context.Background(), storetest.GenDocuments(n, 7)); err != nil {
					t.Fatal(err)
				}
				cs := &countingStore{Store: s, calls: map[string]int{}}
				h := gql.NewHandler(cs, gql.Config{Logger: quiet, LoaderWait: loaderWait})
				r := gqltest.Do(t, h, q)
				if len(r.Errors) > 0 {
					t.Fatalf("errors: %+v", r.Errors)
				}
				trips = append(trips, cs.total())
				for _, n := range cs.calls {
					perMethod = max(perMethod, n)
				}
				results = append(results, strings.Count(string(r.Data), `"name"`))
				t.Logf("%d documents: %d store calls %v for %d names", n, cs.total(), cs.calls, results[len(results)-1])
			}
			if results[1] < 2*results[0] {
				t.Fatalf("the larger corpus did not give many more results (%v): the test proves nothing", results)
			}
			// One call more is allowed: a lookup answered by a primed
			// cache in the small corpus may need the store in the large
			// one. An N+1 would add hundreds of calls.
			if trips[1] > trips[0]+1 || trips[1] > 12 {
				t.Errorf("store calls %v for results %v: they grow with the results", trips, results)
			}
			if perMethod > 2 {
				t.Errorf("one store method was called %d times", perMethod)
			}
		})
	}
}

func TestLimits(t *testing.T) {
	h := gql.NewHandler(fixtureStore(t), gql.Config{Logger: quiet})

	deep := `{ leader(name: "习近平") { meetings(first: 1) { edges { node { participants { leader { meetings(first: 1) { edges { node { participants { leader { meetings(first: 1) { edges { node { participants { leader { name } } } } } } } } } } } } } } } } }`
	gqltest.WantError(t, h, deep, gql.CodeTooDeep)
	// The same depth through fragments.
	frag := `query { leader(name: "习近平") { ...L } } fragment L on Leader { meetings(first: 1) { edges { node { participants { leader { meetings(first: 1) { edges { node { participants { leader { meetings(first: 1) { edges { node { participants { leader { name } } } } } } } } } } } } } } } }`
	gqltest.WantError(t, h, frag, gql.CodeTooDeep)

	complex := `{ meetings(first: 100) { edges { node { participants { leader { meetings(first: 100) { edges { node { id kind date } } } } } } } } }`
	gqltest.WantError(t, h, complex, "COMPLEXITY_LIMIT_EXCEEDED")
	wide := `{ countries { leaders { meetings(first: 100) { edges { node { id participants { leader { name } } } } } } } }`
	gqltest.WantError(t, h, wide, "COMPLEXITY_LIMIT_EXCEEDED")

	// A typical page is well within the limits.
	var ok struct{ Meetings struct{ TotalCount int } }
	gqltest.Query(t, h, `{ meetings(first: 100) { totalCount edges { node { id kind date place participants { role title leader { name title country { name } } country { code } }
		agreementDomains { name } initiatives { name } supports { country { code } evidence { text } } evidence { field text start end article { id } } article { id title } } } } }`, &ok)

	// GraphiQL's schema query is deep by nature but allowed.
	var schema struct {
		Schema struct{ Types []struct{ Name string } } `json:"__schema"`
	}
	gqltest.Query(t, h, introspectionQuery, &schema)
	if len(schema.Schema.Types) < 20 {
		t.Errorf("introspection gave %d types", len(schema.Schema.Types))
	}

	// An alias flood of a free field: refused by the parser's token limit.
	var flood strings.Builder
	flood.WriteString("{")
	for i := range 3500 {
		fmt.Fprintf(&flood, " a%d:__typename", i)
	}
	flood.WriteString(" }")
	r := gqltest.Do(t, h, flood.String())
	if len(r.Errors) == 0 || !strings.Contains(r.Errors[0].Message, "token limit") {
		t.Errorf("alias flood: %+v", r.Errors)
	}

}

// panicStore panics where a bug would.
type panicStore struct{ graph.Store }

func (panicStore) Countries(context.Context) ([]graph.Country, error) {
	panic("boom: runtime error in store at /src/graph/mem/mem.go:42")
}
func (panicStore) MeetingsByID(context.Context, []string) ([]*graph.Meeting, error) {
	panic("boom in batch")
}

func TestPanicsAreInternalErrors(t *testing.T) {
	h := gql.NewHandler(panicStore{fixtureStore(t)}, gql.Config{Logger: quiet})
	for _, q := range []string{`{ countries { code } }`, `{ meeting(id: "m1") { id } }`} {
		r := gqltest.WantError(t, h, q, gql.CodeInternal)
		for _, e := range r.Errors {
			if strings.Contains(e.Message, "boom") || strings.Contains(e.Message, ".go") {
				t.Errorf("panic leaks: %q", e.Message)
			}
		}
	}
	// The server still answers.
	var r struct{ Initiatives []struct{ Name string } }
	gqltest.Query(t, h, `{ initiatives { name } }`, &r)
}

func TestGET(t *testing.T) {
	h := gql.NewHandler(fixtureStore(t), gql.Config{Logger: quiet})
	req := httptest.NewRequest(http.MethodGet, "/query?query="+urlQuery(`{ country(code: "UZ") { name } }`), nil)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	if w.Code != http.StatusOK || !strings.Contains(w.Body.String(), "乌兹别克斯坦") {
		t.Errorf("GET /query: %d %s", w.Code, w.Body)
	}
	// Mutations are not allowed over GET.
	req = httptest.NewRequest(http.MethodGet, "/query?query="+urlQuery(`mutation { ingest(text: "x") { created } }`), nil)
	w = httptest.NewRecorder()
	h.ServeHTTP(w, req)
	if w.Code == http.StatusOK && !strings.Contains(w.Body.String(), "errors") {
		t.Errorf("GET mutation: %d %s", w.Code, w.Body)
	}
}

func urlQuery(q string) string {
	r := strings.NewReplacer(" ", "%20", "{", "%7B", "}", "%7D", `"`, "%22", ":", "%3A", "(", "%28", ")", "%29")
	return r.Replace(q)
}

func TestAutomaticPersistedQueries(t *testing.T) {
	h := gql.NewHandler(fixtureStore(t), gql.Config{Logger: quiet})
	q := `{ country(code: "KG") { name } }`
	sum := sha256.Sum256([]byte(q))
	ext := map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hex.EncodeToString(sum[:])}}

	w := post(h, body(t, map[string]any{"extensions": ext}), nil)
	if !strings.Contains(w.Body.String(), "PersistedQueryNotFound") {
		t.Fatalf("unknown hash: %d %s", w.Code, w.Body)
	}
	w = post(h, body(t, map[string]any{"query": q, "extensions": ext}), nil)
	if w.Code != http.StatusOK || !strings.Contains(w.Body.String(), "吉尔吉斯斯坦") {
		t.Fatalf("register: %d %s", w.Code, w.Body)
	}
	w = post(h, body(t, map[string]any{"extensions": ext}), nil)
	if w.Code != http.StatusOK || !strings.Contains(w.Body.String(), "吉尔吉斯斯坦") {
		t.Fatalf("by hash: %d %s", w.Code, w.Body)
	}
	// A query that does not match its hash is refused.
	w = post(h, body(t, map[string]any{"query": `{ countries { code } }`, "extensions": ext}), nil)
	if w.Code == http.StatusOK && !strings.Contains(w.Body.String(), "errors") {
		t.Fatalf("mismatched hash: %d %s", w.Code, w.Body)
	}
}

func TestIngestThroughHTTPHeader(t *testing.T) {
	// The bearer token travels in the HTTP header, not in the query.
	h := gql.NewHandler(mem.New(), gql.Config{Logger: quiet, IngestToken: "tok", Extract: gqltest.FakeExtract})
	m := `mutation { ingest(text: "习近平会见来宾甲。", date: "2025-01-02") { created } }`
	w := post(h, body(t, map[string]any{"query": m}), map[string]string{"Authorization": "Bearer tok"})
	if !strings.Contains(w.Body.String(), `"created":1`) {
		t.Errorf("ingest with header: %s", w.Body)
	}
	w = post(h, body(t, map[string]any{"query": m}), map[string]string{"Authorization": "bearer tok "})
	if !strings.Contains(w.Body.String(), gql.CodeUnauthenticated) {
		t.Errorf("lowercase scheme: %s", w.Body)
	}
	_ = client.Path
}

// The exported analyst queries are valid and answer on a generated corpus.
func TestAnalystQueries(t *testing.T) {
	s := mem.New()
	if _, err := s.Ingest(context.Background(), storetest.GenDocuments(300, 1)); err != nil {
		t.Fatal(err)
	}
	h := gql.NewHandler(s, gql.Config{Logger: quiet})
	var m struct {
		Meetings struct {
			TotalCount int
			Edges      []struct{ Node struct{ Date string } }
		}
	}
	gqltest.Query(t, h, gql.QueryFilteredMeetings, &m, client.Var("country", "RU"), client.Var("from", "2018-01-01"), client.Var("first", 5))
	if m.Meetings.TotalCount == 0 || len(m.Meetings.Edges) == 0 || len(m.Meetings.Edges) > 5 {
		t.Errorf("FilteredMeetings: %+v", m)
	}
	for _, e := range m.Meetings.Edges {
		if e.Node.Date < "2018-01-01" {
			t.Errorf("FilteredMeetings: meeting of %s before from", e.Node.Date)
		}
	}
	var c struct {
		Country struct {
			Meetings struct {
				TotalCount int
				Edges      []struct {
					Node struct {
						Participants []struct{ Leader struct{ Name string } }
					}
				}
			}
		}
	}
	gqltest.Query(t, h, gql.QueryCountryMeetings, &c, client.Var("code", "KZ"))
	if c.Country.Meetings.TotalCount == 0 || len(c.Country.Meetings.Edges[0].Node.Participants) < 2 {
		t.Errorf("CountryMeetings: %+v", c)
	}
	var l struct {
		Leader struct {
			Counterparts []struct{ Count int }
		}
	}
	gqltest.Query(t, h, gql.QueryLeaderCounterparts, &l, client.Var("name", "习近平"))
	if len(l.Leader.Counterparts) == 0 || l.Leader.Counterparts[0].Count < 1 {
		t.Errorf("LeaderCounterparts: %+v", l)
	}
}
