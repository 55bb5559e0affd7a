// The explanation for each reader (issue 15 item 5): the worked example follows "Mijn
// gemeente" chosen in the calculator (Hengelo: its own figures, step by step) and the
// explanation's own picker (which sets "Mijn gemeente" back in the calculator); the contents
// list jumps to every section without touching the address (which holds the scenario); the
// chart is visible and fits a 390 px phone; the sources are links (not followed: the app
// is offline); "Bronnen" is one heading; axe-core finds no violations.
import type { Page } from "@playwright/test";
import { expect, gotoApp, test } from "../fixtures";
import { expectNoA11yViolations } from "../helpers/axe";
import { WORKED } from "../helpers/app";

const HENGELO = WORKED.municipalities.find((m) => m.name === "Hengelo")!;
const ALMELO = WORKED.municipalities.find((m) => m.name === "Almelo")!;

/** Dutch thousands notation: 39355 → "39.355". */
function nl(n: number): string {
  return n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

async function openExplanation(page: Page): Promise<void> {
  await page.locator("#view-uitleg").click();
  await expect(page.locator("#uitleg-heading")).toBeVisible();
}

test.describe("explanation for each reader", () => {
  test("the worked example follows 'Mijn gemeente' and the explanation's own picker", async ({ page }) => {
    await gotoApp(page);
    await page.locator("#mine").selectOption(HENGELO.code);
    await openExplanation(page);

    const heading = page.locator("#uitleg-uw-gemeente-heading");
    await expect(heading).toContainText("Hengelo");
    await expect(heading).toContainText(` ${HENGELO.households_target} `);
    await expect(page.locator("#uitleg-gemeente")).toHaveValue(HENGELO.code);
    // Its own figures, step by step: households, vacated homes, percentage and status.
    const steps = page.locator("#uitleg-stappen > li");
    await expect(steps.first()).toContainText(nl(HENGELO.households));
    await expect(steps.first()).toContainText(nl(WORKED.totals.households));
    await expect(page.locator("#uitleg-stappen")).toContainText(nl(HENGELO.vacancies_estimate));
    await expect(steps.last()).toContainText(HENGELO.households_pct_1dp.replace(".", ","));
    await expect(steps.last()).toContainText("binnen de bandbreedte");
    // The chart highlights it.
    await expect(page.locator(`#uitleg-grafiek #bar-${HENGELO.code}`)).toHaveClass(/is-mine/);
    // The horizon example is about it too.
    await expect(page.locator("#uitleg-voorbeeld")).toContainText("Hengelo");
    await expectNoA11yViolations(page);

    // The picker on the page: Almelo; the calculator's "Mijn gemeente" follows.
    await page.locator("#uitleg-gemeente").selectOption(ALMELO.code);
    await expect(heading).toContainText("Almelo");
    await expect(heading).toContainText(` ${ALMELO.households_target} `);
    await expect(page.locator("#uitleg-stappen > li").last()).toContainText("onder het minimum");
    await expect.poll(() => new URL(page.url()).hash).toContain(`mg=${ALMELO.code};`);
    await page.locator("#view-calc").click();
    await expect(page.locator("#mine")).toHaveValue(ALMELO.code);

    // English: the same example in English words and notation.
    await openExplanation(page);
    await page.locator("#lang-toggle").click();
    await expect(heading).toContainText(`Why Almelo houses ${ALMELO.households_target} urgent home seekers a year`);
  });

  test("the agreement's 90 and today's figure are one sentence; the contents list jumps to every section", async ({ page }) => {
    await gotoApp(page);
    await openExplanation(page);
    const compared = page.locator("#uitleg-terugval");
    await expect(compared).toContainText("90 van de 800");
    await expect(compared).toContainText(` ${WORKED.totals.fallback_pooled_unhoused}`);

    const hash = new URL(page.url()).hash;
    const links = page.locator("#uitleg-inhoud a");
    const count = await links.count();
    expect(count).toBeGreaterThanOrEqual(10);
    // From the last to the first, so every jump goes somewhere the page is not.
    for (let i = count - 1; i >= 0; i--) {
      const link = links.nth(i);
      const id = ((await link.getAttribute("href")) ?? "").replace(/^#/, "");
      await link.click();
      const target = page.locator(`#${id}`);
      await expect(target.locator("h3").first()).toBeInViewport();
      await expect(target).toBeFocused();
      // The address still holds the scenario.
      expect(new URL(page.url()).hash).toBe(hash);
    }
  });

  test("on a 390 px phone the chart is visible and fits; sources are links; 'Bronnen' once", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await gotoApp(page);
    await openExplanation(page);
    const svg = page.locator("#uitleg-grafiek svg").first();
    await svg.scrollIntoViewIfNeeded();
    await expect(svg).toBeVisible();
    const box = await svg.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    expect(box!.height).toBeGreaterThan(100);
    // Every municipality has its labelled bar.
    await expect(page.locator("#uitleg-grafiek [role=img]")).toHaveCount(WORKED.municipalities.length);
    // The page does not scroll sideways.
    const scrollWidth = await page.evaluate(() => (document.scrollingElement ?? document.documentElement).scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(391);

    // The law and the CBS tables are links (addresses only; not followed).
    const sources = page.locator("#uitleg-bronnen");
    await expect(sources.locator('a[href^="https://opendata.cbs.nl/"]')).toHaveCount(2);
    await expect(sources.locator('a[href*="tweedekamer.nl"]')).toHaveCount(1);
    await expect(sources.locator("a", { hasText: "86063NED" })).toBeVisible();
    // One "Bronnen" heading on the page (the footer leaves it to the explanation).
    await expect(page.getByRole("heading", { name: "Bronnen", exact: true })).toHaveCount(1);
    // The law's date: a sentence that is true on the day it is read.
    await expect(page.locator("#uitleg-wet")).toContainText("1 januari 2026");
    await expectNoA11yViolations(page);
  });
});
