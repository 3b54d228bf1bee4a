// Panel 2: meetings per month, stacked by kind.
import { scaleBand, scaleLinear } from "d3-scale";
import { axisBottom, axisLeft } from "d3-axis";
import { timelineFromServer, KINDS } from "../model.js";
import { newSVG, availableWidth, KIND_COLOURS } from "./common.js";
import { t, kindLabel } from "../i18n.js";

export const id = "timeline";
export const title = "timelineTitle";
// The server's aggregates (Query.timeline, dateCounts), not the meetings:
// alone, the panel pages through no meetings. When the page has them for
// another panel, months are split by kind.
export const needs = { meetings: false, overview: false, timeline: true };

const UNSPLIT_COLOUR = "#7b93b0";

export function render(body, data, opts) {
  const L = opts.lang;
  const { rows, undated, partial } = timelineFromServer(data.timeline.buckets, data.timeline.dateCounts, data.meetingsLoaded ? data.meetings : null);
  if (!rows.length) return { count: 0 };
  const width = availableWidth(body);
  const height = opts.embedded ? Math.max(300, window.innerHeight - 90) : 340;
  const m = { top: 34, right: 16, bottom: rows.length > 12 ? 58 : 36, left: 40 };
  const x = scaleBand().domain(rows.map((r) => r.month)).range([m.left, width - m.right]).padding(0.15);
  const ymax = Math.max(1, ...rows.map((r) => r.total));
  const y = scaleLinear().domain([0, ymax]).nice().range([height - m.bottom, m.top]);

  const svg = newSVG(width, height).attr("aria-label", t(L, title));
  const step = Math.ceil(rows.length / Math.max(1, Math.floor((width - m.left) / 48)));
  const xAxis = svg
    .append("g")
    .attr("transform", `translate(0,${height - m.bottom})`)
    .call(axisBottom(x).tickValues(rows.map((r) => r.month).filter((_, i) => i % step === 0)));
  if (rows.length > 12) xAxis.selectAll("text").attr("transform", "rotate(-40)").attr("text-anchor", "end").attr("dx", "-0.4em").attr("dy", "0.6em");
  svg.append("g").attr("transform", `translate(${m.left},0)`).call(axisLeft(y).ticks(Math.min(ymax, 6)).tickFormat((d) => (Number.isInteger(d) ? d : "")));

  const bars = svg.append("g").attr("class", "bars");
  for (const r of rows) {
    let acc = 0;
    for (const k of [...KINDS, "unsplit"]) {
      if (!r[k]) continue;
      bars
        .append("rect")
        .attr("class", "bar")
        .attr("data-month", r.month)
        .attr("data-kind", k)
        .attr("x", x(r.month))
        .attr("width", x.bandwidth())
        .attr("y", y(acc + r[k]))
        .attr("height", y(acc) - y(acc + r[k]))
        .attr("fill", KIND_COLOURS[k] || UNSPLIT_COLOUR)
        .append("title")
        .text(k === "unsplit" ? `${r.month}: ${t(L, "meetingsOf", r[k])}` : `${r.month} ${kindLabel(k, L)}: ${r[k]}`);
      acc += r[k];
    }
  }
  const used = KINDS.filter((k) => rows.some((r) => r[k]));
  const legend = svg.append("g").attr("class", "legend").attr("transform", `translate(${m.left},14)`);
  let lx = 0;
  for (const k of used) {
    legend.append("rect").attr("x", lx).attr("y", -8).attr("width", 10).attr("height", 10).attr("fill", KIND_COLOURS[k]);
    const word = kindLabel(k, L);
    legend.append("text").attr("x", lx + 14).attr("y", 1).text(word);
    lx += 24 + (L === "zh" ? 12 : 7) * word.length;
  }
  body.appendChild(svg.node());
  const total = rows.reduce((s, r) => s + r.total, 0);
  return {
    count: rows.filter((r) => r.total > 0).length,
    summary:
      t(L, "timelineSummary", total, rows.length) + (partial ? t(L, "timelinePartial", partial) : "") + (undated ? t(L, "timelineUndated", undated) : ""),
    svg: svg.node(),
    // Kind columns only when the months are split by kind (the page had the meetings).
    csv: rows.some((r) => r.unsplit)
      ? { header: ["month", "total"], rows: rows.map((r) => [r.month, r.total]) }
      : { header: ["month", ...KINDS, "total"], rows: rows.map((r) => [r.month, ...KINDS.map((k) => r[k]), r.total]) },
  };
}
