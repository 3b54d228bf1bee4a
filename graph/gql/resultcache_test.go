package gql_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"testing"

	"github.com/99designs/gqlgen/client"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/gql"
	"github.com/dipgraph/dipgraph/graph/gql/gqltest"
	"github.com/dipgraph/dipgraph/graph/mem"
	"github.com/dipgraph/dipgraph/graph/storetest"
)

// cacheCount reads dipgraph_graphql_result_cache_total{result=...}.
func cacheCount(t *testing.T, h http.Handler, result string) int {
	t.Helper()
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	m := regexp.MustCompile(`dipgraph_graphql_result_cache_total\{result="` + result + `"\} (\d+)`).FindStringSubmatch(w.Body.String())
	if m == nil {
		return 0
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// A repeated query is answered from the result cache until the store
// changes; the answer after an Ingest is the new one.
func TestResultCache(t *testing.T) {
	testResultCache(t, func(t *testing.T) graph.Store { return mem.New() }, true)
}

// The same on Neo4j: its store keeps a version (graph/neo4j/version.go),
// moved at once by writes through the server's own store.
func TestResultCacheNeo4j(t *testing.T) {
	testResultCache(t, openNeo4j, false)
}

func testResultCache(t *testing.T, open func(*testing.T) graph.Store, closeAnswersUnavailable bool) {
	ctx := context.Background()
	docs := storetest.GenDocuments(300, 5)
	s := open(t)
	if _, err := s.Ingest(ctx, docs[:200]); err != nil {
		t.Fatal(err)
	}
	h := gql.NewServer(s, gql.Config{Logger: quiet})
	const q = `query($c: ID) { meetings(filter: {country: $c}, first: 3) { totalCount edges { node { id participants { leader { name title } } } } } }`
	type page struct {
		Meetings struct{ TotalCount int } `json:"meetings"`
	}
	ask := func(c string) int {
		var p page
		gqltest.Query(t, h, q, &p, client.Var("c", c))
		return p.Meetings.TotalCount
	}
	first := ask("RU")
	if again := ask("RU"); again != first {
		t.Fatalf("the same query answered %d, then %d", first, again)
	}
	if hits, misses := cacheCount(t, h, "hit"), cacheCount(t, h, "miss"); hits != 1 || misses != 1 {
		t.Fatalf("hits %d, misses %d after a query asked twice; want 1 and 1", hits, misses)
	}
	// Other variables are another answer.
	if kz := ask("KZ"); kz == 0 || cacheCount(t, h, "miss") != 2 {
		t.Fatalf("KZ answered %d with %d misses", kz, cacheCount(t, h, "miss"))
	}
	if _, err := s.Ingest(ctx, docs[200:]); err != nil {
		t.Fatal(err)
	}
	fresh := mem.New()
	if _, err := fresh.Ingest(ctx, docs); err != nil {
		t.Fatal(err)
	}
	var want page
	gqltest.Query(t, gql.NewServer(fresh, gql.Config{Logger: quiet}), q, &want, client.Var("c", "RU"))
	if got := ask("RU"); got != want.Meetings.TotalCount || got == first {
		t.Fatalf("after an ingest RU has %d meetings, want %d (before: %d)", got, want.Meetings.TotalCount, first)
	}
	// Errors are not kept; a closed store answers UNAVAILABLE, not the cache.
	gqltest.WantError(t, h, `{ meetings(first: 1000) { totalCount } }`, gql.CodeBadUserInput)
	gqltest.WantError(t, h, `{ meetings(first: 1000) { totalCount } }`, gql.CodeBadUserInput)
	s.Close(ctx)
	if closeAnswersUnavailable {
		gqltest.WantError(t, h, q, gql.CodeServiceUnavailable, client.Var("c", "RU"))
	} else if r := gqltest.Do(t, h, q, client.Var("c", "RU")); len(r.Errors) == 0 {
		t.Fatal("a closed store's server answered without error (from the cache?)")
	}

	// A negative budget turns the cache off.
	off := gql.NewServer(fresh, gql.Config{Logger: quiet, ResultCacheBytes: -1})
	for range 2 {
		gqltest.Query(t, off, q, &want, client.Var("c", "RU"))
	}
	if n := cacheCount(t, off, "hit") + cacheCount(t, off, "miss"); n != 0 {
		t.Errorf("a server without a result cache counted %d cache lookups", n)
	}
}
