package gql_test

import (
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph/graph/gql"
	"github.com/dipgraph/dipgraph/graph/gql/gqltest"
	"github.com/dipgraph/dipgraph/graph/mem"
)

// builtinTypes come from the GraphQL specification (gqlgen's prelude),
// not from schema.graphql.
var builtinTypes = map[string]bool{"String": true, "Int": true, "Float": true, "Boolean": true, "ID": true}

type introValue struct {
	Name        string
	Description *string
}

type introField struct {
	introValue
	Args []introValue
}

type introType struct {
	Kind        string
	Name        string
	Description *string
	Fields      []introField
	InputFields []introValue
	EnumValues  []introValue
}

// TestSchemaDescribesEverything: every type, field, argument, input field
// and enum value of the schema, as the server introspects it (what
// GraphiQL's documentation pane shows), has a description. It asks the
// running server, so generated code that lags schema.graphql fails too.
func TestSchemaDescribesEverything(t *testing.T) {
	h := gql.NewHandler(mem.New(), gql.Config{Logger: quiet})
	var r struct {
		Schema struct{ Types []introType } `json:"__schema"`
	}
	gqltest.Query(t, h, introspectionQuery, &r)
	missing := undescribed(r.Schema.Types)
	for _, m := range missing {
		t.Errorf("no description: %s", m)
	}
	if len(r.Schema.Types) < 30 {
		t.Errorf("introspection gave %d types", len(r.Schema.Types))
	}
}

// TestUndescribedFindsGaps: the check reports each kind of element that
// lacks a description (an empty or blank one counts as none).
func TestUndescribedFindsGaps(t *testing.T) {
	d, blank := ptr("described"), ptr("  ")
	types := []introType{
		{Kind: "OBJECT", Name: "T", Description: nil, Fields: []introField{
			{introValue: introValue{Name: "f", Description: d}, Args: []introValue{{Name: "a", Description: nil}}},
			{introValue: introValue{Name: "g", Description: blank}},
		}},
		{Kind: "INPUT_OBJECT", Name: "I", Description: d, InputFields: []introValue{{Name: "x"}}},
		{Kind: "ENUM", Name: "E", Description: d, EnumValues: []introValue{{Name: "V"}, {Name: "W", Description: d}}},
		{Kind: "SCALAR", Name: "String"},
		{Kind: "OBJECT", Name: "__Type"},
	}
	got := strings.Join(undescribed(types), "; ")
	want := "type T; argument T.f(a); field T.g; input field I.x; enum value E.V"
	if got != want {
		t.Errorf("undescribed = %q\nwant %q", got, want)
	}
}

func ptr(s string) *string { return &s }

// undescribed lists the elements of the schema's own types (introspection
// and built-in scalars excepted) that have no description.
func undescribed(types []introType) []string {
	has := func(s *string) bool { return s != nil && strings.TrimSpace(*s) != "" }
	var out []string
	for _, ty := range types {
		if strings.HasPrefix(ty.Name, "__") || builtinTypes[ty.Name] {
			continue
		}
		if !has(ty.Description) {
			out = append(out, "type "+ty.Name)
		}
		for _, f := range ty.Fields {
			if !has(f.Description) {
				out = append(out, "field "+ty.Name+"."+f.Name)
			}
			for _, a := range f.Args {
				if !has(a.Description) {
					out = append(out, "argument "+ty.Name+"."+f.Name+"("+a.Name+")")
				}
			}
		}
		for _, f := range ty.InputFields {
			if !has(f.Description) {
				out = append(out, "input field "+ty.Name+"."+f.Name)
			}
		}
		for _, v := range ty.EnumValues {
			if !has(v.Description) {
				out = append(out, "enum value "+ty.Name+"."+v.Name)
			}
		}
	}
	return out
}
