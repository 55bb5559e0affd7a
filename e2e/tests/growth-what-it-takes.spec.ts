// "What it takes" in the growth view (issue 15 item 4; docs/agreement.md "2a with 3"): the
// default path (equal 16,8 % → households, N = 5) ends with nine municipalities above the
// signal value; the block lists them with the extra vacated homes per year each needs,
// checked against an independent calculation (Borne by hand: ⌈(⌈29/0,2⌉ − 135)/5⌉ = 2 a year,
// ⌈2/0,06⌉ = 34 homes a year); "Pas toe" types them in, after which none ends above the signal
// value; undo brings the list back. On a 390 px phone the block does not scroll sideways.
import type { Page } from "@playwright/test";
import { expect, gotoApp, test } from "../fixtures";
import { apportion, WORKED } from "../helpers/app";

const N = 5;
const SIGNAL_BP = 2000;
const TURNOVER_BP = 600;

async function openGrowth(page: Page): Promise<void> {
  await gotoApp(page);
  await page.locator("#view-groei").click();
  await expect(page.locator("#growth-heading")).toBeVisible();
  await expect(page.locator("#growth-table tbody tr")).toHaveCount(14);
}

/**
 * SPEC "Growth path" in year N: the weights are N·H_i·ΣV, so T(N) = apportion(U, H), the
 * households targets; then what it takes: V* = ⌈T/s⌉, ΔV = ⌈(V* − V)/N⌉, homes ⌈ΔV/r⌉.
 */
function whatItTakes(): { code: string; name: string; extra: number; homes: number }[] {
  const ms = WORKED.municipalities;
  const t = apportion(
    WORKED.parameters.urgents,
    ms.map((m) => m.households),
  );
  return ms
    .map((m, i) => ({ m, t: t[i], v: m.vacancies_estimate }))
    .filter(({ t, v }) => t * 10000 > SIGNAL_BP * v)
    .map(({ m, t, v }) => {
      const needed = Math.ceil((t * 10000) / SIGNAL_BP);
      const extra = Math.ceil((needed - v) / N);
      return { code: m.code, name: m.name, extra, homes: Math.ceil((extra * 10000) / TURNOVER_BP) };
    });
}

test.describe("growth path: what it takes", () => {
  test("lists the nine above the signal value, applies them in one step, and undo restores them", async ({ page }) => {
    await openGrowth(page);
    const expected = whatItTakes();
    expect(expected).toHaveLength(9);
    const borne = expected.find((e) => e.name === "Borne");
    expect(borne).toEqual(expect.objectContaining({ extra: 2, homes: 34 }));

    // Where the path starts and ends, above the list.
    await expect(page.locator("#growth-ends")).toContainText("16,8%");
    await expect(page.locator("#growth-outcome")).toContainText("9 van de 14");

    const items = page.locator("#growth-takes-list > li");
    await expect(items).toHaveCount(9);
    expect(await items.evaluateAll((li) => li.map((e) => e.getAttribute("data-id")))).toEqual(
      expected.map((e) => e.code),
    );
    for (const e of expected) {
      const li = page.locator(`#growth-takes-list > li[data-id="${e.code}"]`);
      await expect(li, e.name).toHaveAttribute("data-extra", String(e.extra));
      await expect(li, e.name).toHaveAttribute("data-homes", String(e.homes));
      await expect(li.locator(".growth-takes-name"), e.name).toHaveText(e.name);
    }
    // The list sits above the year's table, the button right under the list.
    const listBox = await page.locator("#growth-takes-list").boundingBox();
    const buttonBox = await page.locator("#growth-takes-apply").boundingBox();
    const tableBox = await page.locator("#growth-table").boundingBox();
    expect(listBox && buttonBox && tableBox).toBeTruthy();
    if (listBox && buttonBox && tableBox) {
      expect(buttonBox.y).toBeGreaterThanOrEqual(listBox.y + listBox.height - 1);
      expect(tableBox.y).toBeGreaterThan(buttonBox.y);
    }

    await page.locator("#growth-takes-apply").click();
    await expect(page.locator("#growth-takes-list")).toHaveCount(0);
    await expect(page.locator("#growth-takes-none")).toBeVisible();
    await expect(page.locator("#growth-takes-apply")).toHaveCount(0);
    // The horizon year: no municipality above the signal value, each input holds its figure.
    await expect(page.locator("#growth-year")).toHaveValue(String(N));
    await expect(page.locator("#growth-table tbody td.status-above-signal")).toHaveCount(0);
    for (const e of expected) {
      await expect(page.locator(`#growth-dv-${e.code}`), e.name).toHaveValue(String(e.extra));
    }
    // Borne by hand: 29 of 135 + 5 × 2 = 145 vacated homes, exactly 20,0 %.
    const borneRow = page.locator(`#growth-table tbody tr[data-id="${borne?.code}"]`);
    await expect(borneRow.locator(".growth-vacancies")).toHaveText("145");
    await expect(borneRow.locator(".growth-pct")).toHaveText("20,0%");
    await expect(page.locator("#growth-outcome")).not.toContainText("9 van de 14");

    // One undo step brings all nine back.
    await page.keyboard.press("ControlOrMeta+z");
    await expect(items).toHaveCount(9);
    await expect(page.locator(`#growth-dv-${borne?.code}`)).toHaveValue("");
    await expect(page.locator("#growth-table tbody td.status-above-signal")).toHaveCount(9);
  });

  test("on a 390 px phone the block wraps and does not scroll sideways", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openGrowth(page);
    for (const id of ["#growth-ends", "#growth-takes"]) {
      const block = page.locator(id);
      await block.scrollIntoViewIfNeeded();
      const m = await block.evaluate((el) => ({
        scroll: el.scrollWidth,
        client: el.clientWidth,
        right: el.getBoundingClientRect().right,
        widest: Math.max(...[...el.querySelectorAll("*")].map((c) => c.getBoundingClientRect().right)),
      }));
      expect(m.scroll, `${id} scrollWidth`).toBeLessThanOrEqual(m.client + 1);
      expect(m.right, `${id} right edge`).toBeLessThanOrEqual(390);
      expect(m.widest, `${id} widest child`).toBeLessThanOrEqual(390);
    }
    // The button is reachable and fully on screen.
    const button = await page.locator("#growth-takes-apply").boundingBox();
    expect(button && button.x >= 0 && button.x + button.width <= 390).toBe(true);
  });
});
