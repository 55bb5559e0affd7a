// Comparing two scenarios on a 390 px phone (issue 15 item 6): the page does not scroll
// sideways, each municipality is a card that stays within the screen, the column headings
// name both scenarios, a totals row closes the table with the sums of the rows, and every
// difference carries its sign. The rows stay a table to assistive technology.
import type { Locator, Page } from "@playwright/test";
import { expect, gotoApp, test } from "../fixtures";
import { retype } from "../helpers/app";
import { expectNoA11yViolations } from "../helpers/axe";
import { word } from "../helpers/words";

const PHONE = { width: 390, height: 844 };
const MINUS = "\u2212";

/** "1.234" → 1234, "+6" → 6, "−11" → −11, "13,4%" → 134 (tenths). */
function number(text: string): number {
  const t = text.trim();
  const digits = t.replace(/[^0-9]/g, "");
  if (digits === "") throw new Error(`no number in "${text}"`);
  return (t.startsWith(MINUS) ? -1 : 1) * Number(digits);
}

async function texts(cells: Locator): Promise<string[]> {
  return cells.evaluateAll((els) => els.map((el) => (el.textContent ?? "").trim()));
}

async function expectNoPageScroll(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const m = await page.evaluate(() => {
    const doc = document.scrollingElement ?? document.documentElement;
    const offenders = [...document.querySelectorAll("#compare *")]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
      .slice(0, 5)
      .map((el) => `<${el.tagName.toLowerCase()} class="${el.className}"> "${(el.textContent ?? "").trim().slice(0, 30)}"`);
    return { scrollWidth: doc.scrollWidth, innerWidth: window.innerWidth, offenders };
  });
  expect(m.innerWidth).toBe(PHONE.width);
  expect(m.scrollWidth, `document.scrollingElement.scrollWidth (sticking out: ${m.offenders.join(", ")})`).toBeLessThanOrEqual(
    m.innerWidth,
  );
}

test("compare two scenarios on a phone: names in the headings, a totals row that adds up, no sideways scroll", async ({
  page,
}) => {
  // Set up on a desktop: a saved scenario with an equal percentage, then the current work
  // pro rata to households with 900 urgent home seekers.
  await gotoApp(page);
  await page.locator("#method-eq").check();
  await page.locator("#saved-panel summary").click();
  await page.locator("#saved-name").fill("Gelijk percentage");
  await page.locator("#saved-save").click();
  await expect(page.locator("#saved-list li[data-saved-id]")).toHaveCount(1);
  await page.locator("#method-hh").check();
  await retype(page.locator("#param-urgents"), "900");

  await page.setViewportSize(PHONE);
  await page.locator("#view-cmp").click();
  await expect(page.locator("#view-cmp")).toHaveAttribute("aria-current", "page");
  await page.locator("#cmp-b").selectOption({ label: "Gelijk percentage" });
  await expect(page.locator("#cmp-summary")).toContainText("14");

  // The headings name both: A the current work in this region, B the saved scenario.
  const headA = page.locator("#cmp-head-a");
  const headB = page.locator("#cmp-head-b");
  await expect(headA).toContainText(word("nl", "page", "compare_current"));
  await expect(headA).toContainText("Twente");
  await expect(headB).toContainText("Gelijk percentage");
  for (const head of [headA, headB]) {
    await expect(head).toBeVisible();
    const box = (await head.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
  }
  // A above B, above the first card.
  const rows = page.locator("#cmp-table tbody tr");
  await expect(rows).toHaveCount(14);
  const [a, b, first] = [await headA.boundingBox(), await headB.boundingBox(), await rows.first().boundingBox()];
  expect(a!.y + a!.height).toBeLessThanOrEqual(b!.y + 1);
  expect(b!.y + b!.height).toBeLessThanOrEqual(first!.y + 1);

  // No sideways scroll: not of the page, not of the table's own box.
  await expectNoPageScroll(page);
  const table = (await page.locator("#cmp-table").boundingBox())!;
  expect(table.x).toBeGreaterThanOrEqual(0);
  expect(table.x + table.width).toBeLessThanOrEqual(PHONE.width);
  const region = page.locator(".table-scroll").filter({ has: page.locator("#cmp-table") });
  const overflow = await region.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);

  // Each row is a card: the name on top, then A's three cells side by side, B's below them.
  const card = rows.first();
  const name = (await card.locator("th").boundingBox())!;
  const aTarget = (await card.locator("td.cmp-a-target").boundingBox())!;
  const aPercent = (await card.locator("td.cmp-a-percent").boundingBox())!;
  const bTarget = (await card.locator("td.cmp-b-target").boundingBox())!;
  expect(name.y + name.height).toBeLessThanOrEqual(aTarget.y + 1);
  expect(Math.abs(aPercent.y - aTarget.y)).toBeLessThanOrEqual(1);
  expect(aPercent.x).toBeGreaterThan(aTarget.x);
  expect(bTarget.y).toBeGreaterThanOrEqual(aTarget.y + aTarget.height - 1);
  for (const box of [name, aTarget, aPercent, bTarget]) expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);

  // The totals row: the sums of the rows, per scenario and of the differences.
  const total = page.locator("#cmp-total");
  await expect(total).toBeVisible();
  for (const cls of ["cmp-a-target", "cmp-b-target", "cmp-diff"]) {
    const column = (await texts(page.locator(`#cmp-table tbody td.${cls}`))).map(number);
    expect(column, cls).toHaveLength(14);
    const sum = column.reduce((x, y) => x + y, 0);
    expect(number(await total.locator(`td.${cls}`).innerText()), cls).toBe(sum);
  }
  await expect(total.locator("td.cmp-a-target")).toHaveText("900");
  await expect(total.locator("td.cmp-b-target")).toHaveText("800");
  await expect(total.locator("td.cmp-diff")).toHaveText(`${MINUS}100`);
  // The totals come last, below every card.
  const lastCard = (await rows.last().boundingBox())!;
  expect((await total.boundingBox())!.y).toBeGreaterThanOrEqual(lastCard.y + lastCard.height - 1);

  // Signs: every difference but zero carries one; points have one decimal like the calculator.
  const persons = await texts(page.locator("#cmp-table td.cmp-diff"));
  const points = await texts(page.locator("#cmp-table td.cmp-diff-points"));
  for (const [p, q] of persons.map((p, i) => [p, points[i]])) {
    for (const s of [p, q]) {
      if (number(s) === 0) expect(s, s).toMatch(/^0(,0)?$/);
      else expect(s, s).toMatch(new RegExp(`^[+${MINUS}]\\d`));
    }
    expect(q, q).toMatch(/,\d$/);
  }
  expect(persons.some((p) => p.startsWith("+"))).toBe(true);
  expect(persons.some((p) => p.startsWith(MINUS))).toBe(true);

  // The column headings are hidden on a phone but stay for assistive technology: still a
  // table of 2 heading rows, 14 municipalities and the totals.
  const columnHeadings = page.locator("#cmp-table thead tr.cmp-cols");
  expect((await columnHeadings.boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);
  await expect(page.getByRole("table", { name: word("nl", "page", "compare_caption") })).toBeVisible();
  await expect(page.locator("#cmp-table").getByRole("row")).toHaveCount(17);
  await expect(page.locator("#cmp-table").getByRole("columnheader", { name: word("nl", "page", "compare_col_target") })).toHaveCount(2);
  await expectNoA11yViolations(page);

  // English: the same layout, the names follow the language.
  await page.locator("#lang-toggle").click();
  await expect(headA).toContainText(word("en", "page", "compare_current"));
  await expect(headB).toContainText("Gelijk percentage");
  await expectNoPageScroll(page);
});
