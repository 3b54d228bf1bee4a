package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"time"

	"github.com/dipgraph/dipgraph/extract"
)

// extractCmd prints the extraction of text files as the contract's JSON.
type extractCmd struct {
	data   string
	date   string
	format string
	source string
}

func (c *extractCmd) flags(fs *flag.FlagSet) {
	fs.StringVar(&c.data, "data", "", "data folder whose lexicon/ overrides the embedded lexicons (default $DIPGRAPH_DATA, else ./dipgraph-data)")
	fs.StringVar(&c.date, "date", "", "publication date YYYY-MM-DD: the year of dates written without one, when the text does not give it")
	fs.StringVar(&c.format, "format", "json", "json: one document {\"articles\": […]}; jsonl: one article per line")
	fs.StringVar(&c.source, "source", "", "outlet of every article (overrides the dateline's)")
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
	ins, err := m.readInputs(args)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(m.Stdout)
	res := extract.Result{Articles: []extract.Article{}}
	ok := 0
	for _, in := range ins {
		if err := ctx.Err(); err != nil {
			return err
		}
		r, err := ex.ExtractBytes(in.Data, extract.Options{Date: c.date, Source: c.source, File: in.Name})
		if err != nil {
			m.reportFileError(in.Name, err)
			continue
		}
		ok++
		if c.format == "jsonl" {
			enc := json.NewEncoder(w)
			enc.SetEscapeHTML(false)
			for _, a := range r.Articles {
				if err := enc.Encode(a); err != nil {
					return fmt.Errorf("write: %w", err)
				}
			}
			continue
		}
		res.Articles = append(res.Articles, r.Articles...)
	}
	if ok == 0 {
		return exitError{1}
	}
	if c.format == "json" {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(res); err != nil {
			return fmt.Errorf("write: %w", err)
		}
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	return nil
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
