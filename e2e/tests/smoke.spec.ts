// Smoke journey: the release build boots under the strict CSP and renders results.
// Page errors, console errors, failed/foreign requests and CSP violations are checked
// for every test by the `guard` fixture (e2e/fixtures.ts).
import { expect, gotoApp, test } from "../fixtures";
import { DEFAULT_SUMMARY_NL, resultRow, STATUS_NL, WORKED } from "../helpers/app";
import { expectNoA11yViolations } from "../helpers/axe";
import { captureScreenshots, VIEWPORTS } from "../helpers/screenshots";
import { existsSync } from "node:fs";

test.describe("smoke", () => {
  test("boots and renders the first results", async ({ page }) => {
    await gotoApp(page);
    await expect(page).toHaveTitle(/Evenwichtige Verdeling Twente/);
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
    await expect(page.locator("#results")).toHaveAttribute("data-ready", "true");
    // web/boot.js removes the loading message once the app runs; no failure message.
    await expect(page.locator("#boot-status")).toHaveCount(0);
    await expect(page.locator("#boot-error")).toBeHidden();
  });

  test("has no WCAG 2.1 A/AA violations (axe-core)", async ({ page }) => {
    await gotoApp(page);
    await expectNoA11yViolations(page);
  });

  test("screenshots at phone, tablet and laptop widths: no sideways scroll, the answer in view, all 14 rows", async ({
    page,
  }) => {
    // 3 viewports × 14 rows × 4 figures: more than the default 30 s on a loaded machine.
    test.setTimeout(60_000);
    await gotoApp(page);
    const summary = page.locator("#summary");
    const table = page.locator("#results-table");
    const scroller = page.locator(".table-scroll").filter({ has: table });
    const paths = await captureScreenshots(page, "smoke-home", async ({ width, height }) => {
      const at = `${width}×${height}`;
      // The document itself never scrolls sideways (wide tables scroll inside their own box).
      const overflow = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
        body: document.body.scrollWidth,
      }));
      expect(overflow.client, `${at}: viewport width`).toBe(width);
      expect(overflow.scroll, `${at}: document scrollWidth`).toBeLessThanOrEqual(width);
      expect(overflow.body, `${at}: body scrollWidth`).toBeLessThanOrEqual(width);

      // At the top of the page the summary is the answer, whole and inside the viewport.
      await page.evaluate(() => window.scrollTo(0, 0));
      await expect(summary).toHaveText(DEFAULT_SUMMARY_NL);
      const s = (await summary.boundingBox())!;
      expect(s.x, `${at}: summary left`).toBeGreaterThanOrEqual(0);
      expect(s.x + s.width, `${at}: summary right`).toBeLessThanOrEqual(width + 0.5);
      expect(s.y, `${at}: summary top`).toBeGreaterThanOrEqual(0);
      expect(s.y + s.height, `${at}: summary bottom`).toBeLessThanOrEqual(height + 0.5);

      // The results table comes after the summary, its box within the page's width, and
      // name, target, percentage and status are inside the visible part of that box.
      await table.scrollIntoViewIfNeeded();
      const t = (await table.boundingBox())!;
      const region = (await scroller.boundingBox())!;
      expect(t.y + (await page.evaluate(() => window.scrollY)), `${at}: table below the summary`).toBeGreaterThan(s.y);
      expect(region.x, `${at}: table box left`).toBeGreaterThanOrEqual(0);
      expect(region.x + region.width, `${at}: table box right`).toBeLessThanOrEqual(width + 0.5);
      for (const col of ["name", "target", "pct", "status"]) {
        const th = table.locator(`thead th.col-${col}`);
        await expect(th, `${at}: column ${col}`).toBeVisible();
        const b = (await th.boundingBox())!;
        expect(b.x, `${at}: column ${col} left`).toBeGreaterThanOrEqual(region.x - 0.5);
        expect(b.x + b.width, `${at}: column ${col} right`).toBeLessThanOrEqual(region.x + region.width + 0.5);
      }

      // All 14 municipalities with the worked example's figures (SPEC.md), in view when
      // scrolled to.
      await expect(table.locator("tbody tr")).toHaveCount(WORKED.municipalities.length);
      for (const m of WORKED.municipalities) {
        const row = resultRow(page, m.code);
        await expect(row.locator("th"), `${at}: ${m.code}`).toContainText(m.name);
        await expect(row.locator("td.target"), `${at}: ${m.name}`).toHaveText(String(m.households_target));
        await expect(row.locator("td.pct"), `${at}: ${m.name}`).toHaveText(`${m.households_pct_1dp.replace(".", ",")}%`);
        await expect(row.locator("td.status"), `${at}: ${m.name}`).toContainText(STATUS_NL[m.households_status]);
      }
      const last = resultRow(page, WORKED.municipalities[WORKED.municipalities.length - 1].code);
      await last.scrollIntoViewIfNeeded();
      await expect(last).toBeInViewport();
      await expect(page.locator("#total-target")).toHaveText("800");
    });
    expect(paths).toHaveLength(VIEWPORTS.length);
    for (const path of paths) expect(existsSync(path), path).toBe(true);
  });
});
