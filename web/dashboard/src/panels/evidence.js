// Panel 5: the meetings in the range, each with its evidence on demand: the
// sentences that prove it, grouped by document, each document with its
// provenance (outlet, address, publication date, where the year came from).
export const id = "evidence";
export const title = "evidenceTitle";
export const needs = { meetings: true, overview: false };

import { loadEvidence } from "../api.js";
import { evidenceByArticle, meetingDate, provenance, leaderLabel, relationshipLabel } from "../model.js";
import { t, kindLabel } from "../i18n.js";

/** Most rows drawn at once (the CSV has them all). */
const MAX_ROWS = 300;

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  for (const c of children) if (c != null) e.append(c);
  return e;
}

/** names lists a meeting's participants, labelled in lang (canonical names when lang is absent). */
function names(m, lang) {
  return (m.participants || []).map((p) => leaderLabel(p.leader, lang)).join(lang === "en" ? ", " : "、");
}

/** provenanceLine draws one document's provenance as a definition list. */
function provenanceLine(article, meeting, lang) {
  const dl = el("dl", { class: "provenance" });
  for (const p of provenance(article, meeting, lang)) {
    const value = p.href ? el("a", { href: p.href, target: "_blank", rel: "noopener noreferrer" }, p.text) : p.text;
    dl.append(el("dt", {}, p.label), el("dd", { class: "prov-" + p.key }, value));
  }
  return dl;
}

/** evidenceView draws a meeting's evidence grouped by document. */
function evidenceView(meeting, lang) {
  const box = el("div", { class: "evidence" });
  const groups = evidenceByArticle(meeting);
  if (!groups.length) box.append(el("p", { class: "muted" }, t(lang, "noEvidence")));
  for (const g of groups) {
    const list = el("ul", {});
    for (const it of g.items) list.append(el("li", {}, it.text, " ", el("span", { class: "field" }, "(" + it.facts.join("; ") + ")")));
    const heading = g.article.title || t(lang, "documentN", g.article.id);
    box.append(el("div", { class: "source", "data-article": g.article.id }, el("div", { class: "doc-title" }, heading), provenanceLine(g.article, meeting, lang), list));
  }
  return box;
}

export function render(body, data, opts) {
  const L = opts.lang;
  const ms = data.meetings;
  if (!ms.length) return { count: 0 };
  const table = el("table", { class: "data" });
  table.append(
    el("thead", {}, el("tr", {}, el("th", {}, t(L, "colDate")), el("th", {}, t(L, "colKind")), el("th", {}, t(L, "colParticipants")), el("th", {}, t(L, "colRelationship")), el("th", {}, t(L, "colEvidence")))),
  );
  const tbody = el("tbody");
  for (const m of ms.slice(0, MAX_ROWS)) {
    const button = el("button", { type: "button", class: "sources", "aria-expanded": "false" }, t(L, "sources"));
    const tr = el(
      "tr",
      { class: "row", "data-meeting": m.id },
      el("td", {}, meetingDate(m, L)),
      el("td", { "data-kind": m.kind }, kindLabel(m.kind, L)),
      el("td", { class: "participants" }, names(m, L)),
      el("td", { class: "relationship" }, relationshipLabel(m, L)),
      el("td", {}, button),
    );
    let detail = null;
    button.addEventListener("click", async () => {
      if (detail) {
        detail.hidden = !detail.hidden;
        button.setAttribute("aria-expanded", String(!detail.hidden));
        return;
      }
      const cell = el("td", { colspan: "5" }, t(L, "loading"));
      detail = el("tr", { class: "detail" }, cell);
      tr.after(detail);
      button.setAttribute("aria-expanded", "true");
      try {
        const full = await loadEvidence(opts.endpoint, m.id);
        cell.replaceChildren(full ? evidenceView(full, L) : el("p", { class: "error" }, t(L, "notFound")));
      } catch (err) {
        cell.replaceChildren(el("p", { class: "error" }, err.message));
      }
    });
    tbody.append(tr);
  }
  table.append(tbody);
  body.appendChild(el("div", { class: "table-wrap" }, table));
  return {
    count: ms.length,
    summary: ms.length > MAX_ROWS ? t(L, "shownOf", MAX_ROWS, ms.length) : t(L, "summaryMeetings", ms.length),
    csv: {
      header: ["meeting", "date", "datePrecision", "kind", "participants"],
      rows: ms.map((m) => [m.id, meetingDate(m), m.datePrecision, m.kind, names(m)]),
    },
  };
}
