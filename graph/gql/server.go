package gql

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
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/gql/internal/exec"
)

// Error codes in extensions.code.
const (
	CodeBadUserInput       = "BAD_USER_INPUT"
	CodeNotFound           = "NOT_FOUND"
	CodeUnauthenticated    = "UNAUTHENTICATED"
	CodeForbidden          = "FORBIDDEN"
	CodeServiceUnavailable = "SERVICE_UNAVAILABLE"
	CodeInternal           = "INTERNAL_SERVER_ERROR"
	CodeTooDeep            = "DEPTH_LIMIT_EXCEEDED"
	CodePayloadTooLarge    = "PAYLOAD_TOO_LARGE"
	CodeTooLarge           = "QUERY_TOO_LARGE"
	CodeBadRequest         = "BAD_REQUEST"
	CodeRateLimited        = "RATE_LIMITED"
)

// Server is the HTTP API: /query (GraphQL over GET and POST), / and
// /ide/assets/ (the offline IDE), /healthz and /metrics.
type Server struct {
	store   graph.Store
	cfg     Config
	log     *slog.Logger
	gql     *handler.Server
	metrics *metrics
	cache   *resultCache // nil when off
	mux     *http.ServeMux
}

// NewServer returns the API handler over a store.
func NewServer(store graph.Store, cfg Config) *Server {
	r := NewResolver(store, cfg)
	cfg = r.cfg
	s := &Server{store: store, cfg: cfg, log: cfg.Logger, metrics: newMetrics()}

	c := exec.Config{Resolvers: r}
	setComplexity(&c.Complexity)
	h := handler.New(exec.NewExecutableSchema(c))
	h.AddTransport(transport.GET{})
	h.AddTransport(transport.POST{})
	h.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	// Alias floods of cheap fields pass the complexity limit; the parser
	// refuses them first.
	h.SetParserTokenLimit(cfg.MaxTokens)
	h.Use(extension.Introspection{})
	h.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](cfg.APQCacheSize)})
	h.Use(depthLimit{max: cfg.MaxDepth, maxFields: cfg.MaxFields})
	h.Use(extension.FixedComplexityLimit(cfg.MaxComplexity))
	h.AroundFields(boundedArgs)
	h.SetErrorPresenter(s.presentError)
	h.SetRecoverFunc(s.recoverPanic)
	h.AroundResponses(s.metrics.observe)
	if rc := newResultCache(store, cfg.ResultCacheBytes, s.metrics); rc != nil {
		s.cache = rc
		h.AroundResponses(rc.around) // inside metrics: cached answers are counted and timed too
	}
	h.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		return next(withLoaders(ctx, newLoaders(store, cfg.LoaderWait)))
	})
	s.gql = h

	mux := http.NewServeMux()
	mux.Handle("/query", s.cors(s.limitBody(http.HandlerFunc(s.serveQuery))))
	mux.HandleFunc("/healthz", s.serveHealth)
	mux.Handle("/metrics", s.metrics.handler())
	mux.Handle("/ide/assets/", ideAssets())
	mux.HandleFunc("/{$}", serveIDE)
	mux.HandleFunc("/favicon.ico", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) })
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
				writeJSONError(rw, http.StatusInternalServerError, "internal error", CodeInternal)
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

type bearerKey struct{}

// bearerFrom returns the request's bearer token.
func bearerFrom(ctx context.Context) (string, bool) {
	t, ok := ctx.Value(bearerKey{}).(string)
	return t, ok && t != ""
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
	ctx = withClient(ctx, r)
	if h := r.Header.Get("Authorization"); h != "" {
		if tok, ok := strings.CutPrefix(h, "Bearer "); ok {
			ctx = context.WithValue(ctx, bearerKey{}, strings.TrimSpace(tok))
		}
	}
	s.gql.ServeHTTP(w, r.WithContext(ctx))
}

// transports are those gqlgen serves (NewServer adds them).
var transports = []graphql.Transport{transport.GET{}, transport.POST{}}

// badRequest answers 400 BAD_REQUEST, per GraphQL over HTTP, to requests
// gqlgen would refuse without a code (no transport takes them) or with
// INTERNAL_SERVER_ERROR and the whole body in the message and the log (a
// body that is not JSON). It logs a bounded excerpt of the body. It says
// whether the request may go on.
func (s *Server) badRequest(w http.ResponseWriter, r *http.Request) bool {
	if !slices.ContainsFunc(transports, func(t graphql.Transport) bool { return t.Supports(r) }) {
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
				writeJSONError(w, http.StatusBadRequest, "could not read the request body", CodeBadUserInput)
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

// presentError gives every resolver error a code and a message that is
// safe to show: store and driver details are logged, never returned.
func (s *Server) presentError(ctx context.Context, err error) *gqlerror.Error {
	var gerr *gqlerror.Error
	if errors.As(err, &gerr) && gerr.Extensions != nil && gerr.Extensions["code"] != nil {
		return gerr
	}
	path := graphql.GetPath(ctx)
	if errors.As(err, &gerr) && gerr.Path != nil {
		path = gerr.Path
	}
	var msg, code string
	switch kind := graph.KindOf(err); {
	case errors.Is(err, errForbidden):
		msg, code = err.Error(), CodeForbidden
	case kind == graph.Invalid:
		msg, code = publicMessage(err), CodeBadUserInput
	case kind == graph.NotFound:
		msg, code = publicMessage(err), CodeNotFound
	case kind == graph.Unauthorized:
		msg, code = publicMessage(err), CodeUnauthenticated
	case kind == graph.Unavailable, errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
		msg, code = "the graph store is unavailable, try again later", CodeServiceUnavailable
		s.log.WarnContext(ctx, "graphql: store unavailable", "path", path.String(), "err", err)
	default:
		msg, code = "internal error", CodeInternal
		s.log.ErrorContext(ctx, "graphql: internal error", "path", path.String(), "err", err)
	}
	out := &gqlerror.Error{Message: msg, Path: path, Extensions: map[string]any{"code": code}}
	if errors.As(err, &gerr) {
		out.Locations = gerr.Locations
	}
	return out
}

// publicMessage is the innermost *graph.Error's message: the part meant
// for the caller, without the wrapping operations.
func publicMessage(err error) string {
	var last *graph.Error
	for e := err; e != nil; e = errors.Unwrap(e) {
		if ge, ok := e.(*graph.Error); ok {
			last = ge
		}
	}
	if last == nil {
		return err.Error()
	}
	if last.Err == nil {
		return last.Op + ": " + last.Kind.String()
	}
	return last.Error()
}

func (s *Server) recoverPanic(ctx context.Context, p any) error {
	s.log.ErrorContext(ctx, "graphql: panic in resolver", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
	return &gqlerror.Error{Message: "internal error", Extensions: map[string]any{"code": CodeInternal}}
}

// Complexity: lists multiply the cost of their items, pages by their size.

const listFactor = 10 // estimated size of unpaged lists (countries, initiatives…)

func pageCost(child int, first *int) int {
	n := graph.DefaultPageSize
	if first != nil && *first > 0 {
		// Pages past the maximum are refused by the resolver with a
		// clearer error than the complexity limit would give.
		n = min(*first, graph.MaxPageSize)
	}
	return 1 + child*n
}

func setComplexity(c *exec.ComplexityRoot) {
	list := func(child int) int { return 1 + child*listFactor }
	c.Query.Meetings = func(child int, _ *exec.MeetingFilter, first *int, _ *string, _ *exec.MeetingOrder) int {
		return pageCost(child, first)
	}
	c.Query.Leaders = func(child int, _ *exec.LeaderFilter, first *int, _ *string, _ *exec.LeaderOrder) int {
		return pageCost(child, first)
	}
	c.Query.Articles = func(child int, first *int, _ *string) int { return pageCost(child, first) }
	c.Query.Countries = list
	c.Query.Initiatives = list
	c.Query.AgreementDomains = list
	c.Query.Path = func(child int, _, _ exec.NodeInput) int { return 1 + child*listFactor }
	c.Leader.Meetings = func(child int, first *int, _ *string) int { return pageCost(child, first) }
	c.Leader.Counterparts = func(child int, first *int) int { return pageCost(child, first) }
	c.Country.Meetings = func(child int, first *int, _ *string) int { return pageCost(child, first) }
	c.Country.Leaders = list
	c.Initiative.Meetings = func(child int, first *int, _ *string) int { return pageCost(child, first) }
	c.Initiative.Supporters = list
	c.Initiative.Supports = list
	c.AgreementDomain.Countries = list
	c.AgreementDomain.CountryCounts = list
	c.Article.Meetings = list
}

// depthLimit refuses operations whose selections nest deeper than max
// or expand to more than maxFields fields (introspection excepted: the
// IDE's schema query is deep by nature). Both are computed in time
// linear in the document: each fragment is measured once, however often
// it is spread, so that a fragment spread twice per level (2^n fields in
// n lines) is refused at once instead of being walked.
type depthLimit struct{ max, maxFields int }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = depthLimit{}

func (depthLimit) ExtensionName() string                   { return "DepthLimit" }
func (depthLimit) Validate(graphql.ExecutableSchema) error { return nil }
func (d depthLimit) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	op := oc.Doc.Operations.ForName(oc.OperationName)
	if op == nil {
		return nil
	}
	m := measurer{memo: map[fragmentKey]extent{}, visiting: map[string]bool{}}
	e := m.selections(op.SelectionSet, true)
	if d.maxFields > 0 && e.fields > d.maxFields {
		return &gqlerror.Error{
			Message:    "operation expands to more than " + strconv.Itoa(d.maxFields) + " fields",
			Extensions: map[string]any{"code": CodeTooLarge},
		}
	}
	if e.depth > d.max {
		return &gqlerror.Error{
			Message:    "operation has depth " + strconv.Itoa(e.depth) + ", which exceeds the limit of " + strconv.Itoa(d.max),
			Extensions: map[string]any{"code": CodeTooDeep},
		}
	}
	return nil
}

// extent is the size of a selection set once its fragments are expanded:
// how deep it nests and how many fields it holds (saturated at
// maxExtent so that sums and products cannot overflow).
type extent struct{ depth, fields int }

const maxExtent = 1 << 40

// fragmentKey names a fragment measured at the operation's top level
// (where introspection fields are not counted) or below it.
type fragmentKey struct {
	name string
	top  bool
}

// measurer computes extents, each fragment once.
type measurer struct {
	memo     map[fragmentKey]extent
	visiting map[string]bool // fragments being measured (cycles are refused by validation; this guards)
}

// selections measures a selection set; top says it is the operation's.
func (m *measurer) selections(ss ast.SelectionSet, top bool) extent {
	var out extent
	for _, sel := range ss {
		var e extent
		switch s := sel.(type) {
		case *ast.Field:
			if top && strings.HasPrefix(s.Name, "__") {
				continue
			}
			sub := m.selections(s.SelectionSet, false)
			e = extent{depth: sub.depth + 1, fields: min(sub.fields+1, maxExtent)}
		case *ast.InlineFragment:
			e = m.selections(s.SelectionSet, top)
		case *ast.FragmentSpread:
			if s.Definition == nil || m.visiting[s.Name] {
				continue
			}
			k := fragmentKey{s.Name, top}
			var ok bool
			if e, ok = m.memo[k]; !ok {
				m.visiting[s.Name] = true
				e = m.selections(s.Definition.SelectionSet, top)
				delete(m.visiting, s.Name)
				m.memo[k] = e
			}
		}
		out.depth = max(out.depth, e.depth)
		out.fields = min(out.fields+e.fields, maxExtent)
	}
	return out
}
