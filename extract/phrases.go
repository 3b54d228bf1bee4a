package extract

import (
	"sort"
	"strings"
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

// The word lists of phrases.tsv by kind (see its header for each role).
var (
	delegationWords  []string                    // delegation
	groupMemberWords []string                    // groupmember
	headMarkers      []string                    // headmarker
	deputyMarkers    []string                    // deputymarker
	bodyWords        []string                    // body
	companions       []string                    // companion
	notNameEnds      []string                    // notname
	stateSuffixes    []string                    // statesuffix, longest first
	fnSurnames       = map[rune]bool{}           // fnsurname
	attendTail       = map[string]bool{"": true} // attendtail, and nothing
)

func init() {
	ph, err := lexicon.Phrases()
	if err != nil {
		panic("lexicon/phrases.tsv: " + err.Error())
	}
	memberOpeners, attendVerbs = longestFirst(ph["member"]), ph["attend"]
	delegationWords, groupMemberWords = ph["delegation"], ph["groupmember"]
	headMarkers, deputyMarkers, bodyWords = ph["headmarker"], ph["deputymarker"], ph["body"]
	companions, notNameEnds = ph["companion"], ph["notname"]
	stateSuffixes = longestFirst(ph["statesuffix"])
	for _, w := range ph["fnsurname"] {
		r, _ := utf8.DecodeRuneInString(w)
		fnSurnames[r] = true
	}
	for _, w := range ph["attendtail"] {
		attendTail[w] = true
	}
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

// Surnames of lexicon/surnames.tsv (a wider list than the byline splitter's
// surnames of article.go, which must rarely be a given name's character).
var surnameRunes, surnamePairs = lexicon.Surnames()

// plausiblePerson reports whether a person read from a list is one: a
// person with an office or a lexicon entry, or a bare name that is a
// transliterated foreign name or opens with a Chinese surname (two to four
// characters), never a group word ("能源", "政府官员", "来自金融").
func plausiblePerson(p person) bool {
	if isGroup(p) || eventNoun(p.name) {
		return false
	}
	for _, w := range notNameEnds {
		if strings.HasSuffix(p.name, w) {
			return false
		}
	}
	if p.title != "" || p.known {
		return true
	}
	rs := []rune(p.name)
	if strings.ContainsAny(p.name, "·•") || transliterated(rs) {
		return true
	}
	if len(rs) < 2 || len(rs) > 4 {
		return false
	}
	return surnameRunes[rs[0]] || surnamePairs[string(rs[:2])]
}

// plausiblePersons keeps the persons of ps that plausiblePerson accepts.
func plausiblePersons(ps []person) []person {
	out := ps[:0]
	for _, p := range ps {
		if plausiblePerson(p) {
			out = append(out, p)
		}
	}
	return out
}
