package neo4j

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/dipgraph/dipgraph/graph"
)

// Re-ingest (graph/reingest.go): a stored article that comes again with
// better metadata is withdrawn in the write transaction that stores its
// new version, so that readers see the old or the new graph, never a mix.

// storedMeta reads the stored versions of the articles ids (those not
// pending): the metadata graph.PlanIngest compares, and each article's
// reports of meetings.
func storedMeta(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) (map[string]graph.DocumentMeta, map[string][]graph.Meeting, error) {
	metas := map[string]graph.DocumentMeta{}
	reports := map[string][]graph.Meeting{}
	if len(ids) == 0 {
		return metas, reports, nil
	}
	recs, err := collect(ctx, tx, "UNWIND $ids AS id MATCH (a:"+labelArticle+" {id: id}) "+
		"OPTIONAL MATCH (:"+labelMeeting+")-[x:"+relReportedIn+"]->(a) "+
		"RETURN id, a.source AS source, a.date AS date, a.partialDate AS partialDate, a.yearSource AS yearSource, a.url AS url, "+
		"a.published AS published, a.site AS site, a.title AS title, collect(x.report) AS reports",
		map[string]any{"ids": ids})
	if err != nil {
		return nil, nil, fmt.Errorf("read stored articles: %w", err)
	}
	for _, r := range recs {
		id := str(r, "id")
		a := graph.Article{ID: id, Source: str(r, "source"), Date: str(r, "date"), PartialDate: str(r, "partialDate"), YearSource: str(r, "yearSource"),
			URL: str(r, "url"), Published: str(r, "published"), Site: str(r, "site"), Title: str(r, "title")}
		var reps []graph.Meeting
		for _, rj := range strs(r, "reports") {
			var m graph.Meeting
			if err := json.Unmarshal([]byte(rj), &m); err != nil {
				return nil, nil, fmt.Errorf("decode a report of article %s: %w", id, err)
			}
			reps = append(reps, m)
		}
		metas[id] = graph.MetaOf(a, reps)
		reports[id] = reps
	}
	return metas, reports, nil
}

// retraction is what withdrawing articles left to do: the meetings that
// other articles still report (to be merged again from their reports),
// and the names whose nodes may be left with nothing (leaders to
// recompute, and to delete with initiatives, domains and areas when
// nothing links them any more).
type retraction struct {
	rewrite                     []string
	leaders                     map[string]bool
	initiatives, domains, areas map[string]bool
}

// retract withdraws the stored articles aids, whose reports are given:
// their REPORTED_IN relationships go, and every fact relationship of
// the meetings they reported (participations, agreements, initiatives,
// areas, supports, proposals), to be written again from the reports
// left; a meeting with no report left is deleted.
func retract(ctx context.Context, tx neo4j.ManagedTransaction, aids []string, reports map[string][]graph.Meeting) (*retraction, error) {
	rt := &retraction{leaders: map[string]bool{}, initiatives: map[string]bool{}, domains: map[string]bool{}, areas: map[string]bool{}}
	mset := map[string]bool{}
	for _, aid := range aids {
		for _, m := range reports[aid] {
			mset[m.ID] = true
			for _, p := range m.Participants {
				rt.leaders[p.Name] = true
			}
			for _, p := range m.Proposals {
				rt.leaders[p.Leader] = true
				rt.initiatives[p.Initiative] = true
			}
			for _, s := range m.Supports {
				rt.initiatives[s.Initiative] = true
			}
			for _, in := range m.Initiatives {
				rt.initiatives[in] = true
			}
			for _, d := range m.AgreementDomains {
				rt.domains[d] = true
			}
			for _, a := range m.CooperationAreas {
				rt.areas[a] = true
			}
		}
	}
	mids := sortedKeys(mset)
	steps := []struct{ what, q string }{
		{"withdraw reports", "UNWIND $aids AS aid MATCH (:" + labelMeeting + ")-[x:" + relReportedIn + "]->(:" + labelArticle + " {id: aid}) DELETE x"},
		{"withdraw facts", "UNWIND $mids AS mid MATCH (m:" + labelMeeting + " {id: mid}) " +
			"CALL (m) { MATCH (m)-[x:" + relSigned + "|" + relMentions + "|" + relCooperation + "]->() DELETE x } " +
			"CALL (m) { MATCH (m)<-[x:" + relTookPart + "]-() DELETE x }"},
		{"withdraw supports and proposals", "MATCH ()-[x:" + relSupports + "|" + relProposed + "]->() WHERE x.meetingId IN $mids DELETE x"},
		{"delete meetings no longer reported", "UNWIND $mids AS mid MATCH (m:" + labelMeeting + " {id: mid}) " +
			"WHERE NOT EXISTS { (m)-[:" + relReportedIn + "]->() } DETACH DELETE m"},
	}
	params := map[string]any{"aids": aids, "mids": mids}
	for _, st := range steps {
		if err := run(ctx, tx, st.q, params); err != nil {
			return nil, fmt.Errorf("re-ingest: %s: %w", st.what, err)
		}
	}
	recs, err := collect(ctx, tx, "UNWIND $mids AS mid MATCH (m:"+labelMeeting+" {id: mid}) RETURN mid", params)
	if err != nil {
		return nil, fmt.Errorf("re-ingest: find meetings still reported: %w", err)
	}
	for _, r := range recs {
		rt.rewrite = append(rt.rewrite, str(r, "mid"))
	}
	return rt, nil
}

// cleanup is the statements that end a batch that withdrew articles:
// each leader named in it gets the countries he serves again from his
// participations, and leaders, initiatives, domains and areas that
// nothing links any more are deleted. Leaders' attributes are
// recomputed by stLeaderAttrs (plan sends them all there).
func (rt *retraction) cleanup() []statement {
	rows := func(m map[string]bool) []map[string]any {
		var out []map[string]any
		for _, n := range sortedKeys(m) {
			out = append(out, map[string]any{"name": n})
		}
		return out
	}
	orphan := func(label string) string {
		return "MATCH (n:" + label + " {name: r.name}) WHERE NOT EXISTS { (n)--() } DELETE n"
	}
	return []statement{
		{"MATCH (l:" + labelLeader + " {name: r.name}) " +
			"CALL (l) { MATCH (l)-[s:" + relServes + "]->() DELETE s } " +
			"CALL (l) { MATCH (l)-[p:" + relTookPart + "]->(:" + labelMeeting + ") WHERE p.country <> '' " +
			"WITH DISTINCT l, p.country AS code MERGE (c:" + labelCountry + " {code: code}) ON CREATE SET c.name = '', c.nameEn = '' " +
			"MERGE (l)-[:" + relServes + "]->(c) }", rows(rt.leaders)},
		{"MATCH (l:" + labelLeader + " {name: r.name}) WHERE NOT EXISTS { (l)-[:" + relTookPart + "|" + relProposed + "]->() } DETACH DELETE l", rows(rt.leaders)},
		{orphan(labelInitiative), rows(rt.initiatives)},
		{orphan(labelDomain), rows(rt.domains)},
		{orphan(labelArea), rows(rt.areas)},
	}
}
