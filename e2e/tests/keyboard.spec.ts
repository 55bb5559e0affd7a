// Keyboard-only journeys: Tab from the top of the page through the skip link, the
// language button, the method radios (arrow keys), a parameter, a "Hoe berekend?", the
// input table and the chart bars. Every focus stop must show a visible focus indicator
// (an outline on :focus-visible). No mouse is used after the page has loaded.
import { expect, gotoApp, test } from "../fixtures";
import { expectVisibleFocus, focusInfo, resultRow, tabUntil } from "../helpers/app";

const DINKELLAND = "GM1774";
const ALMELO = "GM0141";

test.beforeEach(async ({ page }) => {
  await gotoApp(page);
});

test("Tab from the top: skip link, language button, methods, a parameter, an explanation, the table inputs", async ({ page }) => {
  // 1. The skip link comes first and becomes visible when focused.
  await page.keyboard.press("Tab");
  let f = await expectVisibleFocus(page, "skip link:");
  expect(f.tag).toBe("a");
  const skip = page.locator("a.skip-link");
  await expect(skip).toBeFocused();
  await expect(skip).toHaveText("Naar de uitkomsten");
  await expect(skip).toBeInViewport();

  // 2. The language button.
  await page.keyboard.press("Tab");
  f = await expectVisibleFocus(page, "language button:");
  expect(f.id).toBe("lang-toggle");

  // 3. The view navigation, then the link bar and "Mijn scenario's".
  await page.keyboard.press("Tab");
  f = await expectVisibleFocus(page, "view navigation:");
  expect(f.id).toBe("view-calc");
  await tabUntil(page, (s) => s.id === "copy-link", { max: 6 });
  await expectVisibleFocus(page, "copy link:");

  // 4. The method radio group: one Tab stop on the checked radio; arrows choose.
  await tabUntil(page, (s) => s.id === "method-hh", { max: 6 });
  f = await expectVisibleFocus(page, "method radios:");
  expect(f.id).toBe("method-hh");
  await page.keyboard.press("ArrowDown");
  f = await expectVisibleFocus(page, "after ArrowDown:");
  expect(f.id).toBe("method-eq");
  await expect(page.locator("#method-eq")).toBeChecked();
  await expect(resultRow(page, ALMELO).locator("td.target")).toHaveText("117");
  await page.keyboard.press("ArrowUp");
  f = await expectVisibleFocus(page, "after ArrowUp:");
  expect(f.id).toBe("method-hh");
  await expect(page.locator("#method-hh")).toBeChecked();
  await expect(resultRow(page, ALMELO).locator("td.target")).toHaveText("93");

  // 5. Tab leaves the radio group for the first parameter; type a new value.
  await page.keyboard.press("Tab");
  f = await expectVisibleFocus(page, "first parameter:");
  expect(f.id).toBe("param-urgents");
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("1.000", { delay: 10 });
  await expect(page.locator("#total-target")).toHaveText("1.000");

  // 6. On to Dinkelland's "Hoe berekend?" and open it with Enter.
  await tabUntil(page, (s) => s.tag === "summary" && s.detailsId === `explain-${DINKELLAND}`);
  const details = page.locator(`#explain-${DINKELLAND}`);
  await expect(details).not.toHaveAttribute("open", "");
  await page.keyboard.press("Enter");
  await expect(details).toHaveAttribute("open", "");
  await expect(details.locator(".explain-body")).toContainText("1.000 × 10.625 / 285.625 = 37,20 → 37");
  // Focus stays on the summary, so Enter closes it again.
  f = await expectVisibleFocus(page, "explain summary:");
  expect(f.detailsId).toBe(`explain-${DINKELLAND}`);

  // 7. Into the input table: Dinkelland's vacancies, typed from the keyboard.
  await tabUntil(page, (s) => s.id === `in-vac-${DINKELLAND}`, { max: 120 });
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("250", { delay: 10 });
  await page.keyboard.press("Tab");
  await expect(resultRow(page, DINKELLAND).locator("td.pct")).toHaveText("14,8%");
  await expect(resultRow(page, DINKELLAND).locator("td.status")).toContainText("onder het minimum");
  // The open explanation follows the new figures.
  await expect(details.locator(".explain-body")).toContainText("37 / 250 = 14,8%");
  // Focus moved on to the row's remove button, with a visible indicator.
  f = await expectVisibleFocus(page, "after the vacancies cell:");
  expect(f.tag).toBe("button");
});

test("the skip link moves focus to the results", async ({ page }) => {
  await page.keyboard.press("Tab");
  await expect(page.locator("a.skip-link")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect.poll(async () => (await focusInfo(page)).id).toBe("results");
  await expect(page.locator("#results")).toBeInViewport();
  // The next Tab stop is inside the results, not back at the top.
  await page.keyboard.press("Tab");
  const inside = await page.evaluate(() => !!document.activeElement?.closest("#results"));
  expect(inside, "Tab after the skip link lands inside #results").toBe(true);
  await expectVisibleFocus(page, "after the skip link:");
});

test("the language button works from the keyboard and keeps focus", async ({ page }) => {
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(page.locator("#lang-toggle")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("#lang-toggle")).toBeFocused();
  await expect(page.locator("#lang-toggle")).toHaveText("Nederlands");
  await expect(resultRow(page, ALMELO).locator("td.pct")).toHaveText("13.4%");
  await page.keyboard.press("Space");
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expect(page.locator("#lang-toggle")).toBeFocused();
});

test("sorting by percentage with Enter and Space", async ({ page }) => {
  await tabUntil(page, (s) => s.tag === "button" && s.text.startsWith("Percentage"));
  const th = page.locator("#results-table thead th").filter({ has: page.locator('button.sort[data-sort="pct"]') });
  await page.keyboard.press("Enter");
  await expect(th).toHaveAttribute("aria-sort", "descending");
  await expect(page.locator("#results-table tbody tr").first()).toHaveAttribute("data-id", "GM0183");
  await expect(page.locator('button.sort[data-sort="pct"]')).toBeFocused();
  await page.keyboard.press("Space");
  await expect(th).toHaveAttribute("aria-sort", "ascending");
  await expectVisibleFocus(page, "sort button:");
});

test("the chart bars are reachable with Tab, arrow keys move between them, each describes itself", async ({ page }) => {
  // The chart sorts its bars by percentage: Tubbergen (37,1%) first, Dinkelland (36,1%) next.
  await tabUntil(page, (s) => s.id.startsWith("bar-"), { max: 120 });
  await expect(page.locator("#bar-GM0183")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.locator(`#bar-${DINKELLAND}`)).toBeFocused();
  await expectVisibleFocus(page, "Dinkelland's bar:");
  const bar = page.locator(`#bar-${DINKELLAND}`);
  const label = (await bar.getAttribute("aria-label")) ?? "";
  expect(label).toContain("Dinkelland");
  expect(label).toContain("36,1%");
  expect(label).toContain("boven de signaalwaarde");
  // The focused bar's figures are written out under the chart (no hover needed).
  await expect(page.locator("#chart .chart-details")).toContainText("Dinkelland");
  await expect(page.locator("#chart .chart-details")).toContainText("36,1%");
  await page.keyboard.press("ArrowUp");
  await expect(page.locator("#bar-GM0183")).toBeFocused();
  await expectVisibleFocus(page, "Tubbergen's bar:");
});

test("the chart toggle works from the keyboard", async ({ page }) => {
  await tabUntil(page, (s) => s.id === "chart-toggle", { max: 150 });
  const toggle = page.locator("#chart-toggle");
  await expect(toggle).toHaveText("Toon als tabel");
  await page.keyboard.press("Enter");
  await expect(toggle).toHaveText("Toon als grafiek");
  await expect(toggle).toBeFocused();
  await expect(page.locator("#chart svg.chart-svg")).toBeHidden();
  await page.keyboard.press("Space");
  await expect(toggle).toHaveText("Toon als tabel");
  await expect(page.locator("#chart svg.chart-svg")).toBeVisible();
});

test("Ctrl+Z in a cell undoes the app edit; focus stays in the cell", async ({ page }) => {
  await tabUntil(page, (s) => s.id === `in-vac-${DINKELLAND}`, { max: 120 });
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("200", { delay: 10 });
  await expect(resultRow(page, DINKELLAND).locator("td.pct")).toHaveText("15,0%");
  await page.keyboard.press("Control+z");
  await expect(page.locator(`#in-vac-${DINKELLAND}`)).toHaveValue("83");
  await expect(resultRow(page, DINKELLAND).locator("td.pct")).toHaveText("36,1%");
  await expect(page.locator(`#in-vac-${DINKELLAND}`)).toBeFocused();
  await page.keyboard.press("Control+Shift+z");
  await expect(page.locator(`#in-vac-${DINKELLAND}`)).toHaveValue("200");
  await expect(resultRow(page, DINKELLAND).locator("td.pct")).toHaveText("15,0%");
});

test("adding a municipality from the keyboard", async ({ page }) => {
  await tabUntil(page, (s) => s.id === "add", { max: 80 });
  await page.keyboard.press("Enter");
  await expect(page.locator("#in-name-X1")).toHaveValue("Nieuwe gemeente 15");
  await expect(page.locator("#notice")).toHaveText("Nieuwe gemeente 15 is toegevoegd onderaan de tabel.");
  // Focus is not lost to the page body.
  const f = await focusInfo(page);
  expect(f.tag, "focus after adding").not.toBe("body");
});
