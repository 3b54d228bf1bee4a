// Command dipgraph-load is the benchmark's second process: it sends
// GraphQL load to a running `dipgraph serve` (loopback only), runs the
// reliability soak with a concurrent ingest, and measures extraction
// throughput of one engine in a process of its own (so that its start-up
// and peak memory are its own). Each subcommand prints one JSON object.
//
//	dipgraph-load http  -url URL [-c 32] [-d 10s] [-n 0] -query filtered|country|counterparts [-query-file F]
//	dipgraph-load soak  -url URL [-c 32] [-d 60s] -token T [-seed 1] [-offset 1000000]
//	dipgraph-load xput  -engine ours|gse -dir DIR [-max-bytes N] [-runs 3] [-gold]
//	dipgraph-load ingest -store mem|mem-journal|neo4j [-mode batched|perfact] -dir DIR [-n 0] [-batch 500]
//	dipgraph-load gen   -dir DIR [-n 10000] [-seed 1] [-layout plain|page|mixed] [-gold]
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/dipgraph/dipgraph/internal/corpusgen"
	"github.com/dipgraph/dipgraph/internal/loadtest"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "dipgraph-load:", err)
		}
		os.Exit(1)
	}
}

const usage = `usage: dipgraph-load <command> [flags]

commands:
  http   send one analyst query from concurrent clients for a bounded time
  soak   queries under load with a concurrent ingest; check every ingest is queryable
  xput   extraction throughput of one engine (ours or gse) on a folder of texts
  ingest extract a folder and load it into a store, timing the store alone
  gen    write the deterministic generated corpus (and its gold) into a folder
  serve  stand-in for dipgraph serve (same API handler), used by bench only when dipgraph cannot be built
`

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return errors.New("no command")
	}
	fs := flag.NewFlagSet("dipgraph-load "+args[0], flag.ContinueOnError)
	fs.SetOutput(stderr)
	var out any
	switch args[0] {
	case "http":
		url := fs.String("url", "", "GraphQL endpoint on loopback, e.g. http://127.0.0.1:8080/query")
		c := fs.Int("c", 32, "concurrent clients")
		d := fs.Duration("d", 10*time.Second, "duration")
		n := fs.Int64("n", 0, "at most this many requests (0: no bound but -d)")
		q := fs.String("query", "filtered", "filtered, country or counterparts")
		file := fs.String("query-file", "", "send the GraphQL document in this file instead of the query's own text, with the query's name and variables (another server's API, e.g. tools/neo4j-graphql)")
		if err := fs.Parse(args[1:]); err != nil {
			return err
		}
		query, ok := loadtest.QueryByName(*q)
		if !ok {
			return fmt.Errorf("unknown query %q", *q)
		}
		if *file != "" {
			b, err := os.ReadFile(*file)
			if err != nil {
				return fmt.Errorf("-query-file: %w", err)
			}
			if strings.TrimSpace(string(b)) == "" {
				return fmt.Errorf("-query-file %s is empty", *file)
			}
			query.Query = string(b)
		}
		res, err := loadtest.Run(ctx, loadtest.Config{URL: *url, Clients: *c, Duration: *d, MaxRequests: *n}, query)
		if err != nil {
			return err
		}
		out = res
	case "soak":
		url := fs.String("url", "", "GraphQL endpoint on loopback")
		c := fs.Int("c", 32, "concurrent query clients")
		d := fs.Duration("d", 60*time.Second, "duration")
		token := fs.String("token", os.Getenv("DIPGRAPH_INGEST_TOKEN"), "ingest bearer token")
		seed := fs.Int64("seed", 1, "corpus seed of the ingested reports")
		offset := fs.Int("offset", 1_000_000, "index of the first ingested report (past the served corpus)")
		pause := fs.Duration("pause", 0, "pause between two ingests")
		if err := fs.Parse(args[1:]); err != nil {
			return err
		}
		res, err := loadtest.Soak(ctx, loadtest.SoakConfig{
			Config:      loadtest.Config{URL: *url, Clients: *c, Duration: *d},
			Queries:     loadtest.AnalystQueries(),
			Token:       *token,
			Texts:       soakTexts(*seed, *offset),
			IngestPause: *pause,
		})
		if err != nil {
			return err
		}
		out = res
	case "xput":
		engine := fs.String("engine", "ours", "ours or gse")
		dir := fs.String("dir", "", "folder of .txt files")
		maxBytes := fs.Int64("max-bytes", 0, "read at most this many bytes of text (0: all)")
		runs := fs.Int("runs", 3, "timed passes over the text")
		gold := fs.Bool("gold", false, "also score the extraction against DIR/gold.json (engine ours)")
		if err := fs.Parse(args[1:]); err != nil {
			return err
		}
		res, err := throughput(ctx, *engine, *dir, *maxBytes, *runs, *gold)
		if err != nil {
			return err
		}
		out = res
	case "ingest":
		store := fs.String("store", "mem", "mem, mem-journal or neo4j")
		mode := fs.String("mode", "batched", "batched or perfact (neo4j)")
		dir := fs.String("dir", "", "folder of .txt files")
		n := fs.Int("n", 0, "first n files only (0: all)")
		batch := fs.Int("batch", 500, "documents per Ingest call")
		if err := fs.Parse(args[1:]); err != nil {
			return err
		}
		res, err := ingestBench(ctx, *store, *mode, *dir, *n, *batch)
		if err != nil {
			return err
		}
		out = res
	case "serve":
		addr := fs.String("addr", "127.0.0.1:8080", "loopback address to listen on")
		corpus := fs.String("corpus", "", "folder of texts to load at start")
		neo := fs.String("neo4j", "", "serve Neo4j (NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE) instead of the embedded store")
		pprofAddr := fs.String("pprof", "", "also serve net/http/pprof on this loopback address (profiling the server under load)")
		cacheBytes := fs.Int("result-cache-bytes", 0, "result cache budget (0: the API's default, negative: off)")
		if err := fs.Parse(args[1:]); err != nil {
			return err
		}
		return serve(ctx, *addr, *corpus, *neo, *pprofAddr, *cacheBytes, stderr)
	case "gen":
		dir := fs.String("dir", "", "output folder")
		n := fs.Int("n", 10000, "number of reports")
		seed := fs.Int64("seed", 1, "corpus seed")
		layout := fs.String("layout", "mixed", "plain, page or mixed")
		gold := fs.Bool("gold", false, "also write gold.json")
		if err := fs.Parse(args[1:]); err != nil {
			return err
		}
		l, ok := map[string]corpusgen.Layout{"plain": corpusgen.LayoutPlain, "page": corpusgen.LayoutPage, "mixed": corpusgen.LayoutMixed}[*layout]
		if !ok || *dir == "" {
			return fmt.Errorf("gen needs -dir and a layout of plain, page or mixed")
		}
		st, err := corpusgen.WriteDir(*dir, *n, *seed, corpusgen.Options{Layout: l}, *gold)
		if err != nil {
			return err
		}
		out = st
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	default:
		fmt.Fprint(stderr, usage)
		return fmt.Errorf("unknown command %q", args[0])
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// soakTexts yields generated reports past the served corpus, skipping the
// ones that report no meeting (their ingest could not be looked up).
func soakTexts(seed int64, offset int) func(int) (loadtest.Text, bool) {
	next := offset
	return func(int) (loadtest.Text, bool) {
		for {
			l := corpusgen.Make(next, seed, corpusgen.Options{})
			next++
			if len(l.Gold.Meetings) > 0 {
				return loadtest.Text{Text: l.Text}, true
			}
		}
	}
}
