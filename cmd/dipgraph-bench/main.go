// Command dipgraph-bench runs the benchmark harness (internal/bench) and
// writes docs/BENCHMARKS.md; `make bench` runs it. It is a command of its
// own so that the product binary, dipgraph, does not carry the harness
// (process spawning, a Neo4j launcher, node): the harness builds dipgraph
// and dipgraph-load from the repository and measures them as child
// processes.
//
//	go run ./cmd/dipgraph-bench [--out docs/BENCHMARKS.md] [--quick] [flags]
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/dipgraph/dipgraph/internal/bench"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	m := NewMain()
	code := m.Main(ctx, os.Args[1:])
	stop()
	os.Exit(code)
}

// Main is the program: ParseFlags reads the command line into Config, Run
// measures. Tests drive it with their own streams and environment.
type Main struct {
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string

	// Config is what Run hands to bench.Run.
	Config bench.Config
	// run is the harness; bench.Run unless a test replaces it.
	run func(ctx context.Context, cfg bench.Config, w io.Writer) error
}

// exitError carries an exit code without a further message.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

// NewMain returns a Main on the process's streams and environment.
func NewMain() *Main {
	return &Main{Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv, run: bench.Run}
}

// Main runs the whole program and returns the exit code.
func (m *Main) Main(ctx context.Context, args []string) int {
	err := m.ParseFlags(args)
	if err == nil {
		err = m.Run(ctx)
	}
	var ee exitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		return ee.code
	default:
		fmt.Fprintln(m.Stderr, "dipgraph-bench:", err)
		return 1
	}
}

// ParseFlags reads the command line into m.Config. The command takes no
// positional arguments.
func (m *Main) ParseFlags(args []string) error {
	c := &m.Config
	var neo4jURI, memSizes string
	fs := flag.NewFlagSet("dipgraph-bench", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), "usage: dipgraph-bench [flags]   (what `make bench` runs; writes docs/BENCHMARKS.md)\n\n")
		fs.PrintDefaults()
	}
	fs.StringVar(&c.Out, "out", "", "markdown file to write (default docs/BENCHMARKS.md; - for none)")
	fs.BoolVar(&c.Quick, "quick", false, "tiny sizes and short runs: a smoke test")
	fs.IntVar(&c.Reports, "reports", 0, "generated reports for extraction, ingest and GraphQL (default 10,000)")
	fs.IntVar(&c.Runs, "runs", 0, "runs per figure, the median is reported (default 5)")
	fs.Int64Var(&c.Seed, "seed", 0, "corpus generator seed (default 1)")
	fs.StringVar(&memSizes, "mem-sizes", "", "comma-separated embedded-store sizes to weigh (default 10000,100000)")
	fs.DurationVar(&c.LoadDuration, "load-duration", 0, "duration of each GraphQL load run (default 5s)")
	fs.DurationVar(&c.SoakDuration, "soak", 0, "duration of the soak with concurrent ingest (default 60s)")
	fs.BoolVar(&c.SkipGSE, "no-gse", false, "leave out the comparison with gse's full dictionary")
	fs.StringVar(&neo4jURI, "neo4j", "", "a scratch Neo4j to measure (EMPTIED; credentials from NEO4J_USERNAME/NEO4J_PASSWORD/NEO4J_DATABASE); default: a private one started with scripts/neo4j")
	fs.StringVar(&c.Neo4j.About, "neo4j-about", "", "what the Neo4j server is, for the report")
	fs.BoolVar(&c.NoNeo4j, "no-neo4j", false, "leave Neo4j out")
	fs.BoolVar(&c.NoNGQL, "no-neo4j-graphql", false, "leave out the Neo4j GraphQL Library (tools/neo4j-graphql, needs node and npm) on the same Neo4j")
	fs.StringVar(&c.WorkDir, "work", "", "folder for corpora and binaries (default a temporary one, removed after)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitError{0} // the flag package printed the usage
		}
		return exitError{2} // the flag package printed the error and usage
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("no arguments expected (got %q)", fs.Args())
	}
	if neo4jURI != "" {
		c.Neo4j.URI, c.Neo4j.User = neo4jURI, m.env("NEO4J_USERNAME")
		c.Neo4j.Password, c.Neo4j.Database = m.env("NEO4J_PASSWORD"), m.env("NEO4J_DATABASE")
	}
	for _, f := range strings.Split(memSizes, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		n, err := strconv.Atoi(f)
		if err != nil || n < 1 {
			return fmt.Errorf("--mem-sizes: %q is not a positive number", f)
		}
		c.MemSizes = append(c.MemSizes, n)
	}
	return nil
}

// Run measures with m.Config and logs progress to m.Stderr.
func (m *Main) Run(ctx context.Context) error {
	run := m.run
	if run == nil {
		run = bench.Run
	}
	start := time.Now()
	if err := run(ctx, m.Config, m.Stderr); err != nil {
		return err
	}
	fmt.Fprintf(m.Stderr, "dipgraph-bench: done in %v\n", time.Since(start).Round(time.Second))
	return nil
}

// env reads an environment variable through m.Getenv.
func (m *Main) env(key string) string {
	if m.Getenv == nil {
		return ""
	}
	return m.Getenv(key)
}
