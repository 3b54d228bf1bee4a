// Pure functions turning API data into what each panel draws. They take plain
// objects and return plain objects, so they are easy to reason about and test.
import { t, yearSourceLabel } from "./i18n.js";

const byString = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

// Data labels. Each takes the API object and the language ("en" or "zh");
// English uses the API's English field and falls back to the Chinese name
// when it is null; any other language shows the Chinese (canonical) name.

/** leaderLabel names a leader: in English nameEn, else pinyin, else the Chinese name. */
export function leaderLabel(leader, lang) {
  if (!leader) return "";
  if (lang === "en") return leader.nameEn || leader.pinyin || leader.name || "";
  return leader.name || "";
}

/** countryName names a country: nameEn in English, else the Chinese name, else the code. */
export function countryName(c, lang) {
  if (!c) return "";
  if (lang === "en" && c.nameEn) return c.nameEn;
  return c.name || c.code || "";
}

/** countryLabel gives "name (CODE)" (the name as countryName gives it) or the code alone. */
export function countryLabel(c, lang) {
  if (!c) return "";
  const name = countryName(c, lang);
  return name && name !== c.code ? `${name} (${c.code})` : c.code;
}

/** initiativeLabel names an initiative: nameEn in English, else its canonical name. */
export function initiativeLabel(i, lang) {
  if (!i) return "";
  return (lang === "en" && i.nameEn) || i.name || "";
}

/** domainLabel names an agreement domain: nameEn in English, else the domain as written. */
export function domainLabel(d, lang) {
  if (!d) return "";
  return (lang === "en" && d.nameEn) || d.name || "";
}

/** relationshipLabel gives a meeting's relationship designation: relationshipEn in English, else as written; "" when none. */
export function relationshipLabel(m, lang) {
  if (!m) return "";
  return (lang === "en" && m.relationshipEn) || m.relationship || "";
}

/**
 * network builds the leader/country graph: a node per leader and per country,
 * a "serves" link from a leader to the country of his participation, and a
 * "met" link between two leaders weighted by the meetings they shared (the
 * host with each guest; all pairs when a meeting has no host). Node ids are
 * the canonical (Chinese) names, so the graph is the same in either language;
 * labels follow lang (leaderLabel, countryLabel).
 */
export function network(meetings, lang) {
  const nodes = new Map();
  const links = new Map();
  const node = (id, kind, label) => {
    let n = nodes.get(id);
    if (!n) {
      n = { id, kind, label, meetings: 0 };
      nodes.set(id, n);
    }
    return n;
  };
  const link = (a, b, kind) => {
    const [s, t] = a < b ? [a, b] : [b, a];
    const key = `${kind}|${s}|${t}`;
    let l = links.get(key);
    if (!l) {
      l = { source: s, target: t, kind, weight: 0 };
      links.set(key, l);
    }
    l.weight++;
  };
  for (const m of meetings) {
    const seenCountry = new Set();
    const people = [];
    for (const p of m.participants || []) {
      if (!p.leader || !p.leader.name) continue;
      const lid = "L:" + p.leader.name;
      node(lid, "leader", leaderLabel(p.leader, lang)).meetings++;
      people.push({ id: lid, role: p.role });
      if (p.country && p.country.code) {
        const cid = "C:" + p.country.code;
        const c = node(cid, "country", countryLabel(p.country, lang));
        if (!seenCountry.has(cid)) {
          c.meetings++;
          seenCountry.add(cid);
        }
        link(lid, cid, "serves");
      }
    }
    const hosts = people.filter((p) => p.role === "HOST");
    const guests = people.filter((p) => p.role === "GUEST");
    const pairs = [];
    if (hosts.length && guests.length) {
      for (const h of hosts) for (const g of guests) pairs.push([h.id, g.id]);
    } else {
      for (let i = 0; i < people.length; i++)
        for (let j = i + 1; j < people.length; j++) pairs.push([people[i].id, people[j].id]);
    }
    const seenPair = new Set();
    for (const [a, b] of pairs) {
      if (a === b) continue;
      const k = a < b ? a + "|" + b : b + "|" + a;
      if (seenPair.has(k)) continue;
      seenPair.add(k);
      link(a, b, "met");
    }
  }
  const ns = [...nodes.values()].sort((a, b) => byString(a.id, b.id));
  const ls = [...links.values()].sort((a, b) => byString(`${a.kind}|${a.source}|${a.target}`, `${b.kind}|${b.source}|${b.target}`));
  return { nodes: ns, links: ls };
}

/**
 * countryNetwork aggregates the network to countries: a node per country
 * (meetings: those where one of its leaders took part), a "met" link between
 * two countries weighted by the meetings where leaders of both took part.
 */
export function countryNetwork(meetings, lang) {
  const nodes = new Map();
  const links = new Map();
  for (const m of meetings) {
    const cs = new Map();
    for (const p of m.participants || []) if (p.country && p.country.code) cs.set(p.country.code, p.country);
    const codes = [...cs.keys()].sort(byString);
    for (const code of codes) {
      const id = "C:" + code;
      if (!nodes.has(id)) nodes.set(id, { id, kind: "country", label: countryLabel(cs.get(code), lang), meetings: 0 });
      nodes.get(id).meetings++;
    }
    for (let i = 0; i < codes.length; i++)
      for (let j = i + 1; j < codes.length; j++) {
        const key = `C:${codes[i]}|C:${codes[j]}`;
        if (!links.has(key)) links.set(key, { source: "C:" + codes[i], target: "C:" + codes[j], kind: "met", weight: 0 });
        links.get(key).weight++;
      }
  }
  return {
    nodes: [...nodes.values()].sort((a, b) => byString(a.id, b.id)),
    links: [...links.values()].sort((a, b) => byString(`${a.source}|${a.target}`, `${b.source}|${b.target}`)),
  };
}

/**
 * topLeaders keeps a network readable on a large corpus: the max leaders
 * with most meetings (ties by id), the countries they serve, and the links
 * between what is kept. The whole graph when it has at most max leaders.
 * Returns {nodes, links, leaders (all), shownLeaders}.
 */
export function topLeaders(g, max) {
  const leaders = g.nodes.filter((n) => n.kind === "leader");
  if (!(max > 0) || leaders.length <= max) return { ...g, leaders: leaders.length, shownLeaders: leaders.length };
  const kept = new Set(leaders.sort((a, b) => b.meetings - a.meetings || byString(a.id, b.id)).slice(0, max).map((n) => n.id));
  for (const l of g.links) {
    if (l.kind !== "serves") continue;
    if (kept.has(l.source) && l.target.startsWith("C:")) kept.add(l.target);
    if (kept.has(l.target) && l.source.startsWith("C:")) kept.add(l.source);
  }
  return {
    nodes: g.nodes.filter((n) => kept.has(n.id)),
    links: g.links.filter((l) => kept.has(l.source) && kept.has(l.target)),
    leaders: leaders.length,
    shownLeaders: max,
  };
}

export const KINDS = ["MEETING", "TALKS", "PHONE_CALL", "VIDEO_CALL", "MESSAGE", "OTHER"];

/**
 * timeline counts meetings per month (YYYY-MM) and kind, filling empty months
 * between the first and the last. Meetings without year (datePrecision
 * MONTH_DAY: the text gives month and day only) and meetings without any
 * date are counted apart, never dropped.
 */
export function timeline(meetings) {
  const counts = new Map();
  let undated = 0;
  let partial = 0;
  for (const m of meetings) {
    if (!m.date || !/^\d{4}-\d{2}/.test(m.date)) {
      if (m.datePrecision === "MONTH_DAY") partial++;
      else undated++;
      continue;
    }
    const month = m.date.slice(0, 7);
    let row = counts.get(month);
    if (!row) {
      row = Object.fromEntries(KINDS.map((k) => [k, 0]));
      counts.set(month, row);
    }
    const kind = KINDS.includes(m.kind) ? m.kind : "OTHER";
    row[kind]++;
  }
  const months = [...counts.keys()].sort(byString);
  const rows = [];
  if (months.length) {
    let [y, mo] = months[0].split("-").map(Number);
    const [ey, em] = months[months.length - 1].split("-").map(Number);
    while (y < ey || (y === ey && mo <= em)) {
      const key = `${y}-${String(mo).padStart(2, "0")}`;
      const row = counts.get(key) || Object.fromEntries(KINDS.map((k) => [k, 0]));
      rows.push({ month: key, ...row, total: KINDS.reduce((s, k) => s + row[k], 0) });
      mo++;
      if (mo > 12) {
        mo = 1;
        y++;
      }
    }
  }
  return { rows, undated, partial };
}

/**
 * timelineFromServer shapes the server's aggregates as timeline() does:
 * months filled between the first and the last, each with the server's
 * count (Query.timeline) as total; meetings without year and undated ones
 * from dateCounts (0 when null). When the page has the meetings anyway
 * (meetings not null) each month is split by kind from them; what they do
 * not account for is in unsplit (all of a month when meetings is null).
 */
export function timelineFromServer(buckets, dateCounts, meetings) {
  const counts = new Map();
  for (const b of buckets || []) if (/^\d{4}-\d{2}$/.test(b.month)) counts.set(b.month, (counts.get(b.month) || 0) + b.count);
  const local = meetings ? new Map(timeline(meetings).rows.map((r) => [r.month, r])) : new Map();
  const months = [...counts.keys()].sort(byString);
  const rows = [];
  if (months.length) {
    let [y, mo] = months[0].split("-").map(Number);
    const [ey, em] = months[months.length - 1].split("-").map(Number);
    while (y < ey || (y === ey && mo <= em)) {
      const key = `${y}-${String(mo).padStart(2, "0")}`;
      const total = counts.get(key) || 0;
      const split = local.get(key);
      const row = Object.fromEntries(KINDS.map((k) => [k, split ? split[k] : 0]));
      const known = KINDS.reduce((s, k) => s + row[k], 0);
      rows.push({ month: key, ...row, unsplit: Math.max(0, total - known), total });
      mo++;
      if (mo > 12) {
        mo = 1;
        y++;
      }
    }
  }
  const dc = dateCounts || {};
  return { rows, undated: dc.undated || 0, partial: dc.partiallyDated || 0 };
}

/**
 * supporters lists, per initiative, the countries that support it. Without a
 * date range it uses the API's initiatives{supporters}; with one, the supports
 * stated in the meetings of that range. Each item has the canonical name and
 * its label in lang (initiativeLabel).
 */
export function supporters(meetings, overview, dated, lang) {
  const by = new Map();
  const add = (ini, c) => {
    if (!by.has(ini.name)) by.set(ini.name, { label: initiativeLabel(ini, lang), countries: new Map() });
    if (c && c.code) by.get(ini.name).countries.set(c.code, c);
  };
  if (!dated && overview) {
    for (const i of overview.initiatives || []) {
      add(i, null);
      for (const c of i.supporters || []) add(i, c);
    }
  } else {
    for (const m of meetings) for (const s of m.supports || []) add(s.initiative, s.country);
  }
  return [...by.entries()]
    .map(([name, r]) => ({ name, label: r.label, supporters: [...r.countries.values()].sort((a, b) => byString(a.code, b.code)) }))
    .sort((a, b) => b.supporters.length - a.supporters.length || byString(a.name, b.name));
}

/**
 * domains lists, per country, the agreement domains of its meetings with the
 * number of meetings in the range that name each domain: with a date range
 * counted from the meetings, without one the server's counts
 * (agreementDomains{countryCounts}) from the overview. Rows and
 * domains keep their canonical names (name) and get a label in lang
 * (countryName, domainLabel).
 */
export function domains(meetings, overview, dated, lang) {
  const by = new Map();
  const row = (c) => {
    let r = by.get(c.code);
    if (!r) {
      r = { code: c.code, name: c.name || c.code, label: countryName(c, lang), domains: new Map() };
      by.set(c.code, r);
    }
    return r;
  };
  const count = (r, d, n) => {
    const e = r.domains.get(d.name);
    if (e) e.meetings += n;
    else r.domains.set(d.name, { name: d.name, label: domainLabel(d, lang), meetings: n });
  };
  if (!dated && overview) {
    for (const d of overview.agreementDomains || []) for (const cc of d.countryCounts || []) if (cc.country && cc.country.code) count(row(cc.country), d, cc.count);
  } else {
    for (const m of meetings) {
      const ds = m.agreementDomains || [];
      if (!ds.length) continue;
      const cs = new Map();
      for (const p of m.participants || []) if (p.country && p.country.code) cs.set(p.country.code, p.country);
      for (const c of cs.values()) {
        const r = row(c);
        for (const d of ds) count(r, d, 1);
      }
    }
  }
  return [...by.values()]
    .map((r) => ({
      code: r.code,
      name: r.name,
      label: r.label,
      domains: [...r.domains.values()].sort((a, b) => b.meetings - a.meetings || byString(a.name, b.name)),
    }))
    .filter((r) => r.domains.length)
    .sort((a, b) => b.domains.length - a.domains.length || byString(a.code, b.code));
}

/** safeHref returns url when it is an http(s) address (never javascript: or data:), else "". */
export function safeHref(url) {
  return typeof url === "string" && /^https?:\/\/[^\s]+$/i.test(url.trim()) ? url.trim() : "";
}

/**
 * provenance lists what is known of where a piece of evidence comes from: the
 * outlet (site and source), the document's address (a link when it is http(s),
 * else the file name), its publication date, and where the meeting's year
 * came from (the meeting's yearSource, else the article's). Each item is
 * {key, label, text, href?}, labels in lang (English by default); unknown
 * items are left out.
 */
export function provenance(article, meeting, lang = "en") {
  const a = article || {};
  const out = [];
  const outlet = [a.site, a.source].filter((x, i, xs) => x && xs.indexOf(x) === i).join(" · ");
  if (outlet) out.push({ key: "outlet", label: t(lang, "outlet"), text: outlet });
  const href = safeHref(a.url);
  if (href) out.push({ key: "url", label: t(lang, "address"), text: href, href });
  else if (a.url || a.file) out.push({ key: "file", label: t(lang, a.url ? "address" : "file"), text: a.url || a.file });
  if (a.published) out.push({ key: "published", label: t(lang, "published"), text: a.published });
  else if (a.date) out.push({ key: "dateline", label: t(lang, "dateline"), text: a.date });
  const ys = (meeting && meeting.yearSource) || a.yearSource;
  if (ys) out.push({ key: "year", label: t(lang, "yearFrom"), text: yearSourceLabel(ys, lang), code: ys });
  return out;
}

/**
 * evidenceByArticle groups a meeting's evidence by the article it comes from,
 * then by sentence, in the order they first appear:
 * [{article, items: [{text, facts: ["field: value", "field", …]}]}].
 */
export function evidenceByArticle(meeting) {
  const by = new Map();
  for (const e of (meeting && meeting.evidence) || []) {
    const a = e.article || { id: "" };
    let g = by.get(a.id);
    if (!g) {
      g = { article: a, items: [], sentences: new Map() };
      by.set(a.id, g);
    }
    let it = g.sentences.get(e.text);
    if (!it) {
      it = { text: e.text, facts: [] };
      g.sentences.set(e.text, it);
      g.items.push(it);
    }
    it.facts.push(e.value ? `${e.field}: ${e.value}` : e.field);
  }
  return [...by.values()].map(({ article, items }) => ({ article, items }));
}

/** meetingDate shows a meeting's date: the ISO date, "--MM-DD" without year, or "undated" in lang (English by default). */
export function meetingDate(m, lang = "en") {
  if (m.date) return m.date;
  if (m.partialDate) return m.partialDate;
  return t(lang, "undated");
}
