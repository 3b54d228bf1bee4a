// Package bench measures dipgraph end to end and writes the results table
// docs/BENCHMARKS.md: extraction throughput on one core against gse with
// its full dictionary doing part-of-speech tagging, cold start and peak
// memory of `dipgraph extract`, ingest rates (Neo4j batched against one
// statement per fact), the embedded store's memory at 10,000 and 100,000
// reports, GraphQL latency and throughput under 32 concurrent clients from
// a second process (cmd/dipgraph-load) on both stores, and the reliability
// soak (queries under load with a concurrent ingest, nothing lost).
//
// Everything runs on a corpus from internal/corpusgen, so a rerun measures
// the same text. Every figure is a median of several runs, and every ratio
// is of two figures measured side by side in the same run. The built
// binaries run as child processes, so that start-up, peak memory and the
// load generator are each their own process.
package bench

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/dipgraph/dipgraph/internal/corpusgen"
)

// Neo4jConfig says where a Neo4j to measure is. The benchmark deletes
// every node of that database before it loads the corpus: give it a
// scratch database, never one that holds data to keep.
type Neo4jConfig struct {
	URI, User, Password, Database string
	// About describes the server for the report (version, memory).
	About string
}

// Config of a benchmark run. Zero fields take the defaults of the full run
// (or of the quick run when Quick is set).
type Config struct {
	// Out is the markdown file to write (docs/BENCHMARKS.md by default,
	// relative to the repository); "-" writes nowhere but w.
	Out string
	// Quick runs tiny sizes and short durations: a smoke test for CI.
	Quick bool
	// Repo is the module root to build the binaries from; found from the
	// working directory when empty.
	Repo string
	// WorkDir holds corpora and binaries; a temporary folder (removed at
	// the end) when empty.
	WorkDir string

	Seed     int64 // corpus seed (default 1)
	Reports  int   // corpus for extraction, ingest and GraphQL (default 10,000)
	MemSizes []int // embedded-store sizes to weigh (default 10,000 and 100,000)
	// PerFactReports is the sample for Neo4j's one-statement-per-fact
	// ingest, which is too slow for the whole corpus (default 200).
	PerFactReports int
	Runs           int // runs per figure; the median is reported (default 5)
	ColdStartRuns  int // default 11
	// XputBytes is how much corpus text the throughput runs process
	// (default 4 MB: both engines on the same text).
	XputBytes int64
	// SkipGSE leaves out gse (always left out in quick mode: loading its
	// full dictionary alone takes seconds and hundreds of MB).
	SkipGSE      bool
	LoadClients  int           // default 32
	LoadDuration time.Duration // per run and query (default 5 s)
	SoakDuration time.Duration // default 60 s
	ServeTimeout time.Duration // how long a server may take to load its corpus (default 15 min)

	// Neo4j is the server to measure. With no URI the harness starts a
	// private one with scripts/neo4j (own store, free port), unless
	// NoNeo4j or Quick; it never takes NEO4J_URI from the environment by
	// itself, since it empties the database it measures.
	Neo4j   Neo4jConfig
	NoNeo4j bool
	// NoNGQL leaves out the Neo4j GraphQL Library (tools/neo4j-graphql)
	// on the same Neo4j. It is measured, after `npm ci` in its folder,
	// when Neo4j is and node and npm are installed; never in quick mode.
	NoNGQL bool

	// Bin and LoadBin are prebuilt dipgraph and dipgraph-load binaries;
	// built from Repo when empty.
	Bin, LoadBin string
	// Command is how the reader reruns this; printed in the document.
	Command string
}

func (c *Config) defaults() {
	set := func(p *int, full, quick int) {
		if *p == 0 {
			*p = full
			if c.Quick {
				*p = quick
			}
		}
	}
	setD := func(p *time.Duration, full, quick time.Duration) {
		if *p == 0 {
			*p = full
			if c.Quick {
				*p = quick
			}
		}
	}
	if c.Seed == 0 {
		c.Seed = 1
	}
	set(&c.Reports, 10_000, 200)
	if len(c.MemSizes) == 0 {
		c.MemSizes = []int{10_000, 100_000}
		if c.Quick {
			c.MemSizes = []int{200, 1_000}
		}
	}
	set(&c.PerFactReports, 200, 30)
	set(&c.Runs, 5, 1)
	set(&c.ColdStartRuns, 11, 3)
	set(&c.LoadClients, 32, 8)
	if c.XputBytes == 0 {
		c.XputBytes = 4_000_000
		if c.Quick {
			c.XputBytes = 200_000
		}
	}
	if c.Quick {
		c.SkipGSE = true
	}
	setD(&c.LoadDuration, 5*time.Second, time.Second)
	setD(&c.SoakDuration, 60*time.Second, 2*time.Second)
	setD(&c.ServeTimeout, 15*time.Minute, 2*time.Minute)
	if c.Command == "" {
		c.Command = "make bench   # or: go run ./cmd/dipgraph-bench"
		if c.Quick {
			c.Command = "go run ./cmd/dipgraph-bench --quick"
		}
	}
}

// Run measures everything, logs progress to w and writes the table to
// cfg.Out. A measurement that fails is reported in the table with its
// reason and the run goes on; Run fails only when nothing can be measured
// or the table cannot be written.
func Run(ctx context.Context, cfg Config, w io.Writer) error {
	_, err := run(ctx, cfg, w)
	return err
}

func run(ctx context.Context, cfg Config, w io.Writer) (*Report, error) {
	cfg.defaults()
	if cfg.Repo == "" {
		wd, err := os.Getwd()
		if err != nil {
			return nil, fmt.Errorf("bench: working directory: %w", err)
		}
		repo, err := findRepo(wd)
		if err != nil {
			return nil, fmt.Errorf("bench: find the repository (run from inside it or set Repo): %w", err)
		}
		cfg.Repo = repo
	}
	if cfg.WorkDir == "" {
		d, err := os.MkdirTemp("", "dipgraph-bench-")
		if err != nil {
			return nil, fmt.Errorf("bench: scratch folder: %w", err)
		}
		defer os.RemoveAll(d)
		cfg.WorkDir = d
	}
	r := &runner{cfg: cfg, log: w, started: time.Now()}
	r.rep.Machine = readMachine(ctx, cfg.Repo)
	r.rep.Config = cfg
	r.logf("bench: %s", r.rep.Machine)
	r.steps(ctx)
	r.rep.Took = time.Since(r.started)
	r.rep.Machine.LoadEnd = loadAvg()
	if err := ctx.Err(); err != nil {
		return &r.rep, fmt.Errorf("bench: %w", err)
	}
	md := r.rep.Markdown()
	if cfg.Out != "-" {
		out := cfg.Out
		if out == "" {
			out = filepath.Join(cfg.Repo, "docs", "BENCHMARKS.md")
		}
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			return &r.rep, fmt.Errorf("bench: %w", err)
		}
		if err := os.WriteFile(out, []byte(md), 0o644); err != nil {
			return &r.rep, fmt.Errorf("bench: write %s: %w", out, err)
		}
		r.logf("bench: wrote %s in %v", out, r.rep.Took.Round(time.Second))
	} else {
		fmt.Fprint(w, md)
	}
	if r.rep.measured == 0 {
		return &r.rep, errors.New("bench: nothing could be measured (see the table)")
	}
	return &r.rep, nil
}

// runner carries one run's state.
type runner struct {
	cfg     Config
	log     io.Writer
	started time.Time
	rep     Report

	bin, loadBin string
	corpus       string // folder of the Reports-sized corpus
	corpusBytes  int64
}

func (r *runner) logf(format string, args ...any) {
	fmt.Fprintf(r.log, "[%5.0fs] ", time.Since(r.started).Seconds())
	fmt.Fprintf(r.log, format+"\n", args...)
}

// note records a figure that could not be measured and why.
func (r *runner) note(what string, err error) {
	r.logf("bench: %s: not measured: %v", what, err)
	r.rep.Notes = append(r.rep.Notes, fmt.Sprintf("%s: not measured: %v", what, err))
}

func (r *runner) steps(ctx context.Context) {
	r.build(ctx)
	if r.cfg.Neo4j.URI == "" && !r.cfg.NoNeo4j && !r.cfg.Quick {
		r.logf("bench: starting a private Neo4j (scripts/neo4j)")
		p, neo, err := startPrivateNeo4j(ctx, r.cfg.Repo, r.cfg.WorkDir)
		if err != nil {
			r.note("Neo4j", err)
		} else {
			defer p.stop()
			r.cfg.Neo4j = neo
			r.rep.Config.Neo4j = neo
			r.logf("bench: Neo4j at %s", neo.URI)
		}
	}
	if err := r.writeCorpus(r.cfg.Reports); err != nil {
		r.note("corpus", err)
		return
	}
	if ctx.Err() == nil {
		r.extraction(ctx)
	}
	if ctx.Err() == nil {
		r.coldStart(ctx)
	}
	if ctx.Err() == nil {
		r.embeddedIngest(ctx)
	}
	if ctx.Err() == nil {
		r.embedded(ctx)
	}
	if ctx.Err() == nil {
		r.neo4j(ctx)
	}
}

// build builds dipgraph and dipgraph-load unless given; a binary that
// fails to build is left "" and the measurements that need it are noted.
func (r *runner) build(ctx context.Context) {
	r.bin, r.loadBin = r.cfg.Bin, r.cfg.LoadBin
	binDir := filepath.Join(r.cfg.WorkDir, "bin")
	for _, b := range []struct {
		dst *string
		pkg string
	}{{&r.bin, "./cmd/dipgraph"}, {&r.loadBin, "./cmd/dipgraph-load"}} {
		if *b.dst != "" {
			continue
		}
		r.logf("bench: building %s", b.pkg)
		out := filepath.Join(binDir, filepath.Base(b.pkg))
		if err := goBuild(ctx, r.cfg.Repo, b.pkg, out); err != nil {
			r.note("measurements that run "+filepath.Base(b.pkg), err)
			continue
		}
		*b.dst = out
	}
}

// corpusDir is the folder of the n-report corpus.
func (r *runner) corpusDir(n int) string {
	return filepath.Join(r.cfg.WorkDir, fmt.Sprintf("corpus-%d", n))
}

// writeCorpus writes the n-report corpus unless it is there already.
func (r *runner) writeCorpus(n int) error {
	dir := r.corpusDir(n)
	if _, err := os.Stat(filepath.Join(dir, corpusgen.GoldFile)); err == nil {
		return nil
	}
	t0 := time.Now()
	st, err := corpusgen.WriteDir(dir, n, r.cfg.Seed, corpusgen.Options{Layout: corpusgen.LayoutMixed}, true)
	if err != nil {
		return err
	}
	if n == r.cfg.Reports {
		r.corpus, r.corpusBytes = dir, st.Bytes
		r.rep.CorpusReports, r.rep.CorpusBytes = n, st.Bytes
	}
	r.logf("bench: wrote %d reports (%.1f MB) in %v", st.Files, float64(st.Bytes)/1e6, time.Since(t0).Round(time.Millisecond))
	return nil
}
