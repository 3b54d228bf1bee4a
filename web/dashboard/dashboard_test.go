package dashboard

import (
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
)

func get(t *testing.T, h http.Handler, method, target string) *http.Response {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(method, target, nil))
	return rec.Result()
}

func TestHandlerServesFiles(t *testing.T) {
	h := Handler()
	tests := []struct {
		path     string
		status   int
		ctype    string
		contains string
	}{
		{"/dashboard/", 200, "text/html", `src="app.js"`},
		{"/dashboard/?panel=timeline&from=2025-01-01", 200, "text/html", `<main id="app">`},
		{"/dashboard/index.html", 301, "", ""}, // FileServer canonicalises to the folder
		{"/dashboard/app.js", 200, "text/javascript", "DashboardMeetings"},
		{"/dashboard/app.css", 200, "text/css", "font-family"},
		{"/dashboard/missing.js", 404, "", ""},
		{"/other", 404, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			res := get(t, h, http.MethodGet, tt.path)
			body, _ := io.ReadAll(res.Body)
			if res.StatusCode != tt.status {
				t.Fatalf("status = %d, want %d", res.StatusCode, tt.status)
			}
			if tt.ctype != "" && !strings.HasPrefix(res.Header.Get("Content-Type"), tt.ctype) {
				t.Errorf("Content-Type = %q, want %s", res.Header.Get("Content-Type"), tt.ctype)
			}
			if tt.contains != "" && !strings.Contains(string(body), tt.contains) {
				t.Errorf("body lacks %q", tt.contains)
			}
			if tt.status == 200 && !strings.Contains(res.Header.Get("Content-Security-Policy"), "default-src 'self'") {
				t.Errorf("CSP = %q", res.Header.Get("Content-Security-Policy"))
			}
		})
	}
}

func TestRedirectKeepsQuery(t *testing.T) {
	res := get(t, Handler(), http.MethodGet, "/dashboard?panel=domains&to=2025-12-31")
	if res.StatusCode != http.StatusMovedPermanently {
		t.Fatalf("status = %d, want 301", res.StatusCode)
	}
	if loc := res.Header.Get("Location"); loc != "/dashboard/?panel=domains&to=2025-12-31" {
		t.Errorf("Location = %q", loc)
	}
}

func TestRejectsWrites(t *testing.T) {
	res := get(t, Handler(), http.MethodPost, "/dashboard/")
	if res.StatusCode != http.StatusMethodNotAllowed {
		t.Fatalf("status = %d, want 405", res.StatusCode)
	}
}

func TestMountedOnMux(t *testing.T) {
	mux := http.NewServeMux()
	mux.Handle("/dashboard/", Handler())
	srv := httptest.NewServer(mux)
	defer srv.Close()
	res, err := http.Get(srv.URL + "/dashboard?panel=network")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	if res.StatusCode != 200 || !strings.Contains(string(body), "app.js") {
		t.Fatalf("GET /dashboard via mux: %d %q", res.StatusCode, body)
	}
	if res.Request.URL.RawQuery != "panel=network" {
		t.Errorf("redirect lost the query: %q", res.Request.URL.String())
	}
}

// The dashboard must load nothing from outside: no absolute URLs in the HTML's
// src/href, no url()/@import of remote resources in the CSS, no fetch of a
// fixed remote host in the script.
func TestNoExternalResources(t *testing.T) {
	files := Files()
	remote := regexp.MustCompile(`(?i)(src|href)\s*=\s*["']?(https?:)?//`)
	cssRemote := regexp.MustCompile(`(?i)(url\(\s*["']?(https?:)?//|@import)`)
	jsFetch := regexp.MustCompile(`(?i)fetch\(\s*["'\x60]https?://`)
	n := 0
	err := fs.WalkDir(files, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		n++
		b, err := fs.ReadFile(files, path)
		if err != nil {
			return err
		}
		s := string(b)
		switch {
		case strings.HasSuffix(path, ".html"):
			if m := remote.FindString(s); m != "" {
				t.Errorf("%s references a remote resource: %q", path, m)
			}
		case strings.HasSuffix(path, ".css"):
			if m := cssRemote.FindString(s); m != "" {
				t.Errorf("%s references a remote resource: %q", path, m)
			}
		case strings.HasSuffix(path, ".js"):
			if m := jsFetch.FindString(s); m != "" {
				t.Errorf("%s fetches a remote host: %q", path, m)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 3 {
		t.Fatalf("embedded dist has %d files, want index.html, app.js, app.css", n)
	}
}
