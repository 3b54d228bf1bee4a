package export

import (
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
)

// WriteJSONL writes one JSON object per line: nodes first ({"kind":"node",…}),
// then edges ({"kind":"edge",…}). Property values keep their JSON types.
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

// nodeColumns are the fixed columns of nodes.csv, before the properties.
var nodeColumns = []string{"id", "type", "label"}

// edgeColumns are the fixed columns of edges.csv, before the properties.
var edgeColumns = []string{"source", "target", "type", "weight", "directed"}

// WriteNodesCSV writes nodes as CSV with columns id (the API's id), type
// (Meeting, Leader, …), label (a readable name) and one column per
// property. No property repeats a fixed column.
func WriteNodesCSV(w io.Writer, g *Graph) error {
	var props []map[string]any
	for _, n := range g.Nodes {
		props = append(props, n.Props)
	}
	keys := without(propKeys(props), nodeColumns)
	cw := csv.NewWriter(w)
	cw.Write(append(append([]string{}, nodeColumns...), keys...))
	for _, n := range g.Nodes {
		row := []string{n.ID, n.Type, n.Label}
		for _, k := range keys {
			row = append(row, format(n.Props[k]))
		}
		cw.Write(row)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write nodes csv: %w", err)
	}
	return nil
}

// WriteEdgesCSV writes edges as CSV with columns source, target, type,
// weight, directed and one column per property.
func WriteEdgesCSV(w io.Writer, g *Graph) error {
	var props []map[string]any
	for _, e := range g.Edges {
		props = append(props, e.Props)
	}
	keys := without(propKeys(props), edgeColumns)
	cw := csv.NewWriter(w)
	cw.Write(append(append([]string{}, edgeColumns...), keys...))
	for _, e := range g.Edges {
		row := []string{e.Source, e.Target, e.Type, format(e.Weight), format(!e.Undirected)}
		for _, k := range keys {
			row = append(row, format(e.Props[k]))
		}
		cw.Write(row)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write edges csv: %w", err)
	}
	return nil
}

// without drops the names in drop from keys.
func without(keys, drop []string) []string {
	out := keys[:0]
	for _, k := range keys {
		skip := false
		for _, d := range drop {
			skip = skip || k == d
		}
		if !skip {
			out = append(out, k)
		}
	}
	return out
}

// format writes a property value as text ("" for none).
func format(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case int:
		return strconv.Itoa(v)
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64)
	case bool:
		return strconv.FormatBool(v)
	}
	return fmt.Sprint(v)
}

// attrType is the GraphML attr.type of a property: int, double or boolean
// when every value of it is one, else string.
func attrType(maps []map[string]any, key string) string {
	typ := ""
	for _, m := range maps {
		v, ok := m[key]
		if !ok || v == nil {
			continue
		}
		var t string
		switch v.(type) {
		case int:
			t = "int"
		case float64:
			t = "double"
		case bool:
			t = "boolean"
		default:
			return "string"
		}
		switch {
		case typ == "" || typ == t:
			typ = t
		case (typ == "int" && t == "double") || (typ == "double" && t == "int"):
			typ = "double"
		default:
			return "string"
		}
	}
	if typ == "" {
		return "string"
	}
	return typ
}

type gmlKey struct {
	ID      string  `xml:"id,attr"`
	For     string  `xml:"for,attr"`
	Name    string  `xml:"attr.name,attr"`
	Type    string  `xml:"attr.type,attr"`
	Default *string `xml:"default,omitempty"`
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
	Source   string    `xml:"source,attr"`
	Target   string    `xml:"target,attr"`
	Directed string    `xml:"directed,attr,omitempty"`
	Data     []gmlData `xml:"data"`
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

// WriteGraphML writes the graph as GraphML as Gephi reads it: node
// attributes "label" (the name Gephi shows), "type" and one typed
// attribute per property (int, double, boolean or string); edge attributes
// "label" and "type" (the edge type), "weight" (double: Gephi's edge
// weight) and the typed properties. MET edges are undirected
// (directed="false"), the others follow edgedefault="directed".
func WriteGraphML(w io.Writer, g *Graph) error {
	var np, ep []map[string]any
	for _, n := range g.Nodes {
		np = append(np, n.Props)
	}
	for _, e := range g.Edges {
		ep = append(ep, e.Props)
	}
	nkeys := without(propKeys(np), []string{"id", "label", "type"})
	ekeys := without(propKeys(ep), []string{"id", "label", "type", "weight", "source", "target"})
	doc := gmlDoc{XMLNS: "http://graphml.graphdrawing.org/xmlns",
		Graph: gmlGraph{ID: "dipgraph", EdgeDefault: "directed"}}
	one := "1.0"
	doc.Keys = append(doc.Keys,
		gmlKey{"n_label", "node", "label", "string", nil},
		gmlKey{"n_type", "node", "type", "string", nil})
	for _, k := range nkeys {
		doc.Keys = append(doc.Keys, gmlKey{"n_" + k, "node", k, attrType(np, k), nil})
	}
	doc.Keys = append(doc.Keys,
		gmlKey{"e_label", "edge", "label", "string", nil},
		gmlKey{"e_type", "edge", "type", "string", nil},
		gmlKey{"e_weight", "edge", "weight", "double", &one})
	for _, k := range ekeys {
		doc.Keys = append(doc.Keys, gmlKey{"e_" + k, "edge", k, attrType(ep, k), nil})
	}
	for _, n := range g.Nodes {
		gn := gmlNode{ID: n.ID, Data: []gmlData{{"n_label", n.Label}, {"n_type", n.Type}}}
		for _, k := range nkeys {
			if v := format(n.Props[k]); v != "" {
				gn.Data = append(gn.Data, gmlData{"n_" + k, v})
			}
		}
		doc.Graph.Nodes = append(doc.Graph.Nodes, gn)
	}
	for _, e := range g.Edges {
		ge := gmlEdge{Source: e.Source, Target: e.Target,
			Data: []gmlData{{"e_label", e.Type}, {"e_type", e.Type}, {"e_weight", format(e.Weight)}}}
		if e.Undirected {
			ge.Directed = "false"
		}
		for _, k := range ekeys {
			if v := format(e.Props[k]); v != "" {
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
