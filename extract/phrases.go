package extract

import (
	"sort"
	"unicode/utf8"

	"github.com/dipgraph/dipgraph/extract/lexicon"
)

// The list phrases of lexicon/phrases.tsv and the short forms of
// lexicon/shortforms.tsv, loaded once.
var (
	memberOpeners []string // open a delegation's member list, longest first
	attendVerbs   []string // verbs of attendance opening a list "…的有"
	partyForms    map[string]bool
	shortForms    map[string]lexicon.ShortForm
	// shortFormFirst holds the first rune of each short form.
	shortFormFirst = map[rune]bool{}
	// translitRunes are the characters of transliterated foreign names.
	translitRunes = lexicon.TranslitRunes()
)

func init() {
	ph, err := lexicon.Phrases()
	if err != nil {
		panic("lexicon/phrases.tsv: " + err.Error())
	}
	memberOpeners, attendVerbs = longestFirst(ph["member"]), ph["attend"]
	partyForms = map[string]bool{}
	for _, p := range ph["party"] {
		partyForms[p] = true
	}
	if shortForms, err = lexicon.ShortForms(); err != nil {
		panic("lexicon/shortforms.tsv: " + err.Error())
	}
	for f := range shortForms {
		r, _ := utf8.DecodeRuneInString(f)
		shortFormFirst[r] = true
	}
}

// longestFirst sorts a copy of ws by length, longest first (stable).
func longestFirst(ws []string) []string {
	out := append([]string(nil), ws...)
	sort.SliceStable(out, func(i, j int) bool {
		return utf8.RuneCountInString(out[i]) > utf8.RuneCountInString(out[j])
	})
	return out
}
