package storetest_test

// The seed page, through the real extractor, into the embedded store (and
// Neo4j too when NEO4J_URI is set): the graph must hold what the page
// says and both stores must agree. This file is the only one of the suite
// that needs the extractor, so the rest runs while the extractor changes.

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"testing"

	"github.com/dipgraph/dipgraph/extract"
	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/build"
	"github.com/dipgraph/dipgraph/graph/mem"
	"github.com/dipgraph/dipgraph/graph/neo4j"
	"github.com/dipgraph/dipgraph/graph/storetest"
	"github.com/dipgraph/dipgraph/internal/testenv"
)

func seedDocuments(t *testing.T) []graph.Document {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	path := filepath.Join(filepath.Dir(file), "..", "..", "internal", "sample", "corpus", "000_seed_xinhua_2025-09-02.txt")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read seed page: %v", err)
	}
	x, err := extract.New()
	if err != nil {
		t.Fatalf("extract.New: %v", err)
	}
	res, err := x.ExtractBytes(b, extract.Options{Date: "2025-09-02", File: filepath.Base(path)})
	if err != nil {
		t.Fatalf("extract seed page: %v", err)
	}
	docs := build.Documents(res)
	if len(docs) == 0 {
		t.Fatal("the seed page gave no documents")
	}
	return docs
}

func TestSeedPage(t *testing.T) {
	ctx := context.Background()
	docs := seedDocuments(t)
	s := mem.New()
	res, err := s.Ingest(ctx, docs)
	if err != nil {
		t.Fatal(err)
	}
	if res.Created != len(docs) || res.MeetingsCreated == 0 {
		t.Fatalf("seed ingest = %+v", res)
	}
	again, err := s.Ingest(ctx, seedDocuments(t))
	if err != nil || again.Unchanged != len(docs) || again.Created != 0 {
		t.Errorf("re-extracting and re-ingesting the seed page = %+v, %v; want all unchanged", again, err)
	}

	// The page reports 习近平 meeting the Uzbek president on 2025-09-02.
	ps, err := s.SearchMeetings(ctx, []graph.MeetingQuery{{Filter: graph.MeetingFilter{Leader: "习近平", Country: "UZ"}}})
	if err != nil {
		t.Fatal(err)
	}
	if ps[0].TotalCount == 0 {
		t.Fatal("no meeting of 习近平 with Uzbekistan from the seed page")
	}
	m := ps[0].Meetings[0]
	if m.Date != "2025-09-02" {
		t.Errorf("meeting date %q, want 2025-09-02", m.Date)
	}
	var names []string
	for _, p := range m.Participants {
		names = append(names, p.Name)
	}
	if !slices.Contains(names, "米尔济约耶夫") {
		t.Errorf("participants %q lack 米尔济约耶夫", names)
	}
	ls, err := s.LeadersByName(ctx, []string{"习近平"})
	if err != nil || ls[0] == nil || ls[0].Country != "CN" {
		t.Errorf("leader 习近平 = %+v, %v", ls[0], err)
	}
	cs, err := s.Countries(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var codes []string
	for _, c := range cs {
		codes = append(codes, c.Code)
	}
	if !slices.Contains(codes, "CN") || !slices.Contains(codes, "UZ") {
		t.Errorf("countries %q lack CN or UZ", codes)
	}

	// Neo4j, when there is one, holds the same graph.
	c, ok := testenv.Neo4jFromEnv()
	if !ok {
		return
	}
	storetest.LockNeo4j(t)
	n, err := neo4j.Open(ctx, neo4j.Config{URI: c.URI, Username: c.User, Password: c.Password, Database: c.Database})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close(ctx)
	if err := n.Reset(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := n.Ingest(ctx, docs); err != nil {
		t.Fatal(err)
	}
	want, err := storetest.Dump(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	got, err := storetest.Dump(ctx, n)
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Errorf("Neo4j and mem differ on the seed page:\nmem:\n%s\nneo4j:\n%s", want, got)
	}
}
