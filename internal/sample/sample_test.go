package sample

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFiles(t *testing.T) {
	files := Files()
	if len(files) == 0 {
		t.Fatal("no bundled corpus")
	}
	for _, f := range files {
		if !utf8.Valid(f.Data) || !strings.Contains(string(f.Data), "新华社") {
			t.Errorf("%s: not a UTF-8 news page", f.Name)
		}
	}
}

// TestSameAsTestdata: the bundled corpus is the test data's copy of the
// seed page, byte for byte (go:embed cannot reach ../../testdata).
func TestSameAsTestdata(t *testing.T) {
	for _, f := range Files() {
		name := strings.TrimPrefix(f.Name, "sample/")
		b, err := os.ReadFile("../../testdata/corpus/" + name)
		if err != nil {
			t.Fatalf("%s has no copy in testdata/corpus: %v", name, err)
		}
		if !bytes.Equal(b, f.Data) {
			t.Errorf("%s differs from testdata/corpus/%s", f.Name, name)
		}
	}
}
