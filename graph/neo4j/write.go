package neo4j

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/dipgraph/dipgraph/graph"
)

// Labels and relationship types: the only names spliced into Cypher.
const (
	labelMeeting    = "Meeting"
	labelLeader     = "Leader"
	labelCountry    = "Country"
	labelArticle    = "Article"
	labelInitiative = "Initiative"
	labelDomain     = "AgreementDomain"
	labelArea       = "Area"

	relHosted      = "HOSTED"
	relGuestAt     = "GUEST_AT"
	relAttended    = "ATTENDED"
	relServes      = "SERVES"
	relSigned      = "SIGNED"
	relSupports    = "SUPPORTS"
	relProposed    = "PROPOSED"
	relMentions    = "MENTIONS"
	relReportedIn  = "REPORTED_IN"
	relCooperation = "COOPERATION_IN"

	// relTookPart matches every participation.
	relTookPart = relHosted + "|" + relGuestAt + "|" + relAttended
)

// roleRel is the relationship type of each role.
var roleRel = map[graph.Role]string{
	graph.RoleHost:     relHosted,
	graph.RoleGuest:    relGuestAt,
	graph.RoleAttendee: relAttended,
}

// statement is one write of a batch: body runs once per row, as
// "UNWIND $rows AS r <body>" (batched) or "WITH $r AS r <body>" (per fact).
type statement struct {
	body string
	rows []map[string]any
}

// The write statements, in order. Each is idempotent (MERGE on ids).
var (
	stArticles = "MERGE (a:" + labelArticle + " {id: r.id}) SET a += r.props REMOVE a.pending"
	stMeetings = "MERGE (m:" + labelMeeting + " {id: r.id}) SET m += r.props"
	stReported = "MATCH (m:" + labelMeeting + " {id: r.mid}), (a:" + labelArticle + " {id: r.aid}) " +
		"MERGE (m)-[x:" + relReportedIn + "]->(a) SET x.report = r.report"
	stPart = func(rel string) string {
		return "MATCH (m:" + labelMeeting + " {id: r.mid}) MERGE (l:" + labelLeader + " {name: r.name}) ON CREATE SET l.id = r.lid " +
			"MERGE (l)-[x:" + rel + "]->(m) SET x.title = r.title, x.country = r.country, x.organisation = r.organisation, x.rank = r.rank"
	}
	stServes = "MATCH (l:" + labelLeader + " {name: r.name}) MERGE (c:" + labelCountry + " {code: r.code}) " +
		"ON CREATE SET c.name = '', c.nameEn = '' MERGE (l)-[:" + relServes + "]->(c)"
	stCountryNames = "MERGE (c:" + labelCountry + " {code: r.code}) " +
		"SET c.name = CASE WHEN r.name <> '' THEN r.name ELSE coalesce(c.name, '') END, " +
		"c.nameEn = CASE WHEN r.nameEn <> '' THEN r.nameEn ELSE coalesce(c.nameEn, '') END"
	stSigned = "MATCH (m:" + labelMeeting + " {id: r.mid}) MERGE (d:" + labelDomain + " {name: r.name}) " +
		"MERGE (m)-[x:" + relSigned + "]->(d) SET x.count = r.count"
	stMentions = "MATCH (m:" + labelMeeting + " {id: r.mid}) MERGE (i:" + labelInitiative + " {name: r.name}) " +
		"MERGE (m)-[:" + relMentions + "]->(i)"
	stCooperation = "MATCH (m:" + labelMeeting + " {id: r.mid}) MERGE (x:" + labelArea + " {name: r.name}) " +
		"MERGE (m)-[:" + relCooperation + "]->(x)"
	stSupports = "MERGE (c:" + labelCountry + " {code: r.code}) ON CREATE SET c.name = '', c.nameEn = '' " +
		"MERGE (i:" + labelInitiative + " {name: r.initiative}) " +
		"MERGE (c)-[x:" + relSupports + " {meetingId: r.mid}]->(i) SET x.evidence = r.evidence, x.evidenceJson = r.evidenceJson"
	stProposed = "MERGE (l:" + labelLeader + " {name: r.name}) ON CREATE SET l.id = r.lid " +
		"MERGE (i:" + labelInitiative + " {name: r.initiative}) " +
		"MERGE (l)-[x:" + relProposed + " {meetingId: r.mid}]->(i) SET x.evidence = r.evidence, x.evidenceJson = r.evidenceJson"
	// English names of initiatives and domains (Document.InitiativeNames,
	// DomainNames), set on the nodes the batch's meetings, supports and
	// proposals made: a later non-empty name wins, as in graph/mem.
	stInitiativeNames = "MATCH (i:" + labelInitiative + " {name: r.name}) SET i.nameEn = r.nameEn"
	stDomainNames     = "MATCH (d:" + labelDomain + " {name: r.name}) SET d.nameEn = r.nameEn"
	// A leader's other names (graph.LeaderName): later non-empty English
	// and pinyin forms win, variants and lookup keys (graph.NameKey) are
	// unioned, as graph/mem keeps them.
	stLeaderNames = "MATCH (l:" + labelLeader + " {name: r.name}) " +
		"SET l.nameEn = CASE WHEN r.nameEn <> '' THEN r.nameEn ELSE coalesce(l.nameEn, '') END, " +
		"l.pinyin = CASE WHEN r.pinyin <> '' THEN r.pinyin ELSE coalesce(l.pinyin, '') END, " +
		"l.nameVariants = coalesce(l.nameVariants, []) + [v IN r.variants WHERE NOT v IN coalesce(l.nameVariants, [])], " +
		"l.nameKeys = coalesce(l.nameKeys, []) + [k IN r.keys WHERE NOT k IN coalesce(l.nameKeys, [])], " +
		"l.searchTokens = coalesce(l.searchTokens, []) + [t IN r.tokens WHERE NOT t IN coalesce(l.searchTokens, [])] " +
		"SET l.searchText = reduce(s = '', t IN l.searchTokens | s + ' ' + t)"
	// stLeaderSearch gives a leader without other names the search tokens
	// of his canonical name (graph.SearchTokens), for the full-text index
	// (search.go); stLeaderNames gives the others all their names' tokens.
	stLeaderSearch = "MATCH (l:" + labelLeader + " {name: r.name}) SET l.searchText = coalesce(l.searchText, r.text)"
	// A leader's title, country and organisation are those of his newest
	// meeting that names them (graph.MeetingLess order, then role), as in
	// graph/mem; meetingCount counts his meetings. Each attribute keeps
	// the participation it came from ([value, date, meeting id, rank]) in
	// titlePick, countryPick, orgPick, so that a batch usually updates
	// them from its own meetings (stLeaderSet, decided in Go). stLeaderAttrs
	// recomputes from all his meetings, when a merged meeting was the
	// source of an attribute.
	stLeaderAttrs = "MATCH (l:" + labelLeader + " {name: r.name}) " +
		"CALL (l) { OPTIONAL MATCH (l)-[p:" + relTookPart + "]->(m:" + labelMeeting + ") " +
		"WITH p, m ORDER BY m.date DESC, m.id, p.rank " +
		"RETURN count(DISTINCT m) AS n, [x IN collect([p.title, m.date, m.id, toString(p.rank)]) WHERE x[0] <> ''] AS titles, " +
		"[x IN collect([p.country, m.date, m.id, toString(p.rank)]) WHERE x[0] <> ''] AS countries, " +
		"[x IN collect([p.organisation, m.date, m.id, toString(p.rank)]) WHERE x[0] <> ''] AS orgs } " +
		"SET l.meetingCount = n, l.title = coalesce(titles[0][0], ''), l.country = coalesce(countries[0][0], ''), " +
		"l.organisation = coalesce(orgs[0][0], ''), l.titlePick = titles[0], l.countryPick = countries[0], l.orgPick = orgs[0]"
	stLeaderSet = "MATCH (l:" + labelLeader + " {name: r.name}) " +
		"SET l.meetingCount = coalesce(l.meetingCount, 0) + r.delta, " +
		"l.title = r.title, l.country = r.country, l.organisation = r.organisation, " +
		"l.titlePick = r.titlePick, l.countryPick = r.countryPick, l.orgPick = r.orgPick"
)

// pick is a leader attribute and the participation it came from.
type pick struct {
	value, date, id string
	rank            int
}

// pickFrom reads a stored pick ([value, date, id, rank], strings: Neo4j
// stores lists of one type); ok is false for none.
func pickFrom(v any) (pick, bool) {
	l, _ := v.([]any)
	if len(l) != 4 {
		return pick{}, false
	}
	var p pick
	p.value, _ = l[0].(string)
	p.date, _ = l[1].(string)
	p.id, _ = l[2].(string)
	rs, _ := l[3].(string)
	p.rank, _ = strconv.Atoi(rs)
	return p, p.value != ""
}

func (p *pick) stored(ok bool) any {
	if !ok {
		return nil
	}
	return []string{p.value, p.date, p.id, strconv.Itoa(p.rank)}
}

// offer replaces p by the participation (v in meeting date/id, with
// rank) when it is newer, as graph/mem does.
func offer(p *pick, ok *bool, v, date, id string, rank int) {
	if v == "" {
		return
	}
	if *ok {
		if id == p.id {
			if rank >= p.rank {
				return
			}
		} else if !graph.MeetingLess(date, id, p.date, p.id) {
			return
		}
	}
	*p, *ok = pick{value: v, date: date, id: id, rank: rank}, true
}

var errInjected = errors.New("injected failure")

// plan is what one batch writes, and what it counts.
type plan struct {
	stmts  []statement
	result graph.IngestResult
	// retracted is set when the plan withdrew stored articles (a write
	// even if no statement follows).
	retracted bool
}

// Ingest implements graph.Store: documents are written in batches of
// Config.BatchSize, each in one managed transaction.
func (s *Store) Ingest(ctx context.Context, docs []graph.Document) (graph.IngestResult, error) {
	return s.ingest(ctx, docs, true)
}

// IngestPerFact stores documents like Ingest but with one statement per
// fact (node or relationship) and one transaction per document. It exists
// to measure what batching gains (BenchmarkIngestPerFact).
func (s *Store) IngestPerFact(ctx context.Context, docs []graph.Document) (graph.IngestResult, error) {
	return s.ingest(ctx, docs, false)
}

func (s *Store) ingest(ctx context.Context, docs []graph.Document, batched bool) (graph.IngestResult, error) {
	var total graph.IngestResult
	prepared := make([]graph.Document, 0, len(docs))
	for _, d := range docs {
		p, err := graph.PrepareDocument(d)
		if err != nil {
			return total, err
		}
		prepared = append(prepared, p)
	}
	size := s.cfg.BatchSize
	if !batched {
		size = 1
	}
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	for lo := 0; lo < len(prepared); lo += size {
		batch := prepared[lo:min(lo+size, len(prepared))]
		var meta metaState
		wrote := false
		res, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (graph.IngestResult, error) {
			wrote = false
			p, err := s.plan(ctx, tx, batch)
			if err != nil {
				return graph.IngestResult{}, err
			}
			wrote = p.retracted
			for i, st := range p.stmts {
				if s.failAfter > 0 && i >= s.failAfter {
					return graph.IngestResult{}, errInjected
				}
				if len(st.rows) == 0 {
					continue
				}
				wrote = true
				if batched {
					if err := run(ctx, tx, "UNWIND $rows AS r "+st.body, map[string]any{"rows": st.rows}); err != nil {
						return graph.IngestResult{}, err
					}
					continue
				}
				for _, row := range st.rows {
					if err := run(ctx, tx, "WITH $r AS r "+st.body, map[string]any{"r": row}); err != nil {
						return graph.IngestResult{}, err
					}
				}
			}
			if wrote {
				// The graph's version moves in the same transaction.
				if meta, err = bump(ctx, tx); err != nil {
					return graph.IngestResult{}, err
				}
			}
			return p.result, nil
		})
		if wrote && err == nil {
			s.ver.wrote(meta)
		}
		if err != nil {
			return total, s.classify("neo4j.ingest", fmt.Sprintf("store documents %d–%d of %d", lo+1, lo+len(batch), len(prepared)), err)
		}
		total.ArticleIDs = append(total.ArticleIDs, res.ArticleIDs...)
		total.Created += res.Created
		total.Unchanged += res.Unchanged
		total.Updated += res.Updated
		total.MeetingsCreated += res.MeetingsCreated
		total.MeetingsMerged += res.MeetingsMerged
	}
	return total, nil
}

func run(ctx context.Context, tx neo4j.ManagedTransaction, q string, params map[string]any) error {
	res, err := tx.Run(ctx, q, params)
	if err != nil {
		return err
	}
	_, err = res.Consume(ctx)
	return err
}

// plan reads, inside the write transaction, which articles exist and the
// earlier reports of the batch's meetings, merges, and returns the writes.
func (s *Store) plan(ctx context.Context, tx neo4j.ManagedTransaction, batch []graph.Document) (*plan, error) {
	p := &plan{}
	ids := make([]string, len(batch))
	for i, d := range batch {
		ids[i] = d.Article.ID
	}
	// Which articles are stored? MERGE locks each article id (a
	// concurrent batch with the same article waits for this one, then
	// finds it stored); a node created here is marked pending until its
	// properties are written below. Ids are locked in sorted order, so
	// that concurrent batches cannot deadlock.
	recs, err := collect(ctx, tx, "UNWIND $ids AS id MERGE (a:"+labelArticle+" {id: id}) ON CREATE SET a.pending = true "+
		"RETURN id, coalesce(a.pending, false) AS pending", map[string]any{"ids": graph.SortedSet(ids)})
	if err != nil {
		return nil, fmt.Errorf("find stored articles: %w", err)
	}
	var stored []string
	for _, r := range recs {
		if !boolean(r, "pending") {
			stored = append(stored, str(r, "id"))
		}
	}
	// Articles stored again with better metadata are withdrawn first
	// (graph.PlanIngest, reingest.go).
	metas, storedReports, err := storedMeta(ctx, tx, stored)
	if err != nil {
		return nil, err
	}
	fresh, replace, res := graph.PlanIngest(batch, metas)
	p.result = res
	if len(fresh) == 0 {
		return p, nil
	}
	var rt *retraction
	if len(replace) > 0 {
		if rt, err = retract(ctx, tx, sortedKeys(replace), storedReports); err != nil {
			return nil, err
		}
		p.retracted = true
	}

	// Earlier reports of the meetings.
	var mids []string
	seen := map[string]bool{}
	if rt != nil {
		// Meetings that other articles still report are merged again.
		for _, id := range rt.rewrite {
			seen[id] = true
			mids = append(mids, id)
		}
	}
	for _, d := range fresh {
		for _, m := range d.Meetings {
			if !seen[m.ID] {
				seen[m.ID] = true
				mids = append(mids, m.ID)
			}
		}
	}
	// Lock the meetings (a concurrent batch merging into the same meeting
	// waits, then reads this one's report), then read their reports.
	slices.Sort(mids)
	if err := run(ctx, tx, "UNWIND $ids AS id MERGE (m:"+labelMeeting+" {id: id}) SET m.revision = coalesce(m.revision, 0) + 1",
		map[string]any{"ids": mids}); err != nil {
		return nil, fmt.Errorf("lock meetings: %w", err)
	}
	recs, err = collect(ctx, tx, "UNWIND $ids AS id MATCH (m:"+labelMeeting+" {id: id})-[x:"+relReportedIn+"]->(:"+labelArticle+") "+
		"RETURN id, x.report AS report", map[string]any{"ids": mids})
	if err != nil {
		return nil, fmt.Errorf("read earlier reports: %w", err)
	}
	reports := map[string][]graph.Meeting{}
	for _, r := range recs {
		var m graph.Meeting
		if err := json.Unmarshal([]byte(str(r, "report")), &m); err != nil {
			return nil, fmt.Errorf("decode report of meeting %s: %w", str(r, "id"), err)
		}
		reports[str(r, "id")] = append(reports[str(r, "id")], m)
	}
	// Meetings with no earlier report are new to the database: their
	// relationships are created, not merged (nothing to match against).
	isNew := map[string]bool{}
	before := map[string]map[string]bool{} // existing meeting → its participants' names
	for _, id := range mids {
		isNew[id] = len(reports[id]) == 0
		if !isNew[id] {
			names := map[string]bool{}
			for _, pt := range graph.MergeMeetings(reports[id]).Participants {
				names[pt.Name] = true
			}
			before[id] = names
		}
	}

	var (
		articles, meetings, reported, serves, names, signed, mentions, coop, supports, proposed, leaders []map[string]any
		parts                                                                                            = map[string][]map[string]any{}
	)
	merged := map[string]graph.Meeting{}
	leaderNames := map[string]graph.LeaderName{}
	iniNames, domNames := map[string]string{}, map[string]string{}
	var order []string
	for _, d := range fresh {
		a := d.Article
		adoc, err := json.Marshal(a)
		if err != nil {
			return nil, fmt.Errorf("encode article %s: %w", a.ID, err)
		}
		articles = append(articles, map[string]any{"id": a.ID, "props": map[string]any{
			"source": a.Source, "city": a.City, "date": a.Date, "partialDate": a.PartialDate, "yearSource": a.YearSource, "title": a.Title,
			"url": a.URL, "file": a.File, "published": a.Published, "site": a.Site,
			"reporters": list(a.Reporters), "continuation": a.Continuation, "doc": string(adoc),
		}})
		for _, n := range d.Leaders {
			leaderNames[n.Name] = graph.MergeLeaderName(leaderNames[n.Name], n)
		}
		for _, g := range d.InitiativeNames {
			iniNames[g.Name] = g.NameEn
		}
		for _, g := range d.DomainNames {
			domNames[g.Name] = g.NameEn
		}
		for _, c := range d.Countries {
			if c.Code != "" {
				names = append(names, map[string]any{"code": c.Code, "name": c.Name, "nameEn": c.NameEn})
			}
		}
		for _, rep := range d.Meetings {
			if len(reports[rep.ID]) > 0 {
				p.result.MeetingsMerged++
			} else {
				p.result.MeetingsCreated++
			}
			reports[rep.ID] = append(reports[rep.ID], rep)
			if _, ok := merged[rep.ID]; !ok {
				order = append(order, rep.ID)
			}
			merged[rep.ID] = graph.MergeMeetings(reports[rep.ID])
			rj, err := json.Marshal(rep)
			if err != nil {
				return nil, fmt.Errorf("encode report of meeting %s: %w", rep.ID, err)
			}
			reported = append(reported, map[string]any{"mid": rep.ID, "aid": a.ID, "report": string(rj)})
		}
	}
	if rt != nil {
		for _, id := range rt.rewrite {
			if _, ok := merged[id]; !ok {
				merged[id] = graph.MergeMeetings(reports[id])
				order = append(order, id)
			}
		}
	}
	touched := map[string]bool{}
	for _, id := range order {
		m := merged[id]
		doc, err := json.Marshal(m)
		if err != nil {
			return nil, fmt.Errorf("encode meeting %s: %w", id, err)
		}
		meetings = append(meetings, map[string]any{"id": id, "props": map[string]any{
			"kind": string(m.Kind), "date": m.Date, "partialDate": m.PartialDate, "yearSource": m.YearSource,
			"timeOfDay": string(m.TimeOfDay), "place": m.Place, "city": m.City,
			"relationship": m.Relationship, "agreementCount": m.AgreementCount,
			"occasions": list(m.Occasions), "cooperationAreas": list(m.CooperationAreas),
			"initiatives": list(m.Initiatives), "agreementDomains": list(m.AgreementDomains), "projects": list(m.Projects),
			"articleIds": list(m.ArticleIDs), "doc": string(doc),
			"minConfidence": minConfidence(&m),
			"searchText":    meetingSearchText(&m), "evidenceText": evidenceSearchText(&m),
		}})
		for _, pt := range m.Participants {
			rel := roleRel[pt.Role]
			if rel == "" {
				rel = relAttended
			}
			parts[rel] = append(parts[rel], map[string]any{"mid": id, "name": pt.Name, "lid": graph.LeaderID(pt.Name),
				"title": pt.Title, "country": pt.Country, "organisation": pt.Organisation, "rank": graph.RoleRank(pt.Role)})
			if pt.Country != "" {
				serves = append(serves, map[string]any{"name": pt.Name, "code": pt.Country})
			}
			touched[pt.Name] = true
		}
		for _, dom := range m.AgreementDomains {
			signed = append(signed, map[string]any{"mid": id, "name": dom, "count": m.AgreementCount})
		}
		for _, in := range m.Initiatives {
			mentions = append(mentions, map[string]any{"mid": id, "name": in})
		}
		for _, ar := range m.CooperationAreas {
			coop = append(coop, map[string]any{"mid": id, "name": ar})
		}
		for _, sp := range m.Supports {
			ev, evj := evidence(sp.Evidence)
			supports = append(supports, map[string]any{"mid": id, "code": sp.Country, "initiative": sp.Initiative, "evidence": ev, "evidenceJson": evj})
		}
		for _, pr := range m.Proposals {
			ev, evj := evidence(pr.Evidence)
			proposed = append(proposed, map[string]any{"mid": id, "name": pr.Leader, "lid": graph.LeaderID(pr.Leader),
				"initiative": pr.Initiative, "evidence": ev, "evidenceJson": evj})
			touched[pr.Leader] = true
		}
	}
	for _, n := range sortedKeys(touched) {
		leaders = append(leaders, map[string]any{"name": n, "lid": graph.LeaderID(n)})
	}
	// Lock the leaders whose attributes this batch updates, so that
	// concurrent batches update them one after the other, and read the
	// participations their attributes come from.
	recs, err = collect(ctx, tx, "UNWIND $rows AS r MERGE (l:"+labelLeader+" {name: r.name}) ON CREATE SET l.id = r.lid "+
		"SET l.revision = coalesce(l.revision, 0) + 1 RETURN r.name AS name, l.titlePick AS tp, l.countryPick AS cp, l.orgPick AS op",
		map[string]any{"rows": leaders})
	if err != nil {
		return nil, fmt.Errorf("lock leaders: %w", err)
	}
	type attrs struct {
		title, country, org         pick
		hasT, hasC, hasO, recompute bool
		delta                       int
	}
	la := map[string]*attrs{}
	for _, r := range recs {
		a := &attrs{}
		tv, _ := r.Get("tp")
		cv, _ := r.Get("cp")
		ov, _ := r.Get("op")
		a.title, a.hasT = pickFrom(tv)
		a.country, a.hasC = pickFrom(cv)
		a.org, a.hasO = pickFrom(ov)
		// An attribute that came from a meeting this batch merges into
		// may no longer hold (the merged meeting may say otherwise).
		for _, pk := range []struct {
			p  pick
			ok bool
		}{{a.title, a.hasT}, {a.country, a.hasC}, {a.org, a.hasO}} {
			if pk.ok && before[pk.p.id] != nil {
				a.recompute = true
			}
		}
		la[str(r, "name")] = a
	}
	for _, id := range order {
		m := merged[id]
		counted := map[string]bool{}
		for _, pt := range m.Participants {
			a := la[pt.Name]
			if a == nil {
				continue
			}
			if !counted[pt.Name] && !before[id][pt.Name] {
				a.delta++
			}
			counted[pt.Name] = true
			rank := graph.RoleRank(pt.Role)
			offer(&a.title, &a.hasT, pt.Title, m.Date, id, rank)
			offer(&a.country, &a.hasC, pt.Country, m.Date, id, rank)
			offer(&a.org, &a.hasO, pt.Organisation, m.Date, id, rank)
		}
	}
	var setRows, recomputeRows []map[string]any
	if rt != nil {
		// After a withdrawal every leader named is recomputed.
		for n := range rt.leaders {
			touched[n] = true
		}
	}
	for _, n := range sortedKeys(touched) {
		a := la[n]
		if a == nil || a.recompute || rt != nil {
			recomputeRows = append(recomputeRows, map[string]any{"name": n})
			continue
		}
		setRows = append(setRows, map[string]any{"name": n, "delta": a.delta,
			"title": a.title.value, "country": a.country.value, "organisation": a.org.value,
			"titlePick": a.title.stored(a.hasT), "countryPick": a.country.stored(a.hasC), "orgPick": a.org.stored(a.hasO)})
	}
	p.stmts = []statement{
		{stArticles, articles},
		{stMeetings, meetings},
		{createRel(stReported), reported}, // the article is new: so is its report
	}
	p.stmts = append(p.stmts, byNewness(stPart(relHosted), parts[relHosted], isNew)...)
	p.stmts = append(p.stmts, byNewness(stPart(relGuestAt), parts[relGuestAt], isNew)...)
	p.stmts = append(p.stmts, byNewness(stPart(relAttended), parts[relAttended], isNew)...)
	p.stmts = append(p.stmts, statement{stServes, unique(serves, "name", "code")}, statement{stCountryNames, countryNames(names)})
	p.stmts = append(p.stmts, byNewness(stSigned, signed, isNew)...)
	p.stmts = append(p.stmts, byNewness(stMentions, mentions, isNew)...)
	p.stmts = append(p.stmts, byNewness(stCooperation, coop, isNew)...)
	p.stmts = append(p.stmts, byNewness(stSupports, supports, isNew)...)
	p.stmts = append(p.stmts, byNewness(stProposed, proposed, isNew)...)
	p.stmts = append(p.stmts, statement{stLeaderSet, setRows}, statement{stLeaderAttrs, recomputeRows})
	p.stmts = append(p.stmts, statement{stLeaderNames, leaderNameRows(leaderNames)})
	p.stmts = append(p.stmts, statement{stLeaderSearch, leaderSearchRows(touched)})
	p.stmts = append(p.stmts, statement{stInitiativeNames, glossRows(iniNames)}, statement{stDomainNames, glossRows(domNames)})
	if rt != nil {
		p.stmts = append(p.stmts, rt.cleanup()...)
	}
	return p, nil
}

// createRel turns a statement's relationship MERGE into CREATE, for
// meetings new to the database. Node MERGEs ("MERGE (v:Label …") stay.
func createRel(body string) string {
	for _, v := range []string{"m", "l", "c"} {
		body = strings.ReplaceAll(body, "MERGE ("+v+")-[", "CREATE ("+v+")-[")
	}
	return body
}

// byNewness splits rows by whether their meeting ("mid") is new: a CREATE
// statement for those, a MERGE one for the others.
func byNewness(body string, rows []map[string]any, isNew map[string]bool) []statement {
	var fresh, old []map[string]any
	for _, r := range rows {
		if id, _ := r["mid"].(string); isNew[id] {
			fresh = append(fresh, r)
		} else {
			old = append(old, r)
		}
	}
	return []statement{{createRel(body), fresh}, {body, old}}
}

// unique drops rows whose values of keys repeat an earlier row's.
func unique(rows []map[string]any, keys ...string) []map[string]any {
	seen := map[string]bool{}
	var out []map[string]any
	for _, r := range rows {
		k := ""
		for _, key := range keys {
			k += fmt.Sprint(r[key]) + "\x00"
		}
		if !seen[k] {
			seen[k] = true
			out = append(out, r)
		}
	}
	return out
}

// leaderNameRows gives one row per leader of the batch's other names, by
// name.
func leaderNameRows(by map[string]graph.LeaderName) []map[string]any {
	out := make([]map[string]any, 0, len(by))
	for _, name := range sortedKeys(keySet(by)) {
		n := by[name]
		variants := n.Variants
		if variants == nil {
			variants = []string{}
		}
		out = append(out, map[string]any{"name": name, "nameEn": n.NameEn, "pinyin": n.Pinyin,
			"variants": variants, "keys": n.Keys(), "tokens": graph.SearchTokens(graph.LeaderSearchTexts(n), true)})
	}
	return out
}

// glossRows gives one row per name of the batch's English names, by
// name.
func glossRows(by map[string]string) []map[string]any {
	out := make([]map[string]any, 0, len(by))
	for _, name := range sortedKeys(keySet(by)) {
		out = append(out, map[string]any{"name": name, "nameEn": by[name]})
	}
	return out
}

// countryNames folds the batch's country names into one row per code,
// later non-empty names winning, as successive writes would.
func countryNames(rows []map[string]any) []map[string]any {
	by := map[string]map[string]any{}
	var order []string
	for _, r := range rows {
		code := r["code"].(string)
		cur := by[code]
		if cur == nil {
			cur = map[string]any{"code": code, "name": "", "nameEn": ""}
			by[code] = cur
			order = append(order, code)
		}
		for _, f := range []string{"name", "nameEn"} {
			if v, _ := r[f].(string); v != "" {
				cur[f] = v
			}
		}
	}
	out := make([]map[string]any, 0, len(order))
	for _, c := range order {
		out = append(out, by[c])
	}
	return out
}

// evidence returns the sentence of e and e as JSON ("" for none).
func evidence(e *graph.Evidence) (string, string) {
	if e == nil {
		return "", ""
	}
	j, _ := json.Marshal(e)
	return e.Text, string(j)
}

// list gives Neo4j a list property, or null (no property) when empty.
func list(s []string) any {
	if len(s) == 0 {
		return nil
	}
	return s
}

// minConfidence is the lowest confidence of m's scored evidence (1 when
// none is scored): the review queue reads only meetings under its
// threshold.
func minConfidence(m *graph.Meeting) float64 {
	low := 1.0
	for _, ev := range m.Evidence {
		if ev.Confidence > 0 && ev.Confidence < low {
			low = ev.Confidence
		}
	}
	return low
}
