package neo4j_test

import (
	"context"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/neo4j"
	"github.com/dipgraph/dipgraph/graph/storetest"
)

// waitVersion waits until s's version is other than v and returns how
// long that took; it fails the test after limit.
func waitVersion(t *testing.T, s *neo4j.Store, v uint64, limit time.Duration) time.Duration {
	t.Helper()
	start := time.Now()
	for s.Version() == v {
		if time.Since(start) > limit {
			t.Fatalf("version still %d after %v", v, limit)
		}
		time.Sleep(5 * time.Millisecond)
	}
	return time.Since(start)
}

// A write through one store handle (another dipgraph process, say) moves
// the version of a second handle within its refresh interval, and a
// write through a handle moves its own version at once. An ingest that
// changes nothing moves no version.
func TestVersionAcrossHandles(t *testing.T) {
	const refresh = 150 * time.Millisecond
	ctx := context.Background()
	a := openStore(t) // emptied
	cfg := serverConfig(t)
	cfg.VersionRefresh = refresh
	open := func() *neo4j.Store {
		s, err := neo4j.Open(ctx, cfg)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close(context.Background()) })
		return s
	}
	server, writer := open(), open()
	_ = a

	server.Version()        // starts the poll
	time.Sleep(3 * refresh) // the first poll has seen the (empty) graph
	settled := server.Version()
	time.Sleep(3 * refresh)
	if v := server.Version(); v != settled {
		t.Fatalf("version moved from %d to %d with no write", settled, v)
	}

	docs := storetest.GenDocuments(40, 3)
	wv := writer.Version()
	if _, err := writer.Ingest(ctx, docs[:20]); err != nil {
		t.Fatal(err)
	}
	if writer.Version() == wv {
		t.Fatal("the writer's own ingest did not move its version at once")
	}
	took := waitVersion(t, server, settled, refresh+2*time.Second)
	t.Logf("another handle's ingest seen after %v (refresh %v)", took, refresh)
	if took > refresh+time.Second {
		t.Errorf("another handle's ingest seen after %v, want within about %v", took, refresh)
	}

	// An ingest of the same documents changes nothing and moves nothing.
	time.Sleep(3 * refresh)
	settled, wv = server.Version(), writer.Version()
	if _, err := writer.Ingest(ctx, docs[:20]); err != nil {
		t.Fatal(err)
	}
	time.Sleep(3 * refresh)
	if server.Version() != settled || writer.Version() != wv {
		t.Errorf("an ingest that changed nothing moved the versions (%d→%d, %d→%d)", settled, server.Version(), wv, writer.Version())
	}

	// A wipe of the whole database (version node included) is seen too,
	// and so is a later write, whose count starts again under another epoch.
	if err := writer.Reset(ctx); err != nil {
		t.Fatal(err)
	}
	waitVersion(t, server, settled, refresh+2*time.Second)
	time.Sleep(3 * refresh)
	settled = server.Version()
	if _, err := writer.Ingest(ctx, docs[:1]); err != nil {
		t.Fatal(err)
	}
	waitVersion(t, server, settled, refresh+2*time.Second)
}

// With a negative refresh the store never polls: only its own writes
// move its version.
func TestVersionNoRefresh(t *testing.T) {
	ctx := context.Background()
	openStore(t)
	cfg := serverConfig(t)
	cfg.VersionRefresh = -1
	s, err := neo4j.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(ctx)
	w, err := neo4j.Open(ctx, serverConfig(t))
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close(ctx)
	v := s.Version()
	if _, err := w.Ingest(ctx, storetest.GenDocuments(5, 1)); err != nil {
		t.Fatal(err)
	}
	time.Sleep(2 * neo4j.DefaultVersionRefresh)
	if s.Version() != v {
		t.Fatal("a store that does not poll saw another handle's write")
	}
	if _, err := s.Ingest(ctx, storetest.GenDocuments(8, 1)); err != nil {
		t.Fatal(err)
	}
	if s.Version() == v {
		t.Fatal("a store's own write did not move its version")
	}
}

var _ graph.Versioned = (*neo4j.Store)(nil)
