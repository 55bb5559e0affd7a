// Offline use (README.md "Offline", web/sw.js): after a first visit the app opens and
// computes without a network, and a new release replaces the cached copy cleanly.
//
// Service workers are blocked for every other journey (playwright.config.ts); these tests
// allow them. Each test has its own browser context, so its registration and caches are
// its own. The release test serves a private copy of the build from its own server, so it
// can swap in a "new release" without disturbing the shared server of other tests.
import { cp, mkdtemp, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import type { Page } from "@playwright/test";
import { startServer } from "../server.mjs";
import { expect, gotoApp, test as base } from "../fixtures";
import { retype } from "../helpers/app";

const DIST = resolve(process.env.E2E_DIST ?? "dist");
// Trunk's content-hashed names: name-<hex>.css / .js / _bg.wasm.
const HASHED = /^(.+)-([0-9a-f]{6,20})((?:_bg)?\.(?:js|css|wasm))$/;

base.use({ serviceWorkers: "allow" });

/** Wait until web/sw.js controls the page (its install has cached the release by then). */
async function waitForOfflineCopy(page: Page): Promise<string> {
  const controller = () => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? "");
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  try {
    await expect.poll(controller, { timeout: 3_000 }).not.toBe("");
  } catch {
    // Not claimed (yet): a reload is always controlled by the active worker.
    await page.reload();
    await expect(page.locator('[data-ready="true"]').first()).toBeVisible();
    await expect.poll(controller).not.toBe("");
  }
  return controller();
}

/**
 * The names of the origin's caches. Listing never creates a cache; caches.open does, so a
 * test that opens a cache the worker is deleting at that moment would leave an empty cache
 * behind (the flake this replaced: the controller changes when the new worker starts to
 * activate, before its activate handler has deleted the old release's cache).
 */
function cacheNames(page: Page): Promise<string[]> {
  return page.evaluate(() => caches.keys());
}

/** The cache name web/sw.js uses for the release of a worker script URL (sw.js?v=…). */
function cacheNameOf(scriptURL: string): string {
  const url = new URL(scriptURL);
  return `evt-offline ${new URL("./", url).href} ${url.searchParams.get("v")}`;
}

/**
 * Every cache of the origin with the URLs it holds, from the page. Only call it once the
 * worker is done creating and deleting caches (see cacheNames).
 */
function cacheContents(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      out[name] = (await cache.keys()).map((r) => r.url).sort();
    }
    return out;
  });
}

/** The files of a build folder (not Trunk's leftover .stage folder of a failed build). */
async function buildFiles(root: string): Promise<string[]> {
  return (await readdir(root, { withFileTypes: true }))
    .filter((e) => e.isFile() && !e.name.startsWith("."))
    .map((e) => e.name);
}

/** The app's pages (web/sw.js PAGE_URLS): the calculator and the explanation's own page. */
const PAGES = ["index.html", "uitleg/index.html"];

/** What a release's cache must hold: the pages and every file of the build but sw.js. */
async function expectedCache(root: string, origin: string): Promise<string[]> {
  const files = (await buildFiles(root)).filter((f) => f !== "index.html" && f !== "sw.js");
  expect(files.every((f) => HASHED.test(f)), `besides index.html and sw.js, dist/ holds only content-hashed files named by index.html (the worker caches exactly those; see README.md "Offline"): ${files}`).toBe(true);
  return [`${origin}/`, `${origin}/uitleg/`, ...files.map((f) => `${origin}/${f}`)].sort();
}

async function expectComputes(page: Page): Promise<void> {
  await expect(page.locator('[data-ready="true"]').first()).toBeVisible();
  await retype(page.locator("#param-urgents"), "1.000");
  await expect(page.locator("#total-target")).toHaveText("1.000");
}

base("after a first visit the app opens and computes offline", async ({ page, context }) => {
  await gotoApp(page);
  await waitForOfflineCopy(page);

  // No guard.expectFailedRequest: when the browser knows it is offline the worker answers
  // from its cache without trying the network, so no request fails.
  await context.setOffline(true);
  const response = await page.reload();
  expect(response?.fromServiceWorker(), "the page comes from the service worker").toBe(true);
  await expectComputes(page);
  // A later visit without network, too (the address the tablet has bookmarked).
  await gotoApp(page, "/");
  await expect(page.locator("#total-target")).toHaveText("1.000");
  // The explanation's own page, and the views of the second module (loaded on demand).
  await gotoApp(page, "/uitleg/");
  await expect(page.locator("#uitleg-heading")).toBeVisible();
  await gotoApp(page, "/");
  await page.locator("#view-groei").click();
  await expect(page.locator("[data-bench-growth-output]").first()).toBeVisible();
  await page.locator("#view-mon").click();
  await expect(page.locator("#view-mon")).toHaveAttribute("aria-current", "page");
});

// ---------------------------------------------------------------------------------------
// A new release: a private server over a temporary copy of the build, whose files the test
// replaces by a "release 2" (every hashed file renamed, index.html naming the new names
// and carrying a marker), the way a deployment replaces dist/.

interface Release {
  root: string;
  url: string;
  origin: string;
  /** Replace the served build by release 2; returns the release-1 file names it removed. */
  publishNewRelease(): Promise<string[]>;
  /** Change index.html only (same files), marking it with `marker`. */
  changePage(marker: string): Promise<void>;
}

function withMarker(html: string, marker: string): string {
  return html.replace('<meta name="viewport"', `<meta name="evt-test-release" content="${marker}">\n  <meta name="viewport"`);
}

/** The next release's name of a hashed file: every hex digit d becomes 15 - d. */
function renamed(file: string): string {
  const m = HASHED.exec(file);
  if (!m) return file;
  const flipped = [...m[2]].map((d) => (15 - parseInt(d, 16)).toString(16)).join("");
  return `${m[1]}-${flipped}${m[3]}`;
}

const test = base.extend<{ release: Release }>({
  release: async ({}, use) => {
    const root = await mkdtemp(join(tmpdir(), "evt-offline-"));
    await cp(DIST, root, { recursive: true, filter: (src) => src === DIST || !basename(src).startsWith(".") });
    // Uncompressed: brotli of each new 1 MB wasm would block this worker for seconds. The
    // first test covers compressed responses in the cache (the shared server compresses).
    const server = await startServer({ root, host: "127.0.0.1", port: 0, compress: false });
    const origin = new URL(server.url).origin;
    await use({
      root,
      url: server.url,
      origin,
      async publishNewRelease() {
        const old = (await buildFiles(root)).filter((f) => HASHED.test(f));
        for (const file of old) await rename(join(root, file), join(root, renamed(file)));
        for (const pageFile of PAGES) {
          let html = await readFile(join(root, pageFile), "utf8");
          for (const file of old) html = html.split(`/${file}"`).join(`/${renamed(file)}"`);
          await writeFile(join(root, pageFile), withMarker(html, "2"));
        }
        return old;
      },
      async changePage(marker) {
        const html = await readFile(join(root, "index.html"), "utf8");
        await writeFile(join(root, "index.html"), withMarker(html, marker));
      },
    });
    await server.close();
    await rm(root, { recursive: true, force: true });
  },
  // The guard and page.goto use the private server.
  baseURL: async ({ release }, use) => {
    await use(release.url);
  },
});

test("a new release replaces the offline copy cleanly", async ({ page, context, release }) => {
  // Three boots, two installs and a fresh compression of the 1 MB wasm by the private server.
  test.slow();
  await gotoApp(page);
  const firstWorker = await waitForOfflineCopy(page);
  expect(firstWorker).toMatch(/\/sw\.js\?v=[0-9a-f]{16}$/);
  const release1 = await expectedCache(release.root, release.origin);
  expect(await cacheNames(page)).toEqual([cacheNameOf(firstWorker)]);
  const before = await cacheContents(page);
  expect(Object.values(before)).toEqual([release1]);

  const oldFiles = await release.publishNewRelease();
  const release2 = await expectedCache(release.root, release.origin);
  expect(release2.filter((url) => release1.includes(url))).toEqual([`${release.origin}/`, `${release.origin}/uitleg/`]);

  // Online: the page is fetched network-first, so the new release runs at once and
  // registers its own worker (a new sw.js?v=…), which caches release 2 and deletes release 1.
  await page.reload();
  await expect(page.locator('[data-ready="true"]').first()).toBeVisible();
  await expect(page.locator('meta[name="evt-test-release"]')).toHaveAttribute("content", "2");
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? "")).not.toBe(firstWorker);
  const secondWorker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? "");
  expect(secondWorker).toMatch(/\/sw\.js\?v=[0-9a-f]{16}$/);
  // The old release's cache is deleted by the new worker's activate handler; wait for that
  // by listing names only, then look inside.
  await expect.poll(() => cacheNames(page)).toEqual([cacheNameOf(secondWorker)]);
  expect(Object.values(await cacheContents(page))).toEqual([release2]);
  const after = JSON.stringify(await cacheContents(page));
  for (const file of oldFiles) expect(after, `release 1's ${file} is gone`).not.toContain(file);
  expect(Object.keys(await cacheContents(page))).not.toEqual(Object.keys(before));

  // And release 2 is what opens offline.
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('meta[name="evt-test-release"]')).toHaveAttribute("content", "2");
  await expectComputes(page);
});

test("a changed page of the same release replaces the cached page", async ({ page, context, release }) => {
  test.slow();
  await gotoApp(page);
  const worker = await waitForOfflineCopy(page);
  const release1 = await expectedCache(release.root, release.origin);

  // Same hashed files, other index.html (e.g. a corrected text): same worker, and the
  // online, network-first navigation refreshes the cached page.
  await release.changePage("1b");
  await page.reload();
  await expect(page.locator('meta[name="evt-test-release"]')).toHaveAttribute("content", "1b");
  await expect(page.locator('[data-ready="true"]').first()).toBeVisible();
  await expect
    .poll(() => page.evaluate(async () => (await (await caches.match("/"))?.text()) ?? ""))
    .toContain('<meta name="evt-test-release" content="1b">');
  expect(Object.values(await cacheContents(page))).toEqual([release1]);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(worker);

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('meta[name="evt-test-release"]')).toHaveAttribute("content", "1b");
  await expectComputes(page);
});
