package neo4j_test

import (
	"os"
	"testing"

	"github.com/dipgraph/dipgraph/graph/neo4j"
)

// serverConfig returns the test server's settings from NEO4J_URI,
// NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE (start one with
// scripts/neo4j start). Without NEO4J_URI the test is skipped, except
// under CI=true where it fails.
func serverConfig(t testing.TB) neo4j.Config {
	t.Helper()
	uri := os.Getenv("NEO4J_URI")
	if uri == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("NEO4J_URI is not set under CI=true: start Neo4j with scripts/neo4j start")
		}
		t.Skip("NEO4J_URI not set: start Neo4j with scripts/neo4j start and export its settings")
	}
	user := os.Getenv("NEO4J_USERNAME")
	if user == "" {
		user = "neo4j"
	}
	return neo4j.Config{URI: uri, Username: user, Password: os.Getenv("NEO4J_PASSWORD"), Database: os.Getenv("NEO4J_DATABASE")}
}
