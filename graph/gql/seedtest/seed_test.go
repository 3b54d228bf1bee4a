// Package seedtest_test ingests the seed page through the API with the
// real extractor, the way `dipgraph serve` wires it. It is a package of
// its own so that the rest of the API tests run while the extractor
// changes.
package seedtest_test

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"

	"github.com/dipgraph/dipgraph/extract"
	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/build"
	"github.com/dipgraph/dipgraph/graph/gql"
	"github.com/dipgraph/dipgraph/graph/gql/gqltest"
	"github.com/dipgraph/dipgraph/graph/mem"
)

func seedText(t *testing.T) string {
	_, file, _, _ := runtime.Caller(0)
	b, err := os.ReadFile(filepath.Join(filepath.Dir(file), "..", "..", "..", "internal", "sample", "corpus", "000_seed_xinhua_2025-09-02.txt"))
	if err != nil {
		t.Fatalf("read seed page: %v", err)
	}
	return string(b)
}

func extractFunc(t *testing.T) gql.ExtractFunc {
	x, err := extract.New()
	if err != nil {
		t.Fatalf("extract.New: %v", err)
	}
	return func(ctx context.Context, text, date, source, url string) ([]graph.Document, error) {
		res, err := x.ExtractBytes([]byte(text), extract.Options{Date: date, URL: url})
		if err != nil {
			return nil, err
		}
		return build.Documents(res), nil
	}
}

func TestSeedPageThroughAPI(t *testing.T) {
	h := gql.NewHandler(mem.New(), gql.Config{IngestToken: "t", Extract: extractFunc(t), Logger: slog.New(slog.DiscardHandler)})
	var ing struct {
		Ingest struct {
			Created  int
			Articles []struct{ ID string }
		}
	}
	gqltest.Query(t, h, `mutation($text: String!) { ingest(text: $text, date: "2025-09-02") { created articles { id } } }`, &ing,
		client.Var("text", seedText(t)), client.AddHeader("Authorization", "Bearer t"))
	if ing.Ingest.Created == 0 || len(ing.Ingest.Articles) == 0 {
		t.Fatalf("ingest of the seed page: %+v", ing)
	}

	var r struct {
		Meetings struct {
			TotalCount int
			Edges      []struct {
				Node struct {
					Date         string
					Participants []struct {
						Role   string
						Leader struct{ Name string }
					}
					Evidence []struct {
						Field      string
						Text       string
						Start, End int
						Article    struct{ Text string }
					}
				}
			}
		}
	}
	gqltest.Query(t, h, `{ meetings(filter: {leader: "习近平", country: "UZ"}) { totalCount edges { node { date
		participants { role leader { name } } evidence { field text start end article { text } } } } } }`, &r)
	if r.Meetings.TotalCount == 0 {
		t.Fatal("no meeting of 习近平 with Uzbekistan from the seed page")
	}
	m := r.Meetings.Edges[0].Node
	if m.Date != "2025-09-02" {
		t.Errorf("date %q, want 2025-09-02", m.Date)
	}
	var guests []string
	for _, p := range m.Participants {
		if p.Role == "GUEST" {
			guests = append(guests, p.Leader.Name)
		}
	}
	if !strings.Contains(strings.Join(guests, ","), "米尔济约耶夫") {
		t.Errorf("guests %q lack 米尔济约耶夫", guests)
	}
	if len(m.Evidence) == 0 {
		t.Fatal("the meeting has no evidence")
	}
	// Evidence offsets are rune offsets into the article's text.
	for _, e := range m.Evidence {
		runes := []rune(e.Article.Text)
		if e.Start < 0 || e.End > len(runes) || e.Start >= e.End {
			t.Errorf("evidence %q: offsets [%d,%d) outside the article (%d runes)", e.Field, e.Start, e.End, len(runes))
			continue
		}
		if got := string(runes[e.Start:e.End]); got != e.Text {
			t.Errorf("evidence %q: article text at [%d,%d) is %q, evidence says %q", e.Field, e.Start, e.End, got, e.Text)
		}
	}
}
