package gql

// Typical analyst queries, for benchmarks and load tests (the benchmark
// command reuses them). Each takes the variables listed with it.
const (
	// QueryFilteredMeetings is a filtered meeting page: variables
	// country (ID), from (Date), first (Int).
	QueryFilteredMeetings = `query FilteredMeetings($country: ID, $from: Date, $first: Int) {
  meetings(filter: {country: $country, from: $from}, first: $first) {
    totalCount
    edges { cursor node { id kind date place
      participants { role title leader { name } country { code name } }
      agreementDomains { name } initiatives { name } } }
    pageInfo { hasNextPage endCursor }
  }
}`

	// QueryCountryMeetings is a country with nested meetings and their
	// participants: variable code (ID!).
	QueryCountryMeetings = `query CountryMeetings($code: ID!) {
  country(code: $code) {
    code name nameEn
    supports { name }
    meetings(first: 20) {
      totalCount
      edges { node { id kind date
        participants { role title leader { name title country { code name } } } } }
    }
  }
}`

	// QueryLeaderCounterparts is a leader's counterparts: variable name
	// (String!).
	QueryLeaderCounterparts = `query LeaderCounterparts($name: String!) {
  leader(name: $name) {
    name title meetingCount country { code name }
    counterparts(first: 20) { count lastDate leader { name title country { code name } } }
  }
}`
)
