// dipgraph research dashboard: four panels over the GraphQL API, each
// filterable by date range, embeddable alone (?panel=NAME) and exportable.
//
// URL parameters: panel (network|timeline|supporters|domains|evidence), from, to
// (YYYY-MM-DD), api (origin or /query URL of another dipgraph server),
// controls=0 (hide the date form in an embedded panel), lang=en|zh (the
// language of labels; else the reader's last choice, else the browser's).
import { apiEndpoint, loadMeetings, loadOverview, loadTimeline } from "./api.js";
import { LANGS, STORAGE_KEY, initialLang, htmlLang, t } from "./i18n.js";
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
  const lang = initialLang({ param: p.get("lang"), stored: storedLang(), languages: navigator.languages || [navigator.language] });
  return { params: p, endpoint: apiEndpoint(p), from: date("from"), to: date("to"), panel, unknownPanel: name && !panel ? name : "", controls: p.get("controls") !== "0", lang };
}

/** storedLang reads the remembered language; "" when storage is unavailable (private mode, sandboxed iframe). */
function storedLang() {
  try {
    return localStorage.getItem(STORAGE_KEY) || "";
  } catch {
    return "";
  }
}

function storeLang(lang) {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* not remembered: the choice holds for this page */
  }
}

/**
 * langToggle is a pair of buttons, 中文 and English; the chosen one is
 * pressed. Choosing remembers the language, drops ?lang= (the choice wins
 * over it from now on) and redraws the panels from the data already loaded.
 */
function langToggle(state, onChange) {
  const box = h("span", { class: "lang", role: "group", "aria-label": t(state.lang, "language") });
  for (const l of LANGS) {
    box.append(
      h(
        "button",
        {
          type: "button",
          class: "lang-" + l,
          lang: htmlLang(l),
          "aria-pressed": String(l === state.lang),
          onclick: () => {
            if (l === state.lang) return;
            storeLang(l);
            onChange(l);
          },
        },
        t(l, "langName"),
      ),
    );
  }
  return box;
}

function needsOf(panels, dated) {
  const want = (v) => v === true || (v === "dated" && dated) || (v === "undated" && !dated);
  return {
    meetings: panels.some((p) => want(p.needs.meetings)),
    overview: panels.some((p) => want(p.needs.overview)),
    timeline: panels.some((p) => want(p.needs.timeline)),
  };
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
  if (panel.id === "network" && state.params.get("network")) u.searchParams.set("network", state.params.get("network"));
  u.searchParams.set("lang", state.lang);
  return u.toString();
}

function dateForm(state, onChange) {
  const L = state.lang;
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
    h("label", {}, t(L, "from") + " ", from),
    h("label", {}, t(L, "to") + " ", to),
    h("button", { type: "submit" }, t(L, "apply")),
    h("button", { type: "button", onclick: () => onChange("", "") }, t(L, "clear")),
  );
  return form;
}

function panelFrame(panel, state) {
  const status = h("span", { class: "status" }, t(state.lang, "loading"));
  const tools = h("span", { class: "tools" });
  const body = h("div", { class: "body" });
  const section = h(
    "section",
    { class: "panel", id: "panel-" + panel.id, "data-panel": panel.id, "data-state": "loading" },
    h("header", {}, h("h2", {}, t(state.lang, panel.title)), status, tools),
    body,
  );
  return { section, status, tools, body };
}

function fillTools(frame, panel, result, state) {
  const tools = frame.tools;
  if (result.svg) {
    tools.append(h("button", { type: "button", class: "export-svg", onclick: () => exportSVG(result.svg, fileName(panel, state)) }, "SVG"));
    tools.append(
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
    tools.append(h("button", { type: "button", class: "export-csv", onclick: () => exportCSV(result.csv.header, result.csv.rows, fileName(panel, state)) }, "CSV"));
  }
  if (!state.panel) tools.append(h("a", { class: "embed", href: embedURL(panel, state), target: "_blank", title: t(state.lang, "embedTitle") }, t(state.lang, "embed")));
}

let generation = 0;

/** The last data loaded and what it was loaded for, so that a change of language redraws without asking the server again. */
let loaded = { key: "", data: null };

async function run() {
  const gen = ++generation;
  const state = readState();
  const L = state.lang;
  document.documentElement.lang = htmlLang(L);
  document.title = t(L, "pageTitle");
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
  const onLang = () => {
    const u = new URL(location.href);
    if (u.searchParams.has("lang")) {
      u.searchParams.delete("lang");
      history.replaceState(null, "", u);
    }
    run();
  };

  if (!state.panel) {
    app.append(h("header", { class: "top" }, h("h1", {}, t(L, "heading")), dateForm(state, onChange), h("span", { class: "summary", id: "summary" }), langToggle(state, onLang)));
  } else if (state.controls) {
    app.append(h("header", { class: "top compact" }, dateForm(state, onChange), langToggle(state, onLang)));
  }
  if (state.unknownPanel) {
    app.append(h("p", { class: "error" }, t(L, "unknownPanel", state.unknownPanel, PANELS.map((p) => p.id).join(", "))));
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
  const key = JSON.stringify([state.endpoint, state.from, state.to, need]);
  let data;
  try {
    if (loaded.key === key) {
      data = loaded.data;
    } else {
      const [m, o, tl] = await Promise.all([
        need.meetings ? loadMeetings(state.endpoint, state) : Promise.resolve({ meetings: [], totalCount: 0 }),
        need.overview ? loadOverview(state.endpoint) : Promise.resolve(null),
        need.timeline ? loadTimeline(state.endpoint, state) : Promise.resolve(null),
      ]);
      data = { meetings: m.meetings, meetingsLoaded: need.meetings, totalCount: m.totalCount, overview: o, timeline: tl };
      if (gen === generation) loaded = { key, data };
    }
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
  if (summary && need.meetings) summary.textContent = t(L, "summaryMeetings", data.meetings.length) + (dated ? t(L, "summaryRange", state.from, state.to) : "");

  panels.forEach((p, i) => {
    const f = frames[i];
    try {
      const result = p.render(f.body, data, { dated, embedded: !!state.panel, endpoint: state.endpoint, lang: L, params: state.params });
      f.section.dataset.count = String(result.count);
      if (!result.count) {
        f.section.dataset.state = "empty";
        f.status.textContent = t(L, "empty");
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
