// dipgraph research dashboard: four panels over the GraphQL API, each
// filterable by date range, embeddable alone (?panel=NAME) and exportable.
//
// URL parameters: panel (network|timeline|supporters|domains|evidence), from, to
// (YYYY-MM-DD), api (origin or /query URL of another dipgraph server),
// controls=0 (hide the date form in an embedded panel).
import { apiEndpoint, loadMeetings, loadOverview } from "./api.js";
import { exportSVG, exportPNG, exportCSV } from "./export.js";
import * as network from "./panels/network.js";
import * as timeline from "./panels/timeline.js";
import * as supporters from "./panels/supporters.js";
import * as domains from "./panels/domains.js";
import * as evidence from "./panels/evidence.js";

const PANELS = [network, timeline, supporters, domains, evidence];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function h(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else if (v !== false && v != null) e.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children) if (c != null) e.append(c);
  return e;
}

function readState() {
  const p = new URLSearchParams(location.search);
  const date = (k) => {
    const v = (p.get(k) || "").trim();
    return DATE.test(v) ? v : "";
  };
  const name = p.get("panel");
  const panel = PANELS.find((x) => x.id === name) || null;
  return { params: p, endpoint: apiEndpoint(p), from: date("from"), to: date("to"), panel, unknownPanel: name && !panel ? name : "", controls: p.get("controls") !== "0" };
}

function needsOf(panels, dated) {
  const want = (v) => v === true || (v === "dated" && dated) || (v === "undated" && !dated);
  return { meetings: panels.some((p) => want(p.needs.meetings)), overview: panels.some((p) => want(p.needs.overview)) };
}

function fileName(panel, state) {
  return ["dipgraph", panel.id, state.from || "start", state.to || "end"].join("_");
}

function embedURL(panel, state) {
  const u = new URL(location.href);
  u.search = "";
  u.searchParams.set("panel", panel.id);
  if (state.from) u.searchParams.set("from", state.from);
  if (state.to) u.searchParams.set("to", state.to);
  if (state.params.get("api")) u.searchParams.set("api", state.params.get("api"));
  return u.toString();
}

function dateForm(state, onChange) {
  const from = h("input", { type: "date", name: "from", value: state.from, "aria-label": "from" });
  const to = h("input", { type: "date", name: "to", value: state.to, "aria-label": "to" });
  const form = h(
    "form",
    {
      class: "range",
      onsubmit: (ev) => {
        ev.preventDefault();
        onChange(from.value, to.value);
      },
    },
    h("label", {}, "From ", from),
    h("label", {}, "To ", to),
    h("button", { type: "submit" }, "Apply"),
    h("button", { type: "button", onclick: () => onChange("", "") }, "Clear"),
  );
  return form;
}

function panelFrame(panel, state) {
  const status = h("span", { class: "status" }, "loading…");
  const tools = h("span", { class: "tools" });
  const body = h("div", { class: "body" });
  const section = h(
    "section",
    { class: "panel", id: "panel-" + panel.id, "data-panel": panel.id, "data-state": "loading" },
    h("header", {}, h("h2", {}, panel.title), status, tools),
    body,
  );
  return { section, status, tools, body };
}

function fillTools(frame, panel, result, state) {
  const t = frame.tools;
  if (result.svg) {
    t.append(h("button", { type: "button", class: "export-svg", onclick: () => exportSVG(result.svg, fileName(panel, state)) }, "SVG"));
    t.append(
      h(
        "button",
        {
          type: "button",
          class: "export-png",
          onclick: () => exportPNG(result.svg, fileName(panel, state)).catch((e) => alert(e.message)),
        },
        "PNG",
      ),
    );
  }
  if (result.csv) {
    t.append(h("button", { type: "button", class: "export-csv", onclick: () => exportCSV(result.csv.header, result.csv.rows, fileName(panel, state)) }, "CSV"));
  }
  if (!state.panel) t.append(h("a", { class: "embed", href: embedURL(panel, state), target: "_blank", title: "open this panel alone (iframe URL)" }, "embed"));
}

let generation = 0;

async function run() {
  const gen = ++generation;
  const state = readState();
  const app = document.getElementById("app");
  app.replaceChildren();
  document.body.classList.toggle("embedded", !!state.panel);
  const panels = state.panel ? [state.panel] : PANELS;
  const dated = !!(state.from || state.to);

  const onChange = (from, to) => {
    const u = new URL(location.href);
    for (const [k, v] of [["from", from], ["to", to]]) {
      if (v) u.searchParams.set(k, v);
      else u.searchParams.delete(k);
    }
    history.pushState(null, "", u);
    run();
  };

  if (!state.panel) {
    app.append(h("header", { class: "top" }, h("h1", {}, "dipgraph — diplomatic meetings"), dateForm(state, onChange), h("span", { class: "summary", id: "summary" })));
  } else if (state.controls) {
    app.append(h("header", { class: "top compact" }, dateForm(state, onChange)));
  }
  if (state.unknownPanel) {
    app.append(h("p", { class: "error" }, `Unknown panel "${state.unknownPanel}". Known: ${PANELS.map((p) => p.id).join(", ")}.`));
    return;
  }
  const grid = h("div", { class: state.panel ? "single" : "grid" });
  app.append(grid);
  const frames = panels.map((p) => {
    const f = panelFrame(p, state);
    grid.append(f.section);
    return f;
  });

  const need = needsOf(panels, dated);
  let data;
  try {
    const [m, o] = await Promise.all([
      need.meetings ? loadMeetings(state.endpoint, state) : Promise.resolve({ meetings: [], totalCount: 0 }),
      need.overview ? loadOverview(state.endpoint) : Promise.resolve(null),
    ]);
    data = { meetings: m.meetings, totalCount: m.totalCount, overview: o };
  } catch (err) {
    if (gen !== generation) return;
    for (const f of frames) {
      f.section.dataset.state = "error";
      f.status.textContent = "";
      f.body.append(h("p", { class: "error" }, err.message));
    }
    return;
  }
  if (gen !== generation) return;
  const summary = document.getElementById("summary");
  if (summary && need.meetings) summary.textContent = `${data.meetings.length} meetings` + (dated ? ` from ${state.from || "…"} to ${state.to || "…"}` : "");

  panels.forEach((p, i) => {
    const f = frames[i];
    try {
      const result = p.render(f.body, data, { dated, embedded: !!state.panel, endpoint: state.endpoint });
      f.section.dataset.count = String(result.count);
      if (!result.count) {
        f.section.dataset.state = "empty";
        f.status.textContent = "no data in this range";
        return;
      }
      f.section.dataset.state = "ready";
      f.status.textContent = result.summary || "";
      fillTools(f, p, result, state);
    } catch (err) {
      f.section.dataset.state = "error";
      f.status.textContent = "";
      f.body.append(h("p", { class: "error" }, `${p.id}: ${err.message}`));
      console.error(err);
    }
  });
}

window.addEventListener("popstate", run);
run();
