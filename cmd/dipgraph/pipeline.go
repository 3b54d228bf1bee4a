package main

import (
	"context"
	"runtime"
	"sync"

	"github.com/dipgraph/dipgraph/extract"
	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/build"
)

// extracted is a piece of one input's documents, or the error that
// ended the input (after its other pieces).
type extracted struct {
	docs    []graph.Document
	partial int // meetings without year (month and day only)
	dates   dateCounts
	err     error
}

// pieceArticles is the number of articles sent to the consumer at once.
const pieceArticles = 64

// extractAll extracts the inputs on every core and calls fn with each
// input's pieces in input order, then done with the input's error (nil
// when all of it was read); it stops at the first error of fn or done.
//
// Memory is bounded by the workers, not the inputs: each worker opens its
// input when it takes it, reads it as a stream (extract.ExtractReader:
// about 1 MB at a time) and hands over pieces of documents through a
// channel of one piece, so a worker ahead of the consumer waits holding
// at most two pieces and one chunk.
func extractAll(ctx context.Context, ex *extract.Extractor, ins []input, opts extract.Options,
	fn func(i int, r extracted) error, done func(i int, err error) error) error {
	workers := runtime.GOMAXPROCS(0)
	results := make([]chan extracted, len(ins))
	for i := range results {
		results[i] = make(chan extracted, 1)
	}
	ctx, cancel := context.WithCancel(ctx)
	next := make(chan int)
	var wg sync.WaitGroup
	// On return (fn's error included) the feeder stops and closes next,
	// the workers drain it and end: cancel before waiting.
	defer func() {
		cancel()
		wg.Wait()
	}()
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				extractOne(ctx, ex, ins[i], opts, results[i])
			}
		}()
	}
	go func() {
		defer close(next)
		for i := range ins {
			select {
			case next <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	for i := range ins {
		for {
			var r extracted
			var ok bool
			select {
			case r, ok = <-results[i]:
			case <-ctx.Done():
				return ctx.Err()
			}
			if !ok {
				if err := ctx.Err(); err != nil {
					return err // the worker gave up
				}
				break
			}
			if len(r.docs) > 0 {
				if err := fn(i, r); err != nil {
					return err
				}
			}
			if r.err != nil || len(r.docs) == 0 {
				if err := done(i, r.err); err != nil {
					return err
				}
			}
		}
		ins[i].Data = nil // extracted: let the text go
	}
	return nil
}

// extractOne streams one input through the extractor into out, in pieces
// of documents; the last piece has no documents and carries the input's
// error (nil when it was all read). It gives up when ctx ends.
func extractOne(ctx context.Context, ex *extract.Extractor, in input, opts extract.Options, out chan<- extracted) {
	defer close(out)
	send := func(r extracted) error {
		select {
		case out <- r:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	var piece extracted
	err := extractInput(ctx, ex, in, opts, func(a extract.Article) error {
		piece.docs = append(piece.docs, build.DocumentWith(a, ex.Lexicon()))
		piece.partial += partialMeetings([]extract.Article{a})
		piece.dates.add([]extract.Article{a})
		if len(piece.docs) < pieceArticles {
			return nil
		}
		p := piece
		piece = extracted{}
		return send(p)
	})
	if ctx.Err() != nil {
		return
	}
	if len(piece.docs) > 0 && send(piece) != nil {
		return
	}
	send(extracted{err: err})
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
		return writeError(l.what, err)
	}
	l.Created += r.Created
	l.Unchanged += r.Unchanged
	l.Updated += r.Updated
	l.MeetingsCreated += r.MeetingsCreated
	l.MeetingsMerged += r.MeetingsMerged
	l.pending = l.pending[:0]
	return nil
}

// articles counts the articles written and queued.
func (l *loader) articles() int { return l.Created + l.Updated + l.Unchanged + len(l.pending) }

// load extracts ins into the store; bad inputs go to onBad and are
// skipped (an input read in part keeps what was read); after is called
// after each input.
func (l *loader) load(ctx context.Context, ex *extract.Extractor, ins []input, opts extract.Options,
	onBad func(name string, err error), after func(i int)) error {
	got := make([]bool, len(ins))
	err := extractAll(ctx, ex, ins, opts, func(i int, r extracted) error {
		got[i] = true
		l.warn.add(ins[i].Name, r.partial)
		l.dates.dated += r.dates.dated
		l.dates.partial += r.dates.partial
		l.dates.undated += r.dates.undated
		return l.add(ctx, r.docs)
	}, func(i int, err error) error {
		if err != nil {
			onBad(ins[i].Name, err)
		}
		if got[i] {
			l.files++
		} else {
			l.failed++
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
