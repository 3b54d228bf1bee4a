// A few meetings in dipgraph's Neo4j model (graph/neo4j), for when the
// corpus cannot be ingested with `dipgraph ingest --neo4j`. One statement,
// idempotent (MERGE on ids), run through Neo4j Browser by browser.test.mjs.
UNWIND [
  {id: 'seed-m1', kind: 'MEETING', date: '2025-09-02', host: '习近平', guest: '米尔济约耶夫', code: 'UZ', name: '乌兹别克斯坦', nameEn: 'Uzbekistan', domain: '数字经济'},
  {id: 'seed-m2', kind: 'TALKS', date: '2025-09-02', host: '习近平', guest: '夏巴兹', code: 'PK', name: '巴基斯坦', nameEn: 'Pakistan', domain: '海关'},
  {id: 'seed-m3', kind: 'MEETING', date: '2025-09-03', host: '李强', guest: '卢拉', code: 'BR', name: '巴西', nameEn: 'Brazil', domain: '航天'},
  {id: 'seed-m4', kind: 'PHONE_CALL', date: '2025-10-14', host: '习近平', guest: '卢拉', code: 'BR', name: '巴西', nameEn: 'Brazil', domain: '数字经济'}
] AS r
MERGE (m:Meeting {id: r.id}) SET m.kind = r.kind, m.date = r.date
MERGE (h:Leader {name: r.host}) MERGE (h)-[:HOSTED]->(m)
MERGE (g:Leader {name: r.guest}) MERGE (g)-[:GUEST_AT]->(m)
MERGE (cn:Country {code: 'CN'}) SET cn.name = '中国', cn.nameEn = 'China'
MERGE (h)-[:SERVES]->(cn)
MERGE (c:Country {code: r.code}) SET c.name = r.name, c.nameEn = r.nameEn
MERGE (g)-[:SERVES]->(c)
MERGE (d:AgreementDomain {name: r.domain}) MERGE (m)-[:SIGNED]->(d)
