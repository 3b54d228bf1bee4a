package export_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"slices"
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/export"
	"github.com/dipgraph/dipgraph/graph/mem"
	"github.com/dipgraph/dipgraph/graph/neo4j"
	"github.com/dipgraph/dipgraph/graph/storetest"
	"github.com/dipgraph/dipgraph/internal/testenv"
)

// glossGraph is the export of storetest.GlossDocs from s.
func glossGraph(t *testing.T, s graph.Store) *export.Graph {
	t.Helper()
	ctx := context.Background()
	if _, err := s.Ingest(ctx, storetest.GlossDocs()); err != nil {
		t.Fatal(err)
	}
	g, err := export.Read(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestExportCarriesGlosses: initiatives and agreement domains carry their
// English names in nodes.csv's nameEn column (empty when unknown), as a
// GraphML attribute and in the JSON Lines props.
func TestExportCarriesGlosses(t *testing.T) {
	ctx := context.Background()
	s := mem.New()
	defer s.Close(ctx)
	g := glossGraph(t, s)
	var buf bytes.Buffer
	if err := export.WriteNodesCSV(&buf, g); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	id, typ, en := slices.Index(rows[0], "id"), slices.Index(rows[0], "type"), slices.Index(rows[0], "nameEn")
	if en < 0 {
		t.Fatalf("header %q lacks nameEn", rows[0])
	}
	got := map[string]string{}
	for _, r := range rows[1:] {
		got[r[typ]+" "+r[id]] = r[en]
	}
	for k, want := range map[string]string{
		"Initiative 一带一路":    "Belt and Road Initiative",
		"Initiative 全球发展倡议":  "Global Development Initiative",
		"Initiative 全球文明倡议":  "",
		"AgreementDomain 计量": "metrology",
		"AgreementDomain 海关": "customs' \"}) MATCH (n) DETACH DELETE n //",
	} {
		if v, ok := got[k]; !ok || v != want {
			t.Errorf("%s: nameEn %q (present %v), want %q", k, v, ok, want)
		}
	}
	var gml, jl bytes.Buffer
	if err := export.WriteGraphML(&gml, g); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(gml.String(), `attr.name="nameEn"`) || !strings.Contains(gml.String(), ">metrology<") {
		t.Error("GraphML lacks the nameEn attribute of domains")
	}
	if err := export.WriteJSONL(&jl, g); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(jl.String(), `"relationshipEn":"comprehensive strategic partnership for a new era"`) {
		t.Error("JSON Lines lack the relationshipEn of gm1")
	}
	if !strings.Contains(jl.String(), `"nameEn":"Belt and Road Initiative"`) {
		t.Error("JSON Lines lack the nameEn of 一带一路")
	}
}

// TestGlossesSameFromNeo4j: the glossed documents export to the same bytes
// from the embedded store and from Neo4j.
func TestGlossesSameFromNeo4j(t *testing.T) {
	cfg := testenv.Neo4j(t)
	storetest.LockNeo4j(t)
	ctx := context.Background()
	n, err := neo4j.Open(ctx, neo4j.Config{URI: cfg.URI, Username: cfg.User, Password: cfg.Password, Database: cfg.Database})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close(ctx)
	if err := n.Reset(ctx); err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	if err := export.WriteJSONL(&a, glossGraph(t, mem.New())); err != nil {
		t.Fatal(err)
	}
	if err := export.WriteJSONL(&b, glossGraph(t, n)); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Errorf("exports differ:\nmem:\n%s\nneo4j:\n%s", a.String(), b.String())
	}
}
