package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"runtime/debug"
	"strings"
	"time"

	"github.com/dipgraph/dipgraph/extract"
	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/build"
	"github.com/dipgraph/dipgraph/graph/gql"
	"github.com/dipgraph/dipgraph/graph/httpapi"
	"github.com/dipgraph/dipgraph/graph/neo4j"
	"github.com/dipgraph/dipgraph/internal/sample"
)

// serveCmd serves the GraphQL API, its IDE and the dashboard.
type serveCmd struct {
	store       storeFlags
	addr        string
	corpus      string
	sample      bool
	date        string
	token       string
	cors        string
	logLevel    string
	timeout     time.Duration
	maxBody     int64
	complexity  int
	depth       int
	shutdownFor time.Duration
	review      float64
	cacheBytes  int
	gcPercent   int
	memLimitMiB int64
}

func (c *serveCmd) flags(fs *flag.FlagSet) {
	c.store.register(fs)
	fs.StringVar(&c.addr, "addr", ":8080", "listen address")
	fs.StringVar(&c.corpus, "corpus", "", "folder (or file) of reports to extract and load at start")
	fs.BoolVar(&c.sample, "sample", true, "without --corpus, load the bundled sample corpus when the store holds no article")
	fs.StringVar(&c.date, "date", "", "publication date YYYY-MM-DD for corpus texts that do not give their year")
	fs.StringVar(&c.token, "ingest-token", "", "bearer token the ingest mutation needs (default $DIPGRAPH_INGEST_TOKEN; none: ingest refused)")
	fs.StringVar(&c.cors, "cors-origin", "", "comma-separated origins allowed to call /query from a browser (* for any)")
	fs.StringVar(&c.logLevel, "log-level", "info", "debug, info, warn or error")
	fs.DurationVar(&c.timeout, "timeout", 10*time.Second, "time limit of one request")
	fs.Int64Var(&c.maxBody, "max-body", 1<<20, "request body limit in bytes")
	fs.IntVar(&c.complexity, "max-complexity", 10000, "query complexity limit")
	fs.IntVar(&c.depth, "max-depth", 15, "query depth limit")
	fs.Float64Var(&c.review, "review-threshold", 0, "confidence under which facts go to the review queue (0: the default, 0.6)")
	fs.IntVar(&c.cacheBytes, "result-cache-bytes", 0, "answers of repeated queries kept until the graph changes (0: 32 MiB, negative: off). On Neo4j, writes by other dipgraph processes are seen within --neo4j-version-refresh, writes made by other means (Neo4j Browser) never: turn the cache off (-1) if the database is written to that way")
	fs.DurationVar(&c.store.versionRefresh, "neo4j-version-refresh", neo4j.DefaultVersionRefresh, "on Neo4j, how often the graph's version is read, that is how soon writes by other dipgraph processes reach the result cache (negative: never, when this server is the only writer)")
	fs.IntVar(&c.gcPercent, "gc-percent", 400, "Go GC target while serving (as GOGC; ignored when GOGC is set): a higher value trades memory (heap up to 1+N/100 times the live graph) for fewer collections under load")
	fs.Int64Var(&c.memLimitMiB, "memory-limit-mib", 1024, "soft heap limit in MiB (as GOMEMLIMIT; ignored when GOMEMLIMIT is set; 0: none): past it the GC runs as often as needed, so --gc-percent costs memory only on small graphs")
	fs.DurationVar(&c.shutdownFor, "shutdown-timeout", 10*time.Second, "how long requests in flight may finish at shutdown")
}

func (c *serveCmd) run(ctx context.Context, m *Main, args []string) error {
	if len(args) > 0 {
		return fmt.Errorf("serve takes no arguments (got %q); use --corpus DIR", strings.Join(args, " "))
	}
	if err := checkDate(c.date); err != nil {
		return err
	}
	if c.review < 0 || c.review > 1 {
		return fmt.Errorf("--review-threshold %v: want a confidence between 0 and 1", c.review)
	}
	var level slog.Level
	if err := level.UnmarshalText([]byte(c.logLevel)); err != nil {
		return fmt.Errorf("--log-level %q: want debug, info, warn or error", c.logLevel)
	}
	log := slog.New(slog.NewTextHandler(m.Stderr, &slog.HandlerOptions{Level: level}))
	if m.env("GOGC") == "" && c.gcPercent != 0 {
		// Answering queries allocates many small, short-lived objects: at
		// the default GOGC=100 collection takes about a third of the CPU
		// under load (graph/gql/README.md).
		debug.SetGCPercent(c.gcPercent)
	}
	if m.env("GOMEMLIMIT") == "" && c.memLimitMiB > 0 {
		debug.SetMemoryLimit(c.memLimitMiB << 20)
	}

	st, err := c.store.open(ctx, m)
	if err != nil {
		return err
	}
	ex, err := c.store.extractor(m)
	if err != nil {
		return err
	}
	if err := c.load(ctx, m, log, ex, st); err != nil {
		return err
	}

	token := c.token
	if token == "" {
		token = m.env("DIPGRAPH_INGEST_TOKEN")
	}
	var origins []string
	for _, o := range strings.Split(c.cors, ",") {
		if o = strings.TrimSpace(o); o != "" {
			origins = append(origins, o)
		}
	}
	api := httpapi.New(st, httpapi.Config{
		GraphQL: gql.Config{
			IngestToken:     token,
			Extract:         ingestFunc(ex),
			MaxComplexity:   c.complexity,
			MaxDepth:        c.depth,
			ReviewThreshold: c.review,
		},
		CORSOrigins:      origins,
		Logger:           log,
		Timeout:          c.timeout,
		MaxBodyBytes:     c.maxBody,
		ResultCacheBytes: c.cacheBytes,
	})

	ln, err := net.Listen("tcp", c.addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", c.addr, err)
	}
	srv := &http.Server{
		Handler:           api,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      c.timeout + 30*time.Second,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	url := "http://" + displayAddr(ln.Addr())
	log.Info("serving", "graphql", url+"/query", "ide", url+"/", "dashboard", url+"/dashboard/",
		"store", c.store.describe(m), "ingest", token != "")
	if m.onListen != nil {
		m.onListen(url)
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	log.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), c.shutdownFor)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}

// load extracts the corpus into the store before the server listens, so
// that /healthz answers only once the graph is there.
func (c *serveCmd) load(ctx context.Context, m *Main, log *slog.Logger, ex *extract.Extractor, st graph.Store) error {
	var ins []input
	what := c.corpus
	switch {
	case c.corpus != "":
		var err error
		if ins, err = m.listInputs([]string{c.corpus}, defaultMaxInput<<20); err != nil {
			return fmt.Errorf("corpus %s: nothing could be read", c.corpus)
		}
	case c.sample:
		page, err := st.Articles(ctx, graph.Page{First: 1})
		if err != nil {
			return storeError(c.store.describe(m), err)
		}
		if len(page.Articles) > 0 {
			log.Info("store already holds articles; the sample corpus is not loaded", "store", c.store.describe(m))
			return nil
		}
		for _, f := range sample.Files() {
			ins = append(ins, input{Name: f.Name, Data: f.Data})
		}
		what = "the bundled sample corpus"
	default:
		return nil
	}
	start := time.Now()
	l := &loader{st: st, what: c.store.describe(m), batch: 500}
	err := l.load(ctx, ex, ins, extract.Options{Date: c.date},
		func(name string, err error) { log.Warn("corpus file skipped", "file", name, "err", err) }, nil)
	if err != nil {
		return fmt.Errorf("load %s: %w", what, err)
	}
	log.Info("corpus loaded", "corpus", what, "files", l.files, "skipped", l.failed,
		"articles", l.Created+l.Updated+l.Unchanged, "new", l.Created, "updated", l.Updated, "meetings_new", l.MeetingsCreated,
		"meetings_dated", l.dates.dated, "meetings_month_day_only", l.dates.partial, "meetings_undated", l.dates.undated,
		"took", time.Since(start).Round(time.Millisecond))
	return nil
}

// ingestFunc is the ingest mutation's extraction: text to documents.
func ingestFunc(ex *extract.Extractor) gql.ExtractFunc {
	return func(ctx context.Context, text, date, source, url string) ([]graph.Document, error) {
		r, err := ex.ExtractBytes([]byte(text), extract.Options{Date: date, Source: source, URL: url, File: "graphql"})
		if err != nil {
			return nil, graph.E("ingest", graph.Invalid, err)
		}
		return build.DocumentsWith(r, ex.Lexicon()), nil
	}
}

// displayAddr turns a wildcard listen address into one a browser can open.
func displayAddr(a net.Addr) string {
	host, port, err := net.SplitHostPort(a.String())
	if err != nil {
		return a.String()
	}
	if ip := net.ParseIP(host); ip == nil || ip.IsUnspecified() {
		host = "localhost"
	}
	return net.JoinHostPort(host, port)
}
