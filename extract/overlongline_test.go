package extract_test

import (
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph/extract"
)

// repeatReader yields n bytes of b repeated, without holding them.
type repeatReader struct {
	b   []byte
	n   int64
	off int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.n <= 0 {
		return 0, io.EOF
	}
	k := 0
	for k < len(p) && int64(k) < r.n {
		c := copy(p[k:min(len(p), k+int(r.n)-k)], r.b[r.off:])
		r.off = (r.off + c) % len(r.b)
		k += c
	}
	r.n -= int64(k)
	return k, nil
}

// TestOverlongLineIsRefusedNotBuffered: a line longer than
// extract.MaxLineBytes (100 MB without a newline, what a binary or a
// broken export gives) is skipped with an error naming the limit, without
// being held in memory; the articles after it are still extracted.
func TestOverlongLineIsRefusedNotBuffered(t *testing.T) {
	e := extractor(t)
	const article = "新华社北京3月5日电 国家主席习近平5日在人民大会堂会见法国总统马克龙。\n"
	in := io.MultiReader(&repeatReader{b: []byte("中国外交"), n: 100 << 20}, strings.NewReader("\n\n"+article))
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	var got []extract.Article
	err := e.ExtractReader(in, extract.Options{File: "long.txt"}, func(a extract.Article) error {
		got = append(got, a)
		return nil
	})
	runtime.ReadMemStats(&after)
	if err == nil || !strings.Contains(err.Error(), "longer than") {
		t.Errorf("want an error naming the line limit, got %v", err)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 64<<20 {
		t.Errorf("allocated %d MiB for a 100 MiB line", alloc>>20)
	}
	if len(got) != 1 || len(got[0].Meetings) != 1 {
		t.Errorf("the article after the long line: %d articles", len(got))
	}
}
