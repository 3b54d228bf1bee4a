package httpapi_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"sync/atomic"
	"testing"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/httpapi"
	"github.com/dipgraph/dipgraph/graph/mem"
	"github.com/dipgraph/dipgraph/graph/neo4j"
	"github.com/dipgraph/dipgraph/graph/storetest"
	"github.com/dipgraph/dipgraph/internal/benchcorpus"
	"github.com/dipgraph/dipgraph/internal/loadtest"
)

// The benchmarks below run the three analyst queries of the load test
// (internal/loadtest, rotating through its variable sets) through the
// HTTP handler in process, on the generated corpus extracted by the real
// extractor: 10,000 reports, or DIPGRAPH_BENCH_REPORTS. Each store is a
// sub-benchmark (see benchStores); Neo4j runs when NEO4J_URI is set (its
// database is emptied and loaded once).
//
//	go test -run '^$' -bench 'AnalystQueries' -benchtime 2s ./graph/httpapi
//
// BenchmarkAnalystQueries is one client (the intrinsic cost of a query);
// BenchmarkAnalystQueriesParallel is 32 concurrent clients.

func benchReports() int {
	if n, err := strconv.Atoi(os.Getenv("DIPGRAPH_BENCH_REPORTS")); err == nil && n > 0 {
		return n
	}
	return 10_000
}

type benchStore struct {
	name string
	cfg  httpapi.Config
	open func(b *testing.B, docs []graph.Document) graph.Store
}

// benchStores: "mem" executes every query (result cache off), "mem-cache"
// is the embedded store as served (repeated queries answered from the
// result cache), "neo4j" has no result cache.
func benchStores() []benchStore {
	openMem := func(b *testing.B, docs []graph.Document) graph.Store {
		s := mem.New()
		load(b, s, docs)
		return s
	}
	return []benchStore{
		{"mem", httpapi.Config{Logger: quiet, ResultCacheBytes: -1}, openMem},
		{"mem-cache", httpapi.Config{Logger: quiet}, openMem},
		{"neo4j", httpapi.Config{Logger: quiet}, func(b *testing.B, docs []graph.Document) graph.Store {
			uri := os.Getenv("NEO4J_URI")
			if uri == "" {
				b.Skip("NEO4J_URI not set")
			}
			storetest.LockNeo4j(b)
			ctx := context.Background()
			s, err := neo4j.Open(ctx, neo4j.Config{URI: uri, Username: os.Getenv("NEO4J_USERNAME"), Password: os.Getenv("NEO4J_PASSWORD"), Database: os.Getenv("NEO4J_DATABASE")})
			if err != nil {
				b.Fatalf("open Neo4j: %v", err)
			}
			if err := s.Reset(ctx); err != nil {
				b.Fatalf("empty Neo4j: %v", err)
			}
			load(b, s, docs)
			return s
		}},
	}
}

func load(b *testing.B, s graph.Store, docs []graph.Document) {
	for lo := 0; lo < len(docs); lo += 500 {
		if _, err := s.Ingest(context.Background(), docs[lo:min(lo+500, len(docs))]); err != nil {
			b.Fatal(err)
		}
	}
}

// benchRequests are the POST bodies of one analyst query, one per
// variable set.
func benchRequests(b *testing.B, q loadtest.Query) [][]byte {
	var out [][]byte
	for _, v := range q.Vars {
		body, err := json.Marshal(map[string]any{"query": q.Query, "variables": v})
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, body)
	}
	return out
}

// benchPost sends one request to the handler and fails on any error.
func benchPost(b *testing.B, h http.Handler, body []byte) {
	req := httptest.NewRequest(http.MethodPost, "/query", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	if w.Code != http.StatusOK {
		b.Fatalf("HTTP %d: %s", w.Code, w.Body)
	}
	var r struct {
		Data   map[string]json.RawMessage `json:"data"`
		Errors []json.RawMessage          `json:"errors"`
	}
	if err := json.Unmarshal(w.Body.Bytes(), &r); err != nil || len(r.Errors) > 0 {
		b.Fatalf("%s: %v", w.Body, err)
	}
	for k, v := range r.Data {
		if string(v) == "null" {
			b.Fatalf("%s is null: %s", k, body)
		}
	}
}

func benchAnalyst(b *testing.B, clients int) {
	docs, err := benchcorpus.Documents(benchReports())
	if err != nil {
		b.Fatal(err)
	}
	for _, st := range benchStores() {
		b.Run(st.name, func(b *testing.B) {
			s := st.open(b, docs)
			defer s.Close(context.Background())
			h := httpapi.New(s, st.cfg)
			for _, q := range loadtest.AnalystQueries() {
				reqs := benchRequests(b, q)
				for _, r := range reqs { // warm up, and check every variable set answers
					benchPost(b, h, r)
				}
				b.Run(shortName(q.Name), func(b *testing.B) {
					if clients == 1 {
						i := 0
						for b.Loop() {
							benchPost(b, h, reqs[i%len(reqs)])
							i++
						}
						return
					}
					var n atomic.Int64
					b.SetParallelism((clients + 1) / 2) // × GOMAXPROCS (2 here)
					b.RunParallel(func(pb *testing.PB) {
						for pb.Next() {
							benchPost(b, h, reqs[int(n.Add(1))%len(reqs)])
						}
					})
				})
			}
		})
	}
}

func shortName(name string) string {
	for _, s := range []string{"filtered", "country", "counterparts"} {
		if q, ok := loadtest.QueryByName(s); ok && q.Name == name {
			return s
		}
	}
	return name
}

// BenchmarkAnalystQueries runs each analyst query from one client.
func BenchmarkAnalystQueries(b *testing.B) { benchAnalyst(b, 1) }

// BenchmarkAnalystQueriesParallel runs each analyst query from about 32
// concurrent clients (SetParallelism rounds to a multiple of GOMAXPROCS).
func BenchmarkAnalystQueriesParallel(b *testing.B) { benchAnalyst(b, 32) }
