package loadtest

// The three typical analyst queries that the benchmark measures
// (docs/BENCHMARKS.md, graph/gql/README.md), with variable sets drawn
// from countries and leaders that the generated corpus is sure to hold.
// (graph/gql may export its own; these are the load generator's copy so
// that it builds on its own.)

// FilteredMeetings: a filtered meeting page.
const FilteredMeetings = `query FilteredMeetings($country: ID, $from: Date, $to: Date) {
  meetings(filter: {country: $country, from: $from, to: $to}, first: 20) {
    totalCount
    edges { cursor node { id kind date timeOfDay place city
      participants { role title leader { name } country { code } } } }
    pageInfo { hasNextPage endCursor }
  }
}`

// CountryMeetings: a country with nested meetings and participants.
const CountryMeetings = `query CountryMeetings($code: ID!) {
  country(code: $code) {
    code name nameEn
    supports { name }
    agreementDomains { name }
    leaders { name title }
    meetings(first: 20) {
      totalCount
      edges { node { id date kind place
        participants { role title leader { name country { code } } }
        agreementDomains { name } initiatives { name } } }
    }
  }
}`

// LeaderCounterparts: a leader's counterparts (whom he met, how often,
// when last) with their countries.
const LeaderCounterparts = `query LeaderCounterparts($name: String!) {
  leader(name: $name) {
    name title meetingCount country { code name }
    counterparts(first: 20) { count lastDate leader { name title country { code name } } }
  }
}`

var queryCountries = []string{"RU", "PK", "UZ", "KZ", "BR", "FR", "US", "DE", "IN", "ID", "MY", "VN", "EG", "ZA", "KE", "AR"}

var queryLeaders = []string{"普京", "米尔济约耶夫", "拉赫蒙", "卢卡申科", "欧尔班", "阿利耶夫", "马杜罗", "埃尔多安", "莫迪", "塞西", "马克龙", "托卡耶夫"}

// AnalystQueries returns the three analyst queries with their variables.
func AnalystQueries() []Query {
	var fm, cm, lc []map[string]any
	years := []string{"2014", "2016", "2018", "2020", "2022", "2024"}
	for i, c := range queryCountries {
		y := years[i%len(years)]
		fm = append(fm, map[string]any{"country": c, "from": y + "-01-01", "to": "2026-12-31"})
		cm = append(cm, map[string]any{"code": c})
	}
	for _, l := range queryLeaders {
		lc = append(lc, map[string]any{"name": l})
	}
	return []Query{
		{Name: "filtered meeting page", Query: FilteredMeetings, Vars: fm},
		{Name: "country with nested meetings", Query: CountryMeetings, Vars: cm},
		{Name: "leader's counterparts", Query: LeaderCounterparts, Vars: lc},
	}
}

// QueryByName returns the analyst query with the given name or short name
// (filtered, country, counterparts).
func QueryByName(name string) (Query, bool) {
	short := map[string]int{"filtered": 0, "country": 1, "counterparts": 2}
	qs := AnalystQueries()
	if i, ok := short[name]; ok {
		return qs[i], true
	}
	for _, q := range qs {
		if q.Name == name {
			return q, true
		}
	}
	return Query{}, false
}
