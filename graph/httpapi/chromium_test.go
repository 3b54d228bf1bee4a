package httpapi_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/graph/gql"
	"github.com/dipgraph/dipgraph/graph/httpapi"
)

// The IDE renders in a real browser that cannot reach any other host,
// loads the schema from /query and opens one tab per analyst example
// (titled with the example's operation name). Needs chromium; skipped
// without it.
func TestIDERendersInChromium(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	browser := ""
	for _, b := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(b); err == nil {
			browser = p
			break
		}
	}
	if browser == "" {
		t.Skip("no chromium")
	}
	api := httpapi.New(fixtureStore(t), httpapi.Config{Logger: quiet})
	var mu sync.Mutex
	var paths []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := httptest.NewRecorder()
		api.ServeHTTP(rec, r)
		mu.Lock()
		line := r.Method + " " + r.URL.Path
		if rec.Code >= 400 || r.URL.Path == "/query" && strings.Contains(rec.Body.String(), `"errors"`) {
			line += fmt.Sprintf(" FAILED %d %.300s", rec.Code, rec.Body.String())
		}
		paths = append(paths, line)
		mu.Unlock()
		for k, v := range rec.Header() {
			w.Header()[k] = v
		}
		w.WriteHeader(rec.Code)
		w.Write(rec.Body.Bytes())
	}))
	defer srv.Close()

	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
		"--user-data-dir="+t.TempDir(),
		// Any host but the test server is unreachable.
		"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
		"--virtual-time-budget=15000", "--dump-dom", srv.URL+"/")
	cmd.Env = append(os.Environ(), "HOME="+t.TempDir())
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium: %v", err)
	}
	dom := string(out)
	if !strings.Contains(dom, "graphiql-container") {
		t.Fatalf("GraphiQL did not render; DOM:\n%.2000s", dom)
	}
	for _, e := range gql.Examples {
		if !strings.Contains(dom, ">"+e.Name+"<") {
			t.Errorf("the IDE has no tab %s", e.Name)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	joined := strings.Join(paths, "\n")
	if strings.Contains(joined, "FAILED") {
		t.Errorf("a request of the IDE failed:\n%s", joined)
	}
	for _, want := range []string{"GET /ide/assets/graphiql.min.js\n", "GET /ide/assets/init.js\n", "GET /ide/assets/examples.js\n", "POST /query"} {
		if !strings.Contains(joined+"\n", want) {
			t.Errorf("the browser did not request %s; requests:\n%s", want, joined)
		}
	}
}
