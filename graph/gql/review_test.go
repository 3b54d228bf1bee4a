package gql_test

import (
	"testing"

	"github.com/99designs/gqlgen/client"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/gql"
	"github.com/dipgraph/dipgraph/graph/gql/gqltest"
	"github.com/dipgraph/dipgraph/graph/storetest"
)

type reviewConn struct {
	TotalCount int
	Edges      []struct {
		Cursor string
		Node   reviewNode
	}
	PageInfo struct {
		HasNextPage bool
		EndCursor   *string
	}
}

type reviewNode struct {
	ID       string
	Status   string
	Reviewer *string
	Reviewed *string `json:"reviewedAt"`
	Meeting  *struct{ ID string }
	Evidence struct {
		Field, Text string
		Value       *string
		Rule        *string
		Confidence  *float64
		Article     *struct{ ID string }
	}
}

const reviewQ = `query($status: ReviewStatus, $threshold: Float, $first: Int, $after: String) {
  reviewQueue(status: $status, threshold: $threshold, first: $first, after: $after) {
    totalCount edges { cursor node { id status reviewer reviewedAt meeting { id }
      evidence { field value text rule confidence article { id } } } }
    pageInfo { hasNextPage endCursor } } }`

const reviewM = `mutation($id: ID!, $d: ReviewDecision!, $who: String!) {
  reviewFact(id: $id, decision: $d, reviewer: $who) { id status reviewer reviewedAt } }`

func TestReviewQueueAPI(t *testing.T) { testReviewQueueAPI(t, openMem) }

// The same on Neo4j.
func TestReviewQueueAPINeo4j(t *testing.T) { testReviewQueueAPI(t, openNeo4j) }

func testReviewQueueAPI(t *testing.T, open func(t *testing.T) graph.Store) {
	s := open(t)
	docs := storetest.ReviewDocs()
	if _, err := s.Ingest(t.Context(), docs); err != nil {
		t.Fatal(err)
	}
	h := gql.NewHandler(s, gql.Config{IngestToken: gqltest.Token, Extract: gqltest.FakeExtract, Logger: quiet})
	bearer := client.AddHeader("Authorization", "Bearer "+gqltest.Token)

	want, err := s.ReviewQueue(t.Context(), graph.ReviewQuery{Page: graph.Page{First: graph.MaxPageSize}})
	if err != nil {
		t.Fatal(err)
	}
	var all []reviewNode
	var after *string
	for {
		var out struct{ ReviewQueue reviewConn }
		opts := []client.Option{client.Var("first", 2)}
		if after != nil {
			opts = append(opts, client.Var("after", *after))
		}
		gqltest.Query(t, h, reviewQ, &out, opts...)
		if out.ReviewQueue.TotalCount != want.TotalCount {
			t.Fatalf("totalCount %d, store says %d", out.ReviewQueue.TotalCount, want.TotalCount)
		}
		for _, e := range out.ReviewQueue.Edges {
			all = append(all, e.Node)
		}
		if !out.ReviewQueue.PageInfo.HasNextPage {
			break
		}
		after = out.ReviewQueue.PageInfo.EndCursor
	}
	if len(all) != want.TotalCount || len(all) < 2 {
		t.Fatalf("paged through %d items, want %d", len(all), want.TotalCount)
	}
	for i, n := range all {
		if n.ID != want.Items[i].FactID || n.Status != "PENDING" || n.Reviewer != nil || n.Meeting == nil ||
			n.Evidence.Rule == nil || n.Evidence.Confidence == nil || *n.Evidence.Confidence >= graph.DefaultReviewThreshold ||
			n.Evidence.Article == nil || n.Evidence.Text == "" {
			t.Errorf("item %d: %+v", i, n)
		}
	}

	vars := []client.Option{client.Var("id", all[0].ID), client.Var("d", "REJECTED"), client.Var("who", "ana")}
	gqltest.WantError(t, h, reviewM, gql.CodeUnauthenticated, vars...)
	gqltest.WantError(t, h, reviewM, gql.CodeUnauthenticated, append(vars, client.AddHeader("Authorization", "Bearer wrong"))...)
	gqltest.WantError(t, gql.NewHandler(s, gql.Config{Logger: quiet}), reviewM, gql.CodeForbidden, append(vars, bearer)...)
	gqltest.WantError(t, h, reviewM, "GRAPHQL_VALIDATION_FAILED", bearer, client.Var("id", all[0].ID), client.Var("d", "PENDING"), client.Var("who", "ana"))
	gqltest.WantError(t, h, reviewM, gql.CodeNotFound, bearer, client.Var("id", "f_nonesuch"), client.Var("d", "ACCEPTED"), client.Var("who", "ana"))
	gqltest.WantError(t, h, reviewM, gql.CodeBadUserInput, bearer, client.Var("id", all[0].ID), client.Var("d", "ACCEPTED"), client.Var("who", " "))
	gqltest.WantError(t, h, reviewQ, gql.CodeBadUserInput, client.Var("threshold", 1.5))
	var res struct{ ReviewFact reviewNode }
	gqltest.Query(t, h, reviewM, &res, append(vars, bearer)...)
	if res.ReviewFact.ID != all[0].ID || res.ReviewFact.Status != "REJECTED" || res.ReviewFact.Reviewer == nil || *res.ReviewFact.Reviewer != "ana" || res.ReviewFact.Reviewed == nil {
		t.Errorf("reviewFact: %+v", res.ReviewFact)
	}
	// The first page, asked before the decision, is asked again: the
	// answer shows the decision (a kept answer is not served after one).
	var again struct{ ReviewQueue reviewConn }
	gqltest.Query(t, h, reviewQ, &again, client.Var("first", 2))
	if len(again.ReviewQueue.Edges) == 0 || again.ReviewQueue.Edges[0].Node.ID != all[0].ID || again.ReviewQueue.Edges[0].Node.Status != "REJECTED" {
		t.Errorf("first page after the decision: %+v", again.ReviewQueue.Edges)
	}
	var rej struct{ ReviewQueue reviewConn }
	gqltest.Query(t, h, reviewQ, &rej, client.Var("status", "REJECTED"))
	if rej.ReviewQueue.TotalCount != 1 || rej.ReviewQueue.Edges[0].Node.ID != all[0].ID {
		t.Errorf("rejected: %+v", rej.ReviewQueue)
	}
	var pend struct{ ReviewQueue reviewConn }
	gqltest.Query(t, h, reviewQ, &pend, client.Var("status", "PENDING"))
	if pend.ReviewQueue.TotalCount != len(all)-1 {
		t.Errorf("pending %d, want %d", pend.ReviewQueue.TotalCount, len(all)-1)
	}
	var wide struct{ ReviewQueue reviewConn }
	gqltest.Query(t, h, reviewQ, &wide, client.Var("threshold", 1.0))
	if wide.ReviewQueue.TotalCount <= len(all) {
		t.Errorf("threshold 1 lists %d, default %d", wide.ReviewQueue.TotalCount, len(all))
	}
}
