#!/usr/bin/env node
// Lighthouse benchmark of the release build: what a user on a mid-range phone feels.
// Not a test: it prints figures beside their budgets and never fails on them. Run through
// scripts/bench.sh (which builds dist/ first), or by hand after `trunk build --release`:
//
//   node e2e/lighthouse.mjs
//
// 1. Once, from the build folder: every *.wasm raw, gzip -9 and brotli (quality 11), the
//    wasm the first view needs (referenced by index.html) gzipped, and "HTML + CSS before
//    first paint" (index.html plus every stylesheet it links, each gzip -9).
// 2. Lighthouse 12 through its node API in Debian's headless Chromium (a fresh browser and
//    user-data dir per run), default config: mobile preset, simulated throttling (slow 4G,
//    4x CPU slowdown), categories performance, accessibility and best-practices. Pages are
//    served by e2e/server.mjs (gzip/brotli negotiated, as users get them) on a free
//    loopback port. Each page runs LH_RUNS times; the median run by performance score is
//    reported (of an even count, the lower middle one). Full reports (replaced on every run):
//    artifacts/lighthouse/<page>-<run>.json, <page> = "root" for /.
//
// Environment: LH_RUNS (default 3), LH_ROOT (folder to serve; default BENCH_ROOT, else
// dist), LH_PAGES (comma-separated paths; default "/,/uitleg/"), LH_THROTTLING (simulate,
// the default, or devtools: really throttle while loading, as a cross-check), CHROMIUM_PATH.
// Exit status: 0 when every page that exists was measured; 1 when Chromium or Lighthouse
// failed (a missing page, answering 404, is printed as "n/a (page missing)" and is fine).
import { execFileSync } from "node:child_process";
import {
  accessSync,
  constants as fsConstants,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { brotliCompressSync, gzipSync, constants as zlibConstants } from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium.mjs";
import { startServer } from "./server.mjs";

const RUNS = Number(process.env.LH_RUNS ?? 3);
const ROOT = resolve(process.env.LH_ROOT ?? process.env.BENCH_ROOT ?? "dist");
const PAGES = (process.env.LH_PAGES ?? "/,/uitleg/")
  .split(",")
  .map((p) => p.trim())
  .filter(Boolean);
const OUT_DIR = resolve("artifacts/lighthouse");
const CATEGORIES = ["performance", "accessibility", "best-practices"];
// "simulate" (default, Lighthouse's own): loads unthrottled, then models slow 4G and 4x CPU
// from the trace. "devtools": really throttles the network and CPU while loading (slower,
// noisier; a cross-check of what the model predicts).
const THROTTLING = process.env.LH_THROTTLING ?? "simulate";

// Budgets ("must") and goals. Times in ms, sizes in bytes (KB = 1000 bytes, as bench.sh).
const BUDGET = {
  performance: { must: 0.95, goal: 0.98, higher: true },
  lcp: { must: 1500, goal: 1200 },
  tbt: { must: 150, goal: 50 },
  cls: { must: 0.02, goal: 0 },
  accessibility: { must: 1, higher: true },
  bestPractices: { must: 1, higher: true },
  longestTask: { must: 200 },
  firstViewWasmGz: { must: 300_000, goal: 150_000 },
  htmlCssGz: { must: 30_000, goal: 20_000 },
};

const LABEL_WIDTH = 44; // "  label:" padded, so the values line up
const VALUE_WIDTH = 9;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const kbBudget = (bytes) => `${+(bytes / 1000).toFixed(1)} KB`;
const ms = (v) => `${Math.round(v)} ms`;
const sec = (v) => `${(v / 1000).toFixed(2)} s`;
const secBudget = (v) => `${+(v / 1000).toFixed(2)} s`;
const score = (v) => (v == null ? "n/a" : v.toFixed(2));
const scoreBudget = (v) => (v === 1 ? "1.0" : `${+v.toFixed(2)}`);

/** "within budget" / "OVER BUDGET", plus whether the goal is met when there is one. */
function verdict(value, { must, goal, higher = false }) {
  const ok = (limit) => (higher ? value >= limit : value <= limit);
  if (!ok(must)) return "OVER BUDGET";
  if (goal === undefined) return "within budget";
  return ok(goal) ? "within budget, goal met" : "within budget, goal not met";
}

function budgetText({ must, goal, higher = false }, fmt) {
  const op = higher ? ">=" : "<=";
  const goalText = goal === undefined ? "" : goal === 0 && !higher ? ", goal 0" : `, goal ${op} ${fmt(goal)}`;
  return `budget ${op} ${fmt(must)}${goalText}`;
}

/**
 * One aligned line: "  label:   value | budget ...: verdict (note)". `fmt` formats the
 * value, `budgetFmt` the budget figures; `shown` replaces the formatted value.
 */
function line(label, value, { budget, fmt, budgetFmt = fmt, shown, note, indent = "  " }) {
  const text = shown ?? (value == null || !Number.isFinite(value) ? "n/a" : fmt(value));
  let out = `${`${indent}${label}:`.padEnd(LABEL_WIDTH)} ${text.padStart(VALUE_WIDTH)}`;
  if (budget && value != null && Number.isFinite(value)) {
    out += ` | ${budgetText(budget, budgetFmt)}: ${verdict(value, budget)}`;
  }
  if (note) out += ` (${note})`;
  console.log(out);
}

function gzip9(buf, file) {
  // The same tool as bench.sh's size table, so the figures match; zlib when it is missing.
  try {
    return execFileSync("gzip", ["-9", "-c", file], { maxBuffer: 256 * 1024 * 1024 }).length;
  } catch {
    return gzipSync(buf, { level: 9 }).length;
  }
}
const brotli11 = (buf) =>
  brotliCompressSync(buf, {
    params: {
      [zlibConstants.BROTLI_PARAM_QUALITY]: 11,
      [zlibConstants.BROTLI_PARAM_SIZE_HINT]: buf.length,
    },
  }).length;

function walk(dir) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...walk(path));
    else if (entry.isFile()) files.push(path);
  }
  return files.sort();
}

/** Local files referenced by a tag attribute in index.html (root-relative or relative URLs). */
function localRef(href) {
  if (!href || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) return null;
  // index.html sits at the root, so root-relative and relative URLs resolve the same way.
  return join(ROOT, decodeURIComponent(href.split(/[?#]/)[0]));
}
/** The value of attribute `name` in one tag (double-, single- or unquoted). */
function attr(tag, name) {
  const match = tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i"));
  return match?.slice(1).find((v) => v !== undefined);
}

function staticSizes() {
  console.log(`Build folder: ${ROOT}`);
  const indexFile = join(ROOT, "index.html");
  const html = readFileSync(indexFile, "utf8");
  const tags = html.match(/<(?:link|meta|script)\b[^>]*>/gi) ?? [];

  // Wasm the first view needs: every .wasm that index.html names (preload link, the
  // evt-wasm meta that web/boot.js reads, or any other attribute), except the full module
  // (<meta name="evt-full-wasm">), which loads only when a view of its own is opened, and
  // the explanation page's module (<meta name="evt-uitleg-wasm">), which /uitleg/ starts.
  const firstViewWasm = new Set();
  for (const tag of tags) {
    if (["evt-full-wasm", "evt-uitleg-wasm"].includes(attr(tag, "name"))) continue;
    for (const name of ["href", "content", "src"]) {
      const value = attr(tag, name);
      if (value && /\.wasm(?:[?#]|$)/i.test(value)) {
        const file = localRef(value);
        if (file) firstViewWasm.add(resolve(file));
      }
    }
  }

  const wasmFiles = walk(ROOT).filter((f) => f.endsWith(".wasm"));
  console.log(`  ${"wasm".padEnd(44)} ${"raw bytes".padStart(12)} ${"gzip -9".padStart(12)} ${"brotli 11".padStart(12)}`);
  let firstViewGz = 0;
  for (const file of wasmFiles) {
    const buf = readFileSync(file);
    const gz = gzip9(buf, file);
    const br = brotli11(buf);
    const first = firstViewWasm.has(resolve(file));
    if (first) firstViewGz += gz;
    const name = relative(ROOT, file) + (first ? " *" : "");
    console.log(`  ${name.padEnd(44)} ${String(buf.length).padStart(12)} ${String(gz).padStart(12)} ${String(br).padStart(12)}`);
  }
  if (wasmFiles.length === 0) console.log("  (no .wasm files)");
  const missing = [...firstViewWasm].filter((f) => !wasmFiles.some((w) => resolve(w) === f));
  for (const f of missing) console.log(`  note: index.html names ${relative(ROOT, f)}, which is not in the build folder`);
  line("first-view wasm, gzipped", firstViewGz, {
    budget: BUDGET.firstViewWasmGz,
    fmt: kb,
    budgetFmt: kbBudget,
    note: `${firstViewWasm.size} file${firstViewWasm.size === 1 ? "" : "s"} named by index.html, marked *; the full module loads on demand`,
  });

  // HTML + CSS before first paint: index.html and every stylesheet it links.
  let htmlCssGz = gzip9(Buffer.from(html), indexFile);
  let sheets = 0;
  for (const tag of tags) {
    if (!/^<link\b/i.test(tag)) continue;
    const rel = (attr(tag, "rel") ?? "").toLowerCase().split(/\s+/);
    if (!rel.includes("stylesheet")) continue;
    const file = localRef(attr(tag, "href"));
    if (!file) continue;
    try {
      htmlCssGz += gzip9(readFileSync(file), file);
      sheets++;
    } catch {
      console.log(`  note: index.html links ${attr(tag, "href")}, which is not in the build folder`);
    }
  }
  line("HTML + CSS before first paint, gzipped", htmlCssGz, {
    budget: BUDGET.htmlCssGz,
    fmt: kb,
    budgetFmt: kbBudget,
    note: `index.html + ${sheets} linked stylesheet${sheets === 1 ? "" : "s"}, each gzip -9`,
  });
}

/** Fill the server's compression cache (brotli -11 of a large wasm takes seconds) so the
 * first Lighthouse run does not measure compression time as server latency. */
async function warmServer(baseUrl) {
  for (const file of walk(ROOT)) {
    const path = "/" + relative(ROOT, file).split("\\").join("/");
    for (const enc of ["br", "gzip"]) {
      const res = await fetch(new URL(path, baseUrl), { headers: { "Accept-Encoding": enc } });
      await res.arrayBuffer();
    }
  }
}

function checkChromium() {
  try {
    accessSync(CHROMIUM_PATH, fsConstants.X_OK);
  } catch {
    const hint = "scripts/setup.sh installs Debian's chromium; CHROMIUM_PATH picks another";
    throw Object.assign(new Error(`Chromium not found at ${CHROMIUM_PATH} (${hint})`), { kind: "chromium" });
  }
}

// The current run's browser profile, removed even when the process ends on an exception.
let userDataDir = null;
function removeUserDataDir() {
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  userDataDir = null;
}

async function runOnce(url) {
  userDataDir = mkdtempSync(join(tmpdir(), "evt-lighthouse-"));
  let chrome;
  try {
    try {
      chrome = await chromeLauncher.launch({
        chromePath: CHROMIUM_PATH,
        chromeFlags: CHROMIUM_ARGS,
        userDataDir,
        logLevel: "silent",
      });
    } catch (err) {
      throw Object.assign(new Error(`Chromium (${CHROMIUM_PATH}) did not start: ${firstLine(err)}`), { kind: "chromium" });
    }
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: CATEGORIES,
      throttlingMethod: THROTTLING,
    });
    if (!result?.lhr) throw Object.assign(new Error("Lighthouse returned no result"), { kind: "lighthouse" });
    return result;
  } finally {
    if (chrome) {
      try {
        chrome.kill(); // chrome-launcher 1.x: synchronous, waits for nothing
      } catch {
        // already gone
      }
      const proc = chrome.process;
      if (proc && proc.exitCode === null && proc.signalCode === null) {
        await new Promise((done) => {
          const timer = setTimeout(done, 5000);
          proc.once("exit", () => (clearTimeout(timer), done()));
        });
      }
    }
    removeUserDataDir();
  }
}

const firstLine = (err) => String(err?.message ?? err).split("\n")[0];
const slug = (path) => path.replace(/^\/+|\/+$/g, "").replace(/[^A-Za-z0-9._-]+/g, "_") || "root";

function figures(lhr) {
  const audit = (id) => lhr.audits[id];
  const num = (id) => audit(id)?.numericValue;
  const items = (id) => audit(id)?.details?.items ?? [];
  const requests = items("network-requests");
  const observedTasks = items("main-thread-tasks").map((t) => t.duration);
  const longTasks = items("long-tasks").map((t) => t.duration);
  return {
    performance: lhr.categories.performance?.score ?? null,
    accessibility: lhr.categories.accessibility?.score ?? null,
    bestPractices: lhr.categories["best-practices"]?.score ?? null,
    lcp: num("largest-contentful-paint"),
    tbt: num("total-blocking-time"),
    cls: num("cumulative-layout-shift"),
    fcp: num("first-contentful-paint"),
    si: num("speed-index"),
    bytes: num("total-byte-weight"),
    requests: requests.length,
    wasmRequested: requests.filter((r) => /\.wasm(?:[?#]|$)/i.test(r.url)).map((r) => new URL(r.url).pathname),
    // long-tasks: durations from the simulation (4x CPU) under simulated throttling; it
    // lists only tasks of 50 ms and more. main-thread-tasks: observed, unthrottled.
    longestSimulated: longTasks.length ? Math.max(...longTasks) : null,
    longestObserved: observedTasks.length ? Math.max(...observedTasks) : null,
    cpuSlowdown: lhr.configSettings?.throttling?.cpuSlowdownMultiplier,
    throttlingMethod: lhr.configSettings?.throttlingMethod,
    warnings: lhr.runWarnings ?? [],
    failedAudits: (cat) =>
      (lhr.categories[cat]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id])
        .filter((a) => a && a.score !== null && a.score < 1)
        .map((a) => a.id),
  };
}

function report(path, runs) {
  const sorted = [...runs].sort((a, b) => (a.f.performance ?? -1) - (b.f.performance ?? -1) || a.run - b.run);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  const f = median.f;
  const allScores = runs.map((r) => score(r.f.performance)).join(", ");
  const avgSeconds = runs.reduce((s, r) => s + r.seconds, 0) / runs.length;
  console.log(
    `\n  page ${path}: median of ${runs.length} run${runs.length === 1 ? "" : "s"} by performance score = run ${median.run}` +
      ` (scores ${allScores}; ${avgSeconds.toFixed(1)} s per run)`,
  );
  const indent = "    ";
  const o = (opts) => ({ indent, ...opts });
  line("performance score", f.performance, o({ budget: BUDGET.performance, fmt: score, budgetFmt: scoreBudget }));
  line("largest contentful paint (LCP)", f.lcp, o({ budget: BUDGET.lcp, fmt: sec, budgetFmt: secBudget }));
  line("total blocking time (TBT)", f.tbt, o({ budget: BUDGET.tbt, fmt: ms }));
  line("cumulative layout shift (CLS)", f.cls, o({ budget: BUDGET.cls, fmt: (v) => v.toFixed(3), budgetFmt: (v) => `${v}` }));
  line("first contentful paint (FCP)", f.fcp, o({ fmt: sec }));
  line("speed index", f.si, o({ fmt: sec }));
  line("total transferred", f.bytes, o({ fmt: kb, note: `${f.requests} requests, total-byte-weight` }));
  const observed = f.longestObserved == null ? "none over 5 ms" : ms(f.longestObserved);
  if (f.throttlingMethod === "simulate") {
    // Under simulated throttling the long-tasks audit reports each task's duration in the
    // simulation (CPU time x slowdown); it lists tasks of 50 ms and more only.
    line("longest main-thread task", f.longestSimulated ?? 0, o({
      budget: BUDGET.longestTask,
      fmt: ms,
      shown: f.longestSimulated == null ? "< 50 ms" : ms(f.longestSimulated),
      note: `simulated at ${f.cpuSlowdown ?? 4}x CPU by the long-tasks audit; observed unthrottled: ${observed}`,
    }));
  } else {
    line("longest main-thread task", f.longestObserved ?? 0, o({
      budget: BUDGET.longestTask,
      fmt: ms,
      note: `observed, ${f.throttlingMethod} throttling`,
    }));
  }
  line("accessibility score", f.accessibility, o({ budget: BUDGET.accessibility, fmt: score, budgetFmt: scoreBudget }));
  line("best-practices score", f.bestPractices, o({ budget: BUDGET.bestPractices, fmt: score, budgetFmt: scoreBudget }));
  for (const [cat, name] of [["accessibility", "accessibility"], ["best-practices", "best-practices"]]) {
    const failed = f.failedAudits(cat);
    if (failed.length) console.log(`${indent}${name} audits not passed: ${failed.join(", ")}`);
  }
  for (const w of f.warnings) console.log(`${indent}Lighthouse warning: ${String(w).split("\n")[0]}`);
  console.log(`${indent}report: ${relative(process.cwd(), median.file)}`);
  return f;
}

async function main() {
  if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`LH_RUNS must be a positive integer (got ${process.env.LH_RUNS})`);
  if (!["simulate", "devtools"].includes(THROTTLING)) {
    throw new Error(`LH_THROTTLING must be simulate or devtools (got ${THROTTLING})`);
  }
  let version = "";
  try {
    version = JSON.parse(readFileSync(new URL(import.meta.resolve("lighthouse/package.json")), "utf8")).version;
  } catch {
    version = "(version unknown)";
  }
  let chromiumVersion = "";
  try {
    // (stderr: Debian's wrapper script complains about /dev/shm sizes on some machines)
    const stdio = ["ignore", "pipe", "ignore"];
    chromiumVersion = execFileSync(CHROMIUM_PATH, ["--version"], { encoding: "utf8", stdio }).trim();
  } catch {
    chromiumVersion = `${CHROMIUM_PATH} (version unknown)`;
  }
  console.log(
    `Lighthouse ${version}, ${chromiumVersion} headless; mobile preset, ` +
      `${THROTTLING === "simulate" ? "simulated" : "applied (devtools)"} ` +
      `throttling (slow 4G, 4x CPU); ${RUNS} run${RUNS === 1 ? "" : "s"} per page, the median by performance score`,
  );
  staticSizes();
  checkChromium();

  mkdirSync(OUT_DIR, { recursive: true });
  const server = await startServer({ root: ROOT, port: 0 });
  let failed = 0;
  let rootFigures = null;
  try {
    await warmServer(server.url);
    for (const path of PAGES) {
      const url = new URL(path, server.url).href;
      // Reports of an earlier benchmark of this page would be mistaken for this one's.
      const prefix = `${slug(path)}-`;
      for (const old of readdirSync(OUT_DIR)) {
        if (old.startsWith(prefix) && /^\d+\.json$/.test(old.slice(prefix.length))) rmSync(join(OUT_DIR, old));
      }
      const probe = await fetch(url);
      await probe.arrayBuffer();
      if (probe.status === 404) {
        console.log(`\n  page ${path}: n/a (page missing)`);
        continue;
      }
      const runs = [];
      for (let run = 1; run <= RUNS; run++) {
        const started = performance.now();
        try {
          const result = await runOnce(url);
          const { lhr } = result;
          const file = join(OUT_DIR, `${slug(path)}-${run}.json`);
          writeFileSync(file, typeof result.report === "string" ? result.report : JSON.stringify(lhr));
          if (lhr.runtimeError) {
            throw Object.assign(new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`), { kind: "lighthouse" });
          }
          runs.push({ run, file, f: figures(lhr), seconds: (performance.now() - started) / 1000 });
        } catch (err) {
          if (err.kind === "chromium") throw err; // no browser: the other runs would fail the same way
          failed++;
          console.log(`\n  page ${path} run ${run}: Lighthouse failed: ${firstLine(err)}`);
        }
      }
      if (runs.length === 0) continue;
      const f = report(path, runs);
      if (path === "/") rootFigures = f;
    }
  } finally {
    await server.close();
  }
  // The first-view wasm figure counts what index.html names; say so if the page loaded more.
  if (rootFigures?.wasmRequested.length) {
    const html = readFileSync(join(ROOT, "index.html"), "utf8");
    const extra = rootFigures.wasmRequested.filter((p) => !html.includes(p.replace(/^\//, "")));
    if (extra.length) console.log(`  note: / also loaded ${extra.join(", ")} (not counted as first-view wasm above)`);
  }
  return failed;
}

// chrome-launcher reports a browser that dies at spawn as an unhandled 'error' event.
process.on("uncaughtException", (err) => {
  console.log(`  Lighthouse benchmark failed: ${firstLine(err)}`);
  try {
    removeUserDataDir();
  } catch {
    // best effort
  }
  process.exit(1);
});

try {
  const failed = await main();
  if (failed) {
    console.log(`  ${failed} Lighthouse run${failed === 1 ? "" : "s"} failed (see above)`);
    process.exitCode = 1;
  }
} catch (err) {
  console.log(`  Lighthouse benchmark failed: ${firstLine(err)}`);
  process.exitCode = 1;
}
