package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	_ "net/http/pprof"
	"os"
	"runtime"
	"time"

	"github.com/dipgraph/dipgraph/extract"
	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/build"
	"github.com/dipgraph/dipgraph/graph/gql"
	"github.com/dipgraph/dipgraph/graph/httpapi"
	"github.com/dipgraph/dipgraph/graph/mem"
)

// serve is a stand-in for `dipgraph serve` that the benchmark uses only
// when the dipgraph binary cannot be built: the same API handler
// (httpapi.New) over the same stores, loaded from a corpus folder. It
// listens on loopback only.
func serve(ctx context.Context, addr, corpus, neo4jURI, pprofAddr string, cacheBytes int, stderr io.Writer) error {
	for _, a := range []string{addr, pprofAddr} {
		if a == "" {
			continue
		}
		host, _, err := net.SplitHostPort(a)
		if err != nil {
			return fmt.Errorf("bad address %q: %w", a, err)
		}
		if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
			return fmt.Errorf("address %q: the stand-in server listens on loopback only", a)
		}
	}
	if pprofAddr != "" {
		// The default mux holds the net/http/pprof handlers.
		go func() { _ = http.ListenAndServe(pprofAddr, http.DefaultServeMux) }()
		runtime.SetMutexProfileFraction(5)
		runtime.SetBlockProfileRate(100_000)
	}
	x, err := extract.New()
	if err != nil {
		return err
	}
	var store graph.Store
	if neo4jURI != "" {
		os.Setenv("NEO4J_URI", neo4jURI)
		store, err = openNeo4j(ctx, "", "batched")
		if err != nil {
			return err
		}
	} else {
		store = mem.New()
	}
	defer store.Close(context.WithoutCancel(ctx))
	if corpus != "" {
		files, err := listTexts(corpus, 0)
		if err != nil {
			return err
		}
		for lo := 0; lo < len(files); lo += 500 {
			docs, err := extractParallel(x, files[lo:min(lo+500, len(files))])
			if err != nil {
				return err
			}
			if _, err := store.Ingest(ctx, docs); err != nil {
				return fmt.Errorf("load corpus: %w", err)
			}
		}
	}
	h := httpapi.New(store, httpapi.Config{
		GraphQL: gql.Config{
			IngestToken: os.Getenv("DIPGRAPH_INGEST_TOKEN"),
			Extract: func(_ context.Context, text, date, source, _ string) ([]graph.Document, error) {
				return build.Documents(x.Extract(text, extract.Options{Date: date, Source: source})), nil
			},
		},
		Logger:           slog.New(slog.NewTextHandler(io.Discard, nil)),
		ResultCacheBytes: cacheBytes,
	})
	srv := &http.Server{Addr: addr, Handler: h, ReadHeaderTimeout: 10 * time.Second}
	errc := make(chan error, 1)
	go func() { errc <- srv.ListenAndServe() }()
	fmt.Fprintf(stderr, "dipgraph-load serve: listening on %s\n", addr)
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		if err := srv.Shutdown(sctx); err != nil && !errors.Is(err, http.ErrServerClosed) {
			return err
		}
		return nil
	}
}
