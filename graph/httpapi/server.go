// Package httpapi is dipgraph's HTTP server: the routes that `dipgraph
// serve` answers and what every request goes through before and after
// the GraphQL endpoint (graph/gql). graph/gql is the schema's executor
// and resolvers as one handler; this package is the web around it, the
// room that benbjohnson/wtf calls http/:
//
//   - /query: GraphQL over GET and POST (graph/gql's Handler), behind CORS,
//     a body limit, a per-request timeout, the refusal of requests that are
//     not GraphQL (400 BAD_REQUEST), the result cache, and the status codes
//     and bodies of GraphQL over HTTP (graphqlhttp.go);
//   - / and /ide/assets/: the offline GraphiQL (web/ide);
//   - /dashboard/: the research dashboard (web/dashboard);
//   - /healthz and /metrics (Prometheus).
//
// Access logs and panics outside GraphQL are handled here too. The command
// (cmd/dipgraph) only wires a store, the extractor and flags into Config.
package httpapi

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"runtime/debug"
	"slices"
	"time"
	"unicode/utf8"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/gql"
	"github.com/dipgraph/dipgraph/web/dashboard"
	"github.com/dipgraph/dipgraph/web/ide"
)

// Error codes in extensions.code of requests refused before GraphQL sees
// them (the others are graph/gql's).
const (
	CodePayloadTooLarge = "PAYLOAD_TOO_LARGE"
	CodeBadRequest      = "BAD_REQUEST"
)

// Config configures the server. The zero value is usable: every limit
// takes its default and the GraphQL endpoint gets graph/gql's defaults.
type Config struct {
	// GraphQL configures the endpoint at /query: ingest token and
	// extractor, query limits, loaders. Its Logger, when nil, is Logger.
	GraphQL gql.Config
	// Logger receives structured logs; nil uses slog.Default().
	Logger *slog.Logger
	// CORSOrigins are the origins allowed to call /query from a browser;
	// "*" allows any.
	CORSOrigins []string
	// Timeout bounds one GraphQL request; default 10s.
	Timeout time.Duration
	// MaxBodyBytes bounds a request body; default 1 MiB.
	MaxBodyBytes int64
	// ResultCacheBytes bounds the answers kept for repeated queries
	// while the store is unchanged (stores that implement
	// graph.Versioned: the embedded store and Neo4j, which does not see
	// writes made by other means than dipgraph); default 32 MiB,
	// negative turns the cache off.
	ResultCacheBytes int
}

func (c Config) withDefaults() Config {
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	if c.GraphQL.Logger == nil {
		c.GraphQL.Logger = c.Logger
	}
	if c.Timeout <= 0 {
		c.Timeout = 10 * time.Second
	}
	if c.MaxBodyBytes <= 0 {
		c.MaxBodyBytes = 1 << 20
	}
	if c.ResultCacheBytes == 0 {
		c.ResultCacheBytes = 32 << 20
	}
	return c
}

// Server is the HTTP API: /query (GraphQL over GET and POST), / and
// /ide/assets/ (the offline IDE), /dashboard/, /healthz and /metrics.
type Server struct {
	store   graph.Store
	cfg     Config
	log     *slog.Logger
	gql     *gql.Handler
	metrics *metrics
	cache   *resultCache // nil when off
	mux     *http.ServeMux
}

// New returns the server over a store.
func New(store graph.Store, cfg Config) *Server {
	cfg = cfg.withDefaults()
	s := &Server{store: store, cfg: cfg, log: cfg.Logger, metrics: newMetrics()}
	s.gql = gql.NewHandler(store, cfg.GraphQL)
	s.gql.AroundResponses(s.metrics.observe)
	if rc := newResultCache(store, cfg.ResultCacheBytes, s.metrics); rc != nil {
		s.cache = rc
		s.gql.AroundResponses(rc.around) // inside metrics: cached answers are counted and timed too
	}

	mux := http.NewServeMux()
	mux.Handle("/query", s.cors(s.limitBody(http.HandlerFunc(s.serveQuery))))
	mux.HandleFunc("/healthz", s.serveHealth)
	mux.Handle("/metrics", s.metrics.handler())
	mux.Handle("/ide/assets/", ide.Assets(gql.ExamplesJS()))
	mux.HandleFunc("/{$}", ide.ServePage)
	mux.HandleFunc("/favicon.ico", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) })
	mux.Handle(dashboard.Prefix+"/", dashboard.Handler())
	mux.Handle(dashboard.Prefix, dashboard.Handler()) // redirects to Prefix+"/", keeping the query
	s.mux = mux
	return s
}

// ServeHTTP logs and serves one request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	rw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
	defer func() {
		if p := recover(); p != nil {
			s.log.ErrorContext(r.Context(), "panic serving request", "path", r.URL.Path, "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			if !rw.wrote {
				writeJSONError(rw, http.StatusInternalServerError, "internal error", gql.CodeInternal)
			}
		}
		s.log.InfoContext(r.Context(), "http request", "method", r.Method, "path", r.URL.Path, "status", rw.status,
			"duration", time.Since(start), "bytes", rw.bytes)
	}()
	s.mux.ServeHTTP(rw, r)
}

type statusWriter struct {
	http.ResponseWriter
	status int
	bytes  int
	wrote  bool
}

func (w *statusWriter) WriteHeader(code int) {
	if !w.wrote {
		w.status = code
		w.wrote = true
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	w.wrote = true
	n, err := w.ResponseWriter.Write(b)
	w.bytes += n
	return n, err
}

func (w *statusWriter) Flush() {
	if f, ok := w.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

func (s *Server) serveQuery(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	ctx := r.Context()
	if !s.badRequest(w, r) {
		return
	}
	if s.cache != nil {
		// A query answered before is answered again from its bytes,
		// before gqlgen parses it (resultcache.go).
		if body, ok := ctx.Value(bodyKey{}).([]byte); ok {
			if key, ok := requestKey(r, body); ok {
				if s.cache.serve(w, key, start) {
					return
				}
				ctx = context.WithValue(ctx, requestKeyCtx{}, key)
			}
		}
	}
	ctx, cancel := context.WithTimeout(ctx, s.cfg.Timeout)
	defer cancel()
	gw := &overHTTP{ResponseWriter: w, req: r}
	s.gql.ServeHTTP(gw, r.WithContext(ctx))
	gw.finish()
}

// badRequest answers 400 BAD_REQUEST, per GraphQL over HTTP, to requests
// gqlgen would refuse without a code (no transport takes them) or with
// INTERNAL_SERVER_ERROR and the whole body in the message and the log (a
// body that is not JSON). It logs a bounded excerpt of the body. It says
// whether the request may go on.
func (s *Server) badRequest(w http.ResponseWriter, r *http.Request) bool {
	if !s.gql.Takes(r) {
		writeJSONError(w, http.StatusBadRequest,
			"transport not supported: use GET, or POST with Content-Type: application/json", CodeBadRequest)
		return false
	}
	if r.Method != http.MethodPost {
		return true
	}
	body, _ := r.Context().Value(bodyKey{}).([]byte)
	if json.Valid(body) {
		return true
	}
	var v any
	err := json.Unmarshal(body, &v)
	if err == nil {
		err = errors.New("empty body")
	}
	s.log.InfoContext(r.Context(), "graphql: request body is not JSON", "err", err, "bytes", len(body),
		"excerpt", excerpt(body, 200))
	writeJSONError(w, http.StatusBadRequest, "the request body is not valid JSON: "+err.Error(), CodeBadRequest)
	return false
}

// excerpt is the first n bytes of b (cut at a character), for logs.
func excerpt(b []byte, n int) string {
	if len(b) <= n {
		return string(b)
	}
	b = b[:n]
	for len(b) > 0 && !utf8.Valid(b) {
		b = b[:len(b)-1]
	}
	return string(b) + "…"
}

// bodyKey holds the request body that limitBody read, in the request's
// context.
type bodyKey struct{}

// limitBody refuses bodies over the limit: at once when Content-Length
// says so, else when reading passes it. The body is read here (it is
// small) so that the refusal is a clear 413 whatever the transport.
func (s *Server) limitBody(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		tooLarge := func() {
			writeJSONError(w, http.StatusRequestEntityTooLarge,
				fmt.Sprintf("request body over %d bytes", s.cfg.MaxBodyBytes), CodePayloadTooLarge)
		}
		if r.ContentLength > s.cfg.MaxBodyBytes {
			tooLarge()
			return
		}
		if r.Body != nil && r.Body != http.NoBody {
			b, err := io.ReadAll(io.LimitReader(r.Body, s.cfg.MaxBodyBytes+1))
			if err != nil {
				writeJSONError(w, http.StatusBadRequest, "could not read the request body", gql.CodeBadUserInput)
				return
			}
			if int64(len(b)) > s.cfg.MaxBodyBytes {
				tooLarge()
				return
			}
			r = r.WithContext(context.WithValue(r.Context(), bodyKey{}, b))
			r.Body = io.NopCloser(bytes.NewReader(b))
			r.ContentLength = int64(len(b))
		}
		next.ServeHTTP(w, r)
	})
}

// cors answers preflight requests and adds CORS headers for allowed
// origins: a listed origin is echoed and allowed credentials; "*" allows
// any other origin as "*", without credentials (echoing every origin with
// credentials would let any site call the API as the browser's user).
func (s *Server) cors(next http.Handler) http.Handler {
	any := slices.Contains(s.cfg.CORSOrigins, "*")
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		listed := origin != "" && slices.Contains(s.cfg.CORSOrigins, origin)
		allowed := listed || (origin != "" && any)
		h := w.Header()
		switch {
		case listed:
			h.Add("Vary", "Origin")
			h.Set("Access-Control-Allow-Origin", origin)
			h.Set("Access-Control-Allow-Credentials", "true")
		case allowed:
			h.Set("Access-Control-Allow-Origin", "*")
		case len(s.cfg.CORSOrigins) > 0:
			h.Add("Vary", "Origin")
		}
		if r.Method == http.MethodOptions {
			if allowed {
				h := w.Header()
				h.Set("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
				h.Set("Access-Control-Allow-Headers", "Content-Type, Authorization")
				h.Set("Access-Control-Max-Age", "600")
				w.WriteHeader(http.StatusNoContent)
				return
			}
			if origin != "" {
				w.WriteHeader(http.StatusForbidden)
				return
			}
			w.Header().Set("Allow", "GET, POST, OPTIONS")
			w.WriteHeader(http.StatusNoContent)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func (s *Server) serveHealth(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
	defer cancel()
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	if err := s.store.Ping(ctx); err != nil {
		s.log.WarnContext(ctx, "health check: store does not answer", "err", err)
		w.WriteHeader(http.StatusServiceUnavailable)
		_ = json.NewEncoder(w).Encode(map[string]string{"status": "unavailable", "store": "down"})
		return
	}
	_ = json.NewEncoder(w).Encode(map[string]string{"status": "ok", "store": "up"})
}

func writeJSONError(w http.ResponseWriter, status int, msg, code string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"errors": []any{map[string]any{
		"message": msg, "extensions": map[string]any{"code": code}}}})
}
