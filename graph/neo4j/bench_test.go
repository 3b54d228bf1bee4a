package neo4j_test

import (
	"context"
	"os"
	"strconv"
	"testing"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/neo4j"
	"github.com/dipgraph/dipgraph/graph/storetest"
)

// envInt is the integer in the environment variable name, else def.
func envInt(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return def
}

type ingestFunc func(s *neo4j.Store, docs []graph.Document) (graph.IngestResult, error)

// benchIngest loads n generated documents into an empty database per
// iteration, 500 documents per call, and reports articles/s.
func benchIngest(b *testing.B, n int, ingest ingestFunc) {
	ctx := context.Background()
	s := openStore(b)
	docs := storetest.GenDocuments(n, 1)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		if err := s.Reset(ctx); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		created := 0
		for lo := 0; lo < n; lo += 500 {
			res, err := ingest(s, docs[lo:min(lo+500, n)])
			if err != nil {
				b.Fatal(err)
			}
			created += res.Created
		}
		if created != n {
			b.Fatalf("created %d of %d", created, n)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkIngestBatched: UNWIND batches, one transaction per batch of
// neo4j.DefaultBatchSize documents (10,000 generated articles;
// DIPGRAPH_BENCH_DOCS changes it).
func BenchmarkIngestBatched(b *testing.B) {
	benchIngest(b, envInt("DIPGRAPH_BENCH_DOCS", 10_000), func(s *neo4j.Store, docs []graph.Document) (graph.IngestResult, error) {
		return s.Ingest(context.Background(), docs)
	})
}

// BenchmarkIngestPerFact: one statement per fact, one transaction per
// article (1,000 articles, as it is slow; DIPGRAPH_BENCH_DOCS_PERFACT).
func BenchmarkIngestPerFact(b *testing.B) {
	benchIngest(b, envInt("DIPGRAPH_BENCH_DOCS_PERFACT", 1000), func(s *neo4j.Store, docs []graph.Document) (graph.IngestResult, error) {
		return s.IngestPerFact(context.Background(), docs)
	})
}

// BenchmarkSearchMeetings measures one batch of typical page queries on
// 10,000 generated articles (DIPGRAPH_BENCH_DOCS).
func BenchmarkSearchMeetings(b *testing.B) {
	ctx := context.Background()
	s := openStore(b)
	n := envInt("DIPGRAPH_BENCH_DOCS", 10_000)
	docs := storetest.GenDocuments(n, 1)
	for lo := 0; lo < n; lo += 500 {
		if _, err := s.Ingest(ctx, docs[lo:min(lo+500, n)]); err != nil {
			b.Fatal(err)
		}
	}
	cases := map[string]graph.MeetingFilter{
		"all":     {},
		"leader":  {Leader: docs[7].Meetings[0].Participants[1].Name},
		"country": {Country: "UZ"},
		"domain":  {AgreementDomain: "海关", From: "2018-01-01"},
	}
	for name, f := range cases {
		b.Run(name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := s.SearchMeetings(ctx, []graph.MeetingQuery{{Filter: f}}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
