// Pure functions turning API data into what each panel draws. They take plain
// objects and return plain objects, so they are easy to reason about and test.

const byString = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** countryLabel gives "name (CODE)" or the code alone. */
export function countryLabel(c) {
  if (!c) return "";
  return c.name && c.name !== c.code ? `${c.name} (${c.code})` : c.code;
}

/**
 * network builds the leader/country graph: a node per leader and per country,
 * a "serves" link from a leader to the country of his participation, and a
 * "met" link between two leaders weighted by the meetings they shared (the
 * host with each guest; all pairs when a meeting has no host).
 */
export function network(meetings) {
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
      node(lid, "leader", p.leader.name).meetings++;
      people.push({ id: lid, role: p.role });
      if (p.country && p.country.code) {
        const cid = "C:" + p.country.code;
        const c = node(cid, "country", countryLabel(p.country));
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
 * supporters lists, per initiative, the countries that support it. Without a
 * date range it uses the API's initiatives{supporters}; with one, the supports
 * stated in the meetings of that range.
 */
export function supporters(meetings, overview, dated) {
  const by = new Map();
  const add = (ini, c) => {
    if (!by.has(ini)) by.set(ini, new Map());
    if (c && c.code) by.get(ini).set(c.code, c);
  };
  if (!dated && overview) {
    for (const i of overview.initiatives || []) {
      add(i.name, null);
      for (const c of i.supporters || []) add(i.name, c);
    }
  } else {
    for (const m of meetings) for (const s of m.supports || []) add(s.initiative.name, s.country);
  }
  return [...by.entries()]
    .map(([name, cs]) => ({ name, supporters: [...cs.values()].sort((a, b) => byString(a.code, b.code)) }))
    .sort((a, b) => b.supporters.length - a.supporters.length || byString(a.name, b.name));
}

/**
 * domains lists, per country, the agreement domains of its meetings with the
 * number of meetings in the range that name each domain. Without a date range
 * the domain set comes from the API's countries{agreementDomains}.
 */
export function domains(meetings, overview, dated) {
  const by = new Map();
  const row = (c) => {
    let r = by.get(c.code);
    if (!r) {
      r = { code: c.code, name: c.name || c.code, domains: new Map() };
      by.set(c.code, r);
    }
    return r;
  };
  for (const m of meetings) {
    const ds = (m.agreementDomains || []).map((d) => d.name);
    if (!ds.length) continue;
    const cs = new Map();
    for (const p of m.participants || []) if (p.country && p.country.code) cs.set(p.country.code, p.country);
    for (const c of cs.values()) {
      const r = row(c);
      for (const d of ds) r.domains.set(d, (r.domains.get(d) || 0) + 1);
    }
  }
  if (!dated && overview) {
    for (const c of overview.countries || []) {
      if (!c.agreementDomains || !c.agreementDomains.length) continue;
      const r = row(c);
      for (const d of c.agreementDomains) if (!r.domains.has(d.name)) r.domains.set(d.name, 0);
    }
  }
  return [...by.values()]
    .map((r) => ({
      code: r.code,
      name: r.name,
      domains: [...r.domains.entries()].map(([name, meetings]) => ({ name, meetings })).sort((a, b) => b.meetings - a.meetings || byString(a.name, b.name)),
    }))
    .filter((r) => r.domains.length)
    .sort((a, b) => b.domains.length - a.domains.length || byString(a.code, b.code));
}
