// copy.mjs copies the UMD builds of GraphiQL and React from node_modules
// (installed by `npm ci` from package-lock.json) into dist/, which
// the Go package of this folder (web/ide) embeds, and writes dist/versions.json with each package's
// version, its package-lock integrity and the sha256 of every copied
// file. The output depends only on package-lock.json, so rerunning it
// changes nothing; web/ide's tests check dist/ against the lock.
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const files = [
  ["react", "umd/react.production.min.js", "react.production.min.js"],
  ["react-dom", "umd/react-dom.production.min.js", "react-dom.production.min.js"],
  ["graphiql", "graphiql.min.js", "graphiql.min.js"],
  ["graphiql", "graphiql.min.css", "graphiql.min.css"],
];

const lock = JSON.parse(readFileSync(join(here, "package-lock.json"), "utf8"));
const dist = join(here, "dist");
mkdirSync(dist, { recursive: true });
const out = { packages: {}, files: {} };
for (const [pkg, from, to] of files) {
  const locked = lock.packages[`node_modules/${pkg}`];
  const installed = JSON.parse(readFileSync(join(here, "node_modules", pkg, "package.json"), "utf8"));
  if (!locked || locked.version !== installed.version) {
    throw new Error(`${pkg}: installed ${installed.version}, locked ${locked && locked.version}: run npm ci`);
  }
  out.packages[pkg] = { version: locked.version, integrity: locked.integrity };
  // Drop the source map reference: the map is not shipped.
  let body = readFileSync(join(here, "node_modules", pkg, from));
  const text = body.toString("utf8").replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, "\n").replace(/\n?\/\*# sourceMappingURL=\S+ \*\/\s*$/, "\n");
  body = Buffer.from(text, "utf8");
  writeFileSync(join(dist, to), body);
  out.files[to] = { package: pkg, sha256: createHash("sha256").update(body).digest("hex") };
}
writeFileSync(join(dist, "versions.json"), JSON.stringify(out, null, 2) + "\n");
console.log(`copied ${files.length} files into ${dist}`);
