// Command apiserver serves the dashboard and the real GraphQL API over the
// embedded store, the way `dipgraph serve` mounts them, for the browser tests
// while the CLI does not serve the dashboard yet (E2E_SERVER=api):
//
//	go run ./e2e/apiserver -addr 127.0.0.1:8090              # the bundled sample corpus
//	go run ./e2e/apiserver -addr 127.0.0.1:8090 -synthetic 120  # plus synthetic reports, extracted
//	go run ./e2e/apiserver -neo4j bolt://127.0.0.1:7687 -load-only  # load the same into Neo4j and exit
//
// With -neo4j the store is Neo4j (graph/neo4j; NEO4J_USERNAME, NEO4J_PASSWORD,
// NEO4J_DATABASE from the environment) instead of the embedded one.
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
	"github.com/dipgraph/dipgraph/graph/neo4j"
	"github.com/dipgraph/dipgraph/internal/corpusgen"
	"github.com/dipgraph/dipgraph/internal/sample"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:8090", "listen address")
	synthetic := flag.Int("synthetic", 0, "also extract and load this many synthetic reports")
	neo4jURI := flag.String("neo4j", "", "use the Neo4j store at this URI instead of the embedded one")
	loadOnly := flag.Bool("load-only", false, "load the corpus into the store and exit")
	flag.Parse()
	ctx := context.Background()
	var store graph.Store = mem.New()
	if *neo4jURI != "" {
		s, err := neo4j.Open(ctx, neo4j.Config{URI: *neo4jURI, Username: os.Getenv("NEO4J_USERNAME"),
			Password: os.Getenv("NEO4J_PASSWORD"), Database: os.Getenv("NEO4J_DATABASE")})
		if err != nil {
			fmt.Fprintln(os.Stderr, "apiserver:", err)
			os.Exit(1)
		}
		defer s.Close(ctx)
		store = s
	}
	n, err := load(ctx, store, *synthetic)
	if err != nil {
		fmt.Fprintln(os.Stderr, "apiserver:", err)
		os.Exit(1)
	}
	log.Printf("loaded %d documents", n)
	if *loadOnly {
		return
	}
	mux := http.NewServeMux()
	mux.Handle("/dashboard/", dashboard.Handler())
	mux.Handle("/", gql.NewServer(store, gql.Config{CORSOrigins: []string{"*"}}))
	log.Printf("apiserver on http://%s/dashboard/", *addr)
	log.Fatal(http.ListenAndServe(*addr, mux))
}

func load(ctx context.Context, store graph.Store, synthetic int) (int, error) {
	ex, err := extract.New()
	if err != nil {
		return 0, fmt.Errorf("extractor: %w", err)
	}
	var docs []graph.Document
	for _, f := range sample.Files() {
		res, err := ex.ExtractBytes(f.Data, extract.Options{File: f.Name})
		if err != nil {
			return 0, fmt.Errorf("extract %s: %w", f.Name, err)
		}
		docs = append(docs, build.Documents(res)...)
	}
	for _, r := range corpusgen.Generate(synthetic, 1) {
		docs = append(docs, build.Documents(ex.Extract(r.Text, extract.Options{File: r.Name}))...)
	}
	if _, err := store.Ingest(ctx, docs); err != nil {
		return 0, fmt.Errorf("ingest: %w", err)
	}
	return len(docs), nil
}
