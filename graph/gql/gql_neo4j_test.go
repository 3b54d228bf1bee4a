package gql_test

import (
	"testing"

	"github.com/dipgraph/dipgraph/graph/gql/gqltest"
)

// openNeo4j opens the test server's database, emptied, for one test.
var openNeo4j = gqltest.OpenNeo4j

// The same suite as on the embedded store.
func TestAPINeo4j(t *testing.T) {
	gqltest.Run(t, openNeo4j)
}
