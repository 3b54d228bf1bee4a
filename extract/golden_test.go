package extract_test

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph/extract"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestGolden runs each rule's real-report snippet in testdata/golden and
// compares the extraction (without article text) to its .json golden file.
// A snippet may name its --date on a first line "#date YYYY-MM-DD".
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/golden/*.txt")
	if len(files) == 0 {
		t.Fatal("no golden snippets")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			opts := extract.Options{}
			if s := string(b); strings.HasPrefix(s, "#date ") {
				line, rest, _ := strings.Cut(s, "\n")
				opts.Date = strings.TrimSpace(strings.TrimPrefix(line, "#date "))
				b = []byte(rest)
			}
			r, err := extractor(t).ExtractBytes(b, opts)
			if err != nil {
				t.Fatal(err)
			}
			checkEvidence(t, r)
			for i := range r.Articles {
				r.Articles[i].Text = ""
				// Rule and confidence are tested in confidence_test.go;
				// goldens hold what the rules found.
				for j := range r.Articles[i].Meetings {
					for k := range r.Articles[i].Meetings[j].Evidence {
						ev := &r.Articles[i].Meetings[j].Evidence[k]
						ev.Rule, ev.Confidence = "", 0
					}
				}
			}
			got, _ := json.MarshalIndent(r, "", "  ")
			got = append(got, '\n')
			gf := strings.TrimSuffix(f, ".txt") + ".json"
			if *update {
				if err := os.WriteFile(gf, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(gf)
			if err != nil {
				t.Fatalf("%v (run with -update to create)", err)
			}
			if string(want) != string(got) {
				t.Errorf("extraction of %s differs from %s (go test -run TestGolden -update rewrites it):\n%s", f, gf, lineDiff(string(want), string(got)))
			}
		})
	}
}

// lineDiff shows where got first departs from want: the differing lines,
// with three lines of context before, marked - (want) and + (got).
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	i := 0
	for i < len(w) && i < len(g) && w[i] == g[i] {
		i++
	}
	var b strings.Builder
	for k := max(0, i-3); k < i; k++ {
		fmt.Fprintf(&b, "  %d  %s\n", k+1, w[k])
	}
	for k := i; k < min(len(w), i+6); k++ {
		fmt.Fprintf(&b, "- %d  %s\n", k+1, w[k])
	}
	for k := i; k < min(len(g), i+6); k++ {
		fmt.Fprintf(&b, "+ %d  %s\n", k+1, g[k])
	}
	fmt.Fprintf(&b, "(%d lines wanted, %d got)", len(w), len(g))
	return b.String()
}

func TestLineDiffShowsTheFirstDifference(t *testing.T) {
	d := lineDiff("a\nb\nc\nd", "a\nb\nX\nd")
	if !strings.Contains(d, "- 3  c") || !strings.Contains(d, "+ 3  X") || strings.Contains(d, "- 1") {
		t.Errorf("diff:\n%s", d)
	}
}
