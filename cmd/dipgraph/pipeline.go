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
	docs    []graph.Document
	partial int // meetings without year (month and day only)
	dates   dateCounts
	err     error
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
				r, err := ex.ExtractBytes(ins[i].Data, ins[i].options(opts))
				var dc dateCounts
				dc.add(r.Articles)
				results[i] <- extracted{docs: build.Documents(r), partial: partialMeetings(r.Articles), dates: dc, err: err}
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

// loader extracts inputs and writes their documents to a store in
// batches, summing what the store reports.
type loader struct {
	st      graph.Store
	what    string // the store, for messages
	batch   int
	pending []graph.Document
	graph.IngestResult
	files, failed int
	warn          *yearWarner // nil: no warnings
	dates         dateCounts  // the extracted meetings by date precision
}

// add queues documents and writes a batch when one is full.
func (l *loader) add(ctx context.Context, docs []graph.Document) error {
	l.pending = append(l.pending, docs...)
	if len(l.pending) >= l.batch {
		return l.flush(ctx)
	}
	return nil
}

// flush writes what is queued.
func (l *loader) flush(ctx context.Context) error {
	if len(l.pending) == 0 {
		return nil
	}
	r, err := l.st.Ingest(ctx, l.pending)
	if err != nil {
		return storeError(l.what, err)
	}
	l.Created += r.Created
	l.Unchanged += r.Unchanged
	l.MeetingsCreated += r.MeetingsCreated
	l.MeetingsMerged += r.MeetingsMerged
	l.pending = l.pending[:0]
	return nil
}

// articles counts the articles written and queued.
func (l *loader) articles() int { return l.Created + l.Unchanged + len(l.pending) }

// load extracts ins into the store; bad inputs go to onBad and are
// skipped; after is called after each input.
func (l *loader) load(ctx context.Context, ex *extract.Extractor, ins []input, opts extract.Options,
	onBad func(name string, err error), after func(i int)) error {
	err := extractAll(ctx, ex, ins, opts, func(i int, r extracted) error {
		if r.err != nil {
			l.failed++
			onBad(ins[i].Name, r.err)
		} else {
			l.files++
			l.warn.add(ins[i].Name, r.partial)
			l.dates.dated += r.dates.dated
			l.dates.partial += r.dates.partial
			l.dates.undated += r.dates.undated
			if err := l.add(ctx, r.docs); err != nil {
				return err
			}
		}
		if after != nil {
			after(i)
		}
		return nil
	})
	if err != nil {
		return err
	}
	return l.flush(ctx)
}
