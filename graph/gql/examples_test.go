package gql_test

import (
	"os"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"
	"github.com/dipgraph/dipgraph/graph/gql"
	"github.com/dipgraph/dipgraph/graph/gql/gqltest"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"
)

// TestExamplesAnswer: every IDE example is one operation named as the
// example, and answers without error (validation, complexity, depth,
// variables) on the fixture graph.
func TestExamplesAnswer(t *testing.T) {
	h := gql.NewHandler(fixtureStore(t), gql.Config{Logger: quiet})
	if len(gql.Examples) < 3 {
		t.Fatalf("%d examples", len(gql.Examples))
	}
	seen := map[string]bool{}
	for _, e := range gql.Examples {
		t.Run(e.Name, func(t *testing.T) {
			if seen[e.Name] {
				t.Errorf("two examples named %s", e.Name)
			}
			seen[e.Name] = true
			doc, err := parser.ParseQuery(&ast.Source{Input: e.Query})
			if err != nil {
				t.Fatalf("parse: %v", err)
			}
			if len(doc.Operations) != 1 || doc.Operations[0].Name != e.Name {
				t.Errorf("operations %v, want one named %s", doc.Operations, e.Name)
			}
			if strings.TrimSpace(e.Title) == "" || strings.Contains(e.Title, "\n") {
				t.Errorf("title %q: want one line", e.Title)
			}
			var opts []client.Option
			for k, v := range e.Variables {
				opts = append(opts, client.Var(k, v))
			}
			var data map[string]any
			gqltest.Query(t, h, e.Query, &data, opts...)
			if len(data) == 0 {
				t.Errorf("no data")
			}
		})
	}
}

// TestREADMEListsExamples: graph/gql/README.md names every IDE example,
// so that the README and the IDE offer the same queries.
func TestREADMEListsExamples(t *testing.T) {
	b, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range gql.Examples {
		if !strings.Contains(string(b), "`"+e.Name+"`") {
			t.Errorf("README.md does not list the example %s", e.Name)
		}
	}
}
