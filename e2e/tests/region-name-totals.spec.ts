// Issue 15 items 2 and 3. A region of nine municipalities outside Twente, built in one paste
// in the region builder and named "Regio Voorbeeld": the heading, the document title, the
// subtitle, the summary, the results caption and the urgents help carry its name and never
// "Twente" (Twente's own wording comes back with Twente). Under the statutory fallback the
// results table's region row says what the summary says, in the same sentence: for U = 10
// the minimum places (the row's "Urgenten per jaar") exceed U, so all 10 are housed and the
// rest of the places stay unused; for U = 800 they fall short and the rest are not housed.
import type { Page } from "@playwright/test";
import { expect, gotoApp, test } from "../fixtures";
import { openBuilder, openParams, retype } from "../helpers/app";

const NINE = ["Zwolle", "Deventer", "Apeldoorn", "Kampen", "Zutphen", "Raalte", "Olst-Wijhe", "Dalfsen", "Ommen"];
const NAME = "Regio Voorbeeld";
const ROWS = "#results-table tbody tr";


/** Build "Regio Voorbeeld" from a pasted list of nine names and make it the scenario. */
async function buildVoorbeeld(page: Page): Promise<void> {
  await gotoApp(page);
  await openBuilder(page);
  await page.locator("#region-clear").click();
  await page.locator("#region-paste").fill(NINE.join("\n"));
  await page.locator("#region-paste-add").click();
  await expect(page.locator("#region-selected .region-chip")).toHaveCount(9);
  await page.locator("#region-name").fill(NAME);
  await page.locator("#region-apply").click();
  await expect(page.locator(ROWS)).toHaveCount(9);
}

/** The figures of a text in reading order ("10", "1.234", "37,1%"), as tests/common does. */
function figures(text: string): string[] {
  return [...text.matchAll(/\d[\d.,]*%?/g)].map((m) => m[0].replace(/[.,]+$/, ""));
}

/** A count in Dutch notation (thousands with a dot). */
function nl(n: number): string {
  return n.toLocaleString("nl-NL");
}

function count(text: string): number {
  return Number(text.replace(/\D/g, ""));
}

/** Check that the region's name, and not Twente, is on the page's frame and texts. */
async function expectNamed(page: Page, title: string): Promise<void> {
  await expect(page.locator("h1")).toHaveText(title);
  await expect.poll(() => page.title()).toBe(title);
  for (const id of ["#subtitle", "#summary", "#results-caption"]) {
    await expect(page.locator(id), id).toContainText(NAME);
  }
  for (const id of ["h1", "#subtitle", "#summary", "#results-caption", "#param-urgents-help", "#results-table"]) {
    await expect(page.locator(id).first(), id).not.toContainText("Twente");
  }
  expect(await page.title()).not.toContain("Twente");
}

for (const width of [1366, 390]) {
  test(`another region's own name in the heading and title, never Twente (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 1024 });
    test.slow();
    await buildVoorbeeld(page);
    await expectNamed(page, `Evenwichtige Verdeling ${NAME}`);
    // The heading is the page's first line, on screen and within its width.
    const h1 = await page.locator("h1").boundingBox();
    const summary = await page.locator("#summary").boundingBox();
    expect(h1 && summary).toBeTruthy();
    expect(h1!.y).toBeLessThan(summary!.y);
    expect(h1!.x).toBeGreaterThanOrEqual(0);
    expect(h1!.x + h1!.width).toBeLessThanOrEqual(width + 1);

    // In English too.
    await page.locator("#lang-toggle").click();
    await expectNamed(page, `Balanced Distribution ${NAME}`);
    await page.locator("#lang-toggle").click();
    await expect(page.locator("h1")).toHaveText(`Evenwichtige Verdeling ${NAME}`);

    // Undo brings Twente back, with its own words.
    await page.locator("#undo").click();
    await expect(page.locator(ROWS)).toHaveCount(14);
    await expect(page.locator("h1")).toHaveText("Evenwichtige Verdeling Twente");
    await expect.poll(() => page.title()).toBe("Evenwichtige Verdeling Twente");
    await expect(page.locator("#param-urgents-help")).toContainText("Twente");
  });
}

/** Read the region row and the summary under the fallback with `urgents`, and check they agree. */
async function expectRowEqualsSummary(page: Page, urgents: number, width: number): Promise<void> {
  await retype(page.locator("#param-urgents"), nl(urgents));
  await expect(page.locator("#summary")).toContainText(`${nl(urgents)} urgenten`);
  const target = page.locator("#total-target");
  const outcome = page.locator("#total-outcome");
  await expect(outcome).toBeVisible();
  const places = count(await target.innerText());
  const sentence = (await outcome.innerText()).trim();
  const summary = (await page.locator("#summary").innerText()).trim();
  // The summary ends with the region row's sentence, word for word.
  expect(summary.endsWith(sentence), `${summary}\n${sentence}`).toBe(true);
  // Its figures: all U housed and the places beyond U unused, or the places housed and the
  // rest of U not housed. The row's target (ΣF) is among them.
  const expected =
    places >= urgents ? [nl(urgents), nl(places), nl(places - urgents)] : [nl(places), nl(urgents), nl(urgents - places)];
  expect(figures(sentence)).toEqual(expected);
  // One word for those not housed: the table has no "niet geplaatst".
  await expect(page.locator("#results-table")).not.toContainText("geplaatst");
  // The sentence is in the region row (the table's foot), below its figures, on screen.
  const row = await page.locator("#results-table tfoot tr").boundingBox();
  const line = await outcome.boundingBox();
  const figure = await target.boundingBox();
  expect(row && line && figure).toBeTruthy();
  expect(line!.y).toBeGreaterThanOrEqual(row!.y - 1);
  expect(line!.y + line!.height).toBeLessThanOrEqual(row!.y + row!.height + 1);
  expect(line!.y).toBeGreaterThanOrEqual(figure!.y - 1);
  expect(line!.x).toBeGreaterThanOrEqual(0);
  expect(line!.x + line!.width).toBeLessThanOrEqual(width + 1);
}

for (const width of [1366, 390]) {
  test(`statutory fallback: the region row says what the summary says, U = 10 and U = 800 (${width} px)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 1024 });
    test.slow();
    await buildVoorbeeld(page);
    await openParams(page);
    await page.locator('label[for="method-min"]').click();
    await expect(page.locator("#method-min")).toBeChecked();
    await expectRowEqualsSummary(page, 10, width);
    await expectRowEqualsSummary(page, 800, width);
    // The region row's sentence wraps in its cell: the table needs no sideways scrolling.
    const overflow = await page
      .locator("#results .table-scroll")
      .evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
  });
}

test("households with a cap: everyone housed is said, in the row and the summary", async ({ page }) => {
  await gotoApp(page);
  await openParams(page);
  await page.locator('label[for="method-cap"]').click();
  await expect(page.locator("#method-cap")).toBeChecked();
  // Twente, U = 800 fits under the 20 % cap: the row says all 800 are housed.
  const outcome = page.locator("#total-outcome");
  await expect(outcome).toBeVisible();
  const sentence = (await outcome.innerText()).trim();
  expect(figures(sentence)).toEqual(["800"]);
  await expect(page.locator("#summary")).toContainText(sentence);
  // Far more than fits: some are not housed, and the row says how many.
  await retype(page.locator("#param-urgents"), "2.000");
  await expect(outcome).not.toHaveText(sentence);
  const placed = count(await page.locator("#total-target").innerText());
  const more = (await outcome.innerText()).trim();
  expect(figures(more)).toEqual([nl(placed), "2.000", nl(2000 - placed)]);
  await expect(page.locator("#summary")).toContainText(more);
});
