package httpapi_test

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/graph/gql/gqltest"
	"github.com/dipgraph/dipgraph/graph/httpapi"
	"github.com/dipgraph/dipgraph/graph/mem"
	"github.com/dipgraph/dipgraph/graph/neo4j"
	"github.com/dipgraph/dipgraph/graph/storetest"
)

var openNeo4j = gqltest.OpenNeo4j

// A server's result cache on Neo4j sees writes made through another
// store handle (another dipgraph process: a CLI ingest) within the
// store's version refresh.
func TestResultCacheNeo4jOtherWriter(t *testing.T) {
	ctx := context.Background()
	s := openNeo4j(t) // emptied; default refresh
	w, err := neo4j.Open(ctx, neo4j.Config{URI: os.Getenv("NEO4J_URI"), Username: os.Getenv("NEO4J_USERNAME"), Password: os.Getenv("NEO4J_PASSWORD"), Database: os.Getenv("NEO4J_DATABASE")})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close(ctx)
	docs := storetest.GenDocuments(300, 5)
	if _, err := w.Ingest(ctx, docs[:200]); err != nil {
		t.Fatal(err)
	}
	h := httpapi.New(s, httpapi.Config{Logger: quiet, Timeout: slowMachineTimeout})
	const q = `{ meetings(filter: {country: "RU"}, first: 1) { totalCount } }`
	var p struct{ Meetings struct{ TotalCount int } }
	ask := func() int {
		gqltest.Query(t, h, q, &p)
		return p.Meetings.TotalCount
	}
	before := ask()
	ask()
	if cacheCount(t, h, "hit") == 0 {
		t.Fatal("the repeated query was not answered from the cache")
	}
	if _, err := w.Ingest(ctx, docs[200:]); err != nil {
		t.Fatal(err)
	}
	fresh := mem.New()
	if _, err := fresh.Ingest(ctx, docs); err != nil {
		t.Fatal(err)
	}
	var want struct{ Meetings struct{ TotalCount int } }
	gqltest.Query(t, httpapi.New(fresh, httpapi.Config{Logger: quiet, Timeout: slowMachineTimeout}), q, &want)
	if want.Meetings.TotalCount == before {
		t.Fatalf("the second ingest adds no RU meeting (%d): no test", before)
	}
	start := time.Now()
	for ask() != want.Meetings.TotalCount {
		if time.Since(start) > neo4j.DefaultVersionRefresh+2*time.Second {
			t.Fatalf("after another handle's ingest the server still answers %d, want %d", p.Meetings.TotalCount, want.Meetings.TotalCount)
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Logf("another handle's ingest answered after %v", time.Since(start))
}

// slowMachineTimeout bounds a request in the tests that query a store just
// written: on a loaded two-core CI machine Neo4j may take longer than the
// server's default 10 s to answer the first query after an ingest, and the
// tests check caching, not latency.
const slowMachineTimeout = time.Minute
