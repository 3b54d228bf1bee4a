package testenv_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/dipgraph/dipgraph/internal/testenv"
)

// TestNeo4jIntegration talks to the Neo4j of NEO4J_URI: the server must be
// Neo4j 5.26, and a node written must read back with its properties; then
// CleanNeo4j must leave the database empty.
func TestNeo4jIntegration(t *testing.T) {
	drv, cfg := testenv.Neo4jDriver(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()

	info, err := drv.GetServerInfo(ctx)
	if err != nil {
		t.Fatalf("server info: %v", err)
	}
	t.Logf("Neo4j at %s: agent %q, protocol %v", cfg.URI, info.Agent(), info.ProtocolVersion())
	if !strings.HasPrefix(info.Agent(), "Neo4j/5.26") {
		t.Fatalf("server agent %q, want Neo4j/5.26.x", info.Agent())
	}

	testenv.CleanNeo4j(t, drv, cfg.Database)
	db := neo4j.ExecuteQueryWithDatabase(cfg.Database)
	stamp := time.Now().UnixNano()
	_, err = neo4j.ExecuteQuery(ctx, drv,
		"CREATE (:TestenvProbe {name: $name, stamp: $stamp, leaders: $leaders})",
		map[string]any{"name": "习近平会见", "stamp": stamp, "leaders": []string{"习近平", "Lula"}},
		neo4j.EagerResultTransformer, db)
	if err != nil {
		t.Fatalf("write node: %v", err)
	}
	res, err := neo4j.ExecuteQuery(ctx, drv,
		"MATCH (p:TestenvProbe {stamp: $stamp}) RETURN p.name AS name, p.leaders AS leaders",
		map[string]any{"stamp": stamp}, neo4j.EagerResultTransformer, db,
		neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		t.Fatalf("read node: %v", err)
	}
	if len(res.Records) != 1 {
		t.Fatalf("read %d nodes, want 1", len(res.Records))
	}
	name, _ := res.Records[0].Get("name")
	leaders, _ := res.Records[0].Get("leaders")
	if name != "习近平会见" {
		t.Errorf("name = %v, want 习近平会见", name)
	}
	if ls, ok := leaders.([]any); !ok || len(ls) != 2 || ls[0] != "习近平" || ls[1] != "Lula" {
		t.Errorf("leaders = %#v, want [习近平 Lula]", leaders)
	}

	testenv.CleanNeo4j(t, drv, cfg.Database)
	res, err = neo4j.ExecuteQuery(ctx, drv, "MATCH (n) RETURN count(n) AS n", nil,
		neo4j.EagerResultTransformer, db)
	if err != nil {
		t.Fatalf("count: %v", err)
	}
	if n, _ := res.Records[0].Get("n"); n != int64(0) {
		t.Errorf("after CleanNeo4j %v nodes remain, want 0", n)
	}
}
