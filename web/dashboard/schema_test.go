package dashboard

import (
	"os"
	"regexp"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
)

// The dashboard's GraphQL operations (in web/dashboard/src/api.js) must
// validate against the served schema (schema.graphql), so that a schema
// change that breaks the dashboard fails here, not in an analyst's browser.
func TestQueriesMatchSchema(t *testing.T) {
	schemaText, err := os.ReadFile("../../schema.graphql")
	if err != nil {
		t.Fatalf("read schema: %v", err)
	}
	schema, gerr := gqlparser.LoadSchema(&ast.Source{Name: "schema.graphql", Input: string(schemaText)})
	if gerr != nil {
		t.Fatalf("load schema: %v", gerr)
	}
	api, err := os.ReadFile("src/api.js")
	if err != nil {
		t.Fatalf("read api.js: %v", err)
	}
	ops := regexp.MustCompile("(?s)`(query Dashboard\\w+.*?)`").FindAllStringSubmatch(string(api), -1)
	if len(ops) < 4 {
		t.Fatalf("found %d Dashboard operations in api.js, want 4", len(ops))
	}
	for _, op := range ops {
		if _, errs := gqlparser.LoadQuery(schema, op[1]); errs != nil {
			t.Errorf("operation does not validate: %v\n%s", errs, op[1])
		}
	}
	// And the built bundle carries the same operations.
	bundle, err := os.ReadFile("dist/app.js")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"DashboardMeetings", "DashboardOverview", "DashboardTimeline"} {
		if !regexp.MustCompile(`query ` + name + `\b`).Match(bundle) {
			t.Errorf("dist/app.js lacks operation %s: rebuild with web/dashboard/build.sh", name)
		}
	}
}
