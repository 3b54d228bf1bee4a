// Drives Neo4j Browser (from Maven Central, served by serve.mjs) in headless
// Debian chromium against a running Neo4j: connects over Bolt-on-WebSocket,
// optionally seeds a few meetings (NB_SEED=1), applies dipgraph's style with
// `:style <grass>`, runs a query returning meetings, leaders and countries,
// checks that nodes were drawn in the graph view with the style's colours,
// sizes and captions, and keeps a screenshot in tools/neo4j-browser/artifacts/.
//
// Environment: NEO4J_URI (bolt://127.0.0.1:7687), NEO4J_USERNAME (neo4j),
// NEO4J_PASSWORD (empty: no authentication), GRASS (the style file; default
// deploy/neo4j/dipgraph.grass, else ./dipgraph.grass), NB_SEED=1.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launch, artifactsDir } from "../../e2e/lib.mjs";
import { startServer } from "./serve.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "../..");
const uri = process.env.NEO4J_URI || "bolt://127.0.0.1:7687";
const user = process.env.NEO4J_USERNAME || "neo4j";
const password = process.env.NEO4J_PASSWORD || "";
const grassFile =
  process.env.GRASS || [path.join(repo, "deploy/neo4j/dipgraph.grass"), path.join(here, "dipgraph.grass")].find((f) => existsSync(f));

export const QUERY =
  "MATCH p = (l:Leader)-[:HOSTED|GUEST_AT]->(m:Meeting) " +
  "OPTIONAL MATCH q = (l)-[:SERVES]->(c:Country) " +
  "RETURN p, q LIMIT 60";

/** parseGrass returns {Label: {color, diameter, caption}} for node.Label rules. */
export function parseGrass(text) {
  const out = {};
  for (const m of text.matchAll(/node\.(\w+)\s*\{([^}]*)\}/g)) {
    const props = {};
    for (const p of m[2].matchAll(/([\w-]+)\s*:\s*([^;]+);/g)) props[p[1]] = p[2].trim().replace(/^"|"$/g, "");
    out[m[1]] = props;
  }
  return out;
}

let browser;
let web;
let page;
let artifacts;
const pageErrors = [];

before(async () => {
  artifacts = await artifactsDir(here);
  const root = path.join(here, "target/browser/browser");
  assert.ok(existsSync(path.join(root, "index.html")), `no Neo4j Browser in ${root}: run mvn -f tools/neo4j-browser/pom.xml package`);
  const bolt = uri.replace(/^neo4j:/, "bolt:");
  web = await startServer({ root, bolt });
  browser = await launch({ viewport: { width: 1400, height: 950 } });
  page = await browser.context.newPage();
  page.on("pageerror", (e) => pageErrors.push(e.message));
});

after(async () => {
  if (browser) {
    // Neo4j Browser asks for web fonts, analytics and crash reporting from
    // the internet; they are blocked and listed here, not fatal.
    await writeFile(path.join(artifacts, "blocked-requests.txt"), browser.external.join("\n") + "\n");
    await browser.close();
  }
  if (web) web.server.close();
});

/** run types a command into the Browser's editor (as a paste) and runs it. */
async function run(cmd) {
  const frames = await page.locator("article").count();
  await page.click('[data-testid="activeEditor"]');
  await page.evaluate((text) => {
    const ta = document.activeElement;
    const dt = new DataTransfer();
    dt.setData("text/plain", text);
    ta.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
  }, cmd);
  await page.click('[data-testid="editor-Run"]');
  await page.waitForFunction((n) => document.querySelectorAll("article").length > n, frames, { timeout: 30000 });
}

test("Neo4j Browser connects, styles and draws dipgraph's graph", async () => {
  const bolt = new URL(uri.replace(/^(bolt|neo4j)(\+s|\+ssc)?:/, "http:"));
  const dbms = `bolt://${encodeURIComponent(user)}@${bolt.host}`;
  const auth = password ? "NATIVE" : "NO_AUTH";
  await page.goto(`${web.url}?dbms=${encodeURIComponent(dbms)}&preselectAuthMethod=${auth}`);

  // Connect: with a password the connect form waits for it; without, the
  // Browser connects by itself.
  const connected = page.getByText("Connected to Neo4j");
  const pw = page.locator('[data-testid="password"]');
  await Promise.race([connected.waitFor({ timeout: 90000 }), pw.waitFor({ timeout: 90000 })]);
  if (!(await connected.isVisible())) {
    await page.fill('[data-testid="username"]', user);
    await pw.fill(password);
    await page.click('[data-testid="connect"]');
    await connected.waitFor({ timeout: 90000 });
  }
  await page.screenshot({ path: path.join(artifacts, "1-connected.png") });

  if (process.env.NB_SEED === "1") {
    await run(await readFile(path.join(here, "seed.cypher"), "utf8"));
    await page.locator("article").first().getByText(/completed after|Created|Set \d+ propert/).first().waitFor({ timeout: 30000 });
  }

  assert.ok(grassFile, "no style file");
  const grass = await readFile(grassFile, "utf8");
  const style = parseGrass(grass);
  assert.ok(style.Meeting && style.Leader, `${grassFile} styles Meeting and Leader`);
  await run(":style " + grass.trim());
  // The style frame echoes the parsed grass; an error frame would say "Could not parse".
  const styleFrame = page.locator("article").first();
  await styleFrame.getByText("node.Meeting").first().waitFor({ timeout: 15000 });
  assert.equal(await styleFrame.getByText("Could not parse").count(), 0, "grass parsed");

  await run(QUERY);
  const frame = page.locator("article").first();
  await frame.locator("svg g.node").first().waitFor({ timeout: 60000 });
  await page.waitForTimeout(3000); // let the force layout settle for the picture
  await page.screenshot({ path: path.join(artifacts, "2-graph.png") });
  await frame.screenshot({ path: path.join(artifacts, "3-graph-frame.png") });

  const nodes = await frame.locator("svg g.node").evaluateAll((gs) =>
    gs.map((g) => {
      const c = g.querySelector("circle.b-outline");
      return { fill: c && c.getAttribute("fill"), r: c && Number(c.getAttribute("r")), caption: [...g.querySelectorAll("text.caption")].map((t) => t.textContent.trim()).join(" ") };
    }),
  );
  await writeFile(path.join(artifacts, "nodes.json"), JSON.stringify(nodes, null, 1));
  assert.ok(nodes.length >= 3, `drew ${nodes.length} nodes`);
  assert.ok((await frame.locator("svg g.relationship").count()) > 0, "drew relationships");

  // The style is applied: meeting nodes in the grass's colour and size with
  // their date as caption, leader nodes likewise with a name.
  const lower = (s) => (s || "").toLowerCase();
  const meetings = nodes.filter((n) => lower(n.fill) === lower(style.Meeting.color));
  const leaders = nodes.filter((n) => lower(n.fill) === lower(style.Leader.color));
  assert.ok(meetings.length > 0, `no node in the Meeting colour ${style.Meeting.color}: ${JSON.stringify(nodes.slice(0, 5))}`);
  assert.ok(leaders.length > 0, `no node in the Leader colour ${style.Leader.color}`);
  if (style.Meeting.diameter) assert.equal(meetings[0].r, parseFloat(style.Meeting.diameter) / 2, "Meeting diameter");
  if (style.Leader.diameter) assert.equal(leaders[0].r, parseFloat(style.Leader.diameter) / 2, "Leader diameter");
  if (style.Meeting.caption === "{date}") assert.ok(meetings.some((n) => /^\d{4}-\d{2}/.test(n.caption)), "a meeting captioned with its date");
  if (style.Leader.caption === "{name}") assert.ok(leaders.some((n) => /\p{Script=Han}/u.test(n.caption)), "a leader captioned with his name");

  // The result overview lists the labels.
  for (const label of ["Meeting", "Leader"]) {
    assert.ok((await frame.getByText(new RegExp(`^${label} \\(\\d+\\)$`)).count()) > 0, `overview shows ${label}`);
  }
  // A closer look, for a person checking the captions.
  const zoomIn = frame.locator('[aria-label="zoom-in"]');
  if (await zoomIn.count()) {
    await zoomIn.first().click();
    await zoomIn.first().click();
    await page.waitForTimeout(800);
    await frame.screenshot({ path: path.join(artifacts, "4-graph-zoomed.png") });
  }
  assert.deepEqual(pageErrors, [], "page errors");
});
