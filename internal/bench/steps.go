package bench

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"time"

	"github.com/dipgraph/dipgraph/internal/loadtest"
)

// benchToken is the ingest token the benchmark's servers accept.
const benchToken = "dipgraph-bench-token"

// xput is what `dipgraph-load xput` prints.
type xput struct {
	Engine     string    `json:"engine"`
	GOMAXPROCS int       `json:"gomaxprocs"`
	Files      int       `json:"files"`
	Bytes      int64     `json:"bytes"`
	StartupMs  float64   `json:"startup_ms"`
	RunsMBps   []float64 `json:"runs_mbps"`
	MedianMBps float64   `json:"median_mbps"`
	Items      int       `json:"items"`
	Sanity     []KindF1  `json:"sanity"`
}

// KindF1 is the extractor's score on one fact kind of the generated corpus.
type KindF1 struct {
	Kind      string  `json:"kind"`
	Gold      int     `json:"gold"`
	Got       int     `json:"got"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// extraction measures both engines on the same text, each in a child
// process pinned to one core.
func (r *runner) extraction(ctx context.Context) {
	if r.loadBin == "" {
		r.note("extraction throughput", errors.New("dipgraph-load was not built"))
		return
	}
	engines := []string{"ours", "gse"}
	if r.cfg.SkipGSE {
		engines = engines[:1]
		r.rep.Notes = append(r.rep.Notes, "gse: not measured in this run (quick mode or SkipGSE)")
	}
	for _, e := range engines {
		r.logf("bench: extraction throughput, engine %s, GOMAXPROCS=1", e)
		args := []string{"xput", "-engine", e, "-dir", r.corpus, "-max-bytes", strconv.FormatInt(r.cfg.XputBytes, 10), "-runs", strconv.Itoa(r.cfg.Runs)}
		if e == "ours" {
			args = append(args, "-gold")
		}
		c, err := runChild(ctx, r.cfg.WorkDir, []string{"GOMAXPROCS=1"}, r.loadBin, args...)
		if err != nil {
			r.note("extraction throughput of "+e, err)
			continue
		}
		var x xput
		if err := json.Unmarshal(c.Stdout, &x); err != nil {
			r.note("extraction throughput of "+e, fmt.Errorf("undecodable output: %w", err))
			continue
		}
		r.rep.Extraction = append(r.rep.Extraction, EngineRow{
			Engine: e, MBps: x.MedianMBps, Runs: len(x.RunsMBps), Bytes: x.Bytes, Files: x.Files,
			Startup: time.Duration(x.StartupMs * float64(time.Millisecond)), PeakRSSMB: kbToMB(c.MaxRSSKB), Items: x.Items,
		})
		if e == "ours" {
			r.rep.Sanity = x.Sanity
			r.rep.SanityFiles = x.Files
		}
		r.rep.measured++
		r.logf("bench:   %s: %.2f MB/s, start-up %.0f ms, peak RSS %.0f MB", e, x.MedianMBps, x.StartupMs, kbToMB(c.MaxRSSKB))
	}
}

func kbToMB(kb int64) float64 { return float64(kb) / 1024 }

// seedPage finds the seed page in the bundled sample corpus.
func (r *runner) seedPage() (string, error) {
	m, _ := filepath.Glob(filepath.Join(r.cfg.Repo, "internal", "sample", "corpus", "000_seed*.txt"))
	if len(m) == 0 {
		return "", errors.New("seed page internal/sample/corpus/000_seed*.txt not found")
	}
	return m[0], nil
}

// coldStart runs `dipgraph extract SEED` several times: process start to
// the seed page's JSON.
func (r *runner) coldStart(ctx context.Context) {
	if r.bin == "" {
		r.note("cold start", errors.New("dipgraph was not built"))
		return
	}
	seed, err := r.seedPage()
	if err != nil {
		r.note("cold start", err)
		return
	}
	r.logf("bench: cold start, %d runs of dipgraph extract %s", r.cfg.ColdStartRuns, filepath.Base(seed))
	var walls []time.Duration
	var rss []float64
	for range r.cfg.ColdStartRuns {
		c, err := runChild(ctx, r.cfg.WorkDir, nil, r.bin, "extract", seed)
		if err != nil {
			r.note("cold start", err)
			return
		}
		var res struct {
			Articles []struct {
				Meetings []json.RawMessage `json:"meetings"`
			} `json:"articles"`
		}
		if err := json.Unmarshal(c.Stdout, &res); err != nil || len(res.Articles) == 0 {
			r.note("cold start", fmt.Errorf("dipgraph extract printed no articles (%v)", err))
			return
		}
		n := 0
		for _, a := range res.Articles {
			n += len(a.Meetings)
		}
		r.rep.ColdStart.Articles, r.rep.ColdStart.Meetings = len(res.Articles), n
		walls = append(walls, c.Wall)
		rss = append(rss, kbToMB(c.MaxRSSKB))
	}
	sort.Slice(walls, func(i, j int) bool { return walls[i] < walls[j] })
	r.rep.ColdStart.Runs = len(walls)
	ws := make([]float64, len(walls))
	for i, w := range walls {
		ws[i] = w.Seconds()
	}
	r.rep.ColdStart.Median = time.Duration(medianF(ws) * float64(time.Second))
	r.rep.ColdStart.Min, r.rep.ColdStart.Max = walls[0], walls[len(walls)-1]
	r.rep.ColdStart.PeakRSSMB = medianF(rss)
	r.rep.ColdStart.File = filepath.Base(seed)
	r.rep.measured++
	r.logf("bench:   median %v, peak RSS %.0f MB", r.rep.ColdStart.Median.Round(time.Millisecond), r.rep.ColdStart.PeakRSSMB)

	// The whole corpus through the CLI, end to end (all cores).
	r.logf("bench: dipgraph extract of the %d-report corpus", r.cfg.Reports)
	c, err := runChild(ctx, r.cfg.WorkDir, nil, r.bin, "extract", "--format", "jsonl", r.corpus)
	if err != nil {
		r.note("CLI extraction of the corpus", err)
		return
	}
	r.rep.CLIExtract = &CLIRow{Reports: r.cfg.Reports, Bytes: r.corpusBytes, Wall: c.Wall, PeakRSSMB: kbToMB(c.MaxRSSKB)}
}

func medianF(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s)%2 == 0 {
		return (s[len(s)/2-1] + s[len(s)/2]) / 2
	}
	return s[len(s)/2]
}

// serveEnv is the environment of a benchmark server: a token for the
// ingest mutation, and no Neo4j unless asked for.
func serveEnv(neo Neo4jConfig) []string {
	env := []string{"DIPGRAPH_INGEST_TOKEN=" + benchToken, "NEO4J_URI=" + neo.URI}
	if neo.URI != "" {
		env = append(env, "NEO4J_USERNAME="+neo.User, "NEO4J_PASSWORD="+neo.Password, "NEO4J_DATABASE="+neo.Database)
	}
	return env
}

// embedded weighs the embedded store at each size, and loads the one of
// the main corpus size with queries and the soak.
func (r *runner) embedded(ctx context.Context) {
	bin := r.serverBin()
	if bin == "" {
		r.note("embedded store (serve)", errors.New("neither dipgraph nor dipgraph-load was built"))
		return
	}
	for _, n := range r.sizes() {
		if ctx.Err() != nil {
			return
		}
		if err := r.writeCorpus(n); err != nil {
			r.note(fmt.Sprintf("embedded store at %d reports", n), err)
			continue
		}
		dir := filepath.Join(r.cfg.WorkDir, fmt.Sprintf("serve-mem-%d", n))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			r.note("embedded store", err)
			return
		}
		r.logf("bench: serve (%s), embedded store, %d reports", filepath.Base(bin), n)
		srv, err := startServer(ctx, dir, serveEnv(Neo4jConfig{}), bin, r.cfg.ServeTimeout,
			"--corpus", r.corpusDir(n))
		if err != nil {
			r.note(fmt.Sprintf("embedded store at %d reports", n), err)
			continue
		}
		hwm, rss, err := srv.Mem()
		if err != nil {
			r.note("embedded store memory", err)
		} else {
			r.rep.Memory = append(r.rep.Memory, MemRow{Reports: n, Load: srv.Ready, PeakRSSMB: kbToMB(hwm), RSSMB: kbToMB(rss)})
			r.rep.measured++
			r.logf("bench:   ready in %v, peak RSS %.0f MB, RSS %.0f MB", srv.Ready.Round(time.Millisecond), kbToMB(hwm), kbToMB(rss))
		}
		if n == r.cfg.Reports {
			r.loadAndSoak(ctx, "embedded", srv)
			if hwm, _, err := srv.Mem(); err == nil {
				r.rep.Memory[len(r.rep.Memory)-1].PeakUnderLoadMB = kbToMB(hwm)
			}
		}
		if err := srv.Stop(); err != nil {
			r.note("stopping the embedded server", err)
		}
		if n == r.cfg.Reports {
			r.embeddedUncached(ctx, bin, n)
		}
	}
}

// embeddedUncached measures the three queries on the embedded store with
// the result cache off: the cost of answering, not of replaying an answer
// (the load rotates through few variable sets, so a cached server mostly
// replays).
func (r *runner) embeddedUncached(ctx context.Context, bin string, n int) {
	r.logf("bench: serve (%s), embedded store, result cache off, %d reports", filepath.Base(bin), n)
	r.uncached(ctx, StoreEmbeddedUncached, fmt.Sprintf("serve-mem-nocache-%d", n), serveEnv(Neo4jConfig{}), bin,
		"--corpus", r.corpusDir(n))
}

// uncached starts bin's server with args and the result cache off, in a
// folder of its own under the work folder, and measures the three
// queries on it as rows of store.
func (r *runner) uncached(ctx context.Context, store, dirName string, env []string, bin string, args ...string) {
	if ctx.Err() != nil || r.loadBin == "" {
		return
	}
	dir := filepath.Join(r.cfg.WorkDir, dirName)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		r.note(store, err)
		return
	}
	srv, err := startServer(ctx, dir, env, bin, r.cfg.ServeTimeout, append(args, "--result-cache-bytes", "-1")...)
	if err != nil {
		r.note(store, err)
		return
	}
	defer func() {
		if err := srv.Stop(); err != nil {
			r.note("stopping the server ("+store+")", err)
		}
	}()
	for _, q := range shortQueries {
		if row, ok := r.measureQuery(ctx, store, srv.URL+"/query", q, nil); ok {
			r.rep.Load = append(r.rep.Load, row)
		}
	}
}

// StoreEmbeddedUncached names the embedded store's rows measured with the
// result cache off.
const StoreEmbeddedUncached = "embedded, result cache off"

// loadAndSoak runs the three analyst queries and then the soak against a
// running server, each from dipgraph-load.
func (r *runner) loadAndSoak(ctx context.Context, store string, srv *server) {
	if r.loadBin == "" {
		r.note("GraphQL load on "+store, errors.New("dipgraph-load was not built"))
		return
	}
	for _, q := range shortQueries {
		if row, ok := r.measureQuery(ctx, store, srv.URL+"/query", q, nil); ok {
			r.rep.Load = append(r.rep.Load, row)
		}
	}
	r.soak(ctx, store, srv)
}

// measureQuery runs one analyst query (short name q) from dipgraph-load
// against url, cfg.Runs times, then once from a single client; extra are
// more arguments of `dipgraph-load http` (another server's query text).
func (r *runner) measureQuery(ctx context.Context, store, url, q string, extra []string) (LoadRow, bool) {
	var rs []loadtest.Result
	var clientCPU []float64
	args := func(clients int) []string {
		a := []string{"http", "-url", url, "-c", strconv.Itoa(clients), "-d", r.cfg.LoadDuration.String(), "-query", q}
		return append(a, extra...)
	}
	for i := 0; i < r.cfg.Runs && ctx.Err() == nil; i++ {
		c, err := runChild(ctx, r.cfg.WorkDir, nil, r.loadBin, args(r.cfg.LoadClients)...)
		if err != nil {
			r.note(fmt.Sprintf("GraphQL %s on %s", q, store), err)
			break
		}
		var res loadtest.Result
		clientCPU = append(clientCPU, c.CPU.Seconds()/c.Wall.Seconds())
		if err := json.Unmarshal(c.Stdout, &res); err != nil {
			r.note(fmt.Sprintf("GraphQL %s on %s", q, store), fmt.Errorf("undecodable output: %w", err))
			break
		}
		rs = append(rs, res)
	}
	if len(rs) == 0 {
		return LoadRow{}, false
	}
	row := LoadRow{Store: store, Query: rs[0].Name, Runs: len(rs), Clients: r.cfg.LoadClients, Duration: r.cfg.LoadDuration}
	var p50, p99, rps []float64
	for _, x := range rs {
		p50 = append(p50, x.P50ms)
		p99 = append(p99, x.P99ms)
		rps = append(rps, x.RPS)
		row.Requests += x.Requests
		row.Errors += x.Errors
		if row.FirstErr == "" {
			row.FirstErr = x.FirstErr
		}
	}
	row.P50ms, row.P99ms, row.RPS = medianF(p50), medianF(p99), medianF(rps)
	row.ClientCores = medianF(clientCPU)
	// The same query from one client: its cost without queueing.
	if c, err := runChild(ctx, r.cfg.WorkDir, nil, r.loadBin, args(1)...); err == nil {
		var one loadtest.Result
		if json.Unmarshal(c.Stdout, &one) == nil && one.Errors == 0 {
			row.SingleP50ms = one.P50ms
		}
	}
	r.rep.measured++
	r.logf("bench:   %s / %s: p50 %.2f ms, p99 %.2f ms, %.0f req/s, %d errors; one client: p50 %.2f ms", store, row.Query, row.P50ms, row.P99ms, row.RPS, row.Errors, row.SingleP50ms)
	return row, true
}

// soak runs the reliability soak against a running server.
func (r *runner) soak(ctx context.Context, store string, srv *server) {
	url := srv.URL + "/query"
	if ctx.Err() != nil {
		return
	}
	r.logf("bench: soak on %s: %d clients for %v with a concurrent ingest", store, r.cfg.LoadClients, r.cfg.SoakDuration)
	c, err := runChild(ctx, r.cfg.WorkDir, nil, r.loadBin, "soak", "-url", url,
		"-c", strconv.Itoa(r.cfg.LoadClients), "-d", r.cfg.SoakDuration.String(), "-token", benchToken,
		"-seed", strconv.FormatInt(r.cfg.Seed, 10))
	if err != nil {
		r.note("soak on "+store, err)
		return
	}
	var s loadtest.SoakResult
	if err := json.Unmarshal(c.Stdout, &s); err != nil {
		r.note("soak on "+store, fmt.Errorf("undecodable output: %w", err))
		return
	}
	r.rep.Soak = append(r.rep.Soak, SoakRow{Store: store, Clients: r.cfg.LoadClients, Duration: r.cfg.SoakDuration, Result: s})
	r.rep.measured++
	r.logf("bench:   %d queries, %d errors, p99 %.2f ms; %d ingests accepted, %d failed; %d meetings checked, %d lost",
		s.Load.Requests, s.Load.Errors, s.Load.P99ms, s.IngestsAccepted, s.IngestsFailed, s.MeetingsChecked, s.MeetingsLost)
}

// ingestOut is what `dipgraph-load ingest` prints.
type ingestOut struct {
	Store       string  `json:"store"`
	Articles    int     `json:"articles"`
	Meetings    int     `json:"meetings"`
	ExtractS    float64 `json:"extract_s"`
	IngestS     float64 `json:"ingest_s"`
	ArticlesPS  float64 `json:"articles_per_s"`
	HeapAfterMB float64 `json:"heap_after_gc_mb"`
}

// storeIngest runs `dipgraph-load ingest` on the first n files of dir.
func (r *runner) storeIngest(ctx context.Context, store, mode, dir string, n int, env []string) (ingestOut, child, error) {
	var x ingestOut
	c, err := runChild(ctx, r.cfg.WorkDir, env, r.loadBin, "ingest", "-store", store, "-mode", mode, "-dir", dir, "-n", strconv.Itoa(n))
	if err != nil {
		return x, c, err
	}
	if err := json.Unmarshal(c.Stdout, &x); err != nil {
		return x, c, fmt.Errorf("undecodable output of dipgraph-load ingest: %w", err)
	}
	return x, c, nil
}

// embeddedIngest loads each corpus size into the embedded store (with
// its fsynced journal) in a child process: the ingest rate of the main
// size, and the store's memory at every size.
func (r *runner) embeddedIngest(ctx context.Context) {
	if r.loadBin == "" {
		r.note("embedded store ingest", errors.New("dipgraph-load was not built"))
		return
	}
	sizes := r.sizes()
	for _, n := range sizes {
		if ctx.Err() != nil {
			return
		}
		if err := r.writeCorpus(n); err != nil {
			r.note(fmt.Sprintf("embedded store at %d reports", n), err)
			continue
		}
		r.logf("bench: embedded store ingest, %d reports", n)
		x, c, err := r.storeIngest(ctx, "mem-journal", "batched", r.corpusDir(n), n, nil)
		if err != nil {
			r.note(fmt.Sprintf("embedded store ingest at %d reports", n), err)
			continue
		}
		r.rep.StoreMemory = append(r.rep.StoreMemory, StoreMemRow{Reports: n, Articles: x.Articles, Meetings: x.Meetings, HeapMB: x.HeapAfterMB, PeakRSSMB: kbToMB(c.MaxRSSKB), IngestS: x.IngestS, ExtractS: x.ExtractS})
		if n == r.cfg.Reports {
			r.rep.Ingest = append(r.rep.Ingest, IngestRow{Store: "embedded", Mode: "store only, Ingest of 500 documents per call, fsynced journal", Articles: x.Articles, Runs: 1, Wall: time.Duration(x.IngestS * float64(time.Second)), StoreOnly: true, Embedded: true})
		}
		r.rep.measured++
		r.logf("bench:   %.0f articles/s, heap %.0f MB, peak RSS %.0f MB", x.ArticlesPS, x.HeapAfterMB, kbToMB(c.MaxRSSKB))
	}
}

// sizes are the corpus sizes to weigh the embedded store at, the main
// size first.
func (r *runner) sizes() []int {
	out := []int{r.cfg.Reports}
	for _, n := range r.cfg.MemSizes {
		if n != r.cfg.Reports {
			out = append(out, n)
		}
	}
	return out
}

// serverBin is the binary that serves GraphQL: dipgraph, or when it could
// not be built, the stand-in `dipgraph-load serve` (the same API handler
// over the same stores), which the report then names.
func (r *runner) serverBin() string {
	if r.bin != "" {
		r.rep.ServedBy = "dipgraph serve"
		return r.bin
	}
	if r.loadBin != "" {
		if r.rep.ServedBy == "" {
			r.rep.Notes = append(r.rep.Notes, "servers: dipgraph could not be built, so GraphQL was served by `dipgraph-load serve`, a stand-in with the same API handler (httpapi.New) over the same stores, loaded the same way")
		}
		r.rep.ServedBy = "dipgraph-load serve (stand-in)"
		return r.loadBin
	}
	return ""
}
