package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/dipgraph/dipgraph/internal/loadtest"
)

func TestGenXputIngest(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	var out, errb bytes.Buffer
	if err := run(ctx, []string{"gen", "-dir", dir, "-n", "60", "-gold"}, &out, &errb); err != nil {
		t.Fatalf("gen: %v (%s)", err, errb.String())
	}
	if _, err := os.Stat(filepath.Join(dir, "gold.json")); err != nil {
		t.Fatal(err)
	}

	out.Reset()
	if err := run(ctx, []string{"xput", "-engine", "ours", "-dir", dir, "-runs", "1", "-gold"}, &out, &errb); err != nil {
		t.Fatalf("xput: %v", err)
	}
	var x XputResult
	if err := json.Unmarshal(out.Bytes(), &x); err != nil {
		t.Fatal(err)
	}
	if x.Files != 60 || x.MedianMBps <= 0 || x.Items == 0 || len(x.Sanity) == 0 {
		t.Fatalf("xput: %+v", x)
	}
	for _, k := range x.Sanity {
		if k.Kind == "meetings" && k.F1 < 0.8 {
			t.Errorf("meetings F1 %.3f on the generated corpus", k.F1)
		}
	}

	out.Reset()
	if err := run(ctx, []string{"ingest", "-store", "mem-journal", "-dir", dir, "-batch", "25"}, &out, &errb); err != nil {
		t.Fatalf("ingest: %v", err)
	}
	var in IngestResult
	if err := json.Unmarshal(out.Bytes(), &in); err != nil {
		t.Fatal(err)
	}
	if in.Articles != 60 || in.Created != 60 || in.Meetings == 0 || in.ArticlesPS <= 0 {
		t.Fatalf("ingest: %+v", in)
	}
}

func TestRefusals(t *testing.T) {
	ctx := context.Background()
	var out, errb bytes.Buffer
	for _, args := range [][]string{
		{},
		{"nope"},
		{"http", "-url", "http://10.0.0.1/query", "-d", "10ms"},
		{"xput", "-engine", "nope", "-dir", t.TempDir()},
		{"ingest", "-store", "nope", "-dir", t.TempDir()},
		{"serve", "-addr", "0.0.0.0:0"},
		{"http", "-url", "http://127.0.0.1:1/query", "-query-file", filepath.Join(t.TempDir(), "missing.graphql")},
	} {
		if err := run(ctx, args, &out, &errb); err == nil {
			t.Errorf("%v: no error", args)
		}
	}
	if err := run(ctx, []string{"http", "-url", "http://192.168.1.1/query"}, &out, &errb); err == nil || !strings.Contains(err.Error(), "loopback") {
		t.Errorf("non-loopback target: %v", err)
	}
}

// TestHTTPQueryFile sends the document of -query-file, with the analyst
// query's variables, to the given URL path.
func TestHTTPQueryFile(t *testing.T) {
	var mu sync.Mutex
	var got []map[string]any
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var body map[string]any
		if r.URL.Path != "/graphql" || json.NewDecoder(r.Body).Decode(&body) != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		mu.Lock()
		got = append(got, body)
		mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"data":{"leaders":[]}}`))
	}))
	defer srv.Close()
	doc := "query LeaderCounterparts($name: String!) { leaders(where: {name: {eq: $name}}) { name } }"
	f := filepath.Join(t.TempDir(), "q.graphql")
	if err := os.WriteFile(f, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if err := run(context.Background(), []string{"http", "-url", srv.URL + "/graphql", "-c", "2", "-n", "4", "-d", "5s", "-query", "counterparts", "-query-file", f}, &out, &errb); err != nil {
		t.Fatalf("http: %v (%s)", err, errb.String())
	}
	var res loadtest.Result
	if err := json.Unmarshal(out.Bytes(), &res); err != nil {
		t.Fatal(err)
	}
	if res.Requests != 4 || res.Errors != 0 || res.Name != "leader's counterparts" {
		t.Fatalf("result: %+v", res)
	}
	mu.Lock()
	defer mu.Unlock()
	for _, b := range got {
		vars, _ := b["variables"].(map[string]any)
		if b["query"] != doc || vars["name"] == nil {
			t.Errorf("request body %v: not the file's document with the query's variables", b)
		}
	}
}
