// Calculator journeys (issue 4): the default Twente figures, editing a cell, switching the
// method, invalid input that keeps the last result, undo/redo, adding and removing a
// municipality, sorting, "Hoe berekend?", the language switch and print.
// The guard fixture checks every test for console errors, failed and foreign requests.
import { expect, gotoApp, test } from "../fixtures";
import {
  apportion,
  cell,
  DEFAULT_SUMMARY_EN,
  DEFAULT_SUMMARY_NL,
  pctNl,
  resultRow,
  retype,
  rowOrder,
  STATUS_EN,
  STATUS_NL,
  statusNl,
  targetsById,
  WORKED,
} from "../helpers/app";

const DINKELLAND = "GM1774";
const ALMELO = "GM0141";
const ENSCHEDE = "GM0153";
const TUBBERGEN = "GM0183";

test.beforeEach(async ({ page }) => {
  await gotoApp(page);
});

test.describe("default scenario", () => {
  test("shows the worked example of SPEC.md exactly", async ({ page }) => {
    await expect(page.locator("#summary")).toHaveText(DEFAULT_SUMMARY_NL);
    await expect(page.locator("#results-table tbody tr")).toHaveCount(14);
    for (const m of WORKED.municipalities) {
      const row = resultRow(page, m.code);
      await expect(row.locator("td.target"), m.name).toHaveText(String(m.households_target));
      await expect(row.locator("td.pct"), m.name).toHaveText(`${m.households_pct_1dp.replace(".", ",")}%`);
      await expect(row.locator("td.status"), m.name).toContainText(STATUS_NL[m.households_status]);
      // Vacancies are estimated (corporation homes × 6,0 %) and marked as such.
      await expect(row.locator(".badge-estimate"), m.name).toHaveText("schatting");
      await expect(cell(page, "vac", m.code), m.name).toHaveValue(m.vacancies_estimate.toLocaleString("nl-NL"));
      await expect(cell(page, "hh", m.code), m.name).toHaveValue(m.households.toLocaleString("nl-NL"));
    }
    await expect(page.locator("#total-target")).toHaveText("800");
    await expect(page.locator("#undo")).toBeDisabled();
    await expect(page.locator("#redo")).toBeDisabled();
    await expect(page.locator("#method-hh")).toBeChecked();
  });
});

test.describe("editing a cell", () => {
  test("Dinkelland's vacancies 83 → 200 changes its percentage, status and the summary", async ({ page }) => {
    const row = resultRow(page, DINKELLAND);
    const vac = cell(page, "vac", DINKELLAND);
    await expect(vac).toHaveValue("83");
    await expect(row.locator("td.pct")).toHaveText("36,1%");
    await expect(row.locator("td.status")).toContainText("boven de signaalwaarde");
    await expect(vac.locator("xpath=..").locator(".badge-estimate")).toHaveText("schatting");

    await retype(vac, "200");

    await expect(vac).toHaveValue("200");
    // 30 / 200 = 15,0 %: exactly the minimum, so within range.
    await expect(row.locator("td.target")).toHaveText("30");
    await expect(row.locator("td.pct")).toHaveText("15,0%");
    await expect(row.locator("td.status")).toContainText("binnen de bandbreedte");
    // A typed value replaces the estimate: no badge any more, in the input or the results.
    await expect(vac.locator("xpath=..").locator(".badge-estimate")).toHaveCount(0);
    await expect(row.locator(".badge-estimate")).toHaveCount(0);
    // Pooled fallback: Dinkelland's minimum ⌈15 % × 200⌉ = 30 instead of 13 → 741 housed.
    await expect(page.locator("#summary")).toHaveText(
      "Bij een verdeling naar rato van huishoudens komen in Twente 8 van de 14 gemeenten boven de signaalwaarde van 20%: " +
        "Tubbergen (37,1%), Wierden (27,2%), Hof van Twente (23,8%), Losser (23,5%), Hellendoorn (22,1%), " +
        "Haaksbergen (21,8%), Rijssen-Holten (21,6%) en Borne (21,5%). " +
        "Almelo (13,4%) en Enschede (13,4%) blijven onder het wettelijk minimum van 15%; 4 gemeenten zitten daartussen. " +
        "Met alleen het wettelijk minimum worden 741 van de 800 urgenten gehuisvest; 59 worden niet gehuisvest.",
    );
    await expect(page.locator("#stale-notice")).toHaveCount(0);
    await expect(page.locator("#undo")).toBeEnabled();
  });

  test("Dutch thousands notation is accepted in a cell", async ({ page }) => {
    const hh = cell(page, "hh", ALMELO);
    await retype(hh, "66.740");
    // Almelo's households doubled: 800 × 66.740 / 319.000 by largest remainders.
    const weights = WORKED.municipalities.map((m) => (m.code === ALMELO ? 66740 : m.households));
    const expected = apportion(800, weights);
    const targets = await targetsById(page);
    WORKED.municipalities.forEach((m, i) => expect(targets[m.code], m.name).toBe(expected[i]));
    await expect(resultRow(page, ALMELO).locator("td.pct")).toHaveText(pctNl(expected[0], 695));
    await expect(resultRow(page, ALMELO).locator("td.status")).toContainText(statusNl(expected[0], 695));
    await expect(hh).toHaveValue("66.740");
    await expect(page.locator("#total-target")).toHaveText("800");
  });
});

test.describe("methods", () => {
  test("equal percentage: Almelo 117, every municipality within range", async ({ page }) => {
    await page.locator('label[for="method-eq"]').click();
    await expect(page.locator("#method-eq")).toBeChecked();
    await expect(resultRow(page, ALMELO).locator("td.target")).toHaveText("117");
    const targets = await targetsById(page);
    for (const m of WORKED.municipalities) expect(targets[m.code], m.name).toBe(m.equal_pct_target);
    await expect(page.locator("#total-target")).toHaveText("800");
    for (const m of WORKED.municipalities) {
      await expect(resultRow(page, m.code).locator("td.status"), m.name).toContainText("binnen de bandbreedte");
    }
    await expect(page.locator("#summary")).toContainText("Bij een gelijk percentage in elke gemeente");
    await expect(page.locator("#summary")).toContainText("geen van de 14 gemeenten boven de signaalwaarde");
  });

  test("households with a cap of 20 % and the statutory fallback match the worked example", async ({ page }) => {
    await page.locator('label[for="method-cap"]').click();
    await expect(page.locator("#method-cap")).toBeChecked();
    await expect(resultRow(page, ALMELO).locator("td.target")).toHaveText("104");
    let targets = await targetsById(page);
    for (const m of WORKED.municipalities) expect(targets[m.code], `cap: ${m.name}`).toBe(m.capped_target);
    await expect(page.locator("#summary")).toContainText("Naar rato van huishoudens met een plafond van 20%");

    await page.locator('label[for="method-min"]').click();
    await expect(page.locator("#method-min")).toBeChecked();
    await expect(resultRow(page, ALMELO).locator("td.target")).toHaveText("105");
    targets = await targetsById(page);
    for (const m of WORKED.municipalities) expect(targets[m.code], `fallback: ${m.name}`).toBe(m.fallback_minimum);
    await expect(page.locator("#total-target")).toHaveText("724");
    await expect(page.locator("#summary")).toContainText("In het wettelijk terugvalscenario");
    await expect(page.locator("#summary")).toContainText("724 van de 800 urgenten gehuisvest; 76 worden niet gehuisvest.");
  });

  test("home municipality needs the inflow column; filling it in makes it available", async ({ page }) => {
    await page.locator('label[for="method-wp"]').click();
    await expect(page.locator("#method-wp")).toBeChecked();
    // Unavailable: a message that names the column, never a silent zero; last result stays.
    await expect(page.locator("#problems")).toContainText("Instroom naar woonplaats");
    await expect(page.locator("#stale-notice")).toBeVisible();
    await expect(resultRow(page, ALMELO).locator("td.target")).toHaveText("93");

    await page.locator("#toggle-optional").click();
    await expect(page.locator("#toggle-optional")).toHaveAttribute("aria-pressed", "true");
    await retype(cell(page, "origin", ALMELO), "100");
    await retype(cell(page, "origin", ENSCHEDE), "300");
    // Blanks in a given column count as 0: 800 split 1 : 3.
    await expect(page.locator("#problems")).toHaveCount(0);
    await expect(page.locator("#stale-notice")).toHaveCount(0);
    await expect(resultRow(page, ALMELO).locator("td.target")).toHaveText("200");
    await expect(resultRow(page, ENSCHEDE).locator("td.target")).toHaveText("600");
    await expect(resultRow(page, DINKELLAND).locator("td.target")).toHaveText("0");
    await expect(page.locator("#summary")).toContainText("Volgens het woonplaatsbeginsel");
  });
});

test.describe("invalid input", () => {
  test("12,5 households: message at the cell, the text stays, the last result stays", async ({ page }) => {
    const hh = cell(page, "hh", ALMELO);
    const row = resultRow(page, ALMELO);
    await hh.fill("12,5");
    await expect(hh).toHaveAttribute("aria-invalid", "true");
    const error = hh.locator("xpath=..").locator(".error");
    await expect(error).toContainText("Vul een heel getal in");
    // The message is tied to the input for screen readers.
    const describedBy = (await hh.getAttribute("aria-describedby")) ?? "";
    expect(describedBy.split(/\s+/)).toContain(await error.getAttribute("id"));
    await expect(page.locator("#stale-notice")).toBeVisible();
    await expect(row.locator("td.target")).toHaveText("93");
    await expect(row.locator("td.pct")).toHaveText("13,4%");
    await expect(page.locator("#summary")).toHaveText(DEFAULT_SUMMARY_NL);

    // Leaving the cell never throws the typed text away.
    await hh.press("Tab");
    await expect(hh).toHaveValue("12,5");
    await expect(hh).toHaveAttribute("aria-invalid", "true");

    // Correcting it clears the message and recalculates.
    await retype(hh, "33.370");
    await expect(hh).not.toHaveAttribute("aria-invalid", "true");
    await expect(hh.locator("xpath=..").locator(".error")).toHaveCount(0);
    await expect(page.locator("#stale-notice")).toHaveCount(0);
    await expect(page.locator("#summary")).toHaveText(DEFAULT_SUMMARY_NL);
  });

  test("typing a decimal key by key keeps the last valid result", async ({ page }) => {
    const vac = cell(page, "vac", DINKELLAND);
    const row = resultRow(page, DINKELLAND);
    // A person appends ",5" to the shown 83.
    await vac.click();
    await vac.press("End");
    await vac.pressSequentially(",5", { delay: 20 });
    await expect(vac).toHaveValue("83,5");
    await expect(vac).toHaveAttribute("aria-invalid", "true");
    await expect(vac.locator("xpath=..").locator(".error")).toContainText("Vul een heel getal in");
    await expect(page.locator("#stale-notice")).toBeVisible();
    await expect(row.locator("td.pct")).toHaveText("36,1%");
    await expect(page.locator("#summary")).toHaveText(DEFAULT_SUMMARY_NL);
    await vac.press("Tab");
    await expect(vac).toHaveValue("83,5");
  });

  test("a signal value below the minimum is listed in #problems and marked at the parameter", async ({ page }) => {
    const signal = page.locator("#param-signal");
    await retype(signal, "10");
    await expect(page.locator("#problems")).toContainText("signaalwaarde");
    // SPEC: a validation error is shown next to the input, too.
    await expect(signal).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("div.param").filter({ has: signal }).locator(".error")).toContainText("signaalwaarde");
    await expect(page.locator("#stale-notice")).toBeVisible();
    await expect(resultRow(page, DINKELLAND).locator("td.status")).toContainText("boven de signaalwaarde");
    await expect(page.locator("#summary")).toHaveText(DEFAULT_SUMMARY_NL);
    await retype(page.locator("#param-signal"), "40");
    await expect(page.locator("#problems")).toHaveCount(0);
    // 36,1 % is now within range; nobody above 40 %.
    await expect(resultRow(page, DINKELLAND).locator("td.status")).toContainText("binnen de bandbreedte");
    await expect(page.locator("#summary")).toContainText("geen van de 14 gemeenten boven de signaalwaarde van 40%");
  });
});

test.describe("undo and redo", () => {
  test("buttons and Ctrl+Z / Ctrl+Shift+Z restore values and results", async ({ page }) => {
    const vac = cell(page, "vac", DINKELLAND);
    const pct = resultRow(page, DINKELLAND).locator("td.pct");
    await retype(vac, "200");
    await expect(pct).toHaveText("15,0%");

    // Typing in one cell is one undo step.
    await page.locator("#undo").click();
    await expect(vac).toHaveValue("83");
    await expect(pct).toHaveText("36,1%");
    await expect(vac.locator("xpath=..").locator(".badge-estimate")).toHaveText("schatting");
    await expect(page.locator("#summary")).toHaveText(DEFAULT_SUMMARY_NL);
    await expect(page.locator("#undo")).toBeDisabled();
    await expect(page.locator("#notice")).toHaveText("Ongedaan gemaakt.");

    await page.locator("#redo").click();
    await expect(vac).toHaveValue("200");
    await expect(pct).toHaveText("15,0%");
    await expect(page.locator("#redo")).toBeDisabled();
    await expect(page.locator("#notice")).toHaveText("Opnieuw uitgevoerd.");

    // Shortcuts from outside any input...
    await page.locator("h1").click();
    await page.keyboard.press("Control+z");
    await expect(pct).toHaveText("36,1%");
    await expect(vac).toHaveValue("83");
    await expect(page.locator("#notice")).toHaveText("Ongedaan gemaakt.");
    // The shortcut must not also run the browser's own text undo (which would edit the
    // cell again and wipe the redo history).
    await expect(page.locator("#redo")).toBeEnabled();
    await page.keyboard.press("Control+Shift+z");
    await expect(pct).toHaveText("15,0%");
    await expect(vac).toHaveValue("200");

    // ...and from inside an input (the app's undo, not the browser's text undo).
    await cell(page, "hh", ALMELO).click();
    await page.keyboard.press("Control+z");
    await expect(vac).toHaveValue("83");
    await expect(pct).toHaveText("36,1%");
    await expect(cell(page, "hh", ALMELO)).toHaveValue("33.370");
  });

  test("undo brings back a method change and a parameter", async ({ page }) => {
    await page.locator('label[for="method-eq"]').click();
    await expect(resultRow(page, ALMELO).locator("td.target")).toHaveText("117");
    await retype(page.locator("#param-urgents"), "1.000");
    await expect(page.locator("#total-target")).toHaveText("1.000");
    await page.locator("#undo").click();
    await expect(page.locator("#param-urgents")).toHaveValue("800");
    await expect(page.locator("#total-target")).toHaveText("800");
    await expect(page.locator("#method-eq")).toBeChecked();
    await page.locator("#undo").click();
    await expect(page.locator("#method-hh")).toBeChecked();
    await expect(resultRow(page, ALMELO).locator("td.target")).toHaveText("93");
  });
});

test.describe("adding and removing municipalities", () => {
  test("add a municipality, fill it in, then remove it", async ({ page }) => {
    await page.locator("#add").click();
    const name = cell(page, "name", "X1");
    await expect(name).toHaveValue("Nieuwe gemeente 15");
    await expect(page.locator("#notice")).toHaveText("Nieuwe gemeente 15 is toegevoegd onderaan de tabel.");
    await expect(page.locator("#results-table tbody tr")).toHaveCount(15);
    await expect(resultRow(page, "X1").locator("td.target")).toHaveText("0");
    // The new row is valid at once; the other figures are unchanged.
    await expect(page.locator("#stale-notice")).toHaveCount(0);
    await expect(resultRow(page, ALMELO).locator("td.target")).toHaveText("93");

    await retype(name, "Twentestad");
    await retype(cell(page, "hh", "X1"), "20.000");
    await retype(cell(page, "vac", "X1"), "400");
    const weights = [...WORKED.municipalities.map((m) => m.households), 20000];
    const expected = apportion(800, weights);
    const x1 = expected[14];
    const row = resultRow(page, "X1");
    await expect(row.locator("th .name")).toHaveText("Twentestad");
    await expect(row.locator("td.target")).toHaveText(String(x1));
    await expect(row.locator("td.pct")).toHaveText(pctNl(x1, 400));
    await expect(row.locator("td.status")).toContainText(statusNl(x1, 400));
    const targets = await targetsById(page);
    WORKED.municipalities.forEach((m, i) => expect(targets[m.code], m.name).toBe(expected[i]));
    await expect(page.locator("#total-target")).toHaveText("800");
    await expect(page.locator("#summary")).toContainText("van de 15 gemeenten");

    await page.getByRole("button", { name: "Verwijder Twentestad" }).click();
    await expect(page.locator("#notice")).toHaveText("Twentestad is verwijderd. Ongedaan maken kan met Ctrl+Z.");
    await expect(page.locator("#results-table tbody tr")).toHaveCount(14);
    await expect(cell(page, "name", "X1")).toHaveCount(0);
    await expect(page.locator("#summary")).toHaveText(DEFAULT_SUMMARY_NL);
  });

  test("remove Tubbergen and undo the removal with Ctrl+Z", async ({ page }) => {
    await page.getByRole("button", { name: "Verwijder Tubbergen" }).click();
    await expect(resultRow(page, TUBBERGEN)).toHaveCount(0);
    await expect(cell(page, "name", TUBBERGEN)).toHaveCount(0);
    await expect(page.locator("#results-table tbody tr")).toHaveCount(13);
    await expect(page.locator("#summary")).toContainText("van de 13 gemeenten");
    const others = WORKED.municipalities.filter((m) => m.code !== TUBBERGEN);
    const expected = apportion(800, others.map((m) => m.households));
    const targets = await targetsById(page);
    others.forEach((m, i) => expect(targets[m.code], m.name).toBe(expected[i]));
    await expect(page.locator("#total-target")).toHaveText("800");

    await page.locator("h1").click();
    await page.keyboard.press("Control+z");
    await expect(resultRow(page, TUBBERGEN)).toHaveCount(1);
    await expect(cell(page, "name", TUBBERGEN)).toHaveValue("Tubbergen");
    await expect(page.locator("#summary")).toHaveText(DEFAULT_SUMMARY_NL);
    // Back in its place in the region order.
    const order = await rowOrder(page);
    expect(order).toEqual(WORKED.municipalities.map((m) => m.code));
  });
});

test.describe("sorting", () => {
  test("by percentage: Tubbergen first descending, Almelo or Enschede first ascending", async ({ page }) => {
    const button = page.locator('button.sort[data-sort="pct"]');
    const th = page.locator("#results-table thead th").filter({ has: button });
    await expect(th).toHaveAttribute("aria-sort", "none");
    await button.click();
    await expect(th).toHaveAttribute("aria-sort", "descending");
    await expect(page.locator("#results-table tbody tr").first()).toHaveAttribute("data-id", TUBBERGEN);
    const pcts = async () =>
      (await page.locator("#results-table tbody td.pct").allTextContents()).map((s) => Number(s.replace("%", "").replace(",", ".")));
    const desc = await pcts();
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    expect((await rowOrder(page)).slice(0, 2)).toEqual([TUBBERGEN, DINKELLAND]);

    await button.click();
    await expect(th).toHaveAttribute("aria-sort", "ascending");
    const asc = await pcts();
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    expect([ALMELO, ENSCHEDE]).toContain((await rowOrder(page))[0]);
    // Only one column is sorted at a time.
    await expect(page.locator('#results-table thead th[aria-sort="ascending"], #results-table thead th[aria-sort="descending"]')).toHaveCount(1);
    // Sorting survives a recalculation.
    await retype(cell(page, "vac", TUBBERGEN), "1.000");
    await expect(resultRow(page, TUBBERGEN).locator("td.pct")).toHaveText("2,3%");
    await expect(page.locator("#results-table tbody tr").first()).toHaveAttribute("data-id", TUBBERGEN);
  });
});

test.describe("chart", () => {
  test("one bar per municipality, sorted by percentage, labelled with name, percentage and status", async ({ page }) => {
    const chart = page.locator("#chart");
    await expect(chart.locator("svg.chart-svg")).toBeVisible();
    const bars = chart.locator('[id^="bar-"]');
    await expect(bars).toHaveCount(14);
    // Highest percentage first.
    await expect(bars.first()).toHaveAttribute("id", `bar-${TUBBERGEN}`);
    await expect(bars.nth(1)).toHaveAttribute("id", `bar-${DINKELLAND}`);
    const bar = page.locator(`#bar-${DINKELLAND}`);
    await expect(bar).toHaveAttribute("aria-label", /Dinkelland/);
    await expect(bar).toHaveAttribute("aria-label", /36,1%/);
    await expect(bar).toHaveAttribute("aria-label", /boven de signaalwaarde/);
    await expect(page.locator(`#bar-${ALMELO}`)).toHaveAttribute("aria-label", /13,4%.*onder het minimum/);

    // The chart follows the inputs.
    await retype(cell(page, "vac", DINKELLAND), "200");
    await expect(bar).toHaveAttribute("aria-label", /15,0%/);
    await expect(bar).toHaveAttribute("aria-label", /binnen de bandbreedte/);
    await expect(bars.nth(1)).not.toHaveAttribute("id", `bar-${DINKELLAND}`);

    // And the language.
    await page.locator("#lang-toggle").click();
    await expect(bar).toHaveAttribute("aria-label", /15\.0%/);
    await expect(bar).toHaveAttribute("aria-label", /within range/);
  });

  test("the chart can be shown as a table and back", async ({ page }) => {
    const toggle = page.locator("#chart-toggle");
    await expect(toggle).toHaveText("Toon als tabel");
    await toggle.click();
    await expect(toggle).toHaveText("Toon als grafiek");
    await expect(page.locator("#chart svg.chart-svg")).toBeHidden();
    await expect(page.locator("#results-table")).toBeVisible();
    await toggle.click();
    await expect(toggle).toHaveText("Toon als tabel");
    await expect(page.locator("#chart svg.chart-svg")).toBeVisible();
  });
});

test.describe("Hoe berekend?", () => {
  test("opening Dinkelland's explanation shows the arithmetic", async ({ page }) => {
    const details = page.locator(`#explain-${DINKELLAND}`);
    await expect(details.locator("summary")).toContainText("Hoe berekend?");
    await expect(details.locator(".explain-body")).toHaveCount(0);
    await details.locator("summary").click();
    await expect(details).toHaveAttribute("open", "");
    const body = details.locator(".explain-body");
    await expect(body).toBeVisible();
    await expect(body).toContainText("800 × 10.625 / 285.625 = 29,76 → 30");
    await expect(body).toContainText("30 / 83 = 36,1%");
    await expect(body).toContainText("boven de signaalwaarde");
    // It follows the inputs.
    await retype(cell(page, "vac", DINKELLAND), "200");
    await expect(body).toContainText("30 / 200 = 15,0%");
    await expect(body).toContainText("binnen de bandbreedte");
  });
});

test.describe("language", () => {
  test("English texts and number notation, and back to Dutch", async ({ page }) => {
    const toggle = page.locator("#lang-toggle");
    await expect(toggle).toHaveText("English");
    await toggle.click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(toggle).toHaveText("Nederlands");
    await expect(page).toHaveTitle("Balanced Distribution Twente");
    await expect(page.locator("#summary")).toHaveText(DEFAULT_SUMMARY_EN);
    const almelo = resultRow(page, ALMELO);
    await expect(almelo.locator("td.pct")).toHaveText("13.4%");
    await expect(almelo.locator("td.status")).toContainText(STATUS_EN["below-minimum"]);
    await expect(resultRow(page, DINKELLAND).locator("td.status")).toContainText(STATUS_EN["above-signal"]);
    await expect(almelo.locator(".badge-estimate")).toHaveText("estimate");
    await expect(cell(page, "hh", ALMELO)).toHaveValue("33,370");
    await expect(page.locator(`#explain-${ALMELO} summary`)).toContainText("How is this calculated?");
    await expect(page.locator('label[for="method-eq"]')).toHaveText("Equal percentage of vacated homes");
    // No Dutch status text left in the results.
    await expect(page.locator("#results-table")).not.toContainText("signaalwaarde");

    // English input notation: 1,000 is one thousand.
    await retype(cell(page, "vac", DINKELLAND), "1,000");
    await expect(resultRow(page, DINKELLAND).locator("td.pct")).toHaveText("3.0%");
    await expect(resultRow(page, DINKELLAND).locator("td.status")).toContainText(STATUS_EN["below-minimum"]);

    await toggle.click();
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
    await expect(toggle).toHaveText("English");
    await expect(cell(page, "vac", DINKELLAND)).toHaveValue("1.000");
    await expect(resultRow(page, DINKELLAND).locator("td.pct")).toHaveText("3,0%");
    await expect(almelo.locator("td.pct")).toHaveText("13,4%");
  });
});

test.describe("print", () => {
  test("print media shows the report: summary, results, parameters and the print date", async ({ page }) => {
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("#summary")).toBeVisible();
    await expect(page.locator("#summary")).toHaveText(DEFAULT_SUMMARY_NL);
    await expect(page.locator("#results-table")).toBeVisible();
    await expect(resultRow(page, TUBBERGEN)).toBeVisible();
    // The parameters are part of the printed report.
    const printed = await page.locator("body").innerText();
    for (const label of ["800 urgenten per jaar", "minimum 15%", "signaalwaarde 20%", "Naar rato van huishoudens"]) {
      expect(printed, `printed page mentions ${label}`).toContain(label);
    }
    const printOnly = page.locator(".print-only").filter({ hasText: "Afgedrukt op" });
    await expect(printOnly).toBeVisible();
    const today = await page.evaluate(() => {
      const d = new Date();
      const two = (n: number) => String(n).padStart(2, "0");
      return `${two(d.getDate())}-${two(d.getMonth() + 1)}-${d.getFullYear()}`;
    });
    await expect(printOnly).toContainText(`Afgedrukt op ${today}`);
    // The input panel, toolbar and disclosure widgets stay off paper.
    await expect(page.locator("section.inputs")).toBeHidden();
    await expect(page.locator("#undo")).toBeHidden();
    await expect(page.locator("#lang-toggle")).toBeHidden();
    await expect(page.locator(`#explain-${ALMELO}`)).toBeHidden();

    await page.emulateMedia({ media: "screen" });
    await expect(page.locator(".print-only").first()).toBeHidden();
    await expect(page.locator("section.inputs")).toBeVisible();
  });

  test("the print button opens the print dialog", async ({ page }) => {
    await page.evaluate(() => {
      (window as unknown as { __printed: number }).__printed = 0;
      window.print = () => {
        (window as unknown as { __printed: number }).__printed += 1;
      };
    });
    await page.locator("#print").click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);
  });
});
