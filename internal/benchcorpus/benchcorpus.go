// Package benchcorpus builds the store documents of the generated corpus
// (internal/corpusgen, mixed layout, as the benchmark harness writes it)
// through the real extractor, for in-process benchmarks of the stores and
// the API. Documents are built once per process and size.
package benchcorpus

import (
	"fmt"
	"sync"

	"github.com/dipgraph/dipgraph/extract"
	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/build"
	"github.com/dipgraph/dipgraph/internal/corpusgen"
	"github.com/dipgraph/dipgraph/internal/parallel"
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
	results, _ := parallel.Map(n, func(i int) ([]graph.Document, error) {
		l := corpusgen.Make(i, Seed, corpusgen.Options{Layout: corpusgen.LayoutMixed})
		return build.Documents(x.Extract(l.Text, extract.Options{File: l.Name})), nil
	})
	var docs []graph.Document
	for _, ds := range results {
		docs = append(docs, ds...)
	}
	cache[n] = docs
	return docs, nil
}
