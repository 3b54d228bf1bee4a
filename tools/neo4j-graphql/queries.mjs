// The three analyst queries of dipgraph's benchmark (internal/loadtest
// queries.go: what `dipgraph-load http` sends to dipgraph serve), written
// for the API that @neo4j/graphql generates from typedefs.mjs, with a
// function per query that maps dipgraph's variables to these.
//
// Where they differ from dipgraph's (the library's API has no other way):
//   - participants: dipgraph has one list `participants { role title
//     leader country }`; here they are three connections (hosts, guests,
//     attendees = roles HOST, GUEST, ATTENDEE) whose edge properties hold
//     the participation's title and country code (dipgraph resolves the
//     code to a Country; here it stays a code, which is all the queries
//     ask for).
//   - a single country or leader is a list filtered by key
//     (`countries(where: {code: {eq}})`), not a nullable object.
//   - the country's nested meetings are a @cypher list plus a @cypher
//     meetingCount (dipgraph: a connection with totalCount); no cursors.
//   - the counterparts are a @cypher field returning maps.
//   - the filtered page's filter "a participant serves the country" is
//     the generated `OR` of three `…Connection: {some: {edge: {country}}}`
//     filters; the sort is the generated [{date: DESC}, {id: ASC}].
export const FilteredMeetings = /* GraphQL */ `
query FilteredMeetings($country: String!, $from: String!, $to: String!) {
  meetingsConnection(
    first: 20
    sort: [{ date: DESC }, { id: ASC }]
    where: {
      date: { gte: $from, lte: $to }
      OR: [
        { hostsConnection: { some: { edge: { country: { eq: $country } } } } }
        { guestsConnection: { some: { edge: { country: { eq: $country } } } } }
        { attendeesConnection: { some: { edge: { country: { eq: $country } } } } }
      ]
    }
  ) {
    totalCount
    edges {
      cursor
      node {
        id kind date timeOfDay place city
        hostsConnection { edges { properties { title country } node { name } } }
        guestsConnection { edges { properties { title country } node { name } } }
        attendeesConnection { edges { properties { title country } node { name } } }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

export const CountryMeetings = /* GraphQL */ `
query CountryMeetings($code: ID!) {
  countries(where: { code: { eq: $code } }) {
    code name nameEn
    supports { name }
    agreementDomains { name }
    leaders { name title }
    meetingCount
    meetings(first: 20) {
      id date kind place
      hostsConnection { edges { properties { title } node { name country { code } } } }
      guestsConnection { edges { properties { title } node { name country { code } } } }
      attendeesConnection { edges { properties { title } node { name country { code } } } }
      agreementDomains { name }
      initiatives { name }
    }
  }
}`;

export const LeaderCounterparts = /* GraphQL */ `
query LeaderCounterparts($name: String!) {
  leaders(where: { name: { eq: $name } }) {
    name title meetingCount country { code name }
    counterparts(first: 20) { count lastDate leader { name title country { code name } } }
  }
}`;

// queries maps the short names of `dipgraph-load http -query` to the
// queries. Their variables have the names and values of dipgraph's
// (internal/loadtest AnalystQueries), so the load generator sends the
// same variable sets to both servers; from and to are required here
// (the load always sends both).
export const queries = {
  filtered: { name: "filtered meeting page", query: FilteredMeetings },
  country: { name: "country with nested meetings", query: CountryMeetings },
  counterparts: { name: "leader's counterparts", query: LeaderCounterparts },
};

// `node queries.mjs` prints {short name: query text} as JSON, for the
// benchmark harness.
if (import.meta.url === `file://${process.argv[1]}`) {
  const out = {};
  for (const [k, q] of Object.entries(queries)) out[k] = q.query;
  process.stdout.write(JSON.stringify(out, null, 2) + "\n");
}
