// Command apiserver serves the dashboard and the real GraphQL API over the
// embedded store, the way `dipgraph serve` mounts them, for the browser tests
// while the CLI does not serve the dashboard yet (E2E_SERVER=api):
//
//	go run ./e2e/apiserver -addr 127.0.0.1:8090              # the bundled sample corpus
//	go run ./e2e/apiserver -addr 127.0.0.1:8090 -synthetic 120  # plus synthetic reports, extracted
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"

	"github.com/dipgraph/dipgraph/extract"
	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/build"
	"github.com/dipgraph/dipgraph/graph/dashboard"
	"github.com/dipgraph/dipgraph/graph/gql"
	"github.com/dipgraph/dipgraph/graph/mem"
	"github.com/dipgraph/dipgraph/internal/corpusgen"
	"github.com/dipgraph/dipgraph/internal/sample"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:8090", "listen address")
	synthetic := flag.Int("synthetic", 0, "also extract and load this many synthetic reports")
	flag.Parse()
	store, err := load(context.Background(), *synthetic)
	if err != nil {
		fmt.Fprintln(os.Stderr, "apiserver:", err)
		os.Exit(1)
	}
	mux := http.NewServeMux()
	mux.Handle("/dashboard/", dashboard.Handler())
	mux.Handle("/", gql.NewServer(store, gql.Config{CORSOrigins: []string{"*"}}))
	log.Printf("apiserver on http://%s/dashboard/", *addr)
	log.Fatal(http.ListenAndServe(*addr, mux))
}

func load(ctx context.Context, synthetic int) (graph.Store, error) {
	ex, err := extract.New()
	if err != nil {
		return nil, fmt.Errorf("extractor: %w", err)
	}
	store := mem.New()
	var docs []graph.Document
	for _, f := range sample.Files() {
		res, err := ex.ExtractBytes(f.Data, extract.Options{File: f.Name})
		if err != nil {
			return nil, fmt.Errorf("extract %s: %w", f.Name, err)
		}
		docs = append(docs, build.Documents(res)...)
	}
	for _, r := range corpusgen.Generate(synthetic, 1) {
		docs = append(docs, build.Documents(ex.Extract(r.Text, extract.Options{File: r.Name}))...)
	}
	if _, err := store.Ingest(ctx, docs); err != nil {
		return nil, fmt.Errorf("ingest: %w", err)
	}
	return store, nil
}
