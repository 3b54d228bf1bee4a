// Panel 1: countries and leaders, linked by the meetings they took part in.
import { forceSimulation, forceLink, forceManyBody, forceCenter, forceCollide, forceX, forceY } from "d3-force";
import { select } from "d3-selection";
import { zoom } from "d3-zoom";
import { network, topLeaders, countryNetwork } from "../model.js";
import { newSVG, availableWidth } from "./common.js";
import { t } from "../i18n.js";

export const id = "network";
export const title = "networkTitle";
export const needs = { meetings: true, overview: false };

const LABELLED_LEADERS = 30;
const LABELLED_COUNTRIES = 30;
/** Most leaders drawn: those with most meetings (the CSV has every tie). */
export const MAX_LEADERS = 50;

/** viewOf reads the network's view from the URL: "countries" (aggregated) or "leaders" (the default). */
export function viewOf(params) {
  return params && params.get("network") === "countries" ? "countries" : "leaders";
}

/**
 * viewSwitch draws the Leaders | Countries buttons; a choice goes into the
 * URL (?network=) and the page redraws from the data it has (popstate).
 */
function viewSwitch(view, L) {
  const box = document.createElement("div");
  box.className = "view-switch";
  for (const v of ["leaders", "countries"]) {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "view-" + v;
    b.setAttribute("aria-pressed", String(v === view));
    b.textContent = t(L, v === "leaders" ? "viewLeaders" : "viewCountries");
    b.addEventListener("click", () => {
      if (v === view) return;
      const u = new URL(location.href);
      if (v === "countries") u.searchParams.set("network", v);
      else u.searchParams.delete("network");
      history.replaceState(null, "", u);
      window.dispatchEvent(new PopStateEvent("popstate"));
    });
    box.append(b);
  }
  return box;
}

export function render(body, data, opts) {
  const L = opts.lang;
  const view = viewOf(opts.params);
  const full = view === "countries" ? countryNetwork(data.meetings, L) : network(data.meetings, L);
  const g = view === "countries" ? { ...full, leaders: 0, shownLeaders: 0 } : topLeaders(full, MAX_LEADERS);
  if (g.nodes.length) body.appendChild(viewSwitch(view, L));
  const width = availableWidth(body);
  const height = opts.embedded ? Math.max(360, window.innerHeight - 90) : 560;
  if (!g.nodes.length) return { count: 0 };

  const radius = (n) => (n.kind === "country" ? Math.min(16, 5 + 1.2 * Math.sqrt(n.meetings)) : Math.min(12, 3 + 1.2 * Math.sqrt(n.meetings)));
  const nodes = g.nodes.map((n) => ({ ...n }));
  const links = g.links.map((l) => ({ ...l }));
  const sim = forceSimulation(nodes)
    .force("link", forceLink(links).id((d) => d.id).distance((l) => (l.kind === "serves" ? 30 : 60)).strength((l) => (l.kind === "serves" ? 0.6 : 0.15)))
    .force("charge", forceManyBody().strength((d) => (d.kind === "country" ? -140 : -50)).distanceMax(400))
    .force("collide", forceCollide((d) => radius(d) + (d.kind === "country" ? 14 : 3)))
    .force("x", forceX(0).strength(0.04))
    .force("y", forceY(0).strength(0.06))
    .force("center", forceCenter(0, 0))
    .stop();
  // A fixed number of ticks from d3's deterministic start: the same data
  // always gives the same picture.
  for (let i = 0; i < 300; i++) sim.tick();

  const byMeetings = (a, b) => b.meetings - a.meetings || (a.id < b.id ? -1 : 1);
  const leaders = nodes.filter((n) => n.kind === "leader").sort(byMeetings);
  // Labelled: every country and the leaders with most meetings; aggregated
  // to countries, the countries with most meetings (the others on hover).
  const labelled = new Set(
    view === "countries" ? [...nodes].sort(byMeetings).slice(0, LABELLED_COUNTRIES).map((n) => n.id) : [...leaders.slice(0, LABELLED_LEADERS).map((n) => n.id), ...nodes.filter((n) => n.kind === "country").map((n) => n.id)],
  );
  // The drawing's box holds the labels too (they run right of their node):
  // a rough width per character, wider for CJK characters and bold country names.
  const labelWidth = (n) => {
    if (!labelled.has(n.id)) return 0;
    const size = n.kind === "country" ? 12 : 10;
    let w = 0;
    for (const ch of n.label) w += (/[\u2e80-\u9fff\uf900-\ufaff]/.test(ch) ? 1.05 : 0.62) * size;
    return 3 + w;
  };
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const n of nodes) {
    const r = radius(n) + 12;
    x0 = Math.min(x0, n.x - r);
    y0 = Math.min(y0, n.y - r);
    x1 = Math.max(x1, n.x + Math.max(r, radius(n) + labelWidth(n) + 6));
    y1 = Math.max(y1, n.y + r);
  }
  const svg = newSVG(width, height).attr("aria-label", t(L, title));
  const vw = x1 - x0;
  const vh = y1 - y0;
  const k = Math.min(1.5, width / vw, height / vh);
  const root = svg.append("g");
  const scene = root.append("g").attr("transform", `translate(${(width - vw * k) / 2},${(height - vh * k) / 2}) scale(${k}) translate(${-x0},${-y0})`);

  const maxW = Math.max(1, ...links.filter((l) => l.kind === "met").map((l) => l.weight));
  scene
    .append("g")
    .attr("class", "links")
    .selectAll("line")
    .data(links)
    .join("line")
    .attr("class", (d) => "link link-" + d.kind)
    .attr("x1", (d) => d.source.x)
    .attr("y1", (d) => d.source.y)
    .attr("x2", (d) => d.target.x)
    .attr("y2", (d) => d.target.y)
    .attr("stroke", (d) => (d.kind === "serves" ? "#c9cdd4" : "#7b8794"))
    .attr("stroke-dasharray", (d) => (d.kind === "serves" ? "3,3" : null))
    .attr("stroke-opacity", (d) => (d.kind === "serves" ? 0.8 : 0.35 + 0.5 * (d.weight / maxW)))
    .attr("stroke-width", (d) => (d.kind === "serves" ? 0.8 : 0.8 + 3 * (d.weight / maxW)))
    .append("title")
    .text((d) => (d.kind === "met" ? `${d.source.label} – ${d.target.label}: ${t(L, "meetingsOf", d.weight)}` : `${d.source.label} – ${d.target.label}`));

  const node = scene
    .append("g")
    .attr("class", "nodes")
    .selectAll("g")
    .data(nodes)
    .join("g")
    .attr("class", (d) => "node node-" + d.kind)
    .attr("transform", (d) => `translate(${d.x},${d.y})`);
  node
    .filter((d) => d.kind === "country")
    .append("rect")
    .attr("x", (d) => -radius(d))
    .attr("y", (d) => -radius(d))
    .attr("width", (d) => 2 * radius(d))
    .attr("height", (d) => 2 * radius(d))
    .attr("rx", 3)
    .attr("fill", "#e15759")
    .attr("stroke", "#fff")
    .attr("stroke-width", 1.2);
  node
    .filter((d) => d.kind === "leader")
    .append("circle")
    .attr("r", radius)
    .attr("fill", "#4e79a7")
    .attr("stroke", "#fff")
    .attr("stroke-width", 1);
  node.append("title").text((d) => `${d.label}: ${t(L, "meetingsOf", d.meetings)}`);

  node
    .filter((d) => labelled.has(d.id))
    .append("text")
    .attr("x", (d) => radius(d) + 3)
    .attr("y", 4)
    .attr("font-size", (d) => (d.kind === "country" ? 12 : 10))
    .attr("font-weight", (d) => (d.kind === "country" ? 600 : 400))
    .attr("fill", "#1f2933")
    .attr("paint-order", "stroke")
    .attr("stroke", "#fff")
    .attr("stroke-width", 3)
    .attr("class", "label")
    .text((d) => d.label);

  const legend = svg.append("g").attr("class", "legend").attr("transform", "translate(10,14)");
  legend.append("rect").attr("x", 0).attr("y", -8).attr("width", 10).attr("height", 10).attr("rx", 2).attr("fill", "#e15759");
  legend.append("text").attr("x", 14).attr("y", 1).text(t(L, "country"));
  if (view === "countries") {
    legend.select("text").text(t(L, "countrySize"));
  } else {
    legend.append("circle").attr("cx", 75).attr("cy", -3).attr("r", 5).attr("fill", "#4e79a7");
    legend.append("text").attr("x", 84).attr("y", 1).text(t(L, "leaderSize"));
  }

  svg.call(zoom().scaleExtent([0.3, 8]).on("zoom", (ev) => root.attr("transform", ev.transform)));
  body.appendChild(svg.node());

  return {
    count: nodes.length,
    summary:
      view === "countries"
        ? t(L, "networkSummaryCountries", nodes.length, links.length)
        : g.shownLeaders < g.leaders
        ? t(L, "networkSummaryTop", nodes.filter((n) => n.kind === "country").length, g.shownLeaders, g.leaders, links.filter((l) => l.kind === "met").length)
        : t(L, "networkSummary", nodes.filter((n) => n.kind === "country").length, leaders.length, links.filter((l) => l.kind === "met").length),
    svg: svg.node(),
    csv: {
      header: ["source", "target", "kind", "meetings"],
      rows: full.links.map((l) => [l.source.replace(/^[LC]:/, ""), l.target.replace(/^[LC]:/, ""), l.kind, l.weight]),
    },
  };
}
