package main

import (
	"context"
	"fmt"
	"os"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/neo4j"
)

func init() { storeOpeners["neo4j"] = openNeo4j }

// openNeo4j opens the Neo4j store named by NEO4J_URI, NEO4J_USERNAME,
// NEO4J_PASSWORD and NEO4J_DATABASE; mode "perfact" writes one statement
// per fact instead of batches.
func openNeo4j(ctx context.Context, _ string, mode string) (graph.Store, error) {
	cfg := neo4j.Config{
		URI:      os.Getenv("NEO4J_URI"),
		Username: os.Getenv("NEO4J_USERNAME"),
		Password: os.Getenv("NEO4J_PASSWORD"),
		Database: os.Getenv("NEO4J_DATABASE"),
	}
	s, err := neo4j.Open(ctx, cfg)
	if err != nil {
		return nil, err
	}
	switch mode {
	case "batched", "":
		return s, nil
	case "perfact":
		return perFact{s}, nil
	default:
		s.Close(ctx)
		return nil, fmt.Errorf("unknown mode %q (batched or perfact)", mode)
	}
}

// perFact is the Neo4j store writing one statement per fact.
type perFact struct{ *neo4j.Store }

func (p perFact) Ingest(ctx context.Context, docs []graph.Document) (graph.IngestResult, error) {
	return p.Store.IngestPerFact(ctx, docs)
}
