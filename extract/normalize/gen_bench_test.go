package normalize_test

import (
	"testing"

	"github.com/dipgraph/dipgraph/extract/normalize"
	"github.com/dipgraph/dipgraph/internal/corpusgen"
)

// BenchmarkTextGenerated measures Text on the generated reports of
// BenchmarkExtractGenerated (clean texts: the common case).
func BenchmarkTextGenerated(b *testing.B) {
	reports := corpusgen.Generate(500, 1)
	var n int64
	for _, r := range reports {
		n += int64(len(r.Text))
	}
	b.SetBytes(n)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, r := range reports {
			normalize.Text(r.Text)
		}
	}
}
