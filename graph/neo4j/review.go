package neo4j

import (
	"context"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/dipgraph/dipgraph/graph"
)

// Review decisions are (:Review {factId, status, reviewer, at}) nodes, apart
// from the meetings, so that re-ingesting a text leaves them in place.
const labelReview = "Review"

// reviewState reads the meetings with evidence under threshold (every
// meeting that may hold a fact when threshold > 1; meetings stored before
// minConfidence existed always) and every decision. The queue is built
// from the meetings' evidence by the same code as the embedded store's
// (graph.ReviewFacts, graph.PageReview), so both answer alike.
func (s *Store) reviewState(ctx context.Context, op string, threshold float64) ([]*graph.Meeting, map[string]graph.Decision, error) {
	type state struct {
		docs []string
		recs []*neo4j.Record
	}
	st, err := read(ctx, s, op, func(tx neo4j.ManagedTransaction) (state, error) {
		var st state
		ms, err := collect(ctx, tx, "MATCH (m:"+labelMeeting+") WHERE coalesce(m.minConfidence, 0.0) < $t RETURN m.doc AS doc",
			map[string]any{"t": threshold})
		if err != nil {
			return st, err
		}
		for _, r := range ms {
			st.docs = append(st.docs, str(r, "doc"))
		}
		st.recs, err = collect(ctx, tx, "MATCH (r:"+labelReview+") RETURN r.factId AS id, r.status AS status, r.reviewer AS reviewer, r.at AS at", nil)
		return st, err
	})
	if err != nil {
		return nil, nil, err
	}
	ms := make([]*graph.Meeting, 0, len(st.docs))
	for _, d := range st.docs {
		m, err := decodeMeeting(d)
		if err != nil {
			return nil, nil, graph.E(op, graph.Internal, err)
		}
		ms = append(ms, m)
	}
	decisions := map[string]graph.Decision{}
	for _, r := range st.recs {
		d := graph.Decision{FactID: str(r, "id"), Status: graph.ReviewStatus(str(r, "status")), Reviewer: str(r, "reviewer"), At: str(r, "at")}
		decisions[d.FactID] = d
	}
	return ms, decisions, nil
}

// ReviewQueue implements graph.Store.
func (s *Store) ReviewQueue(ctx context.Context, q graph.ReviewQuery) (graph.ReviewPage, error) {
	if _, err := q.Page.Normalize(); err != nil {
		return graph.ReviewPage{}, err
	}
	t := q.Threshold
	if t <= 0 {
		t = graph.DefaultReviewThreshold
	}
	ms, decisions, err := s.reviewState(ctx, "neo4j.reviewQueue", t)
	if err != nil {
		return graph.ReviewPage{}, err
	}
	return graph.PageReview(graph.ReviewFacts(ms, q.Threshold), decisions, q)
}

// Review implements graph.Store.
func (s *Store) Review(ctx context.Context, d graph.Decision) (graph.ReviewItem, error) {
	if err := d.Check(time.Now()); err != nil {
		return graph.ReviewItem{}, err
	}
	ms, _, err := s.reviewState(ctx, "neo4j.review", 2) // any meeting: a fact of any confidence may be decided
	if err != nil {
		return graph.ReviewItem{}, err
	}
	it, ok := graph.KnownFact(ms, d.FactID)
	if !ok {
		return graph.ReviewItem{}, graph.E("neo4j.review", graph.NotFound, fmt.Errorf("no fact %q", d.FactID))
	}
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	meta, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (metaState, error) {
		res, err := tx.Run(ctx, "MERGE (r:"+labelReview+" {factId: $id}) SET r.status = $status, r.reviewer = $reviewer, r.at = $at",
			map[string]any{"id": d.FactID, "status": string(d.Status), "reviewer": d.Reviewer, "at": d.At})
		if err != nil {
			return metaState{}, err
		}
		if _, err := res.Consume(ctx); err != nil {
			return metaState{}, err
		}
		return bump(ctx, tx) // the graph's version moves in the same transaction
	})
	if err != nil {
		return graph.ReviewItem{}, s.classify("neo4j.review", "record the decision", err)
	}
	s.ver.wrote(meta)
	it.Status, it.Reviewer, it.At = d.Status, d.Reviewer, d.At
	return it, nil
}
