// Package ide serves the offline GraphQL IDE (GraphiQL) that dipgraph
// shows at /: index.html and init.js are ours; dist/ holds the GraphiQL
// and React UMD builds copied from npm by copy.mjs (run `npm ci && npm run
// build` here after changing package.json). They are committed and
// embedded, so serving needs no npm and no network. The page also loads
// examples.js, the analyst examples it opens as tabs, which the caller
// hands to Assets (graph/httpapi passes gql.ExamplesJS()). graph/httpapi
// mounts ServePage at / and Assets at AssetsPrefix.
package ide

import (
	"embed"
	"io/fs"
	"net/http"
)

// AssetsPrefix is the path the page loads its scripts and styles from.
const AssetsPrefix = "/ide/assets/"

//go:embed index.html init.js dist
var files embed.FS

// Assets serves the page's scripts and styles under AssetsPrefix, and
// examplesJS (a script that sets window.dipgraphExamples, which init.js
// opens as tabs) as examples.js.
func Assets(examplesJS []byte) http.Handler {
	dist, err := fs.Sub(files, "dist")
	if err != nil {
		panic(err) // the embedded tree is fixed at build time
	}
	fsrv := http.FileServerFS(dist)
	initJS, _ := files.ReadFile("init.js")
	return http.StripPrefix(AssetsPrefix, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=86400")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		switch r.URL.Path {
		case "init.js", "examples.js":
			w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
			if r.URL.Path == "init.js" {
				_, _ = w.Write(initJS)
			} else {
				_, _ = w.Write(examplesJS)
			}
			return
		}
		fsrv.ServeHTTP(w, r)
	}))
}

// ServePage serves the IDE's page.
func ServePage(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	page, _ := files.ReadFile("index.html")
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-cache")
	h.Set("X-Content-Type-Options", "nosniff")
	// Only this server's own scripts, styles and endpoint; GraphiQL needs
	// inline styles and data: images.
	h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'")
	_, _ = w.Write(page)
}
