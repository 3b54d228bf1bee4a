package neo4j_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/mem"
	"github.com/dipgraph/dipgraph/graph/neo4j"
	"github.com/dipgraph/dipgraph/graph/storetest"
)

// A database written before search existed (no search tokens on its
// nodes) is searchable once opened again: Open backfills the tokens, and
// the answers are the embedded store's.
func TestSearchBackfillsOldData(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	docs := storetest.SearchDocs()
	if _, err := s.Ingest(ctx, docs); err != nil {
		t.Fatal(err)
	}
	if err := s.ForgetSearchText(ctx); err != nil {
		t.Fatal(err)
	}
	q := graph.SearchQuery{Text: "习近平", Page: graph.Page{First: 50}}
	if p, err := s.Search(ctx, q); err != nil || p.TotalCount != 0 {
		t.Fatalf("before backfill: %v hits, error %v; want none", p.TotalCount, err)
	}
	again, err := neo4j.Open(ctx, serverConfig(t))
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close(ctx)
	m := mem.New()
	if _, err := m.Ingest(ctx, docs); err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"习近平", "Mirziyoyev", "海关 数字经济", "silk road"} {
		q.Text = text
		a, err := m.Search(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		b, err := again.Search(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if fmt.Sprint(searchKeys(a)) != fmt.Sprint(searchKeys(b)) || a.TotalCount == 0 {
			t.Errorf("Search(%q) after backfill: neo4j %v, mem %v", text, searchKeys(b), searchKeys(a))
		}
	}
}
