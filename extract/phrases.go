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

// Surnames of lexicon/surnames.tsv (a wider list than the byline splitter's
// surnames of article.go, which must rarely be a given name's character).
var surnameRunes, surnamePairs = lexicon.Surnames()

// notNameEnds end a list item that names people by their kind, not a person
// ("政府官员", "有关方面负责人", "企业家").
var notNameEnds = []string{"官员", "人士", "负责人", "企业家", "学者", "专家", "领导人", "代表", "成员", "人员", "记者", "议员们", "官员们"}

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
