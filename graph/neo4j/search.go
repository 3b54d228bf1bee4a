package neo4j

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/dipgraph/dipgraph/graph"
)

// Search (graph/search.go): leaders and meetings carry the search tokens
// of their texts (graph.SearchTokens, space-separated) in searchText, and
// meetings those of their evidence sentences in evidenceText; a Lucene
// full-text index with the whitespace analyzer indexes them as they are.
// The index finds the candidates holding every token of the query; Go
// matches, scores and pages them (graph.SearchRank), as graph/mem does.

// searchIndex is the full-text index's name.
const searchIndex = "dipgraph_search"

// stSearchIndex creates the full-text index (createSchema runs it).
var stSearchIndex = "CREATE FULLTEXT INDEX " + searchIndex + " IF NOT EXISTS FOR (n:" + labelLeader + "|" + labelMeeting + ") " +
	"ON EACH [n.searchText, n.evidenceText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace', `fulltext.eventually_consistent`: false}}"

// meetingSearchText is the search tokens of a meeting's facts.
func meetingSearchText(m *graph.Meeting) string {
	return graph.SearchIndexText(graph.SearchTokens(graph.MeetingSearchTexts(m), false))
}

// evidenceSearchText is the search tokens of a meeting's evidence sentences.
func evidenceSearchText(m *graph.Meeting) string {
	evs, _ := graph.EvidenceSentences(m)
	texts := make([]string, len(evs))
	for i, e := range evs {
		texts[i] = e.Text
	}
	return graph.SearchIndexText(graph.SearchTokens(texts, false))
}

// leaderSearchText is the search tokens of a leader's names.
func leaderSearchText(n graph.LeaderName) string {
	return graph.SearchIndexText(graph.SearchTokens(graph.LeaderSearchTexts(n), true))
}

// leaderSearchRows gives the leaders of a batch the tokens of their
// canonical names (stLeaderSearch).
func leaderSearchRows(names map[string]bool) []map[string]any {
	out := make([]map[string]any, 0, len(names))
	for _, n := range sortedKeys(names) {
		out = append(out, map[string]any{"name": n, "text": leaderSearchText(graph.LeaderName{Name: n})})
	}
	return out
}

// backfillBatch bounds the nodes one backfill statement rewrites.
const backfillBatch = 500

// backfillSearch gives the leaders and meetings stored before search
// existed their search tokens (Open runs it; nothing to do afterwards).
func (s *Store) backfillSearch(ctx context.Context) error {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	for {
		n, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (int, error) {
			recs, err := collect(ctx, tx, "MATCH (m:"+labelMeeting+") WHERE m.searchText IS NULL RETURN m.id AS id, m.doc AS doc LIMIT $n",
				map[string]any{"n": backfillBatch})
			if err != nil {
				return 0, err
			}
			var rows []map[string]any
			for _, r := range recs {
				m, err := decodeMeeting(str(r, "doc"))
				if err != nil {
					return 0, err
				}
				rows = append(rows, map[string]any{"id": str(r, "id"), "text": meetingSearchText(m), "ev": evidenceSearchText(m)})
			}
			_, err = collect(ctx, tx, "UNWIND $rows AS r MATCH (m:"+labelMeeting+" {id: r.id}) SET m.searchText = r.text, m.evidenceText = r.ev",
				map[string]any{"rows": rows})
			return len(rows), err
		})
		if err != nil {
			return s.classify("neo4j.schema", "backfill meeting search text", err)
		}
		if n < backfillBatch {
			break
		}
	}
	for {
		n, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (int, error) {
			recs, err := collect(ctx, tx, "MATCH (l:"+labelLeader+") WHERE l.searchText IS NULL "+
				"RETURN l.name AS name, l.nameEn AS nameEn, l.pinyin AS pinyin, l.nameVariants AS variants LIMIT $n",
				map[string]any{"n": backfillBatch})
			if err != nil {
				return 0, err
			}
			var rows []map[string]any
			for _, r := range recs {
				ln := graph.LeaderName{Name: str(r, "name"), NameEn: str(r, "nameEn"), Pinyin: str(r, "pinyin"), Variants: strs(r, "variants")}
				toks := graph.SearchTokens(graph.LeaderSearchTexts(ln), true)
				rows = append(rows, map[string]any{"name": ln.Name, "tokens": toks, "text": graph.SearchIndexText(toks)})
			}
			_, err = collect(ctx, tx, "UNWIND $rows AS r MATCH (l:"+labelLeader+" {name: r.name}) SET l.searchTokens = r.tokens, l.searchText = r.text",
				map[string]any{"rows": rows})
			return len(rows), err
		})
		if err != nil {
			return s.classify("neo4j.schema", "backfill leader search text", err)
		}
		if n < backfillBatch {
			break
		}
	}
	return nil
}

// Search implements graph.Store: the full-text index gives the
// candidates, graph.SearchRank the answer.
func (s *Store) Search(ctx context.Context, q graph.SearchQuery) (graph.SearchPage, error) {
	ts, err := graph.ParseSearch(q.Text)
	if err != nil {
		return graph.SearchPage{}, err
	}
	if err := graph.ValidateSearchKinds(q.Kinds); err != nil {
		return graph.SearchPage{}, err
	}
	if _, err := q.Page.Normalize(); err != nil {
		return graph.SearchPage{}, err
	}
	leaders := graph.WantsKind(q.Kinds, graph.SearchLeader)
	meetings := graph.WantsKind(q.Kinds, graph.SearchMeeting) || graph.WantsKind(q.Kinds, graph.SearchEvidence)
	recs, err := query(ctx, s, "neo4j.search", "CALL db.index.fulltext.queryNodes($index, $q) YIELD node AS l "+
		"WITH l WHERE (l:"+labelLeader+" AND $leaders) OR (l:"+labelMeeting+" AND $meetings) "+
		"RETURN l:"+labelLeader+" AS leader, CASE WHEN l:"+labelLeader+" THEN "+leaderProps+" END AS l, "+
		"l.nameVariants AS variants, l.doc AS doc",
		map[string]any{"index": searchIndex, "q": ts.Lucene(), "leaders": leaders, "meetings": meetings})
	if err != nil {
		return graph.SearchPage{}, err
	}
	var cands []graph.SearchCandidate
	for _, r := range recs {
		if boolean(r, "leader") {
			v, _ := r.Get("l")
			l := leaderFrom(v)
			ln := graph.LeaderName{Name: l.Name, NameEn: l.NameEn, Pinyin: l.Pinyin, Variants: strs(r, "variants")}
			cands = append(cands, graph.SearchCandidate{
				Doc:    graph.SearchDoc{Kind: graph.SearchLeader, Key: l.Name, Texts: graph.LeaderSearchTexts(ln)},
				Leader: l,
			})
			continue
		}
		m, err := s.docs.meeting(str(r, "doc"))
		if err != nil {
			return graph.SearchPage{}, graph.E("neo4j.search", graph.Internal, fmt.Errorf("decode meeting: %w", err))
		}
		cands = append(cands, graph.MeetingCandidates(m, q.Kinds)...)
	}
	return graph.SearchRank(q, ts, cands)
}
