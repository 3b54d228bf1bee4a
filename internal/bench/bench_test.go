package bench

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/internal/loadtest"
)

// TestMarkdown renders a report with known figures and checks the ratios,
// targets and sections that the document states.
func TestMarkdown(t *testing.T) {
	rep := Report{
		Machine:       Machine{CPU: "Test CPU", Cores: 2, MemGiB: 24, OS: "linux/amd64", Go: "go1.26", Commit: "abc123"},
		Config:        Config{Seed: 1, LoadClients: 32, Command: "make bench"},
		CorpusReports: 10000, CorpusBytes: 9_000_000,
		Extraction: []EngineRow{
			{Engine: "ours", MBps: 12, Runs: 5, Bytes: 4_000_000, Startup: 20 * time.Millisecond, PeakRSSMB: 40},
			{Engine: "gse", MBps: 3, Runs: 5, Bytes: 4_000_000, Startup: 2 * time.Second, PeakRSSMB: 400},
		},
		ColdStart: ColdStartRow{File: "000_seed.txt", Runs: 11, Median: 120 * time.Millisecond, Min: 100 * time.Millisecond, Max: 200 * time.Millisecond, PeakRSSMB: 60, Articles: 9, Meetings: 8},
		Ingest: []IngestRow{
			{Store: "Neo4j", Mode: "batched", Articles: 10000, Runs: 3, Wall: 10 * time.Second, StoreOnly: true},
			{Store: "Neo4j", Mode: "per fact", Articles: 500, Runs: 3, Wall: 20 * time.Second, StoreOnly: true, PerFact: true},
		},
		Memory:      []MemRow{{Reports: 10000, Load: 3 * time.Second, PeakRSSMB: 120, RSSMB: 100}},
		StoreMemory: []StoreMemRow{{Reports: 100000, Articles: 100000, Meetings: 95000, HeapMB: 800, PeakRSSMB: 1100, IngestS: 40, ExtractS: 70}},
		Load: []LoadRow{
			{Store: "embedded", Query: "filtered meeting page", Runs: 5, Clients: 32, Duration: 5 * time.Second, P50ms: 2, P99ms: 9, RPS: 5000, ClientCores: 0.5, SingleP50ms: 0.7},
			{Store: "Neo4j", Query: "filtered meeting page", Runs: 5, Clients: 32, Duration: 5 * time.Second, P50ms: 30, P99ms: 150, RPS: 300},
		},
		Soak: []SoakRow{{Store: "embedded", Clients: 32, Duration: time.Minute, Result: loadtest.SoakResult{
			Load: loadtest.Result{Requests: 100000, P99ms: 12}, IngestsAccepted: 300, MeetingsChecked: 300}}},
		Sanity:   []KindF1{{Kind: "meetings", Gold: 10, Got: 10, Precision: 1, Recall: 1, F1: 1}},
		Notes:    []string{"gse: not measured"},
		ServedBy: "dipgraph serve",
	}
	md := rep.Markdown()
	for _, want := range []string{
		"# Benchmarks", "make bench", "Test CPU, 2 cores, 24 GiB RAM", "commit `abc123`",
		"**4.0×** gse's throughput", "starts 100.0× faster", // 12/3 and 2 s / 20 ms
		"at least 10 MB/s on one core — met: yes",
		"median **120 ms**", "under 300 ms — yes",
		"Batched is **40.0×** one statement per fact", // (10000/10) / (500/20)
		"at least 20× one statement per fact — yes; over 500 articles/s — yes",
		"| embedded | filtered meeting page | 2.00 ms | 9.00 ms | 5000 |", "< 20 ms: yes", "0.50 cores | 0.70 ms |",
		"| Neo4j | filtered meeting page | 30.00 ms | 150.00 ms | 300 |", "< 100 ms: **no**",
		"no errors, nothing lost", "`dipgraph serve` with the 10000-report corpus", "| 100000 | 100000 | 95000 | 800 MB | 1100 MB | 40.0 s | 70.0 s |", "| meetings | 10 | 10 | 1.000 |", "- gse: not measured",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q", want)
		}
	}
	if strings.Contains(md, "@neo4j/graphql") {
		t.Error("a report without the library's rows mentions it")
	}
	// The library's rows beside dipgraph's Neo4j rows, with the ratios.
	rep.NGQL = []LoadRow{{Store: NGQLStore, Query: "filtered meeting page", Runs: 5, Clients: 32, P50ms: 60, P99ms: 300, RPS: 100, SingleP50ms: 10}}
	rep.NGQLCheck = &NGQLCheck{Version: "7.6.3", Compared: 44, NonEmpty: 40}
	md = rep.Markdown()
	for _, want := range []string{
		"`@neo4j/graphql` 7.6.3", "44 answers, 40 with meetings or a leader", "all equal",
		"| filtered meeting page | dipgraph | 30.00 ms | 150.00 ms | 300 |", "| filtered meeting page | @neo4j/graphql | 60.00 ms | 300.00 ms | 100 |",
		"filtered meeting page: dipgraph ÷ @neo4j/graphql p50/p99/req/s = **0.50× / 0.50× / 3.00×**",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q", want)
		}
	}
	// With Neo4j also measured without the result cache, that row has
	// Neo4j's target and is the one compared with the library (which
	// keeps no answers).
	rep.Load = append(rep.Load, LoadRow{Store: StoreNeo4jUncached, Query: "filtered meeting page", Runs: 5, Clients: 32, Duration: 5 * time.Second, P50ms: 40, P99ms: 90, RPS: 250, SingleP50ms: 8})
	md = rep.Markdown()
	for _, want := range []string{
		"| " + StoreNeo4jUncached + " | filtered meeting page | 40.00 ms | 90.00 ms | 250 |", "< 100 ms: yes",
		"| filtered meeting page | dipgraph, result cache off | 40.00 ms | 90.00 ms | 250 |",
		"filtered meeting page: dipgraph ÷ @neo4j/graphql p50/p99/req/s = **0.67× / 0.30× / 2.50×**",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q", want)
		}
	}
	rep.Load = rep.Load[:len(rep.Load)-1]
	rep.NGQLCheck.Diffs = []string{"filtered {}: dipgraph x; @neo4j/graphql y"}
	if md := rep.Markdown(); !strings.Contains(md, "**The answers differ** on 1 of 44") {
		t.Error("differing answers are not reported")
	}
	rep.NGQL, rep.NGQLCheck = nil, nil
	// A soak that lost an ingest says so.
	rep.Soak[0].Result.MeetingsLost = 1
	rep.Soak[0].Result.LostIDs = []string{"m1"}
	if md := rep.Markdown(); !strings.Contains(md, "**failed**") || !strings.Contains(md, "lost meetings: m1") {
		t.Error("a soak with a lost ingest is not reported as failed")
	}
}

func TestDefaults(t *testing.T) {
	var full, quick Config
	full.defaults()
	quick.Quick = true
	quick.defaults()
	if full.Reports != 10000 || full.MemSizes[1] != 100000 || full.LoadClients != 32 || full.SoakDuration != time.Minute || full.SkipGSE {
		t.Errorf("full defaults: %+v", full)
	}
	if quick.Reports >= 1000 || quick.SoakDuration > 5*time.Second || !quick.SkipGSE {
		t.Errorf("quick defaults: %+v", quick)
	}
}

// TestQuickRun runs the whole harness in quick mode on tiny sizes: it
// builds the binaries, generates the corpus, measures and writes the
// table. It needs the Go toolchain and takes a while; -short skips it.
func TestQuickRun(t *testing.T) {
	if testing.Short() {
		t.Skip("builds binaries and starts servers")
	}
	out := filepath.Join(t.TempDir(), "BENCHMARKS.md")
	var log strings.Builder
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	rep, err := run(ctx, Config{Quick: true, Out: out, Neo4j: Neo4jConfig{URI: os.Getenv("DIPGRAPH_BENCH_NEO4J_URI"),
		User: os.Getenv("NEO4J_USERNAME"), Password: os.Getenv("NEO4J_PASSWORD"), Database: os.Getenv("NEO4J_DATABASE")}}, &log)
	if err != nil {
		t.Fatalf("quick run: %v\n%s", err, log.String())
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	md := string(b)
	for _, want := range []string{"# Benchmarks", "quick run", "## Extraction", "## GraphQL under load", "## Reliability soak"} {
		if !strings.Contains(md, want) {
			t.Errorf("table lacks %q", want)
		}
	}
	defer func() {
		if t.Failed() {
			t.Logf("harness log:\n%s", log.String())
		}
	}()
	if len(rep.StoreMemory) < 2 || rep.StoreMemory[1].Articles == 0 {
		t.Errorf("embedded store ingest not measured at both sizes")
	}
	if len(rep.Sanity) == 0 {
		t.Errorf("no sanity score of the extractor")
	}
	if len(rep.Extraction) == 0 || rep.Extraction[0].MBps <= 0 {
		t.Errorf("extraction throughput not measured")
	}
	// The CLI's measurements need the dipgraph command; where the tree has
	// it, it must build and run.
	if _, err := os.Stat(filepath.Join("..", "..", "cmd", "dipgraph", "main.go")); err == nil {
		if rep.ColdStart.Runs == 0 || rep.ColdStart.Meetings == 0 {
			t.Errorf("cold start not measured")
		}
		if rep.ServedBy != "dipgraph serve" {
			t.Errorf("GraphQL served by %q, not dipgraph serve", rep.ServedBy)
		}
	}
	if len(rep.Memory) < 2 {
		t.Errorf("embedded store (serve) not measured at both sizes")
	}
	// The three queries with the result cache on, then off.
	stores := map[string]int{}
	for _, l := range rep.Load {
		stores[l.Store]++
	}
	if len(rep.Load) != 6 || stores["embedded"] != 3 || stores[StoreEmbeddedUncached] != 3 {
		t.Errorf("GraphQL load measured for %v, want 3 queries on each of embedded and %s", stores, StoreEmbeddedUncached)
	}
	for _, l := range rep.Load {
		if l.Requests == 0 || l.Errors != 0 {
			t.Errorf("%s / %s: %d requests, %d errors (%s)", l.Store, l.Query, l.Requests, l.Errors, l.FirstErr)
		}
	}
	if len(rep.Soak) == 0 {
		t.Fatalf("soak not run")
	}
	s := rep.Soak[0].Result
	if s.IngestsAccepted == 0 || s.IngestsFailed != 0 || s.MeetingsLost != 0 || s.Load.Errors != 0 {
		t.Errorf("soak on the embedded store: %+v", s)
	}
}

func TestMedian(t *testing.T) {
	cases := []struct {
		in   []float64
		want float64
	}{{nil, 0}, {[]float64{3}, 3}, {[]float64{5, 1, 3}, 3}, {[]float64{4, 1, 3, 2}, 2.5}}
	for _, c := range cases {
		if got := medianF(c.in); got != c.want {
			t.Errorf("median(%v) = %v, want %v", c.in, got, c.want)
		}
	}
}
