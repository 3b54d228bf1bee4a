// Shared drawing helpers for the chart panels.
import { create } from "d3-selection";

/**
 * FONT is the dashboard's font stack, the same as --font in style.css (a
 * test holds them equal): Latin system fonts, then Simplified Chinese fonts
 * of Linux (Noto Sans CJK SC: Debian's fonts-noto-cjk; Source Han Sans SC,
 * its Adobe twin; WenQuanYi), macOS (PingFang SC, Hiragino Sans GB) and
 * Windows (Microsoft YaHei), then the browser's sans-serif. Charts carry it
 * as an attribute so that exported SVG and PNG keep it.
 */
export const FONT =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif';

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
