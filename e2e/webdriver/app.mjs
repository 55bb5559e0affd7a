// What the WebDriver journeys know about the app: the worked example of SPEC.md, the
// selectors of e2e/helpers/app.ts, and person-like actions over WebDriver. Kept in plain
// JavaScript (node:test runs it without a TypeScript step); the figures and texts are the
// ones the Playwright specs check (e2e/tests/calculator.spec.ts, e2e/helpers/app.ts).
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Key } from "./client.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** SPEC.md's worked example (the default Twente scenario). */
export const WORKED = JSON.parse(readFileSync(resolve(ROOT, "core/tests/worked-example-twente.json"), "utf8"));

export const DEFAULT_SUMMARY_NL =
  "Bij een verdeling naar rato van huishoudens komen in Twente 9 van de 14 gemeenten boven de signaalwaarde van 20%: " +
  "Tubbergen (37,1%), Dinkelland (36,1%), Wierden (27,2%), Hof van Twente (23,8%), Losser (23,5%), " +
  "Hellendoorn (22,1%), Haaksbergen (21,8%), Rijssen-Holten (21,6%) en Borne (21,5%). " +
  "Almelo (13,4%) en Enschede (13,4%) blijven onder het wettelijk minimum van 15%; 3 gemeenten zitten daartussen. " +
  "Met alleen het wettelijk minimum worden 724 van de 800 urgenten gehuisvest; 76 worden niet gehuisvest.";

/** The summary after Dinkelland's vacancies 83 → 200 (calculator.spec.ts "editing a cell"). */
export const DINKELLAND_200_SUMMARY_NL =
  "Bij een verdeling naar rato van huishoudens komen in Twente 8 van de 14 gemeenten boven de signaalwaarde van 20%: " +
  "Tubbergen (37,1%), Wierden (27,2%), Hof van Twente (23,8%), Losser (23,5%), Hellendoorn (22,1%), " +
  "Haaksbergen (21,8%), Rijssen-Holten (21,6%) en Borne (21,5%). " +
  "Almelo (13,4%) en Enschede (13,4%) blijven onder het wettelijk minimum van 15%; 4 gemeenten zitten daartussen. " +
  "Met alleen het wettelijk minimum worden 741 van de 800 urgenten gehuisvest; 59 worden niet gehuisvest.";

export const STATUS_NL = {
  "below-minimum": "onder het minimum",
  "within-range": "binnen de bandbreedte",
  "above-signal": "boven de signaalwaarde",
};

export const ALMELO = "GM0141";
export const DINKELLAND = "GM1774";
export const TUBBERGEN = "GM0183";

export const nl = (n) => n.toLocaleString("nl-NL");

/** Selector of one input cell: field in name|hh|vac|origin|realised|sh|dv. */
export const cell = (field, id) => `#in-${field}-${id}`;
/** Selector of a results row. */
export const row = (id) => `#results-table tbody tr[data-id="${id}"]`;

/** Exact largest-remainder (Hamilton) apportionment, ties as in SPEC.md (as e2e/helpers/app.ts). */
export function apportion(total, weights) {
  const U = BigInt(total);
  const w = weights.map((x) => BigInt(x));
  const sum = w.reduce((a, b) => a + b, 0n);
  const floors = w.map((x) => (U * x) / sum);
  const rems = w.map((x) => (U * x) % sum);
  let left = Number(U - floors.reduce((a, b) => a + b, 0n));
  const order = w
    .map((_, i) => i)
    .sort((a, b) => (rems[b] > rems[a] ? 1 : rems[b] < rems[a] ? -1 : w[b] > w[a] ? 1 : w[b] < w[a] ? -1 : a - b));
  const out = floors.map(Number);
  for (const i of order) {
    if (left === 0) break;
    out[i] += 1;
    left -= 1;
  }
  return out;
}

/** `t / v` as a percentage with one decimal, rounded half up, in Dutch notation. */
export function pctNl(t, v) {
  const tenths = (BigInt(t) * 2000n + BigInt(v)) / (2n * BigInt(v));
  const s = tenths.toString().padStart(2, "0");
  return `${s.slice(0, -1)},${s.slice(-1)}%`;
}

/**
 * The results table as the app shows it: per row id, the target, percentage and status
 * texts, and where the row is on screen (its top, so the order is checked by position).
 */
export function readResults(s) {
  return s.exec(`
    return [...document.querySelectorAll("#results-table tbody tr")].map((r) => ({
      id: r.getAttribute("data-id"),
      name: (r.querySelector("th")?.textContent ?? "").trim(),
      target: (r.querySelector("td.target")?.textContent ?? "").trim(),
      pct: (r.querySelector("td.pct")?.textContent ?? "").trim(),
      status: (r.querySelector("td.status")?.textContent ?? "").trim(),
      top: r.getBoundingClientRect().top,
      height: r.getBoundingClientRect().height,
    }));`);
}

/** The results table's visible text (what "same figures" means in the link round trip). */
export function resultsText(s) {
  return s.exec(`return document.querySelector("#results-table")?.innerText ?? "";`);
}

/**
 * Records what the page must not do from now on (uncaught errors, rejected promises,
 * console.error, Content-Security-Policy violations): classic WebDriver has no console log,
 * so the page keeps them in window.__wdErrors for pageErrors() to read. (e2e/fixtures.ts
 * does the same for Chromium from before the first script runs; here it starts once the app
 * is ready.)
 */
export function watchErrors(s) {
  return s.exec(`
    if (window.__wdErrors) return;
    window.__wdErrors = [];
    addEventListener("error", (e) => window.__wdErrors.push("error: " + (e.message || e.type)), true);
    addEventListener("unhandledrejection", (e) => window.__wdErrors.push("unhandled rejection: " + String(e.reason)));
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__wdErrors.push("CSP violation: " + e.effectiveDirective + " blocked " + (e.blockedURI || e.sample)), true);
    const orig = console.error.bind(console);
    console.error = (...a) => { window.__wdErrors.push("console.error: " + a.map(String).join(" ")); orig(...a); };`);
}

/**
 * What watchErrors recorded, plus every resource the page loaded from another origin (the
 * app works without any network: it may load nothing from elsewhere).
 */
export async function pageErrors(s) {
  return (
    (await s.exec(`
      if (!window.__wdErrors) return [];
      const foreign = performance.getEntriesByType("resource")
        .map((e) => e.name)
        .filter((u) => /^https?:/.test(u) && new URL(u).origin !== location.origin)
        .map((u) => "request to another origin: " + u);
      return [...window.__wdErrors, ...foreign];`)) ?? []
  );
}

/**
 * Open `url` and wait until the app (not the prerendered page) has taken over:
 * #results[data-ready=true], the boot message gone, no failure message.
 */
export async function openApp(s, url, { timeout = 30_000, ready = '#results[data-ready="true"]' } = {}) {
  await s.get(url);
  await waitReady(s, { timeout, ready });
}

/**
 * Reload the page as the browser's reload button does (location.reload()) and wait for the
 * app. Not WebDriver's Refresh: geckodriver's reload bypasses the service worker (the page
 * comes back uncontrolled, like a Shift+reload), which would defeat the offline journey.
 */
export async function reload(s, opts = {}) {
  await s.exec("window.__wdBeforeReload = true; setTimeout(() => location.reload(), 0);");
  await s.waitFor(() => s.exec("return !window.__wdBeforeReload && document.readyState !== 'loading';"), {
    timeout: 30_000,
    message: "the reloaded page",
  });
  await waitReady(s, opts);
}

export async function waitReady(s, { timeout = 30_000, ready = '#results[data-ready="true"]' } = {}) {
  await s.waitFor(
    () =>
      s.exec(
        `const err = document.getElementById("boot-error");
         if (err && !err.hidden && err.offsetParent !== null) throw new Error("boot failed: " + err.textContent);
         return !!document.querySelector(arguments[0]) && !document.getElementById("boot-status");`,
        ready,
      ),
    { timeout, message: `the app to start (${ready})` },
  );
  await watchErrors(s);
}

/**
 * Replace an input's text the way a person does: click it, Ctrl+A, type the new text key by
 * key (WebDriver sends one key event, and so one input event, per character), Tab away.
 */
export async function retype(s, css, text, { leave = true } = {}) {
  await s.click(css);
  await s.ctrl("a");
  await s.type(css, text + (leave ? Key.TAB : ""));
}

/** Wait until the element's text (trimmed) is `want`. */
export function waitText(s, css, want, opts = {}) {
  return s.waitForValue(async () => ((await s.text(css)) ?? "").trim(), want, { message: `text of ${css}`, ...opts });
}

/** Wait until the input's value is `want`. */
export function waitValue(s, css, want, opts = {}) {
  return s.waitForValue(() => s.value(css), want, { message: `value of ${css}`, ...opts });
}

/** Wait until location.hash contains `part`; returns the hash. */
export function waitHash(s, part, opts = {}) {
  return s.waitFor(
    async () => {
      const hash = await s.exec("return location.hash;");
      return hash.includes(part) && hash;
    },
    { message: `the address to contain ${part}`, ...opts },
  );
}

/** Open a <details> panel by clicking its summary, as a person does (if it is closed). */
export async function openDetails(s, css) {
  if (!(await s.exec("return !!document.querySelector(arguments[0])?.open;", css))) {
    await s.click(`${css} > summary`);
  }
  await s.waitFor(() => s.exec("return !!document.querySelector(arguments[0])?.open;", css), { message: `${css} open` });
}
