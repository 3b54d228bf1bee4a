package bench

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// privateNeo4j is a Neo4j the harness started for itself with
// scripts/neo4j: its own store in the scratch folder, a free loopback
// port, a random password. Nothing outside the run is touched.
type privateNeo4j struct {
	script string
	env    []string
}

// startPrivateNeo4j starts the repository's embedded Neo4j (tools/neo4j-dev
// through scripts/neo4j) and returns how to reach it.
func startPrivateNeo4j(ctx context.Context, repo, work string) (*privateNeo4j, Neo4jConfig, error) {
	script := filepath.Join(repo, "scripts", "neo4j")
	if _, err := os.Stat(script); err != nil {
		return nil, Neo4jConfig{}, fmt.Errorf("no scripts/neo4j to start one: %w", err)
	}
	port, err := freePort()
	if err != nil {
		return nil, Neo4jConfig{}, err
	}
	b := make([]byte, 8)
	if _, err := rand.Read(b); err != nil {
		return nil, Neo4jConfig{}, err
	}
	const heap, pagecache = "2g", "512"
	p := &privateNeo4j{script: script, env: []string{
		"DIPGRAPH_NEO4J_HOME=" + filepath.Join(work, "neo4j"),
		"NEO4J_DEV_PORT=" + strconv.Itoa(port),
		"NEO4J_PASSWORD=bench-" + hex.EncodeToString(b),
		"NEO4J_DEV_HEAP=" + heap,
		"NEO4J_DEV_PAGECACHE_MB=" + pagecache,
		"NEO4J_DEV_KEEP_DATA=0",
	}}
	c, err := runChild(ctx, repo, p.env, script, "start")
	if err != nil {
		p.stop()
		return nil, Neo4jConfig{}, fmt.Errorf("start a private Neo4j: %w", err)
	}
	cfg := Neo4jConfig{About: fmt.Sprintf("Neo4j 5.26 Community (tools/neo4j-dev: embedded in a JVM with -Xmx%s and a %s MB page cache), started by the harness with a fresh store on a free loopback port", heap, pagecache)}
	for _, line := range strings.Split(string(c.Stdout), "\n") {
		k, v, ok := strings.Cut(strings.TrimPrefix(strings.TrimSpace(line), "export "), "=")
		if !ok {
			continue
		}
		switch k {
		case "NEO4J_URI":
			cfg.URI = v
		case "NEO4J_USERNAME":
			cfg.User = v
		case "NEO4J_PASSWORD":
			cfg.Password = v
		case "NEO4J_DATABASE":
			cfg.Database = v
		}
	}
	if cfg.URI == "" {
		p.stop()
		return nil, cfg, fmt.Errorf("scripts/neo4j start printed no NEO4J_URI")
	}
	return p, cfg, nil
}

// stop stops the private server (only the one this run started).
func (p *privateNeo4j) stop() {
	_, _ = runChild(context.Background(), filepath.Dir(p.script), p.env, p.script, "stop")
}
