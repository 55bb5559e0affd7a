#!/usr/bin/env node
// Browser benchmark of the release build (not a test: it prints figures, never fails on
// them). Run through scripts/bench.sh, which builds dist/ first.
//
//   1. load: navigation start -> first rendered results ([data-ready="true"] present and
//      laid out), over LOAD_RUNS fresh browser contexts (cold HTTP cache each time).
//   2. edit -> repaint latency over EDITS edits, in the page:
//        t0 = performance.now(); set the value of [data-bench-input]; dispatch "input";
//        a MutationObserver sees the text of the [data-bench-output] elements (all of them
//        together) change; force style and
//        layout (getBoundingClientRect) -> t1 ("edit->layout", compared with the budget);
//        then the next animation frame -> t2 ("edit->frame", includes waiting for vsync).
//      The input alternates between two values so every edit changes the output. The UI may
//      set data-bench-values="A,B" on the input to choose them (otherwise its current value
//      and twice that value are used) and data-bench-event="change" if it commits on
//      "change" rather than "input".
//
// Scenarios: Twente (the default page) and the 342-municipality case (BENCH_URL_342).
//
//   3. growth path (ingroeipad) of 342 municipalities over 30 years (BENCH_URL_GROWTH): the
//      growth view is opened (link hash, else the #view-groei button), its years set to 30,
//      then the same edit loop on [data-bench-growth-input="urgents-growth"] (ΔU: every
//      target of every year changes) and on the first [data-bench-growth-input="dv"] (ΔV of
//      one municipality, path a), watching [data-bench-growth-output] (the region row of the
//      growth table). Every edit recomputes the whole 342 × 30 path.
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium.mjs";
import { startServer } from "./server.mjs";

const BENCH_URL_342 = process.env.BENCH_URL_342 ?? "/#region=nl";
const BENCH_URL_TWENTE = process.env.BENCH_URL_TWENTE ?? "/";
const BENCH_URL_GROWTH = process.env.BENCH_URL_GROWTH ?? "/#region=nl&v=groei";
const GROWTH_YEARS = 30;
// BENCH_ONLY=growth measures the growth path only (skips load and the main-view edits).
const ONLY = process.env.BENCH_ONLY ?? "";
const LOAD_RUNS = Number(process.env.BENCH_LOAD_RUNS ?? 15);
const EDITS = Number(process.env.BENCH_EDITS ?? 250);
const ROOT = process.env.BENCH_ROOT ?? "dist";
const BUDGET_MS = { twente: 4, n342: 16, growth: 16 };
const READY = '[data-ready="true"]';

function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}
const fmt = (ms) => (Number.isFinite(ms) ? `${ms.toFixed(2)} ms` : "n/a");
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { n: s.length, p50: quantile(s, 0.5), p95: quantile(s, 0.95), max: s[s.length - 1] ?? NaN };
};

// Installed before any page script: records when the results first appear.
function readyProbe(selector) {
  const mark = () => {
    const el = document.querySelector(selector);
    // Rendered and shown: the app renders outside the document and enters it when it takes
    // over from the prerendered page (src/boot.rs), which has no data-ready.
    if (!el || el.getClientRects().length === 0) return false;
    el.getBoundingClientRect(); // style + layout done
    window.__evtBenchReadyAt = performance.now();
    return true;
  };
  new MutationObserver((_, observer) => {
    if (window.__evtBenchReadyAt === undefined && mark()) observer.disconnect();
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-ready"] });
}

async function measureLoad(browser, baseUrl, path) {
  const samples = [];
  const nav = [];
  // Run 0 warms the browser process up and is not counted.
  for (let i = 0; i <= LOAD_RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 1024 } });
    const page = await context.newPage();
    await page.addInitScript(readyProbe, READY);
    try {
      await page.goto(new URL(path, baseUrl).href);
      await page.waitForSelector(READY, { state: "visible", timeout: 15_000 });
      const r = await page.evaluate(() => {
        const n = performance.getEntriesByType("navigation")[0];
        return { ready: window.__evtBenchReadyAt, dcl: n?.domContentLoadedEventEnd ?? NaN };
      });
      if (i > 0) {
        samples.push(r.ready);
        nav.push(r.dcl);
      }
    } finally {
      await context.close();
    }
  }
  return { ready: stats(samples), dcl: stats(nav) };
}

// Runs in the page. Returns null when the bench hooks are not there. `input`/`output` are
// selectors (default: the main view's marks); `values` overrides data-bench-values.
async function editLoop({ edits, input: inputSelector, output: outputSelector, values: givenValues }) {
  const inSel = inputSelector ?? "[data-bench-input]";
  const outSel = outputSelector ?? "[data-bench-output]";
  const input = document.querySelector(inSel);
  if (!input || !document.querySelector(outSel)) return null;
  // All outputs together: with many rows the edited one need not be the first.
  const outputText = () =>
    Array.from(document.querySelectorAll(outSel), (el) => el.textContent).join("\u241e");
  const layoutOutputs = () => {
    for (const el of document.querySelectorAll(outSel)) {
      el.getBoundingClientRect();
      break; // one forced layout covers the whole document
    }
  };
  const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
  const digits = (s) => Number(String(s).replace(/[^\d]/g, ""));
  let values = givenValues ?? (input.getAttribute("data-bench-values") ?? "").split(",").map((v) => v.trim()).filter(Boolean);
  if (values.length < 2) {
    const base = digits(input.value) || 100;
    values = [String(base), String(base * 2)];
  }
  const eventType = input.getAttribute("data-bench-event") || "input";
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), "value")?.set;
  const layout = [];
  const frame = [];
  let unchanged = 0;
  let missesInARow = 0;
  for (let i = 0; i < edits; i++) {
    const value = values[(i + 1) % values.length];
    const before = outputText();
    const changed = new Promise((resolve) => {
      const timer = setTimeout(() => {
        observer.disconnect();
        resolve(null);
      }, 500);
      const observer = new MutationObserver(() => {
        if (outputText() === before) return;
        layoutOutputs(); // force style + layout of the new content
        const t1 = performance.now();
        observer.disconnect();
        clearTimeout(timer);
        resolve(t1);
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    const t0 = performance.now();
    if (setter) setter.call(input, value);
    else input.value = value;
    input.dispatchEvent(new Event(eventType, { bubbles: true }));
    const t1 = await changed;
    if (t1 === null) {
      unchanged++;
      // The hooks do not fit this page: stop instead of waiting out every edit.
      if (++missesInARow >= 10) break;
      continue;
    }
    missesInARow = 0;
    const t2 = await nextFrame();
    layout.push(t1 - t0);
    frame.push(t2 - t0);
  }
  return { layout, frame, unchanged };
}

async function measureEdits(browser, baseUrl, path) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 1024 } });
  const page = await context.newPage();
  try {
    await page.goto(new URL(path, baseUrl).href);
    await page.waitForSelector(READY, { state: "visible", timeout: 15_000 });
    // Warm up (JIT, first-render allocations) before measuring.
    await page.evaluate(editLoop, { edits: 20 });
    const result = await page.evaluate(editLoop, { edits: EDITS });
    if (!result) return null;
    return { layout: stats(result.layout), frame: stats(result.frame), unchanged: result.unchanged };
  } finally {
    await context.close();
  }
}

// The growth view of the 342-municipality region at 30 years; then edits of one input.
async function measureGrowthEdits(browser, baseUrl, path, input, values) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 1024 } });
  const page = await context.newPage();
  try {
    await page.goto(new URL(path, baseUrl).href);
    await page.waitForSelector(`${READY}, #growth-years`, { state: "visible", timeout: 15_000 });
    if (!(await page.$("#growth-years"))) {
      // (In the first module this loads the full one, which then takes over the page.)
      const nav = page.locator("#view-groei");
      if ((await nav.count()) === 0) return null;
      await nav.click();
    }
    const years = await page.waitForSelector("#growth-years", { timeout: 15_000 }).catch(() => null);
    if (!years) return null;
    await years.fill(String(GROWTH_YEARS));
    await years.dispatchEvent("change");
    await page.waitForFunction(
      (n) => document.querySelectorAll("#growth-year option").length === n + 1,
      GROWTH_YEARS,
      { timeout: 15_000 },
    );
    const args = { input, output: "[data-bench-growth-output]", values };
    await page.evaluate(editLoop, { ...args, edits: 20 });
    const result = await page.evaluate(editLoop, { ...args, edits: EDITS });
    if (!result) return null;
    const rows = await page.locator("#growth-table tbody tr").count();
    return { layout: stats(result.layout), frame: stats(result.frame), unchanged: result.unchanged, rows };
  } finally {
    await context.close();
  }
}

async function main() {
  const server = await startServer({ root: ROOT, port: 0 });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    // Bench only: let animation frames run unthrottled by the 60 Hz vsync in headless mode.
    args: [...CHROMIUM_ARGS, "--disable-frame-rate-limit", "--disable-gpu-vsync"],
  });
  try {
    console.log(`browser: Chromium ${browser.version()} headless, served from ${server.url}`);
    const scenarios = [
      { key: "twente", name: "Twente", path: BENCH_URL_TWENTE },
      { key: "n342", name: "342 municipalities", path: BENCH_URL_342 },
    ];
    console.log("\nLoad: navigation start -> first results rendered ([data-ready=\"true\"])");
    for (const sc of ONLY === "growth" ? [] : scenarios) {
      try {
        const load = await measureLoad(browser, server.url, sc.path);
        console.log(
          `  ${sc.name.padEnd(20)} p50 ${fmt(load.ready.p50)}  p95 ${fmt(load.ready.p95)}  ` +
            `(DOMContentLoaded p50 ${fmt(load.dcl.p50)}; ${load.ready.n} runs; URL ${sc.path})`,
        );
      } catch (error) {
        console.log(`  ${sc.name.padEnd(20)} n/a (${error.message.split("\n")[0]})`);
      }
    }
    console.log(`\nEdit -> repaint over ${EDITS} edits ([data-bench-input] -> [data-bench-output])`);
    console.log("  edit->layout: DOM updated, style and layout done (budget applies); edit->frame: next animation frame");
    for (const sc of ONLY === "growth" ? [] : scenarios) {
      let edits = null;
      try {
        edits = await measureEdits(browser, server.url, sc.path);
      } catch (error) {
        console.log(`  ${sc.name.padEnd(20)} n/a (${error.message.split("\n")[0]})`);
        continue;
      }
      if (!edits) {
        console.log(`  ${sc.name.padEnd(20)} n/a (UI not built yet: no [data-bench-input]/[data-bench-output] at ${sc.path})`);
        continue;
      }
      const budget = BUDGET_MS[sc.key];
      if (edits.layout.n === 0) {
        console.log(
          `  ${sc.name.padEnd(20)} n/a (no edit changed [data-bench-output] at ${sc.path}; ` +
            `${edits.unchanged} tried: check data-bench-values / the marked elements)`,
        );
        continue;
      }
      const verdict = edits.layout.p95 <= budget ? "within budget" : "OVER BUDGET";
      console.log(
        `  ${sc.name.padEnd(20)} edit->layout p50 ${fmt(edits.layout.p50)}  p95 ${fmt(edits.layout.p95)}  ` +
          `| budget p95 <= ${budget} ms: ${verdict}`,
      );
      console.log(
        `  ${"".padEnd(20)} edit->frame  p50 ${fmt(edits.frame.p50)}  p95 ${fmt(edits.frame.p95)}  ` +
          `(${edits.layout.n} edits measured, ${edits.unchanged} without a visible change)`,
      );
    }
    console.log(
      `\nGrowth path ${"342 × " + GROWTH_YEARS} years: edit -> repaint over ${EDITS} edits ` +
        `([data-bench-growth-input] -> [data-bench-growth-output]; URL ${BENCH_URL_GROWTH})`,
    );
    const growthCases = [
      { name: "ΔU (all targets)", input: '[data-bench-growth-input="urgents-growth"]', values: ["0", "25"] },
      { name: "ΔV (one municip.)", input: '[data-bench-growth-input="dv"]', values: ["0", "40"] },
    ];
    for (const gc of growthCases) {
      let edits = null;
      try {
        edits = await measureGrowthEdits(browser, server.url, BENCH_URL_GROWTH, gc.input, gc.values);
      } catch (error) {
        console.log(`  ${gc.name.padEnd(20)} n/a (${error.message.split("\n")[0]})`);
        continue;
      }
      if (!edits || edits.layout.n === 0) {
        console.log(`  ${gc.name.padEnd(20)} n/a (growth view or its bench marks not found at ${BENCH_URL_GROWTH})`);
        continue;
      }
      const budget = BUDGET_MS.growth;
      const verdict = edits.layout.p95 <= budget ? "within budget" : "OVER BUDGET";
      console.log(
        `  ${gc.name.padEnd(20)} edit->layout p50 ${fmt(edits.layout.p50)}  p95 ${fmt(edits.layout.p95)}  ` +
          `| budget p95 <= ${budget} ms: ${verdict}`,
      );
      console.log(
        `  ${"".padEnd(20)} edit->frame  p50 ${fmt(edits.frame.p50)}  p95 ${fmt(edits.frame.p95)}  ` +
          `(${edits.layout.n} edits measured, ${edits.unchanged} without a visible change; ${edits.rows} rows)`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(`e2e/bench.mjs: ${error.stack ?? error}`);
  process.exit(1);
});
