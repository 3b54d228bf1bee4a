// Command evalset scores the labelled reports of testdata/reports (every row
// of variants.tsv whose file matches -match) and prints the pooled score per
// fact kind, then every false positive and miss (a development aid; the
// user-facing command is dipgraph eval).
//
// Run from the module root: go run ./extract/internal/evalset -match '^0(2[2-9]|3)'
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/dipgraph/dipgraph/extract"
	"github.com/dipgraph/dipgraph/extract/eval"
)

func main() {
	dir := flag.String("reports", "testdata/reports", "folder holding variants.tsv")
	match := flag.String("match", "", "regexp a row's file must match")
	quiet := flag.Bool("q", false, "print the table only")
	flag.Parse()
	if err := run(*dir, *match, *quiet); err != nil {
		fmt.Fprintln(os.Stderr, "evalset:", err)
		os.Exit(1)
	}
}

func run(dir, match string, quiet bool) error {
	re, err := regexp.Compile(match)
	if err != nil {
		return fmt.Errorf("bad -match: %w", err)
	}
	f, err := os.Open(filepath.Join(dir, "variants.tsv"))
	if err != nil {
		return fmt.Errorf("open variants: %w", err)
	}
	defer f.Close()
	e, err := extract.New()
	if err != nil {
		return err
	}
	var total eval.Report
	n := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 3 || !re.MatchString(cols[0]) {
			continue
		}
		gold, err := eval.Load(filepath.Join(dir, cols[1]))
		if err != nil {
			return err
		}
		b, err := os.ReadFile(filepath.Join(dir, cols[0]))
		if err != nil {
			return fmt.Errorf("read report: %w", err)
		}
		got, err := e.ExtractBytes(b, extract.Options{Date: cols[2], File: cols[0]})
		if err != nil {
			return err
		}
		rep := eval.Score(gold, got)
		for i := range rep.Kinds {
			for j := range rep.Kinds[i].FalsePositives {
				rep.Kinds[i].FalsePositives[j].Key = cols[0][:3] + " " + rep.Kinds[i].FalsePositives[j].Key
			}
			for j := range rep.Kinds[i].Misses {
				rep.Kinds[i].Misses[j].Key = cols[0][:3] + " " + rep.Kinds[i].Misses[j].Key
			}
		}
		total.Add(rep)
		n++
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read variants: %w", err)
	}
	fmt.Printf("%d files\n", n)
	if quiet {
		for i := range total.Kinds {
			total.Kinds[i].FalsePositives, total.Kinds[i].Misses = nil, nil
		}
	}
	return total.Print(os.Stdout)
}
