// Export of a panel: SVG and PNG for charts, CSV for data. Everything happens
// in the page; downloads use blob: URLs, nothing leaves the browser.

const SVG_NS = "http://www.w3.org/2000/svg";

function download(blob, filename) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** svgString serialises a chart SVG as a standalone document. */
export function svgString(svg) {
  const clone = svg.cloneNode(true);
  clone.setAttribute("xmlns", SVG_NS);
  const { width, height } = svg.getBoundingClientRect();
  if (!clone.getAttribute("width")) clone.setAttribute("width", String(Math.round(width)));
  if (!clone.getAttribute("height")) clone.setAttribute("height", String(Math.round(height)));
  const bg = document.createElementNS(SVG_NS, "rect");
  bg.setAttribute("width", "100%");
  bg.setAttribute("height", "100%");
  bg.setAttribute("fill", "#ffffff");
  clone.insertBefore(bg, clone.firstChild);
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(clone);
}

export function exportSVG(svg, name) {
  download(new Blob([svgString(svg)], { type: "image/svg+xml" }), name + ".svg");
}

/** pngBlob renders the chart SVG on a canvas at twice its size. */
export function pngBlob(svg) {
  return new Promise((resolve, reject) => {
    const text = svgString(svg);
    const w = Number(svg.getAttribute("width")) || svg.getBoundingClientRect().width;
    const h = Number(svg.getAttribute("height")) || svg.getBoundingClientRect().height;
    const img = new Image();
    const url = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
    img.onload = () => {
      const scale = 2;
      const canvas = document.createElement("canvas");
      canvas.width = Math.ceil(w * scale);
      canvas.height = Math.ceil(h * scale);
      const ctx = canvas.getContext("2d");
      ctx.scale(scale, scale);
      ctx.drawImage(img, 0, 0, w, h);
      URL.revokeObjectURL(url);
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG encoding failed"))), "image/png");
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error("cannot render SVG for PNG export"));
    };
    img.src = url;
  });
}

export async function exportPNG(svg, name) {
  download(await pngBlob(svg), name + ".png");
}

/** csvString quotes every field that needs it (RFC 4180). */
export function csvString(header, rows) {
  const cell = (v) => {
    const s = v == null ? "" : String(v);
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  };
  return [header, ...rows].map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}

export function exportCSV(header, rows, name) {
  // A BOM so that spreadsheet programs read the Chinese names as UTF-8.
  download(new Blob(["\ufeff" + csvString(header, rows)], { type: "text/csv;charset=utf-8" }), name + ".csv");
}
