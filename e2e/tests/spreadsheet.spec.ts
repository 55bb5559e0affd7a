// Spreadsheet journeys: paste a block copied from Excel (through the real clipboard and
// Ctrl+V), preview it, apply it; rejected lines; CSV export (download); copy as a table.
import type { BrowserContext, Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { expect, gotoApp, test } from "../fixtures";
import {
  apportion,
  cell,
  DEFAULT_SUMMARY_NL,
  openPastePanel,
  pctNl,
  resultRow,
  statusNl,
  targetsById,
  WORKED,
} from "../helpers/app";

/** The 14 Twente municipalities with corporations' own vacancy figures (made up for the test). */
const PASTED: [string, string, number, number][] = WORKED.municipalities.map((m) => {
  const vacancies: Record<string, number> = {
    GM0141: 750, GM0147: 140, GM1774: 90, GM0153: 1800, GM0158: 150, GM0163: 200, GM0164: 800,
    GM1735: 190, GM0168: 120, GM0173: 260, GM1742: 210, GM0183: 70, GM1700: 230, GM0189: 110,
  };
  // Almelo's households change too, so targets move as well as percentages.
  const households = m.code === "GM0141" ? 34000 : m.households;
  return [m.code, m.name, households, vacancies[m.code]];
});

const nl = (n: number) => n.toLocaleString("nl-NL");

/** What Excel puts on the clipboard: tab-separated cells, CRLF line ends, a final CRLF. */
function excelBlock(rows: string[][]): string {
  return rows.map((r) => r.join("\t")).join("\r\n") + "\r\n";
}

const BLOCK = excelBlock([
  ["Gemeente", "Huishoudens", "Vrijkomende woningen"],
  ...PASTED.map(([, name, h, v]) => [name, nl(h), nl(v)]),
]);

async function allowClipboard(context: BrowserContext, page: Page): Promise<void> {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(page.url()).origin });
}

/** Put `text` on the system clipboard and paste it into the paste box with Ctrl+V. */
async function pasteWithKeyboard(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  const box = await openPastePanel(page);
  await box.click();
  await page.keyboard.press("ControlOrMeta+v");
  await expect(box).toHaveValue(text.replace(/\r\n/g, "\n"));
}

test.beforeEach(async ({ page }) => {
  await gotoApp(page);
});

test.describe("paste from Excel", () => {
  test("a 14-row block in Dutch notation: preview first, then apply, then undo", async ({ page, context }) => {
    await allowClipboard(context, page);
    await pasteWithKeyboard(page, BLOCK);
    // Pasting a block into the box previews it at once; the button previews again.
    await expect(page.locator("#paste-changes li").first()).toBeVisible();
    await page.locator("#paste-preview").click();

    // The preview lists every municipality that changes, and nothing is rejected.
    const changes = page.locator("#paste-changes li");
    await expect(changes.first()).toBeVisible();
    const changeText = (await changes.allTextContents()).join("\n");
    for (const [, name] of PASTED) expect(changeText, `preview mentions ${name}`).toContain(name);
    expect(changeText).toContain("34.000");
    expect(changeText).toContain("1.800");
    expect(await changes.count()).toBeGreaterThanOrEqual(14);
    await expect(page.locator("#paste-rejected li")).toHaveCount(0);
    // Nothing has changed yet.
    await expect(page.locator("#summary")).toHaveText(DEFAULT_SUMMARY_NL);
    await expect(cell(page, "vac", "GM1774")).toHaveValue("83");
    await expect(page.locator("#undo")).toBeDisabled();

    await page.locator("#paste-apply").click();

    // The inputs hold the pasted figures; typed vacancies are no longer estimates.
    for (const [code, name, h, v] of PASTED) {
      await expect(cell(page, "hh", code), name).toHaveValue(nl(h));
      await expect(cell(page, "vac", code), name).toHaveValue(nl(v));
      await expect(resultRow(page, code).locator(".badge-estimate"), name).toHaveCount(0);
    }
    // The results follow: households method with Almelo's new households.
    const expected = apportion(800, PASTED.map(([, , h]) => h));
    const targets = await targetsById(page);
    PASTED.forEach(([code, name], i) => expect(targets[code], name).toBe(expected[i]));
    for (const [i, [code, name, , v]] of PASTED.entries()) {
      await expect(resultRow(page, code).locator("td.pct"), name).toHaveText(pctNl(expected[i], v));
      await expect(resultRow(page, code).locator("td.status"), name).toContainText(statusNl(expected[i], v));
    }
    await expect(page.locator("#total-target")).toHaveText("800");
    const above = PASTED.filter(([, , , v], i) => expected[i] * 10000 > 2000 * v).length;
    await expect(page.locator("#summary")).toContainText(`${above} van de 14 gemeenten boven de signaalwaarde`);
    await expect(page.locator("#notice")).toContainText("wijzigingen toegepast");

    // One undo step takes the whole paste back.
    await page.locator("#undo").click();
    await expect(page.locator("#summary")).toHaveText(DEFAULT_SUMMARY_NL);
    await expect(cell(page, "vac", "GM1774")).toHaveValue("83");
    await expect(cell(page, "hh", "GM0141")).toHaveValue("33.370");
    await expect(resultRow(page, "GM1774").locator(".badge-estimate")).toHaveText("schatting");
  });

  test("lines that cannot be used are listed as rejected and the rest still applies", async ({ page, context }) => {
    await allowClipboard(context, page);
    // No header row this time; Losser has a decimal count, which a count cannot have.
    const block = excelBlock([
      ["Dinkelland", "10.625", "200"],
      ["Losser", "9.760", "12,5"],
      ["Tubbergen", "8.355", "100"],
    ]);
    await pasteWithKeyboard(page, block);
    await page.locator("#paste-preview").click();
    const rejected = page.locator("#paste-rejected li");
    await expect(rejected).toHaveCount(1);
    await expect(rejected).toContainText("12,5");
    await expect(rejected).toContainText("Vul een heel getal in");
    // SPEC: a validation error names the municipality and the field.
    await expect.soft(rejected, "the rejected line names the municipality").toContainText("Losser");
    await expect(rejected).toContainText("Vrijkomende woningen");
    const changeText = (await page.locator("#paste-changes li").allTextContents()).join("\n");
    expect(changeText).toContain("Dinkelland");
    expect(changeText).toContain("Tubbergen");
    expect(changeText).not.toContain("Losser");

    await page.locator("#paste-apply").click();
    await expect(cell(page, "vac", "GM1774")).toHaveValue("200");
    await expect(cell(page, "vac", "GM0183")).toHaveValue("100");
    await expect(cell(page, "vac", "GM0168")).toHaveValue("115");
    await expect(resultRow(page, "GM1774").locator("td.pct")).toHaveText("15,0%");
    await expect(resultRow(page, "GM0183").locator("td.pct")).toHaveText("23,0%");
    await expect(resultRow(page, "GM0168").locator("td.pct")).toHaveText("23,5%");
    await expect(page.locator("#stale-notice")).toHaveCount(0);
  });

  test("a block that changes nothing says so", async ({ page }) => {
    const box = await openPastePanel(page);
    await box.pressSequentially("Gemeente\tHuishoudens\nAlmelo\t33.370\nBorne\t10.300\n");
    await page.locator("#paste-preview").click();
    await expect(page.locator("#paste-changes li")).toHaveCount(0);
    await expect(page.locator("body")).toContainText("Er is niets te wijzigen.");
    await expect(page.locator("#summary")).toHaveText(DEFAULT_SUMMARY_NL);
  });
});

test.describe("export and copy", () => {
  test("CSV download: semicolons, UTF-8 BOM, Dutch decimals", async ({ page }) => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#export-csv").click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)], "UTF-8 byte order mark").toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString("utf8");
    const lines = text.split(/\r?\n/).filter((l) => l.length > 0);
    expect(lines[0]).toContain(";");
    const almelo = lines.find((l) => l.startsWith("Almelo;"));
    expect(almelo, "a line for Almelo").toBeDefined();
    expect(almelo).toContain("Almelo;GM0141;33370;695;");
    expect(almelo).toContain("13,4");
    // One line per municipality, each with as many fields as the header.
    const fields = lines[0].split(";").length;
    for (const m of WORKED.municipalities) {
      const line = lines.find((l) => l.startsWith(`${m.name};${m.code};`));
      expect(line, `line for ${m.name}`).toBeDefined();
      expect(line!.split(";"), `fields for ${m.name}`).toHaveLength(fields);
      expect(line).toContain(`;${m.households_pct_1dp.replace(".", ",")}`);
    }
  });

  test("CSV export follows edits", async ({ page }) => {
    await page.locator("#in-vac-GM1774").fill("200");
    await page.locator("#in-vac-GM1774").press("Tab");
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#export-csv").click()]);
    const text = readFileSync(await download.path(), "utf8");
    const line = text.split(/\r?\n/).find((l) => l.startsWith("Dinkelland;"));
    expect(line).toContain("Dinkelland;GM1774;10625;200;");
    expect(line).toContain("15,0");
  });

  test("copy as table puts tab-separated rows on the clipboard", async ({ page, context }) => {
    await allowClipboard(context, page);
    await page.evaluate(() => navigator.clipboard.writeText(""));
    await page.locator("#copy-table").click();
    await expect(page.locator("body")).toContainText("Gekopieerd.");
    const text = await page.evaluate(() => navigator.clipboard.readText());
    const lines = text.split(/\r?\n/).filter(Boolean);
    expect(lines.length).toBeGreaterThanOrEqual(15);
    const almelo = lines.find((l) => l.startsWith("Almelo\t"));
    expect(almelo, "a row for Almelo").toBeDefined();
    expect(almelo).toContain("\t93\t");
    expect(almelo).toContain("13,4");
  });
});
