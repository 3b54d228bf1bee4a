package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/dipgraph/dipgraph/extract"
	"github.com/dipgraph/dipgraph/extract/document"
)

// extractCmd prints the extraction of text files as the contract's JSON.
type extractCmd struct {
	data     string
	date     string
	format   string
	source   string
	maxInput int64
}

func (c *extractCmd) flags(fs *flag.FlagSet) {
	fs.StringVar(&c.data, "data", "", "data folder whose lexicon/ overrides the embedded lexicons (default $DIPGRAPH_DATA, else ./dipgraph-data)")
	fs.StringVar(&c.date, "date", "", "publication date YYYY-MM-DD: the year of dates written without one, when the text does not give it")
	fs.StringVar(&c.format, "format", "json", "json: one document {\"articles\": […]}; jsonl: one article per line")
	fs.StringVar(&c.source, "source", "", "outlet of every article (overrides the dateline's)")
	fs.Int64Var(&c.maxInput, "max-input", defaultMaxInput, "largest input file in MiB (larger ones are refused)")
}

func (c *extractCmd) run(ctx context.Context, m *Main, args []string) error {
	if err := checkDate(c.date); err != nil {
		return err
	}
	if c.format != "json" && c.format != "jsonl" {
		return fmt.Errorf("--format %q: want json or jsonl", c.format)
	}
	ex, err := newExtractorWithOverrides(dataFolder(m, c.data))
	if err != nil {
		return err
	}
	if c.maxInput <= 0 {
		return fmt.Errorf("--max-input %d: want a positive number of MiB", c.maxInput)
	}
	ins, err := m.listInputs(args, c.maxInput<<20)
	if err != nil {
		return err
	}
	// Each file is read as a stream (ExtractReader: about 1 MB at a time),
	// and each article written as soon as it is extracted, so memory stays
	// bounded whatever the input size.
	w := bufio.NewWriter(m.Stdout)
	out := &articleWriter{w: w, jsonl: c.format == "jsonl"}
	ok := 0
	warn := newYearWarner(m.Stderr)
	defer warn.done()
	emit := func(a extract.Article) error {
		warn.add(a.File, partialMeetings([]extract.Article{a}))
		return out.write(a)
	}
	for _, in := range ins {
		if err := ctx.Err(); err != nil {
			return err
		}
		f := in.Name
		err := extractInput(ctx, ex, in, extract.Options{Date: c.date, Source: c.source}, emit)
		if err != nil {
			if out.err != nil {
				return fmt.Errorf("write: %w", out.err)
			}
			m.reportFileError(f, err)
			if out.n == 0 {
				continue
			}
		}
		ok++
	}
	if ok == 0 {
		return exitError{1}
	}
	if err := out.close(); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	return w.Flush()
}

// extractInput streams one input through the extractor. An input of
// documents with metadata (document.HasMetadata: crawler records, an HTML
// page, front matter, a date in its name) is read whole, up to its limit,
// and each document extracted with its own date, URL and site; a bad
// record is reported in the error and the others go on.
func extractInput(ctx context.Context, ex *extract.Extractor, in input, opts extract.Options, emit func(extract.Article) error) error {
	rc, err := in.open(ctx)
	if err != nil {
		return err
	}
	defer rc.Close()
	br := bufio.NewReaderSize(rc, 4096)
	head, _ := br.Peek(512)
	if in.Name == "-" || !document.HasMetadata(in.Name, head) {
		return ex.ExtractReader(br, in.options(opts), emit)
	}
	b, err := io.ReadAll(br)
	if err != nil {
		return err
	}
	docs, errs := documentsOf(in.Name, b)
	if len(docs) == 0 {
		errs = append(errs, fmt.Errorf("no document with text"))
		return errors.Join(errs...)
	}
	for _, d := range docs {
		r, err := ex.ExtractBytes(d.Data, d.options(opts))
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", d.Name, err))
			continue
		}
		for _, a := range r.Articles {
			if err := emit(a); err != nil {
				return err
			}
		}
	}
	return errors.Join(errs...)
}

// articleWriter writes articles as they come: JSON Lines, or the
// {"articles": […]} document opened at the first article.
type articleWriter struct {
	w     *bufio.Writer
	jsonl bool
	n     int
	err   error
}

func (o *articleWriter) write(a extract.Article) error {
	var b []byte
	if o.jsonl {
		b, o.err = marshal(a, "", "")
	} else {
		b, o.err = marshal(a, "    ", "  ")
	}
	if o.err != nil {
		return o.err
	}
	switch {
	case o.jsonl:
	case o.n == 0:
		o.w.WriteString("{\n  \"articles\": [\n    ")
	default:
		o.w.WriteString(",\n    ")
	}
	o.n++
	o.w.Write(b)
	if o.jsonl {
		o.w.WriteByte('\n')
	}
	return nil
}

// close ends the JSON document.
func (o *articleWriter) close() error {
	switch {
	case o.jsonl:
	case o.n == 0:
		o.w.WriteString("{\n  \"articles\": []\n}\n")
	default:
		o.w.WriteString("\n  ]\n}\n")
	}
	return nil
}

// marshal is json.MarshalIndent without HTML escaping.
func marshal(v any, prefix, indent string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, indent)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

// checkDate accepts "" or an ISO date.
func checkDate(d string) error {
	if d == "" {
		return nil
	}
	if _, err := time.Parse("2006-01-02", d); err != nil {
		return fmt.Errorf("--date %q: want YYYY-MM-DD", d)
	}
	return nil
}
