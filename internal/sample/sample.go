// Package sample bundles the sample corpus that `dipgraph serve` serves when
// no --corpus is given: real pages, embedded so that a built binary needs no
// files beside it. The corpus files are the project's own test data too.
package sample

import (
	"embed"
	"io/fs"
	"sort"
)

//go:embed corpus/*.txt
var corpus embed.FS

// File is one bundled text.
type File struct {
	Name string
	Data []byte
}

// Files returns the bundled corpus, sorted by name.
func Files() []File {
	entries, err := fs.ReadDir(corpus, "corpus")
	if err != nil {
		panic("sample: embedded corpus missing: " + err.Error())
	}
	var out []File
	for _, e := range entries {
		b, err := corpus.ReadFile("corpus/" + e.Name())
		if err != nil {
			panic("sample: " + err.Error())
		}
		out = append(out, File{Name: "sample/" + e.Name(), Data: b})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}
