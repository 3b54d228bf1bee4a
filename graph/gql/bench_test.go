package gql_test

import (
	"context"
	"testing"

	"github.com/99designs/gqlgen/client"

	"github.com/dipgraph/dipgraph/graph/gql"
	"github.com/dipgraph/dipgraph/graph/gql/gqltest"
	"github.com/dipgraph/dipgraph/graph/mem"
	"github.com/dipgraph/dipgraph/graph/storetest"
)

// BenchmarkQueries runs the three typical analyst queries in process on
// the embedded store with a generated corpus (no HTTP network hop).
func BenchmarkQueries(b *testing.B) {
	s := mem.New()
	if _, err := s.Ingest(context.Background(), storetest.GenDocuments(5000, 1)); err != nil {
		b.Fatal(err)
	}
	h := gql.NewServer(s, gql.Config{Logger: quiet})
	for _, c := range []struct {
		name  string
		query string
		vars  []client.Option
	}{
		{"FilteredMeetings", gql.QueryFilteredMeetings, []client.Option{client.Var("country", "RU"), client.Var("from", "2018-01-01"), client.Var("first", 20)}},
		{"CountryMeetings", gql.QueryCountryMeetings, []client.Option{client.Var("code", "KZ")}},
		{"LeaderCounterparts", gql.QueryLeaderCounterparts, []client.Option{client.Var("name", "习近平")}},
	} {
		b.Run(c.name, func(b *testing.B) {
			var out map[string]any
			gqltest.Query(b, h, c.query, &out, c.vars...)
			if len(out) == 0 || out[firstKey(out)] == nil {
				b.Fatalf("%s answered %v", c.name, out)
			}
			b.ResetTimer()
			for b.Loop() {
				r := gqltest.Do(b, h, c.query, c.vars...)
				if len(r.Errors) > 0 {
					b.Fatal(r.Errors)
				}
			}
		})
	}
}

func firstKey(m map[string]any) string {
	for k := range m {
		return k
	}
	return ""
}

// BenchmarkQueriesParallel runs the analyst queries from 32 concurrent
// clients in process.
func BenchmarkQueriesParallel(b *testing.B) {
	s := mem.New()
	if _, err := s.Ingest(context.Background(), storetest.GenDocuments(5000, 1)); err != nil {
		b.Fatal(err)
	}
	h := gql.NewServer(s, gql.Config{Logger: quiet})
	qs := []struct {
		query string
		vars  []client.Option
	}{
		{gql.QueryFilteredMeetings, []client.Option{client.Var("country", "RU"), client.Var("from", "2018-01-01"), client.Var("first", 20)}},
		{gql.QueryCountryMeetings, []client.Option{client.Var("code", "KZ")}},
		{gql.QueryLeaderCounterparts, []client.Option{client.Var("name", "习近平")}},
	}
	b.SetParallelism(16)
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			q := qs[i%len(qs)]
			i++
			if r := gqltest.Do(b, h, q.query, q.vars...); len(r.Errors) > 0 {
				b.Error(r.Errors)
				return
			}
		}
	})
}
