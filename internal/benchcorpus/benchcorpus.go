// Package benchcorpus builds the store documents of the generated corpus
// (internal/corpusgen, mixed layout, as the benchmark harness writes it)
// through the real extractor, for in-process benchmarks of the stores and
// the API. Documents are built once per process and size.
package benchcorpus

import (
	"fmt"
	"runtime"
	"sync"

	"github.com/dipgraph/dipgraph/extract"
	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/build"
	"github.com/dipgraph/dipgraph/internal/corpusgen"
)

// Seed is the corpus seed the benchmark harness uses.
const Seed = 1

var (
	mu    sync.Mutex
	cache = map[int][]graph.Document{}
)

// Documents returns the documents of reports 0..n-1 of the corpus, in
// report order. Callers must not change them.
func Documents(n int) ([]graph.Document, error) {
	mu.Lock()
	defer mu.Unlock()
	if docs, ok := cache[n]; ok {
		return docs, nil
	}
	x, err := extract.New()
	if err != nil {
		return nil, fmt.Errorf("benchcorpus: %w", err)
	}
	results := make([][]graph.Document, n)
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				l := corpusgen.Make(i, Seed, corpusgen.Options{Layout: corpusgen.LayoutMixed})
				results[i] = build.Documents(x.Extract(l.Text, extract.Options{File: l.Name}))
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
	var docs []graph.Document
	for _, ds := range results {
		docs = append(docs, ds...)
	}
	cache[n] = docs
	return docs, nil
}
