// Embedding (issue 7, docs/embed.md): a host page on another origin, with a strict
// Content-Security-Policy, embeds the calculator in an iframe with the documented snippet and
// listener; the frame runs in public mode with the host's theme, tells its height, sets no
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

test("a host page with a strict CSP embeds the app: public, themed, and told its height", async ({
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
  await expect(frame.locator("#chart-panel[data-ready='true']")).toBeVisible();

  // Public mode: no subtitle, no big footer; the link button is always there.
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
  // Content that changes height sends a new height (the explanation is longer; it comes
  // with the full module, after a short loading line that sends its own, smaller height).
  await frame.locator("#view-uitleg").click();
  await expect
    .poll(() => page.evaluate(() => window.evtHeights[window.evtHeights.length - 1]))
    .toBeGreaterThan(height);
  await frame.locator("#view-calc").click();

  // Theme: the host's yellow is darkened until white text on it reaches 4.5:1; the font is used.
  const primary = await frame
    .locator("html")
    .evaluate((el) => getComputedStyle(el).getPropertyValue("--evt-color-primary").trim());
  expect(primary).toMatch(/^#[0-9a-f]{6}$/);
  expect(primary).not.toBe("#ffcc00");
  const font = await frame.locator("body").evaluate((el) => getComputedStyle(el).fontFamily);
  expect(font).toContain("Georgia");

  // It computes inside the frame, read-only: nothing to edit, save or embed.
  await expect(frame.locator("#summary")).toContainText("Tubbergen (37,1%)");
  await expect(frame.locator("#method-eq")).toHaveCount(0);
  await expect(frame.locator("#input-table")).toHaveCount(0);
  await expect(frame.locator("#saved-panel")).toHaveCount(0);

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

test("the link stays in public mode with its theme when the view or language changes", async ({ page }) => {
  await gotoApp(page, `/${withChecksum("evt1;d=cbs2023;b=tw;m=cap;e=1;tc=1f6feb;")}`);
  await page.locator("#view-uitleg").click();
  await page.locator("#lang-toggle").click();
  await expect.poll(() => new URL(page.url()).hash).toContain("l=en");
  const hash = new URL(page.url()).hash;
  expect(hash).toContain(";e=1;");
  expect(hash).toContain("tc=1f6feb");
  expect(hash).toContain("m=cap");
  expect(hash).toContain("v=uitleg");
});

test("an older embed code (the explanation page, v=uitleg) opens the public mode on the explanation", async ({ page }) => {
  await gotoApp(page, `/uitleg/${withChecksum("evt1;d=cbs2023;b=tw;v=uitleg;e=1;")}`);
  await expect(page.locator(".app.is-embed")).toBeVisible();
  await expect(page.locator("#uitleg-heading")).toBeVisible();
  await expect(page.locator("#view-mon")).toHaveCount(0);
  await expect(page.locator("#copy-embed")).toHaveCount(0);
});

test("'Kopieer insluitcode' points at the public mode of the page, which opens prerendered and tells its height", async ({
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
  expect(url.pathname).toBe("/");
  expect(url.hash).toMatch(/^#evt1;.*e=1;.*k=[0-9a-f]{4}$/);
  expect(url.hash).not.toContain("v=");

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
    // The default scenario: the prerendered answer is shown (not hidden as pending).
    await expect(frame.locator("html")).not.toHaveClass(/evt-pending/);
    await expect(frame.locator("#summary")).toContainText("Tubbergen (37,1%)");
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
