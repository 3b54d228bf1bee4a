package gql_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph/graph/gql"
	"github.com/dipgraph/dipgraph/graph/gql/gqltest"
	"github.com/dipgraph/dipgraph/graph/mem"
)

// TestWrongTokensAreThrottled: after a few wrong bearer tokens from one
// client address, that address is refused (RATE_LIMITED, even with the
// right token) for a while; other addresses are not.
func TestWrongTokensAreThrottled(t *testing.T) {
	h := gql.NewHandler(mem.New(), gql.Config{Logger: quiet, IngestToken: "tok", Extract: gqltest.FakeExtract})
	m := body(t, map[string]any{"query": `mutation { ingest(text: "习近平会见来宾甲。", date: "2025-01-02") { created } }`})
	from := func(addr, token string) string {
		req := httptest.NewRequest(http.MethodPost, "/query", strings.NewReader(m))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+token)
		req.RemoteAddr = addr
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		return w.Body.String()
	}
	limited := 0
	for range 100 {
		if strings.Contains(from("192.0.2.7:4000", "guess"), gql.CodeRateLimited) {
			limited++
		}
	}
	if limited < 80 {
		t.Errorf("%d of 100 wrong tokens throttled", limited)
	}
	if b := from("192.0.2.7:4001", "tok"); !strings.Contains(b, gql.CodeRateLimited) {
		t.Errorf("the throttled address got through: %s", b)
	}
	if b := from("198.51.100.3:5000", "tok"); !strings.Contains(b, `"data":{"ingest":{`) {
		t.Errorf("another address was refused: %s", b)
	}
}
