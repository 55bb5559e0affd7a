// Embedding (issue 7, docs/embed.md): a host page on another origin, with a strict
// Content-Security-Policy, embeds the calculator in an iframe with the documented snippet and
// listener; the frame runs in compact mode with the host's theme, tells its height, sets no
// cookies and requests nothing from any other host.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, gotoApp, test } from "../fixtures";
import { expectNoA11yViolations } from "../helpers/axe";
import { withChecksum } from "../helpers/link";


declare global {
  interface Window {
    evtHeights: number[];
  }
}

test("a host page with a strict CSP embeds the app: compact, themed, and told its height", async ({
  page,
  guard,
  baseURL,
}) => {
  const app = new URL(baseURL!).origin;
  const link = withChecksum("evt1;d=cbs2023;b=tw;e=1;tc=ffcc00;tf=Georgia;");
  // The snippet of docs/embed.md, and its listener (as an external script: the host's CSP
  // has no 'unsafe-inline').
  const hostHtml = `<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Gemeente — wonen</title>
<script src="/evt-embed-listener.js" defer></script></head>
<body><h1>Urgentie en woningtoewijzing</h1>
<iframe id="evt-rekenhulp" title="Rekenhulp evenwichtige verdeling wettelijk urgenten"
  src="${app}/${link}" width="100%" height="600" loading="lazy"></iframe>
</body></html>`;
  const listener = `
window.evtHeights = [];
window.addEventListener("message", function (event) {
  var frame = document.getElementById("evt-rekenhulp");
  if (!frame || event.source !== frame.contentWindow || event.origin !== ${JSON.stringify(app)}) return;
  if (event.data && event.data.type === "evt-height" && typeof event.data.height === "number") {
    window.evtHeights.push(event.data.height);
    frame.style.height = event.data.height + "px";
  }
});`;
  const csp = `default-src 'none'; script-src 'self'; style-src 'self'; frame-src ${app}; base-uri 'none'; form-action 'none'`;
  // The host site: a second little server on loopback, so another origin (another port).
  // (A host answered by page.route counts as public to Chromium, whose Local Network Access
  // checks then block it from framing the loopback app; a real host and app are both public.)
  const server: Server = createServer((req, res) => {
    if (req.url === "/evt-embed-listener.js") {
      res.writeHead(200, { "Content-Type": "text/javascript" }).end(listener);
    } else {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": csp }).end(hostHtml);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const HOST = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  guard.allowHostOrigin(HOST);
  try {
  await page.goto(`${HOST}/wonen`);
  const frame = page.frameLocator("#evt-rekenhulp");
  await expect(frame.locator("#results[data-ready='true']")).toBeVisible();

  // Compact mode: no subtitle, no big footer; the link button is always there.
  await expect(frame.locator(".app.is-embed")).toBeVisible();
  await expect(frame.locator(".subtitle")).toBeHidden();
  await expect(frame.locator(".app-footer")).toBeVisible();
  await expect(frame.locator(".app-footer h2")).toBeHidden();
  await expect(frame.locator("#copy-link")).toBeVisible();

  // Height messages arrive and size the frame to its content (no inner scroll bar).
  await expect.poll(() => page.evaluate(() => window.evtHeights.length)).toBeGreaterThan(0);
  const height = await page.evaluate(() => window.evtHeights[window.evtHeights.length - 1]);
  expect(height).toBeGreaterThan(800);
  // The frame's inner height (without its border) equals the content: no inner scroll bar.
  await expect.poll(() => page.locator("#evt-rekenhulp").evaluate((el) => el.clientHeight)).toBe(height);
  expect(
    await frame.locator("html").evaluate((el) => el.scrollHeight - el.clientHeight),
    "the frame's document does not scroll",
  ).toBeLessThanOrEqual(1);
  // Content that grows sends a new height.
  const count = await page.evaluate(() => window.evtHeights.length);
  await frame.locator("#saved-panel summary").click();
  await expect.poll(() => page.evaluate(() => window.evtHeights.length)).toBeGreaterThan(count);
  const grown = await page.evaluate(() => window.evtHeights[window.evtHeights.length - 1]);
  expect(grown).toBeGreaterThan(height);

  // Theme: the host's yellow is darkened until white text on it reaches 4.5:1; the font is used.
  const primary = await frame
    .locator("html")
    .evaluate((el) => getComputedStyle(el).getPropertyValue("--evt-color-primary").trim());
  expect(primary).toMatch(/^#[0-9a-f]{6}$/);
  expect(primary).not.toBe("#ffcc00");
  const font = await frame.locator("body").evaluate((el) => getComputedStyle(el).fontFamily);
  expect(font).toContain("Georgia");

  // It still computes inside the frame.
  await frame.locator("#method-eq").check();
  await expect(frame.locator("#summary")).toContainText("gelijk percentage");

  // No cookies, and (checked by the guard) no request to any host but the app's and the host's own.
  expect(await page.context().cookies()).toEqual([]);
  } finally {
    server.close();
  }
});

test("embed mode passes axe, in both languages", async ({ page }) => {
  await gotoApp(page, `/${withChecksum("evt1;d=cbs2023;b=tw;e=1;tc=1f6feb;")}`);
  await expect(page.locator(".app.is-embed")).toBeVisible();
  await expectNoA11yViolations(page);
  await page.locator("#lang-toggle").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expectNoA11yViolations(page);
});

test("the link stays in embed mode with its theme when edited", async ({ page }) => {
  await gotoApp(page, `/${withChecksum("evt1;d=cbs2023;b=tw;e=1;tc=1f6feb;")}`);
  await page.locator("#method-cap").check();
  await expect.poll(() => new URL(page.url()).hash).toContain("m=cap");
  const hash = new URL(page.url()).hash;
  expect(hash).toContain(";e=1;");
  expect(hash).toContain("tc=1f6feb");
});

test("'Kopieer insluitcode' points at the explanation's own page, which opens prerendered and tells its height", async ({
  page,
  context,
  guard,
  baseURL,
}) => {
  await gotoApp(page);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(baseURL!).origin });
  await page.locator("#copy-embed").click();
  await expect(page.locator("#link-status")).not.toHaveText("");
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  const src = /src="([^"]+)"/.exec(snippet)?.[1]?.replace(/&amp;/g, "&") ?? "";
  const url = new URL(src);
  expect(url.origin).toBe(new URL(baseURL!).origin);
  expect(url.pathname).toBe("/uitleg/");
  expect(url.hash).toMatch(/^#evt1;.*;v=uitleg;.*e=1;.*k=[0-9a-f]{4}$/);

  // The host page frames exactly that address, with the documented listener.
  const hostHtml = `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Host</title>
<script src="/listener.js" defer></script></head><body>${snippet}</body></html>`;
  const listener = `window.evtHeights = [];
window.addEventListener("message", function (event) {
  var frame = document.getElementById("evt-rekenhulp");
  if (!frame || event.source !== frame.contentWindow) return;
  if (event.data && event.data.type === "evt-height") { window.evtHeights.push(event.data.height); frame.style.height = event.data.height + "px"; }
});`;
  const server: Server = createServer((req, res) => {
    if (req.url === "/listener.js") res.writeHead(200, { "Content-Type": "text/javascript" }).end(listener);
    else res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(hostHtml);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const HOST = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  guard.allowHostOrigin(HOST);
  try {
    await page.goto(`${HOST}/`);
    const frame = page.frameLocator("#evt-rekenhulp");
    // The default scenario: the prerendered explanation is shown (not hidden as pending).
    await expect(frame.locator("html")).not.toHaveClass(/evt-pending/);
    await expect(frame.locator("#uitleg-heading")).toBeVisible();
    await expect(frame.locator("#uitleg-cijfer-urgenten")).toContainText("800 wettelijk urgenten");
    await expect(frame.locator(".app.is-embed")).toBeVisible();
    await expect.poll(() => page.evaluate(() => (window as unknown as { evtHeights: number[] }).evtHeights.length)).toBeGreaterThan(0);
    const height = await page.evaluate(() => {
      const h = (window as unknown as { evtHeights: number[] }).evtHeights;
      return h[h.length - 1];
    });
    await expect.poll(() => page.locator("#evt-rekenhulp").evaluate((el) => el.clientHeight)).toBe(height);
  } finally {
    server.close();
  }
});
