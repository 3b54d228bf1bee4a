package gql

import (
	"context"
	"fmt"
	"unicode/utf8"

	"github.com/99designs/gqlgen/graphql"

	"github.com/dipgraph/dipgraph/graph"
)

// Limits of free-text arguments. Names stored with a fact (a reviewer,
// an outlet) are short; other string arguments (names, ids, cursors) are
// at most maxArgBytes; ingest's text is bounded by the body size only.
const (
	maxNameRunes = 200
	maxArgBytes  = 1024
)

// boundedArgs refuses a field whose string arguments pass their limits,
// before it is resolved (so that nothing is stored).
func boundedArgs(ctx context.Context, next graphql.Resolver) (any, error) {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || len(fc.Args) == 0 {
		return next(ctx)
	}
	for name, v := range fc.Args {
		var s string
		switch v := v.(type) {
		case string:
			s = v
		case *string:
			if v == nil {
				continue
			}
			s = *v
		default:
			continue
		}
		switch name {
		case "text":
			continue
		case "reviewer", "source":
			if n := utf8.RuneCountInString(s); n > maxNameRunes {
				return nil, graph.E(fc.Field.Name, graph.Invalid, fmt.Errorf("%s has %d characters, more than %d", name, n, maxNameRunes))
			}
		default:
			if len(s) > maxArgBytes {
				return nil, graph.E(fc.Field.Name, graph.Invalid, fmt.Errorf("%s has %d bytes, more than %d", name, len(s), maxArgBytes))
			}
		}
	}
	return next(ctx)
}
