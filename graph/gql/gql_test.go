package gql_test

import (
	"testing"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/gql/gqltest"
	"github.com/dipgraph/dipgraph/graph/mem"
)

func openMem(t *testing.T) graph.Store {
	s := mem.New()
	t.Cleanup(func() { s.Close(t.Context()) })
	return s
}

func TestAPIMem(t *testing.T) {
	gqltest.Run(t, openMem)
}
