package extract

import (
	"slices"
	"strings"
)

// nonCityDatelines and stayVerbs: see vocab/non_city_datelines.txt and
// vocab/stay_verbs.txt.
var (
	nonCityDatelines = words("non_city_datelines.txt")
	stayVerbs        = words("stay_verbs.txt")
)

// nonCityDatelinePass gives the meetings of an article whose dateline place
// is no city ("中新网联合国…电") the city of the article's previous meeting
// in place of the dateline's place, when that meeting's city is a city
// ("在纽约联合国总部会见安南", then "当天下午，胡锦涛还会见了基辛格" → 纽约).
// When the text says where its subject is staying ("正在纽约参加…联大"), that
// city is the article's and its meetings' instead.
// The evidence of the city stays the sentence that told the meeting.
func nonCityDatelinePass(art *Article) {
	if !slices.Contains(nonCityDatelines, art.City) {
		return
	}
	if c := stayCity(art.Text); c != "" {
		// "正在纽约参加第五十八届联大的中国外长李肇星": the city the text says
		// the report comes from (round 12's decision on 177).
		old := art.City
		art.City = c
		for k := range art.Meetings {
			if m := &art.Meetings[k]; m.City != nil && *m.City == old {
				m.City = &c
				for j := range m.Evidence {
					if m.Evidence[j].Field == "city" {
						m.Evidence[j].Value = c
					}
				}
			}
		}
		return
	}
	prev := ""
	for k := range art.Meetings {
		m := &art.Meetings[k]
		if m.City == nil {
			continue
		}
		if *m.City == art.City && m.Place == nil && prev != "" {
			c := prev
			m.City = &c
			for j := range m.Evidence {
				if m.Evidence[j].Field == "city" {
					m.Evidence[j].Value = c
				}
			}
			continue
		}
		if !slices.Contains(nonCityDatelines, *m.City) {
			prev = *m.City
		}
	}
}

// stayCity returns the foreign city of "正在<city>参加/出席/访问…" in text (where
// the subject is staying), "" when the text has none.
func stayCity(text string) string {
	for off := 0; ; {
		i := strings.Index(text[off:], "正在")
		if i < 0 {
			return ""
		}
		off += i + len("正在")
		for _, c := range foreignCities {
			if rest, ok := strings.CutPrefix(text[off:], c); ok && startsWithAny(rest, stayVerbs) {
				return c
			}
		}
	}
}
