// Half-yearly monitoring journeys (SPEC "Half-yearly monitoring", afspraak 4): paste two
// half-years for the 14 Twente municipalities from Excel and see the flags above the signal
// value, the agenda items for the administrative consultation and the evaluation date;
// wrong periods; typing figures (a bad value stays with its message); undo; the chart by
// keyboard and its table twin; CSV export and import; axe-core with zero violations.
import type { BrowserContext, Page } from "@playwright/test";
import { readFileSync, writeFileSync } from "node:fs";
import { expect, gotoApp, test } from "../fixtures";
import { expectNoA11yViolations } from "../helpers/axe";
import { captureScreenshots } from "../helpers/screenshots";

/** Name, then per half-year applications, granted, housed, allocations, suitably (the same
 *  figures as core/tests/monitoring_codec.rs). */
const TWENTE: [string, string, number[], number[]][] = [
  ["GM0141", "Almelo", [110, 70, 49, 350, 40], [120, 75, 56, 350, 50]],
  ["GM0147", "Borne", [30, 20, 15, 70, 15], [33, 21, 16, 70, 14]],
  ["GM1774", "Dinkelland", [20, 12, 9, 40, 9], [18, 10, 7, 40, 7]],
  ["GM0153", "Enschede", [1250, 160, 120, 850, 101], [1300, 170, 140, 850, 126]],
  ["GM0158", "Haaksbergen", [25, 15, 12, 65, 12], [28, 17, 14, 65, 13]],
  ["GM0163", "Hellendoorn", [36, 22, 17, 95, 15], [31, 19, 15, 95, 15]],
  ["GM0164", "Hengelo", [130, 80, 60, 365, 52], [120, 72, 55, 365, 48]],
  ["GM1735", "Hof van Twente", [40, 25, 19, 90, 17], [41, 26, 20, 90, 19]],
  ["GM0168", "Losser", [24, 14, 11, 60, 10], [20, 12, 9, 60, 9]],
  ["GM0173", "Oldenzaal", [43, 27, 20, 125, 18], [39, 24, 18, 125, 16]],
  ["GM1742", "Rijssen-Holten", [38, 23, 18, 95, 18], [35, 21, 16, 95, 14]],
  ["GM0183", "Tubbergen", [15, 9, 7, 30, 6], [17, 10, 8, 30, 8]],
  ["GM1700", "Twenterand", [36, 22, 17, 110, 15], [38, 23, 18, 110, 17]],
  ["GM0189", "Wierden", [22, 13, 10, 50, 10], [24, 14, 11, 50, 9]],
];

const nl = (n: number) => n.toLocaleString("nl-NL");

/** What Excel puts on the clipboard: tab-separated cells, CRLF line ends, a final CRLF. */
const BLOCK =
  [
    ["Periode", "Gemeente", "Aanvragen", "Toegekend", "Gehuisvest", "Toewijzingen", "Passend"],
    ...TWENTE.map(([, name, h1]) => ["2026-H1", name, ...h1.map(nl)]),
    ...TWENTE.map(([, name, , h2]) => ["2026-H2", name, ...h2.map(nl)]),
  ]
    .map((r) => r.join("\t"))
    .join("\r\n") + "\r\n";

async function openMonitoring(page: Page): Promise<void> {
  await gotoApp(page);
  await page.locator("#view-mon").click();
  await expect(page.locator("#mon-heading")).toBeVisible();
}

async function openPaste(page: Page) {
  const panel = page.locator("#mon-paste-panel");
  if (!(await panel.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await panel.locator("summary").click();
  }
  const box = page.locator("#mon-paste-input");
  await expect(box).toBeVisible();
  return box;
}

async function pasteFromExcel(page: Page, context: BrowserContext, text: string): Promise<void> {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(page.url()).origin });
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  const box = await openPaste(page);
  await box.click();
  await page.keyboard.press("ControlOrMeta+v");
  await expect(box).toHaveValue(text.replace(/\r\n/g, "\n"));
}

async function pasteTwoHalfYears(page: Page, context: BrowserContext): Promise<void> {
  await pasteFromExcel(page, context, BLOCK);
  // Pasting previews at once; nothing changes before "Overnemen".
  await expect(page.locator("#mon-paste-changes li")).toHaveCount(28);
  await expect(page.locator("#mon-paste-rejected li")).toHaveCount(0);
  await expect(page.locator("#mon-results-table")).toHaveCount(0);
  await page.locator("#mon-paste-apply").click();
  await expect(page.locator("#mon-notice")).toContainText("28 regels overgenomen");
}

/** The results row of a municipality. */
const resultRow = (page: Page, id: string) => page.locator(`#mon-results-table tbody tr[data-id="${id}"]`);

test.beforeEach(async ({ page }) => {
  await openMonitoring(page);
});

test("an empty monitoring view is accessible and explains what to do", async ({ page }) => {
  await expect(page.locator("#mon-summary")).toContainText("Nog geen monitoringcijfers");
  await expect(page.locator("#mon-evaluation-date")).toContainText("volgt uit het eerste halfjaar");
  await expectNoA11yViolations(page);
});

test("wrong half-years get a clear message; a good one opens an empty entry table", async ({ page }) => {
  const input = page.locator("#mon-new-period");
  for (const [text, message] of [
    ["2026-H3", "‘2026-H3’ is geen halfjaar: een jaar heeft alleen H1 (januari–juni) en H2 (juli–december)."],
    ["26-H1", "‘26-H1’ is geen halfjaar. Schrijf het jaar voluit met vier cijfers"],
  ]) {
    await input.fill(text);
    await input.press("Enter");
    await expect(page.locator("#mon-new-period-error")).toContainText(message);
    await expect(input).toHaveAttribute("aria-invalid", "true");
    await expect(input).toHaveValue(text);
  }
  await input.fill("2026-h1");
  await page.locator("#mon-add-period").click();
  await expect(page.locator("#mon-new-period-error")).toHaveCount(0);
  await expect(page.locator("#mon-period")).toHaveValue("2026-H1");
  await expect(page.locator("#mon-entry-table tbody tr")).toHaveCount(14);
  await expect(page.locator("#mon-in-housed-GM0141")).toHaveValue("");
  await expect(page.locator("#mon-in-housed-GM0141")).toHaveAttribute("inputmode", "numeric");
  await expectNoA11yViolations(page);
});

test("paste two half-years for the 14 municipalities: flags, agenda and evaluation date", async ({ page, context }) => {
  await pasteTwoHalfYears(page, context);

  // Three years after the start of 2026-H1.
  await expect(page.locator("#mon-evaluation-date")).toHaveText("1 januari 2029, drie jaar na het begin van 2026-H1");
  // The latest half-year is shown.
  await expect(page.locator("#mon-period")).toHaveValue("2026-H2");
  await expect(page.locator("#mon-summary")).toContainText(
    "5 gemeenten boven de signaalwaarde van 20%: Borne, Haaksbergen, Hof van Twente, Tubbergen en Wierden.",
  );
  await expect(page.locator("#mon-summary")).toContainText(
    "Borne, Hof van Twente en Tubbergen zitten voor het tweede halfjaar op rij erboven: agendapunt voor het bestuurlijk overleg.",
  );
  const agenda = page.locator("#mon-agenda li");
  await expect(agenda).toHaveCount(3);
  await expect(agenda.nth(0)).toContainText("Borne: boven de signaalwaarde in 2026-H1 (21,4%) en 2026-H2 (22,9%)");

  // Results 2026-H2: the flags in words, not only colour.
  await expect(resultRow(page, "GM0147")).toContainText("22,9%");
  await expect(resultRow(page, "GM0147")).toContainText(
    "boven de signaalwaarde (2e halfjaar op rij) ▲▲ agendapunt bestuurlijk overleg",
  );
  await expect(resultRow(page, "GM0189")).toContainText("boven de signaalwaarde (1e halfjaar)");
  await expect(resultRow(page, "GM0189")).not.toContainText("agendapunt");
  await expect(resultRow(page, "GM0173")).toContainText("onder het minimum");
  // Cumulative against the households horizon: Enschede 260 housed, horizon 223.
  await expect(resultRow(page, "GM0153")).toContainText("+37 voor");
  await expect(resultRow(page, "GM1774")).toContainText("−13 achter");
  await expect(resultRow(page, "GM0141")).toContainText("89,3% (50 / 56)");
  await expect(page.locator("#mon-results-total")).toContainText("16,8%");

  // 2026-H1: the first half-year above is not yet an agenda item.
  await page.locator("#mon-period").selectOption("2026-H1");
  await expect(resultRow(page, "GM0147")).toContainText("21,4%");
  await expect(resultRow(page, "GM0147")).not.toContainText("agendapunt");
  await expect(page.locator("#mon-in-alloc-GM0153")).toHaveValue("850");
  await expect(page.locator("#mon-in-app-GM0153")).toHaveValue("1.250");

  // The overview of all half-years.
  await expect(page.locator('#mon-overview-table tr[data-id="GM0183"]')).toContainText("26,7% ▲▲ agendapunt");

  await expectNoA11yViolations(page);
  await captureScreenshots(page, "monitoring");
});

test("typing figures: a bad value stays with its message, a good one recalculates, undo", async ({ page, context }) => {
  await pasteTwoHalfYears(page, context);
  await page.locator("#mon-period").selectOption("2026-H1");
  const housed = page.locator("#mon-in-housed-GM0141");
  await expect(resultRow(page, "GM0141")).toContainText("14,0%");

  await housed.fill("4,5");
  await housed.press("Tab");
  await expect(housed).toHaveValue("4,5");
  await expect(housed).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#mon-in-housed-GM0141-error")).toContainText("Vul een heel getal in");
  await expect(resultRow(page, "GM0141")).toContainText("14,0%");

  await housed.fill("70");
  await housed.press("Tab");
  await expect(page.locator("#mon-in-housed-GM0141-error")).toHaveCount(0);
  await expect(resultRow(page, "GM0141")).toContainText("20,0%");

  // Dutch thousands dots are accepted; more housed than allocations is named.
  await housed.fill("1.000");
  await housed.press("Tab");
  await expect(page.locator("#mon-problems")).toContainText(
    "2026-H1, Almelo: meer urgenten gehuisvest dan er woningen zijn toegewezen.",
  );
  await expect(housed).toHaveValue("1.000");

  await page.locator("#mon-undo").click();
  await expect(housed).toHaveValue("70");
  await expect(page.locator("#mon-problems")).toHaveCount(0);
  await page.locator("#mon-undo").click();
  await expect(housed).toHaveValue("49");
  await expect(resultRow(page, "GM0141")).toContainText("14,0%");
});

test("the chart is one Tab stop with arrow keys, and has a table twin", async ({ page, context }) => {
  await pasteTwoHalfYears(page, context);
  await page.locator("#mon-series").selectOption("GM0183");
  const bars = page.locator(".mon-bars > g");
  await expect(bars).toHaveCount(2);
  await expect(page.locator('.mon-bars > g[tabindex="0"]')).toHaveCount(1);
  await bars.first().focus();
  await expect(page.locator("#mon-chart-details")).toContainText("Tubbergen, 2026-H1: 23,3%");
  await page.keyboard.press("ArrowRight");
  await expect(bars.nth(1)).toBeFocused();
  await expect(page.locator("#mon-chart-details")).toContainText(
    "Tubbergen, 2026-H2: 26,7% (8 gehuisvest van 30 toewijzingen), boven de signaalwaarde — agendapunt bestuurlijk overleg",
  );
  await page.keyboard.press("Home");
  await expect(bars.nth(0)).toBeFocused();

  await page.locator("#mon-chart-toggle").click();
  const twin = page.locator("#mon-chart-table tbody tr");
  await expect(twin).toHaveCount(2);
  await expect(twin.nth(1)).toContainText("26,7%");
  await expect(twin.nth(1)).toContainText("agendapunt bestuurlijk overleg");
  await expectNoA11yViolations(page);
});

test("CSV export and import with the spreadsheet habits of the main table", async ({ page, context }, testInfo) => {
  await pasteTwoHalfYears(page, context);
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#mon-export-csv").click()]);
  expect(download.suggestedFilename()).toBe("monitoring.csv");
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)], "UTF-8 byte order mark").toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString("utf8").split("\r\n").filter(Boolean);
  expect(lines[0]).toBe("periode;gemeente;code;aanvragen;toegekend;gehuisvest;toewijzingen;passend");
  expect(lines).toHaveLength(29);
  expect(lines).toContain("2026-H1;Enschede;GM0153;1250;160;120;850;101");
  expect(lines).toContain("2026-H2;Borne;GM0147;33;21;16;70;14");

  // A Dutch Excel CSV with a changed figure, a new half-year and two bad lines.
  const file = testInfo.outputPath("monitoring-import.csv");
  writeFileSync(
    file,
    "\ufeffperiode;gemeente;code;aanvragen;toegekend;gehuisvest;toewijzingen;passend\r\n" +
      "2026-H2;Borne;GM0147;33;21;12;70;12\r\n" +
      "2027-H1;Wierden;GM0189;20;12;9;50;9\r\n" +
      "2026-H3;Losser;GM0168;1;1;1;10;1\r\n" +
      "2027-H1;Amsterdam;GM0363;1;1;1;10;1\r\n",
  );
  await page.locator("#mon-import-csv").setInputFiles(file);
  await expect(page.locator("#mon-paste-changes li")).toHaveCount(2);
  await expect(page.locator("#mon-paste-changes")).toContainText("2026-H2, Borne: gehuisvest 16 → 12, passend 14 → 12");
  const rejected = page.locator("#mon-paste-rejected li");
  await expect(rejected).toHaveCount(2);
  await expect(rejected.nth(0)).toContainText("Regel 4 (Losser)");
  await expect(rejected.nth(0)).toContainText("‘2026-H3’ is geen halfjaar");
  await expect(rejected.nth(1)).toContainText("Regel 5 (2027-H1, Amsterdam)");
  await page.locator("#mon-paste-apply").click();
  await expect(page.locator("#mon-period")).toHaveValue("2027-H1");
  await page.locator("#mon-period").selectOption("2026-H2");
  await expect(resultRow(page, "GM0147")).toContainText("17,1%");
  await expect(resultRow(page, "GM0147")).not.toContainText("agendapunt");
});

test("typed text and an added half-year survive switching views", async ({ page }) => {
  await page.locator("#mon-new-period").fill("2027-H1");
  await page.locator("#mon-add-period").click();
  const cell = page.locator("#mon-in-housed-GM0141");
  await cell.fill("12a");
  await cell.press("Tab");
  await page.locator("#view-calc").click();
  await expect(page.locator("#results")).toBeVisible();
  await page.locator("#view-mon").click();
  await expect(page.locator("#mon-period")).toHaveValue("2027-H1");
  await expect(page.locator("#mon-in-housed-GM0141")).toHaveValue("12a");
  await expect(page.locator("#mon-in-housed-GM0141")).toHaveAttribute("aria-invalid", "true");
});

test("the monitoring figures travel in the link and reproduce in a fresh browser", async ({ page, context, browser, guard }) => {
  await pasteTwoHalfYears(page, context);
  await expect(page.locator("#mon-evaluation-date")).toHaveText("1 januari 2029, drie jaar na het begin van 2026-H1");
  const agenda = await page.locator("#mon-agenda").innerText();
  const overview = await page.locator("#mon-overview-table").innerText();
  await expect.poll(() => new URL(page.url()).hash).toContain("M=2026h2");
  const hash = new URL(page.url()).hash;
  expect(hash).toContain("v=mon");

  const fresh = await browser.newContext({ locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
  await guard.attach(fresh);
  const other = await fresh.newPage();
  await gotoApp(other, `/${hash}`);
  await expect(other.locator("#view-mon")).toHaveAttribute("aria-current", "page");
  await expect(other.locator("#mon-evaluation-date")).toHaveText("1 januari 2029, drie jaar na het begin van 2026-H1");
  expect(await other.locator("#mon-agenda").innerText()).toBe(agenda);
  expect(await other.locator("#mon-overview-table").innerText()).toBe(overview);
  await fresh.close();
});
