// Starts the WebAssembly app without an inline script, so the page can run under a
// strict Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval').
//
// Trunk (see Trunk.toml `pattern_script`) writes the content-hashed file names of the
// wasm-bindgen loader and the wasm module into <meta name="evt-loader"> and
// <meta name="evt-wasm">. This module reads them, initialises the app and, on any
// failure, shows the static bilingual message in #boot-error instead of a blank page.
//
// Two modules (scripts/post-build.sh): the first (evt-loader/evt-wasm) has the views most
// visitors use; the full one (<meta name="evt-full-loader"/"evt-full-wasm">) has every view.
// A link that opens a view of the full module starts it directly; otherwise the first
// module runs and calls window.evtLoadFull(focus) when the visitor opens such a view or
// panel: the full module is loaded and started; when it takes over the page (src/boot.rs)
// the first one is stopped in the same task, so the page never shows neither.
// Once the app runs, it registers the service worker web/sw.js for offline use
// (README.md "Offline").

const STATUS_ID = "boot-status";
const ERROR_ID = "boot-error";

function metaContent(name) {
  const el = document.querySelector(`meta[name="${name}"]`);
  const value = el ? el.getAttribute("content") : null;
  if (!value) {
    throw new Error(`missing <meta name="${name}">: was index.html built by Trunk?`);
  }
  return value;
}

function showFailure(error) {
  console.error("Evenwichtige Verdeling Twente could not start:", error);
  document.getElementById(STATUS_ID)?.remove();
  // The prerendered figures stay readable (the default scenario; with a link or own work
  // they stay hidden: html.evt-pending, and the message says the app could not load).
  document.getElementById("evt-prerender")?.removeAttribute("inert");
  const box = document.getElementById(ERROR_ID);
  if (box) {
    box.hidden = false;
  }
}

/** The views only the full module has (their link codes, docs/scenario-link.md). */
const FULL_VIEWS = /(^|;)v=(kaart|groei|mon|cmp)(;|$)/;

/**
 * The module the page starts with (its <meta> prefix): the full one for a link to a view
 * only it has; the explanation's module (the first one plus the explanation) for a link to
 * the explanation or the explanation's own page (uitleg/) without a link (a link without v
 * opens the calculator); else the first module. A module the page does not name falls back
 * to the first one.
 */
function startModule() {
  const hash = window.location.hash.replace(/^#/, "");
  if (FULL_VIEWS.test(hash)) return "evt-full-";
  if (/(^|;)v=uitleg(;|$)/.test(hash)) return "evt-uitleg-";
  if (/\/uitleg\/(index\.html)?$/.test(window.location.pathname) && !/^evt/.test(hash)) return "evt-uitleg-";
  return "evt-";
}

/** The app module that runs now (its exports evt_start, evt_stop, evt_handover, evt_is_full). */
let running = null;
let loadingFull = null;
/** The latest request for the full module: what it focuses, shows and was kept. */
let request = {};

async function load(prefix) {
  const bindings = await import(metaContent(`${prefix}loader`));
  await bindings.default({ module_or_path: metaContent(`${prefix}wasm`) });
  return bindings;
}

/**
 * Resolves right after the first paint of the prerendered page (or soon, in a background
 * tab where frames do not run): the figures are on screen before the app's download and
 * start-up compete with them for the network and the main thread.
 */
function afterFirstPaint() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 250);
  });
}

async function boot() {
  if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") {
    throw new Error("this browser does not support WebAssembly");
  }
  await afterFirstPaint();
  // The prerendered page is a picture until the app takes over (src/boot.rs removes it).
  document.getElementById("evt-prerender")?.setAttribute("inert", "");
  let bindings = null;
  const start = startModule();
  if (start !== "evt-" && document.querySelector(`meta[name="${start}wasm"]`)) {
    // A view the first module does not have: start the module that has it; the first one can
    // still run without it.
    bindings = await load(start).catch((error) => {
      console.info("The calculator's module for this view could not be loaded:", error?.message ?? error);
      return null;
    });
  }
  running = bindings ?? (await load("evt-"));
  // A task of its own for the first render (the module's instantiation was one).
  await new Promise((resolve) => setTimeout(resolve, 0));
  // The app removes the loading line (or the prerendered page) when it takes over.
  running.evt_start(undefined, undefined, undefined, undefined);
}

/**
 * Start the full module in place of the first one, then focus or open the element `focus`
 * (a view tab or a panel); `kept` is the id of the unsaved work the first one kept, `text`
 * a pasted or imported table for the full module's paste preview. The latest request wins.
 * The first module's editor (what was typed, undo and redo) is taken when the full module
 * has loaded, so nothing typed meanwhile is lost. Called by the first module (src/web.rs load_full) after it has
 * written its state into the address and the autosave. Rejects when it cannot be loaded;
 * the first module then keeps running and says so.
 */
window.evtLoadFull = (focus, kept, text) => {
  if (running?.evt_is_full()) return Promise.resolve();
  request = { focus, kept, text };
  loadingFull ??= load("evt-full-")
    .then((full) => {
      // The first module's state now (with edits made while the full one loaded), then a
      // frozen first module: the full one renders outside the page, over a few tasks, then
      // takes over and fires "evt-takeover", on which the first one stops in that same task.
      const first = running;
      const session = first.evt_handover();
      const firstRoot = document.querySelector(".evt-root");
      firstRoot?.setAttribute("inert", "");
      document.addEventListener("evt-takeover", () => first.evt_stop(), { once: true });
      try {
        full.evt_start(request.focus, request.kept, request.text, session);
      } catch (error) {
        firstRoot?.removeAttribute("inert");
        throw error;
      }
      running = full;
    })
    .catch((error) => {
      loadingFull = null;
      console.info("The full calculator could not be loaded:", error?.message ?? error);
      throw error;
    });
  return loadingFull;
};

// The page's file names, read now (module scripts run once the document is parsed), before
// the app changes the document. Trunk's names carry content hashes, so these change with
// every release; web/sw.js caches exactly the files the served index.html names.
const RELEASE_FILES = [
  ...[...document.querySelectorAll("link[href], script[src]")].map((el) => el.getAttribute("href") ?? el.getAttribute("src")),
  ...[...document.querySelectorAll('meta[name^="evt-"][name$="loader"], meta[name^="evt-"][name$="wasm"]')].map((el) => el.getAttribute("content")),
];

/** 16 hex digits of SHA-256 over the release's file names. */
async function releaseFingerprint() {
  const bytes = new TextEncoder().encode(RELEASE_FILES.join("\n"));
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return [...digest.slice(0, 8)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Registers web/sw.js (copied beside this file, at the page's base path) as
 * `sw.js?v=<fingerprint>`: a new release has a new worker URL, so the browser installs the
 * new worker, which caches the new files and deletes the old cache. Optional and silent:
 * without service workers (old browsers, plain http on a non-local host, a sandboxed
 * frame, blocked by policy or by the test runner) the app simply has no offline copy.
 * Also inside an iframe: same-origin embedding benefits too; a third-party frame gets
 * partitioned storage or a refusal, both harmless.
 */
async function registerServiceWorker() {
  if (!window.isSecureContext || !("serviceWorker" in navigator) || !globalThis.crypto?.subtle) return;
  const script = new URL("sw.js", import.meta.url);
  script.searchParams.set("v", await releaseFingerprint());
  // Resolves to undefined when a test runner blocks service workers.
  await navigator.serviceWorker.register(script.href, { scope: new URL("./", import.meta.url).href });
}

function registerWhenLoaded() {
  const run = () => {
    registerServiceWorker().catch((error) => {
      // Not an error for the user: the app works, only without an offline copy.
      console.info("Offline use is not available:", error?.message ?? error);
    });
  };
  if (document.readyState === "complete") run();
  else window.addEventListener("load", run, { once: true });
}

boot().then(registerWhenLoaded, showFailure);
