// Builds the dashboard into dist/ (embedded by the Go package of this folder,
// web/dashboard). Deterministic: fixed file names, no hashes, no
// timestamps, so `npm ci && npm run build` followed by `git diff --exit-code
// web/dashboard/dist` checks that the committed assets match the sources.
import { build } from "esbuild";
import { mkdir, rm, copyFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, "dist");

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
await build({
  entryPoints: { app: path.join(here, "src/main.js") },
  bundle: true,
  format: "esm",
  target: ["es2020"],
  minify: true,
  sourcemap: false,
  legalComments: "eof",
  charset: "utf8",
  outdir: out,
  logLevel: "warning",
});
await build({
  entryPoints: { app: path.join(here, "src/style.css") },
  bundle: true,
  minify: true,
  outdir: out,
  logLevel: "warning",
});
await copyFile(path.join(here, "src/index.html"), path.join(out, "index.html"));
console.log("dashboard built into", path.relative(process.cwd(), out));
