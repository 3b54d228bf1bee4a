package gql_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/graph/gql"
	"github.com/dipgraph/dipgraph/graph/gql/gqltest"
)

// fanOutQuery is a small document whose expansion doubles with each
// fragment: F0 spreads F1 twice, F1 spreads F2 twice, and so on.
func fanOutQuery(levels int) string {
	var b strings.Builder
	b.WriteString("query{...F0}")
	for i := range levels {
		fmt.Fprintf(&b, " fragment F%d on Query{...F%d ...F%d}", i, i+1, i+1)
	}
	fmt.Fprintf(&b, " fragment F%d on Query{countries{code}}", levels)
	return b.String()
}

// TestFragmentFanOutIsRefusedQuickly: a fragment spread twice per level
// expands to 2^levels fields; the limits are computed without expanding
// it and the operation is refused at once.
func TestFragmentFanOutIsRefusedQuickly(t *testing.T) {
	h := gql.NewHandler(fixtureStore(t), gql.Config{Logger: quiet})
	for _, levels := range []int{22, 30, 60} {
		t.Run(fmt.Sprint(levels), func(t *testing.T) {
			q := fanOutQuery(levels)
			done := make(chan gqltest.Response, 1)
			start := time.Now()
			go func() { done <- gqltest.Do(t, h, q) }()
			select {
			case r := <-done:
				if len(r.Errors) == 0 || r.Errors[0].Code() != gql.CodeTooLarge {
					t.Errorf("%d levels: want %s, got %+v", levels, gql.CodeTooLarge, r.Errors)
				}
			case <-time.After(5 * time.Second):
				t.Fatalf("%d levels (%d bytes): no answer after %v", levels, len(q), time.Since(start))
			}
		})
	}
	// A few spreads of the same fragment are still served.
	var ok struct{ Countries []struct{ Code string } }
	gqltest.Query(t, h, fanOutQuery(3), &ok)
	if len(ok.Countries) == 0 {
		t.Errorf("3 levels: no countries")
	}
}

// BenchmarkFragmentFanOut times the answer to a 20-level fan-out query
// (about 750 bytes, 2^20 fields expanded).
func BenchmarkFragmentFanOut(b *testing.B) {
	h := gql.NewHandler(fixtureStore(b), gql.Config{Logger: quiet})
	q := fanOutQuery(20)
	for b.Loop() {
		gqltest.Do(b, h, q)
	}
}
