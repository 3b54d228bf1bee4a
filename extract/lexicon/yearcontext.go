package lexicon

import (
	_ "embed"
	"fmt"
)

//go:embed year_context.tsv
var yearContextTSV string

// YearContext kinds of year_context.tsv.
const (
	YearNotBefore = "not-before" // "到2035年": no present year after the word
	YearNotAfter  = "not-after"  // "2020年前": no present year before the word
	YearTarget    = "target"     // "2030年可持续发展议程": a target or another time
	YearOccasion  = "occasion"   // "出席2024年中非合作论坛峰会": the present year
)

// YearContext returns the words of year_context.tsv by kind.
func YearContext() (map[string][]string, error) {
	out := map[string][]string{}
	err := eachRow(yearContextTSV, 2, func(f []string) error {
		switch f[0] {
		case YearNotBefore, YearNotAfter, YearTarget, YearOccasion:
		default:
			return fmt.Errorf("unknown kind %q", f[0])
		}
		out[f[0]] = append(out[f[0]], f[1])
		return nil
	})
	return out, err
}
