// A minimal HTTP server for the Neo4j GraphQL Library over dipgraph's
// Neo4j graph: POST /graphql (JSON {query, variables, operationName}),
// GET /healthz (200 when Neo4j answers). Configuration from the
// environment: NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE,
// PORT (default 4000). It listens on 127.0.0.1 only.
//
// Like gqlgen's default query cache in dipgraph serve, parsed and
// validated documents are kept (up to 1000), so each request only
// executes; the work measured is the library's translation to Cypher and
// the database.
import http from "node:http";
import neo4j from "neo4j-driver";
import { parse, validate, execute, specifiedRules } from "graphql";
import { buildSchema } from "./schema.mjs";

const env = process.env;
const uri = env.NEO4J_URI || "bolt://127.0.0.1:7687";
const database = env.NEO4J_DATABASE || "neo4j";
const port = Number(env.PORT || 4000);
const maxBody = 1 << 20;

const driver = neo4j.driver(uri, neo4j.auth.basic(env.NEO4J_USERNAME || "neo4j", env.NEO4J_PASSWORD || ""), {
  maxConnectionPoolSize: 100,
});
const schema = await buildSchema(driver);
const cache = new Map();

function document(query) {
  let d = cache.get(query);
  if (d) return d;
  let doc;
  try {
    doc = parse(query);
  } catch (e) {
    return { errors: [{ message: e.message }] };
  }
  const errors = validate(schema, doc, specifiedRules);
  d = errors.length ? { errors: errors.map((e) => ({ message: e.message })) } : { doc };
  if (cache.size >= 1000) cache.delete(cache.keys().next().value);
  cache.set(query, d);
  return d;
}

function send(res, status, body) {
  const b = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(b) });
  res.end(b);
}

async function graphql(req, res) {
  const chunks = [];
  let n = 0;
  for await (const c of req) {
    n += c.length;
    if (n > maxBody) return send(res, 413, { errors: [{ message: "body too large" }] });
    chunks.push(c);
  }
  let body;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    return send(res, 400, { errors: [{ message: "body is not JSON" }] });
  }
  if (typeof body.query !== "string") return send(res, 400, { errors: [{ message: "no query" }] });
  const d = document(body.query);
  if (d.errors) return send(res, 400, { errors: d.errors });
  const result = await execute({
    schema,
    document: d.doc,
    variableValues: body.variables || {},
    operationName: body.operationName,
    contextValue: { sessionConfig: { database } },
  });
  send(res, 200, result);
}

const server = http.createServer((req, res) => {
  const path = req.url.split("?")[0];
  if (path === "/graphql" && req.method === "POST") {
    graphql(req, res).catch((e) => send(res, 500, { errors: [{ message: String(e && e.message) }] }));
  } else if (path === "/healthz" && req.method === "GET") {
    driver
      .executeQuery("RETURN 1 AS ok", {}, { database })
      .then(() => send(res, 200, { status: "ok" }))
      .catch((e) => send(res, 503, { status: "unavailable", error: String(e && e.message) }));
  } else {
    send(res, 404, { errors: [{ message: "not found: POST /graphql, GET /healthz" }] });
  }
});
server.keepAliveTimeout = 30_000;
server.listen(port, "127.0.0.1", () => {
  process.stderr.write(`neo4j-graphql: listening on http://127.0.0.1:${server.address().port}/graphql (Neo4j ${uri}, database ${database})\n`);
});

async function stop() {
  server.close();
  await driver.close();
  process.exit(0);
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
