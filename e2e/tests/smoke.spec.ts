// Smoke journey: the release build boots under the strict CSP and renders results.
// Page errors, console errors, failed/foreign requests and CSP violations are checked
// for every test by the `guard` fixture (e2e/fixtures.ts).
import { expect, gotoApp, test } from "../fixtures";
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

  test("screenshots at phone, tablet and laptop widths", async ({ page }) => {
    await gotoApp(page);
    const paths = await captureScreenshots(page, "smoke-home");
    expect(paths).toHaveLength(VIEWPORTS.length);
    for (const path of paths) expect(existsSync(path), path).toBe(true);
  });
});
