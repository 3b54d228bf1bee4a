package neo4j

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/dipgraph/dipgraph/graph"
)

// Record helpers: a missing or null value reads as the zero value.

func str(r *neo4j.Record, key string) string {
	v, _ := r.Get(key)
	s, _ := v.(string)
	return s
}

func integer(r *neo4j.Record, key string) int {
	v, _ := r.Get(key)
	n, _ := v.(int64)
	return int(n)
}

func boolean(r *neo4j.Record, key string) bool {
	v, _ := r.Get(key)
	b, _ := v.(bool)
	return b
}

func anyList(r *neo4j.Record, key string) []any {
	v, _ := r.Get(key)
	l, _ := v.([]any)
	return l
}

func strs(r *neo4j.Record, key string) []string {
	var out []string
	for _, x := range anyList(r, key) {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func keySet[V any](m map[string]V) map[string]bool {
	out := make(map[string]bool, len(m))
	for k := range m {
		out[k] = true
	}
	return out
}

// sortedSet sorts s in Go's (byte) order, without repeats; nil if empty.
func sortedSet(s []string) []string { return graph.SortedSet(s) }

func decodeMeeting(doc string) (*graph.Meeting, error) {
	var m graph.Meeting
	if err := json.Unmarshal([]byte(doc), &m); err != nil {
		return nil, fmt.Errorf("decode stored meeting: %w", err)
	}
	return &m, nil
}

func decodeArticle(doc string) (*graph.Article, error) {
	var a graph.Article
	if err := json.Unmarshal([]byte(doc), &a); err != nil {
		return nil, fmt.Errorf("decode stored article: %w", err)
	}
	return &a, nil
}

// meetingFilter is the WHERE clause of a meeting query q (a map of
// optional filter values); it uses the indexes where the planner can.
const meetingFilter = `(q.kind IS NULL OR m.kind = q.kind)
  AND (q.from IS NULL OR (m.date <> '' AND m.date >= q.from))
  AND (q.to IS NULL OR (m.date <> '' AND m.date <= q.to))
  AND (q.title IS NULL OR EXISTS { (l:` + labelLeader + `)-[p:` + relTookPart + `]->(m) WHERE p.title = q.title AND (q.titleLeader IS NULL OR l.name = q.titleLeader) })
  AND (q.precision IS NULL OR (CASE WHEN m.date <> '' THEN 'DAY' WHEN coalesce(m.partialDate, '') <> '' THEN 'MONTH_DAY' ELSE 'NONE' END) = q.precision)
  AND (q.initiative IS NULL OR EXISTS { (m)-[:` + relMentions + `]->(:` + labelInitiative + ` {name: q.initiative}) })
  AND (q.domain IS NULL OR EXISTS { (m)-[:` + relSigned + `]->(:` + labelDomain + ` {name: q.domain}) })
  AND (q.leader IS NULL OR EXISTS { (:` + labelLeader + ` {name: q.leader})-[:` + relTookPart + `]->(m) })
  AND (q.country IS NULL OR EXISTS { (:` + labelLeader + `)-[p:` + relTookPart + `]->(m) WHERE p.country = q.country })
  AND (q.kinds IS NULL OR m.kind IN q.kinds)
  AND (q.countries IS NULL OR EXISTS { (:` + labelLeader + `)-[p:` + relTookPart + `]->(m) WHERE p.country IN q.countries })`

// meetingAnchors find the candidate meetings of a query q from its most
// selective filter (a leader, a country, an initiative, a domain: q.anchor),
// so that only those are filtered and sorted. Go picks the anchor of each
// query (anchorOf) and sends the queries of one anchor in one statement:
// a UNION of all anchors guarded by conditions on q would be planned with
// every branch run, the label scan of all meetings included. An anchor
// selects exactly the meetings its filter does (a participation's country
// is one its leader SERVES), so that filter is dropped from q.
var meetingAnchors = map[string]string{
	"leader":     `MATCH (:` + labelLeader + ` {name: q.anchor})-[:` + relTookPart + `]->(m:` + labelMeeting + `) RETURN DISTINCT m`,
	"country":    `MATCH (:` + labelCountry + ` {code: q.anchor})<-[:` + relServes + `]-(:` + labelLeader + `)-[p:` + relTookPart + `]->(m:` + labelMeeting + `) WHERE p.country = q.anchor RETURN DISTINCT m`,
	"initiative": `MATCH (:` + labelInitiative + ` {name: q.anchor})<-[:` + relMentions + `]-(m:` + labelMeeting + `) RETURN DISTINCT m`,
	"domain":     `MATCH (:` + labelDomain + ` {name: q.anchor})<-[:` + relSigned + `]-(m:` + labelMeeting + `) RETURN DISTINCT m`,
	"all":        `MATCH (m:` + labelMeeting + `) RETURN m`,
}

// anchorOf names the meetingAnchors entry of a filter and the filter
// parameter (filterParams) it replaces.
func anchorOf(f graph.MeetingFilter) (anchor, param string) {
	switch {
	case f.Leader != "":
		return "leader", "leader"
	case f.Country != "":
		return "country", "country"
	case f.Initiative != "":
		return "initiative", "initiative"
	case f.AgreementDomain != "":
		return "domain", "domain"
	}
	return "all", ""
}

// afterCursor is true for an item x (date, id) that sorts after the
// cursor (q.afterDate, q.afterId), as graph.MeetingLess orders.
const afterCursor = `(q.afterId IS NULL OR
  (x.date = q.afterDate AND x.id > q.afterId) OR
  (x.date <> q.afterDate AND q.afterDate <> '' AND (x.date = '' OR x.date < q.afterDate)))`

func filterParams(f graph.MeetingFilter) map[string]any {
	opt := func(s string) any {
		if s == "" {
			return nil
		}
		return s
	}
	return map[string]any{
		"kind": opt(string(f.Kind)), "from": opt(f.From), "to": opt(f.To), "initiative": opt(f.Initiative),
		"precision": opt(f.DatePrecision), "title": opt(f.Title), "titleLeader": opt(f.Leader),
		"domain": opt(f.AgreementDomain), "leader": opt(f.Leader), "country": opt(f.Country),
		"kinds": optList(f.Kinds), "countries": optList(f.Countries),
	}
}

// optList is a List as a query parameter: its items, or null when empty.
func optList(l graph.List) any {
	if l == "" {
		return nil
	}
	return l.Items()
}

// orderKey is the Cypher expression of a meeting m's key in an order
// (graph.MeetingOrder.OrderKey).
var orderKey = map[string]string{
	graph.OrderDate: `m.date`,
	graph.OrderKind: `m.kind`,
	graph.OrderCountry: `coalesce(COLLECT { MATCH (:` + labelLeader + `)-[p:` + relTookPart + `]->(m) WHERE p.country <> ''
    RETURN p.country AS c ORDER BY CASE WHEN c = 'CN' THEN 1 ELSE 0 END, c LIMIT 1 }[0], '')`,
}

// orderedQuery is the statement of meeting queries of one anchor sorted in
// a non-default order o (graph.MeetingOrder.Compare): by key (empty keys
// last), then date (newest first, undated last), then id.
func orderedQuery(anchor string, o graph.MeetingOrder) string {
	by := o.By
	if by == "" {
		by = graph.OrderDate
	}
	dir, after := "DESC", "<"
	if o.Asc {
		dir, after = "ASC", ">"
	}
	return `UNWIND $qs AS q
CALL (q) {
  CALL (q) { ` + meetingAnchors[anchor] + ` }
  WITH q, m WHERE ` + meetingFilter + `
  WITH m, ` + orderKey[by] + ` AS k
  WITH m, k ORDER BY (k = ''), k ` + dir + `, (m.date = ''), m.date DESC, m.id
  RETURN collect({k: k, date: m.date, id: m.id, doc: m.doc}) AS ms
}
WITH q, ms, [x IN ms WHERE q.afterId IS NULL
  OR (x.k <> q.afterKey AND q.afterKey <> '' AND (x.k = '' OR x.k ` + after + ` q.afterKey))
  OR (x.k = q.afterKey AND ` + afterCursor + `)] AS rest
RETURN q.i AS i, size(ms) AS total, [x IN rest[0..q.first] | x.doc] AS docs, size(rest) > q.first AS hasNext`
}

// SearchMeetings implements graph.Store: all queries in one round trip.
func (s *Store) SearchMeetings(ctx context.Context, qs []graph.MeetingQuery) ([]graph.MeetingPage, error) {
	params := make([]any, len(qs))
	firsts := make([]int, len(qs))
	for i, q := range qs {
		pg, err := q.Page.Normalize()
		if err != nil {
			return nil, err
		}
		if err := q.Order.Validate(); err != nil {
			return nil, err
		}
		p := filterParams(q.Filter)
		p["i"], p["first"] = i, pg.First
		p["afterKey"], p["afterDate"], p["afterId"] = nil, nil, nil
		if pg.After != "" {
			k, d, id, err := q.Order.DecodeCursor(pg.After)
			if err != nil {
				return nil, err
			}
			p["afterKey"], p["afterDate"], p["afterId"] = k, d, id
		}
		params[i], firsts[i] = p, pg.First
	}
	out := make([]graph.MeetingPage, len(qs))
	if len(qs) == 0 {
		return out, nil
	}
	// Filtered queries start from their most selective filter; queries
	// without filter (the most common: the first page of all meetings)
	// count from the count store and read only their page, in the order
	// of the date index. One statement each, in one read transaction.
	filtered := map[string][]any{} // by anchor
	ordered := map[string][]any{}  // by anchor and order, for orders other than the default
	orders := map[string]graph.MeetingOrder{}
	var unfiltered []any
	limit := 0
	for i, q := range qs {
		if !q.Order.IsDefault() {
			a, param := anchorOf(q.Filter)
			if param != "" {
				p := params[i].(map[string]any)
				p["anchor"], p[param] = p[param], nil
			}
			k := a + "\x00" + q.Order.By + "\x00" + fmt.Sprint(q.Order.Asc)
			ordered[k] = append(ordered[k], params[i])
			orders[k] = q.Order
			continue
		}
		if q.Filter == (graph.MeetingFilter{}) {
			unfiltered = append(unfiltered, params[i])
			limit = max(limit, firsts[i]+1)
		} else {
			a, param := anchorOf(q.Filter)
			if param != "" {
				p := params[i].(map[string]any)
				p["anchor"], p[param] = p[param], nil
			}
			filtered[a] = append(filtered[a], params[i])
		}
	}
	qf := func(anchor string) string {
		return `UNWIND $qs AS q
CALL (q) {
  CALL (q) { ` + meetingAnchors[anchor] + ` }
  WITH q, m WHERE ` + meetingFilter + `
  WITH m ORDER BY m.date DESC, m.id
  RETURN collect(m) AS ms
}
WITH q, ms, [x IN ms WHERE ` + afterCursor + `] AS rest
RETURN q.i AS i, size(ms) AS total, [x IN rest[0..q.first] | x.doc] AS docs, size(rest) > q.first AS hasNext`
	}
	qu := `UNWIND $qs AS q
CALL (q) {
  MATCH (x:` + labelMeeting + `) WHERE x.date >= '' AND ` + afterCursor + `
  WITH x ORDER BY x.date DESC, x.id LIMIT $limit
  RETURN collect(x) AS page
}
RETURN q.i AS i, COUNT { (:` + labelMeeting + `) } AS total, [x IN page[0..q.first] | x.doc] AS docs, size(page) > q.first AS hasNext`
	type stmt struct {
		q      string
		params map[string]any
	}
	var stmts []stmt
	for _, anchor := range sortedKeys(keySet(filtered)) {
		stmts = append(stmts, stmt{qf(anchor), map[string]any{"qs": filtered[anchor]}})
	}
	for _, k := range sortedKeys(keySet(ordered)) {
		anchor, _, _ := strings.Cut(k, "\x00")
		stmts = append(stmts, stmt{orderedQuery(anchor, orders[k]), map[string]any{"qs": ordered[k]}})
	}
	if len(unfiltered) > 0 {
		stmts = append(stmts, stmt{qu, map[string]any{"qs": unfiltered, "limit": limit}})
	}
	var recs []*neo4j.Record
	var err error
	if len(stmts) == 1 { // the usual case: one round trip
		recs, err = query(ctx, s, "neo4j.meetings", stmts[0].q, stmts[0].params)
	} else {
		recs, err = read(ctx, s, "neo4j.meetings", func(tx neo4j.ManagedTransaction) ([]*neo4j.Record, error) {
			var all []*neo4j.Record
			for _, st := range stmts {
				r, err := collect(ctx, tx, st.q, st.params)
				if err != nil {
					return nil, err
				}
				all = append(all, r...)
			}
			return all, nil
		})
	}
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		i := integer(r, "i")
		page := graph.MeetingPage{TotalCount: integer(r, "total"), HasNextPage: boolean(r, "hasNext")}
		for _, d := range strs(r, "docs") {
			m, err := s.docs.meeting(d)
			if err != nil {
				return nil, graph.E("neo4j.meetings", graph.Internal, err)
			}
			page.Meetings = append(page.Meetings, m)
			page.Cursors = append(page.Cursors, qs[i].Order.Cursor(m))
		}
		out[i] = page
	}
	return out, nil
}

// MeetingsByID implements graph.Store.
func (s *Store) MeetingsByID(ctx context.Context, ids []string) ([]*graph.Meeting, error) {
	out := make([]*graph.Meeting, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	recs, err := query(ctx, s, "neo4j.meetingsByID", "UNWIND $ids AS id MATCH (m:"+labelMeeting+" {id: id}) RETURN id, m.doc AS doc", map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	byID := map[string]string{}
	for _, r := range recs {
		byID[str(r, "id")] = str(r, "doc")
	}
	for i, id := range ids {
		if d, ok := byID[id]; ok {
			m, err := s.docs.meeting(d)
			if err != nil {
				return nil, graph.E("neo4j.meetingsByID", graph.Internal, err)
			}
			out[i] = m
		}
	}
	return out, nil
}

const leaderProps = `{name: l.name, id: l.id, title: l.title, country: l.country, organisation: l.organisation, meetingCount: l.meetingCount, nameEn: l.nameEn, pinyin: l.pinyin}`

func leaderFrom(v any) *graph.Leader {
	m, _ := v.(map[string]any)
	s := func(k string) string { x, _ := m[k].(string); return x }
	n, _ := m["meetingCount"].(int64)
	return &graph.Leader{ID: s("id"), Name: s("name"), NameEn: s("nameEn"), Pinyin: s("pinyin"),
		Title: s("title"), Country: s("country"), Organisation: s("organisation"), MeetingCount: int(n)}
}

// SearchLeaders implements graph.Store: all queries in one round trip.
func (s *Store) SearchLeaders(ctx context.Context, qs []graph.LeaderQuery) ([]graph.LeaderPage, error) {
	params := make([]any, len(qs))
	for i, q := range qs {
		pg, err := q.Page.Normalize()
		if err != nil {
			return nil, err
		}
		if err := q.Order.Validate(); err != nil {
			return nil, err
		}
		p := map[string]any{"i": i, "first": pg.First, "after": nil, "afterCount": 0, "name": nil, "key": "", "country": nil}
		if pg.After != "" {
			name, n, err := q.Order.DecodeCursor(pg.After)
			if err != nil {
				return nil, err
			}
			p["after"], p["afterCount"] = name, n
		}
		if q.Filter.Name != "" {
			p["name"] = q.Filter.Name
			p["key"] = graph.NameKey(q.Filter.Name)
		}
		if q.Filter.Country != "" {
			p["country"] = q.Filter.Country
		}
		params[i] = p
	}
	out := make([]graph.LeaderPage, len(qs))
	if len(qs) == 0 {
		return out, nil
	}
	// One statement per order (an ORDER BY direction is no parameter).
	byOrder := map[graph.LeaderOrder][]any{}
	var orders []graph.LeaderOrder
	for i, q := range qs {
		if byOrder[q.Order] == nil {
			orders = append(orders, q.Order)
		}
		byOrder[q.Order] = append(byOrder[q.Order], params[i])
	}
	var recs []*neo4j.Record
	var err error
	if len(orders) == 1 { // the usual case: one round trip
		recs, err = query(ctx, s, "neo4j.leaders", leadersQuery(orders[0]), map[string]any{"qs": byOrder[orders[0]]})
	} else {
		recs, err = read(ctx, s, "neo4j.leaders", func(tx neo4j.ManagedTransaction) ([]*neo4j.Record, error) {
			var all []*neo4j.Record
			for _, o := range orders {
				r, err := collect(ctx, tx, leadersQuery(o), map[string]any{"qs": byOrder[o]})
				if err != nil {
					return nil, err
				}
				all = append(all, r...)
			}
			return all, nil
		})
	}
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		i := integer(r, "i")
		page := graph.LeaderPage{TotalCount: integer(r, "total"), HasNextPage: boolean(r, "hasNext")}
		for _, v := range anyList(r, "leaders") {
			l := leaderFrom(v)
			page.Leaders = append(page.Leaders, l)
			page.Cursors = append(page.Cursors, qs[i].Order.Cursor(l))
		}
		out[i] = page
	}
	return out, nil
}

// leadersQuery is the statement of leader queries sorted in order o
// (graph.LeaderOrder.Compare).
func leadersQuery(o graph.LeaderOrder) string {
	orderBy, after := "l.name", "x.name > q.after"
	switch {
	case o.By == graph.OrderMeetingCount && o.Desc:
		orderBy = "coalesce(l.meetingCount, 0) DESC, l.name"
		after = "(coalesce(x.meetingCount, 0) < q.afterCount OR (coalesce(x.meetingCount, 0) = q.afterCount AND x.name > q.after))"
	case o.By == graph.OrderMeetingCount:
		orderBy = "coalesce(l.meetingCount, 0), l.name"
		after = "(coalesce(x.meetingCount, 0) > q.afterCount OR (coalesce(x.meetingCount, 0) = q.afterCount AND x.name > q.after))"
	case o.Desc:
		orderBy, after = "l.name DESC", "x.name < q.after"
	}
	return `UNWIND $qs AS q
CALL (q) {
  MATCH (l:` + labelLeader + `)
  WHERE (q.name IS NULL OR l.name CONTAINS q.name OR (q.key <> '' AND any(k IN coalesce(l.nameKeys, []) WHERE k CONTAINS q.key)))
    AND (q.country IS NULL OR l.country = q.country)
  WITH l ORDER BY ` + orderBy + `
  RETURN collect(l) AS ls
}
WITH q, ls, [x IN ls WHERE q.after IS NULL OR ` + after + `] AS rest
RETURN q.i AS i, size(ls) AS total, [l IN rest[0..q.first] | ` + leaderProps + `] AS leaders, size(rest) > q.first AS hasNext`
}

// LeadersByName implements graph.Store.
func (s *Store) LeadersByName(ctx context.Context, names []string) ([]*graph.Leader, error) {
	out := make([]*graph.Leader, len(names))
	if len(names) == 0 {
		return out, nil
	}
	recs, err := query(ctx, s, "neo4j.leadersByName", "UNWIND $names AS n MATCH (l:"+labelLeader+" {name: n}) RETURN "+leaderProps+" AS leader", map[string]any{"names": names})
	if err != nil {
		return nil, err
	}
	by := map[string]*graph.Leader{}
	for _, r := range recs {
		v, _ := r.Get("leader")
		l := leaderFrom(v)
		by[l.Name] = l
	}
	var misses []any
	for i, n := range names {
		if l := by[n]; l != nil {
			c := *l
			out[i] = &c
		} else if k := graph.NameKey(n); k != "" {
			misses = append(misses, map[string]any{"i": i, "key": k})
		}
	}
	if len(misses) == 0 {
		return out, nil
	}
	// Names that are no leader's canonical name: by any other name.
	recs, err = query(ctx, s, "neo4j.leadersByOtherName", `UNWIND $qs AS q
CALL (q) {
  MATCH (l:`+labelLeader+`) WHERE q.key IN coalesce(l.nameKeys, [])
  RETURN l ORDER BY coalesce(l.meetingCount, 0) DESC, l.name LIMIT 1
}
RETURN q.i AS i, `+leaderProps+` AS leader`, map[string]any{"qs": misses})
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		v, _ := r.Get("leader")
		out[integer(r, "i")] = leaderFrom(v)
	}
	return out, nil
}

// countryQuery reads countries that appear in the graph (a leader serves
// it, or it supports an initiative), with their aggregates.
const countryQuery = `WHERE EXISTS { (c)<-[:` + relServes + `]-(:` + labelLeader + `) } OR EXISTS { (c)-[:` + relSupports + `]->(:` + labelInitiative + `) }
CALL (c) { OPTIONAL MATCH (c)-[:` + relSupports + `]->(i:` + labelInitiative + `) RETURN collect(DISTINCT i.name) AS supports }
CALL (c) { OPTIONAL MATCH (c)<-[:` + relServes + `]-(:` + labelLeader + `)-[p:` + relTookPart + `]->(m:` + labelMeeting + `)-[:` + relSigned + `]->(d:` + labelDomain + `)
  WHERE p.country = c.code RETURN collect(DISTINCT d.name) AS domains }
RETURN c.code AS code, c.name AS name, c.nameEn AS nameEn, supports, domains`

func countryFrom(r *neo4j.Record) graph.Country {
	return graph.Country{Code: str(r, "code"), Name: str(r, "name"), NameEn: str(r, "nameEn"),
		Supports: sortedSet(strs(r, "supports")), AgreementDomains: sortedSet(strs(r, "domains"))}
}

// Countries implements graph.Store.
func (s *Store) Countries(ctx context.Context) ([]graph.Country, error) {
	recs, err := query(ctx, s, "neo4j.countries", "MATCH (c:"+labelCountry+") "+countryQuery, nil)
	if err != nil {
		return nil, err
	}
	var out []graph.Country
	for _, r := range recs {
		out = append(out, countryFrom(r))
	}
	slices.SortFunc(out, func(a, b graph.Country) int { return cmp.Compare(a.Code, b.Code) })
	return out, nil
}

// CountriesByCode implements graph.Store.
func (s *Store) CountriesByCode(ctx context.Context, codes []string) ([]*graph.Country, error) {
	out := make([]*graph.Country, len(codes))
	if len(codes) == 0 {
		return out, nil
	}
	recs, err := query(ctx, s, "neo4j.countriesByCode", "UNWIND $codes AS code MATCH (c:"+labelCountry+" {code: code}) "+countryQuery, map[string]any{"codes": codes})
	if err != nil {
		return nil, err
	}
	by := map[string]graph.Country{}
	for _, r := range recs {
		c := countryFrom(r)
		by[c.Code] = c
	}
	for i, code := range codes {
		if c, ok := by[code]; ok {
			out[i] = &c
		}
	}
	return out, nil
}

// CountryNames implements graph.Store: the countries in the graph (as
// countryQuery selects them), without the aggregates.
func (s *Store) CountryNames(ctx context.Context, codes []string) ([]*graph.Country, error) {
	out := make([]*graph.Country, len(codes))
	if len(codes) == 0 {
		return out, nil
	}
	q := `UNWIND $codes AS code MATCH (c:` + labelCountry + ` {code: code})
WHERE EXISTS { (c)<-[:` + relServes + `]-(:` + labelLeader + `) } OR EXISTS { (c)-[:` + relSupports + `]->(:` + labelInitiative + `) }
RETURN c.code AS code, c.name AS name, c.nameEn AS nameEn`
	recs, err := query(ctx, s, "neo4j.countryNames", q, map[string]any{"codes": codes})
	if err != nil {
		return nil, err
	}
	by := map[string]*graph.Country{}
	for _, r := range recs {
		c := graph.Country{Code: str(r, "code"), Name: str(r, "name"), NameEn: str(r, "nameEn")}
		by[c.Code] = &c
	}
	for i, code := range codes {
		if c := by[code]; c != nil {
			cp := *c
			out[i] = &cp
		}
	}
	return out, nil
}

// Initiatives implements graph.Store.
func (s *Store) Initiatives(ctx context.Context) ([]graph.Initiative, error) {
	q := `MATCH (i:` + labelInitiative + `)
CALL (i) { OPTIONAL MATCH (m:` + labelMeeting + `)-[:` + relMentions + `]->(i) RETURN count(m) AS meetings }
CALL (i) { OPTIONAL MATCH (l:` + labelLeader + `)-[:` + relProposed + `]->(i) RETURN collect(DISTINCT l.name) AS proposers }
CALL (i) { OPTIONAL MATCH (c:` + labelCountry + `)-[x:` + relSupports + `]->(i)
  RETURN collect(CASE WHEN c IS NULL THEN null ELSE [c.code, x.meetingId, x.evidenceJson] END) AS supports }
RETURN i.name AS name, coalesce(i.nameEn, '') AS nameEn, meetings, proposers, supports`
	recs, err := query(ctx, s, "neo4j.initiatives", q, nil)
	if err != nil {
		return nil, err
	}
	var out []graph.Initiative
	for _, r := range recs {
		in := graph.Initiative{Name: str(r, "name"), NameEn: str(r, "nameEn"), MeetingCount: integer(r, "meetings"), Proposers: sortedSet(strs(r, "proposers"))}
		for _, v := range anyList(r, "supports") {
			t, _ := v.([]any)
			if len(t) != 3 {
				continue
			}
			sp := graph.Support{Initiative: in.Name}
			sp.Country, _ = t[0].(string)
			sp.MeetingID, _ = t[1].(string)
			if ej, _ := t[2].(string); ej != "" {
				var e graph.Evidence
				if err := json.Unmarshal([]byte(ej), &e); err != nil {
					return nil, graph.E("neo4j.initiatives", graph.Internal, fmt.Errorf("decode support evidence: %w", err))
				}
				sp.Evidence = &e
			}
			in.Supports = append(in.Supports, sp)
		}
		slices.SortFunc(in.Supports, func(a, b graph.Support) int {
			return cmp.Or(cmp.Compare(a.Country, b.Country), cmp.Compare(a.MeetingID, b.MeetingID))
		})
		out = append(out, in)
	}
	slices.SortFunc(out, func(a, b graph.Initiative) int { return cmp.Compare(a.Name, b.Name) })
	return out, nil
}

// AgreementDomains implements graph.Store.
func (s *Store) AgreementDomains(ctx context.Context) ([]graph.AgreementDomain, error) {
	q := `MATCH (d:` + labelDomain + `)<-[:` + relSigned + `]-(m:` + labelMeeting + `)
CALL (m) { OPTIONAL MATCH (m)<-[p:` + relTookPart + `]-(:` + labelLeader + `) WHERE p.country <> '' RETURN collect(DISTINCT p.country) AS cs }
WITH d, collect(cs) AS perMeeting
RETURN d.name AS name, coalesce(d.nameEn, '') AS nameEn, perMeeting`
	recs, err := query(ctx, s, "neo4j.agreementDomains", q, nil)
	if err != nil {
		return nil, err
	}
	var out []graph.AgreementDomain
	for _, r := range recs {
		per := anyList(r, "perMeeting")
		d := graph.AgreementDomain{Name: str(r, "name"), NameEn: str(r, "nameEn"), MeetingCount: len(per)}
		counts := map[string]int{}
		for _, cs := range per {
			l, _ := cs.([]any)
			for _, c := range l {
				if code, ok := c.(string); ok {
					counts[code]++
				}
			}
		}
		for c, n := range counts {
			d.Countries = append(d.Countries, graph.DomainCountry{Country: c, Count: n})
		}
		slices.SortFunc(d.Countries, func(a, b graph.DomainCountry) int {
			return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Country, b.Country))
		})
		out = append(out, d)
	}
	slices.SortFunc(out, func(a, b graph.AgreementDomain) int {
		return cmp.Or(cmp.Compare(b.MeetingCount, a.MeetingCount), cmp.Compare(a.Name, b.Name))
	})
	return out, nil
}

// Articles implements graph.Store.
func (s *Store) Articles(ctx context.Context, p graph.Page) (graph.ArticlePage, error) {
	var page graph.ArticlePage
	pg, err := p.Normalize()
	if err != nil {
		return page, err
	}
	params := map[string]any{"first": pg.First, "afterDate": nil, "afterId": nil}
	if pg.After != "" {
		c, err := graph.DecodeKindCursor(pg.After, "a")
		if err != nil {
			return page, err
		}
		params["afterDate"], params["afterId"] = c[0], c[1]
	}
	// The count store gives the total; the page is read in the order of
	// the date index, top-k.
	q := `WITH $q AS q
CALL (q) {
  MATCH (x:` + labelArticle + `) WHERE x.date >= '' AND ` + afterCursor + `
  WITH x ORDER BY x.date DESC, x.id LIMIT $limit
  RETURN collect(x) AS page
}
RETURN COUNT { (:` + labelArticle + `) } AS total, [x IN page[0..q.first] | x.doc] AS docs, size(page) > q.first AS hasNext`
	recs, err := query(ctx, s, "neo4j.articles", q, map[string]any{"q": params, "limit": pg.First + 1})
	if err != nil {
		return page, err
	}
	if len(recs) != 1 {
		return page, graph.E("neo4j.articles", graph.Internal, fmt.Errorf("%d result rows", len(recs)))
	}
	r := recs[0]
	page.TotalCount, page.HasNextPage = integer(r, "total"), boolean(r, "hasNext")
	for _, d := range strs(r, "docs") {
		a, err := decodeArticle(d)
		if err != nil {
			return page, graph.E("neo4j.articles", graph.Internal, err)
		}
		page.Articles = append(page.Articles, a)
		page.Cursors = append(page.Cursors, graph.ArticleCursor(a))
	}
	return page, nil
}

// ArticlesByID implements graph.Store.
func (s *Store) ArticlesByID(ctx context.Context, ids []string) ([]*graph.Article, error) {
	out := make([]*graph.Article, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	recs, err := query(ctx, s, "neo4j.articlesByID", "UNWIND $ids AS id MATCH (a:"+labelArticle+" {id: id}) RETURN id, a.doc AS doc", map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	by := map[string]string{}
	for _, r := range recs {
		by[str(r, "id")] = str(r, "doc")
	}
	for i, id := range ids {
		if d, ok := by[id]; ok {
			a, err := decodeArticle(d)
			if err != nil {
				return nil, graph.E("neo4j.articlesByID", graph.Internal, err)
			}
			out[i] = a
		}
	}
	return out, nil
}

// Counterparts implements graph.Store: all leaders in one round trip.
func (s *Store) Counterparts(ctx context.Context, leaders []string) ([][]graph.Counterpart, error) {
	return s.peerLists(ctx, "neo4j.counterparts", leaders, (*graph.Peers).Counterparts)
}

// Colleagues implements graph.Store: all leaders in one round trip.
func (s *Store) Colleagues(ctx context.Context, leaders []string) ([][]graph.Counterpart, error) {
	return s.peerLists(ctx, "neo4j.colleagues", leaders, (*graph.Peers).Colleagues)
}

// peersQuery reads, for each leader, the participations of every meeting
// he took part in (name, role, country, organisation); graph.Peers sorts
// them into sides, as the embedded store does.
const peersQuery = `UNWIND range(0, size($names) - 1) AS i
CALL (i) {
  MATCH (:` + labelLeader + ` {name: $names[i]})-[:` + relTookPart + `]->(m:` + labelMeeting + `)
  WITH DISTINCT m
  CALL (m) {
    MATCH (m)<-[p:` + relTookPart + `]-(o:` + labelLeader + `)
    RETURN collect([o.name, type(p), p.country, p.organisation]) AS ps
  }
  RETURN collect([m.date, ps]) AS ms
}
RETURN i, ms`

var relRole = map[string]graph.Role{relHosted: graph.RoleHost, relGuestAt: graph.RoleGuest, relAttended: graph.RoleAttendee}

func (s *Store) peerLists(ctx context.Context, op string, leaders []string, pick func(*graph.Peers) []graph.Counterpart) ([][]graph.Counterpart, error) {
	out := make([][]graph.Counterpart, len(leaders))
	if len(leaders) == 0 {
		return out, nil
	}
	recs, err := query(ctx, s, op, peersQuery, map[string]any{"names": leaders})
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		i := integer(r, "i")
		p := graph.NewPeers(leaders[i])
		for _, v := range anyList(r, "ms") {
			t, _ := v.([]any)
			if len(t) != 2 {
				continue
			}
			date, _ := t[0].(string)
			rows, _ := t[1].([]any)
			ps := make([]graph.Participant, 0, len(rows))
			for _, row := range rows {
				f, _ := row.([]any)
				if len(f) != 4 {
					continue
				}
				var pt graph.Participant
				pt.Name, _ = f[0].(string)
				typ, _ := f[1].(string)
				pt.Role = relRole[typ]
				pt.Country, _ = f[2].(string)
				pt.Organisation, _ = f[3].(string)
				ps = append(ps, pt)
			}
			p.Add(date, ps)
		}
		out[i] = pick(p)
	}
	return out, nil
}

// Timeline implements graph.Store.
func (s *Store) Timeline(ctx context.Context, tq graph.TimelineQuery) ([]graph.TimelineBucket, error) {
	params := filterParams(graph.MeetingFilter{Country: tq.Country, Leader: tq.Leader, From: tq.From, To: tq.To})
	q := `WITH $q AS q
MATCH (m:` + labelMeeting + `) WHERE ` + meetingFilter + `
RETURN CASE WHEN size(m.date) >= 7 THEN substring(m.date, 0, 7)
  WHEN size(coalesce(m.partialDate, '')) >= 4 THEN substring(m.partialDate, 0, 4) ELSE '' END AS month, count(*) AS n`
	recs, err := query(ctx, s, "neo4j.timeline", q, map[string]any{"q": params})
	if err != nil {
		return nil, err
	}
	var out []graph.TimelineBucket
	for _, r := range recs {
		out = append(out, graph.TimelineBucket{Month: str(r, "month"), Count: integer(r, "n")})
	}
	slices.SortFunc(out, func(a, b graph.TimelineBucket) int { return cmp.Compare(a.Month, b.Month) })
	return out, nil
}

// nodeMatch is the pattern that finds a node of each kind by its key.
var nodeMatch = map[string]string{
	graph.NodeLeader:     "(:" + labelLeader + " {name: $KEY})",
	graph.NodeCountry:    "(:" + labelCountry + " {code: $KEY})",
	graph.NodeMeeting:    "(:" + labelMeeting + " {id: $KEY})",
	graph.NodeInitiative: "(:" + labelInitiative + " {name: $KEY})",
}

// pathRels are the relationships paths go through (graph/mem's edges).
const pathRels = relTookPart + "|" + relServes + "|" + relMentions

// ShortestPath implements graph.Store with Cypher allShortestPaths; among
// the shortest paths it returns the least (graph.NodeLess), as graph/mem.
func (s *Store) ShortestPath(ctx context.Context, from, to graph.NodeRef) (*graph.Path, error) {
	fm, ok1 := nodeMatch[from.Kind]
	tm, ok2 := nodeMatch[to.Kind]
	if !ok1 || !ok2 {
		return nil, nil
	}
	varName := func(pattern, v, key string) string {
		// "(:Label {k: $KEY})" → "(v:Label {k: $key})"
		return "(" + v + pattern[1:len(pattern)-len("$KEY})")] + "$" + key + "})"
	}
	a, b := varName(fm, "a", "from"), varName(tm, "b", "to")
	params := map[string]any{"from": from.Key, "to": to.Key}
	if from == to {
		recs, err := query(ctx, s, "neo4j.shortestPath", "MATCH "+a+" "+s.liveNode("a")+" RETURN 1 AS found LIMIT 1", params)
		if err != nil || len(recs) == 0 {
			return nil, err
		}
		return &graph.Path{Nodes: []graph.NodeRef{from}}, nil
	}
	q := `MATCH ` + a + `, ` + b + `
MATCH p = allShortestPaths((a)-[:` + pathRels + `*..` + fmt.Sprint(graph.MaxPathHops) + `]-(b))
RETURN [n IN nodes(p) | CASE
  WHEN n:` + labelLeader + ` THEN ['` + graph.NodeLeader + `', n.name]
  WHEN n:` + labelCountry + ` THEN ['` + graph.NodeCountry + `', n.code]
  WHEN n:` + labelMeeting + ` THEN ['` + graph.NodeMeeting + `', n.id]
  ELSE ['` + graph.NodeInitiative + `', n.name] END] AS nodes`
	recs, err := query(ctx, s, "neo4j.shortestPath", q, params)
	if err != nil {
		return nil, err
	}
	var best []graph.NodeRef
	for _, r := range recs {
		var path []graph.NodeRef
		for _, v := range anyList(r, "nodes") {
			t, _ := v.([]any)
			if len(t) != 2 {
				continue
			}
			k, _ := t[0].(string)
			key, _ := t[1].(string)
			path = append(path, graph.NodeRef{Kind: k, Key: key})
		}
		if best == nil || pathLess(path, best) {
			best = path
		}
	}
	if best == nil {
		return nil, nil
	}
	return &graph.Path{Nodes: best}, nil
}

// liveNode restricts a country node to countries in the graph (as
// Countries lists them); other kinds exist when they have a node.
func (s *Store) liveNode(v string) string {
	return "WHERE NOT " + v + ":" + labelCountry + " OR EXISTS { (" + v + ")<-[:" + relServes + "]-() } OR EXISTS { (" + v + ")-[:" + relSupports + "]->() }"
}

func pathLess(a, b []graph.NodeRef) bool {
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	for i := range a {
		if a[i] != b[i] {
			return graph.NodeLess(a[i], b[i])
		}
	}
	return false
}

// LeadersByID implements graph.Store (index leader_id).
func (s *Store) LeadersByID(ctx context.Context, ids []string) ([]*graph.Leader, error) {
	out := make([]*graph.Leader, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	recs, err := query(ctx, s, "neo4j.leadersByID", "UNWIND $ids AS id MATCH (l:"+labelLeader+" {id: id}) RETURN id, "+leaderProps+" AS leader", map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	by := map[string]*graph.Leader{}
	for _, r := range recs {
		v, _ := r.Get("leader")
		by[str(r, "id")] = leaderFrom(v)
	}
	for i, id := range ids {
		if l := by[id]; l != nil {
			c := *l
			out[i] = &c
		}
	}
	return out, nil
}
