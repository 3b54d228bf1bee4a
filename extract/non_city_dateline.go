package extract

import "slices"

// nonCityDatelines: see vocab/non_city_datelines.txt.
var nonCityDatelines = words("non_city_datelines.txt")

// nonCityDatelinePass gives the meetings of an article whose dateline place
// is no city ("中新网联合国…电") the city of the article's previous meeting
// in place of the dateline's place, when that meeting's city is a city
// ("在纽约联合国总部会见安南", then "当天下午，胡锦涛还会见了基辛格" → 纽约).
// The evidence of the city stays the sentence that told the meeting.
func nonCityDatelinePass(art *Article) {
	if !slices.Contains(nonCityDatelines, art.City) {
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
