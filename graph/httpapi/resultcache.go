package httpapi

import (
	"bytes"
	"context"
	"encoding/json"
	"mime"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	lru "github.com/hashicorp/golang-lru/v2"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/dipgraph/dipgraph/graph"
)

// resultCache answers a query that was answered before from the bytes of
// that answer, as long as the store has not changed since: entries carry
// the store's version (graph.Versioned) at the time the query started,
// and an entry of another version is a miss. Only stores that know their
// version get a cache: the embedded store, and Neo4j, whose version sees
// writes by other dipgraph processes within its refresh interval but
// never writes made by other means (see graph.Versioned).
//
// Only queries (no mutation, no @defer) that succeeded without any error
// are kept, within a byte budget, least recently used first out.
type resultCache struct {
	store graph.Versioned
	max   int // bytes

	mu    sync.Mutex // serialises additions and removals, so bytes stays exact
	bytes int
	lru   *lru.Cache[string, cachedResult]

	hits, misses prometheus.Counter
	metrics      *metrics
}

// cachedResult is a kept answer: the whole response body as gqlgen
// writes it ({"data":…}), so that a hit is one write.
type cachedResult struct {
	version uint64
	op      string // the operation's name, for the request metrics
	body    []byte
}

// data is the answer's data.
func (r cachedResult) data() json.RawMessage { return r.body[len(bodyPrefix) : len(r.body)-1] }

const bodyPrefix = `{"data":`

// maxCachedResult is the largest answer kept (a tenth of the budget at most).
const maxCachedResult = 512 << 10

func newResultCache(store graph.Store, budget int, m *metrics) *resultCache {
	v, ok := store.(graph.Versioned)
	if !ok || budget <= 0 {
		return nil
	}
	c := &resultCache{store: v, max: budget, metrics: m,
		hits:   m.resultCache.WithLabelValues("hit"),
		misses: m.resultCache.WithLabelValues("miss"),
	}
	// The count bound is only a backstop: the byte budget evicts first.
	c.lru, _ = lru.NewWithEvict(1<<20, func(_ string, r cachedResult) { c.bytes -= len(r.body) + 64 })
	return c
}

// cacheKey identifies an operation's answer once gqlgen has parsed it:
// the query text, the operation chosen and the variables (encoding/json
// sorts map keys). It serves requests that have no request key (GET,
// persisted queries).
func cacheKey(oc *graphql.OperationContext) (string, bool) {
	vars, err := json.Marshal(oc.Variables)
	if err != nil {
		return "", false
	}
	return joinKey("o", oc.RawQuery, oc.OperationName, vars), true
}

// joinKey is a cache key: its kind ("o" from a parsed operation, "r" from
// a request body as sent, so the two never meet), the query text, the
// operation name and the variables' JSON, NUL-separated.
func joinKey(kind, query, op string, vars []byte) string {
	var b strings.Builder
	b.Grow(len(kind) + len(query) + len(op) + len(vars) + 3)
	b.WriteString(kind)
	b.WriteByte(0)
	b.WriteString(query)
	b.WriteByte(0)
	b.WriteString(op)
	b.WriteByte(0)
	b.Write(vars)
	return b.String()
}

// postParams is what requestKey reads of a POST body: the fields of
// graphql.RawParams, decoded by the same encoding/json rules as gqlgen's
// POST transport.
type postParams struct {
	Query         string          `json:"query"`
	OperationName string          `json:"operationName"`
	Variables     json.RawMessage `json:"variables"`
	Extensions    json.RawMessage `json:"extensions"`
}

type requestKeyCtx struct{}

// requestKey identifies a POST request's answer before gqlgen parses it:
// the query text, the operation name and the variables' JSON text as
// sent. The same text always means the same operation and variables, so
// a kept answer may be replayed for it; other spellings of the same
// variables are only other keys (misses), never wrong answers. Requests
// with extensions (persisted queries, whose registration must run) and
// those gqlgen would not take as JSON POST have none.
func requestKey(r *http.Request, body []byte) (string, bool) {
	if r.Method != http.MethodPost || r.Header.Get("Upgrade") != "" || !jsonRequest(r.Header.Get("Content-Type")) || !acceptsJSON(r.Header.Get("Accept")) {
		return "", false
	}
	var p postParams
	if err := json.Unmarshal(body, &p); err != nil || p.Query == "" || (len(p.Extensions) > 0 && string(p.Extensions) != "null") {
		return "", false
	}
	vars := p.Variables
	if string(vars) == "null" {
		vars = nil
	}
	return joinKey("r", p.Query, p.OperationName, vars), true
}

// jsonRequest says whether gqlgen's POST transport takes this content type.
func jsonRequest(contentType string) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	return err == nil && mt == "application/json"
}

// acceptsJSON says whether gqlgen would answer application/json, the
// type of the kept bodies (not application/graphql-response+json).
func acceptsJSON(accept string) bool {
	if accept == "" {
		return true
	}
	for part := range strings.SplitSeq(accept, ",") {
		mt, _, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		switch mt {
		case "*/*", "application/*", "application/json":
			return true
		case "application/graphql-response+json":
			return false
		}
	}
	return false
}

// serve answers a request from the cache, before gqlgen parses it, when
// an answer is kept under its request key at the store's version. Only
// operations that gqlgen parsed, validated, found within every limit and
// answered without error as a query were kept under that key.
func (c *resultCache) serve(w http.ResponseWriter, key string, start time.Time) bool {
	r, hit := c.lru.Get(key)
	if !hit || r.version != c.store.Version() {
		return false
	}
	c.hits.Inc()
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(r.body)
	c.metrics.record(r.op, true, start)
	return true
}

// around is the AroundResponses middleware: it answers what serve could
// not (requests without a request key) and keeps new answers.
func (c *resultCache) around(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	if !graphql.HasOperationContext(ctx) {
		return next(ctx)
	}
	oc := graphql.GetOperationContext(ctx)
	if oc.Operation == nil || oc.Operation.Operation != ast.Query {
		return next(ctx)
	}
	key, ok := ctx.Value(requestKeyCtx{}).(string)
	if !ok {
		if key, ok = cacheKey(oc); !ok {
			return next(ctx)
		}
	}
	version := c.store.Version()
	r, hit := c.lru.Get(key)
	if hit && r.version == version {
		c.hits.Inc()
		return &graphql.Response{Data: r.data()}
	}
	c.misses.Inc()
	resp := next(ctx)
	if resp == nil || len(resp.Errors) > 0 || resp.HasNext != nil || resp.Label != "" || len(resp.Path) > 0 ||
		len(resp.Extensions) > 0 || len(resp.Data) == 0 || len(resp.Data) > min(maxCachedResult, c.max/10) {
		return resp
	}
	// The body as gqlgen's transport writes it (encoding/json compacts
	// the data, which the executor already writes compact).
	var body bytes.Buffer
	body.Grow(len(bodyPrefix) + len(resp.Data) + 1)
	body.WriteString(bodyPrefix)
	if err := json.Compact(&body, resp.Data); err != nil {
		return resp
	}
	body.WriteByte('}')
	kept := cachedResult{version: version, op: operationLabel(ctx), body: body.Bytes()}
	c.mu.Lock()
	defer c.mu.Unlock()
	if old, ok := c.lru.Peek(key); ok {
		if old.version > version {
			return resp // a newer answer is already kept
		}
		c.lru.Remove(key) // Add would replace it without the eviction callback
	}
	c.lru.Add(key, kept)
	c.bytes += len(kept.body) + 64
	for c.bytes > c.max && c.lru.Len() > 0 {
		c.lru.RemoveOldest()
	}
	return resp
}
