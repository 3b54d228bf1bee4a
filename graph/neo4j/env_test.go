package neo4j_test

import (
	"testing"

	"github.com/dipgraph/dipgraph/graph/neo4j"
	"github.com/dipgraph/dipgraph/internal/testenv"
)

// serverConfig returns the test server's settings (internal/testenv:
// NEO4J_URI & co., from scripts/neo4j start). Without NEO4J_URI the test
// is skipped, except under CI=true where it fails.
func serverConfig(t testing.TB) neo4j.Config {
	t.Helper()
	c := testenv.Neo4j(t)
	return neo4j.Config{URI: c.URI, Username: c.User, Password: c.Password, Database: c.Database}
}
