// A tiny static server for Neo4j Browser's web app (unpacked from the Maven
// Central jar org.neo4j.client:neo4j-browser into target/browser/browser by
// `mvn package`). It serves the app under /browser/ on 127.0.0.1 and, like a
// Neo4j server does at /, a discovery document naming the Bolt URL, so that
// the Browser's connect form is prefilled.
//
//   node serve.mjs [--port 7475] [--bolt bolt://127.0.0.1:7687] [--root target/browser/browser]
import http from "node:http";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".gif": "image/gif",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".eot": "application/vnd.ms-fontobject",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json",
};

/** startServer serves root under /browser/ and resolves to {server, url}. */
export function startServer({ root, port = 0, host = "127.0.0.1", bolt = "bolt://127.0.0.1:7687", version = "5.26.0" }) {
  const absRoot = path.resolve(root);
  const discovery = JSON.stringify({
    bolt_direct: bolt,
    bolt_routing: bolt.replace(/^bolt/, "neo4j"),
    neo4j_version: version,
    neo4j_edition: "community",
  });
  const server = http.createServer(async (req, res) => {
    try {
      const u = new URL(req.url, "http://x");
      if (u.pathname === "/" && (req.headers.accept || "").includes("application/json")) {
        res.writeHead(200, { "Content-Type": "application/json" });
        return res.end(discovery);
      }
      if (u.pathname === "/" || u.pathname === "/browser") {
        res.writeHead(302, { Location: "/browser/" + u.search });
        return res.end();
      }
      if (!u.pathname.startsWith("/browser/")) {
        res.writeHead(404);
        return res.end("not found");
      }
      let rel = decodeURIComponent(u.pathname.slice("/browser/".length)) || "index.html";
      const file = path.resolve(absRoot, rel);
      if (file !== absRoot && !file.startsWith(absRoot + path.sep)) {
        res.writeHead(403);
        return res.end("forbidden");
      }
      const st = await stat(file).catch(() => null);
      const target = st && st.isFile() ? file : path.join(absRoot, "index.html");
      const body = await readFile(target);
      res.writeHead(200, { "Content-Type": TYPES[path.extname(target)] || "application/octet-stream", "Cache-Control": "no-cache" });
      res.end(req.method === "HEAD" ? undefined : body);
    } catch (err) {
      res.writeHead(500);
      res.end(String(err));
    }
  });
  return new Promise((resolve, reject) => {
    server.on("error", reject);
    server.listen(port, host, () => resolve({ server, url: `http://${host}:${server.address().port}/browser/` }));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (k, d) => {
    const i = process.argv.indexOf("--" + k);
    return i > 0 ? process.argv[i + 1] : d;
  };
  const here = path.dirname(fileURLToPath(import.meta.url));
  const { url } = await startServer({
    root: arg("root", path.join(here, "target/browser/browser")),
    port: Number(arg("port", "7475")),
    bolt: arg("bolt", "bolt://127.0.0.1:7687"),
  });
  console.log(`Neo4j Browser at ${url}`);
}
