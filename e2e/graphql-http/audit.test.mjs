// The GraphQL-over-HTTP server audit of the graphql-http package (the
// reference audit of the GraphQL over HTTP specification) against
// `dipgraph serve --memory`: every audit must pass, SHOULD and MAY ones
// included. The server is built from this checkout (or DIPGRAPH_BIN).
//
//   cd e2e/graphql-http && npm ci && npm test
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { auditServer } from "graphql-http";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** freePort asks the kernel for an unused loopback port. */
function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** serve starts dipgraph serve on an empty in-memory store and waits for /healthz. */
async function serve(tmp) {
  let bin = process.env.DIPGRAPH_BIN;
  if (!bin) {
    bin = path.join(tmp, "dipgraph");
    execFileSync("go", ["build", "-o", bin, "./cmd/dipgraph"], { cwd: repo, stdio: "inherit" });
  }
  const port = await freePort();
  const env = { ...process.env, NEO4J_URI: "" };
  const proc = spawn(bin, ["serve", "--memory", "--addr", `127.0.0.1:${port}`, "--log-level", "error"], {
    env, stdio: ["ignore", "inherit", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  for (const start = Date.now(); Date.now() - start < 60000; ) {
    if (proc.exitCode !== null) throw new Error(`dipgraph serve exited with ${proc.exitCode}`);
    try {
      if ((await fetch(url + "/healthz")).ok) return { proc, url };
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  proc.kill();
  throw new Error("dipgraph serve did not answer /healthz within 60 s");
}

test("every GraphQL-over-HTTP audit passes against dipgraph serve", async () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "dipgraph-audit-"));
  const { proc, url } = await serve(tmp);
  try {
    const results = await auditServer({ url: url + "/query" });
    const failed = results.filter((r) => r.status !== "ok");
    console.log(`graphql-http audit: ${results.length} audits, ${results.length - failed.length} pass`);
    for (const r of failed) console.log(`  ${r.status}: ${r.name}: ${r.reason}`);
    assert.ok(results.length >= 60, `only ${results.length} audits ran`);
    assert.deepEqual(failed.map((r) => `${r.status}: ${r.name}`), []);
  } finally {
    proc.kill();
    rmSync(tmp, { recursive: true, force: true });
  }
});
