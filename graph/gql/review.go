package gql

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"fmt"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/gql/internal/exec"
)

// The review queue: facts under a confidence threshold, and analysts'
// decisions on them (graph/review.go). Reading the queue is open like
// every query; deciding needs the ingest token.

func (r *Resolver) ReviewItem() exec.ReviewItemResolver { return reviewItemResolver{r} }

type reviewItemResolver struct{ *Resolver }

func (r queryResolver) ReviewQueue(ctx context.Context, status *graph.ReviewStatus, threshold *float64, first *int, after *string) (*exec.ReviewConnection, error) {
	p, countOnly, err := page(first, after)
	if err != nil {
		return nil, err
	}
	q := graph.ReviewQuery{Page: p, Threshold: r.cfg.ReviewThreshold}
	if status != nil {
		q.Status = *status
	}
	if threshold != nil {
		if *threshold <= 0 || *threshold > 1 {
			return nil, graph.E("reviewQueue", graph.Invalid, fmt.Errorf("threshold must be in (0, 1], got %v", *threshold))
		}
		q.Threshold = *threshold
	}
	res, err := r.store.ReviewQueue(ctx, q)
	if err != nil {
		return nil, err
	}
	c := &exec.ReviewConnection{TotalCount: res.TotalCount, Edges: make([]*exec.ReviewEdge, 0, len(res.Items)), PageInfo: &exec.PageInfo{HasNextPage: res.HasNextPage, HasPreviousPage: p.After != ""}}
	if countOnly {
		c.PageInfo.HasNextPage = res.TotalCount > 0
		return c, nil
	}
	for i := range res.Items {
		c.Edges = append(c.Edges, &exec.ReviewEdge{Cursor: res.Cursors[i], Node: &res.Items[i]})
	}
	if n := len(res.Cursors); n > 0 {
		c.PageInfo.StartCursor = &res.Cursors[0]
		c.PageInfo.EndCursor = &res.Cursors[n-1]
	}
	return c, nil
}

func (r mutationResolver) ReviewFact(ctx context.Context, id string, decision graph.ReviewStatus, reviewer string) (*graph.ReviewItem, error) {
	if err := r.authorize(ctx, "reviewFact"); err != nil {
		return nil, err
	}
	it, err := r.store.Review(ctx, graph.Decision{FactID: id, Status: decision, Reviewer: reviewer})
	if err != nil {
		return nil, fmt.Errorf("reviewFact: %w", err)
	}
	r.cfg.Logger.InfoContext(ctx, "reviewFact", "fact", id, "decision", string(decision), "reviewer", it.Reviewer)
	return &it, nil
}

// authorize checks the bearer token the way ingest does: a server without
// a token refuses, a missing or wrong token is Unauthorized.
func (r mutationResolver) authorize(ctx context.Context, op string) error {
	if r.cfg.IngestToken == "" {
		return writesDisabled(ctx)
	}
	if err := r.checkThrottle(ctx); err != nil {
		return err
	}
	got, ok := bearerFrom(ctx)
	if !ok {
		return graph.E(op, graph.Unauthorized, errors.New(op+" needs Authorization: Bearer <token>"))
	}
	gotSum, wantSum := sha256.Sum256([]byte(got)), sha256.Sum256([]byte(r.cfg.IngestToken))
	if subtle.ConstantTimeCompare(gotSum[:], wantSum[:]) != 1 {
		r.tokenFailed(ctx)
		return graph.E(op, graph.Unauthorized, errors.New("invalid token"))
	}
	return nil
}

func (r reviewItemResolver) ID(ctx context.Context, it *graph.ReviewItem) (string, error) {
	return it.FactID, nil
}
func (r reviewItemResolver) Meeting(ctx context.Context, it *graph.ReviewItem) (*graph.Meeting, error) {
	return r.loadersFor(ctx).meetings.Load(ctx, it.MeetingID)
}
func (r reviewItemResolver) Evidence(ctx context.Context, it *graph.ReviewItem) (*graph.Evidence, error) {
	e := it.Evidence
	return &e, nil
}
func (r reviewItemResolver) Reviewer(ctx context.Context, it *graph.ReviewItem) (*string, error) {
	return opt(it.Reviewer), nil
}
func (r reviewItemResolver) ReviewedAt(ctx context.Context, it *graph.ReviewItem) (*string, error) {
	return opt(it.At), nil
}

func (r evidenceResolver) Rule(ctx context.Context, e *graph.Evidence) (*string, error) {
	return opt(e.Rule), nil
}
func (r evidenceResolver) Confidence(ctx context.Context, e *graph.Evidence) (*float64, error) {
	if e.Confidence <= 0 {
		return nil, nil
	}
	c := e.Confidence
	return &c, nil
}
