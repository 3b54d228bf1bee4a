package export_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/export"
	"github.com/dipgraph/dipgraph/graph/mem"
	"github.com/dipgraph/dipgraph/graph/neo4j"
	"github.com/dipgraph/dipgraph/graph/storetest"
	"github.com/dipgraph/dipgraph/internal/testenv"
)

func loaded(t *testing.T, s graph.Store) *export.Graph {
	t.Helper()
	ctx := context.Background()
	if _, err := s.Ingest(ctx, storetest.GenDocuments(40, 7)); err != nil {
		t.Fatalf("ingest: %v", err)
	}
	g, err := export.Read(ctx, s)
	if err != nil {
		t.Fatalf("read: %v", err)
	}
	return g
}

// TestReadShape: every edge joins two exported nodes, every meeting of the
// store is a node with its participants' edges, ids are unique.
func TestReadShape(t *testing.T) {
	s := mem.New()
	g := loaded(t, s)
	ids := map[string]string{}
	for _, n := range g.Nodes {
		if _, dup := ids[n.ID]; dup {
			t.Errorf("node id %s twice", n.ID)
		}
		ids[n.ID] = n.Type
	}
	types := map[string]int{}
	for _, e := range g.Edges {
		if ids[e.Source] == "" || ids[e.Target] == "" {
			t.Errorf("edge %s %s→%s joins a node not exported", e.Type, e.Source, e.Target)
		}
		types[e.Type]++
	}
	page, err := s.SearchMeetings(context.Background(), []graph.MeetingQuery{{Page: graph.Page{First: 1}}})
	if err != nil {
		t.Fatal(err)
	}
	meetings := 0
	for _, l := range ids {
		if l == "Meeting" {
			meetings++
		}
	}
	if meetings != page[0].TotalCount {
		t.Errorf("exported %d meetings, the store has %d", meetings, page[0].TotalCount)
	}
	for _, typ := range []string{export.EdgeHosted, export.EdgeGuestOf, export.EdgeReportedIn, export.EdgeServes} {
		if types[typ] == 0 {
			t.Errorf("no %s edge: %v", typ, types)
		}
	}
	// Stable: reading twice gives the same bytes.
	var a, b bytes.Buffer
	export.WriteJSONL(&a, g)
	g2, _ := export.Read(context.Background(), s)
	export.WriteJSONL(&b, g2)
	if a.String() != b.String() {
		t.Errorf("two exports of one store differ")
	}
}

func TestWriters(t *testing.T) {
	g := loaded(t, mem.New())

	var jl bytes.Buffer
	if err := export.WriteJSONL(&jl, g); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(jl.String()), "\n")
	if len(lines) != len(g.Nodes)+len(g.Edges) {
		t.Errorf("jsonl: %d lines for %d nodes and %d edges", len(lines), len(g.Nodes), len(g.Edges))
	}
	for _, l := range lines {
		if !json.Valid([]byte(l)) {
			t.Fatalf("jsonl line not JSON: %q", l)
		}
	}

	var nodes, edges bytes.Buffer
	if err := export.WriteNodesCSV(&nodes, g); err != nil {
		t.Fatal(err)
	}
	if err := export.WriteEdgesCSV(&edges, g); err != nil {
		t.Fatal(err)
	}
	nr, err := csv.NewReader(&nodes).ReadAll()
	if err != nil {
		t.Fatalf("nodes.csv: %v", err)
	}
	er, err := csv.NewReader(&edges).ReadAll()
	if err != nil {
		t.Fatalf("edges.csv: %v", err)
	}
	if len(nr) != len(g.Nodes)+1 || len(er) != len(g.Edges)+1 {
		t.Errorf("csv rows %d/%d for %d nodes, %d edges (plus headers)", len(nr), len(er), len(g.Nodes), len(g.Edges))
	}
	if nr[0][0] != "id" || nr[0][1] != "type" || nr[0][2] != "label" || er[0][0] != "source" || er[0][1] != "target" || er[0][2] != "type" {
		t.Errorf("csv headers %v / %v", nr[0], er[0])
	}

	var gml bytes.Buffer
	if err := export.WriteGraphML(&gml, g); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		XMLName xml.Name `xml:"graphml"`
		Graph   struct {
			Nodes []struct {
				ID string `xml:"id,attr"`
			} `xml:"node"`
			Edges []struct {
				Source string `xml:"source,attr"`
				Target string `xml:"target,attr"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(gml.Bytes(), &doc); err != nil {
		t.Fatalf("graphml: %v", err)
	}
	if len(doc.Graph.Nodes) != len(g.Nodes) || len(doc.Graph.Edges) != len(g.Edges) {
		t.Errorf("graphml has %d nodes, %d edges; want %d, %d", len(doc.Graph.Nodes), len(doc.Graph.Edges), len(g.Nodes), len(g.Edges))
	}
}

// TestSameFromNeo4j: the same documents export to the same bytes from the
// embedded store and from Neo4j.
func TestSameFromNeo4j(t *testing.T) {
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
	export.WriteJSONL(&a, loaded(t, mem.New()))
	export.WriteJSONL(&b, loaded(t, n))
	if a.String() != b.String() {
		al, bl := strings.Split(a.String(), "\n"), strings.Split(b.String(), "\n")
		for i := range min(len(al), len(bl)) {
			if al[i] != bl[i] {
				t.Fatalf("exports differ at line %d:\nmem:   %s\nneo4j: %s", i+1, al[i], bl[i])
			}
		}
		t.Fatalf("exports differ in length: %d vs %d lines", len(al), len(bl))
	}
}
