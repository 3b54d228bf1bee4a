package storetest

import (
	"context"
	"slices"
	"testing"

	"github.com/dipgraph/dipgraph/graph"
)

// ReviewDocs is the fixture with rules and confidences on its evidence:
// each meeting's evidence cycles through confidences around the default
// threshold, so that some facts are queued and some are not.
func ReviewDocs() []graph.Document {
	confs := []float64{0.4, 0.55, 0.9, 0.59, 0.6, 0.3}
	docs := Fixture()
	n := 0
	for d := range docs {
		for m := range docs[d].Meetings {
			mt := &docs[d].Meetings[m]
			for _, p := range mt.Participants {
				text := "报道提到" + p.Name + "。"
				mt.Evidence = append(mt.Evidence, graph.Evidence{Field: "participants", Value: p.Name, Text: text, End: len([]rune(text))})
			}
			ev := mt.Evidence
			for i := range ev {
				ev[i].Rule = "rule-" + ev[i].Field
				ev[i].Confidence = confs[n%len(confs)]
				n++
			}
		}
	}
	return docs
}

// wantQueued counts the distinct facts (meeting, field, value) of docs
// whose lowest confidence is under threshold.
func wantQueued(docs []graph.Document, threshold float64) int {
	low := map[string]float64{}
	for _, d := range docs {
		for _, m := range d.Meetings {
			for _, ev := range m.Evidence {
				k := graph.FactID(m.ID, ev.Field, ev.Value)
				if c, ok := low[k]; !ok || ev.Confidence < c {
					low[k] = ev.Confidence
				}
			}
		}
	}
	n := 0
	for _, c := range low {
		if c > 0 && c < threshold {
			n++
		}
	}
	return n
}

func queue(t *testing.T, s graph.Store, q graph.ReviewQuery) []graph.ReviewItem {
	t.Helper()
	var all []graph.ReviewItem
	for {
		p, err := s.ReviewQueue(context.Background(), q)
		if err != nil {
			t.Fatalf("ReviewQueue(%+v): %v", q, err)
		}
		if p.TotalCount < len(all)+len(p.Items) {
			t.Fatalf("totalCount %d < items seen %d", p.TotalCount, len(all)+len(p.Items))
		}
		all = append(all, p.Items...)
		if !p.HasNextPage {
			if p.TotalCount != len(all) {
				t.Errorf("totalCount %d, paged through %d", p.TotalCount, len(all))
			}
			return all
		}
		q.Page.After = p.Cursors[len(p.Cursors)-1]
	}
}

func testReview(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	docs := ReviewDocs()
	mustIngest(t, s, docs)
	want := wantQueued(docs, graph.DefaultReviewThreshold)
	if want < 3 {
		t.Fatalf("fixture queues only %d facts", want)
	}
	items := queue(t, s, graph.ReviewQuery{Page: graph.Page{First: 3}})
	if len(items) != want {
		t.Fatalf("queue holds %d facts, want %d", len(items), want)
	}
	seen := map[string]bool{}
	for i, it := range items {
		if it.Evidence.Confidence <= 0 || it.Evidence.Confidence >= graph.DefaultReviewThreshold {
			t.Errorf("queued %s at confidence %v", it.FactID, it.Evidence.Confidence)
		}
		if i > 0 && it.Evidence.Confidence < items[i-1].Evidence.Confidence {
			t.Errorf("queue not sorted by confidence at %d", i)
		}
		if seen[it.FactID] || it.FactID != graph.FactID(it.MeetingID, it.Evidence.Field, it.Evidence.Value) {
			t.Errorf("fact id %s repeated or not stable", it.FactID)
		}
		seen[it.FactID] = true
		if it.Status != graph.ReviewPending || it.Evidence.Text == "" || it.Evidence.ArticleID == "" || it.Evidence.Rule == "" {
			t.Errorf("item %+v: want PENDING with sentence, article and rule", it)
		}
	}
	if n := len(queue(t, s, graph.ReviewQuery{Threshold: 0.95})); n != wantQueued(docs, 0.95) || n <= want {
		t.Errorf("threshold 0.95 queues %d facts, want %d", n, wantQueued(docs, 0.95))
	}

	acc, rej := items[0], items[len(items)-1]
	got, err := s.Review(ctx, graph.Decision{FactID: acc.FactID, Status: graph.ReviewAccepted, Reviewer: "ana"})
	if err != nil {
		t.Fatalf("Review: %v", err)
	}
	if got.Status != graph.ReviewAccepted || got.Reviewer != "ana" || got.At == "" || got.MeetingID != acc.MeetingID {
		t.Errorf("Review returned %+v", got)
	}
	if _, err := s.Review(ctx, graph.Decision{FactID: rej.FactID, Status: graph.ReviewRejected, Reviewer: "bo", At: "2026-01-02T03:04:05Z"}); err != nil {
		t.Fatalf("Review: %v", err)
	}
	for _, bad := range []struct {
		d    graph.Decision
		kind graph.Kind
	}{
		{graph.Decision{FactID: acc.FactID, Status: "MAYBE", Reviewer: "ana"}, graph.Invalid},
		{graph.Decision{FactID: acc.FactID, Status: graph.ReviewPending, Reviewer: "ana"}, graph.Invalid},
		{graph.Decision{FactID: acc.FactID, Status: graph.ReviewAccepted, Reviewer: " "}, graph.Invalid},
		{graph.Decision{FactID: "f_" + Hostile, Status: graph.ReviewAccepted, Reviewer: "ana"}, graph.NotFound},
	} {
		if _, err := s.Review(ctx, bad.d); graph.KindOf(err) != bad.kind {
			t.Errorf("Review(%+v) = %v, want a %s error", bad.d, err, bad.kind)
		}
	}
	check := func(when string) {
		t.Helper()
		a := queue(t, s, graph.ReviewQuery{Status: graph.ReviewAccepted})
		r := queue(t, s, graph.ReviewQuery{Status: graph.ReviewRejected})
		p := queue(t, s, graph.ReviewQuery{Status: graph.ReviewPending})
		if len(a) != 1 || a[0].FactID != acc.FactID || a[0].Reviewer != "ana" || a[0].At == "" {
			t.Errorf("%s: accepted %+v", when, a)
		}
		if len(r) != 1 || r[0].FactID != rej.FactID || r[0].Reviewer != "bo" || r[0].At != "2026-01-02T03:04:05Z" {
			t.Errorf("%s: rejected %+v", when, r)
		}
		if len(p) != want-2 || slices.ContainsFunc(p, func(it graph.ReviewItem) bool { return it.FactID == acc.FactID || it.FactID == rej.FactID }) {
			t.Errorf("%s: %d pending, want %d", when, len(p), want-2)
		}
	}
	check("after review")
	// Re-ingesting the same texts keeps the decisions.
	if res := mustIngest(t, s, ReviewDocs()); res.Unchanged != len(docs) {
		t.Errorf("re-ingest: %+v", res)
	}
	check("after re-ingest")
	// A later decision replaces the earlier one.
	if _, err := s.Review(ctx, graph.Decision{FactID: acc.FactID, Status: graph.ReviewRejected, Reviewer: "cy"}); err != nil {
		t.Fatal(err)
	}
	if r := queue(t, s, graph.ReviewQuery{Status: graph.ReviewRejected}); len(r) != 2 {
		t.Errorf("after a second decision: %d rejected, want 2", len(r))
	}
	if _, err := s.ReviewQueue(ctx, graph.ReviewQuery{Page: graph.Page{After: "nonsense"}}); graph.KindOf(err) != graph.Invalid {
		t.Errorf("bad cursor: %v", err)
	}
	if _, err := s.ReviewQueue(ctx, graph.ReviewQuery{Status: "NEW"}); graph.KindOf(err) != graph.Invalid {
		t.Errorf("bad status: %v", err)
	}
}

// testVersion checks graph.Versioned where a store implements it: the
// version moves as soon as a change made through the store returns (an
// Ingest that adds, a review decision, Close), so that an answer kept
// under the version read before is never taken for the answer after.
func testVersion(t *testing.T, open Opener) {
	s := open(t)
	v, ok := s.(graph.Versioned)
	if !ok {
		t.Skip("the store does not implement graph.Versioned")
	}
	ctx := context.Background()
	v0 := v.Version()
	mustIngest(t, s, ReviewDocs())
	v1 := v.Version()
	if v1 == v0 {
		t.Fatalf("version %d unchanged by an ingest that added articles", v1)
	}
	q, err := s.ReviewQueue(ctx, graph.ReviewQuery{Threshold: graph.DefaultReviewThreshold})
	if err != nil || len(q.Items) == 0 {
		t.Fatalf("ReviewQueue: %d items, %v", len(q.Items), err)
	}
	if _, err := s.Review(ctx, graph.Decision{FactID: q.Items[0].FactID, Status: graph.ReviewRejected, Reviewer: "ana"}); err != nil {
		t.Fatal(err)
	}
	v2 := v.Version()
	if v2 == v1 {
		t.Fatalf("version %d unchanged by a review decision", v2)
	}
	if err := s.Close(ctx); err != nil {
		t.Fatal(err)
	}
	if v3 := v.Version(); v3 == v2 {
		t.Fatalf("version %d unchanged by Close", v3)
	}
}
