package httpapi_test

import (
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph/graph/httpapi"
)

// TestResultCacheKeyCannotBeShifted: the cache keys a request by its
// query, operation name and variables joined with NUL bytes (the key is
// the text itself, not a hash of it, so no two texts share one). A kept query
// never holds a NUL (the GraphQL parser refuses one anywhere, so nothing
// with one is answered and kept), so a request that moves the separators
// (a NUL in its query or operation name, sent as \u0000) is never served
// the kept answer of another: every such request is a miss and an error.
func TestResultCacheKeyCannotBeShifted(t *testing.T) {
	h := httpapi.New(fixtureStore(t), httpapi.Config{Logger: quiet})
	const q = `query Kg { country(code: "KG") { name } }`
	kept := post(h, body(t, map[string]any{"query": q, "operationName": "Kg", "variables": map[string]any{"c": "KG"}}), nil)
	if !strings.Contains(kept.Body.String(), "吉尔吉斯斯坦") {
		t.Fatalf("first answer: %d %s", kept.Code, kept.Body)
	}
	shifted := []map[string]any{
		// The same bytes in another split (a key without separators
		// would serve these).
		{"query": "query Kg", "operationName": strings.TrimPrefix(q, "query Kg") + "Kg", "variables": map[string]any{"c": "KG"}},
		{"query": q + "Kg", "variables": map[string]any{"c": "KG"}},
		// Separators moved with NULs of the request's own.
		{"query": q + "\x00Kg", "variables": map[string]any{"c": "KG"}},
		{"query": q + "\x00Kg\x00{\"c\":\"KG\"}"},
		{"query": "query Kg", "operationName": strings.TrimPrefix(q, "query Kg") + "\x00Kg"},
		{"query": q, "operationName": "Kg\x00{\"c\":\"KG\"}"},
	}
	for _, s := range shifted {
		hits := cacheCount(t, h, "hit")
		w := post(h, body(t, s), nil)
		if cacheCount(t, h, "hit") != hits || strings.Contains(w.Body.String(), "吉尔吉斯斯坦") {
			t.Errorf("%q was served the kept answer: %s", s, w.Body)
		}
	}
	// The kept request itself is still a hit.
	hits := cacheCount(t, h, "hit")
	post(h, body(t, map[string]any{"query": q, "operationName": "Kg", "variables": map[string]any{"c": "KG"}}), nil)
	if cacheCount(t, h, "hit") != hits+1 {
		t.Error("the kept request was not answered from the cache")
	}
}
