// Monitoring without figures (issue 15 item 7): the view says there are no figures yet and
// claims nothing (no "no municipality is above the signal value…"), in both languages; a
// half-year is chosen from a list (typing still works); on a phone the entry table scrolls
// in its own box with the municipality's name in view.
import type { Page } from "@playwright/test";
import { expect, gotoApp, test } from "../fixtures";
import { expectNoA11yViolations } from "../helpers/axe";
import { word } from "../helpers/words";

async function openMonitoring(page: Page): Promise<void> {
  await gotoApp(page);
  await page.locator("#view-mon").click();
  await expect(page.locator("#mon-heading")).toBeVisible();
}

/** The half-year of the browser's today, as the app names it ("2026-H2"). */
async function thisHalfYear(page: Page): Promise<string> {
  return page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-H${d.getMonth() < 6 ? 1 : 2}`;
  });
}

test("no figures: 'no figures yet' and no claim, in Dutch and English", async ({ page }) => {
  await openMonitoring(page);
  for (const lang of ["nl", "en"] as const) {
    if (lang === "en") await page.locator("#lang-toggle").click();
    const agenda = page.locator("#mon-agenda");
    await expect(page.locator("#mon-agenda-none")).toHaveText(word(lang, "monitoring", "agenda_no_figures"));
    await expect(agenda).not.toContainText(word(lang, "monitoring", "agenda_none"));
    await expect(agenda).not.toContainText(word(lang, "monitoring", "agenda_not_two"));
    await expect(page.locator("#mon-summary")).toHaveText(word(lang, "monitoring", "no_data"));
    await expect(page.locator("#mon-evaluation-date")).toHaveText(word(lang, "monitoring", "evaluation_pending"));
    // Nothing drawn that would need figures.
    await expect(page.locator("#mon-results-table")).toHaveCount(0);
    await expect(page.locator("#mon-overview-table")).toHaveCount(0);
    await expect(page.locator("#mon-chart-heading")).toHaveCount(0);
  }
  await expectNoA11yViolations(page);
});

test("a half-year is chosen from the list; typing one still works", async ({ page }) => {
  await openMonitoring(page);
  const now = await thisHalfYear(page);
  const pick = page.locator("#mon-period-pick");
  const input = page.locator("#mon-new-period");
  await expect(pick).toHaveAccessibleName(word("nl", "monitoring", "pick_period_label"));
  await expect(pick).toHaveValue("");
  // The list runs around today, in order.
  const values = await pick.locator("option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(values[0]).toBe("");
  expect(values).toContain(now);
  expect(values.slice(1)).toEqual([...values.slice(1)].sort());
  expect(values.slice(1).every((v) => /^\d{4}-H[12]$/.test(v))).toBe(true);

  // The list and the text field side by side, then the button.
  const [p, i] = [(await pick.boundingBox())!, (await input.boundingBox())!];
  expect(Math.abs(p.y - i.y)).toBeLessThanOrEqual(p.height);

  // Choosing writes the half-year into the field; "Toevoegen" adds it.
  await pick.selectOption(now);
  await expect(input).toHaveValue(now);
  await page.locator("#mon-add-period").click();
  await expect(page.locator("#mon-period")).toHaveValue(now);
  await expect(page.locator("#mon-entry-table tbody tr")).toHaveCount(14);
  await expect(page.locator("#mon-entry-caption")).toContainText(now);
  await expect(input).toHaveValue("");
  await expect(pick).toHaveValue("");
  // An empty half-year is no figure: still no claim.
  await expect(page.locator("#mon-agenda-none")).toHaveText(word("nl", "monitoring", "agenda_no_figures"));
  await expect(page.locator("#mon-summary")).toHaveText(word("nl", "monitoring", "no_data"));

  // Typing a half-year that is not in the list still works, and puts it (and the one after)
  // in the list.
  await input.fill("2031-h1");
  await input.press("Enter");
  await expect(page.locator("#mon-new-period-error")).toHaveCount(0);
  await expect(page.locator("#mon-period")).toHaveValue("2031-H1");
  await expect(pick.locator('option[value="2031-H1"]')).toHaveCount(1);
  await expect(pick.locator('option[value="2031-H2"]')).toHaveCount(1);
  // Typing a listed half-year shows it chosen in the list.
  await input.fill("2031-H2");
  await expect(pick).toHaveValue("2031-H2");
  await expectNoA11yViolations(page);
});

test("on a phone the entry table scrolls in its own box with the names in view", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openMonitoring(page);
  const now = await thisHalfYear(page);
  await page.locator("#mon-period-pick").selectOption(now);
  await page.locator("#mon-add-period").click();
  const region = page.locator(".table-scroll").filter({ has: page.locator("#mon-entry-table") });
  await expect(region).toHaveAttribute("tabindex", "0");
  const box = (await region.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  // Scrolled to the far right, Almelo's name still stands at the box's left edge, readable.
  await region.evaluate((el) => {
    el.scrollLeft = el.scrollWidth;
  });
  const name = page.locator('#mon-entry-table tbody tr[data-id="GM0141"] th');
  await expect(name).toBeVisible();
  const n = (await name.boundingBox())!;
  expect(Math.abs(n.x - box.x)).toBeLessThanOrEqual(2);
  expect(n.width).toBeGreaterThanOrEqual(60);
  // The last column is reachable within the box.
  const last = (await page.locator("#mon-in-suit-GM0141").boundingBox())!;
  expect(last.x + last.width).toBeLessThanOrEqual(box.x + box.width + 1);
  expect(last.x).toBeGreaterThanOrEqual(n.x + n.width - 1);
});
