package mem

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/storetest"
)

// TestReviewSurvivesRestart: decisions are journalled in the data folder
// and read back at Open; a torn last line is dropped, not fatal.
func TestReviewSurvivesRestart(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Ingest(ctx, storetest.ReviewDocs()); err != nil {
		t.Fatal(err)
	}
	p, err := s.ReviewQueue(ctx, graph.ReviewQuery{})
	if err != nil || len(p.Items) < 2 {
		t.Fatalf("queue: %v %+v", err, p)
	}
	id := p.Items[0].FactID
	if _, err := s.Review(ctx, graph.Decision{FactID: id, Status: graph.ReviewRejected, Reviewer: "ana"}); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(ctx); err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(filepath.Join(dir, ReviewsFile), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(`{"factId":"f_torn","sta`)
	f.Close()
	s, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(ctx)
	r, err := s.ReviewQueue(ctx, graph.ReviewQuery{Status: graph.ReviewRejected})
	if err != nil || len(r.Items) != 1 || r.Items[0].FactID != id || r.Items[0].Reviewer != "ana" {
		t.Fatalf("after restart: %v %+v", err, r.Items)
	}
	if _, err := s.Review(ctx, graph.Decision{FactID: p.Items[1].FactID, Status: graph.ReviewAccepted, Reviewer: "bo"}); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(filepath.Join(dir, ReviewsFile))
	if n := len(splitLines(b)); n != 2 {
		t.Errorf("%s holds %d lines, want 2 (torn tail dropped):\n%s", ReviewsFile, n, b)
	}
}

func splitLines(b []byte) []string {
	var out []string
	start := 0
	for i, c := range b {
		if c == '\n' {
			out = append(out, string(b[start:i]))
			start = i + 1
		}
	}
	return out
}
