package extract

import (
	"regexp"
	"strings"
)

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

// anaphoricOccasion reads the event a sentence refers back to when it opens
// with "会议期间，" or "大会期间，" ("会议期间，赵乐际会见了…"): the first event
// named in the sentences before it, a name ending in 大会, 会议, 峰会, 论坛
// or 年会 after its ordinal ("第六次世界议长大会7月29日至31日在日内瓦举行").
func anaphoricOccasion(s sentence, before []sentence) string {
	w := ""
	for _, p := range []string{"会议期间", "大会期间", "峰会期间", "论坛期间", "年会期间", "会议间隙", "峰会间隙"} {
		if strings.HasPrefix(strings.TrimLeft(s.text, " "), p) {
			w = p
			break
		}
	}
	if w == "" {
		return ""
	}
	kind := []rune(w)[:2]
	for _, b := range before {
		for _, m := range namedEventRe.FindAllString(b.text, -1) {
			if strings.HasSuffix(m, string(kind)) || kind[0] == '会' && strings.HasSuffix(m, "大会") {
				return m
			}
		}
	}
	return ""
}

// namedEventRe is an event named with its ordinal: "第六次世界议长大会",
// "第78届联合国大会".
var namedEventRe = regexp.MustCompile(`第[一二三四五六七八九十百\d]{1,4}[次届][\p{Han}\d]{2,16}?(?:大会|会议|峰会|论坛|年会)`)
