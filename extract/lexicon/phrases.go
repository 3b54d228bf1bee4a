package lexicon

import (
	_ "embed"
	"strings"
	"unicode/utf8"
)

//go:embed phrases.tsv
var phrasesTSV string

//go:embed shortforms.tsv
var shortformsTSV string

// Phrases returns the list phrases of phrases.tsv by kind (member, attend,
// party), each kind in file order.
func Phrases() (map[string][]string, error) {
	out := map[string][]string{}
	err := eachRow(phrasesTSV, 2, func(f []string) error {
		out[f[0]] = append(out[f[0]], f[1])
		return nil
	})
	return out, err
}

// ShortForm is a leader named by surname and office ("江主席").
type ShortForm struct {
	Name, Title string
}

// ShortForms returns the short forms of shortforms.tsv by written form.
func ShortForms() (map[string]ShortForm, error) {
	out := map[string]ShortForm{}
	err := eachRow(shortformsTSV, 3, func(f []string) error {
		out[f[0]] = ShortForm{Name: f[1], Title: f[2]}
		return nil
	})
	return out, err
}

//go:embed translit.tsv
var translitTSV string

// TranslitRunes returns the characters of translit.tsv.
func TranslitRunes() map[rune]bool {
	out := map[rune]bool{}
	_ = eachRow(translitTSV, 1, func(f []string) error {
		for _, r := range f[0] {
			out[r] = true
		}
		return nil
	})
	return out
}

//go:embed surnames.tsv
var surnamesTSV string

// Surnames returns the surnames of surnames.tsv: single-character ones as
// runes, compound ones as strings.
func Surnames() (single map[rune]bool, compound map[string]bool) {
	single, compound = map[rune]bool{}, map[string]bool{}
	_ = eachRow(surnamesTSV, 1, func(f []string) error {
		for _, w := range strings.Fields(f[0]) {
			if utf8.RuneCountInString(w) == 2 && strings.Contains(f[0], " ") {
				compound[w] = true
				continue
			}
			for _, r := range w {
				single[r] = true
			}
		}
		return nil
	})
	return single, compound
}

//go:embed surname_pinyin.tsv
var surnamePinyinTSV string

// SurnamePinyin returns the readings of surname_pinyin.tsv: surname (one
// or two characters) → plain pinyin ("曾" → "zeng").
func SurnamePinyin() map[string]string {
	out := map[string]string{}
	_ = eachRow(surnamePinyinTSV, 2, func(f []string) error {
		out[f[0]] = f[1]
		return nil
	})
	return out
}
