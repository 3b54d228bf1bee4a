package scoretmp

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph/extract"
	"github.com/dipgraph/dipgraph/extract/eval"
)

func TestScore(t *testing.T) {
	dir := "../../../../testdata/reports"
	f, _ := os.Open(filepath.Join(dir, "variants.tsv"))
	sc := bufio.NewScanner(f)
	e, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	var total eval.Report
	for sc.Scan() {
		l := sc.Text()
		if strings.HasPrefix(l, "#") {
			continue
		}
		c := strings.Split(l, "\t")
		b, _ := os.ReadFile(filepath.Join(dir, c[0]))
		opts := extract.Options{File: c[0]}
		if c[2] != "-" {
			opts.Date = c[2]
		}
		got, err := e.ExtractBytes(b, opts)
		if err != nil {
			t.Fatal(err)
		}
		gold, err := eval.Load(filepath.Join(dir, c[1]))
		if err != nil {
			t.Fatal(err)
		}
		r := eval.Score(gold, got)
		fmt.Println("=====", c[0])
		r.Print(os.Stdout)
		total.Add(r)
	}
	fmt.Println("===== TOTAL")
	total.Print(os.Stdout)
}
