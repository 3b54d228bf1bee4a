package httpapi_test

import (
	"bytes"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph/graph/httpapi"
)

// TestMalformedRequestsAreBadRequests: a body that is not JSON, and a
// request no transport takes, answer 400 with a BAD_REQUEST code (per
// GraphQL over HTTP), and the log holds a bounded excerpt of the body,
// not the body.
func TestMalformedRequestsAreBadRequests(t *testing.T) {
	var logs bytes.Buffer
	h := httpapi.New(fixtureStore(t), httpapi.Config{Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	huge := `{"query": "{ countries { code } }"` + strings.Repeat("x", 500<<10)
	for name, body := range map[string]string{"truncated": `{"query": "{ countries`, "huge": huge, "not json": "query { countries { code } }"} {
		t.Run(name, func(t *testing.T) {
			logs.Reset()
			w := post(h, body, nil)
			if w.Code != http.StatusBadRequest || !strings.Contains(w.Body.String(), `"code":"`+httpapi.CodeBadRequest+`"`) {
				t.Errorf("%d %.300s", w.Code, w.Body)
			}
			if strings.Contains(w.Body.String(), "xxxxxxxxxxxxxxxxxxxxxxxxxxxx") {
				t.Errorf("the answer echoes the body: %.300s", w.Body)
			}
			if logs.Len() > 4<<10 || strings.Contains(logs.String(), "level=ERROR") {
				t.Errorf("log of %d bytes: %.300s", logs.Len(), logs.String())
			}
		})
	}
	t.Run("transport", func(t *testing.T) {
		req := httptest.NewRequest(http.MethodPut, "/query", strings.NewReader(`{"query":"{ countries { code } }"}`))
		req.Header.Set("Content-Type", "application/json")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if w.Code != http.StatusBadRequest || !strings.Contains(w.Body.String(), `"code":"`+httpapi.CodeBadRequest+`"`) {
			t.Errorf("PUT: %d %s", w.Code, w.Body)
		}
		req = httptest.NewRequest(http.MethodPost, "/query", strings.NewReader(`query=x`))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		w = httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if w.Code != http.StatusBadRequest || !strings.Contains(w.Body.String(), `"code":"`+httpapi.CodeBadRequest+`"`) {
			t.Errorf("form POST: %d %s", w.Code, w.Body)
		}
	})
}
