package export

import (
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
)

// WriteJSONL writes one JSON object per line: nodes first ({"kind":"node",…}),
// then edges ({"kind":"edge",…}).
func WriteJSONL(w io.Writer, g *Graph) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, n := range g.Nodes {
		if err := enc.Encode(struct {
			Kind string `json:"kind"`
			Node
		}{"node", n}); err != nil {
			return fmt.Errorf("write jsonl: %w", err)
		}
	}
	for _, e := range g.Edges {
		if err := enc.Encode(struct {
			Kind string `json:"kind"`
			Edge
		}{"edge", e}); err != nil {
			return fmt.Errorf("write jsonl: %w", err)
		}
	}
	return nil
}

// WriteNodesCSV writes nodes as CSV with columns id, label and one column
// per property.
func WriteNodesCSV(w io.Writer, g *Graph) error {
	var props []map[string]string
	for _, n := range g.Nodes {
		props = append(props, n.Props)
	}
	keys := propKeys(props)
	cw := csv.NewWriter(w)
	cw.Write(append([]string{"id", "label"}, keys...))
	for _, n := range g.Nodes {
		row := []string{n.ID, n.Label}
		for _, k := range keys {
			row = append(row, n.Props[k])
		}
		cw.Write(row)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write nodes csv: %w", err)
	}
	return nil
}

// WriteEdgesCSV writes edges as CSV with columns source, target, type and
// one column per property (Gephi reads Source/Target/Type columns).
func WriteEdgesCSV(w io.Writer, g *Graph) error {
	var props []map[string]string
	for _, e := range g.Edges {
		props = append(props, e.Props)
	}
	keys := propKeys(props)
	cw := csv.NewWriter(w)
	cw.Write(append([]string{"source", "target", "type"}, keys...))
	for _, e := range g.Edges {
		row := []string{e.Source, e.Target, e.Type}
		for _, k := range keys {
			row = append(row, e.Props[k])
		}
		cw.Write(row)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write edges csv: %w", err)
	}
	return nil
}

type gmlKey struct {
	ID   string `xml:"id,attr"`
	For  string `xml:"for,attr"`
	Name string `xml:"attr.name,attr"`
	Type string `xml:"attr.type,attr"`
}

type gmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

type gmlNode struct {
	ID   string    `xml:"id,attr"`
	Data []gmlData `xml:"data"`
}

type gmlEdge struct {
	Source string    `xml:"source,attr"`
	Target string    `xml:"target,attr"`
	Data   []gmlData `xml:"data"`
}

type gmlGraph struct {
	ID          string    `xml:"id,attr"`
	EdgeDefault string    `xml:"edgedefault,attr"`
	Nodes       []gmlNode `xml:"node"`
	Edges       []gmlEdge `xml:"edge"`
}

type gmlDoc struct {
	XMLName xml.Name `xml:"graphml"`
	XMLNS   string   `xml:"xmlns,attr"`
	Keys    []gmlKey `xml:"key"`
	Graph   gmlGraph `xml:"graph"`
}

// WriteGraphML writes the graph as GraphML: node attribute "label" and
// one attribute per property; edge attribute "type" and its properties.
func WriteGraphML(w io.Writer, g *Graph) error {
	var np, ep []map[string]string
	for _, n := range g.Nodes {
		np = append(np, n.Props)
	}
	for _, e := range g.Edges {
		ep = append(ep, e.Props)
	}
	nkeys, ekeys := propKeys(np), propKeys(ep)
	doc := gmlDoc{XMLNS: "http://graphml.graphdrawing.org/xmlns",
		Graph: gmlGraph{ID: "dipgraph", EdgeDefault: "directed"}}
	doc.Keys = append(doc.Keys, gmlKey{"n_label", "node", "label", "string"})
	for _, k := range nkeys {
		doc.Keys = append(doc.Keys, gmlKey{"n_" + k, "node", k, "string"})
	}
	doc.Keys = append(doc.Keys, gmlKey{"e_type", "edge", "type", "string"})
	for _, k := range ekeys {
		doc.Keys = append(doc.Keys, gmlKey{"e_" + k, "edge", k, "string"})
	}
	for _, n := range g.Nodes {
		gn := gmlNode{ID: n.ID, Data: []gmlData{{"n_label", n.Label}}}
		for _, k := range nkeys {
			if v, ok := n.Props[k]; ok && v != "" {
				gn.Data = append(gn.Data, gmlData{"n_" + k, v})
			}
		}
		doc.Graph.Nodes = append(doc.Graph.Nodes, gn)
	}
	for _, e := range g.Edges {
		ge := gmlEdge{Source: e.Source, Target: e.Target, Data: []gmlData{{"e_type", e.Type}}}
		for _, k := range ekeys {
			if v, ok := e.Props[k]; ok && v != "" {
				ge.Data = append(ge.Data, gmlData{"e_" + k, v})
			}
		}
		doc.Graph.Edges = append(doc.Graph.Edges, ge)
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return fmt.Errorf("write graphml: %w", err)
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("write graphml: %w", err)
	}
	_, err := io.WriteString(w, "\n")
	return err
}
