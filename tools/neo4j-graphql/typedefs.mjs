// Type definitions of dipgraph's Neo4j graph (docs/graph-model.md,
// graph/neo4j/write.go) for the Neo4j GraphQL Library (@neo4j/graphql 7).
//
// Relationships that exist in the graph are @relationship fields, so the
// library generates their filters, sorting and connections. What dipgraph
// derives (a country's meetings through its leaders' participations, a
// leader's counterparts, a leader's current country) has no relationship
// of its own and is a @cypher field. Every property is a String: dipgraph
// stores dates as ISO strings and never stores null (unknown is '').
export const typeDefs = /* GraphQL */ `
  type Participation @relationshipProperties {
    title: String
    country: String
    organisation: String
    rank: Int
  }

  type Meeting @node {
    id: ID!
    kind: String!
    date: String
    timeOfDay: String
    place: String
    city: String
    relationship: String
    agreementCount: String
    hosts: [Leader!]! @relationship(type: "HOSTED", direction: IN, properties: "Participation")
    guests: [Leader!]! @relationship(type: "GUEST_AT", direction: IN, properties: "Participation")
    attendees: [Leader!]! @relationship(type: "ATTENDED", direction: IN, properties: "Participation")
    agreementDomains: [AgreementDomain!]! @relationship(type: "SIGNED", direction: OUT)
    initiatives: [Initiative!]! @relationship(type: "MENTIONS", direction: OUT)
    articles: [Article!]! @relationship(type: "REPORTED_IN", direction: OUT)
  }

  type Leader @node {
    id: ID!
    name: String!
    title: String
    organisation: String
    meetingCount: Int
    "The country of the leader's newest meeting (the node's country property)."
    country: Country
      @cypher(statement: "MATCH (c:Country {code: this.country}) RETURN c", columnName: "c")
    "Every country the leader served in some meeting."
    serves: [Country!]! @relationship(type: "SERVES", direction: OUT)
    hosted: [Meeting!]! @relationship(type: "HOSTED", direction: OUT, properties: "Participation")
    guestAt: [Meeting!]! @relationship(type: "GUEST_AT", direction: OUT, properties: "Participation")
    attended: [Meeting!]! @relationship(type: "ATTENDED", direction: OUT, properties: "Participation")
    """
    Leaders met across sides (hosts against guests; an attendee is on the
    side whose hosts or guests serve his country or organisation; one of
    both sides' country or of neither is on none), by count (descending),
    last date (newest first), name: graph.ParticipantSides and graph.Peers
    in Cypher.
    """
    counterparts(first: Int = 20): [Counterpart!]!
      @cypher(
        statement: """
        MATCH (this)-[:HOSTED|GUEST_AT|ATTENDED]->(m:Meeting)
        WITH DISTINCT this, m
        CALL (m) {
          MATCH (m)<-[p:HOSTED|GUEST_AT|ATTENDED]-(x:Leader)
          RETURN collect({name: x.name, t: type(p),
            aff: CASE WHEN p.country <> '' THEN 'c:' + p.country WHEN p.organisation <> '' THEN 'o:' + p.organisation ELSE '' END}) AS ps
        }
        WITH this, m, ps, [q IN ps WHERE q.t = 'HOSTED' | q.aff] AS hostAff, [q IN ps WHERE q.t = 'GUEST_AT' | q.aff] AS guestAff
        UNWIND ps AS q
        WITH this, m, q.name AS name, collect(DISTINCT CASE
            WHEN q.t = 'HOSTED' THEN 1 WHEN q.t = 'GUEST_AT' THEN 2
            WHEN q.aff <> '' AND q.aff IN hostAff AND NOT q.aff IN guestAff THEN 1
            WHEN q.aff <> '' AND q.aff IN guestAff AND NOT q.aff IN hostAff THEN 2 ELSE 0 END) AS sides
        WITH this, m, collect({name: name, side: CASE WHEN size(sides) = 1 THEN sides[0] ELSE 0 END}) AS people
        WITH this, m, people, [q IN people WHERE q.name = this.name | q.side][0] AS own
        WHERE own > 0
        UNWIND people AS q
        WITH this, m, own, q WHERE q.name <> this.name AND q.side > 0 AND q.side <> own
        MATCH (o:Leader {name: q.name})
        WITH o, count(DISTINCT m) AS n, max(m.date) AS last
        ORDER BY n DESC, last DESC, o.name
        LIMIT $first
        OPTIONAL MATCH (c:Country {code: o.country})
        RETURN {count: n, lastDate: last,
                leader: {name: o.name, title: o.title,
                         country: CASE WHEN o.country = '' THEN null
                                  ELSE coalesce(c {.code, .name, .nameEn}, {code: o.country, name: o.country, nameEn: o.country}) END}} AS cp
        """
        columnName: "cp"
      )
  }

  "A counterpart as a map (the library projects nodes only from @node types)."
  type Counterpart {
    count: Int!
    lastDate: String
    leader: CounterpartLeader!
  }

  type CounterpartLeader {
    name: String!
    title: String
    country: CounterpartCountry
  }

  type CounterpartCountry {
    code: String!
    name: String!
    nameEn: String
  }

  type Country @node {
    code: ID!
    name: String
    nameEn: String
    "Leaders whose current country (property) is this one, by name."
    leaders: [Leader!]!
      @cypher(statement: "MATCH (l:Leader) WHERE l.country = this.code RETURN l ORDER BY l.name", columnName: "l")
    "Initiatives the country supports (one per initiative, by name)."
    supports: [Initiative!]!
      @cypher(statement: "MATCH (this)-[:SUPPORTS]->(i:Initiative) RETURN DISTINCT i ORDER BY i.name", columnName: "i")
    "Domains of agreements signed in meetings where a participant served this country."
    agreementDomains: [AgreementDomain!]!
      @cypher(
        statement: """
        MATCH (this)<-[:SERVES]-(:Leader)-[p:HOSTED|GUEST_AT|ATTENDED]->(:Meeting)-[:SIGNED]->(d:AgreementDomain)
        WHERE p.country = this.code
        RETURN DISTINCT d ORDER BY d.name
        """
        columnName: "d"
      )
    "Meetings where a participant served this country, newest first (undated last), then id."
    meetings(first: Int = 20): [Meeting!]!
      @cypher(
        statement: """
        MATCH (this)<-[:SERVES]-(:Leader)-[p:HOSTED|GUEST_AT|ATTENDED]->(m:Meeting)
        WHERE p.country = this.code
        WITH DISTINCT m
        ORDER BY m.date DESC, m.id
        LIMIT $first
        RETURN m
        """
        columnName: "m"
      )
    "The number of those meetings."
    meetingCount: Int!
      @cypher(
        statement: """
        MATCH (this)<-[:SERVES]-(:Leader)-[p:HOSTED|GUEST_AT|ATTENDED]->(m:Meeting)
        WHERE p.country = this.code
        RETURN count(DISTINCT m) AS n
        """
        columnName: "n"
      )
  }

  type Initiative @node {
    name: String!
  }

  type AgreementDomain @node {
    name: String!
  }

  type Article @node {
    id: ID!
    source: String
    date: String
    title: String
  }
`;
