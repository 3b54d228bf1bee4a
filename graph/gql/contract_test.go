package gql_test

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"
)

// TestSchemaKeepsContract checks that schema.graphql still has every type,
// field, argument and enum value of the core schema in docs/contract.md,
// with the same types: the schema may grow, never rename or retype.
func TestSchemaKeepsContract(t *testing.T) {
	doc, err := os.ReadFile("../../docs/contract.md")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("(?s)```graphql\n(.*?)```").FindSubmatch(doc)
	if m == nil {
		t.Fatal("docs/contract.md has no graphql block")
	}
	// The block names some types it does not define (LeaderConnection):
	// parse it without validating.
	core, perr := parser.ParseSchema(&ast.Source{Name: "contract", Input: string(m[1])})
	if perr != nil {
		t.Fatalf("contract schema: %v", perr)
	}
	src, err := os.ReadFile("../../schema.graphql")
	if err != nil {
		t.Fatal(err)
	}
	ours, gerr := gqlparser.LoadSchema(&ast.Source{Name: "schema.graphql", Input: string(src)})
	if gerr != nil {
		t.Fatalf("schema.graphql: %v", gerr)
	}
	checked := 0
	for _, want := range core.Definitions {
		name := want.Name
		got := ours.Types[name]
		if got == nil {
			t.Errorf("type %s of the contract is missing", name)
			continue
		}
		if got.Kind != want.Kind {
			t.Errorf("%s is %s, the contract says %s", name, got.Kind, want.Kind)
		}
		for _, ev := range want.EnumValues {
			if got.EnumValues.ForName(ev.Name) == nil {
				t.Errorf("enum value %s.%s is missing", name, ev.Name)
			}
		}
		for _, wf := range want.Fields {
			if strings.HasPrefix(wf.Name, "__") {
				continue
			}
			gf := got.Fields.ForName(wf.Name)
			if gf == nil {
				t.Errorf("field %s.%s is missing", name, wf.Name)
				continue
			}
			checked++
			if gf.Type.String() != wf.Type.String() {
				t.Errorf("%s.%s: %s, the contract says %s", name, wf.Name, gf.Type, wf.Type)
			}
			for _, wa := range wf.Arguments {
				ga := gf.Arguments.ForName(wa.Name)
				if ga == nil {
					t.Errorf("argument %s.%s(%s) is missing", name, wf.Name, wa.Name)
				} else if ga.Type.String() != wa.Type.String() {
					t.Errorf("%s.%s(%s): %s, the contract says %s", name, wf.Name, wa.Name, ga.Type, wa.Type)
				}
			}
			// Arguments we added must be optional, so that contract queries still work.
			for _, ga := range gf.Arguments {
				if wf.Arguments.ForName(ga.Name) == nil && ga.Type.NonNull && ga.DefaultValue == nil {
					t.Errorf("%s.%s has a new required argument %s", name, wf.Name, ga.Name)
				}
			}
		}
	}
	if checked < 50 {
		t.Errorf("only %d contract fields checked: is the contract block complete?", checked)
	}
}
