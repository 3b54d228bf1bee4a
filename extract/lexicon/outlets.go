package lexicon

import (
	_ "embed"
	"sort"
	"unicode/utf8"
)

//go:embed outlets.tsv
var outletsTSV string

// Outlets returns the news outlets of outlets.tsv: every written form with
// its canonical name, and the forms ordered longest first (for a regular
// expression's alternation, where the first alternative wins).
func Outlets() (canonical map[string]string, forms []string, err error) {
	canonical = map[string]string{}
	err = eachRow(outletsTSV, 2, func(f []string) error {
		if _, ok := canonical[f[1]]; !ok {
			forms = append(forms, f[1])
		}
		canonical[f[1]] = f[0]
		return nil
	})
	sort.SliceStable(forms, func(i, j int) bool {
		return utf8.RuneCountInString(forms[i]) > utf8.RuneCountInString(forms[j])
	})
	return canonical, forms, err
}
