package gql

import (
	"embed"
	"io/fs"
	"net/http"
)

// The IDE: ide/index.html and ide/init.js are ours, and examples.js
// (generated from Examples) opens one tab per analyst example; ide/dist holds the
// GraphiQL and React UMD builds copied from npm by ide/copy.mjs (run
// `npm ci && npm run build` in graph/gql/ide after changing
// package.json). They are committed, so serving needs no npm and no
// network.
//
//go:embed ide/index.html ide/init.js ide/dist
var ideFS embed.FS

func ideAssets() http.Handler {
	dist, err := fs.Sub(ideFS, "ide/dist")
	if err != nil {
		panic(err) // the embedded tree is fixed at build time
	}
	files := http.FileServerFS(dist)
	initJS, _ := ideFS.ReadFile("ide/init.js")
	exJS := examplesJS()
	return http.StripPrefix("/ide/assets/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=86400")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		switch r.URL.Path {
		case "init.js", "examples.js":
			w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
			if r.URL.Path == "init.js" {
				_, _ = w.Write(initJS)
			} else {
				_, _ = w.Write(exJS)
			}
			return
		}
		files.ServeHTTP(w, r)
	}))
}

func serveIDE(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	page, _ := ideFS.ReadFile("ide/index.html")
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-cache")
	h.Set("X-Content-Type-Options", "nosniff")
	// Only this server's own scripts, styles and endpoint; GraphiQL needs
	// inline styles and data: images.
	h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'")
	_, _ = w.Write(page)
}
