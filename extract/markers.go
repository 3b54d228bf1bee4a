package extract

import (
	_ "embed"
	"strings"
)

//go:embed markers/notmeeting.tsv
var notMeetingTSV string

//go:embed markers/multievent.tsv
var multiEventTSV string

// markerWords parses a marker file: rows "class<TAB>word", lines opening
// with # are comments. It returns the words of each class, in file order.
func markerWords(data string) map[string][]string {
	out := map[string][]string{}
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		class, word, ok := strings.Cut(line, "\t")
		if !ok || word == "" {
			panic("extract: marker file row without a word: " + line) // embedded data, checked by the tests
		}
		out[class] = append(out[class], word)
	}
	return out
}

var (
	notMeetingWords = markerWords(notMeetingTSV)
	multiEventWords = markerWords(multiEventTSV)
)
