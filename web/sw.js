// Service worker: the calculator opens and works without a network after one visit.
// See README.md "Offline". Copied unhashed to the dist root by Trunk (index.html,
// rel="copy-file") and registered by web/boot.js as `sw.js?v=<release>`, where <release>
// is a fingerprint of the content-hashed file names the page references. A new release
// therefore has a new script URL, so the browser installs a new worker, which builds a
// fresh cache from the new index.html and, once active, deletes every older cache.
//
//   install   fetch the pages (the scope URL, i.e. index.html, and uitleg/, the explanation's
//             own page), read the hashed file names out of them (link href, script src, <meta name="evt-loader"/"evt-wasm">),
//             fetch and cache the page and all of them, then skipWaiting().
//   activate  delete this app's caches of other releases, then clients.claim().
//   fetch     only same-origin GET requests inside the scope, never anything else:
//             - a page (the scope URL, index.html or uitleg/, any query): network first, with a
//               short timeout, falling back to the cached page (so a release is picked up
//               when online, and the page still opens in a meeting room without Wi-Fi);
//             - a file in the cache (hashed, so immutable): cache first;
//             - other files go to the network untouched and are never cached; other
//               documents (navigations elsewhere) are not touched at all.
//
// No request ever goes to another host. The worker logs nothing: failures only mean
// "no offline copy (yet)", and the page works online regardless.

const SCOPE = self.registration.scope;
const INDEX_URL = new URL("./", SCOPE).href;
// The app's pages: the calculator and the explanation at its own address (both prerendered
// at build time, both naming the same hashed files).
const PAGE_URLS = [INDEX_URL, new URL("uitleg/", SCOPE).href];
const RELEASE = new URL(self.location.href).searchParams.get("v") || "unversioned";
// Caches are per origin: the scope in the name keeps two deployments under different
// base paths of one origin from deleting each other's cache.
const CACHE_PREFIX = `evt-offline ${SCOPE} `;
const CACHE_NAME = CACHE_PREFIX + RELEASE;
// How long a navigation waits for the network before the cached page is used.
const NAVIGATION_TIMEOUT_MS = 3000;

/** The page's own same-origin files, in order, as [{ url, integrity }], without duplicates. */
function assetsIn(html, pageUrl) {
  const text = html.replace(/<!--[\s\S]*?-->/g, "");
  const found = new Map();
  const add = (value, integrity) => {
    if (!value) return;
    let url;
    try {
      url = new URL(value.replace(/&amp;/g, "&"), pageUrl);
    } catch {
      return;
    }
    if (url.origin !== self.location.origin || !url.href.startsWith(SCOPE)) return;
    url.hash = "";
    if (pageKey(url)) return;
    const known = found.get(url.href);
    found.set(url.href, known || integrity || "");
  };
  for (const [, tag, rawAttrs] of text.matchAll(/<(link|script|meta)\b([^>]*)>/gi)) {
    const attrs = {};
    for (const [, name, dq, sq, bare] of rawAttrs.matchAll(/([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
      attrs[name.toLowerCase()] = dq ?? sq ?? bare;
    }
    const kind = tag.toLowerCase();
    if (kind === "link") {
      const rel = (attrs.rel || "").toLowerCase().split(/\s+/);
      if (rel.some((r) => ["stylesheet", "modulepreload", "preload"].includes(r))) add(attrs.href, attrs.integrity);
    } else if (kind === "script") {
      add(attrs.src, attrs.integrity);
    } else if (["evt-loader", "evt-wasm", "evt-full-loader", "evt-full-wasm", "evt-uitleg-loader", "evt-uitleg-wasm"].includes(attrs.name)) {
      add(attrs.content, "");
    }
  }
  return [...found].map(([url, integrity]) => ({ url, integrity }));
}

/** A copy without the "redirected" flag, which a navigation response must not carry. */
async function unredirected(response) {
  if (!response.redirected) return response;
  return new Response(await response.blob(), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

async function cacheRelease() {
  const pages = await Promise.all(
    PAGE_URLS.map(async (pageUrl) => {
      const page = await fetch(pageUrl, { cache: "no-cache", credentials: "same-origin" });
      if (!page.ok) throw new Error(`page ${pageUrl}: HTTP ${page.status}`);
      return [pageUrl, page];
    }),
  );
  const found = new Map();
  for (const [pageUrl, page] of pages) {
    for (const asset of assetsIn(await page.clone().text(), pageUrl)) found.set(asset.url, asset);
  }
  const assets = [...found.values()];
  const cache = await caches.open(CACHE_NAME);
  await Promise.all(
    assets.map(async ({ url, integrity }) => {
      // Subresource Integrity where the page declares it: never cache a damaged file.
      const response = await fetch(url, integrity ? { integrity } : {});
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      await cache.put(url, response);
    }),
  );
  // The page last: a cache without it is never used, so a half-finished install is harmless.
  for (const [pageUrl, page] of pages) await cache.put(pageUrl, await unredirected(page));
  // Drop anything else (the same release installed again by a changed sw.js).
  const wanted = new Set([...PAGE_URLS, ...assets.map((a) => a.url)]);
  for (const request of await cache.keys()) {
    if (!wanted.has(request.url)) await cache.delete(request);
  }
}

self.addEventListener("install", (event) => {
  // A failed install (offline, HTTP error) rejects: the previous worker and cache stay.
  event.waitUntil(cacheRelease().then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

// Reads go through caches.match with a cacheName, never caches.open: open() creates the cache
// when it is missing, so a worker of the previous release still answering a page while the new
// release activates would leave an empty cache of its own release behind.
async function cachedPage(key) {
  return caches.match(key, { cacheName: CACHE_NAME, ignoreVary: true });
}

/**
 * The same release's page fetched again (e.g. a text-only change to index.html): keep the
 * cached copy current, but only when every file it names is already cached. A page of a
 * new release names other files; the new worker it registers caches that release.
 */
async function refreshPage(key, response) {
  // A worker that a newer release has replaced leaves caches alone: its cache may be being
  // deleted, and caches.open would re-create it empty.
  if (self.registration.active?.scriptURL !== self.location.href) return;
  if (!(await caches.has(CACHE_NAME))) return;
  const cache = await caches.open(CACHE_NAME);
  if (!(await cache.match(key))) return;
  const assets = assetsIn(await response.clone().text(), key);
  for (const { url } of assets) {
    if (!(await cache.match(url, { ignoreVary: true }))) return;
  }
  await cache.put(key, await unredirected(response));
}

/** The cache key of the app page at `url` (without query and hash), or null. */
function pageKey(url) {
  const href = url.href.endsWith("/index.html") ? url.href.slice(0, -"index.html".length) : url.href;
  return PAGE_URLS.includes(href) ? href : null;
}

async function networkFirstPage(event, url, key) {
  // Known offline: do not wait for a network that is not there.
  if (self.navigator.onLine === false) {
    const cached = await cachedPage(key);
    if (cached) return cached;
  }
  const network = fetch(event.request).then((response) => {
    if (response.ok && pageKey(new URL(response.url || url.href)) === key && !url.search) {
      try {
        event.waitUntil(refreshPage(key, response.clone()).catch(() => {}));
      } catch {
        // The event already settled (the cached page answered after the timeout).
      }
    }
    return response;
  });
  const timeout = new Promise((resolve) => setTimeout(resolve, NAVIGATION_TIMEOUT_MS, "timeout"));
  try {
    const first = await Promise.race([network, timeout]);
    if (first !== "timeout" && first.status < 500) return first;
    const cached = await cachedPage(key);
    if (cached) {
      network.catch(() => {}); // settles later; nobody waits for it
      return cached;
    }
    return first === "timeout" ? await network : first;
  } catch (error) {
    const cached = await cachedPage(key);
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cached = await caches.match(request, { cacheName: CACHE_NAME, ignoreVary: true });
  return cached || fetch(request);
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.href.startsWith(SCOPE)) return;
  // DevTools quirk: such a request cannot be answered by a worker.
  if (request.cache === "only-if-cached" && request.mode !== "same-origin") return;
  if (url.pathname === new URL(self.location.href).pathname) return; // sw.js itself
  const pageUrl = new URL(url.href);
  pageUrl.search = "";
  pageUrl.hash = "";
  const key = pageKey(pageUrl);
  if (key) {
    // An app page, whatever its query (its state is in the hash, which is not sent).
    event.respondWith(networkFirstPage(event, url, key));
  } else if (request.mode !== "navigate") {
    event.respondWith(cacheFirst(request));
  }
  // Other documents of the site are not this app's: left to the browser.
});
