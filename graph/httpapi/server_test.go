package httpapi_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/gql"
	"github.com/dipgraph/dipgraph/graph/gql/gqltest"
	"github.com/dipgraph/dipgraph/graph/httpapi"
)

var (
	quiet        = slog.New(slog.DiscardHandler)
	fixtureStore = gqltest.FixtureStore
	post         = gqltest.Post
	body         = gqltest.Body
)

// The HTTP server's own limits: the body size and the time of a request.
func TestBodyAndTimeLimits(t *testing.T) {
	h := httpapi.New(fixtureStore(t), httpapi.Config{Logger: quiet, MaxBodyBytes: 64 << 10})

	t.Run("body", func(t *testing.T) {
		huge := body(t, map[string]any{"query": "{ countries { code } }", "variables": map[string]any{"pad": strings.Repeat("x", 100<<10)}})
		w := post(h, huge, nil)
		if w.Code != http.StatusRequestEntityTooLarge || !strings.Contains(w.Body.String(), httpapi.CodePayloadTooLarge) {
			t.Errorf("huge body: %d %s", w.Code, w.Body)
		}
		// Without Content-Length the limit holds while reading.
		req := httptest.NewRequest(http.MethodPost, "/query", io.MultiReader(strings.NewReader(huge)))
		req.ContentLength = -1
		req.Header.Set("Content-Type", "application/json")
		w = httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if w.Code < 400 || strings.Contains(w.Body.String(), `"data":{`) {
			t.Errorf("huge chunked body: %d %s", w.Code, w.Body)
		}
		// Just under the limit is served.
		w = post(h, body(t, map[string]any{"query": "{ countries { code } }", "variables": map[string]any{"pad": strings.Repeat("x", 60<<10)}}), nil)
		if w.Code != http.StatusOK || !strings.Contains(w.Body.String(), `"UZ"`) {
			t.Errorf("body under the limit: %d %.200s", w.Code, w.Body)
		}
	})

	t.Run("timeout", func(t *testing.T) {
		h := httpapi.New(slowStore{fixtureStore(t)}, httpapi.Config{Logger: quiet, Timeout: 50 * time.Millisecond})
		start := time.Now()
		r := gqltest.WantError(t, h, `{ meetings { totalCount } }`, gql.CodeServiceUnavailable)
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("timed out after %v", d)
		}
		_ = r
	})
}

// slowStore answers searches only when the request is cancelled.
type slowStore struct{ graph.Store }

func (s slowStore) SearchMeetings(ctx context.Context, qs []graph.MeetingQuery) ([]graph.MeetingPage, error) {
	select {
	case <-ctx.Done():
		return nil, fmt.Errorf("search meetings: %w", ctx.Err())
	case <-time.After(time.Minute):
		return nil, errors.New("not cancelled")
	}
}

func TestCORS(t *testing.T) {
	h := httpapi.New(fixtureStore(t), httpapi.Config{Logger: quiet, CORSOrigins: []string{"https://dash.example"}})
	preflight := func(origin string) *httptest.ResponseRecorder {
		req := httptest.NewRequest(http.MethodOptions, "/query", nil)
		req.Header.Set("Origin", origin)
		req.Header.Set("Access-Control-Request-Method", "POST")
		req.Header.Set("Access-Control-Request-Headers", "content-type, authorization")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		return w
	}
	w := preflight("https://dash.example")
	if w.Code != http.StatusNoContent || w.Header().Get("Access-Control-Allow-Origin") != "https://dash.example" ||
		!strings.Contains(w.Header().Get("Access-Control-Allow-Methods"), "POST") ||
		!strings.Contains(strings.ToLower(w.Header().Get("Access-Control-Allow-Headers")), "authorization") {
		t.Errorf("allowed preflight: %d %v", w.Code, w.Header())
	}
	w = preflight("https://evil.example")
	if w.Code == http.StatusNoContent || w.Header().Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("refused preflight: %d %v", w.Code, w.Header())
	}
	w = post(h, `{"query":"{ countries { code } }"}`, map[string]string{"Origin": "https://dash.example"})
	if w.Code != http.StatusOK || w.Header().Get("Access-Control-Allow-Origin") != "https://dash.example" || !strings.Contains(w.Header().Get("Vary"), "Origin") {
		t.Errorf("allowed POST: %d %v", w.Code, w.Header())
	}
	w = post(h, `{"query":"{ countries { code } }"}`, map[string]string{"Origin": "https://evil.example"})
	if w.Header().Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("other origin got CORS headers: %v", w.Header())
	}

	any := httpapi.New(fixtureStore(t), httpapi.Config{Logger: quiet, CORSOrigins: []string{"*"}})
	w = post(any, `{"query":"{ countries { code } }"}`, map[string]string{"Origin": "https://whoever.example"})
	if w.Header().Get("Access-Control-Allow-Origin") == "" {
		t.Errorf("* does not allow any origin: %v", w.Header())
	}
	none := httpapi.New(fixtureStore(t), httpapi.Config{Logger: quiet})
	w = post(none, `{"query":"{ countries { code } }"}`, map[string]string{"Origin": "https://dash.example"})
	if w.Header().Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("CORS headers without configured origins: %v", w.Header())
	}
}

func TestHealthz(t *testing.T) {
	for _, c := range []struct {
		store  graph.Store
		status int
		want   string
	}{
		{fixtureStore(t), http.StatusOK, "ok"},
		{downStore{fixtureStore(t)}, http.StatusServiceUnavailable, "unavailable"},
	} {
		h := httpapi.New(c.store, httpapi.Config{Logger: quiet})
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/healthz", nil))
		var b map[string]string
		if err := json.Unmarshal(w.Body.Bytes(), &b); err != nil {
			t.Fatalf("healthz body %q: %v", w.Body, err)
		}
		if w.Code != c.status || b["status"] != c.want || !strings.HasPrefix(w.Header().Get("Content-Type"), "application/json") {
			t.Errorf("healthz %d %v, want %d %s", w.Code, b, c.status, c.want)
		}
		if strings.Contains(w.Body.String(), "bolt") {
			t.Errorf("healthz leaks: %s", w.Body)
		}
	}
}

type downStore struct{ graph.Store }

func (downStore) Ping(context.Context) error {
	return graph.E("ping", graph.Unavailable, errors.New("bolt://db:7687 connection refused"))
}

func TestMetrics(t *testing.T) {
	h := httpapi.New(fixtureStore(t), httpapi.Config{Logger: quiet})
	var r any
	for range 3 {
		gqltest.Query(t, h, `query RecentMeetings { meetings(first: 2) { totalCount } }`, &r)
	}
	gqltest.WantError(t, h, `query BadPage { meetings(first: 1000) { totalCount } }`, gql.CodeBadUserInput)
	gqltest.Query(t, h, `{ countries { code } }`, &r)

	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	out := w.Body.String()
	for _, want := range []string{
		`dipgraph_graphql_requests_total{operation="RecentMeetings",status="ok"} 3`,
		`dipgraph_graphql_requests_total{operation="BadPage",status="error"} 1`,
		`dipgraph_graphql_requests_total{operation="anonymous",status="ok"} 1`,
		`dipgraph_graphql_request_duration_seconds_count{operation="RecentMeetings"} 3`,
		`dipgraph_graphql_request_duration_seconds_bucket{operation="RecentMeetings",le="+Inf"} 3`,
		"# TYPE dipgraph_graphql_request_duration_seconds histogram",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("metrics lack %q", want)
		}
	}
	if t.Failed() {
		t.Logf("metrics:\n%s", grep(out, "dipgraph_"))
	}
	// Each server has its own registry.
	h2 := httpapi.New(fixtureStore(t), httpapi.Config{Logger: quiet})
	w = httptest.NewRecorder()
	h2.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	if strings.Contains(w.Body.String(), "RecentMeetings") {
		t.Errorf("a new server shares metrics with another")
	}
}

func grep(s, sub string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

var (
	attrURL   = regexp.MustCompile(`(?:src|href)\s*=\s*"([^"]*)"`)
	remoteURL = regexp.MustCompile(`(?i)(https?:)?//[a-z0-9.-]+\.[a-z]{2,}/`)
)

// The IDE at / loads nothing from outside the server.
func TestIDEOffline(t *testing.T) {
	h := httpapi.New(fixtureStore(t), httpapi.Config{Logger: quiet})
	get := func(path string) *httptest.ResponseRecorder {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, path, nil))
		return w
	}
	w := get("/")
	page := w.Body.String()
	if w.Code != http.StatusOK || !strings.HasPrefix(w.Header().Get("Content-Type"), "text/html") || !strings.Contains(page, "graphiql") {
		t.Fatalf("GET /: %d %s", w.Code, page)
	}
	if remoteURL.MatchString(page) {
		t.Errorf("the IDE page names a remote URL: %s", remoteURL.FindString(page))
	}
	refs := attrURL.FindAllStringSubmatch(page, -1)
	if len(refs) < 4 {
		t.Fatalf("the IDE page references %d assets", len(refs))
	}
	for _, m := range refs {
		ref := m[1]
		if !strings.HasPrefix(ref, "/ide/assets/") {
			t.Errorf("the IDE page references %q, not a local asset", ref)
			continue
		}
		a := get(ref)
		if a.Code != http.StatusOK || a.Body.Len() == 0 {
			t.Errorf("asset %s: %d, %d bytes", ref, a.Code, a.Body.Len())
		}
		ct := a.Header().Get("Content-Type")
		if strings.HasSuffix(ref, ".js") && !strings.Contains(ct, "javascript") || strings.HasSuffix(ref, ".css") && !strings.Contains(ct, "css") {
			t.Errorf("asset %s has type %q", ref, ct)
		}
		if strings.HasSuffix(ref, ".css") && regexp.MustCompile(`(?i)(@import|url\()\s*["']?(https?:)?//`).MatchString(a.Body.String()) {
			t.Errorf("stylesheet %s loads a remote resource", ref)
		}
		if strings.HasSuffix(ref, "init.js") && remoteURL.MatchString(a.Body.String()) {
			t.Errorf("init.js names a remote URL")
		}
	}
	if csp := w.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
		t.Errorf("IDE CSP %q", csp)
	}
	if get("/nope").Code != http.StatusNotFound {
		t.Errorf("unknown path is not 404")
	}
	if get("/ide/assets/nope.js").Code != http.StatusNotFound {
		t.Errorf("unknown asset is not 404")
	}
}
