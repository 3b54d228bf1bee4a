package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/dipgraph/dipgraph/graph/storetest"
	"github.com/dipgraph/dipgraph/internal/testenv"
)

// errCode is extensions.code of the first error of a GraphQL answer.
func errCode(ans map[string]any) string {
	errs, _ := ans["errors"].([]any)
	if len(errs) == 0 {
		return ""
	}
	e, _ := errs[0].(map[string]any)
	ext, _ := e["extensions"].(map[string]any)
	c, _ := ext["code"].(string)
	return c
}

// TestFaultNeo4jRestartUnderServe stops Neo4j under a running `dipgraph
// serve`: queries, /healthz and the ingest mutation answer with
// SERVICE_UNAVAILABLE and no internals; once Neo4j is back, the same
// process answers again with the same graph (the driver reconnects), and
// an ingest refused during the outage is accepted. It restarts the server,
// so it runs only with DIPGRAPH_FAULT_TESTS=1.
func TestFaultNeo4jRestartUnderServe(t *testing.T) {
	if !testenv.FaultTests() {
		t.Skip("restarts the Neo4j server: set DIPGRAPH_FAULT_TESTS=1")
	}
	cfg := testenv.Neo4j(t)
	storetest.LockNeo4j(t)
	drv, _ := testenv.Neo4jDriver(t)
	testenv.CleanNeo4j(t, drv, cfg.Database)
	env := map[string]string{"NEO4J_URI": cfg.URI, "NEO4J_USERNAME": cfg.User, "NEO4J_PASSWORD": cfg.Password,
		"NEO4J_DATABASE": cfg.Database, "DIPGRAPH_INGEST_TOKEN": "tok"}
	url, stop := serve(t, env, "--corpus", reports)
	defer stop()

	const q = `{ meetings(first: 5) { totalCount edges { node { id participants { leader { name } } } } } }`
	before := gqlPost(t, url, "", q)
	n := totalCount(t, before)
	if n == 0 {
		t.Fatalf("no meetings loaded: %v", before)
	}
	const mut = `mutation { ingest(text: "新华社北京3月5日电 国家主席习近平5日在人民大会堂会见法国总统马克龙。", date: "2024-03-05") { created unchanged } }`

	testenv.Neo4jCtl(t, "stop")
	restarted := false
	defer func() {
		if !restarted {
			testenv.Neo4jCtl(t, "start")
		}
	}()
	ans := gqlPost(t, url, "", q)
	if c := errCode(ans); c != "SERVICE_UNAVAILABLE" {
		t.Errorf("query with Neo4j down: code %q, want SERVICE_UNAVAILABLE: %v", c, ans)
	}
	if s := strings.ToLower(mustJSON(ans)); strings.Contains(s, "bolt") || strings.Contains(s, "cypher") || strings.Contains(s, "connectivityerror") || strings.Contains(s, ".go:") {
		t.Errorf("the error leaks internals: %s", mustJSON(ans))
	}
	if c := errCode(gqlPost(t, url, "tok", mut)); c != "SERVICE_UNAVAILABLE" {
		t.Errorf("ingest with Neo4j down: code %q", c)
	}
	resp, err := http.Get(url + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("/healthz with Neo4j down: %d", resp.StatusCode)
	}

	if u := testenv.ExportedURI(testenv.Neo4jCtl(t, "start")); u != "" && u != cfg.URI {
		t.Fatalf("Neo4j came back at %s, not %s", u, cfg.URI)
	}
	restarted = true
	deadline := time.Now().Add(2 * time.Minute)
	var after map[string]any
	for {
		after = gqlPost(t, url, "", q)
		if after["errors"] == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("dipgraph serve did not recover within 2 minutes: %v", after)
		}
		time.Sleep(500 * time.Millisecond)
	}
	if mustJSON(after) != mustJSON(before) {
		t.Errorf("the graph changed across the restart:\n%s\n%s", mustJSON(before), mustJSON(after))
	}
	var res struct {
		Data struct {
			Ingest struct{ Created, Unchanged int }
		}
	}
	b, _ := json.Marshal(gqlPost(t, url, "tok", mut))
	json.Unmarshal(b, &res)
	if res.Data.Ingest.Created != 1 {
		t.Errorf("ingest after recovery: %s", b)
	}
	if n2 := totalCount(t, gqlPost(t, url, "", q)); n2 != n+1 {
		t.Errorf("meetings after the ingest: %d, want %d", n2, n+1)
	}
}

// TestFaultNeo4jStoppedForGoodDuringIngest stops Neo4j in the middle of
// `dipgraph ingest` of 3,000 files and does not start it again while
// ingest runs: ingest must exit non-zero within 30 s, saying it cannot
// reach Neo4j. It stops the server, so it runs only with
// DIPGRAPH_FAULT_TESTS=1.
func TestFaultNeo4jStoppedForGoodDuringIngest(t *testing.T) {
	if !testenv.FaultTests() {
		t.Skip("stops the Neo4j server: set DIPGRAPH_FAULT_TESTS=1")
	}
	cfg := testenv.Neo4j(t)
	storetest.LockNeo4j(t)
	drv, _ := testenv.Neo4jDriver(t)
	testenv.CleanNeo4j(t, drv, cfg.Database)
	dir := manyReports(t, 3000)
	env := map[string]string{"NEO4J_URI": cfg.URI, "NEO4J_USERNAME": cfg.User, "NEO4J_PASSWORD": cfg.Password,
		"NEO4J_DATABASE": cfg.Database}

	type result struct {
		code           int
		stdout, stderr string
	}
	done := make(chan result, 1)
	go func() {
		code, stdout, stderr := run(t, env, "", "ingest", "--batch", "20", "--progress", "never", dir)
		done <- result{code, stdout, stderr}
	}()
	// Stop the server once some articles are in.
	ctx := context.Background()
	for {
		select {
		case r := <-done:
			t.Fatalf("ingest ended before the server was stopped: exit %d %s %s", r.code, r.stdout, r.stderr)
		case <-time.After(200 * time.Millisecond):
		}
		recs, err := neo4jdrv.ExecuteQuery(ctx, drv, "MATCH (a:Article) RETURN count(a) AS n", nil,
			neo4jdrv.EagerResultTransformer, neo4jdrv.ExecuteQueryWithDatabase(cfg.Database))
		if err == nil && len(recs.Records) == 1 {
			if n, _ := recs.Records[0].Get("n"); n.(int64) >= 200 {
				break
			}
		}
	}
	testenv.Neo4jCtl(t, "stop")
	defer testenv.Neo4jCtl(t, "start")
	stopped := time.Now()
	select {
	case r := <-done:
		t.Logf("exit %d %v after the stop: %s", r.code, time.Since(stopped), strings.TrimSpace(r.stderr))
		if r.code == 0 {
			t.Errorf("exit 0 with Neo4j stopped: %s", r.stdout)
		}
		if !strings.Contains(r.stderr, "Neo4j at") {
			t.Errorf("the message does not name the store: %q", r.stderr)
		}
	case <-time.After(30 * time.Second):
		t.Fatalf("ingest still running 30 s after Neo4j stopped for good")
	}
}

// manyReports writes n distinct text files (the labelled reports, each
// copy with a line of its own) in a new folder.
func manyReports(t *testing.T, n int) string {
	t.Helper()
	src, err := filepath.Glob(filepath.Join(reports, "*.txt"))
	if err != nil || len(src) == 0 {
		t.Fatalf("no reports: %v", err)
	}
	dir := t.TempDir()
	var texts [][]byte
	for _, p := range src {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if utf8.Valid(b) { // a line is added in UTF-8
			texts = append(texts, b)
		}
	}
	for i := range n {
		b := slices.Clone(texts[i%len(texts)])
		b = fmt.Appendf(b, "\n（副本%d）\n", i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("r%04d.txt", i)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}
