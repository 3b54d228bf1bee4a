package httpapi_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph/graph/gql"
	"github.com/dipgraph/dipgraph/graph/httpapi"
)

// TestIDEOffersExamples: the IDE page loads examples.js before init.js;
// examples.js hands init.js every example (name, title, query,
// variables), and init.js opens them as tabs.
func TestIDEOffersExamples(t *testing.T) {
	h := httpapi.New(fixtureStore(t), httpapi.Config{Logger: quiet})
	get := func(path string) *httptest.ResponseRecorder {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, path, nil))
		return w
	}
	page := get("/").Body.String()
	ex, in := strings.Index(page, `src="/ide/assets/examples.js"`), strings.Index(page, `src="/ide/assets/init.js"`)
	if ex < 0 || in < 0 || ex > in {
		t.Errorf("the IDE page does not load examples.js before init.js:\n%s", page)
	}
	w := get("/ide/assets/examples.js")
	if w.Code != http.StatusOK || !strings.Contains(w.Header().Get("Content-Type"), "javascript") {
		t.Fatalf("examples.js: %d %q", w.Code, w.Header().Get("Content-Type"))
	}
	body := w.Body.String()
	const prefix = "window.dipgraphExamples = "
	i := strings.Index(body, prefix)
	if i < 0 || !strings.HasSuffix(body, ";\n") {
		t.Fatalf("examples.js:\n%s", body)
	}
	var got []struct {
		Name, Title, Query string
		Variables          map[string]any
	}
	if err := json.Unmarshal([]byte(strings.TrimSuffix(body[i+len(prefix):], ";\n")), &got); err != nil {
		t.Fatalf("examples.js is not one JSON array: %v", err)
	}
	if len(got) != len(gql.Examples) {
		t.Fatalf("examples.js has %d examples, want %d", len(got), len(gql.Examples))
	}
	for i, e := range gql.Examples {
		g := got[i]
		want := e.Variables
		if want != nil {
			// Compare through JSON, as the browser sees them.
			b, _ := json.Marshal(want)
			want = nil
			_ = json.Unmarshal(b, &want)
		}
		if g.Name != e.Name || g.Title != e.Title || g.Query != e.Query || !reflect.DeepEqual(g.Variables, want) {
			t.Errorf("examples.js #%d = %+v, want %+v", i, g, e)
		}
	}
	init := get("/ide/assets/init.js").Body.String()
	for _, want := range []string{"window.dipgraphExamples", "defaultTabs"} {
		if !strings.Contains(init, want) {
			t.Errorf("init.js does not use %s", want)
		}
	}
}
