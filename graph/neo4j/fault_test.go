package neo4j_test

import (
	"context"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/mem"
	"github.com/dipgraph/dipgraph/graph/neo4j"
	"github.com/dipgraph/dipgraph/graph/storetest"
	"github.com/dipgraph/dipgraph/internal/testenv"
)

// TestFaultServerStopped stops Neo4j in the middle of an ingest of many
// articles, starts it again and re-runs the ingest: the graph must end
// exactly as a clean ingest (the same canonical dump as graph/mem), and
// nothing acknowledged before the stop may be lost. It restarts the
// shared server, so it runs only with DIPGRAPH_FAULT_TESTS=1, and needs
// a server whose store survives a restart.
func TestFaultServerStopped(t *testing.T) {
	if !testenv.FaultTests() {
		t.Skip("restarts the Neo4j server: set DIPGRAPH_FAULT_TESTS=1")
	}
	ctx := context.Background()
	cfg := serverConfig(t)
	cfg.BatchSize = 50
	s := openStore(t)
	s.Close(ctx)
	s, err := neo4j.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	docs := storetest.GenDocuments(2500, 21)

	var acked atomic.Int64
	done := make(chan error, 1)
	go func() {
		for lo := 0; lo < len(docs); lo += 100 {
			if _, err := s.Ingest(ctx, docs[lo:min(lo+100, len(docs))]); err != nil {
				done <- err
				return
			}
			acked.Store(int64(min(lo+100, len(docs))))
		}
		done <- nil
	}()
	for acked.Load() < 400 {
		time.Sleep(20 * time.Millisecond)
	}
	testenv.Neo4jCtl(t, "stop")
	var ingestErr error
	select {
	case ingestErr = <-done:
	case <-time.After(30 * time.Second):
		// The server is not back yet: a write must fail within the
		// retry bound (DefaultMaxRetryTime), not wait for it.
		t.Fatal("ingest did not return within 30 s after the server stopped")
	}
	n := int(acked.Load())
	if ingestErr == nil {
		t.Fatalf("ingest finished (%d documents) before the server stopped: make the corpus larger", n)
	}
	t.Logf("ingest failed after %d acknowledged documents: %v", n, ingestErr)
	if k := graph.KindOf(ingestErr); k != graph.Unavailable {
		t.Errorf("error kind %v, want unavailable", k)
	}
	s.Close(ctx)

	if uri := testenv.ExportedURI(testenv.Neo4jCtl(t, "start")); uri != "" {
		cfg.URI = uri
	}
	var s2 *neo4j.Store
	deadline := time.Now().Add(2 * time.Minute)
	for {
		s2, err = neo4j.Open(ctx, cfg)
		if err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("Neo4j did not come back: %v", err)
		}
		time.Sleep(time.Second)
	}
	defer s2.Close(ctx)

	// Nothing acknowledged was lost.
	ids := make([]string, n)
	for i := range ids {
		ids[i] = docs[i].Article.ID
	}
	as, err := s2.ArticlesByID(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	for i, a := range as {
		if a == nil {
			t.Fatalf("acknowledged article %d lost across the restart (is the server's store kept on restart?)", i)
		}
	}

	res, err := s2.Ingest(ctx, docs)
	if err != nil {
		t.Fatalf("re-run ingest: %v", err)
	}
	if res.Created+res.Unchanged != len(docs) || res.Unchanged < n {
		t.Errorf("re-run: %+v; want %d unchanged at least", res, n)
	}
	m := mem.New()
	m.Ingest(ctx, docs)
	want, err := storetest.Dump(ctx, m)
	if err != nil {
		t.Fatal(err)
	}
	got, err := storetest.Dump(ctx, s2)
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Errorf("graph after fault and re-run differs from a clean ingest:\n%s", firstDiff(want, got))
	}
}
