// Shared drawing helpers for the chart panels.
import { create } from "d3-selection";

export const FONT = 'system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

export const KIND_COLOURS = {
  MEETING: "#4e79a7",
  TALKS: "#f28e2b",
  PHONE_CALL: "#59a14f",
  VIDEO_CALL: "#b07aa1",
  MESSAGE: "#e15759",
  OTHER: "#9c9c9c",
};

/** newSVG makes a sized chart SVG whose text style travels with exports. */
export function newSVG(width, height) {
  return create("svg")
    .attr("width", width)
    .attr("height", height)
    .attr("viewBox", `0 0 ${width} ${height}`)
    .attr("font-family", FONT)
    .attr("font-size", 12)
    .attr("role", "img");
}

/** availableWidth is the drawing width of a panel body. */
export function availableWidth(el, fallback = 800) {
  const w = Math.floor(el.getBoundingClientRect().width);
  return Math.max(320, w > 0 ? w - 2 : fallback);
}
