// Package dashboard serves the embeddable research dashboard: static files
// built from web/dashboard (npm ci && npm run build) into dist/ and embedded
// with go:embed. The page calls the GraphQL API at /query on the same origin
// (or the origin in its ?api= parameter) and loads nothing else from outside.
package dashboard

import (
	"embed"
	"io/fs"
	"net/http"
	"strings"
)

// Prefix is the path the dashboard is served under.
const Prefix = "/dashboard"

//go:embed dist
var dist embed.FS

// csp allows the page's own files only; connect-src stays open so that the
// ?api= parameter can point at another dipgraph server (which sends CORS).
const csp = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
	"img-src 'self' data: blob:; font-src 'self'; connect-src *; object-src 'none'; base-uri 'none'"

// Files returns the built dashboard files (index.html, app.js, app.css).
func Files() fs.FS {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		panic("dashboard: embedded dist missing: " + err.Error())
	}
	return sub
}

// Handler serves the dashboard under /dashboard/ (and redirects /dashboard
// there, keeping the query). Mount it with mux.Handle("/dashboard/", h) and,
// if the mux does not redirect by itself, mux.Handle("/dashboard", h).
func Handler() http.Handler {
	files := http.FileServerFS(Files())
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		p := r.URL.Path
		if p == Prefix {
			target := Prefix + "/"
			if r.URL.RawQuery != "" {
				target += "?" + r.URL.RawQuery
			}
			http.Redirect(w, r, target, http.StatusMovedPermanently)
			return
		}
		rest, ok := strings.CutPrefix(p, Prefix+"/")
		if !ok {
			http.NotFound(w, r)
			return
		}
		h := w.Header()
		h.Set("Content-Security-Policy", csp)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Cache-Control", "no-cache")
		r2 := r.Clone(r.Context())
		r2.URL.Path = "/" + rest
		r2.URL.RawPath = ""
		files.ServeHTTP(w, r2)
	})
}
