package extract

import (
	_ "embed"
	"strings"
	"unicode/utf8"

	"github.com/dipgraph/dipgraph/extract/internal/runes"
)

//go:embed vocab/notmeeting.tsv
var notMeetingTSV string

//go:embed vocab/multievent.tsv
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

// wordSet finds any of a list of words in a rune slice in one pass: a
// first-rune bitmap test at each position, then the words with that rune.
// The lists are short: the words are tried in order, by their first rune
// (no map lookup on each hit of a common rune such as 还 or 也).
type wordSet struct {
	first  *runes.Set
	words  []string
	firsts []rune // first rune of each word
}

// newWordSet indexes words by their first rune.
func newWordSet(words []string) wordSet {
	ws := wordSet{first: runes.FirstRunes(words...), words: words}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		ws.firsts = append(ws.firsts, r)
	}
	return ws
}

// index is the rune position of the first word of ws in rs at or after
// from and before to, or -1.
func (ws wordSet) index(rs []rune, from, to int) int {
	for i := from; i < to && i < len(rs); i++ {
		if ws.first.Has(rs[i]) && ws.wordAt(rs, i) != "" {
			return i
		}
	}
	return -1
}

// at returns the first word of ws, in the order given to newWordSet, that
// rs has at i; "" when none.
func (ws wordSet) at(rs []rune, i int) string {
	if i < 0 || i >= len(rs) || !ws.first.Has(rs[i]) {
		return ""
	}
	return ws.wordAt(rs, i)
}

// wordAt is at for an i within rs.
func (ws wordSet) wordAt(rs []rune, i int) string {
	for k, r := range ws.firsts {
		if r == rs[i] && hasAt(rs, i, ws.words[k]) {
			return ws.words[k]
		}
	}
	return ""
}

// inText reports whether the text s holds a word of ws: one pass over its
// runes, a first-rune bitmap test at each.
func (ws wordSet) inText(s string) bool {
	for i := 0; i < len(s); {
		r, n := runes.Decode(s, i)
		if ws.first.Has(r) {
			for k, f := range ws.firsts {
				if f == r && strings.HasPrefix(s[i:], ws.words[k]) {
					return true
				}
			}
		}
		i += n
	}
	return false
}
