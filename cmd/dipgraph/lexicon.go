package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/dipgraph/dipgraph/extract"
	"github.com/dipgraph/dipgraph/extract/lexicon"
)

// lexiconCmd keeps the lexicons up to date without a rebuild
// (docs/lexicon.md): candidates lists what the rules could not resolve, add
// appends a validated line to the override folder DIR/lexicon, validate
// checks that folder.
type lexiconCmd struct {
	data   string
	format string
	limit  int
}

const lexiconUsage = `usage:
  dipgraph lexicon candidates [--data DIR] [--format text|json] [--limit N] PATH...
  dipgraph lexicon add [--data DIR] KIND FIELDS...     (KIND: %s)
  dipgraph lexicon validate [--data DIR]
Overrides live in DIR/lexicon/*.tsv (DIR: --data, else $DIPGRAPH_DATA, else ./dipgraph-data).
`

func (c *lexiconCmd) flags(fs *flag.FlagSet) {
	fs.StringVar(&c.data, "data", "", "data folder whose lexicon/ holds the overrides (default $DIPGRAPH_DATA, else ./dipgraph-data)")
	fs.StringVar(&c.format, "format", "text", "candidates: text or json")
	fs.IntVar(&c.limit, "limit", 0, "candidates: list at most N (0: all)")
}

// usage lists the actions, for "dipgraph lexicon -h".
func (c *lexiconCmd) usage(w io.Writer) {
	fmt.Fprintf(w, lexiconUsage, strings.Join(lexicon.Kinds(), ", "))
}

// lexiconDir is the override folder of a data folder: the one place that
// says where overrides live (ingest and serve load the same folder).
func lexiconDir(data string) string { return filepath.Join(data, "lexicon") }

// newExtractorWithOverrides is the extractor with the overrides of the data
// folder data merged over the embedded lexicons ("" for none).
func newExtractorWithOverrides(data string) (*extract.Extractor, error) {
	var opts []extract.Option
	if data != "" {
		opts = append(opts, extract.WithLexiconDir(lexiconDir(data)))
	}
	ex, err := extract.New(opts...)
	if err != nil {
		return nil, fmt.Errorf("load extractor: %w", err)
	}
	return ex, nil
}

func (c *lexiconCmd) run(ctx context.Context, m *Main, args []string) error {
	if len(args) == 0 {
		c.usage(m.Stderr)
		return exitError{2}
	}
	// Flags anywhere on the line were parsed by ParseFlags
	// ("lexicon add … --data DIR").
	action, pos := args[0], args[1:]
	data := dataFolder(m, c.data)
	switch action {
	case "candidates":
		return c.candidates(ctx, m, data, pos)
	case "add":
		if len(pos) < 2 {
			return fmt.Errorf("lexicon add needs KIND FIELDS... (KIND: %s)", strings.Join(lexicon.Kinds(), ", "))
		}
		path, err := lexicon.Append(lexiconDir(data), pos[0], pos[1:])
		if err != nil {
			return fmt.Errorf("lexicon add: %w", err)
		}
		fmt.Fprintf(m.Stdout, "added to %s: %s\nthe next ingest uses it (texts already ingested keep their facts)\n", path, strings.Join(pos[1:], "\t"))
		return nil
	case "validate":
		probs, err := lexicon.Validate(lexiconDir(data))
		if err != nil {
			return fmt.Errorf("lexicon validate: %w", err)
		}
		for _, p := range probs {
			fmt.Fprintln(m.Stdout, p.Error())
		}
		if len(probs) > 0 {
			fmt.Fprintf(m.Stderr, "dipgraph: %d bad lines in %s\n", len(probs), lexiconDir(data))
			return exitError{1}
		}
		fmt.Fprintf(m.Stdout, "%s: ok\n", lexiconDir(data))
		return nil
	default:
		fmt.Fprintf(m.Stderr, "dipgraph: unknown lexicon action %q\n", action)
		c.usage(m.Stderr)
		return exitError{2}
	}
}

func (c *lexiconCmd) candidates(ctx context.Context, m *Main, data string, paths []string) error {
	if c.format != "text" && c.format != "json" {
		return fmt.Errorf("--format %q: want text or json", c.format)
	}
	if len(paths) == 0 {
		return fmt.Errorf("lexicon candidates needs PATH... (files, folders, - for stdin)")
	}
	ex, err := newExtractorWithOverrides(data)
	if err != nil {
		return err
	}
	ins, err := m.readInputs(paths)
	if err != nil {
		return err
	}
	var rs []extract.Result
	for _, in := range ins {
		if err := ctx.Err(); err != nil {
			return err
		}
		r, err := ex.ExtractBytes(in.Data, extract.Options{File: in.Name})
		if err != nil {
			m.reportFileError(in.Name, err)
			continue
		}
		rs = append(rs, r)
	}
	cs := ex.Candidates(rs...)
	if c.limit > 0 && len(cs) > c.limit {
		cs = cs[:c.limit]
	}
	w := bufio.NewWriter(m.Stdout)
	if c.format == "json" {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if cs == nil {
			cs = []extract.Candidate{}
		}
		err = enc.Encode(cs)
	} else {
		fmt.Fprintf(w, "%d candidates (most facts unlocked first)\n", len(cs))
		for _, cd := range cs {
			fmt.Fprintf(w, "%-8s %-20s count %d, unlocks %d\n", cd.Kind, cd.Text, cd.Count, cd.Unlocks)
			fmt.Fprintf(w, "         add: dipgraph lexicon add %s %s\n", cd.Kind, shellWords(cd.Fields))
			if cd.Note != "" {
				fmt.Fprintf(w, "         note: %s\n", cd.Note)
			}
			ex := strings.ReplaceAll(cd.Example, "\n", " ")
			if cd.File != "" {
				ex += " (" + cd.File + ")"
			}
			fmt.Fprintf(w, "         e.g. %s\n", ex)
		}
	}
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		return fmt.Errorf("write: %w", err)
	}
	return nil
}

// shellWords quotes the empty fields of a suggested line for the shell.
func shellWords(fs []string) string {
	out := make([]string, len(fs))
	for i, f := range fs {
		if f == "" {
			f = "''"
		}
		out[i] = f
	}
	return strings.Join(out, " ")
}
