package extract

import (
	"embed"
	"strings"
)

// The extraction's vocabulary of grammar words (venue words, past-time
// markers, group nouns, support verbs…) lives in vocab/*.txt, one word
// per line, each file stating its role and its source; its tables of
// several columns (event verbs and their frames, offices by side, markers
// of untold events and further events) are vocab/*.tsv. The lexicons of
// names (countries, leaders, titles, initiatives) are in package lexicon.

//go:embed vocab/*.txt
var vocabFS embed.FS

// words returns the entries of vocab/name in file order. Lines starting
// with # and blank lines are skipped. A missing file is a build defect
// (the files are embedded), so it panics.
func words(name string) []string {
	b, err := vocabFS.ReadFile("vocab/" + name)
	if err != nil {
		panic("extract: vocabulary " + name + ": " + err.Error())
	}
	var out []string
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, line)
	}
	return out
}
