// Package export writes the whole graph of a graph.Store as a node and
// edge list, in GraphML (Gephi, yEd, networkx), CSV (nodes.csv and
// edges.csv, for R and pandas) or JSON Lines. It reads through the Store
// interface only, so it exports alike from every store.
//
// Node ids are the API's ids: a meeting's, leader's and article's id, a
// country's ISO code, an initiative's or agreement domain's name (a domain
// whose name is also an initiative's is "AgreementDomain:NAME"). Every
// node has a type (Meeting, Leader, …) and a readable label (a name, an
// article's headline). Every edge has a weight: 1, or for MET edges the
// number of meetings the two leaders (or countries) share.
package export

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/dipgraph/dipgraph/graph"
)

// Node is one node of the exported graph. ID is unique across types.
// Props values are string, int, float64 or bool.
type Node struct {
	ID    string         `json:"id"`
	Type  string         `json:"type"`
	Label string         `json:"label"`
	Props map[string]any `json:"props"`
}

// Edge is one typed edge, directed unless Undirected (MET edges).
type Edge struct {
	Source     string         `json:"source"`
	Target     string         `json:"target"`
	Type       string         `json:"type"`
	Weight     float64        `json:"weight"`
	Undirected bool           `json:"undirected,omitempty"`
	Props      map[string]any `json:"props,omitempty"`
}

// Graph is the whole exported graph, sorted so that output is stable.
type Graph struct {
	Nodes []Node
	Edges []Edge
}

// Node types beyond graph's labels.
const (
	NodeArticle         = "Article"
	NodeAgreementDomain = "AgreementDomain"
)

// Edge types, as in the Neo4j model, plus the MET edges.
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
	// EdgeMet joins two leaders, or two countries, that met (undirected);
	// its weight is the number of meetings they share.
	EdgeMet = "MET"
)

// builder collects nodes and edges under internal keys (type and key);
// ids are given at the end, when collisions are known.
type builder struct {
	nodes map[string]*Node // by internal key
	edges map[string]*Edge // by source, type, target and discriminator
}

func ikey(typ, key string) string { return typ + "\x00" + key }

// node adds a node once and returns its internal key; later calls fill
// the properties the first one left empty.
func (b *builder) node(typ, key, label string, props map[string]any) string {
	k := ikey(typ, key)
	n := b.nodes[k]
	if n == nil {
		n = &Node{ID: key, Type: typ, Label: label, Props: map[string]any{}}
		b.nodes[k] = n
	}
	if n.Label == "" || n.Label == key {
		if label != "" {
			n.Label = label
		}
	}
	for p, v := range props {
		if _, ok := n.Props[p]; !ok && v != "" && v != nil {
			n.Props[p] = v
		}
	}
	return k
}

// edge adds an edge once per (source, type, target, disc).
func (b *builder) edge(disc string, e Edge) {
	k := e.Source + "\x00" + e.Type + "\x00" + e.Target + "\x00" + disc
	if _, ok := b.edges[k]; !ok {
		if e.Weight == 0 {
			e.Weight = 1
		}
		b.edges[k] = &e
	}
}

// met adds one meeting to the undirected MET edge between two nodes.
func (b *builder) met(x, y string) {
	if x == y {
		return
	}
	if y < x {
		x, y = y, x
	}
	k := x + "\x00" + EdgeMet + "\x00" + y
	if e := b.edges[k]; e != nil {
		e.Weight++
		return
	}
	b.edges[k] = &Edge{Source: x, Target: y, Type: EdgeMet, Weight: 1, Undirected: true}
}

// Read collects the whole graph from s.
func Read(ctx context.Context, s graph.Store) (*Graph, error) {
	b := &builder{nodes: map[string]*Node{}, edges: map[string]*Edge{}}
	countries, err := s.Countries(ctx)
	if err != nil {
		return nil, fmt.Errorf("export countries: %w", err)
	}
	for _, c := range countries {
		b.node(graph.NodeCountry, c.Code, countryLabel(c), map[string]any{"code": c.Code, "name": c.Name, "nameEn": c.NameEn})
	}
	if err := b.readMeetings(ctx, s); err != nil {
		return nil, err
	}
	if err := b.readArticles(ctx, s); err != nil {
		return nil, err
	}
	if err := b.readLeaders(ctx, s); err != nil {
		return nil, err
	}
	if err := b.readGlosses(ctx, s); err != nil {
		return nil, err
	}
	return b.finish(), nil
}

func countryLabel(c graph.Country) string {
	switch {
	case c.Name != "":
		return c.Name
	case c.NameEn != "":
		return c.NameEn
	}
	return c.Code
}

// readMeetings pages through every meeting and adds it with its facts.
func (b *builder) readMeetings(ctx context.Context, s graph.Store) error {
	after := ""
	for {
		pages, err := s.SearchMeetings(ctx, []graph.MeetingQuery{{Page: graph.Page{First: graph.MaxPageSize, After: after}}})
		if err != nil {
			return fmt.Errorf("export meetings: %w", err)
		}
		p := pages[0]
		for i, m := range p.Meetings {
			b.meeting(m)
			after = p.Cursors[i]
		}
		if !p.HasNextPage || len(p.Meetings) == 0 {
			return nil
		}
	}
}

var roleEdge = map[graph.Role]string{graph.RoleHost: EdgeHosted, graph.RoleGuest: EdgeGuestOf, graph.RoleAttendee: EdgeAttended}

// meeting adds one meeting, its participants, the MET edges between them
// and their countries, and its facts.
func (b *builder) meeting(m *graph.Meeting) {
	var names []string
	for _, pt := range m.Participants {
		names = append(names, pt.Name)
	}
	mid := b.node(graph.NodeMeeting, m.ID, meetingLabel(m, names), map[string]any{
		"kind": string(m.Kind), "date": m.Date, "timeOfDay": string(m.TimeOfDay),
		"datePrecision": m.DatePrecision(), "partialDate": m.PartialDate, "yearSource": m.YearSource,
		"place": m.Place, "city": m.City, "relationship": m.Relationship, "relationshipEn": graph.RelationshipEn(m.Relationship),
		"occasions": strings.Join(m.Occasions, "；"), "agreementCount": m.AgreementCount,
		"participantCount": len(m.Participants), "articleCount": len(m.ArticleIDs),
	})
	var leaders, countries []string
	for _, pt := range m.Participants {
		lid := b.node(graph.NodeLeader, pt.Name, pt.Name, map[string]any{"name": pt.Name})
		leaders = append(leaders, lid)
		typ := roleEdge[pt.Role]
		if typ == "" {
			typ = EdgeAttended
		}
		props := map[string]any{"title": pt.Title}
		addEvidence(props, evidenceFor(m, "participants", pt.Name))
		b.edge("", Edge{Source: lid, Target: mid, Type: typ, Props: props})
		if pt.Country != "" {
			cid := b.node(graph.NodeCountry, pt.Country, pt.Country, map[string]any{"code": pt.Country})
			countries = append(countries, cid)
			b.edge("", Edge{Source: lid, Target: cid, Type: EdgeServes})
		}
	}
	for _, pairs := range [][]string{uniq(leaders), uniq(countries)} {
		for i := range pairs {
			for j := i + 1; j < len(pairs); j++ {
				b.met(pairs[i], pairs[j])
			}
		}
	}
	for _, d := range m.AgreementDomains {
		did := b.node(NodeAgreementDomain, d, d, map[string]any{"name": d})
		props := map[string]any{"count": m.AgreementCount}
		addEvidence(props, evidenceFor(m, "agreementDomains", d))
		b.edge("", Edge{Source: mid, Target: did, Type: EdgeSigned, Props: props})
	}
	for _, in := range m.Initiatives {
		iid := b.node(graph.NodeInitiative, in, in, map[string]any{"name": in})
		props := map[string]any{}
		addEvidence(props, evidenceFor(m, "initiatives", in))
		b.edge("", Edge{Source: mid, Target: iid, Type: EdgeMentions, Props: props})
	}
	for _, sp := range m.Supports {
		cid := b.node(graph.NodeCountry, sp.Country, sp.Country, map[string]any{"code": sp.Country})
		iid := b.node(graph.NodeInitiative, sp.Initiative, sp.Initiative, map[string]any{"name": sp.Initiative})
		props := map[string]any{"meeting": m.ID}
		addEvidence(props, sp.Evidence)
		// One edge per support fact: per meeting and evidence sentence.
		disc := m.ID
		if sp.Evidence != nil {
			disc += fmt.Sprintf("\x00%s\x00%d", sp.Evidence.ArticleID, sp.Evidence.Start)
		}
		b.edge(disc, Edge{Source: cid, Target: iid, Type: EdgeSupports, Props: props})
	}
	for _, pr := range m.Proposals {
		lid := b.node(graph.NodeLeader, pr.Leader, pr.Leader, map[string]any{"name": pr.Leader})
		iid := b.node(graph.NodeInitiative, pr.Initiative, pr.Initiative, map[string]any{"name": pr.Initiative})
		props := map[string]any{"meeting": m.ID}
		addEvidence(props, pr.Evidence)
		b.edge(m.ID, Edge{Source: lid, Target: iid, Type: EdgeProposed, Props: props})
	}
	for _, a := range m.ArticleIDs {
		aid := b.node(NodeArticle, a, a, nil)
		b.edge("", Edge{Source: mid, Target: aid, Type: EdgeReportedIn})
	}
}

// meetingLabel is a readable name: date, kind and participants.
func meetingLabel(m *graph.Meeting, names []string) string {
	parts := []string{}
	if m.Date != "" {
		parts = append(parts, m.Date)
	}
	parts = append(parts, string(m.Kind))
	if len(names) > 0 {
		parts = append(parts, strings.Join(names, "、"))
	}
	return strings.Join(parts, " ")
}

// evidenceFor is the evidence of a meeting's fact: the item naming value
// in field, else the item for the whole field; nil when there is none.
func evidenceFor(m *graph.Meeting, field, value string) *graph.Evidence {
	var whole *graph.Evidence
	for i := range m.Evidence {
		e := &m.Evidence[i]
		if e.Field != field {
			continue
		}
		if e.Value == value {
			return e
		}
		if e.Value == "" && whole == nil {
			whole = e
		}
	}
	return whole
}

// addEvidence sets an edge's evidence properties: the sentence, its rune
// offsets in the article's normalised text, the article, the rule and the
// confidence (when scored).
func addEvidence(props map[string]any, e *graph.Evidence) {
	if e == nil {
		return
	}
	props["evidence"] = e.Text
	props["evidenceStart"] = e.Start
	props["evidenceEnd"] = e.End
	if e.ArticleID != "" {
		props["evidenceArticle"] = e.ArticleID
	}
	if e.Rule != "" {
		props["rule"] = e.Rule
	}
	if e.Confidence > 0 {
		props["confidence"] = e.Confidence
	}
}

// readArticles adds every article, with or without meetings.
func (b *builder) readArticles(ctx context.Context, s graph.Store) error {
	after := ""
	for {
		p, err := s.Articles(ctx, graph.Page{First: graph.MaxPageSize, After: after})
		if err != nil {
			return fmt.Errorf("export articles: %w", err)
		}
		for i, a := range p.Articles {
			label := a.Title
			if label == "" {
				label = a.ID
			}
			b.node(NodeArticle, a.ID, label, map[string]any{
				"source": a.Source, "city": a.City, "date": a.Date, "title": a.Title,
				"reporters": strings.Join(a.Reporters, "、"), "continuation": a.Continuation,
				"partialDate": a.PartialDate, "yearSource": a.YearSource, "url": a.URL, "file": a.File, "published": a.Published, "site": a.Site,
				"meetingCount": len(a.MeetingIDs),
			})
			after = p.Cursors[i]
		}
		if !p.HasNextPage || len(p.Articles) == 0 {
			return nil
		}
	}
}

// readLeaders fills leaders' id, current title, country, meeting count and
// English and pinyin names.
func (b *builder) readLeaders(ctx context.Context, s graph.Store) error {
	var names []string
	for _, n := range b.nodes {
		if n.Type == graph.NodeLeader {
			names = append(names, n.ID)
		}
	}
	sort.Strings(names)
	if len(names) == 0 {
		return nil
	}
	leaders, err := s.LeadersByName(ctx, names)
	if err != nil {
		return fmt.Errorf("export leaders: %w", err)
	}
	for i, name := range names {
		props := map[string]any{}
		if l := leaders[i]; l != nil && l.Name == name {
			props = map[string]any{"title": l.Title, "country": l.Country, "organisation": l.Organisation, "meetingCount": l.MeetingCount,
				"nameEn": l.NameEn, "pinyin": l.Pinyin}
		}
		b.node(graph.NodeLeader, name, name, props)
	}
	return nil
}

// readGlosses fills the English names (nameEn) of the initiatives and
// agreement domains of the graph, when the store knows them.
func (b *builder) readGlosses(ctx context.Context, s graph.Store) error {
	ins, err := s.Initiatives(ctx)
	if err != nil {
		return fmt.Errorf("export initiatives: %w", err)
	}
	for _, in := range ins {
		if n := b.nodes[ikey(graph.NodeInitiative, in.Name)]; n != nil && in.NameEn != "" {
			n.Props["nameEn"] = in.NameEn
		}
	}
	ds, err := s.AgreementDomains(ctx)
	if err != nil {
		return fmt.Errorf("export agreement domains: %w", err)
	}
	for _, d := range ds {
		if n := b.nodes[ikey(NodeAgreementDomain, d.Name)]; n != nil && d.NameEn != "" {
			n.Props["nameEn"] = d.NameEn
		}
	}
	return nil
}

// finish gives every node its API id and sorts nodes and edges.
func (b *builder) finish() *Graph {
	initiatives := map[string]bool{}
	for _, n := range b.nodes {
		if n.Type == graph.NodeInitiative {
			initiatives[n.ID] = true
		}
	}
	ids := map[string]string{} // internal key → id
	for k, n := range b.nodes {
		switch n.Type {
		case graph.NodeLeader:
			n.ID = graph.LeaderID(n.ID)
		case NodeAgreementDomain:
			if initiatives[n.ID] {
				n.ID = NodeAgreementDomain + ":" + n.ID
			}
		}
		ids[k] = n.ID
	}
	g := &Graph{}
	for _, n := range b.nodes {
		g.Nodes = append(g.Nodes, *n)
	}
	for _, e := range b.edges {
		e.Source, e.Target = ids[e.Source], ids[e.Target]
		if e.Undirected && e.Target < e.Source {
			e.Source, e.Target = e.Target, e.Source
		}
		g.Edges = append(g.Edges, *e)
	}
	sort.Slice(g.Nodes, func(i, j int) bool { return g.Nodes[i].ID < g.Nodes[j].ID })
	sort.SliceStable(g.Edges, func(i, j int) bool { return edgeLess(g.Edges[i], g.Edges[j]) })
	return g
}

// edgeLess orders edges by source, type, target, then their properties.
func edgeLess(a, b Edge) bool {
	if a.Source != b.Source {
		return a.Source < b.Source
	}
	if a.Type != b.Type {
		return a.Type < b.Type
	}
	if a.Target != b.Target {
		return a.Target < b.Target
	}
	return fmt.Sprint(a.Props["meeting"], a.Props["evidenceArticle"], a.Props["evidenceStart"]) <
		fmt.Sprint(b.Props["meeting"], b.Props["evidenceArticle"], b.Props["evidenceStart"])
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
func propKeys(maps []map[string]any) []string {
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
