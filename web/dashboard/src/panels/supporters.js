// Panel 3: the countries that support each initiative.
import { scaleBand, scaleLinear } from "d3-scale";
import { supporters, countryLabel, countryName } from "../model.js";
import { t } from "../i18n.js";
import { newSVG, availableWidth } from "./common.js";

export const id = "supporters";
export const title = "supportersTitle";
export const needs = { meetings: "dated", overview: "undated" };

export function render(body, data, opts) {
  const L = opts.lang;
  const list = supporters(data.meetings, data.overview, opts.dated, L);
  if (!list.length) return { count: 0 };
  const width = availableWidth(body);
  const rowH = 30;
  // English names are longer than Chinese ones: a wider label column.
  const m = { top: 10, right: 16, bottom: 10, left: L === "en" ? Math.min(240, Math.max(150, Math.floor(width * 0.38))) : 150 };
  const height = m.top + m.bottom + rowH * list.length;
  const barMax = Math.min(260, (width - m.left - m.right) * 0.4);
  const y = scaleBand().domain(list.map((d) => d.name)).range([m.top, height - m.bottom]).padding(0.2);
  const x = scaleLinear().domain([0, Math.max(1, ...list.map((d) => d.supporters.length))]).range([0, barMax]);

  const svg = newSVG(width, height).attr("aria-label", t(L, title));
  const row = svg.selectAll("g.initiative").data(list).join("g").attr("class", "initiative").attr("transform", (d) => `translate(0,${y(d.name)})`);
  row
    .append("text")
    .attr("x", m.left - 8)
    .attr("y", y.bandwidth() / 2 + 4)
    .attr("text-anchor", "end")
    .attr("font-weight", 600)
    .attr("fill", "#1f2933")
    .attr("class", "initiative-name")
    .text((d) => {
      const max = Math.floor((m.left - 10) / (L === "en" ? 8.2 : 12.5));
      return d.label.length > max ? d.label.slice(0, max - 1) + "…" : d.label;
    })
    .append("title")
    .text((d) => d.label);
  row
    .append("rect")
    .attr("class", "bar")
    .attr("x", m.left)
    .attr("width", (d) => Math.max(1, x(d.supporters.length)))
    .attr("height", y.bandwidth())
    .attr("fill", "#59a14f")
    .append("title")
    .text((d) => `${d.label}: ${d.supporters.map((c) => countryLabel(c, L)).join(", ")}`);
  const maxChars = Math.max(10, Math.floor((width - m.left - barMax - 60) / 7));
  row
    .append("text")
    .attr("x", (d) => m.left + Math.max(1, x(d.supporters.length)) + 6)
    .attr("y", y.bandwidth() / 2 + 4)
    .attr("fill", "#3e4c59")
    .text((d) => {
      const s = `${d.supporters.length}: ${d.supporters.map((c) => countryName(c, L)).join(t(L, "listSep"))}`;
      return s.length > maxChars ? s.slice(0, maxChars - 1) + "…" : s;
    });
  body.appendChild(svg.node());
  return {
    count: list.reduce((s, d) => s + d.supporters.length, 0),
    summary: t(L, "initiativesN", list.length),
    svg: svg.node(),
    csv: {
      header: ["initiative", "country", "countryName"],
      rows: list.flatMap((d) => (d.supporters.length ? d.supporters.map((c) => [d.name, c.code, c.name]) : [[d.name, "", ""]])),
    },
  };
}
