package bench

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/extract"
	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/build"
	"github.com/dipgraph/dipgraph/graph/httpapi"
	"github.com/dipgraph/dipgraph/graph/neo4j"
	"github.com/dipgraph/dipgraph/graph/storetest"
	"github.com/dipgraph/dipgraph/internal/corpusgen"
)

// TestCanon brings one answer of each server to the canonical shape:
// the same facts in the two APIs' shapes compare equal, and a changed
// participant, order or count does not.
func TestCanon(t *testing.T) {
	dip := `{"meetings":{"totalCount":2,"pageInfo":{"hasNextPage":true},"edges":[
	  {"node":{"id":"m2","kind":"TALKS","date":"2024-05-01","timeOfDay":null,"place":"北京","city":null,"participants":[
	    {"role":"HOST","title":"国家主席","leader":{"name":"习近平"},"country":{"code":"CN"}},
	    {"role":"GUEST","title":null,"leader":{"name":"普京"},"country":{"code":"RU"}}]}},
	  {"node":{"id":"m1","kind":"MEETING","date":null,"timeOfDay":"MORNING","place":null,"city":null,"participants":[]}}]}}`
	lib := `{"meetingsConnection":{"totalCount":2,"pageInfo":{"hasNextPage":true},"edges":[
	  {"node":{"id":"m2","kind":"TALKS","date":"2024-05-01","timeOfDay":"","place":"北京","city":"",
	    "hostsConnection":{"edges":[{"properties":{"title":"国家主席","country":"CN"},"node":{"name":"习近平"}}]},
	    "guestsConnection":{"edges":[{"properties":{"title":"","country":"RU"},"node":{"name":"普京"}}]},
	    "attendeesConnection":{"edges":[]}}},
	  {"node":{"id":"m1","kind":"MEETING","date":"","timeOfDay":"MORNING","place":"","city":"",
	    "hostsConnection":{"edges":[]},"guestsConnection":{"edges":[]},"attendeesConnection":{"edges":[]}}}]}}`
	same := func(a, b string) bool {
		t.Helper()
		ca, err := canonDipgraph("filtered", json.RawMessage(a))
		if err != nil {
			t.Fatal(err)
		}
		cb, err := canonNGQL("filtered", json.RawMessage(b))
		if err != nil {
			t.Fatal(err)
		}
		ja, _ := json.Marshal(ca)
		jb, _ := json.Marshal(cb)
		return string(ja) == string(jb)
	}
	if !same(dip, lib) {
		t.Fatal("the same page in both shapes compares unequal")
	}
	for _, c := range []struct{ what, old, new string }{
		{"a participant's role", `"guestsConnection":{"edges":[{`, `"attendeesConnection2":{"edges":[{`},
		{"a participant's country", `"country":"RU"`, `"country":"KZ"`},
		{"the order of the meetings", `"id":"m2"`, `"id":"m0"`},
		{"the total", `"totalCount":2`, `"totalCount":3`},
	} {
		if !strings.Contains(lib, c.old) {
			t.Fatalf("%s: %q not in the sample", c.what, c.old)
		}
		if same(dip, strings.Replace(lib, c.old, c.new, 1)) {
			t.Errorf("a changed %s compares equal", c.what)
		}
	}

	// The counterparts: the same fields under the same names, in order.
	leader := `{"name":"普京","title":"总统","meetingCount":3,"country":{"code":"RU","name":"俄罗斯"},"counterparts":[
	  {"count":2,"lastDate":"2024-05-01","leader":{"name":"习近平","title":"国家主席","country":{"code":"CN","name":"中国"}}},
	  {"count":1,"lastDate":null,"leader":{"name":"王毅","title":null,"country":null}}]}`
	a, _ := canonDipgraph("counterparts", json.RawMessage(`{"leader":`+leader+`}`))
	b, _ := canonNGQL("counterparts", json.RawMessage(`{"leaders":[`+leader+`]}`))
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	if string(ja) != string(jb) || !strings.Contains(string(ja), "习近平|2|2024-05-01|国家主席|CN|中国") {
		t.Errorf("counterparts: %s vs %s", ja, jb)
	}
}

// TestNeo4jGraphQLSameAnswers loads a generated corpus into the Neo4j of
// NEO4J_URI (holding the Neo4j test lock), serves it with dipgraph's API
// handler and with tools/neo4j-graphql, and checks that both answer every
// variable set of the three analyst queries alike. It needs node and the
// tool's node_modules (npm ci in tools/neo4j-graphql).
func TestNeo4jGraphQLSameAnswers(t *testing.T) {
	if testing.Short() {
		t.Skip("loads a corpus and starts a Node.js server")
	}
	uri := os.Getenv("NEO4J_URI")
	ci := os.Getenv("CI") == "true"
	if uri == "" {
		if ci {
			t.Fatal("NEO4J_URI is not set in CI")
		}
		t.Skip("NEO4J_URI not set")
	}
	repo, err := findRepo(".")
	if err != nil {
		t.Fatal(err)
	}
	if !ngqlInstalled(filepath.Join(repo, "tools", "neo4j-graphql")) {
		if ci {
			t.Fatal("tools/neo4j-graphql has no node_modules in CI (npm ci runs before the tests)")
		}
		t.Skip("tools/neo4j-graphql has no node_modules (npm ci there)")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	tool, err := prepareNGQL(ctx, repo, t.TempDir(), false)
	if err != nil {
		t.Fatal(err)
	}

	storetest.LockNeo4j(t)
	neo := Neo4jConfig{URI: uri, User: os.Getenv("NEO4J_USERNAME"), Password: os.Getenv("NEO4J_PASSWORD"), Database: os.Getenv("NEO4J_DATABASE")}
	if err := wipeNeo4j(ctx, neo); err != nil {
		t.Fatal(err)
	}
	store, err := neo4j.Open(ctx, neo4j.Config{URI: neo.URI, Username: neo.User, Password: neo.Password, Database: neo.Database})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close(context.Background())
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	const reports = 400
	var docs []graph.Document
	for i := range reports {
		l := corpusgen.Make(i, 1, corpusgen.Options{})
		docs = append(docs, build.Documents(x.Extract(l.Text, extract.Options{}))...)
	}
	if _, err := store.Ingest(ctx, docs); err != nil {
		t.Fatalf("ingest: %v", err)
	}

	dip := httptest.NewServer(httpapi.New(store, httpapi.Config{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}))
	defer dip.Close()
	lib, err := tool.start(ctx, neo, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Stop()

	n, nonEmpty, diffs, err := sameAnswers(ctx, dip.URL+"/query", lib.URL+"/graphql", tool)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range diffs {
		t.Errorf("different answers: %s", d)
	}
	// Every variable set of the three queries, and enough of them with
	// meetings or a leader that the comparison is not of empty answers.
	if n != 16+16+12 || nonEmpty < n/2 {
		t.Errorf("compared %d answers, %d non-empty; want 44, at least half non-empty", n, nonEmpty)
	}
	t.Logf("@neo4j/graphql %s: %d answers compared, %d non-empty, %d differ", tool.Version, n, nonEmpty, len(diffs))
}
