package httpapi_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph/graph/gql"
	"github.com/dipgraph/dipgraph/graph/httpapi"
	"github.com/dipgraph/dipgraph/graph/storetest"
)

// FuzzHandler sends arbitrary query text and variables to /query. Whatever
// it gets, the server answers with a status it documents and a JSON body
// (never a panic, never a Go or store detail), and the graph is unchanged:
// with the wrong token, no mutation may write.
func FuzzHandler(f *testing.F) {
	for _, seed := range []struct{ q, vars string }{
		{`{ meetings(first: 2) { totalCount edges { node { id kind date } } } }`, `{}`},
		{`query($c: ID) { meetings(filter: {country: $c}) { totalCount } }`, `{"c": "UZ"}`},
		{`{ leader(name: "习近平") { name counterparts(first: 3) { leader { name } count } } }`, `null`},
		{`{ path(from: {leader: "a"}, to: {country: "UZ"}) { length } }`, `{}`},
		{`mutation { ingest(text: "国家主席习近平会见法国总统马克龙。") { created } }`, `{}`},
		{`{ meetings(after: "` + storetest.Hostile + `") { totalCount } }`, `{}`},
		{`{ a: countries { code } b: countries { code } c: __typename }`, `{}`},
		{`{ meetings { edges { node { article { meetings { article { meetings { id } } } } } } } }`, `{}`},
		{`{`, `{"x": [1, 2, {"y": "}) MATCH (n) DETACH DELETE n //"}]}`},
	} {
		f.Add(seed.q, seed.vars)
	}
	s := fixtureStore(f)
	before, err := storetest.Dump(context.Background(), s)
	if err != nil {
		f.Fatal(err)
	}
	h := httpapi.New(s, httpapi.Config{GraphQL: gql.Config{IngestToken: "right"}, Logger: quiet})
	f.Fuzz(func(t *testing.T, query, vars string) {
		body := map[string]any{"query": query}
		var v any
		if json.Unmarshal([]byte(vars), &v) == nil {
			body["variables"] = v
		} else {
			body["variables"] = vars
		}
		b, _ := json.Marshal(body)
		req := httptest.NewRequest(http.MethodPost, "/query", strings.NewReader(string(b)))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer wrong")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		switch w.Code {
		case http.StatusOK, http.StatusBadRequest, http.StatusRequestEntityTooLarge:
		default:
			t.Fatalf("status %d for %q: %s", w.Code, query, w.Body)
		}
		var ans map[string]any
		if err := json.Unmarshal(w.Body.Bytes(), &ans); err != nil {
			t.Fatalf("answer is not JSON (%v): %q", err, w.Body)
		}
		out := w.Body.String()
		for _, leak := range []string{"goroutine ", ".go:", "runtime error", "Neo4jError", "panic"} {
			if strings.Contains(out, leak) && !strings.Contains(query, leak) && !strings.Contains(vars, leak) {
				t.Fatalf("answer leaks %q: %s", leak, out)
			}
		}
		if strings.Contains(query, "mutation") {
			after, err := storetest.Dump(context.Background(), s)
			if err != nil {
				t.Fatal(err)
			}
			if after != before {
				t.Fatalf("a request with a wrong token changed the graph: %q", query)
			}
		}
	})
}
