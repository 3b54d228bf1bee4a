// Unit tests of the dashboard's two languages: the choice of language
// (src/i18n.js), the data labels in each (src/model.js), the words of the
// page in both, and the CJK font stack (src/style.css, src/panels/common.js).
// node --test web/dashboard/test
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { LANGS, STRINGS, initialLang, normalizeLang, t, kindLabel, yearSourceLabel } from "../src/i18n.js";
import { leaderLabel, countryName, countryLabel, initiativeLabel, domainLabel, relationshipLabel, network, topLeaders, supporters, domains, provenance, meetingDate } from "../src/model.js";

const CN = { code: "CN", name: "中国", nameEn: "China" };
const UZ = { code: "UZ", name: "乌兹别克斯坦", nameEn: "Uzbekistan" };
const XI = { name: "习近平", nameEn: "Xi Jinping", pinyin: "Xi Jinping" };
const MI = { name: "米尔济约耶夫", nameEn: "Shavkat Mirziyoyev", pinyin: null };
const ZENG = { name: "曾庆红", nameEn: null, pinyin: "Zeng Qinghong" };
const UNKNOWN = { name: "某某", nameEn: null, pinyin: null };

test("leaderLabel: English name, else pinyin, else the Chinese name; Chinese always canonical", () => {
  const cases = [
    ["foreign leader with an English name", MI, "Shavkat Mirziyoyev", "米尔济约耶夫"],
    ["Chinese leader in the lexicon", XI, "Xi Jinping", "习近平"],
    ["Chinese leader known by pinyin only", ZENG, "Zeng Qinghong", "曾庆红"],
    ["leader without English or pinyin", UNKNOWN, "某某", "某某"],
    ["fields absent (an older server)", { name: "王毅" }, "王毅", "王毅"],
  ];
  for (const [name, leader, en, zh] of cases) {
    assert.equal(leaderLabel(leader, "en"), en, name + " (en)");
    assert.equal(leaderLabel(leader, "zh"), zh, name + " (zh)");
  }
  assert.equal(leaderLabel(null, "en"), "");
});

test("country, initiative, domain and relationship labels fall back to Chinese when the English is null", () => {
  assert.equal(countryName(UZ, "en"), "Uzbekistan");
  assert.equal(countryName(UZ, "zh"), "乌兹别克斯坦");
  assert.equal(countryName({ code: "XK", name: "科索沃", nameEn: "" }, "en"), "科索沃");
  assert.equal(countryName({ code: "XX" }, "en"), "XX");
  assert.equal(countryLabel(UZ, "en"), "Uzbekistan (UZ)");
  assert.equal(countryLabel(UZ, "zh"), "乌兹别克斯坦 (UZ)");
  assert.equal(countryLabel(UZ), "乌兹别克斯坦 (UZ)", "no language: the canonical name");

  const gdi = { name: "全球发展倡议", nameEn: "Global Development Initiative" };
  assert.equal(initiativeLabel(gdi, "en"), "Global Development Initiative");
  assert.equal(initiativeLabel(gdi, "zh"), "全球发展倡议");
  assert.equal(initiativeLabel({ name: "某倡议", nameEn: null }, "en"), "某倡议");

  assert.equal(domainLabel({ name: "海关", nameEn: "customs" }, "en"), "customs");
  assert.equal(domainLabel({ name: "海关", nameEn: "customs" }, "zh"), "海关");
  assert.equal(domainLabel({ name: "某领域", nameEn: null }, "en"), "某领域");

  const m = { relationship: "全面战略伙伴关系", relationshipEn: "comprehensive strategic partnership" };
  assert.equal(relationshipLabel(m, "en"), "comprehensive strategic partnership");
  assert.equal(relationshipLabel(m, "zh"), "全面战略伙伴关系");
  assert.equal(relationshipLabel({ relationship: "特殊关系", relationshipEn: null }, "en"), "特殊关系");
  assert.equal(relationshipLabel({ relationship: null, relationshipEn: null }, "en"), "");
});

const p = (role, leader, country) => ({ role, leader, country });
const meetings = [
  {
    id: "a", kind: "MEETING", date: "2025-09-02",
    participants: [p("HOST", XI, CN), p("GUEST", MI, UZ), p("ATTENDEE", ZENG, CN)],
    agreementDomains: [{ name: "海关", nameEn: "customs" }, { name: "某领域", nameEn: null }],
    supports: [{ country: UZ, initiative: { name: "全球发展倡议", nameEn: "Global Development Initiative" } }],
  },
];

test("panels' data carry labels in the chosen language and canonical ids in both", () => {
  const en = network(meetings, "en");
  const zh = network(meetings, "zh");
  assert.deepEqual(en.nodes.map((n) => n.id), zh.nodes.map((n) => n.id), "same graph in both languages");
  const label = (g, id) => g.nodes.find((n) => n.id === id).label;
  assert.equal(label(en, "L:米尔济约耶夫"), "Shavkat Mirziyoyev");
  assert.equal(label(en, "L:曾庆红"), "Zeng Qinghong");
  assert.equal(label(en, "C:UZ"), "Uzbekistan (UZ)");
  assert.equal(label(zh, "L:米尔济约耶夫"), "米尔济约耶夫");

  const s = supporters(meetings, null, true, "en");
  assert.deepEqual(s.map((i) => [i.name, i.label]), [["全球发展倡议", "Global Development Initiative"]]);

  const d = domains(meetings, null, true, "en");
  const uz = d.find((r) => r.code === "UZ");
  assert.equal(uz.label, "Uzbekistan");
  assert.equal(uz.name, "乌兹别克斯坦", "the canonical name stays (CSV)");
  assert.deepEqual(uz.domains.map((x) => [x.name, x.label]), [["某领域", "某领域"], ["海关", "customs"]]);
  assert.deepEqual(domains(meetings, null, true, "zh").find((r) => r.code === "UZ").label, "乌兹别克斯坦");
});

test("topLeaders keeps the leaders with most meetings and their countries", () => {
  const mk = (i, leader, c) => ({ id: "m" + i, kind: "MEETING", participants: [p("HOST", XI, CN), p("GUEST", leader, c)] });
  const KZ = { code: "KZ", name: "哈萨克斯坦" };
  const ms = [mk(1, MI, UZ), mk(2, MI, UZ), mk(3, { name: "托卡耶夫" }, KZ)];
  const g = network(ms, "zh");
  const top = topLeaders(g, 2);
  assert.equal(top.leaders, 3);
  assert.equal(top.shownLeaders, 2);
  assert.deepEqual(top.nodes.map((n) => n.id), ["C:CN", "C:UZ", "L:习近平", "L:米尔济约耶夫"]);
  for (const l of top.links) assert.ok(!l.source.includes("托卡耶夫") && !l.target.includes("托卡耶夫") && l.source !== "C:KZ");
  const all = topLeaders(g, 10);
  assert.equal(all.nodes.length, g.nodes.length);
  assert.equal(all.shownLeaders, 3);
});

test("initialLang: ?lang=, then the stored choice, then the browser's languages, else English", () => {
  assert.equal(initialLang({ param: "zh", stored: "en", languages: ["en-US"] }), "zh");
  assert.equal(initialLang({ param: "fr", stored: "zh", languages: ["en-US"] }), "zh", "an unknown ?lang= is ignored");
  assert.equal(initialLang({ stored: "en", languages: ["zh-CN"] }), "en");
  assert.equal(initialLang({ stored: "", languages: ["zh-CN", "en"] }), "zh");
  assert.equal(initialLang({ languages: ["zh-Hant-TW"] }), "zh");
  assert.equal(initialLang({ languages: ["fr-FR", "en-GB"] }), "en");
  assert.equal(initialLang({ languages: ["de"] }), "en");
  assert.equal(initialLang(), "en");
  assert.equal(normalizeLang("EN_us"), "en");
  assert.equal(normalizeLang("zhx"), "");
});

test("every word of the page exists in both languages", () => {
  const keys = (l) => Object.keys(STRINGS[l]).sort();
  assert.deepEqual(keys("zh"), keys("en"));
  for (const l of LANGS) {
    for (const [k, v] of Object.entries(STRINGS[l])) {
      if (typeof v === "function") assert.equal(typeof STRINGS.en[k], "function", k);
    }
    assert.deepEqual(Object.keys(STRINGS[l].kinds).sort(), Object.keys(STRINGS.en.kinds).sort());
    assert.deepEqual(Object.keys(STRINGS[l].yearSources).sort(), Object.keys(STRINGS.en.yearSources).sort());
  }
  assert.equal(t("zh", "summaryMeetings", 3), "3 次会见");
  assert.equal(t("en", "summaryMeetings", 3), "3 meetings");
  assert.equal(t("fr", "apply"), "Apply", "an unknown language reads English");
  assert.equal(kindLabel("TALKS", "zh"), "会谈");
  assert.equal(kindLabel("PHONE_CALL", "en"), "Phone call");
  assert.equal(kindLabel("NEW_KIND", "en"), "NEW_KIND");
  assert.equal(yearSourceLabel("DATELINE", "zh"), "电头");
  assert.equal(yearSourceLabel("XYZ", "zh"), "XYZ");
  assert.deepEqual(provenance({ id: "a", source: "新华社" }, null, "zh").map((x) => x.label), ["媒体"]);
  assert.equal(meetingDate({ date: null }, "zh"), "无日期");
});

test("the CJK font stack: the same in CSS and charts, Simplified Chinese fonts before the generic fallback", async () => {
  const css = await readFile(new URL("../src/style.css", import.meta.url), "utf8");
  const common = await readFile(new URL("../src/panels/common.js", import.meta.url), "utf8");
  const cssStack = css.match(/--font:\s*([^;]+);/)[1].trim();
  const jsStack = common.match(/export const FONT =\s*'([^']+)'/)[1].trim();
  assert.equal(cssStack, jsStack);
  const fonts = cssStack.split(",").map((f) => f.trim().replace(/"/g, ""));
  assert.equal(fonts[fonts.length - 1], "sans-serif", "ends with the generic family");
  for (const f of ["Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei"]) assert.ok(fonts.includes(f), f);
  assert.ok(fonts.indexOf("Noto Sans CJK SC") < fonts.indexOf("sans-serif"));
  assert.match(css, /font-family:\s*var\(--font\)/);
});

test("countryNetwork aggregates the network to countries", async () => {
  const { countryNetwork } = await import("../src/model.js");
  const PK = { code: "PK", name: "巴基斯坦", nameEn: "Pakistan" };
  const ms = [
    { participants: [p("HOST", XI, CN), p("GUEST", MI, UZ), p("ATTENDEE", ZENG, CN)] },
    { participants: [p("HOST", XI, CN), p("GUEST", MI, UZ)] },
    { participants: [p("HOST", XI, CN), p("GUEST", { name: "夏巴兹" }, PK), p("GUEST", MI, UZ)] },
    { participants: [p(null, XI, CN)] },
  ];
  const g = countryNetwork(ms, "en");
  assert.deepEqual(g.nodes.map((n) => [n.id, n.label, n.meetings]), [["C:CN", "China (CN)", 4], ["C:PK", "Pakistan (PK)", 1], ["C:UZ", "Uzbekistan (UZ)", 3]]);
  assert.deepEqual(g.links.map((l) => [l.source, l.target, l.weight]), [["C:CN", "C:PK", 1], ["C:CN", "C:UZ", 3], ["C:PK", "C:UZ", 1]]);
  assert.ok(g.links.every((l) => l.kind === "met"));
});
