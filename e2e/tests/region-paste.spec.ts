// Any region in one paste (issue 15, item 1): a policy officer of another region types the
// parameters first (120 urgent home seekers, minimum 16 %, signal value 22,5 %), then pastes
// a nine-row table copied from Excel into the default Twente scenario: seven CBS
// municipalities of the Amersfoort region and two rows that are none (a district and a
// merged future municipality). The preview marks all nine as new rows instead of rejecting
// them, offers "Maak dit mijn regio", and applying it gives nine results rows in the pasted
// order, with the targets of the households method and the parameters as typed; one undo
// brings Twente back. The same figures typed row by row are checked natively in
// tests/region_paste.rs and core/tests/region_paste.rs.
import type { BrowserContext, Page } from "@playwright/test";
import { expect, gotoApp, test } from "../fixtures";
import { apportion, openParams, openPastePanel, retype } from "../helpers/app";

/** Name, households, vacancies, inflow: the user's order, not alphabetical. */
const ROWS: [string, number, number, number][] = [
  ["Soest", 21035, 290, 40],
  ["Amersfoort", 71875, 1350, 150],
  ["Vathorst-Noord (wijk)", 6200, 95, 12],
  ["Baarn", 11230, 180, 20],
  ["Leusden", 13750, 165, 18],
  ["Eemvallei (fusie 2027)", 14300, 160, 21],
  ["Bunschoten", 8755, 70, 10],
  ["Woudenberg", 5510, 75, 8],
  ["Nijkerk", 18370, 250, 30],
];
const OWN = ["Vathorst-Noord (wijk)", "Eemvallei (fusie 2027)"];

const nl = (n: number) => n.toLocaleString("nl-NL");

/** What Excel puts on the clipboard: tab-separated cells, CRLF line ends. */
const BLOCK =
  [
    ["Gemeente", "Huishoudens", "Vrijkomende woningen", "Instroom"],
    ...ROWS.map(([name, h, v, o]) => [name, nl(h), nl(v), nl(o)]),
  ]
    .map((r) => r.join("\t"))
    .join("\r\n") + "\r\n";

async function pasteLikeAPerson(page: Page, context: BrowserContext): Promise<void> {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(page.url()).origin });
  await page.evaluate((t) => navigator.clipboard.writeText(t), BLOCK);
  const box = await openPastePanel(page);
  await box.click();
  await page.keyboard.press("ControlOrMeta+v");
  await expect(box).toHaveValue(BLOCK.replace(/\r\n/g, "\n"));
}

async function typeParameters(page: Page): Promise<void> {
  await openParams(page);
  await retype(page.locator("#param-urgents"), "120");
  await retype(page.locator("#param-minimum"), "16");
  await retype(page.locator("#param-signal"), "22,5");
}

async function resultNames(page: Page): Promise<string[]> {
  return page.locator("#results-table tbody tr .name").allTextContents();
}

test("a nine-row table of another region becomes the region in one paste, in its order, parameters kept", async ({
  page,
  context,
}) => {
  await gotoApp(page);
  await typeParameters(page);
  await pasteLikeAPerson(page, context);

  // The preview: nine new rows, each marked, the two non-CBS rows said to be the user's own;
  // nothing rejected, and "make this my region" is the action (no "apply" that would add
  // nine rows to Twente).
  const newRows = page.locator("#paste-new li");
  await expect(newRows).toHaveCount(9);
  await expect(page.locator("#paste-new .badge-new")).toHaveCount(9);
  await expect(page.locator("#paste-new .badge-new").first()).toHaveText("nieuw");
  const texts = await newRows.allTextContents();
  ROWS.forEach(([name], i) => expect(texts[i], `preview row ${i + 1}`).toContain(name));
  for (const own of OWN) {
    const line = texts.find((t) => t.includes(own)) ?? "";
    expect(line, own).toContain("eigen rij");
  }
  expect(texts[1]).toContain("CBS-gegevens");
  await expect(page.locator("#paste-rejected li")).toHaveCount(0);
  await expect(page.locator("#paste-apply")).toHaveCount(0);
  const region = page.locator("#paste-region");
  await expect(region).toHaveText("Maak dit mijn regio");
  // The button comes after the list of new rows, and is on screen once scrolled to.
  const listBox = await page.locator("#paste-new").boundingBox();
  const buttonBox = await region.boundingBox();
  expect(listBox && buttonBox && buttonBox.y > listBox.y).toBeTruthy();
  // Nothing has changed yet.
  await expect(page.locator("#results-table tbody tr")).toHaveCount(14);

  await region.click();

  // Nine rows in the pasted order, with the households method's targets for U = 120.
  await expect(page.locator("#results-table tbody tr")).toHaveCount(9);
  expect(await resultNames(page)).toEqual(ROWS.map(([name]) => name));
  const expected = apportion(
    120,
    ROWS.map(([, h]) => h),
  );
  const targets = await page
    .locator("#results-table tbody tr td.target")
    .evaluateAll((cells) => cells.map((c) => Number((c.textContent ?? "").replace(/[.\s]/g, ""))));
  expect(targets).toEqual(expected);
  await expect(page.locator("#total-target")).toHaveText("120");
  // The input table in the same order, the inflow column filled in.
  const inputNames = await page
    .locator("#input-table tbody tr td.cell-name input")
    .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  expect(inputNames).toEqual(ROWS.map(([name]) => name));

  // The parameters typed before are kept.
  await openParams(page);
  await expect(page.locator("#param-urgents")).toHaveValue("120");
  await expect(page.locator("#param-minimum")).toHaveValue("16");
  await expect(page.locator("#param-signal")).toHaveValue("22,5");

  // One undo step brings the fourteen Twente municipalities back, parameters still as typed.
  await page.locator("#undo").click();
  await expect(page.locator("#results-table tbody tr")).toHaveCount(14);
  await expect(page.locator("#param-urgents")).toHaveValue("120");
});

test("a table of the region itself updates it and adds a district as a new row at the end", async ({
  page,
  context,
}) => {
  await gotoApp(page);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(page.url()).origin });
  const block = "Gemeente\tHuishoudens\tVrijkomende woningen\r\nAlmelo\t33.370\t700\r\nEnschede-Zuid (wijk)\t12.000\t200\r\n";
  await page.evaluate((t) => navigator.clipboard.writeText(t), block);
  const box = await openPastePanel(page);
  await box.click();
  await page.keyboard.press("ControlOrMeta+v");

  await expect(page.locator("#paste-changes li")).toHaveCount(1);
  await expect(page.locator("#paste-new li")).toHaveCount(1);
  await expect(page.locator("#paste-new li")).toContainText("Enschede-Zuid (wijk)");
  // Both choices: apply (the default) and make these two rows the region.
  await expect(page.locator("#paste-apply")).toBeEnabled();
  await expect(page.locator("#paste-region")).toBeVisible();
  await page.locator("#paste-apply").click();
  await expect(page.locator("#results-table tbody tr")).toHaveCount(15);
  const names = await resultNames(page);
  expect(names[14]).toBe("Enschede-Zuid (wijk)");
});

test("on a phone the preview's action fits the screen", async ({ page, context }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await gotoApp(page);
  await pasteLikeAPerson(page, context);
  const region = page.locator("#paste-region");
  await region.scrollIntoViewIfNeeded();
  const box = await region.boundingBox();
  expect(box).not.toBeNull();
  expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= 390).toBeTruthy();
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  expect(sideways).toBe(false);
});
