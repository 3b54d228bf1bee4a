package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"

	"github.com/dipgraph/dipgraph/extract"
	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/build"
	"github.com/dipgraph/dipgraph/graph/mem"
	"github.com/dipgraph/dipgraph/internal/parallel"
)

// IngestResult is what `ingest` prints.
type IngestResult struct {
	Store       string  `json:"store"`
	Mode        string  `json:"mode"`
	Files       int     `json:"files"`
	Articles    int     `json:"articles"`
	Meetings    int     `json:"meetings"`
	Created     int     `json:"created"`
	Batch       int     `json:"batch"`
	ExtractS    float64 `json:"extract_s"` // extraction, all cores (not part of the rate)
	IngestS     float64 `json:"ingest_s"`  // the store's Ingest calls only
	ArticlesPS  float64 `json:"articles_per_s"`
	HeapAfterMB float64 `json:"heap_after_gc_mb"` // live heap once everything is loaded
}

// storeOpeners open a store by name; mode selects the writer where the
// store has several.
var storeOpeners = map[string]func(ctx context.Context, dir, mode string) (graph.Store, error){
	"mem": func(context.Context, string, string) (graph.Store, error) { return mem.New(), nil },
	"mem-journal": func(_ context.Context, dir, _ string) (graph.Store, error) {
		return mem.Open(dir)
	},
}

// ingestBench extracts the first n files of dir batch by batch and loads
// each batch into the store, timing the store alone. Batches are dropped
// once loaded, so the process holds the store and one batch.
func ingestBench(ctx context.Context, storeName, mode, dir string, n, batch int) (IngestResult, error) {
	res := IngestResult{Store: storeName, Mode: mode, Batch: batch}
	open, ok := storeOpeners[storeName]
	if !ok {
		var names []string
		for k := range storeOpeners {
			names = append(names, k)
		}
		sort.Strings(names)
		return res, fmt.Errorf("unknown store %q (have %s)", storeName, strings.Join(names, ", "))
	}
	files, err := listTexts(dir, n)
	if err != nil {
		return res, err
	}
	x, err := extract.New()
	if err != nil {
		return res, err
	}
	dataDir, err := os.MkdirTemp("", "dipgraph-load-store-")
	if err != nil {
		return res, err
	}
	defer os.RemoveAll(dataDir)
	st, err := open(ctx, dataDir, mode)
	if err != nil {
		return res, fmt.Errorf("open store %s: %w", storeName, err)
	}
	defer st.Close(context.WithoutCancel(ctx))
	if batch < 1 {
		batch = 500
	}
	var extractD, ingestD time.Duration
	for lo := 0; lo < len(files); lo += batch {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		hi := min(lo+batch, len(files))
		t0 := time.Now()
		docs, err := extractParallel(x, files[lo:hi])
		if err != nil {
			return res, err
		}
		extractD += time.Since(t0)
		for _, d := range docs {
			res.Meetings += len(d.Meetings)
		}
		t0 = time.Now()
		r, err := st.Ingest(ctx, docs)
		if err != nil {
			return res, fmt.Errorf("ingest batch at file %d: %w", lo, err)
		}
		ingestD += time.Since(t0)
		res.Articles += len(docs)
		res.Created += r.Created
	}
	res.Files = len(files)
	res.ExtractS, res.IngestS = extractD.Seconds(), ingestD.Seconds()
	if res.IngestS > 0 {
		res.ArticlesPS = float64(res.Articles) / res.IngestS
	}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	res.HeapAfterMB = float64(ms.HeapAlloc) / 1e6
	runtime.KeepAlive(st)
	return res, nil
}

// listTexts lists the first n .txt files of dir in name order (all if n ≤ 0).
func listTexts(dir string, n int) ([]string, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("read corpus %s: %w", dir, err)
	}
	var out []string
	for _, e := range ents {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".txt") {
			out = append(out, filepath.Join(dir, e.Name()))
			if n > 0 && len(out) == n {
				break
			}
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no .txt files in %s", dir)
	}
	return out, nil
}

// extractParallel extracts files on every core, keeping their order.
func extractParallel(x *extract.Extractor, files []string) ([]graph.Document, error) {
	results, err := parallel.Map(len(files), func(i int) ([]graph.Document, error) {
		b, err := os.ReadFile(files[i])
		if err == nil {
			var r extract.Result
			if r, err = x.ExtractBytes(b, extract.Options{File: filepath.Base(files[i])}); err == nil {
				return build.Documents(r), nil
			}
		}
		return nil, fmt.Errorf("extract %s: %w", files[i], err)
	})
	if err != nil {
		return nil, err
	}
	var docs []graph.Document
	for _, ds := range results {
		docs = append(docs, ds...)
	}
	return docs, nil
}
