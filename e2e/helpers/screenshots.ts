// Full-page screenshots at the three reference viewports, written to
// artifacts/screenshots/<name>-<width>x<height>.png (gitignored; CI keeps them as
// artifacts, and a person can look at them).
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "@playwright/test";

export const VIEWPORTS = [
  { width: 390, height: 844 }, // phone
  { width: 768, height: 1024 }, // tablet
  { width: 1366, height: 1024 }, // laptop
] as const;

export const SCREENSHOT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../artifacts/screenshots");

export type Viewport = (typeof VIEWPORTS)[number];

/**
 * Take one screenshot per viewport; returns the written paths. Restores the viewport.
 * `check`, when given, runs at each viewport after layout and before its screenshot (so a
 * test asserts what the picture shows; the page is scrolled back to the top afterwards).
 */
export async function captureScreenshots(
  page: Page,
  name: string,
  check?: (viewport: Viewport) => Promise<void>,
): Promise<string[]> {
  const safeName = name.replace(/[^a-zA-Z0-9_-]+/g, "-").replace(/^-|-$/g, "");
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const original = page.viewportSize();
  const written: string[] = [];
  try {
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      // Two frames: layout for the new width, then paint.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      if (check) {
        await check(viewport);
        await page.evaluate(() => window.scrollTo(0, 0));
      }
      const path = join(SCREENSHOT_DIR, `${safeName}-${viewport.width}x${viewport.height}.png`);
      await page.screenshot({ path, fullPage: true, animations: "disabled" });
      written.push(path);
    }
  } finally {
    if (original) await page.setViewportSize(original);
  }
  return written;
}
