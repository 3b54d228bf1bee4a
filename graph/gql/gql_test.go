package gql_test

import (
	"testing"

	"github.com/dipgraph/dipgraph/graph/gql/gqltest"
)

var openMem = gqltest.OpenMem

func TestAPIMem(t *testing.T) {
	gqltest.Run(t, openMem)
}
