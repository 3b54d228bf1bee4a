package mem_test

import (
	"context"
	"testing"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/mem"
	"github.com/dipgraph/dipgraph/graph/storetest"
)

// TestReopenAfterReingest: articles replaced by a re-ingest with better
// metadata are replaced again when the journal is replayed, so a
// restarted store is the one that was closed.
func TestReopenAfterReingest(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s, err := mem.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	full := storetest.Fixture()
	var bare []graph.Document
	for _, d := range full {
		bare = append(bare, storetest.WithoutYear(d))
	}
	for _, batch := range [][]graph.Document{bare, full[:1], full} {
		if _, err := s.Ingest(ctx, batch); err != nil {
			t.Fatal(err)
		}
	}
	want, err := storetest.Dump(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(ctx); err != nil {
		t.Fatal(err)
	}
	s2, err := mem.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close(ctx)
	got, err := storetest.Dump(ctx, s2)
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Errorf("reopened store differs:\n got %s\nwant %s", got, want)
	}
}
