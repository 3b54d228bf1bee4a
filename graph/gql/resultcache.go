package gql

import (
	"context"
	"encoding/json"
	"strings"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	lru "github.com/hashicorp/golang-lru/v2"
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

	hits, misses func()
}

type cachedResult struct {
	version uint64
	data    json.RawMessage
}

// maxCachedResult is the largest answer kept (a tenth of the budget at most).
const maxCachedResult = 512 << 10

func newResultCache(store graph.Store, budget int, m *metrics) *resultCache {
	v, ok := store.(graph.Versioned)
	if !ok || budget <= 0 {
		return nil
	}
	c := &resultCache{store: v, max: budget,
		hits:   func() { m.resultCache.WithLabelValues("hit").Inc() },
		misses: func() { m.resultCache.WithLabelValues("miss").Inc() },
	}
	// The count bound is only a backstop: the byte budget evicts first.
	c.lru, _ = lru.NewWithEvict(1<<20, func(_ string, r cachedResult) { c.bytes -= len(r.data) + 64 })
	return c
}

// key identifies an operation's answer: the query text, the operation
// chosen and the variables (encoding/json sorts map keys).
func cacheKey(oc *graphql.OperationContext) (string, bool) {
	vars, err := json.Marshal(oc.Variables)
	if err != nil {
		return "", false
	}
	var b strings.Builder
	b.Grow(len(oc.RawQuery) + len(oc.OperationName) + len(vars) + 2)
	b.WriteString(oc.RawQuery)
	b.WriteByte(0)
	b.WriteString(oc.OperationName)
	b.WriteByte(0)
	b.Write(vars)
	return b.String(), true
}

// around is the AroundResponses middleware.
func (c *resultCache) around(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	if !graphql.HasOperationContext(ctx) {
		return next(ctx)
	}
	oc := graphql.GetOperationContext(ctx)
	if oc.Operation == nil || oc.Operation.Operation != ast.Query {
		return next(ctx)
	}
	key, ok := cacheKey(oc)
	if !ok {
		return next(ctx)
	}
	version := c.store.Version()
	r, hit := c.lru.Get(key)
	if hit && r.version == version {
		c.hits()
		return &graphql.Response{Data: r.data}
	}
	c.misses()
	resp := next(ctx)
	if resp == nil || len(resp.Errors) > 0 || resp.HasNext != nil || resp.Label != "" || len(resp.Path) > 0 ||
		len(resp.Extensions) > 0 || len(resp.Data) == 0 || len(resp.Data) > min(maxCachedResult, c.max/10) {
		return resp
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if old, ok := c.lru.Peek(key); ok {
		if old.version > version {
			return resp // a newer answer is already kept
		}
		c.lru.Remove(key) // Add would replace it without the eviction callback
	}
	c.lru.Add(key, cachedResult{version: version, data: resp.Data})
	c.bytes += len(resp.Data) + 64
	for c.bytes > c.max && c.lru.Len() > 0 {
		c.lru.RemoveOldest()
	}
	return resp
}
