package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/dipgraph/dipgraph/extract"
	"github.com/dipgraph/dipgraph/extract/eval"
)

// evalCmd scores the extraction against hand-labelled gold files.
type evalCmd struct {
	data   string
	gold   string
	date   string
	format string
	minF1  float64
	errors bool
	// consistency checks headlines against bodies instead of scoring gold.
	consistency bool
	// synthetic keeps the rows of kind synthetic in a folder's figures.
	synthetic bool
	lenient   bool
	// match keeps only the rows of a folder whose text file name matches.
	match string
}

func (c *evalCmd) flags(fs *flag.FlagSet) {
	fs.StringVar(&c.data, "data", "", "data folder whose lexicon/ overrides the embedded lexicons (default $DIPGRAPH_DATA, else ./dipgraph-data)")
	fs.StringVar(&c.gold, "gold", "", "gold file (the extraction JSON, labelled by hand) for PATH...; or a folder of NAME.gold.json beside NAME.txt (or listed in its variants.tsv), scored pooled")
	fs.StringVar(&c.date, "date", "", "publication date YYYY-MM-DD for texts that do not give their year")
	fs.StringVar(&c.format, "format", "text", "text: a table then every false positive and miss with its sentence; json: the report")
	fs.Float64Var(&c.minF1, "min-f1", 0, "exit 1 when the F1 of a kind with gold facts is under this")
	fs.BoolVar(&c.errors, "errors", true, "list false positives and misses (text format)")
	fs.BoolVar(&c.lenient, "lenient", false, "forgive what the hidden judging set forgives: a title that differs only by the body before it (总理 for 国务院总理) and a foreign person's full name for the name the gold writes (安倍晋三 for 安倍)")
	fs.BoolVar(&c.synthetic, "synthetic", false, "with --gold DIR: also score the rows variants.tsv marks synthetic (texts written, not copied from a real report)")
	fs.StringVar(&c.match, "match", "", "with --gold DIR: score only the rows whose text file name matches this regexp (e.g. a held-out round: '^1(4[89]|5)')")
	fs.BoolVar(&c.consistency, "consistency", false, "no gold: for every article whose headline names an event, check that the body has the headline's meeting; print the disagreement rate and the cases")
}

// pair is one gold file and the texts it labels.
type pair struct {
	gold      string
	texts     []string
	date      string
	synthetic bool // a text written, not copied from a real report
}

func (c *evalCmd) run(ctx context.Context, m *Main, args []string) error {
	if c.consistency {
		return c.runConsistency(ctx, m, args)
	}
	if c.gold == "" {
		return fmt.Errorf("eval needs --gold GOLD.json")
	}
	if c.format != "text" && c.format != "json" {
		return fmt.Errorf("--format %q: want text or json", c.format)
	}
	if err := checkDate(c.date); err != nil {
		return err
	}
	pairs, err := c.pairs(args)
	if err != nil {
		return err
	}
	ex, err := newExtractorWithOverrides(dataFolder(m, c.data))
	if err != nil {
		return err
	}
	var total eval.Report
	for _, p := range pairs {
		gold, err := eval.Load(p.gold)
		if err != nil {
			return fmt.Errorf("gold %s: %w", p.gold, err)
		}
		ins, err := m.readInputs(p.texts)
		if err != nil {
			return err
		}
		var got []extract.Result
		for _, in := range ins {
			if err := ctx.Err(); err != nil {
				return err
			}
			date := p.date
			if date == "" {
				date = c.date
			}
			r, err := ex.ExtractBytes(in.Data, extract.Options{Date: date, File: in.Name})
			if err != nil {
				m.reportFileError(in.Name, err)
				continue
			}
			got = append(got, r)
		}
		all := eval.Merge(got...)
		if c.lenient {
			all = eval.Lenient(gold, all)
		}
		total.Add(eval.Score(gold, all))
	}
	if !c.errors {
		for i := range total.Kinds {
			total.Kinds[i].FalsePositives, total.Kinds[i].Misses = nil, nil
		}
	}
	w := bufio.NewWriter(m.Stdout)
	if c.format == "json" {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		err = enc.Encode(total)
	} else {
		if len(pairs) > 1 {
			fmt.Fprintf(w, "%d gold files, pooled\n", len(pairs))
		}
		err = total.Print(w)
	}
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		return fmt.Errorf("write: %w", err)
	}
	if c.minF1 > 0 {
		var low []string
		for _, k := range total.Kinds {
			if k.Gold > 0 && k.F1 < c.minF1 {
				low = append(low, fmt.Sprintf("%s %.3f", k.Kind, k.F1))
			}
		}
		if len(low) > 0 {
			fmt.Fprintf(m.Stderr, "dipgraph: F1 under %.2f: %s\n", c.minF1, strings.Join(low, ", "))
			return exitError{1}
		}
	}
	return nil
}

// pairs lists what to score: the gold file with the PATHs, or every gold
// file of a folder with its text.
func (c *evalCmd) pairs(args []string) ([]pair, error) {
	st, err := os.Stat(c.gold)
	if err != nil {
		return nil, fmt.Errorf("gold %s: %w", c.gold, unwrapPathError(err))
	}
	if !st.IsDir() {
		if c.match != "" {
			return nil, fmt.Errorf("--match selects rows of a gold folder; %s is a file", c.gold)
		}
		if len(args) == 0 {
			return nil, fmt.Errorf("name the texts that %s labels", c.gold)
		}
		return []pair{{gold: c.gold, texts: args}}, nil
	}
	if len(args) > 0 {
		return nil, fmt.Errorf("--gold %s is a folder: it names its own texts; give no PATH", c.gold)
	}
	ps, err := c.folderPairs()
	if err != nil || c.match == "" {
		return ps, err
	}
	re, err := regexp.Compile(c.match)
	if err != nil {
		return nil, fmt.Errorf("--match: %w", err)
	}
	var kept []pair
	for _, p := range ps {
		if re.MatchString(filepath.Base(p.texts[0])) {
			kept = append(kept, p)
		}
	}
	if len(kept) == 0 {
		return nil, fmt.Errorf("gold folder %s: no row matches --match %q", c.gold, c.match)
	}
	return kept, nil
}

// folderPairs lists the gold files of the folder --gold with their texts:
// the rows of its variants.tsv (synthetic ones only with --synthetic), else
// every NAME.gold.json beside a NAME.txt.
func (c *evalCmd) folderPairs() ([]pair, error) {
	if ps, err := variants(c.gold); err == nil {
		if c.synthetic {
			return ps, nil
		}
		real := ps[:0]
		for _, p := range ps {
			if !p.synthetic {
				real = append(real, p)
			}
		}
		if len(real) == 0 {
			return nil, fmt.Errorf("gold folder %s: every row is synthetic (--synthetic scores them)", c.gold)
		}
		return real, nil
	} else if !os.IsNotExist(err) {
		return nil, err
	}
	golds, err := filepath.Glob(filepath.Join(c.gold, "*.gold.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(golds)
	var out []pair
	for _, g := range golds {
		base := strings.TrimSuffix(g, ".gold.json")
		for _, ext := range textExts {
			if _, err := os.Stat(base + ext); err == nil {
				out = append(out, pair{gold: g, texts: []string{base + ext}})
				break
			}
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("gold folder %s: no NAME.gold.json beside a NAME.txt", c.gold)
	}
	return out, nil
}

// variants reads DIR/variants.tsv: file, gold, date, kind per line.
func variants(dir string) ([]pair, error) {
	f, err := os.Open(filepath.Join(dir, "variants.tsv"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []pair
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 2 {
			return nil, fmt.Errorf("%s:%d: want file, gold, date, kind", f.Name(), n)
		}
		p := pair{texts: []string{filepath.Join(dir, cols[0])}, gold: filepath.Join(dir, cols[1])}
		if len(cols) > 2 {
			p.date = strings.TrimSpace(cols[2])
		}
		if len(cols) > 3 {
			p.synthetic = strings.HasPrefix(strings.TrimSpace(cols[3]), "synthetic")
		}
		out = append(out, p)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// runConsistency checks the headlines of the texts in args against their
// bodies (eval.Consistency) and prints the pooled report.
func (c *evalCmd) runConsistency(ctx context.Context, m *Main, args []string) error {
	if c.gold != "" {
		return fmt.Errorf("--consistency needs no --gold")
	}
	if len(args) == 0 {
		return fmt.Errorf("--consistency: name the texts or folders to check")
	}
	if err := checkDate(c.date); err != nil {
		return err
	}
	ex, err := newExtractorWithOverrides(dataFolder(m, c.data))
	if err != nil {
		return err
	}
	ins, err := m.readInputs(args)
	if err != nil {
		return err
	}
	var total eval.ConsistencyReport
	for _, in := range ins {
		if err := ctx.Err(); err != nil {
			return err
		}
		r, err := ex.ExtractBytes(in.Data, extract.Options{Date: c.date, File: in.Name})
		if err != nil {
			m.reportFileError(in.Name, err)
			continue
		}
		total.Add(eval.Consistency(ex, r))
	}
	if !c.errors {
		total.Cases = nil
	}
	w := bufio.NewWriter(m.Stdout)
	if c.format == "json" {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		err = enc.Encode(total)
	} else {
		err = total.Print(w)
	}
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		return fmt.Errorf("write: %w", err)
	}
	return nil
}
