package export_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/xml"
	"testing"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/export"
	"github.com/dipgraph/dipgraph/graph/mem"
)

// analystDocs: two meetings of 习近平 and 米尔济约耶夫 (the first with 王毅
// attending), each with a scored support fact of Uzbekistan for the same
// initiative, and a third article that reports no meeting.
func analystDocs() []graph.Document {
	sup := func(aid string, start int) []graph.Support {
		return []graph.Support{{Country: "UZ", Initiative: "全球发展倡议",
			Evidence: &graph.Evidence{Field: "supports", Value: "UZ 全球发展倡议", Text: "乌方支持全球发展倡议。",
				Start: start, End: start + 11, ArticleID: aid, Rule: "support-verb", Confidence: 0.9}}}
	}
	countries := []graph.Country{{Code: "CN", Name: "中国", NameEn: "China"}, {Code: "UZ", Name: "乌兹别克斯坦", NameEn: "Uzbekistan"}}
	host := graph.Participant{Role: graph.RoleHost, Name: "习近平", Title: "国家主席", Country: "CN"}
	guest := graph.Participant{Role: graph.RoleGuest, Name: "米尔济约耶夫", Title: "总统", Country: "UZ"}
	return []graph.Document{
		{Article: graph.Article{ID: "a1", Source: "新华社", Date: "2024-05-02", Title: "习近平会见乌兹别克斯坦总统", Text: "……"},
			Meetings: []graph.Meeting{{ID: "m1", Kind: graph.KindMeeting, Date: "2024-05-02",
				Participants: []graph.Participant{host, guest, {Role: graph.RoleAttendee, Name: "王毅", Country: "CN"}},
				Initiatives:  []string{"全球发展倡议"}, Supports: sup("a1", 20)}},
			Countries: countries},
		{Article: graph.Article{ID: "a2", Source: "新华社", Date: "2024-07-03", Title: "习近平同乌兹别克斯坦总统会谈", Text: "……"},
			Meetings: []graph.Meeting{{ID: "m2", Kind: graph.KindTalks, Date: "2024-07-03",
				Participants: []graph.Participant{host, guest},
				Initiatives:  []string{"全球发展倡议"}, Supports: sup("a2", 31)}},
			Countries: countries},
		{Article: graph.Article{ID: "a3", Source: "人民日报", Date: "2024-08-01", Title: "外交部发言人答记者问", Text: "……"},
			Countries: countries},
	}
}

// analystGraph ingests analystDocs into the embedded store and reads it.
func analystGraph(t *testing.T) *export.Graph {
	t.Helper()
	s := mem.New()
	if _, err := s.Ingest(context.Background(), analystDocs()); err != nil {
		t.Fatalf("ingest: %v", err)
	}
	g, err := export.Read(context.Background(), s)
	if err != nil {
		t.Fatalf("read: %v", err)
	}
	return g
}

// csvRows writes with w and returns the rows as maps by header name, and
// the header.
func csvRows(t *testing.T, g *export.Graph, w func(*bytes.Buffer, *export.Graph) error) ([]map[string]string, []string) {
	t.Helper()
	var b bytes.Buffer
	if err := w(&b, g); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var out []map[string]string
	for _, r := range rows[1:] {
		m := map[string]string{}
		for i, h := range rows[0] {
			m[h] = r[i]
		}
		out = append(out, m)
	}
	return out, rows[0]
}

func writeNodes(b *bytes.Buffer, g *export.Graph) error { return export.WriteNodesCSV(b, g) }
func writeEdges(b *bytes.Buffer, g *export.Graph) error { return export.WriteEdgesCSV(b, g) }

// TestNodesCSVForPandas: nodes.csv has one id column holding the API's
// ids, a type column and a readable label (pandas renamed a second id
// column id.1; label held the type).
func TestNodesCSVForPandas(t *testing.T) {
	rows, header := csvRows(t, analystGraph(t), writeNodes)
	seen := map[string]int{}
	for _, h := range header {
		seen[h]++
	}
	if seen["id"] != 1 || seen["type"] != 1 || seen["label"] != 1 {
		t.Fatalf("header %v: want exactly one id, type and label column", header)
	}
	byID := map[string]map[string]string{}
	for _, r := range rows {
		byID[r["id"]] = r
	}
	for _, c := range []struct{ id, typ, label string }{
		{graph.LeaderID("习近平"), graph.NodeLeader, "习近平"},
		{"m1", graph.NodeMeeting, ""},
		{"UZ", graph.NodeCountry, "乌兹别克斯坦"},
		{"a1", "Article", "习近平会见乌兹别克斯坦总统"},
		{"全球发展倡议", graph.NodeInitiative, "全球发展倡议"},
	} {
		t.Run(c.id, func(t *testing.T) {
			r := byID[c.id]
			if r == nil {
				t.Fatalf("no node with the API id %q", c.id)
			}
			if r["type"] != c.typ {
				t.Errorf("type %q, want %q", r["type"], c.typ)
			}
			if c.label != "" && r["label"] != c.label {
				t.Errorf("label %q, want %q", r["label"], c.label)
			}
			if r["label"] == "" || r["label"] == r["type"] {
				t.Errorf("label %q is not a readable name", r["label"])
			}
		})
	}
}

// TestArticlesWithoutMeetingsExported: an article that reports no meeting
// is still a node.
func TestArticlesWithoutMeetingsExported(t *testing.T) {
	rows, _ := csvRows(t, analystGraph(t), writeNodes)
	for _, r := range rows {
		if r["id"] == "a3" {
			return
		}
	}
	t.Errorf("article a3 (no meetings) not exported")
}

// TestSupportsOneRowPerFact: each support fact is its own edge with its
// meeting, confidence and evidence offsets (they collapsed to one edge
// per country and initiative, without confidence or offsets).
func TestSupportsOneRowPerFact(t *testing.T) {
	rows, _ := csvRows(t, analystGraph(t), writeEdges)
	got := map[string]map[string]string{}
	for _, r := range rows {
		if r["type"] == export.EdgeSupports {
			got[r["meeting"]] = r
		}
	}
	for _, c := range []struct{ meeting, article, start, end string }{{"m1", "a1", "20", "31"}, {"m2", "a2", "31", "42"}} {
		t.Run(c.meeting, func(t *testing.T) {
			r := got[c.meeting]
			if r == nil {
				t.Fatalf("no SUPPORTS row for meeting %s (rows %v)", c.meeting, got)
			}
			if r["source"] != "UZ" || r["target"] != "全球发展倡议" {
				t.Errorf("SUPPORTS %s→%s", r["source"], r["target"])
			}
			if r["confidence"] != "0.9" || r["evidenceStart"] != c.start || r["evidenceEnd"] != c.end || r["evidenceArticle"] != c.article {
				t.Errorf("confidence %q, offsets %q–%q in %q; want 0.9, %s–%s in %s",
					r["confidence"], r["evidenceStart"], r["evidenceEnd"], r["evidenceArticle"], c.start, c.end, c.article)
			}
		})
	}
}

type gmlDoc struct {
	Keys []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	} `xml:"key"`
	Graph struct {
		Nodes []struct {
			ID   string `xml:"id,attr"`
			Data []struct {
				Key   string `xml:"key,attr"`
				Value string `xml:",chardata"`
			} `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			Source   string `xml:"source,attr"`
			Target   string `xml:"target,attr"`
			Directed string `xml:"directed,attr"`
			Data     []struct {
				Key   string `xml:"key,attr"`
				Value string `xml:",chardata"`
			} `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

// TestGraphMLForGephi: Gephi shows the node attribute "label" as the
// node's name and reads the edge attribute "weight" (double) as the edge
// weight; numbers and booleans are typed; leaders and countries that met
// are joined by an undirected MET edge weighted by their meeting count.
func TestGraphMLForGephi(t *testing.T) {
	var b bytes.Buffer
	if err := export.WriteGraphML(&b, analystGraph(t)); err != nil {
		t.Fatal(err)
	}
	var doc gmlDoc
	if err := xml.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	keys := map[string]string{} // for/name → id
	types := map[string]string{}
	for _, k := range doc.Keys {
		keys[k.For+"/"+k.Name] = k.ID
		types[k.For+"/"+k.Name] = k.Type
	}
	for name, want := range map[string]string{
		"node/label": "string", "node/type": "string", "node/meetingCount": "int", "node/continuation": "boolean",
		"edge/weight": "double", "edge/confidence": "double", "edge/evidenceStart": "int",
	} {
		if types[name] != want {
			t.Errorf("key %s: attr.type %q, want %q", name, types[name], want)
		}
	}
	xi := graph.LeaderID("习近平")
	for _, n := range doc.Graph.Nodes {
		if n.ID != xi {
			continue
		}
		for _, d := range n.Data {
			if d.Key == keys["node/label"] && d.Value != "习近平" {
				t.Errorf("label of %s is %q, want 习近平", xi, d.Value)
			}
		}
	}
	weights := map[string]string{}
	for _, e := range doc.Graph.Edges {
		var typ, w string
		for _, d := range e.Data {
			switch d.Key {
			case keys["edge/type"]:
				typ = d.Value
			case keys["edge/weight"]:
				w = d.Value
			}
		}
		if typ == "MET" {
			if e.Directed != "false" {
				t.Errorf("MET %s–%s directed=%q, want false", e.Source, e.Target, e.Directed)
			}
			weights[e.Source+"–"+e.Target] = w
		}
	}
	mi := graph.LeaderID("米尔济约耶夫")
	pair := func(a, b string) string {
		if b < a {
			a, b = b, a
		}
		return a + "–" + b
	}
	for _, c := range []struct{ pair, want string }{
		{pair(xi, mi), "2"}, {pair("CN", "UZ"), "2"}, {pair(graph.LeaderID("王毅"), mi), "1"},
	} {
		if weights[c.pair] != c.want {
			t.Errorf("MET %s weight %q, want %s (all: %v)", c.pair, weights[c.pair], c.want, weights)
		}
	}
}

// TestMetWeightIsSharedMeetingCount: on a generated corpus, the weight of
// every MET edge between two leaders is the number of meetings the store
// lists for both: counterparts (across sides) and colleagues (same side)
// alike.
func TestMetWeightIsSharedMeetingCount(t *testing.T) {
	s := mem.New()
	g := loaded(t, s)
	names := map[string]string{} // id → name
	for _, n := range g.Nodes {
		if n.Type == graph.NodeLeader {
			names[n.ID] = n.Label
		}
	}
	meetingsOf := map[string]map[string]bool{} // leader name → meeting ids
	for _, n := range g.Nodes {
		if n.Type != graph.NodeMeeting {
			continue
		}
		ms, err := s.MeetingsByID(context.Background(), []string{n.ID})
		if err != nil || ms[0] == nil {
			t.Fatalf("meeting %s: %v", n.ID, err)
		}
		for _, p := range ms[0].Participants {
			if meetingsOf[p.Name] == nil {
				meetingsOf[p.Name] = map[string]bool{}
			}
			meetingsOf[p.Name][n.ID] = true
		}
	}
	checked := 0
	for _, e := range g.Edges {
		if e.Type != export.EdgeMet || names[e.Source] == "" {
			continue
		}
		want := 0
		for id := range meetingsOf[names[e.Source]] {
			if meetingsOf[names[e.Target]][id] {
				want++
			}
		}
		if int(e.Weight) != want {
			t.Errorf("MET %s–%s weight %v, shared meetings %d", names[e.Source], names[e.Target], e.Weight, want)
		}
		checked++
	}
	if checked == 0 {
		t.Fatal("no MET edge between leaders")
	}
}
