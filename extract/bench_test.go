package extract_test

import (
	"os"
	"testing"

	"github.com/go-ego/gse"

	"github.com/dipgraph/dipgraph/extract"
	"github.com/dipgraph/dipgraph/extract/normalize"
	"github.com/dipgraph/dipgraph/internal/corpusgen"
)

// BenchmarkExtract measures extraction of the seed page on one core.
func BenchmarkExtract(b *testing.B) {
	raw, err := os.ReadFile(seedPath)
	if err != nil {
		b.Fatal(err)
	}
	e := extractor(b)
	text := string(raw)
	b.SetBytes(int64(len(raw)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		e.Extract(text, extract.Options{})
	}
}

// BenchmarkGseFullPOS is the comparison: gse with its full default embedded
// dictionary doing part-of-speech tagging of the same (normalised) text.
func BenchmarkGseFullPOS(b *testing.B) {
	raw, err := os.ReadFile(seedPath)
	if err != nil {
		b.Fatal(err)
	}
	s, err := normalize.Decode(raw)
	if err != nil {
		b.Fatal(err)
	}
	text := normalize.Text(s)
	var seg gse.Segmenter
	seg.SkipLog = true
	if err := seg.LoadDictEmbed("zh_s"); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(raw)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		seg.Pos(text, false)
	}
}

// BenchmarkNew measures the start-up cost of loading lexicons and segmenter.
func BenchmarkNew(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := extract.New(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExtractGenerated measures extraction of generated reports (the
// benchmark harness's corpus: many short reports, plain and PDF-page
// layouts) on one core, report by report.
func BenchmarkExtractGenerated(b *testing.B) {
	reports := corpusgen.Generate(500, 1)
	e := extractor(b)
	var n int64
	for _, r := range reports {
		n += int64(len(r.Text))
	}
	b.SetBytes(n)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, r := range reports {
			e.Extract(r.Text, extract.Options{File: r.Name})
		}
	}
}
