// Panel 4: agreement domains per country, as a table.
export const id = "domains";
export const title = "Agreement domains per country";
export const needs = { meetings: true, overview: "undated" };

import { domains } from "../model.js";

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  for (const c of children) e.append(c);
  return e;
}

export function render(body, data, opts) {
  const rows = domains(data.meetings, data.overview, opts.dated);
  if (!rows.length) return { count: 0 };
  const table = el("table", { class: "data" });
  table.append(el("thead", {}, el("tr", {}, el("th", {}, "Country"), el("th", {}, "Code"), el("th", { class: "num" }, "Domains"), el("th", {}, "Agreement domains (meetings)"))));
  const tbody = el("tbody");
  for (const r of rows) {
    const list = el("td", { class: "domains" });
    r.domains.forEach((d, i) => {
      if (i) list.append("、");
      list.append(el("span", { class: "domain" }, d.meetings ? `${d.name} (${d.meetings})` : d.name));
    });
    tbody.append(el("tr", { class: "row", "data-country": r.code }, el("td", {}, r.name), el("td", {}, r.code), el("td", { class: "num" }, String(r.domains.length)), list));
  }
  table.append(tbody);
  body.appendChild(el("div", { class: "table-wrap" }, table));
  return {
    count: rows.length,
    summary: `${rows.length} countries`,
    csv: {
      header: ["country", "countryName", "domain", "meetings"],
      rows: rows.flatMap((r) => r.domains.map((d) => [r.code, r.name, d.name, d.meetings])),
    },
  };
}
