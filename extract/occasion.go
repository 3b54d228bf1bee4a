package extract

import "strings"

// duringOccasion reads the host's occasion of "在X出席Y期间会见…" in the
// words between host and verb: Y, or "" when there is none.
func duringOccasion(mid []rune) string {
	q := runeIdx(mid, "期间", 0)
	if q < 0 {
		return ""
	}
	from := -1
	for _, w := range []string{"出席", "参加"} {
		for k := runeIdx(mid, w, 0); k >= 0 && k < q; k = runeIdx(mid, w, k+2) {
			if k+2 > from {
				from = k + 2
			}
		}
	}
	if from < 0 || q-from < 2 || q-from > 40 {
		return ""
	}
	occ := string(mid[from:q])
	if strings.ContainsAny(occ, "，。；") {
		return ""
	}
	return occ
}

// isVisit is true for a part of an occasion list that is a visit
// ("进行国事访问", "对中国进行正式访问"), not an event attended.
func isVisit(s string) bool {
	return strings.Contains(s, "访问") || strings.HasSuffix(s, "访华")
}
