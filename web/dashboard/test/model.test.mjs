// Unit tests of the dashboard's data shaping (src/model.js, src/api.js,
// src/export.js's CSV): node --test web/dashboard/test
import { test } from "node:test";
import assert from "node:assert/strict";
import { network, timeline, timelineFromServer, supporters, domains, countryLabel, provenance, safeHref, evidenceByArticle, meetingDate } from "../src/model.js";
import { apiEndpoint } from "../src/api.js";
import { csvString } from "../src/export.js";

const CN = { code: "CN", name: "中国" };
const UZ = { code: "UZ", name: "乌兹别克斯坦" };
const PK = { code: "PK", name: "巴基斯坦" };
const p = (role, name, country) => ({ role, leader: { name }, country });

const meetings = [
  { id: "a", kind: "MEETING", date: "2025-09-02", participants: [p("HOST", "习近平", CN), p("GUEST", "米尔济约耶夫", UZ), p("ATTENDEE", "王毅", CN)], agreementDomains: [{ name: "海关" }, { name: "数字经济" }], supports: [{ country: UZ, initiative: { name: "全球治理倡议" } }] },
  { id: "b", kind: "TALKS", date: "2025-09-03", participants: [p("HOST", "习近平", CN), p("GUEST", "米尔济约耶夫", UZ)], agreementDomains: [{ name: "海关" }], supports: [] },
  { id: "c", kind: "PHONE_CALL", date: "2025-11-20", participants: [p("HOST", "李强", CN), p("GUEST", "夏巴兹", PK)], agreementDomains: [], supports: [{ country: PK, initiative: { name: "一带一路" } }] },
  { id: "d", kind: "MESSAGE", date: null, participants: [p(null, "习近平", CN), p(null, "夏巴兹", PK)], agreementDomains: [], supports: [] },
];

test("network: leaders, countries, weighted host–guest ties", () => {
  const g = network(meetings);
  const ids = g.nodes.map((n) => n.id);
  assert.deepEqual(ids, ["C:CN", "C:PK", "C:UZ", "L:习近平", "L:夏巴兹", "L:李强", "L:王毅", "L:米尔济约耶夫"]);
  const xi = g.nodes.find((n) => n.id === "L:习近平");
  assert.equal(xi.meetings, 3);
  assert.equal(g.nodes.find((n) => n.id === "C:CN").meetings, 4, "a country counts each meeting once");
  const met = g.links.filter((l) => l.kind === "met");
  const w = Object.fromEntries(met.map((l) => [l.source + "|" + l.target, l.weight]));
  assert.equal(w["L:习近平|L:米尔济约耶夫"], 2);
  assert.equal(w["L:夏巴兹|L:李强"], 1);
  assert.equal(w["L:习近平|L:夏巴兹"], 1, "no host: all pairs");
  assert.equal(w["L:王毅|L:米尔济约耶夫"], undefined, "attendees are not tied to guests");
  assert.ok(g.links.some((l) => l.kind === "serves" && l.source === "C:CN" && l.target === "L:王毅"));
});

test("timeline: months filled, kinds counted, undated apart", () => {
  const t = timeline(meetings);
  assert.deepEqual(t.rows.map((r) => [r.month, r.total]), [["2025-09", 2], ["2025-10", 0], ["2025-11", 1]]);
  assert.equal(t.rows[0].MEETING, 1);
  assert.equal(t.rows[0].TALKS, 1);
  assert.equal(t.rows[2].PHONE_CALL, 1);
  assert.equal(t.undated, 1);
  assert.equal(t.partial, 0);
  assert.deepEqual(timeline([]).rows, []);
});

test("timeline: meetings without year counted apart from undated ones", () => {
  const t = timeline([
    { kind: "MEETING", date: "2018-09-06", datePrecision: "DAY" },
    { kind: "MEETING", date: null, datePrecision: "MONTH_DAY" },
    { kind: "TALKS", date: null, datePrecision: "MONTH_DAY" },
    { kind: "OTHER", date: null, datePrecision: "NONE" },
  ]);
  assert.deepEqual(t.rows.map((r) => [r.month, r.total]), [["2018-09", 1]]);
  assert.equal(t.partial, 2);
  assert.equal(t.undated, 1);
});

test("timeline crosses a year", () => {
  const t = timeline([{ kind: "MEETING", date: "2024-12-30" }, { kind: "OTHER", date: "2025-02-01" }]);
  assert.deepEqual(t.rows.map((r) => r.month), ["2024-12", "2025-01", "2025-02"]);
});

test("supporters: from initiatives without a range, from meetings with one", () => {
  const overview = { initiatives: [{ name: "全球发展倡议", supporters: [UZ, PK] }, { name: "全球文明倡议", supporters: [] }] };
  const undated = supporters(meetings, overview, false);
  assert.deepEqual(undated.map((i) => [i.name, i.supporters.map((c) => c.code)]), [["全球发展倡议", ["PK", "UZ"]], ["全球文明倡议", []]]);
  const dated = supporters(meetings, overview, true);
  assert.deepEqual(dated.map((i) => [i.name, i.supporters.map((c) => c.code)]), [["一带一路", ["PK"]], ["全球治理倡议", ["UZ"]]]);
});

test("domains: per country with meeting counts, from the meetings with a range, from the server's counts without one", () => {
  const dated = domains(meetings, null, true);
  assert.deepEqual(dated.map((r) => r.code), ["CN", "UZ"]);
  assert.deepEqual(dated[0].domains, [{ name: "海关", label: "海关", meetings: 2 }, { name: "数字经济", label: "数字经济", meetings: 1 }]);
  const overview = {
    agreementDomains: [
      { name: "海关", nameEn: "customs", countryCounts: [{ count: 5, country: CN }, { count: 2, country: UZ }] },
      { name: "航天", nameEn: null, countryCounts: [{ count: 1, country: PK }, { count: 1, country: CN }] },
    ],
  };
  const undated = domains([], overview, false);
  assert.deepEqual(undated.map((r) => r.code), ["CN", "PK", "UZ"]);
  assert.deepEqual(undated[0].domains, [{ name: "海关", label: "海关", meetings: 5 }, { name: "航天", label: "航天", meetings: 1 }]);
  assert.deepEqual(domains([], overview, false, "en")[0].domains.map((d) => d.label), ["customs", "航天"]);
});

test("timelineFromServer: the server's monthly counts, months filled, split by kind when the meetings are at hand", () => {
  const buckets = [{ month: "2025-09", count: 2 }, { month: "2025-11", count: 1 }];
  const alone = timelineFromServer(buckets, { dated: 3, partiallyDated: 2, undated: 1 }, null);
  assert.deepEqual(alone.rows.map((r) => [r.month, r.total, r.unsplit]), [["2025-09", 2, 2], ["2025-10", 0, 0], ["2025-11", 1, 1]]);
  assert.equal(alone.partial, 2);
  assert.equal(alone.undated, 1);
  const split = timelineFromServer(buckets, null, meetings);
  assert.deepEqual(split.rows.map((r) => [r.month, r.MEETING, r.TALKS, r.PHONE_CALL, r.unsplit]), [["2025-09", 1, 1, 0, 0], ["2025-10", 0, 0, 0, 0], ["2025-11", 0, 0, 1, 0]]);
  assert.deepEqual([split.partial, split.undated], [0, 0], "a range: no dateCounts");
  // Same totals as the browser's own count.
  assert.deepEqual(split.rows.map((r) => r.total), timeline(meetings).rows.map((r) => r.total));
  assert.deepEqual(timelineFromServer([], null, null).rows, []);
});

test("apiEndpoint", () => {
  const e = (q) => apiEndpoint(new URLSearchParams(q));
  assert.equal(e(""), "/query");
  assert.equal(e("api=http://127.0.0.1:8080"), "http://127.0.0.1:8080/query");
  assert.equal(e("api=http://127.0.0.1:8080/"), "http://127.0.0.1:8080/query");
  assert.equal(e("api=http://h:1/query"), "http://h:1/query");
});

test("csvString quotes what needs quoting", () => {
  assert.equal(csvString(["a", "b"], [["x,y", 'say "hi"'], [null, 3]]), 'a,b\r\n"x,y","say ""hi"""\r\n,3\r\n');
  assert.equal(countryLabel(UZ), "乌兹别克斯坦 (UZ)");
  assert.equal(countryLabel({ code: "XX", name: "XX" }), "XX");
});

test("provenance: outlet, address as a link, publication date, where the year came from", () => {
  const a = { id: "a1", source: "新华社", site: "新华网", url: "http://www.news.cn/2018-09/06/c_1.htm", published: "2018-09-06", yearSource: "DATELINE" };
  const got = provenance(a, { yearSource: "METADATA" });
  assert.deepEqual(got.map((p) => p.key), ["outlet", "url", "published", "year"]);
  assert.equal(got[0].text, "新华网 · 新华社");
  assert.equal(got[1].href, "http://www.news.cn/2018-09/06/c_1.htm");
  assert.equal(got[3].code, "METADATA", "the meeting's own year source wins");
  assert.match(got[3].text, /metadata/);
  // A file, no publication date: the file name and the dateline date; the article's year source.
  const f = provenance({ id: "a2", source: "新华社", file: "reports/a.txt", date: "2024-03-05", yearSource: "DATELINE" }, {});
  assert.deepEqual(f.map((p) => [p.key, p.text]), [["outlet", "新华社"], ["file", "reports/a.txt"], ["dateline", "2024-03-05"], ["year", "the dateline"]]);
  assert.deepEqual(provenance({ id: "a3" }, null), [], "nothing known, nothing shown");
});

test("safeHref: only http(s) addresses become links", () => {
  assert.equal(safeHref("https://example.org/x"), "https://example.org/x");
  for (const bad of ["javascript:alert(1)", "data:text/html,x", "/relative", "", null, "http://a b"]) assert.equal(safeHref(bad), "", String(bad));
  const p = provenance({ id: "x", url: "javascript:alert(1)" }, null);
  assert.deepEqual(p, [{ key: "file", label: "Address", text: "javascript:alert(1)" }], "an unsafe address is text, not a link");
});

test("evidenceByArticle groups evidence by document, then sentence, in order", () => {
  const a1 = { id: "a1" };
  const a2 = { id: "a2" };
  const m = {
    evidence: [
      { field: "participants", value: "习近平", text: "s1", article: a1 },
      { field: "kind", value: "MEETING", text: "s2", article: a2 },
      { field: "place", text: "s3", article: a1 },
      { field: "city", value: "北京", text: "s1", article: a1 },
    ],
  };
  const g = evidenceByArticle(m);
  assert.deepEqual(
    g.map((x) => [x.article.id, x.items]),
    [
      ["a1", [{ text: "s1", facts: ["participants: 习近平", "city: 北京"] }, { text: "s3", facts: ["place"] }]],
      ["a2", [{ text: "s2", facts: ["kind: MEETING"] }]],
    ],
  );
  assert.deepEqual(evidenceByArticle(null), []);
});

test("meetingDate: full, partial, none", () => {
  assert.equal(meetingDate({ date: "2025-09-02" }), "2025-09-02");
  assert.equal(meetingDate({ date: null, partialDate: "--09-06" }), "--09-06");
  assert.equal(meetingDate({ date: null }), "undated");
});
