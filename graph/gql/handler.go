package gql

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"

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

// Error codes in extensions.code. The HTTP server (graph/httpapi) adds
// its own for requests refused before they reach GraphQL.
const (
	CodeBadUserInput       = "BAD_USER_INPUT"
	CodeNotFound           = "NOT_FOUND"
	CodeUnauthenticated    = "UNAUTHENTICATED"
	CodeForbidden          = "FORBIDDEN"
	CodeServiceUnavailable = "SERVICE_UNAVAILABLE"
	CodeInternal           = "INTERNAL_SERVER_ERROR"
	CodeTooDeep            = "DEPTH_LIMIT_EXCEEDED"
	CodeTooLarge           = "QUERY_TOO_LARGE"
	CodeRateLimited        = "RATE_LIMITED"
)

// Handler is the GraphQL endpoint over a store: gqlgen's executor of
// schema.graphql with the resolvers, per-request dataloaders, the query
// limits, error codes and automatic persisted queries, taking GET and
// JSON POST requests. It reads the request's bearer token and client
// address for the ingest and review mutations. Everything around it
// (routing, body limits, CORS, timeouts, caching, metrics) is the HTTP
// server's, graph/httpapi.
type Handler struct {
	gql *handler.Server
	log *slog.Logger
}

// transports are those the handler serves (NewHandler adds them).
var transports = []graphql.Transport{transport.GET{}, transport.POST{}}

// NewHandler returns the GraphQL endpoint over a store.
func NewHandler(store graph.Store, cfg Config) *Handler {
	r := NewResolver(store, cfg)
	cfg = r.cfg
	h := &Handler{log: cfg.Logger}

	c := exec.Config{Resolvers: r}
	setComplexity(&c.Complexity)
	s := handler.New(exec.NewExecutableSchema(c))
	for _, t := range transports {
		s.AddTransport(t)
	}
	s.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	// Alias floods of cheap fields pass the complexity limit; the parser
	// refuses them first.
	s.SetParserTokenLimit(cfg.MaxTokens)
	s.Use(extension.Introspection{})
	s.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](cfg.APQCacheSize)})
	s.Use(depthLimit{max: cfg.MaxDepth, maxFields: cfg.MaxFields})
	s.Use(extension.FixedComplexityLimit(cfg.MaxComplexity))
	s.AroundFields(boundedArgs)
	s.SetErrorPresenter(h.presentError)
	s.SetRecoverFunc(h.recoverPanic)
	s.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		return next(withLoaders(ctx, newLoaders(store, cfg.LoaderWait)))
	})
	h.gql = s
	return h
}

// AroundResponses adds a middleware around every response, after those
// added before it (the first added is the outermost).
func (h *Handler) AroundResponses(f graphql.ResponseMiddleware) { h.gql.AroundResponses(f) }

// Takes says whether one of the handler's transports takes r (GET, or
// POST with Content-Type: application/json); the others are refused
// without a GraphQL answer.
func (h *Handler) Takes(r *http.Request) bool {
	return slices.ContainsFunc(transports, func(t graphql.Transport) bool { return t.Supports(r) })
}

// ServeHTTP answers one GraphQL request. The bearer token of the
// Authorization header and the client's address go into the context
// for the mutations that check them.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	ctx := withClient(r.Context(), r)
	if a := r.Header.Get("Authorization"); a != "" {
		if tok, ok := strings.CutPrefix(a, "Bearer "); ok {
			ctx = context.WithValue(ctx, bearerKey{}, strings.TrimSpace(tok))
		}
	}
	h.gql.ServeHTTP(w, r.WithContext(ctx))
}

type bearerKey struct{}

// bearerFrom returns the request's bearer token.
func bearerFrom(ctx context.Context) (string, bool) {
	t, ok := ctx.Value(bearerKey{}).(string)
	return t, ok && t != ""
}

// presentError gives every resolver error a code and a message that is
// safe to show: store and driver details are logged, never returned.
func (h *Handler) presentError(ctx context.Context, err error) *gqlerror.Error {
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
		h.log.WarnContext(ctx, "graphql: store unavailable", "path", path.String(), "err", err)
	default:
		msg, code = "internal error", CodeInternal
		h.log.ErrorContext(ctx, "graphql: internal error", "path", path.String(), "err", err)
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

func (h *Handler) recoverPanic(ctx context.Context, p any) error {
	h.log.ErrorContext(ctx, "graphql: panic in resolver", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
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
	c.Leader.Colleagues = func(child int, first *int) int { return pageCost(child, first) }
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
