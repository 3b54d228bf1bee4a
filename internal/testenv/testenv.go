// Package testenv gives tests the external services they need, read from the
// environment: a Neo4j server (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD,
// NEO4J_DATABASE). Without NEO4J_URI a test skips with instructions, except
// under CI=true, where a missing Neo4j fails the test.
//
// Neo4j Community has a single user database, so every test that writes to
// it shares the data. Tests that use Neo4j call CleanNeo4j first and must not
// run concurrently with other Neo4j tests: `make test` runs `go test -p 1`
// for that reason, and such tests never call t.Parallel.
package testenv

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Defaults shared with scripts/neo4j (tools/neo4j-dev).
const (
	DefaultNeo4jUser     = "neo4j"
	DefaultNeo4jPassword = "dipgraph-dev"
	DefaultNeo4jDatabase = "neo4j"
)

// StartHint tells a developer how to get a Neo4j for the tests.
const StartHint = "start one with `scripts/neo4j start` and export what it prints " +
	"(eval \"$(scripts/neo4j env)\"), or run `make test`, which does both"

// Neo4jConfig is how to reach the test Neo4j.
type Neo4jConfig struct {
	URI      string
	User     string
	Password string
	Database string
}

// Neo4jFromEnv reads the Neo4j settings from the environment; ok is false
// when NEO4J_URI is unset. Unset credentials take the scripts/neo4j defaults.
func Neo4jFromEnv() (cfg Neo4jConfig, ok bool) {
	cfg = Neo4jConfig{
		URI:      os.Getenv("NEO4J_URI"),
		User:     envOr("NEO4J_USERNAME", DefaultNeo4jUser),
		Password: envOr("NEO4J_PASSWORD", DefaultNeo4jPassword),
		Database: envOr("NEO4J_DATABASE", DefaultNeo4jDatabase),
	}
	return cfg, cfg.URI != ""
}

// InCI reports whether the tests run under CI (CI=true or CI=1).
func InCI() bool {
	v := os.Getenv("CI")
	return v == "true" || v == "1"
}

// Neo4j returns the test Neo4j's settings. When NEO4J_URI is unset it skips
// the test with instructions, or fails it under CI.
func Neo4j(t testing.TB) Neo4jConfig {
	t.Helper()
	cfg, ok := Neo4jFromEnv()
	if !ok {
		if InCI() {
			t.Fatalf("NEO4J_URI is unset under CI=true: Neo4j tests must run in CI; %s", StartHint)
		}
		t.Skipf("NEO4J_URI is unset, skipping a Neo4j test: %s", StartHint)
	}
	return cfg
}

// Neo4jDriver connects to the test Neo4j (see Neo4j), checks connectivity
// and closes the driver when the test ends.
func Neo4jDriver(t testing.TB) (neo4j.DriverWithContext, Neo4jConfig) {
	t.Helper()
	cfg := Neo4j(t)
	auth := neo4j.BasicAuth(cfg.User, cfg.Password, "")
	if cfg.Password == "none" {
		auth = neo4j.NoAuth()
	}
	drv, err := neo4j.NewDriverWithContext(cfg.URI, auth)
	if err != nil {
		t.Fatalf("neo4j driver for %s: %v", cfg.URI, err)
	}
	t.Cleanup(func() { _ = drv.Close(context.Background()) })
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := drv.VerifyConnectivity(ctx); err != nil {
		t.Fatalf("neo4j at %s does not answer (%s): %v", cfg.URI, StartHint, err)
	}
	return drv, cfg
}

// CleanNeo4j deletes every node and relationship of the test database, in
// batches, so a test starts from an empty graph. Indexes and constraints stay.
func CleanNeo4j(t testing.TB, drv neo4j.DriverWithContext, database string) {
	t.Helper()
	if err := ClearDatabase(context.Background(), drv, database); err != nil {
		t.Fatalf("clean neo4j: %v", err)
	}
}

// ClearDatabase deletes all nodes and relationships of database in batches.
func ClearDatabase(ctx context.Context, drv neo4j.DriverWithContext, database string) error {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	// CALL { } IN TRANSACTIONS needs an auto-commit transaction (session.Run).
	sess := drv.NewSession(ctx, neo4j.SessionConfig{DatabaseName: database})
	defer sess.Close(ctx)
	res, err := sess.Run(ctx,
		"MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS", nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		return fmt.Errorf("delete all nodes of %s: %w", database, err)
	}
	return nil
}

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}
