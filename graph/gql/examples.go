package gql

import (
	"encoding/json"
	"fmt"
)

// Example is a query the IDE opens in a tab of its own, with variables
// that answer on most graphs. graph/gql/README.md lists them.
type Example struct {
	Name      string         // the operation name, which GraphiQL shows as the tab's title
	Title     string         // one line on what it answers, the tab's first (comment) line
	Query     string         // the document, one operation named Name
	Variables map[string]any // nil when it takes none
}

// Examples are the analyst queries the IDE offers, one tab each: the
// three analyst queries of the benchmarks first, then one per kind of
// question the API answers.
var Examples = []Example{
	{"FilteredMeetings", "Meetings with a country's leaders since a date, with participants, agreement domains and initiatives",
		QueryFilteredMeetings, map[string]any{"country": "UZ", "from": "2024-01-01", "first": 20}},
	{"CountryMeetings", "A country: the initiatives it supports and its meetings with their participants",
		QueryCountryMeetings, map[string]any{"code": "UZ"}},
	{"LeaderCounterparts", "The leaders a leader met across the table (the other side of his meetings), most often first",
		QueryLeaderCounterparts, map[string]any{"name": "习近平"}},
	{"LeaderProfile", "A leader's titles over time, the colleagues on his side, his meetings per month", `query LeaderProfile($name: String!) {
  leader(name: $name) {
    name title meetingCount country { code name nameEn }
    titles { title country { code } organisation first last meetingCount }
    colleagues(first: 10) { count lastDate leader { name title } }
    timeline { month count }
  }
}`, map[string]any{"name": "习近平"}},
	{"CountryTimeline", "A country's meetings per month, and how many have a full date, a date without year, or none", `query CountryTimeline($code: ID!, $from: Date) {
  timeline(country: $code, from: $from) { month count }
  dateCounts(country: $code) { dated partiallyDated undated partialMonths { month count } }
}`, map[string]any{"code": "UZ", "from": "2020-01-01"}},
	{"InitiativeSupport", "Who proposed an initiative and which countries support it, with the sentence that says so", `query InitiativeSupport($name: String!) {
  initiative(name: $name) {
    name nameEn meetingCount
    proposers { name }
    supports { country { code name } meeting { id date } evidence { text confidence article { id source url } } }
  }
}`, map[string]any{"name": "全球发展倡议"}},
	{"AgreementDomains", "Domains of the agreements signed, and with which countries", `query AgreementDomains {
  agreementDomains { name nameEn meetingCount countryCounts { count country { code name } } }
}`, nil},
	{"MeetingEvidence", "Talks with the evidence of every fact: sentence, offsets, rule and confidence", `query MeetingEvidence($first: Int) {
  meetings(filter: {kind: TALKS}, first: $first) {
    edges { node { id date kind place city relationship relationshipEn
      participants { role title leader { name } country { code } organisation }
      evidence { field value text start end rule confidence article { id url } } } }
  }
}`, map[string]any{"first": 3}},
	{"PathBetweenLeaders", "How two leaders are linked through meetings and countries", `query PathBetweenLeaders($from: String!, $to: String!) {
  path(from: {kind: LEADER, key: $from}, to: {kind: LEADER, key: $to}) {
    length
    nodes { kind key meeting { date kind } country { name } }
  }
}`, map[string]any{"from": "习近平", "to": "米尔济约耶夫"}},
	{"ReviewQueue", "Facts the extractor was unsure of, lowest confidence first, awaiting an analyst's decision", `query ReviewQueue($threshold: Float) {
  reviewQueue(status: PENDING, threshold: $threshold, first: 20) {
    totalCount
    edges { node { id status meeting { id date } evidence { field value text rule confidence } } }
    pageInfo { hasNextPage endCursor }
  }
}`, map[string]any{"threshold": 0.6}},
	{"Search", "Leaders by any name, meetings by their facts, evidence sentences by their words, in Chinese or English", `query Search($q: String!) {
  search(query: $q, first: 20) {
    totalCount
    edges { node { kind score snippet
      ... on LeaderHit { leader { id name nameEn pinyin meetingCount } }
      ... on MeetingHit { meeting { id date kind } }
      ... on EvidenceHit { evidence { text start end article { id url } } meeting { id date } } } }
    pageInfo { hasNextPage endCursor }
  }
}`, map[string]any{"q": "Mirziyoyev"}},
}

// ExamplesJS is the script that hands Examples to web/ide's init.js
// (graph/httpapi serves it as /ide/assets/examples.js).
func ExamplesJS() []byte {
	type tab struct {
		Name      string         `json:"name"`
		Title     string         `json:"title"`
		Query     string         `json:"query"`
		Variables map[string]any `json:"variables,omitempty"`
	}
	tabs := make([]tab, len(Examples))
	for i, e := range Examples {
		tabs[i] = tab{e.Name, e.Title, e.Query, e.Variables}
	}
	b, err := json.Marshal(tabs) // escapes <, >, &, U+2028 and U+2029: safe in a script
	if err != nil {
		panic(err) // fixed data
	}
	return fmt.Appendf(nil, "// The analyst examples (graph/gql/examples.go), one IDE tab each.\nwindow.dipgraphExamples = %s;\n", b)
}
