package bench

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// IngestMode is how documents are written into Neo4j.
type IngestMode int

const (
	// Batched writes with UNWIND over parameter lists, a transaction per batch.
	Batched IngestMode = iota
	// PerFact writes one statement per fact (the naive way, for comparison).
	PerFact
)

// wipeNeo4j deletes every node of the benchmark's database.
func wipeNeo4j(ctx context.Context, neo Neo4jConfig) error {
	drv, err := neo4j.NewDriverWithContext(neo.URI, neo4j.BasicAuth(neo.User, neo.Password, ""))
	if err != nil {
		return fmt.Errorf("neo4j driver: %w", err)
	}
	defer drv.Close(ctx)
	sess := drv.NewSession(ctx, neo4j.SessionConfig{DatabaseName: neo.Database, AccessMode: neo4j.AccessModeWrite})
	defer sess.Close(ctx)
	// Delete in chunks, each its own transaction, so a large graph does not
	// need one huge transaction.
	for {
		res, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			rs, err := tx.Run(ctx, "MATCH (n) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS c", map[string]any{"limit": 10000})
			if err != nil {
				return nil, err
			}
			rec, err := rs.Single(ctx)
			if err != nil {
				return nil, err
			}
			c, _ := rec.Get("c")
			return c, nil
		})
		if err != nil {
			return fmt.Errorf("wipe neo4j: %w", err)
		}
		if c, _ := res.(int64); c == 0 {
			return nil
		}
	}
}

// neo4j measures ingest into Neo4j and GraphQL on Neo4j.
func (r *runner) neo4j(ctx context.Context) {
	neo := r.cfg.Neo4j
	if neo.URI == "" {
		r.rep.Notes = append(r.rep.Notes, "Neo4j: not measured in this run (quick mode, no Neo4j given, or it could not be started)")
		return
	}
	r.rep.Neo4jURI = neo.URI
	// Store-only ingest, per fact then batched: the last batched run leaves
	// the whole corpus in the database for the GraphQL measurements.
	loaded := r.neo4jStoreIngest(ctx, neo)
	bin := r.serverBin()
	if !loaded && r.bin == "" {
		r.note("Neo4j through dipgraph (ingest, serve)", errors.New("no corpus in Neo4j and dipgraph was not built"))
		return
	}
	if !loaded {
		// Fall back to the CLI, end to end (extraction + batched load).
		if err := wipeNeo4j(ctx, neo); err != nil {
			r.note("Neo4j", err)
			return
		}
		r.logf("bench: dipgraph ingest --neo4j of the %d-report corpus", r.cfg.Reports)
		c, err := runChild(ctx, r.cfg.WorkDir, serveEnv(neo), r.bin, "ingest", "--neo4j", neo.URI, r.corpus)
		if err != nil {
			r.note("dipgraph ingest into Neo4j", err)
			return
		}
		r.rep.Ingest = append(r.rep.Ingest, IngestRow{Store: "Neo4j", Mode: "dipgraph ingest (extract + batched load, end to end)", Articles: r.cfg.Reports, Runs: 1, Wall: c.Wall, PeakRSSMB: kbToMB(c.MaxRSSKB)})
		r.rep.measured++
		r.logf("bench:   %v, %.0f articles/s", c.Wall.Round(time.Millisecond), float64(r.cfg.Reports)/c.Wall.Seconds())
	}

	dir := filepath.Join(r.cfg.WorkDir, "serve-neo4j")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		r.note("Neo4j serve", err)
		return
	}
	r.logf("bench: %s --neo4j", r.rep.ServedBy)
	srv, err := startServer(ctx, dir, serveEnv(neo), bin, r.cfg.ServeTimeout, "--neo4j", neo.URI)
	if err != nil {
		r.note("GraphQL on Neo4j", err)
		return
	}
	r.neo4jLoad(ctx, srv)
	if hwm, _, err := srv.Mem(); err == nil {
		r.rep.Neo4jServePeakMB = kbToMB(hwm)
	}
	if err := srv.Stop(); err != nil {
		r.note("stopping the Neo4j server", err)
	}
	r.neo4jUncached(ctx, bin, neo)
}

// StoreNeo4jUncached names Neo4j's rows measured with the result cache off.
const StoreNeo4jUncached = "Neo4j, result cache off"

// neo4jUncached measures the three queries on Neo4j with the result cache
// off: every answer asks the database.
func (r *runner) neo4jUncached(ctx context.Context, bin string, neo Neo4jConfig) {
	r.logf("bench: %s --neo4j, result cache off", r.rep.ServedBy)
	r.uncached(ctx, StoreNeo4jUncached, "serve-neo4j-nocache", serveEnv(neo), bin, "--neo4j", neo.URI)
}

// neo4jStoreIngest times the store alone (`dipgraph-load ingest -store
// neo4j`): per fact on a sample and batched on the whole corpus, side by
// side, each run on an emptied database. Runs stop early once a mode has
// taken two minutes. It says whether the database holds the whole corpus
// afterwards.
func (r *runner) neo4jStoreIngest(ctx context.Context, neo Neo4jConfig) bool {
	if r.loadBin == "" {
		return false
	}
	loaded := false
	for _, m := range []struct {
		mode, name string
		n          int
	}{{"perfact", "store only, one statement per fact", min(r.cfg.PerFactReports, r.cfg.Reports)}, {"batched", "store only, batched (UNWIND, a transaction per batch)", r.cfg.Reports}} {
		var ds []float64
		var last ingestOut
		t0 := time.Now()
		for i := 0; i < r.cfg.Runs && ctx.Err() == nil && (i == 0 || time.Since(t0) < 2*time.Minute); i++ {
			if err := wipeNeo4j(ctx, neo); err != nil {
				r.note("Neo4j ingest "+m.name, err)
				return false
			}
			r.logf("bench: Neo4j ingest %s, %d reports, run %d", m.mode, m.n, i+1)
			x, _, err := r.storeIngest(ctx, "neo4j", m.mode, r.corpus, m.n, serveEnv(neo))
			if err != nil {
				r.note("Neo4j ingest "+m.name, err)
				break
			}
			ds = append(ds, x.IngestS)
			last = x
		}
		if len(ds) == 0 {
			loaded = false
			continue
		}
		loaded = m.mode == "batched"
		wall := time.Duration(medianF(ds) * float64(time.Second))
		r.rep.Ingest = append(r.rep.Ingest, IngestRow{Store: "Neo4j", Mode: m.name, Articles: last.Articles, Runs: len(ds), Wall: wall, StoreOnly: true, PerFact: m.mode == "perfact"})
		r.rep.measured++
		r.logf("bench:   %.0f articles/s", float64(last.Articles)/wall.Seconds())
	}
	return loaded
}
