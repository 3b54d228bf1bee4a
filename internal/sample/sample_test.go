package sample

import (
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
