package extract_test

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/dipgraph/dipgraph/extract"
)

// FuzzExtract checks that extraction never panics and that evidence offsets
// always point into the article text. Seeds: testdata/fuzz/*.txt and the
// golden snippets.
func FuzzExtract(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/fuzz/*.txt")
	more, _ := filepath.Glob("testdata/golden/*.txt")
	for _, p := range append(seeds, more...) {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	e := extractor(f)
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := e.ExtractBytes(b, extract.Options{Date: "2025-09-02"})
		if err != nil {
			return
		}
		if utf8.ValidString(string(b)) {
			_ = e.Extract(string(b), extract.Options{})
		}
		for _, a := range r.Articles {
			rs := []rune(a.Text)
			for _, m := range a.Meetings {
				for _, ev := range m.Evidence {
					if ev.Start < 0 || ev.End > len(rs) || ev.Start > ev.End || string(rs[ev.Start:ev.End]) != ev.Text {
						t.Fatalf("bad evidence %+v", ev)
					}
				}
			}
		}
	})
}
