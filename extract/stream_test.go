package extract_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph/extract"
)

// ExtractReader on many pages gives the articles ExtractBytes gives on each.
func TestExtractReaderMatchesExtractBytes(t *testing.T) {
	b, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	e := extractor(t)
	one, err := e.ExtractBytes(b, extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	const pages = 80 // about 2.3 MB: several chunks
	var in bytes.Buffer
	for i := 0; i < pages; i++ {
		in.Write(b)
		in.WriteString("\n")
	}
	var got []extract.Article
	if err := e.ExtractReader(&in, extract.Options{File: "pages.txt"}, func(a extract.Article) error {
		got = append(got, a)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	meetings := func(as []extract.Article) (n int) {
		for _, a := range as {
			n += len(a.Meetings)
		}
		return n
	}
	if want := pages * meetings(one.Articles); meetings(got) != want {
		t.Errorf("%d meetings from the stream, want %d", meetings(got), want)
	}
	if len(got) < pages*len(one.Articles)-2 || len(got) > pages*len(one.Articles)+2 {
		t.Errorf("%d articles from the stream, want about %d", len(got), pages*len(one.Articles))
	}
}

func TestExtractReaderBadInput(t *testing.T) {
	err := extractor(t).ExtractReader(strings.NewReader(""), extract.Options{File: "empty.txt"}, func(extract.Article) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "empty.txt") {
		t.Errorf("empty stream: %v", err)
	}
	err = extractor(t).ExtractReader(bytes.NewReader([]byte{0, 1, 2, 0xff, 0, 0, 3}), extract.Options{File: "bin.dat"}, func(extract.Article) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "bin.dat") {
		t.Errorf("binary stream: %v", err)
	}
}
