// Helpers shared by the browser tests: Debian's chromium through
// playwright-core (never a downloaded browser), a guard that fails on any
// request to a non-local host, and a child-process server with a readiness
// wait. Used by e2e/dashboard.test.mjs and tools/neo4j-browser/browser.test.mjs.
import { chromium } from "playwright-core";
import { spawn } from "node:child_process";
import { mkdtemp, mkdir, rm } from "node:fs/promises";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";

export const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

/** isLocal tells whether a request URL stays on this machine. */
export function isLocal(url) {
  const u = new URL(url);
  if (["data:", "blob:", "about:"].includes(u.protocol)) return true;
  return LOCAL_HOSTS.has(u.hostname) || /^127\./.test(u.hostname);
}

/**
 * launch starts chromium with a fresh user-data-dir (and, when given, a
 * locale: navigator.language and Accept-Language) and returns
 * {context, external, close}. Every request is checked: a non-local one is
 * aborted and recorded in `external`, for the test to fail on.
 */
export async function launch({ viewport = { width: 1280, height: 900 }, locale } = {}) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "dipgraph-chromium-"));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    acceptDownloads: true,
    deviceScaleFactor: 1,
    ...(locale ? { locale } : {}),
  });
  const external = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    external.push(url);
    return route.abort("blockedbyclient");
  });
  return {
    context,
    external,
    async close() {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** freePort asks the kernel for an unused loopback port. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/**
 * startProcess runs cmd and waits until url answers (any HTTP status below
 * 500) or the process dies or timeoutMs passes. Returns {proc, log, stop}.
 */
export async function startProcess(cmd, args, { cwd, env, url, timeoutMs = 240000 } = {}) {
  const proc = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  proc.stdout.on("data", (d) => (log += d));
  proc.stderr.on("data", (d) => (log += d));
  let exited = null;
  proc.on("exit", (code, sig) => (exited = { code, sig }));
  const stop = async () => {
    if (exited) return;
    proc.kill("SIGTERM");
    for (let i = 0; i < 50 && !exited; i++) await sleep(100);
    if (!exited) proc.kill("SIGKILL");
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) throw new Error(`${cmd} ${args.join(" ")} exited (${exited.code ?? exited.sig}) before ${url} answered:\n${log.slice(-3000)}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.status < 500) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${url} did not answer within ${timeoutMs} ms:\n${log.slice(-3000)}`);
    }
    await sleep(300);
  }
  return { proc, stop, get log() { return log; } };
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function artifactsDir(base) {
  const dir = process.env.E2E_ARTIFACTS || path.join(base, "artifacts");
  await mkdir(dir, { recursive: true });
  return dir;
}
