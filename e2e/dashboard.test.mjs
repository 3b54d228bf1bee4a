// End-to-end test of the dashboard in headless Chromium against a running
// dipgraph server: every panel renders data (whole page and embedded alone),
// the date range filters, exports produce real files, and the page requests
// nothing from a non-local host. Screenshots and exports go to e2e/artifacts/.
//
// Server (E2E_SERVER): "dipgraph" (default) is `dipgraph serve --addr
// 127.0.0.1:PORT` built from ./cmd/dipgraph, serving the bundled sample
// corpus; "api" is `dipgraph serve --corpus DIR` with more data (the sample
// corpus plus 120 synthetic reports from `dipgraph-load gen`); "fixture"
// is e2e/fixture/server (no GraphQL server, canned answers).
// E2E_NEO4J=1 with "api" serves the Neo4j store at NEO4J_URI (eval "$(scripts/neo4j start)").
// E2E_BASE_URL=http://127.0.0.1:8080 uses a server already running.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFile, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launch, freePort, startProcess, artifactsDir } from "./lib.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "..");
const PANELS = ["network", "timeline", "supporters", "domains", "evidence"];

let base;
let server;
let browser;
let artifacts;

async function gql(query, variables) {
  const res = await fetch(base + "/query", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    // Named like the dashboard's own query so that the fixture server answers it too.
    body: JSON.stringify({ query, variables, operationName: "DashboardMeetings" }),
  });
  assert.equal(res.status, 200, "GraphQL HTTP status");
  const body = await res.json();
  assert.ok(!body.errors, "GraphQL errors: " + JSON.stringify(body.errors));
  return body.data;
}

async function allMeetingDates() {
  const dates = [];
  let after = null;
  for (;;) {
    const d = await gql(
      "query DashboardMeetings($first:Int,$after:String){meetings(first:$first,after:$after){totalCount pageInfo{hasNextPage endCursor} edges{node{date}}}}",
      { first: 100, after },
    );
    for (const e of d.meetings.edges) if (e.node.date) dates.push(e.node.date);
    if (!d.meetings.pageInfo.hasNextPage) break;
    after = d.meetings.pageInfo.endCursor;
  }
  return dates.sort();
}

async function meetingCount(from, to) {
  const d = await gql("query DashboardMeetings($filter:MeetingFilter){meetings(filter:$filter,first:1){totalCount}}", { filter: { from, to } });
  return d.meetings.totalCount;
}

/** apiCorpus writes the "api" server's corpus into dir: the bundled sample
 * corpus and 120 synthetic reports (internal/corpusgen, seed 1, one
 * paragraph per line). */
async function apiCorpus(dir) {
  await rm(dir, { recursive: true, force: true });
  execFileSync("go", ["run", "./cmd/dipgraph-load", "gen", "-dir", dir, "-n", "120", "-seed", "1", "-layout", "plain"],
    { cwd: repo, stdio: ["ignore", "ignore", "inherit"] });
  const sampleDir = path.join(repo, "internal", "sample", "corpus");
  for (const f of await readdir(sampleDir)) {
    if (f.endsWith(".txt")) await copyFile(path.join(sampleDir, f), path.join(dir, f));
  }
}

before(async () => {
  artifacts = await artifactsDir(here);
  if (process.env.E2E_BASE_URL) {
    base = process.env.E2E_BASE_URL.replace(/\/+$/, "");
  } else {
    const port = await freePort();
    const kind = process.env.E2E_SERVER || "dipgraph";
    const servers = {
      dipgraph: { pkg: "./cmd/dipgraph", args: ["serve", "--memory", "--addr", `127.0.0.1:${port}`] },
      api: {
        pkg: "./cmd/dipgraph",
        args: ["serve", ...(process.env.E2E_NEO4J === "1" ? ["--neo4j", process.env.NEO4J_URI] : ["--memory"]),
          "--addr", `127.0.0.1:${port}`, "--corpus", path.join(artifacts, "api-corpus"), "--cors-origin", "*"],
        prepare: () => apiCorpus(path.join(artifacts, "api-corpus")),
      },
      fixture: { pkg: "./e2e/fixture/server", args: ["-addr", `127.0.0.1:${port}`, "-data", "e2e/fixture/data.json"] },
    };
    const srv = servers[kind];
    assert.ok(srv, `E2E_SERVER=${kind}: want one of ${Object.keys(servers).join(", ")}`);
    if (srv.prepare) await srv.prepare();
    const exe = path.join(artifacts, "bin", kind);
    execFileSync("go", ["build", "-o", exe, srv.pkg], { cwd: repo, stdio: "inherit" });
    const args = srv.args;
    base = `http://127.0.0.1:${port}`;
    // The embedded store unless E2E_NEO4J=1 (api server over NEO4J_URI).
    const env = process.env.E2E_NEO4J === "1" ? {} : { NEO4J_URI: "" };
    server = await startProcess(exe, args, { cwd: repo, env, url: base + "/dashboard/" });
  }
  // An English-speaking browser: the dashboard's default language follows navigator.language.
  browser = await launch({ locale: "en-US" });
});

after(async () => {
  if (browser) await browser.close();
  if (server) {
    await server.stop();
    await writeFile(path.join(artifacts, "server.log"), server.log);
  }
});

/** openPage loads url and fails the test on page errors and console errors. */
async function openPage(url) {
  const page = await browser.context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push("pageerror: " + e.message));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push("console: " + m.text());
  });
  page.on("requestfailed", (r) => problems.push(`requestfailed: ${r.url()} ${r.failure()?.errorText}`));
  await page.goto(url, { waitUntil: "load" });
  await page.waitForFunction(() => {
    const ps = [...document.querySelectorAll("section.panel")];
    return ps.length > 0 && ps.every((p) => p.dataset.state !== "loading");
  }, null, { timeout: 60000 });
  return { page, problems };
}

async function states(page) {
  return page.$$eval("section.panel", (ps) => Object.fromEntries(ps.map((p) => [p.dataset.panel, p.dataset.state])));
}

/** rendered counts what each panel drew. */
async function rendered(page) {
  return page.evaluate(() => ({
    networkNodes: document.querySelectorAll("#panel-network svg g.node").length,
    networkCountries: document.querySelectorAll("#panel-network svg g.node-country").length,
    networkTies: document.querySelectorAll("#panel-network svg line.link-met").length,
    timelineBars: document.querySelectorAll("#panel-timeline svg rect.bar").length,
    supporterRows: document.querySelectorAll("#panel-supporters svg g.initiative").length,
    domainRows: document.querySelectorAll("#panel-domains tbody tr.row").length,
    evidenceRows: document.querySelectorAll("#panel-evidence tbody tr.row").length,
  }));
}

test("whole dashboard renders every panel with data", async () => {
  const { page, problems } = await openPage(base + "/dashboard/");
  assert.deepEqual(await states(page), { network: "ready", timeline: "ready", supporters: "ready", domains: "ready", evidence: "ready" });
  const n = await rendered(page);
  assert.ok(n.networkNodes > 0 && n.networkCountries > 0 && n.networkTies > 0, JSON.stringify(n));
  assert.ok(n.timelineBars > 0, JSON.stringify(n));
  assert.ok(n.supporterRows > 0, JSON.stringify(n));
  assert.ok(n.domainRows > 0, JSON.stringify(n));
  assert.ok(n.evidenceRows > 0, JSON.stringify(n));
  // The summary counts all meetings the API has.
  const total = (await gql("query DashboardMeetings{meetings(first:1){totalCount}}")).meetings.totalCount;
  assert.match(await page.textContent("#summary"), new RegExp(`^${total} meetings`));
  await page.screenshot({ path: path.join(artifacts, "dashboard.png"), fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});

for (const panel of PANELS) {
  test(`panel ${panel} embeds alone`, async () => {
    const { page, problems } = await openPage(`${base}/dashboard/?panel=${panel}`);
    const s = await states(page);
    assert.deepEqual(s, { [panel]: "ready" });
    assert.equal(await page.locator("h1").count(), 0, "embedded panel has no page header");
    const count = Number(await page.getAttribute("section.panel", "data-count"));
    assert.ok(count > 0, `${panel} data-count ${count}`);
    await page.screenshot({ path: path.join(artifacts, `panel-${panel}.png`), fullPage: true });
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test("date range filters the panels", async () => {
  const dates = await allMeetingDates();
  assert.ok(dates.length > 0, "the served corpus has dated meetings");
  // From the month of the median meeting to the last day with a meeting.
  const from = dates[Math.floor(dates.length / 2)].slice(0, 7) + "-01";
  const to = dates[dates.length - 1];
  const want = await meetingCount(from, to);
  assert.ok(want > 0);

  const { page, problems } = await openPage(`${base}/dashboard/?from=${from}&to=${to}`);
  assert.match(await page.textContent("#summary"), new RegExp(`^${want} meetings from ${from} to ${to}`));
  assert.equal((await states(page)).timeline, "ready");
  const months = await page.$$eval("#panel-timeline rect.bar", (rs) => rs.map((r) => r.dataset.month));
  assert.ok(months.length > 0);
  for (const m of months) assert.ok(m >= from.slice(0, 7) && m <= to.slice(0, 7), `bar for ${m} outside ${from}..${to}`);
  await page.screenshot({ path: path.join(artifacts, "dashboard-range.png"), fullPage: true });

  // An empty range empties every panel, through the form.
  await page.fill('input[name="from"]', "1900-01-01");
  await page.fill('input[name="to"]', "1900-12-31");
  await page.click('form.range button[type="submit"]');
  await page.waitForFunction(() => [...document.querySelectorAll("section.panel")].every((p) => p.dataset.state === "empty"), null, { timeout: 30000 });
  assert.match(page.url(), /from=1900-01-01&to=1900-12-31/);
  assert.deepEqual(problems, []);
  await page.close();
});

test("a meeting's sources show its evidence with each document's provenance", async () => {
  const { page, problems } = await openPage(`${base}/dashboard/?panel=evidence`);
  await page.click("#panel-evidence tr.row button.sources");
  await page.waitForSelector("#panel-evidence tr.detail .evidence", { timeout: 30000 });
  const shown = await page.$$eval("#panel-evidence tr.detail .source", (ss) =>
    ss.map((s) => ({ sentences: s.querySelectorAll("li").length, labels: [...s.querySelectorAll("dl.provenance dt")].map((d) => d.textContent) })),
  );
  assert.ok(shown.length > 0, "evidence grouped by document");
  for (const s of shown) {
    assert.ok(s.sentences > 0, JSON.stringify(shown));
    assert.ok(s.labels.includes("Outlet"), "each document names its outlet: " + JSON.stringify(shown));
  }
  // Links, when there are addresses, are http(s) only and open apart.
  for (const a of await page.$$eval("#panel-evidence dl.provenance a", (as) => as.map((x) => [x.getAttribute("href"), x.getAttribute("rel")]))) {
    assert.match(a[0], /^https?:\/\//);
    assert.match(a[1], /noopener/);
  }
  await page.screenshot({ path: path.join(artifacts, "panel-evidence-sources.png"), fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});

test("the language toggle switches the panels' labels between English and Chinese, and is remembered", async () => {
  const { page, problems } = await openPage(base + "/dashboard/");
  const labels = () =>
    page.evaluate(() => ({
      lang: document.documentElement.lang,
      h1: document.querySelector("h1").textContent,
      countries: [...document.querySelectorAll("#panel-network g.node-country text.label")].map((t) => t.textContent),
      domainHeader: document.querySelector("#panel-domains thead th").textContent,
      kinds: [...document.querySelectorAll("#panel-evidence tbody td[data-kind]")].slice(0, 5).map((t) => t.textContent),
      pressed: document.querySelector(".lang button[aria-pressed=true]").className,
    }));
  const en = await labels();
  assert.equal(en.lang, "en", "an en-US browser starts in English");
  assert.equal(en.pressed, "lang-en");
  assert.ok(en.countries.includes("China (CN)"), "English country names: " + JSON.stringify(en.countries));
  assert.equal(en.domainHeader, "Country");
  assert.ok(en.kinds.length > 0 && en.kinds.every((k) => /^[A-Z][a-z ]+$/.test(k)), JSON.stringify(en.kinds));
  await page.screenshot({ path: path.join(artifacts, "dashboard-en.png"), fullPage: true });

  await page.click(".lang button.lang-zh");
  await page.waitForFunction(() => document.documentElement.lang === "zh-Hans" && [...document.querySelectorAll("section.panel")].every((p) => p.dataset.state === "ready"), null, { timeout: 30000 });
  const zh = await labels();
  assert.equal(zh.pressed, "lang-zh");
  assert.ok(zh.countries.includes("中国 (CN)"), "Chinese country names: " + JSON.stringify(zh.countries));
  assert.equal(zh.countries.length, en.countries.length, "the same countries, relabelled");
  assert.equal(zh.domainHeader, "国家");
  assert.match(zh.h1, /外交会见/);
  assert.ok(zh.kinds.every((k) => /^[\u4e00-\u9fff]+$/.test(k)), JSON.stringify(zh.kinds));
  assert.equal(await page.evaluate(() => localStorage.getItem("dipgraph.dashboard.lang")), "zh");
  await page.screenshot({ path: path.join(artifacts, "dashboard-zh.png"), fullPage: true });

  // Remembered across visits, over the browser's language; ?lang= wins for one page (embeds).
  await page.reload();
  await page.waitForFunction(() => [...document.querySelectorAll("section.panel")].every((p) => p.dataset.state !== "loading"), null, { timeout: 60000 });
  assert.equal((await labels()).lang, "zh-Hans");
  await page.goto(base + "/dashboard/?panel=domains&lang=en");
  await page.waitForFunction(() => document.querySelector("section.panel")?.dataset.state === "ready", null, { timeout: 60000 });
  assert.equal(await page.textContent("#panel-domains thead th"), "Country");

  // Back to English for the tests that follow (they read English words).
  await page.evaluate(() => localStorage.removeItem("dipgraph.dashboard.lang"));
  assert.deepEqual(problems, []);
  await page.close();
});

test("the timeline asks the server for its aggregates: alone it pages through no meetings", async () => {
  // Whole page: the meetings are there for other panels, and split every month by kind exactly.
  const full = await openPage(base + "/dashboard/");
  const fullBars = await full.page.$$eval("#panel-timeline rect.bar", (rs) => rs.map((r) => r.dataset.kind));
  assert.ok(fullBars.length > 0);
  assert.ok(!fullBars.includes("unsplit"), "the server's monthly counts match the meetings': " + JSON.stringify(fullBars));
  const fullSummary = await full.page.textContent("#panel-timeline .status");
  assert.deepEqual(full.problems, []);
  await full.page.close();

  const page = await browser.context.newPage();
  const ops = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && r.url().endsWith("/query")) ops.push(JSON.parse(r.postData() || "{}").operationName);
  });
  await page.goto(base + "/dashboard/?panel=timeline");
  await page.waitForFunction(() => document.querySelector("section.panel")?.dataset.state === "ready", null, { timeout: 60000 });
  assert.deepEqual(ops, ["DashboardTimeline"]);
  assert.equal(await page.textContent("#panel-timeline .status"), fullSummary, "the same counts alone as in the whole page");
  await page.close();
});

test("the network aggregates to countries on demand", async () => {
  const { page, problems } = await openPage(base + "/dashboard/?panel=network");
  const count = () => page.evaluate(() => ({
    leaders: document.querySelectorAll("#panel-network g.node-leader").length,
    countries: document.querySelectorAll("#panel-network g.node-country").length,
    ties: document.querySelectorAll("#panel-network line.link-met").length,
  }));
  const leaders = await count();
  assert.ok(leaders.leaders > 0, JSON.stringify(leaders));
  await page.click("#panel-network .view-switch button.view-countries");
  await page.waitForFunction(() => document.querySelectorAll("#panel-network g.node-leader").length === 0 && document.querySelectorAll("#panel-network g.node-country").length > 0, null, { timeout: 30000 });
  const countries = await count();
  assert.ok(countries.countries >= leaders.countries && countries.ties > 0, JSON.stringify(countries));
  assert.match(page.url(), /network=countries/);
  await page.screenshot({ path: path.join(artifacts, "panel-network-countries.png"), fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});

test("embedded timeline keeps its range", async () => {
  const dates = await allMeetingDates();
  const from = dates[0];
  const { page, problems } = await openPage(`${base}/dashboard/?panel=timeline&from=${from}`);
  assert.equal((await states(page)).timeline, "ready");
  assert.equal(await page.inputValue('input[name="from"]'), from);
  await page.screenshot({ path: path.join(artifacts, "panel-timeline-from.png"), fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});

test("exports: SVG and PNG for charts, CSV for tables", async () => {
  const { page, problems } = await openPage(`${base}/dashboard/`);
  const save = async (selector, name) => {
    const [dl] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
    const file = path.join(artifacts, name);
    await dl.saveAs(file);
    return readFile(file);
  };
  const svg = (await save("#panel-network button.export-svg", "export-network.svg")).toString("utf8");
  assert.match(svg, /^<\?xml[^>]*>\s*<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.match(svg, /class="node node-country"/);
  const png = await save("#panel-timeline button.export-png", "export-timeline.png");
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "PNG signature");
  assert.ok(png.length > 1000, `PNG of ${png.length} bytes`);
  const csv = (await save("#panel-domains button.export-csv", "export-domains.csv")).toString("utf8").replace(/^\ufeff/, "");
  const lines = csv.trim().split(/\r\n/);
  assert.equal(lines[0], "country,countryName,domain,meetings");
  assert.ok(lines.length > 1, "CSV has data rows");
  const sup = (await save("#panel-supporters button.export-csv", "export-supporters.csv")).toString("utf8").replace(/^\ufeff/, "");
  assert.equal(sup.split(/\r\n/)[0], "initiative,country,countryName");
  assert.deepEqual(problems, []);
  await page.close();
});

test("an unreachable ?api= shows an error in every panel", async () => {
  const port = await freePort();
  const page = await browser.context.newPage();
  await page.goto(`${base}/dashboard/?api=http://127.0.0.1:${port}`);
  await page.waitForFunction(() => [...document.querySelectorAll("section.panel")].every((p) => p.dataset.state === "error"), null, { timeout: 30000 });
  assert.match(await page.textContent("#panel-timeline .error"), new RegExp(`127.0.0.1:${port}/query`));
  await page.close();
});

// The guard itself: a request to another host is caught (and aborted).
test("the non-local request guard catches a foreign request", async () => {
  const page = await browser.context.newPage();
  await page.goto(base + "/dashboard/?panel=timeline");
  const before = browser.external.length;
  await page.evaluate(() => fetch("http://example.invalid/x").catch(() => null));
  assert.equal(browser.external.length, before + 1);
  assert.equal(browser.external.splice(before, 1)[0], "http://example.invalid/x");
  await page.close();
});

// Last: every request of every page above stayed on this machine.
test("no request went to a non-local host", () => {
  assert.deepEqual(browser.external, []);
});
