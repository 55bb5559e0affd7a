#!/usr/bin/env node
// "Tried as a new user would": what the first screen shows at phone, tablet and desktop
// sizes (issue 12). Prints, per size: where the summary starts, whether the names above the
// signal value are in it, which of the four key columns of the results table are inside the
// viewport, the embed's height, and where the first input row's result shows.
//
//   node e2e/first-screen.mjs [--root dist]
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium.mjs";
import { startServer } from "./server.mjs";

const rootArg = process.argv.indexOf("--root");
const root = rootArg > 0 ? process.argv[rootArg + 1] : "dist";
const { url, close } = await startServer({ root, port: 0 });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
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
  await page.waitForSelector(".app[data-ready], #results-table", { timeout: 15000 }).catch(() => {});
  await page.waitForTimeout(800);
  const m = await page.evaluate(() => {
    const vw = innerWidth, vh = innerHeight;
    const top = (sel) => { const e = document.querySelector(sel); return e ? Math.round(e.getBoundingClientRect().top + scrollY) : null; };
    const summary = document.querySelector("#summary");
    const text = summary ? summary.textContent : "";
    const visible = (el) => { if (!el) return false; const r = el.getBoundingClientRect(); return r.width > 0 && r.left >= -1 && r.right <= vw + 1; };
    const head = [...document.querySelectorAll("#results-table thead th")];
    const key = { name: "col-name", target: "col-target", pct: "col-pct", status: "col-status" };
    const cols = Object.fromEntries(Object.entries(key).map(([k, c]) => [k, visible(head.find((th) => th.classList.contains(c)))]));
    return { summaryTop: top("#summary"), namesAbove20: /Enschede|Hengelo|Almelo/.test(text), cols, vh };
  });
  rows.push({ size: name, ...m, cols: Object.entries(m.cols).filter(([, v]) => v).map(([k]) => k).join(",") });
  await ctx.close();
}
for (const [name, width, height] of [["embed-phone", 360, 640], ["embed-desktop", 960, 800]]) {
  const ctx = await browser.newContext({ viewport: { width, height }, serviceWorkers: "block" });
  const page = await ctx.newPage();
  await page.goto(`${url}uitleg/`);
  await page.waitForTimeout(300);
  const hash = await page.evaluate(() => location.hash);
  await page.goto(`${url}#evt1;v=uitleg;e=1`.replace("#evt1;v=uitleg;e=1", hash ? hash : ""));
  await page.goto(url + "uitleg/#" + "e=1");
  await page.waitForTimeout(1500);
  const h = await page.evaluate(() => document.documentElement.scrollHeight);
  rows.push({ size: name, pageHeight: h, vh: height });
  await ctx.close();
}
console.table(rows);
await browser.close();
await close();
