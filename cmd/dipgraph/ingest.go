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
)

// ingestCmd extracts text files and loads them into the store.
type ingestCmd struct {
	store    storeFlags
	date     string
	source   string
	batch    int
	progress string
	maxInput int64
}

func (c *ingestCmd) flags(fs *flag.FlagSet) {
	c.store.register(fs)
	fs.StringVar(&c.date, "date", "", "publication date YYYY-MM-DD for texts that do not give their year")
	fs.StringVar(&c.source, "source", "", "outlet of every article (overrides the dateline's)")
	fs.IntVar(&c.batch, "batch", 250, "articles per store transaction")
	fs.StringVar(&c.progress, "progress", "auto", "progress bar on stderr: auto (when a terminal), always, never")
	fs.Int64Var(&c.maxInput, "max-input", defaultMaxInput, "largest input file in MiB (larger ones are refused)")
}

func (c *ingestCmd) run(ctx context.Context, m *Main, args []string) error {
	if err := checkDate(c.date); err != nil {
		return err
	}
	if c.batch <= 0 {
		return fmt.Errorf("--batch %d: want a positive number", c.batch)
	}
	if c.maxInput <= 0 {
		return fmt.Errorf("--max-input %d: want a positive number of MiB", c.maxInput)
	}
	// Files are opened when a worker takes them, not read here: memory
	// is bounded by the workers (pipeline.go), not the folder.
	ins, err := m.listInputs(args, c.maxInput<<20)
	if err != nil {
		return err
	}
	st, err := c.store.open(ctx, m)
	if err != nil {
		return err
	}
	ex, err := c.store.extractor(m)
	if err != nil {
		return err
	}
	bar := newProgress(m.Stderr, c.progress, len(ins))
	start := time.Now()
	l := &loader{st: st, what: c.store.describe(m), batch: c.batch, warn: newYearWarner(m.Stderr)}
	err = l.load(ctx, ex, ins, extract.Options{Date: c.date, Source: c.source},
		func(name string, err error) { bar.clear(); m.reportFileError(name, err) },
		func(i int) { bar.update(i+1, l.articles(), time.Since(start)) })
	bar.done()
	l.warn.done()
	if err != nil {
		return err
	}
	el := time.Since(start)
	n := l.Created + l.Updated + l.Unchanged
	fmt.Fprintf(m.Stdout, "ingested %d file(s) into %s: %d article(s), %d new, %d updated, %d unchanged; meetings: %d new, %d merged with an earlier report; extracted meetings: %s; %.1fs (%.0f articles/s)\n",
		l.files, c.store.describe(m), n, l.Created, l.Updated, l.Unchanged, l.MeetingsCreated, l.MeetingsMerged, l.dates,
		el.Seconds(), float64(n)/max(el.Seconds(), 1e-9))
	if l.files == 0 {
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
