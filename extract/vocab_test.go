package extract

import (
	"io/fs"
	"strings"
	"testing"
)

// TestVocabularyFiles checks every vocab/*.txt: a header that states its
// source, at least one entry, no entry twice, no space inside an entry.
func TestVocabularyFiles(t *testing.T) {
	names, err := fs.Glob(vocabFS, "vocab/*.txt")
	if err != nil || len(names) == 0 {
		t.Fatalf("no vocabulary files: %v", err)
	}
	for _, n := range names {
		n = strings.TrimPrefix(n, "vocab/")
		t.Run(n, func(t *testing.T) {
			b, _ := vocabFS.ReadFile("vocab/" + n)
			if !strings.Contains(string(b), "# Source:") {
				t.Error("no '# Source:' line")
			}
			ws := words(n)
			if len(ws) == 0 {
				t.Fatal("no entries")
			}
			seen := map[string]bool{}
			for _, w := range ws {
				if seen[w] {
					t.Errorf("%q twice", w)
				}
				seen[w] = true
				if strings.ContainsAny(w, " \t") {
					t.Errorf("%q holds a space", w)
				}
			}
		})
	}
}

func TestWordsOfAMissingFilePanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("no panic for a missing vocabulary file")
		}
	}()
	words("no-such-file.txt")
}
