package httpapi_test

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/dipgraph/dipgraph/graph/httpapi"
)

// TestCORSAnyOriginSendsNoCredentials: with --cors-origin '*' the answer
// allows any origin with "*" and never with credentials (echoing any
// origin with credentials lets every site call the API as the user).
func TestCORSAnyOriginSendsNoCredentials(t *testing.T) {
	h := httpapi.New(fixtureStore(t), httpapi.Config{Logger: quiet, CORSOrigins: []string{"*"}})
	w := post(h, `{"query":"{ countries { code } }"}`, map[string]string{"Origin": "https://whoever.example"})
	if got := w.Header().Get("Access-Control-Allow-Origin"); got != "*" {
		t.Errorf("Allow-Origin %q, want *", got)
	}
	if got := w.Header().Get("Access-Control-Allow-Credentials"); got != "" {
		t.Errorf("Allow-Credentials %q with *", got)
	}
	req := httptest.NewRequest(http.MethodOptions, "/query", nil)
	req.Header.Set("Origin", "https://whoever.example")
	req.Header.Set("Access-Control-Request-Method", "POST")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusNoContent || rec.Header().Get("Access-Control-Allow-Origin") != "*" || rec.Header().Get("Access-Control-Allow-Credentials") != "" {
		t.Errorf("preflight with *: %d %v", rec.Code, rec.Header())
	}
	// A listed origin keeps its credentials.
	h = httpapi.New(fixtureStore(t), httpapi.Config{Logger: quiet, CORSOrigins: []string{"https://dash.example"}})
	w = post(h, `{"query":"{ countries { code } }"}`, map[string]string{"Origin": "https://dash.example"})
	if w.Header().Get("Access-Control-Allow-Origin") != "https://dash.example" || w.Header().Get("Access-Control-Allow-Credentials") != "true" {
		t.Errorf("listed origin: %v", w.Header())
	}
}
