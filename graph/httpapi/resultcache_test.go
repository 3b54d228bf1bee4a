package httpapi_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/gql"
	"github.com/dipgraph/dipgraph/graph/gql/gqltest"
	"github.com/dipgraph/dipgraph/graph/httpapi"
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
	h := httpapi.New(s, httpapi.Config{Logger: quiet, Timeout: slowMachineTimeout})
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
	gqltest.Query(t, httpapi.New(fresh, httpapi.Config{Logger: quiet, Timeout: slowMachineTimeout}), q, &want, client.Var("c", "RU"))
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
	off := httpapi.New(fresh, httpapi.Config{Logger: quiet, ResultCacheBytes: -1})
	for range 2 {
		gqltest.Query(t, off, q, &want, client.Var("c", "RU"))
	}
	if n := cacheCount(t, off, "hit") + cacheCount(t, off, "miss"); n != 0 {
		t.Errorf("a server without a result cache counted %d cache lookups", n)
	}
}

// requestCount reads dipgraph_graphql_requests_total{operation,status}.
func requestCount(t *testing.T, h http.Handler, op, status string) int {
	t.Helper()
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	m := regexp.MustCompile(`dipgraph_graphql_requests_total\{operation="` + op + `",status="` + status + `"\} (\d+)`).FindStringSubmatch(w.Body.String())
	if m == nil {
		return 0
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// A POST answered before is answered again before gqlgen parses it: the
// same bytes, content type and metrics; every limit, persisted queries,
// other transports and mutations behave as without the cache.
func TestResultCacheBeforeParse(t *testing.T) {
	h := httpapi.New(fixtureStore(t), httpapi.Config{Logger: quiet, MaxBodyBytes: 300,
		GraphQL: gql.Config{MaxComplexity: 100, MaxDepth: 5, IngestToken: "tok", Extract: gqltest.FakeExtract}})
	const q = `query Kg($c: ID!) { country(code: $c) { name } }`
	ask := body(t, map[string]any{"query": q, "variables": map[string]any{"c": "KG"}})
	first := post(h, ask, nil)
	again := post(h, ask, nil)
	if first.Code != http.StatusOK || !strings.Contains(first.Body.String(), "吉尔吉斯斯坦") {
		t.Fatalf("first answer: %d %s", first.Code, first.Body)
	}
	if again.Code != first.Code || again.Body.String() != first.Body.String() || again.Header().Get("Content-Type") != first.Header().Get("Content-Type") {
		t.Fatalf("a replayed answer differs: %d %q %s, first %d %q %s", again.Code, again.Header().Get("Content-Type"), again.Body,
			first.Code, first.Header().Get("Content-Type"), first.Body)
	}
	if hits, n := cacheCount(t, h, "hit"), requestCount(t, h, "Kg", "ok"); hits != 1 || n != 2 {
		t.Fatalf("%d hits and %d requests counted for Kg, want 1 and 2", hits, n)
	}
	// The same variables spelled otherwise are another key, the same answer.
	if w := post(h, `{"query":"`+q+`", "variables": { "c" : "KG" }}`, nil); w.Body.String() != first.Body.String() {
		t.Fatalf("other spelling: %s", w.Body)
	}

	// The body limit holds for a kept query padded with an unknown field.
	padded := ask[:len(ask)-1] + `,"pad":"` + strings.Repeat("x", 300) + `"}`
	if w := post(h, padded, nil); w.Code != http.StatusRequestEntityTooLarge {
		t.Fatalf("a body over the limit with a kept query: %d %s", w.Code, w.Body)
	}
	// Refused operations are refused every time (nothing was kept).
	const pageOf = `query($n: Int) { meetings(first: $n) { edges { node { id participants { role } } } } }`
	for _, n := range []int{2, 2, 50, 50} {
		w := post(h, body(t, map[string]any{"query": pageOf, "variables": map[string]any{"n": n}}), nil)
		tooComplex := strings.Contains(w.Body.String(), "COMPLEXITY_LIMIT_EXCEEDED")
		if tooComplex != (n == 50) || !tooComplex && strings.Contains(w.Body.String(), "errors") {
			t.Fatalf("first: %d answered %s", n, w.Body)
		}
	}
	deep := `{ leader(name: "习近平") { meetings(first: 1) { edges { node { participants { leader { name } } } } } } }`
	for range 2 {
		if w := post(h, body(t, map[string]any{"query": deep}), nil); !strings.Contains(w.Body.String(), gql.CodeTooDeep) {
			t.Fatalf("deep query: %s", w.Body)
		}
	}

	// Persisted queries still register when their text is kept.
	sum := sha256.Sum256([]byte(q))
	ext := map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hex.EncodeToString(sum[:])}}
	vars := map[string]any{"c": "KG"}
	if w := post(h, body(t, map[string]any{"query": q, "variables": vars, "extensions": ext}), nil); w.Body.String() != first.Body.String() {
		t.Fatalf("register a kept query: %d %s", w.Code, w.Body)
	}
	if w := post(h, body(t, map[string]any{"variables": vars, "extensions": ext}), nil); w.Body.String() != first.Body.String() {
		t.Fatalf("by hash: %d %s", w.Code, w.Body)
	}
	// A client that accepts only application/graphql-response+json gets it.
	if w := post(h, ask, map[string]string{"Accept": "application/graphql-response+json"}); w.Header().Get("Content-Type") != "application/graphql-response+json" || !strings.Contains(w.Body.String(), "吉尔吉斯斯坦") {
		t.Fatalf("graphql-response+json: %q %s", w.Header().Get("Content-Type"), w.Body)
	}
	// GET is answered from the cache after gqlgen parsed it.
	hits := cacheCount(t, h, "hit")
	for range 2 {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/query?query="+url.QueryEscape(`{ country(code: "KG") { name } }`), nil))
		if !strings.Contains(w.Body.String(), "吉尔吉斯斯坦") {
			t.Fatalf("GET: %d %s", w.Code, w.Body)
		}
	}
	if cacheCount(t, h, "hit") != hits+1 {
		t.Fatalf("a repeated GET was not answered from the cache (%d hits, were %d)", cacheCount(t, h, "hit"), hits)
	}
	// Mutations run every time.
	ingest := body(t, map[string]any{"query": `mutation { ingest(text: "习近平会见托卡耶夫。", date: "2024-05-01") { created unchanged } }`})
	auth := map[string]string{"Authorization": "Bearer tok"}
	a, b := post(h, ingest, auth), post(h, ingest, auth)
	if !strings.Contains(a.Body.String(), `"created":1`) || !strings.Contains(b.Body.String(), `"unchanged":1`) {
		t.Fatalf("the same ingest twice answered %s, then %s", a.Body, b.Body)
	}
}
