#!/usr/bin/env node
// "Tried as a new user would": what the first screen shows at phone, tablet and desktop
// sizes (issue 12). Prints, per size: where the summary starts and ends, how many of the
// municipalities above the signal value it names (of how many), which of the four key
// columns of the results table are inside what its scroll area shows, and, for the embedded
// public mode at 360 and 960 px wide, the page's height.
//
//   node e2e/first-screen.mjs [--root dist]
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium.mjs";
import { startServer } from "./server.mjs";

const rootArg = process.argv.indexOf("--root");
const root = rootArg > 0 ? process.argv[rootArg + 1] : "dist";
const { url, close } = await startServer({ root, port: 0 });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

/** `#evt1;…;k=xxxx` for a link body (docs/scenario-link.md "Checksum"). */
function withChecksum(body) {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(body)) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `#${body}k=${(h >>> 16).toString(16).padStart(4, "0")}`;
}

// The default scenario's municipalities above 20 % (SPEC.md worked example).
const ABOVE = ["Tubbergen", "Dinkelland", "Wierden", "Hof van Twente", "Losser", "Hellendoorn", "Haaksbergen", "Rijssen-Holten", "Borne"];
const sizes = [
  ["phone", 390, 844, true],
  ["tablet", 768, 1024, true],
  ["tablet-landscape", 1024, 768, true],
  ["desktop", 1366, 1024, false],
];
const rows = [];
for (const [name, width, height, touch] of sizes) {
  const ctx = await browser.newContext({ viewport: { width, height }, hasTouch: touch, isMobile: touch && width < 800, serviceWorkers: "block" });
  const page = await ctx.newPage();
  await page.goto(url);
  await page.waitForSelector('#results[data-ready="true"]', { timeout: 20000 }).catch(() => {});
  await page.waitForTimeout(500);
  const m = await page.evaluate((above) => {
    const summary = document.querySelector("#summary");
    const box = summary?.getBoundingClientRect();
    const text = summary?.textContent ?? "";
    const table = document.querySelector("#results-table");
    const region = table?.closest(".table-scroll")?.getBoundingClientRect();
    const inside = (th) => {
      if (!th || !region) return false;
      const r = th.getBoundingClientRect();
      return r.width > 0 && r.left >= region.left - 1 && r.right <= Math.min(region.right, innerWidth) + 1;
    };
    const cols = ["name", "target", "pct", "status"].filter((c) => inside(document.querySelector(`#results-table thead th.col-${c}`)));
    return {
      summaryTop: box ? Math.round(box.top) : null,
      summaryBottom: box ? Math.round(box.bottom) : null,
      namedAbove: `${above.filter((n) => text.includes(n)).length}/${above.length}`,
      cols: cols.join(","),
    };
  }, ABOVE);
  rows.push({ size: `${name} ${width}×${height}`, ...m });
  await ctx.close();
}
const embedLink = withChecksum("evt1;d=cbs2023;b=tw;e=1;");
for (const [name, width, height, touch] of [["embed", 360, 800, true], ["embed", 960, 800, false]]) {
  const ctx = await browser.newContext({ viewport: { width, height }, hasTouch: touch, serviceWorkers: "block" });
  const page = await ctx.newPage();
  await page.goto(url + embedLink);
  await page.waitForSelector('#chart-panel[data-ready="true"]', { timeout: 20000 }).catch(() => {});
  await page.waitForTimeout(500);
  const h = await page.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
  rows.push({ size: `${name} ${width}×${height}`, pageHeight: h, "×viewport": (h / height).toFixed(2) });
  await ctx.close();
}
console.table(rows);
await browser.close();
await close();
