// Panel 4: agreement domains per country, as a table.
export const id = "domains";
export const title = "domainsTitle";
export const needs = { meetings: "dated", overview: "undated" };

import { domains } from "../model.js";
import { t } from "../i18n.js";

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  for (const c of children) e.append(c);
  return e;
}

export function render(body, data, opts) {
  const L = opts.lang;
  const rows = domains(data.meetings, data.overview, opts.dated, L);
  if (!rows.length) return { count: 0 };
  const table = el("table", { class: "data" });
  table.append(el("thead", {}, el("tr", {}, el("th", {}, t(L, "colCountry")), el("th", {}, t(L, "colCode")), el("th", { class: "num" }, t(L, "colDomains")), el("th", {}, t(L, "colDomainList")))));
  const tbody = el("tbody");
  for (const r of rows) {
    const list = el("td", { class: "domains" });
    r.domains.forEach((d, i) => {
      if (i) list.append(t(L, "listSep"));
      list.append(el("span", { class: "domain", "data-domain": d.name }, d.meetings ? `${d.label} (${d.meetings})` : d.label));
    });
    tbody.append(el("tr", { class: "row", "data-country": r.code }, el("td", { class: "country-name" }, r.label), el("td", {}, r.code), el("td", { class: "num" }, String(r.domains.length)), list));
  }
  table.append(tbody);
  body.appendChild(el("div", { class: "table-wrap" }, table));
  return {
    count: rows.length,
    summary: t(L, "countriesN", rows.length),
    csv: {
      header: ["country", "countryName", "domain", "meetings"],
      rows: rows.flatMap((r) => r.domains.map((d) => [r.code, r.name, d.name, d.meetings])),
    },
  };
}
