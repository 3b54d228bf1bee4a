// Package export writes the whole graph of a graph.Store as a node and
// edge list, in GraphML (Gephi, yEd, networkx), CSV (nodes.csv and
// edges.csv, for R and pandas) or JSON Lines. It reads through the Store
// interface only, so it exports alike from every store.
package export

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/dipgraph/dipgraph/graph"
)

// Node is one node of the exported graph. ID is unique across labels.
type Node struct {
	ID    string            `json:"id"`
	Label string            `json:"label"`
	Props map[string]string `json:"props"`
}

// Edge is one directed, typed edge.
type Edge struct {
	Source string            `json:"source"`
	Target string            `json:"target"`
	Type   string            `json:"type"`
	Props  map[string]string `json:"props,omitempty"`
}

// Graph is the whole exported graph, sorted so that output is stable.
type Graph struct {
	Nodes []Node
	Edges []Edge
}

// Edge types, as in the Neo4j model.
const (
	EdgeHosted     = "HOSTED"
	EdgeGuestOf    = "GUEST_AT"
	EdgeAttended   = "ATTENDED"
	EdgeServes     = "SERVES"
	EdgeSigned     = "SIGNED"
	EdgeSupports   = "SUPPORTS"
	EdgeProposed   = "PROPOSED"
	EdgeMentions   = "MENTIONS"
	EdgeReportedIn = "REPORTED_IN"
)

func nodeID(label, key string) string { return label + ":" + key }

// Read collects the whole graph from s.
func Read(ctx context.Context, s graph.Store) (*Graph, error) {
	g := &Graph{}
	nodes := map[string]Node{}
	edges := map[string]Edge{}
	addNode := func(label, key string, props map[string]string) string {
		id := nodeID(label, key)
		if _, ok := nodes[id]; !ok {
			nodes[id] = Node{ID: id, Label: label, Props: props}
		}
		return id
	}
	addEdge := func(e Edge) {
		k := e.Source + "\x00" + e.Type + "\x00" + e.Target
		if _, ok := edges[k]; !ok {
			edges[k] = e
		}
	}

	countries, err := s.Countries(ctx)
	if err != nil {
		return nil, fmt.Errorf("export countries: %w", err)
	}
	for _, c := range countries {
		addNode(graph.NodeCountry, c.Code, map[string]string{"code": c.Code, "name": c.Name, "nameEn": c.NameEn})
	}

	var articleIDs []string
	after := ""
	for {
		pages, err := s.SearchMeetings(ctx, []graph.MeetingQuery{{Page: graph.Page{First: graph.MaxPageSize, After: after}}})
		if err != nil {
			return nil, fmt.Errorf("export meetings: %w", err)
		}
		p := pages[0]
		for i, m := range p.Meetings {
			mid := addNode(graph.NodeMeeting, m.ID, map[string]string{
				"id": m.ID, "kind": string(m.Kind), "date": m.Date, "timeOfDay": string(m.TimeOfDay),
				"datePrecision": m.DatePrecision(), "partialDate": m.PartialDate, "yearSource": m.YearSource,
				"place": m.Place, "city": m.City, "relationship": m.Relationship,
				"occasions": strings.Join(m.Occasions, "；"), "agreementCount": m.AgreementCount,
			})
			for _, pt := range m.Participants {
				lid := addNode(graph.NodeLeader, pt.Name, map[string]string{"name": pt.Name})
				typ := map[graph.Role]string{graph.RoleHost: EdgeHosted, graph.RoleGuest: EdgeGuestOf, graph.RoleAttendee: EdgeAttended}[pt.Role]
				if typ == "" {
					typ = EdgeAttended
				}
				addEdge(Edge{Source: lid, Target: mid, Type: typ, Props: map[string]string{"title": pt.Title}})
				if pt.Country != "" {
					cid := addNode(graph.NodeCountry, pt.Country, map[string]string{"code": pt.Country})
					addEdge(Edge{Source: lid, Target: cid, Type: EdgeServes})
				}
			}
			for _, d := range m.AgreementDomains {
				did := addNode("AgreementDomain", d, map[string]string{"name": d})
				addEdge(Edge{Source: mid, Target: did, Type: EdgeSigned, Props: map[string]string{"count": m.AgreementCount}})
			}
			for _, in := range m.Initiatives {
				iid := addNode(graph.NodeInitiative, in, map[string]string{"name": in})
				addEdge(Edge{Source: mid, Target: iid, Type: EdgeMentions})
			}
			for _, sp := range m.Supports {
				cid := addNode(graph.NodeCountry, sp.Country, map[string]string{"code": sp.Country})
				iid := addNode(graph.NodeInitiative, sp.Initiative, map[string]string{"name": sp.Initiative})
				props := map[string]string{"meeting": m.ID}
				if sp.Evidence != nil {
					props["evidence"] = sp.Evidence.Text
				}
				addEdge(Edge{Source: cid, Target: iid, Type: EdgeSupports, Props: props})
			}
			for _, pr := range m.Proposals {
				lid := addNode(graph.NodeLeader, pr.Leader, map[string]string{"name": pr.Leader})
				iid := addNode(graph.NodeInitiative, pr.Initiative, map[string]string{"name": pr.Initiative})
				addEdge(Edge{Source: lid, Target: iid, Type: EdgeProposed})
			}
			for _, a := range m.ArticleIDs {
				addEdge(Edge{Source: mid, Target: nodeID("Article", a), Type: EdgeReportedIn})
				articleIDs = append(articleIDs, a)
			}
			after = p.Cursors[i]
		}
		if !p.HasNextPage || len(p.Meetings) == 0 {
			break
		}
	}

	// Leaders' current title and country, and articles' metadata.
	var names []string
	for _, n := range nodes {
		if n.Label == graph.NodeLeader {
			names = append(names, n.Props["name"])
		}
	}
	sort.Strings(names)
	if len(names) > 0 {
		leaders, err := s.LeadersByName(ctx, names)
		if err != nil {
			return nil, fmt.Errorf("export leaders: %w", err)
		}
		for _, l := range leaders {
			if l == nil {
				continue
			}
			n := nodes[nodeID(graph.NodeLeader, l.Name)]
			n.Props["title"], n.Props["country"], n.Props["organisation"] = l.Title, l.Country, l.Organisation
		}
	}
	articleIDs = uniq(articleIDs)
	if len(articleIDs) > 0 {
		arts, err := s.ArticlesByID(ctx, articleIDs)
		if err != nil {
			return nil, fmt.Errorf("export articles: %w", err)
		}
		for i, a := range arts {
			props := map[string]string{"id": articleIDs[i]}
			if a != nil {
				props["source"], props["city"], props["date"] = a.Source, a.City, a.Date
				props["title"], props["reporters"] = a.Title, strings.Join(a.Reporters, "、")
				props["continuation"] = strconv.FormatBool(a.Continuation)
				props["partialDate"], props["url"], props["file"] = a.PartialDate, a.URL, a.File
				props["published"], props["site"] = a.Published, a.Site
			}
			addNode("Article", articleIDs[i], props)
		}
	}

	for _, n := range nodes {
		g.Nodes = append(g.Nodes, n)
	}
	for _, e := range edges {
		g.Edges = append(g.Edges, e)
	}
	sort.Slice(g.Nodes, func(i, j int) bool { return g.Nodes[i].ID < g.Nodes[j].ID })
	sort.Slice(g.Edges, func(i, j int) bool {
		a, b := g.Edges[i], g.Edges[j]
		if a.Source != b.Source {
			return a.Source < b.Source
		}
		if a.Type != b.Type {
			return a.Type < b.Type
		}
		return a.Target < b.Target
	})
	return g, nil
}

func uniq(s []string) []string {
	sort.Strings(s)
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}

// propKeys returns the sorted union of property names of the nodes (or
// edges) given, so that columns and GraphML keys are stable.
func propKeys(maps []map[string]string) []string {
	set := map[string]bool{}
	for _, m := range maps {
		for k := range m {
			set[k] = true
		}
	}
	keys := make([]string, 0, len(set))
	for k := range set {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
