package main

import (
	"context"
	"runtime"
	"sync"

	"github.com/dipgraph/dipgraph/extract"
	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/build"
)

// extracted is one input's documents, or the error that stopped it.
type extracted struct {
	docs []graph.Document
	err  error
}

// extractAll extracts the inputs on every core and calls fn with each
// input's result in input order; it stops at fn's first error.
func extractAll(ctx context.Context, ex *extract.Extractor, ins []input, opts extract.Options, fn func(i int, r extracted) error) error {
	workers := runtime.GOMAXPROCS(0)
	results := make([]chan extracted, len(ins))
	for i := range results {
		results[i] = make(chan extracted, 1)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				o := opts
				o.File = ins[i].Name
				r, err := ex.ExtractBytes(ins[i].Data, o)
				results[i] <- extracted{docs: build.Documents(r), err: err}
			}
		}()
	}
	// Feed at most a window ahead of the consumer, so that memory stays
	// bounded by the window, not the corpus.
	window := make(chan struct{}, 4*workers)
	go func() {
		defer close(next)
		for i := range ins {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case next <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	defer wg.Wait()
	for i := range ins {
		var r extracted
		select {
		case r = <-results[i]:
		case <-ctx.Done():
			return ctx.Err()
		}
		<-window
		ins[i].Data = nil // extracted: let the text go
		if err := fn(i, r); err != nil {
			return err
		}
	}
	return nil
}
