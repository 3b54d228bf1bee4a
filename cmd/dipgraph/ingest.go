package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/dipgraph/dipgraph/extract"
	"github.com/dipgraph/dipgraph/graph"
)

// ingestCmd extracts text files and loads them into the store.
type ingestCmd struct {
	store    storeFlags
	date     string
	source   string
	batch    int
	progress string
}

func (c *ingestCmd) flags(fs *flag.FlagSet) {
	c.store.register(fs)
	fs.StringVar(&c.date, "date", "", "publication date YYYY-MM-DD for texts that do not give their year")
	fs.StringVar(&c.source, "source", "", "outlet of every article (overrides the dateline's)")
	fs.IntVar(&c.batch, "batch", 250, "articles per store transaction")
	fs.StringVar(&c.progress, "progress", "auto", "progress bar on stderr: auto (when a terminal), always, never")
}

// ingestStats sums the results of the batches.
type ingestStats struct {
	files, failed int
	graph.IngestResult
	start time.Time
}

func (c *ingestCmd) run(ctx context.Context, m *Main, args []string) error {
	if err := checkDate(c.date); err != nil {
		return err
	}
	if c.batch <= 0 {
		return fmt.Errorf("--batch %d: want a positive number", c.batch)
	}
	ins, err := m.readInputs(args)
	if err != nil {
		return err
	}
	st, err := c.store.open(ctx, m)
	if err != nil {
		return err
	}
	ex, err := newExtractor()
	if err != nil {
		return err
	}
	bar := newProgress(m.Stderr, c.progress, len(ins))
	s := ingestStats{start: time.Now()}
	var pending []graph.Document
	flush := func() error {
		if len(pending) == 0 {
			return nil
		}
		r, err := st.Ingest(ctx, pending)
		if err != nil {
			return storeError(c.store.describe(m), err)
		}
		s.Created += r.Created
		s.Unchanged += r.Unchanged
		s.MeetingsCreated += r.MeetingsCreated
		s.MeetingsMerged += r.MeetingsMerged
		pending = pending[:0]
		return nil
	}
	err = extractAll(ctx, ex, ins, extract.Options{Date: c.date, Source: c.source}, func(i int, r extracted) error {
		if r.err != nil {
			bar.clear()
			m.reportFileError(ins[i].Name, r.err)
			s.failed++
		} else {
			s.files++
			pending = append(pending, r.docs...)
			if len(pending) >= c.batch {
				if err := flush(); err != nil {
					return err
				}
			}
		}
		bar.update(i+1, s.Created+s.Unchanged+len(pending), time.Since(s.start))
		return nil
	})
	if err != nil {
		bar.done()
		return err
	}
	if err := flush(); err != nil {
		bar.done()
		return err
	}
	bar.done()
	el := time.Since(s.start)
	n := s.Created + s.Unchanged
	fmt.Fprintf(m.Stdout, "ingested %d file(s) into %s: %d article(s), %d new, %d unchanged; meetings: %d new, %d merged with an earlier report; %.1fs (%.0f articles/s)\n",
		s.files, c.store.describe(m), n, s.Created, s.Unchanged, s.MeetingsCreated, s.MeetingsMerged,
		el.Seconds(), float64(n)/max(el.Seconds(), 1e-9))
	if s.files == 0 {
		return exitError{1}
	}
	return nil
}

// progress draws a one-line progress bar on a terminal.
type progress struct {
	w     io.Writer
	on    bool
	total int
	last  time.Time
	drawn bool
}

func newProgress(w io.Writer, mode string, total int) *progress {
	on := mode == "always"
	if mode == "auto" {
		on = isTerminal(w)
	}
	return &progress{w: w, on: on, total: total}
}

// isTerminal says whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

func (p *progress) update(files, articles int, el time.Duration) {
	if !p.on || (files < p.total && time.Since(p.last) < 100*time.Millisecond) {
		return
	}
	p.last = time.Now()
	const width = 30
	fill := width * files / max(p.total, 1)
	rate := float64(articles) / max(el.Seconds(), 1e-9)
	fmt.Fprintf(p.w, "\r[%s%s] %d/%d files, %d articles, %.0f articles/s ",
		strings.Repeat("=", fill), strings.Repeat(" ", width-fill), files, p.total, articles, rate)
	p.drawn = true
}

// clear removes the bar so that a message can be printed on its line.
func (p *progress) clear() {
	if p.on && p.drawn {
		fmt.Fprint(p.w, "\r\033[K")
		p.drawn = false
	}
}

func (p *progress) done() {
	if p.on && p.drawn {
		fmt.Fprintln(p.w)
		p.drawn = false
	}
}
