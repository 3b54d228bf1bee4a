package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/dipgraph/dipgraph/internal/bench"
)

// benchCmd runs the benchmarks and writes docs/BENCHMARKS.md.
type benchCmd struct {
	cfg      bench.Config
	neo4jURI string
	workDir  string
}

func (c *benchCmd) flags(fs *flag.FlagSet) {
	fs.StringVar(&c.cfg.Out, "out", "", "markdown file to write (default docs/BENCHMARKS.md; - for none)")
	fs.BoolVar(&c.cfg.Quick, "quick", false, "tiny sizes and short runs: a smoke test")
	fs.IntVar(&c.cfg.Reports, "reports", 0, "generated reports for extraction, ingest and GraphQL (default 10,000)")
	fs.IntVar(&c.cfg.Runs, "runs", 0, "runs per figure, the median is reported (default 5)")
	fs.Int64Var(&c.cfg.Seed, "seed", 0, "corpus generator seed (default 1)")
	fs.DurationVar(&c.cfg.LoadDuration, "load-duration", 0, "duration of each GraphQL load run (default 5s)")
	fs.DurationVar(&c.cfg.SoakDuration, "soak", 0, "duration of the soak with concurrent ingest (default 60s)")
	fs.BoolVar(&c.cfg.SkipGSE, "no-gse", false, "leave out the comparison with gse's full dictionary")
	fs.StringVar(&c.neo4jURI, "neo4j", "", "a scratch Neo4j to measure (EMPTIED; credentials from NEO4J_USERNAME/NEO4J_PASSWORD/NEO4J_DATABASE); default: a private one started with scripts/neo4j")
	fs.BoolVar(&c.cfg.NoNeo4j, "no-neo4j", false, "leave Neo4j out")
	fs.BoolVar(&c.cfg.NoNGQL, "no-neo4j-graphql", false, "leave out the Neo4j GraphQL Library (tools/neo4j-graphql, needs node and npm) on the same Neo4j")
	fs.StringVar(&c.workDir, "work", "", "folder for corpora and binaries (default a temporary one, removed after)")
}

func (c *benchCmd) run(ctx context.Context, m *Main, args []string) error {
	if len(args) > 0 {
		return fmt.Errorf("bench takes no arguments (got %q)", args)
	}
	cfg := c.cfg
	cfg.WorkDir = c.workDir
	if c.neo4jURI != "" {
		cfg.Neo4j = bench.Neo4jConfig{URI: c.neo4jURI, User: m.env("NEO4J_USERNAME"),
			Password: m.env("NEO4J_PASSWORD"), Database: m.env("NEO4J_DATABASE")}
	}
	if exe, err := os.Executable(); err == nil {
		cfg.Bin = exe
	}
	start := time.Now()
	if err := bench.Run(ctx, cfg, m.Stderr); err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	fmt.Fprintf(m.Stderr, "bench: done in %v\n", time.Since(start).Round(time.Second))
	return nil
}
