// The map view ("Kaart", #view-kaart): every tile agrees with the results table (name,
// percentage, status symbol and status text) in Dutch and English, for Twente's hexagon map
// and for the generated grid of all 342 municipalities; the map is one Tab stop and the
// arrow keys move between tiles geographically, with a visible focus ring and a live details
// line; Enter opens that municipality's explanation; axe-core finds zero violations.
import type { Page } from "@playwright/test";
import { expect, gotoApp, test } from "../fixtures";
import { expectNoA11yViolations } from "../helpers/axe";
import { expectVisibleFocus, tabUntil } from "../helpers/app";
import { captureScreenshots } from "../helpers/screenshots";

const IDS = {
  twenterand: "GM1700",
  tubbergen: "GM0183",
  almelo: "GM0141",
  borne: "GM0147",
  hengelo: "GM0164",
  enschede: "GM0153",
  losser: "GM0168",
  haaksbergen: "GM0158",
  wierden: "GM0189",
} as const;

interface Figures {
  name: string;
  pct: string;
  symbol: string;
  /** The status in words, without the symbol. */
  status: string;
}

/** Figures per id from the calculator's results table (`#results-table`). */
async function resultsTable(page: Page): Promise<Record<string, Figures>> {
  return page.locator("#results-table tbody tr").evaluateAll((rows) =>
    Object.fromEntries(
      rows.map((r) => {
        const symbol = (r.querySelector("td.status .status-symbol")?.textContent ?? "").trim();
        const status = (r.querySelector("td.status")?.textContent ?? "").trim();
        const words = r.querySelector("td.status .label-long")?.textContent?.trim();
        return [
          r.getAttribute("data-id") ?? "",
          {
            name: (r.querySelector("th .name")?.textContent ?? "").trim(),
            pct: (r.querySelector("td.pct")?.textContent ?? "").trim(),
            symbol,
            status: words ?? status.slice(symbol.length).trim(),
          },
        ];
      }),
    ),
  );
}

/** Figures per id from the map view's compact table (`#map-table`: name, %, status, target). */
async function mapTable(page: Page): Promise<Record<string, Figures>> {
  return page.locator("#map-table tbody tr").evaluateAll((rows) =>
    Object.fromEntries(
      rows.map((r) => {
        const cells = r.querySelectorAll("td");
        const symbol = (r.querySelector("td.status .status-symbol")?.textContent ?? "").trim();
        const status = (r.querySelector("td.status")?.textContent ?? "").trim();
        const words = r.querySelector("td.status .label-long")?.textContent?.trim();
        return [
          r.getAttribute("data-id") ?? "",
          {
            name: (r.querySelector("th")?.textContent ?? "").trim(),
            pct: (cells[0]?.textContent ?? "").trim(),
            symbol,
            status: words ?? status.slice(symbol.length).trim(),
          },
        ];
      }),
    ),
  );
}

interface TileFigures extends Figures {
  label: string;
  tabindex: string;
}

/** Figures per id as the map's tiles show them. */
async function mapTiles(page: Page): Promise<Record<string, TileFigures>> {
  return page.locator("#map-svg .map-tile").evaluateAll((tiles) =>
    Object.fromEntries(
      tiles.map((t) => [
        t.getAttribute("data-id") ?? "",
        {
          name: t.querySelector(".map-tile-name")?.textContent ?? "",
          pct: (t.querySelector(".map-tile-pct")?.textContent ?? "").trim(),
          symbol: (t.querySelector(".map-tile-symbol")?.textContent ?? "").trim(),
          status: t.getAttribute("data-status") ?? "",
          label: t.getAttribute("aria-label") ?? "",
          tabindex: t.getAttribute("tabindex") ?? "",
        },
      ]),
    ),
  );
}

/** Every tile agrees with `table`: same ids, names, percentages, symbols and status words. */
function expectAgreement(tiles: Record<string, TileFigures>, table: Record<string, Figures>, where: string): void {
  expect(Object.keys(tiles).sort(), `${where}: one tile per table row`).toEqual(Object.keys(table).sort());
  for (const [id, row] of Object.entries(table)) {
    const tile = tiles[id];
    expect(tile.pct, `${where}: percentage of ${row.name}`).toBe(row.pct);
    expect(tile.symbol, `${where}: status symbol of ${row.name}`).toBe(row.symbol);
    // The accessible name: "Almelo: 13,4%, 93 urgenten, onder het minimum".
    expect(tile.label.startsWith(`${row.name}: `), `${where}: label of ${row.name}: ${tile.label}`).toBe(true);
    expect(tile.label.endsWith(`, ${row.status}`), `${where}: status of ${row.name}: ${tile.label}`).toBe(true);
    if (row.pct !== "–") expect(tile.label).toContain(`: ${row.pct}, `);
  }
}

async function openMap(page: Page): Promise<void> {
  await page.locator("#view-kaart").click();
  await expect(page.locator("#map-svg")).toBeVisible();
}

async function toEnglish(page: Page): Promise<void> {
  await page.locator("#lang-toggle").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
}

/** The id of the focused tile ("" if focus is not on a tile). */
async function focusedTile(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.getAttribute("data-id") ?? "");
}

test("the Twente map's tiles agree with the results table, in Dutch and English", async ({ page }) => {
  await gotoApp(page);
  const calculator = await resultsTable(page);
  expect(Object.keys(calculator)).toHaveLength(14);
  await openMap(page);
  await expect(page.locator("#map-svg")).toHaveAttribute("data-layout", "twente");
  const tiles = await mapTiles(page);
  expectAgreement(tiles, calculator, "calculator table, Dutch");
  // Names in full on the Twente map (two-line names read as one).
  for (const [id, row] of Object.entries(calculator)) expect(tiles[id].name, id).toBe(row.name);
  expectAgreement(tiles, await mapTable(page), "map table, Dutch");
  expect(tiles[IDS.almelo].pct).toBe("13,4%");
  expect(tiles[IDS.almelo].label).toBe("Almelo: 13,4%, 93 urgenten, onder het minimum");
  await expect(page.locator(`#map-tile-${IDS.almelo}`)).toHaveClass(/map-tile--below-minimum/);

  await toEnglish(page);
  await expect(page.locator(`#map-tile-${IDS.almelo} .map-tile-pct`)).toHaveText("13.4%");
  const english = await mapTiles(page);
  expectAgreement(english, await mapTable(page), "map table, English");
  expect(english[IDS.almelo].label).toBe("Almelo: 13.4%, 93 urgent home seekers, below the minimum");
  // And against the calculator's table in English.
  await page.locator("#view-calc").click();
  const calculatorEn = await resultsTable(page);
  await openMap(page);
  expectAgreement(await mapTiles(page), calculatorEn, "calculator table, English");
});

test("the map follows an edit: changed figures and status show on the tile", async ({ page }) => {
  await gotoApp(page);
  // Fewer urgents: Almelo's percentage changes; the map reads the same rows as the table.
  const urgents = page.locator("#param-urgents");
  await urgents.fill("400");
  await urgents.press("Tab");
  await expect(page.locator(`#results-table tbody tr[data-id="${IDS.almelo}"] td.pct`)).not.toHaveText("13,4%");
  const calculator = await resultsTable(page);
  await openMap(page);
  expectAgreement(await mapTiles(page), calculator, "after an edit");
});

test("one Tab stop; arrows move geographically with a visible focus ring and live details; Enter opens the explanation", async ({
  page,
}) => {
  await gotoApp(page);
  await openMap(page);
  const tiles = page.locator("#map-svg .map-tile");
  await expect(tiles).toHaveCount(14);
  await expect(page.locator('#map-svg .map-tile[tabindex="0"]')).toHaveCount(1);
  const details = page.locator("#map-details");
  await expect(details).toHaveAttribute("role", "status");
  await expect(details).toHaveText(/^Kies een gemeente met Tab/);

  // Tab arrives on the first tile (north-west: Twenterand).
  await page.locator("#view-kaart").focus();
  await tabUntil(page, (f) => f.id.startsWith("map-tile-"), { max: 30 });
  expect(await focusedTile(page)).toBe(IDS.twenterand);
  await expectVisibleFocus(page, "first tile:");
  await expect(details).toHaveText(/^Twenterand — Urgenten per jaar: \d+ · .* · Percentage: \d+,\d% · Status: . /);

  const path: [string, string][] = [
    ["ArrowRight", IDS.tubbergen],
    ["ArrowDown", IDS.almelo],
    ["ArrowLeft", IDS.wierden],
    ["ArrowRight", IDS.almelo],
    ["ArrowDown", IDS.borne],
    ["ArrowDown", IDS.hengelo],
    ["ArrowRight", IDS.enschede],
    ["ArrowRight", IDS.losser],
    ["ArrowRight", IDS.losser], // the east edge: stays
    ["ArrowLeft", IDS.enschede],
    ["ArrowDown", IDS.haaksbergen],
    ["ArrowUp", IDS.hengelo],
    ["End", IDS.haaksbergen],
    ["Home", IDS.twenterand],
    ["End", IDS.haaksbergen],
  ];
  for (const [key, id] of path) {
    await page.keyboard.press(key);
    expect(await focusedTile(page), `after ${key}`).toBe(id);
    await expectVisibleFocus(page, `after ${key}:`);
    // The focused tile is the one Tab stop; its ring shows.
    await expect(page.locator('#map-svg .map-tile[tabindex="0"]')).toHaveAttribute("data-id", id);
    await expect(page.locator(`#map-tile-${id} .map-tile-ring`)).toBeVisible();
  }
  await expect(details).toContainText("Haaksbergen — ");
  const haaksbergenPct = (await page.locator(`#map-tile-${IDS.haaksbergen} .map-tile-pct`).textContent()) ?? "";
  await expect(details).toContainText(`Percentage: ${haaksbergenPct.trim()}`);

  // Arrows do not scroll the page.
  const scrollY = await page.evaluate(() => window.scrollY);
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowDown");
  expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);

  // Tab leaves the map at once; Shift+Tab comes back to the tile last chosen.
  await page.keyboard.press("Tab");
  expect(await focusedTile(page)).toBe("");
  await page.keyboard.press("Shift+Tab");
  expect(await focusedTile(page)).toBe(IDS.haaksbergen);

  // A click chooses a tile too (details follow); Enter shows its figures and how they came
  // about, on the map: the map keeps you on the map, and focus stays on the tile.
  await page.locator(`#map-tile-${IDS.enschede}`).focus();
  await expect(details).toContainText("Enschede — ");
  await page.keyboard.press("Enter");
  await expect(page.locator("#view-kaart")).toHaveAttribute("aria-current", "page");
  await expect(page.locator("#map-card h3")).toHaveText("Enschede");
  await expect(page.locator("#map-card .map-card-explain")).toContainText("800 × 81.045 / 285.625");
  expect(await focusedTile(page)).toBe(IDS.enschede);
});

test("all 342 municipalities: a generated grid that agrees with the table, arrows move by row and column", async ({ page }) => {
  await gotoApp(page, "/#region=nl");
  await expect(page.locator("#results-table tbody tr")).toHaveCount(342);
  const calculator = await resultsTable(page);
  await openMap(page);
  const svg = page.locator("#map-svg");
  await expect(svg).toHaveAttribute("data-layout", "grid");
  const columns = Number(await svg.getAttribute("data-columns"));
  expect(columns).toBeGreaterThanOrEqual(3);
  const tiles = await mapTiles(page);
  expectAgreement(tiles, calculator, "342 municipalities");
  // Tiles in table order.
  const order = await page.locator("#map-svg .map-tile").evaluateAll((ts) => ts.map((t) => t.getAttribute("data-id")));
  const tableOrder = await page.locator("#map-table tbody tr").evaluateAll((rs) => rs.map((r) => r.getAttribute("data-id")));
  expect(new Set(order)).toEqual(new Set(tableOrder));
  expect(order).toEqual(Object.keys(calculator));

  await page.locator("#map-svg .map-tile").first().focus();
  await page.keyboard.press("ArrowRight");
  expect(await focusedTile(page)).toBe(order[1]);
  await page.keyboard.press("ArrowDown");
  expect(await focusedTile(page)).toBe(order[1 + columns]);
  await page.keyboard.press("ArrowLeft");
  expect(await focusedTile(page)).toBe(order[columns]);
  await page.keyboard.press("ArrowLeft"); // the west edge: stays
  expect(await focusedTile(page)).toBe(order[columns]);
  await page.keyboard.press("End");
  expect(await focusedTile(page)).toBe(order[341]);
  await expectVisibleFocus(page, "last tile:");
  await expect(page.locator(`#map-tile-${order[341]}`)).toBeInViewport();
  await expect(page.locator("#map-details")).toContainText(`${calculator[order[341] as string].name} — `);
});

test.describe("axe-core: zero WCAG 2.1 A/AA violations on the map", () => {
  test("Twente, Dutch and English, before and after choosing a tile", async ({ page }) => {
    await gotoApp(page);
    await openMap(page);
    await expectNoA11yViolations(page);
    await page.locator(`#map-tile-${IDS.borne}`).focus();
    await expect(page.locator("#map-details")).toContainText("Borne — ");
    await expectNoA11yViolations(page);
    await captureScreenshots(page, "map-twente");
    await toEnglish(page);
    await expect(page.locator(`#map-tile-${IDS.almelo} .map-tile-pct`)).toHaveText("13.4%");
    await expectNoA11yViolations(page);
  });

  test("stale results, Dutch and English", async ({ page }) => {
    await gotoApp(page);
    const urgents = page.locator("#param-urgents");
    await urgents.fill("veel");
    await urgents.press("Tab");
    await expect(urgents).toHaveAttribute("aria-invalid", "true");
    await openMap(page);
    await expect(page.locator(".map--stale")).toBeVisible();
    await expectNoA11yViolations(page);
    await toEnglish(page);
    await expectNoA11yViolations(page);
  });

  test("the 342-municipality grid, Dutch and English", async ({ page }) => {
    await gotoApp(page, "/#region=nl");
    await openMap(page);
    await expect(page.locator("#map-svg .map-tile")).toHaveCount(342);
    await expectNoA11yViolations(page, { include: ".map" });
    await toEnglish(page);
    await expectNoA11yViolations(page, { include: ".map" });
  });
});
