package loadtest

import (
	"context"
	"io"
	"log/slog"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/extract"
	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/build"
	"github.com/dipgraph/dipgraph/graph/gql"
	"github.com/dipgraph/dipgraph/graph/httpapi"
	"github.com/dipgraph/dipgraph/graph/mem"
	"github.com/dipgraph/dipgraph/internal/corpusgen"
)

// TestAgainstTheAPI sends the three analyst queries and the soak to the
// real GraphQL server over the embedded store holding a generated corpus:
// the queries must be valid for the schema, answer without errors, and
// every ingest through the mutation must be found afterwards.
func TestAgainstTheAPI(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts a corpus and serves it")
	}
	ctx := context.Background()
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	store := mem.New()
	var docs []graph.Document
	for _, r := range corpusgen.Generate(400, 1) {
		docs = append(docs, build.Documents(x.Extract(r.Text, extract.Options{File: r.Name}))...)
	}
	if _, err := store.Ingest(ctx, docs); err != nil {
		t.Fatal(err)
	}
	extractFn := func(_ context.Context, text, date, source, _ string) ([]graph.Document, error) {
		return build.Documents(x.Extract(text, extract.Options{Date: date, Source: source})), nil
	}
	srv := httptest.NewServer(httpapi.New(store, httpapi.Config{
		GraphQL: gql.Config{IngestToken: "tok", Extract: extractFn},
		Logger:  slog.New(slog.NewTextHandler(io.Discard, nil)),
	}))
	defer srv.Close()
	url := srv.URL + "/query"

	client := NewClient(url, 1, 5*time.Second)
	for _, q := range AnalystQueries() {
		// Every variable set is a valid query with data.
		for _, v := range q.Vars {
			var r Response
			if _, err := client.Do(ctx, q.Query, v, &r); err != nil {
				t.Fatalf("%s %v: %v", q.Name, v, err)
			}
		}
		res, err := Run(ctx, Config{URL: url, Clients: 4, Duration: 300 * time.Millisecond}, q)
		if err != nil {
			t.Fatal(err)
		}
		if res.Requests == 0 || res.Errors != 0 {
			t.Errorf("%s: %d requests, %d errors (%s)", q.Name, res.Requests, res.Errors, res.FirstErr)
		}
	}
	// The filtered page finds meetings in this corpus (the variables are
	// not all misses).
	var r Response
	if _, err := client.Do(ctx, FilteredMeetings, map[string]any{"country": "RU", "from": "2013-01-01", "to": "2026-12-31"}, &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Data) < 200 {
		t.Errorf("filtered page for RU looks empty: %s", r.Data)
	}

	next := 0
	texts := func(int) (Text, bool) {
		for {
			l := corpusgen.Make(1_000_000+next, 1, corpusgen.Options{})
			next++
			if len(l.Gold.Meetings) > 0 {
				return Text{Text: l.Text}, next < 1_000_200
			}
		}
	}
	s, err := Soak(ctx, SoakConfig{
		Config:  Config{URL: url, Clients: 4, Duration: 500 * time.Millisecond},
		Queries: AnalystQueries(), Token: "tok", Texts: texts,
	})
	if err != nil {
		t.Fatal(err)
	}
	if s.IngestsAccepted == 0 || s.IngestsFailed != 0 || s.MeetingsLost != 0 || s.Load.Errors != 0 || s.MeetingsChecked == 0 {
		t.Errorf("soak against the API: %+v", s)
	}
	// A wrong token is refused with a code, and nothing is accepted.
	w, err := Soak(ctx, SoakConfig{
		Config:  Config{URL: url, Clients: 1, Duration: 100 * time.Millisecond},
		Queries: AnalystQueries()[:1], Token: "wrong", Texts: texts,
	})
	if err != nil {
		t.Fatal(err)
	}
	if w.IngestsAccepted != 0 || w.IngestsFailed == 0 {
		t.Errorf("wrong token: %+v", w)
	}
}
