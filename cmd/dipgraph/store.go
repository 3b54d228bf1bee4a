package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"path/filepath"
	"time"

	"github.com/dipgraph/dipgraph/extract"
	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/mem"
	"github.com/dipgraph/dipgraph/graph/neo4j"
)

// storeFlags choose the store: Neo4j when a URI is given (flag or
// NEO4J_URI), else the embedded store kept in a data folder.
type storeFlags struct {
	neo4jURI       string
	data           string
	memory         bool
	versionRefresh time.Duration // Neo4j; serve sets it
}

func (s *storeFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&s.neo4jURI, "neo4j", "", "Neo4j URI (bolt://host:7687, neo4j+s://…, bolt://user:password@host); default $NEO4J_URI, else the embedded store; user neo4j unless the URI or NEO4J_USERNAME names one")
	fs.StringVar(&s.data, "data", "", "folder of the embedded store's journal (default $DIPGRAPH_DATA, else ./dipgraph-data)")
	fs.BoolVar(&s.memory, "memory", false, "embedded store in memory only: nothing is kept on disk")
}

// dataDir is the embedded store's folder ("" when kept in memory only).
func (s *storeFlags) dataDir(m *Main) string {
	if s.memory {
		return ""
	}
	return dataFolder(m, s.data)
}

// dataFolder is the data folder: the flag's value, else $DIPGRAPH_DATA,
// else ./dipgraph-data. It holds the embedded store's journal and, in
// lexicon/, the lexicon overrides.
func dataFolder(m *Main, flagValue string) string {
	switch {
	case flagValue != "":
		return flagValue
	case m.env("DIPGRAPH_DATA") != "":
		return m.env("DIPGRAPH_DATA")
	}
	return "dipgraph-data"
}

// extractor loads the extractor with the lexicon overrides of the data
// folder (also with --memory: overrides are read, nothing is written).
func (s *storeFlags) extractor(m *Main) (*extract.Extractor, error) {
	return newExtractorWithOverrides(dataFolder(m, s.data))
}

// uri is the Neo4j URI in effect ("" for the embedded store).
func (s *storeFlags) uri(m *Main) string {
	if s.neo4jURI != "" {
		return s.neo4jURI
	}
	return m.env("NEO4J_URI")
}

// describe names the store for messages, without credentials.
func (s *storeFlags) describe(m *Main) string {
	if u := s.uri(m); u != "" {
		return "Neo4j at " + neo4j.Redact(u)
	}
	if d := s.dataDir(m); d != "" {
		abs, err := filepath.Abs(d)
		if err != nil {
			abs = d
		}
		return "embedded store in " + abs
	}
	return "embedded store (in memory)"
}

// open opens the chosen store and registers its Close with m.
func (s *storeFlags) open(ctx context.Context, m *Main) (graph.Store, error) {
	var st graph.Store
	if u := s.uri(m); u != "" {
		n, err := neo4j.Open(ctx, neo4j.Config{
			URI:      u,
			Username: m.env("NEO4J_USERNAME"),
			Password: m.env("NEO4J_PASSWORD"),
			Database: m.env("NEO4J_DATABASE"),

			VersionRefresh: s.versionRefresh,
		})
		if err != nil {
			return nil, storeError(s.describe(m), err)
		}
		st = n
	} else {
		ms, err := mem.Open(s.dataDir(m))
		if err != nil {
			return nil, fmt.Errorf("open %s: %w", s.describe(m), err)
		}
		st = ms
	}
	m.onClose(func() error { return st.Close(context.Background()) })
	return st, nil
}

// storeError turns a store's open error into a message a user can act on.
func storeError(what string, err error) error {
	switch graph.KindOf(err) {
	case graph.Unauthorized:
		return fmt.Errorf("%s refused the credentials (check NEO4J_USERNAME and NEO4J_PASSWORD): %w", what, err)
	case graph.Unavailable:
		return fmt.Errorf("cannot reach %s (is it running? check --neo4j or NEO4J_URI): %w", what, err)
	}
	if errors.Is(err, context.Canceled) {
		return err
	}
	return fmt.Errorf("open %s: %w", what, err)
}

// writeError turns a failed write into a message naming the store and
// the cause (a journal that cannot be written is not a store that cannot
// be reached).
func writeError(what string, err error) error {
	if errors.Is(err, context.Canceled) {
		return err
	}
	if graph.KindOf(err) == graph.Unauthorized {
		return storeError(what, err)
	}
	return fmt.Errorf("write to %s failed: %w", what, err)
}
