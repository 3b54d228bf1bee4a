package neo4j_test

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"testing"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/dipgraph/dipgraph/graph/storetest"
)

var cypherBlock = regexp.MustCompile("(?s)```cypher\n(.*?)```")

// TestDocsQueries runs every Cypher block of docs/explore.md and
// docs/graph-model.md on the fixture graph: each must run and return rows.
func TestDocsQueries(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	if _, err := s.Ingest(ctx, storetest.Fixture()); err != nil {
		t.Fatal(err)
	}
	cfg := serverConfig(t)
	d, err := driver.NewDriverWithContext(cfg.URI, driver.BasicAuth(cfg.Username, cfg.Password, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close(ctx)
	_, file, _, _ := runtime.Caller(0)
	for _, doc := range []string{"explore.md", "graph-model.md"} {
		b, err := os.ReadFile(filepath.Join(filepath.Dir(file), "..", "..", "docs", doc))
		if err != nil {
			t.Fatal(err)
		}
		blocks := cypherBlock.FindAllStringSubmatch(string(b), -1)
		if len(blocks) == 0 {
			t.Fatalf("%s has no cypher blocks", doc)
		}
		for i, blk := range blocks {
			res, err := driver.ExecuteQuery(ctx, d, blk[1], nil, driver.EagerResultTransformer,
				driver.ExecuteQueryWithDatabase(cfg.Database), driver.ExecuteQueryWithReadersRouting())
			if err != nil {
				t.Errorf("%s query %d failed: %v\n%s", doc, i+1, err, blk[1])
				continue
			}
			if len(res.Records) == 0 {
				t.Errorf("%s query %d returned no rows on the fixture:\n%s", doc, i+1, blk[1])
			}
		}
	}
}
