// Package exec is the gqlgen-generated executor and models of schema.graphql
// (generated.go, models_gen.go: never edit them; run go generate ./graph/gql),
// plus the Date scalar they use.
package exec

import (
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"github.com/dipgraph/dipgraph/graph"
)

// Date is the GraphQL Date scalar: an ISO date (YYYY-MM-DD) held in a
// string, as the domain model keeps dates. The empty string is null.
type Date = string

// MarshalDate writes a date; "" (unknown) is null.
func MarshalDate(d string) graphql.Marshaler {
	if d == "" {
		return graphql.Null
	}
	return graphql.WriterFunc(func(w io.Writer) {
		_, _ = io.WriteString(w, strconv.Quote(d))
	})
}

// UnmarshalDate reads a YYYY-MM-DD date; anything else is bad input.
func UnmarshalDate(v any) (string, error) {
	s, ok := v.(string)
	if !ok {
		return "", graph.E("date", graph.Invalid, fmt.Errorf("a Date must be a string YYYY-MM-DD, got %T", v))
	}
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		return "", graph.E("date", graph.Invalid, fmt.Errorf("invalid date %q: want YYYY-MM-DD", s))
	}
	return s, nil
}

// Node is the Go type of the GraphQL interface Node: one of *graph.Meeting,
// *graph.Leader, *graph.Article or *graph.Country (the domain types, which
// know nothing of the API, implement no method for it).
type Node interface{}
