package gqltest

import (
	"context"
	"os"
	"testing"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/mem"
	"github.com/dipgraph/dipgraph/graph/neo4j"
	"github.com/dipgraph/dipgraph/graph/storetest"
)

// OpenMem opens an empty embedded store for one test.
func OpenMem(t *testing.T) graph.Store {
	s := mem.New()
	t.Cleanup(func() { s.Close(t.Context()) })
	return s
}

// OpenNeo4j opens the test server's database (NEO4J_URI, NEO4J_USERNAME,
// NEO4J_PASSWORD, NEO4J_DATABASE), emptied, for one test. Without
// NEO4J_URI the test is skipped, except under CI=true where it fails.
func OpenNeo4j(t *testing.T) graph.Store {
	t.Helper()
	uri := os.Getenv("NEO4J_URI")
	if uri == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("NEO4J_URI is not set under CI=true")
		}
		t.Skip("NEO4J_URI not set: the API suite runs on Neo4j when it is")
	}
	user := os.Getenv("NEO4J_USERNAME")
	if user == "" {
		user = "neo4j"
	}
	storetest.LockNeo4j(t)
	ctx := context.Background()
	s, err := neo4j.Open(ctx, neo4j.Config{URI: uri, Username: user, Password: os.Getenv("NEO4J_PASSWORD"), Database: os.Getenv("NEO4J_DATABASE")})
	if err != nil {
		t.Fatalf("open Neo4j: %v", err)
	}
	if err := s.Reset(ctx); err != nil {
		t.Fatalf("empty Neo4j: %v", err)
	}
	t.Cleanup(func() { s.Close(context.Background()) })
	return s
}

// FixtureStore is an embedded store holding storetest.Fixture.
func FixtureStore(t testing.TB) *mem.Store {
	t.Helper()
	s := mem.New()
	if _, err := s.Ingest(context.Background(), storetest.Fixture()); err != nil {
		t.Fatal(err)
	}
	return s
}
