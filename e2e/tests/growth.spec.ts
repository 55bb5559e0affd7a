// Growth-path journeys ("ingroeipad", SPEC "Growth path"): a 10-year path with extra
// vacancies for Dinkelland (path a) and its first year within the signal value, checked
// against an independent calculation; choosing a year and the capped horizon; the small
// multiples by keyboard and their table twin; axe-core with zero violations.
import type { Page } from "@playwright/test";
import { expect, gotoApp, test } from "../fixtures";
import { expectNoA11yViolations } from "../helpers/axe";
import { apportion, pctNl, retype, statusNl, WORKED } from "../helpers/app";

const DINKELLAND = "GM1774";
const BORNE = "GM0147";

async function openGrowth(page: Page): Promise<void> {
  await gotoApp(page);
  await page.locator("#view-groei").click();
  await expect(page.locator("#growth-heading")).toBeVisible();
  await expect(page.locator("#growth-table tbody tr")).toHaveCount(14);
}

interface Path {
  targets: number[][];
  vacancies: number[][];
}

/**
 * SPEC "Growth path", independently: start = equal percentage (V), horizon = households (or
 * the capped targets), w_i(y) = (N − y)·start_i·Σend + y·end_i·Σstart, T(y) = apportion(U, w),
 * V_i(y) = V_i + y·ΔV_i.
 */
function growthPath(years: number, extra: Record<string, number>, end?: number[]): Path {
  const ms = WORKED.municipalities;
  const start = ms.map((m) => m.vacancies_estimate);
  const horizon = end ?? ms.map((m) => m.households);
  const sumStart = start.reduce((a, b) => a + b, 0);
  const sumEnd = horizon.reduce((a, b) => a + b, 0);
  const targets: number[][] = [];
  const vacancies: number[][] = [];
  for (let y = 0; y <= years; y++) {
    // Weights stay below 2^53 for Twente: (10 · 1 689 · 285 625) + (10 · 81 045 · 4 774) ≈ 8.7e9.
    const w = start.map((s, i) => (years - y) * s * sumEnd + y * horizon[i] * sumStart);
    targets.push(apportion(WORKED.parameters.urgents, w));
    vacancies.push(ms.map((m) => m.vacancies_estimate + y * (extra[m.code] ?? 0)));
  }
  return { targets, vacancies };
}

type Status = "below" | "within" | "above" | "n-a";

function statusAt(path: Path, y: number, i: number, minimumBp = 1500, signalBp = 2000): Status {
  const t = path.targets[y][i];
  const v = path.vacancies[y][i];
  if (v === 0) return t > 0 ? "above" : "n-a";
  if (t * 10000 > signalBp * v) return "above";
  if (t * 10000 < minimumBp * v) return "below";
  return "within";
}

/** The first year from which municipality i is never above the signal value again. */
function firstWithin(path: Path, i: number): number | null {
  let first: number | null = null;
  for (let y = path.targets.length - 1; y >= 0; y--) {
    if (statusAt(path, y, i) === "above") break;
    first = y;
  }
  return first;
}

/**
 * Where municipality i ends, named by its status there (below the minimum is never
 * "binnen"), and since when it has had that status.
 */
function standingNl(path: Path, i: number, years: number): string {
  const statuses = path.targets.map((_, y) => statusAt(path, y, i));
  const end = statuses[years];
  let since = years;
  while (since > 0 && statuses[since - 1] === end) since--;
  if (end === "above") return `blijft na ${years} jaar boven de signaalwaarde`;
  if (end === "below") return `vanaf jaar ${since} onder het minimum`;
  if (end === "within" && since > 0 && statuses[since - 1] === "below") return `vanaf jaar ${since} binnen de bandbreedte`;
  if (end === "within") return `vanaf jaar ${since} binnen de signaalwaarde`;
  return `in jaar ${years} geen urgenten en geen vrijkomende woningen`;
}

const row = (page: Page, id: string) => page.locator(`#growth-table tbody tr[data-id="${id}"]`);

test.describe("growth path", () => {
  test("a 10-year path with extra vacancies for Dinkelland shows its first year within the signal value", async ({
    page,
  }) => {
    await openGrowth(page);
    const i = WORKED.municipalities.findIndex((m) => m.code === DINKELLAND);
    await retype(page.locator("#growth-years"), "10");
    await expect(page.locator("#growth-year option")).toHaveCount(11);
    await expect(page.locator("#growth-year")).toHaveValue("10");

    // Without extra homes Dinkelland climbs to 30 of 83 (36,1 %): still above after 10 years.
    const none = growthPath(10, {});
    expect(firstWithin(none, i)).toBeNull();
    await expect(row(page, DINKELLAND).locator(".growth-within")).toHaveText(standingNl(none, i, 10));
    await expect(row(page, DINKELLAND).locator(".growth-within")).toHaveText("blijft na 10 jaar boven de signaalwaarde");

    // Six extra vacated homes a year are not enough by year 10 …
    await retype(page.locator(`#growth-dv-${DINKELLAND}`), "6");
    const six = growthPath(10, { [DINKELLAND]: 6 });
    expect(firstWithin(six, i)).toBeNull();
    await expect(row(page, DINKELLAND).locator(".growth-within")).toHaveText(standingNl(six, i, 10));

    // … seven are: Dinkelland stays within the signal value all the way.
    await retype(page.locator(`#growth-dv-${DINKELLAND}`), "7");
    const path = growthPath(10, { [DINKELLAND]: 7 });
    const first = firstWithin(path, i);
    expect(first).not.toBeNull();
    await expect(row(page, DINKELLAND).locator(".growth-within")).toHaveText(standingNl(path, i, 10));
    await expect(page.locator(`#growth-panel-${DINKELLAND}`)).toHaveAttribute(
      "aria-label",
      new RegExp(`; ${standingNl(path, i, 10)}$`),
    );

    // The horizon year (shown by default), then year 3 chosen from the list.
    for (const year of [10, 3]) {
      if (year !== 10) await page.locator("#growth-year").selectOption(String(year));
      const t = path.targets[year][i];
      const v = path.vacancies[year][i];
      const r = row(page, DINKELLAND);
      await expect(r.locator(".growth-target"), `year ${year}`).toHaveText(String(t));
      await expect(r.locator(".growth-vacancies"), `year ${year}`).toHaveText(String(v));
      await expect(r.locator(".growth-pct"), `year ${year}`).toHaveText(pctNl(t, v));
      await expect(r.locator("td.status"), `year ${year}`).toContainText(statusNl(t, v));
    }
    await expect(page.locator("#growth-summary")).toContainText("In jaar 0 liggen 0 van de 14 gemeenten");
  });

  test("the capped horizon ends at the capped targets", async ({ page }) => {
    await openGrowth(page);
    await page.locator("#growth-horizon-capped").check();
    const capped = WORKED.municipalities.map((m) => m.capped_target);
    const path = growthPath(5, {}, capped);
    for (const [k, m] of WORKED.municipalities.entries()) {
      await expect(row(page, m.code).locator(".growth-target"), m.name).toHaveText(String(capped[k]));
      await expect(row(page, m.code).locator(".growth-within"), m.name).toHaveText(standingNl(path, k, 5));
    }
    // Undo brings the households horizon back.
    await page.keyboard.press("ControlOrMeta+z");
    await expect(page.locator("#growth-horizon-households")).toBeChecked();
  });

  test("small multiples: one Tab stop, arrows through municipalities and years, table twin", async ({ page }) => {
    await openGrowth(page);
    const panels = page.locator("#growth-panels > .growth-panel");
    await expect(panels).toHaveCount(14);
    await expect(page.locator('#growth-panels > [tabindex="0"]')).toHaveCount(1);
    await panels.first().focus();
    await page.keyboard.press("ArrowDown");
    await expect(page.locator(`#growth-panel-${BORNE}`)).toBeFocused();
    const details = page.locator("#growth-details");
    const path = growthPath(5, {});
    const b = WORKED.municipalities.findIndex((m) => m.code === BORNE);
    await expect(details).toContainText(`Borne — jaar 5 · Urgenten per jaar: ${path.targets[5][b]}`);
    await page.keyboard.press("ArrowLeft");
    await expect(details).toContainText(`Borne — jaar 4 · Urgenten per jaar: ${path.targets[4][b]}`);
    await page.keyboard.press("Home");
    await expect(details).toContainText(`Percentage: ${pctNl(path.targets[0][b], path.vacancies[0][b])}`);
    // The roving stop follows the choice: Tab leaves the chart, Shift+Tab comes back to Borne.
    await expect(page.locator(`#growth-panel-${BORNE}`)).toHaveAttribute("tabindex", "0");

    await page.locator("#growth-chart-toggle").click();
    const matrix = page.locator("#growth-matrix");
    await expect(matrix).toBeVisible();
    await expect(matrix.locator("tbody tr")).toHaveCount(14);
    await expect(matrix.locator("thead th")).toHaveCount(1 + 6 + 1);
    const d = WORKED.municipalities.findIndex((m) => m.code === DINKELLAND);
    const cells = matrix.locator(`tbody tr[data-id="${DINKELLAND}"] td`);
    await expect(cells.nth(0)).toContainText(pctNl(path.targets[0][d], path.vacancies[0][d]));
    await expect(cells.nth(5)).toContainText(pctNl(path.targets[5][d], path.vacancies[5][d]));
    await expect(cells.nth(5)).toContainText("boven de signaalwaarde");
  });

  test("all 342 municipalities: 50 at a time, a name search, and paging", async ({ page }) => {
    await gotoApp(page, "/#region=nl");
    await page.locator("#view-groei").click();
    const rows = page.locator("#growth-table tbody tr");
    await expect(rows).toHaveCount(50);
    await expect(page.locator("#growth-panels > .growth-panel")).toHaveCount(50);
    await expect(page.locator("#growth-page-status")).toHaveText("Gemeenten 1–50 van 342");
    await page.locator("#growth-page-next").click();
    await expect(page.locator("#growth-page-status")).toHaveText("Gemeenten 51–100 van 342");
    await expect(page.locator("#growth-page-prev")).toBeEnabled();
    await page.locator("#growth-filter").fill("dinkel");
    await expect(page.locator("#growth-page-status")).toHaveText("1 gemeente gevonden voor ‘dinkel’.");
    await expect(rows).toHaveCount(1);
    await expect(rows.first().locator("th")).toHaveText("Dinkelland");
    await expect(page.locator("#growth-panels > .growth-panel")).toHaveCount(1);
    await expectNoA11yViolations(page, { include: "#growth" });
  });

  test("axe-core: zero WCAG 2.1 A/AA violations in the growth view", async ({ page }) => {
    await openGrowth(page);
    await expectNoA11yViolations(page);
    // With a chosen panel and year, an error in a field, the table twin, and in English.
    await page.locator("#growth-panels > .growth-panel").first().focus();
    await page.keyboard.press("ArrowLeft");
    await page.locator(`#growth-dv-${DINKELLAND}`).fill("12,5");
    await expect(page.locator(`#growth-dv-${DINKELLAND}`)).toHaveAttribute("aria-invalid", "true");
    await page.locator("#growth-years").fill("31");
    await expect(page.locator("#growth-years")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#growth-stale")).toBeVisible();
    await expectNoA11yViolations(page);
    await page.locator("#growth-chart-toggle").click();
    await expect(page.locator("#growth-matrix")).toBeVisible();
    await page.locator("#lang-toggle").click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.locator("#growth-heading")).toHaveText("Growth path");
    await expectNoA11yViolations(page);
  });
});

test("the growth path travels in the link and reproduces in a fresh browser", async ({ page, browser, guard }) => {
  await openGrowth(page);
  await retype(page.locator("#growth-years"), "10");
  await page.locator("#growth-horizon-capped").check();
  await retype(page.locator(`#growth-dv-${DINKELLAND}`), "7");
  await expect(row(page, DINKELLAND).locator(".growth-within")).not.toHaveText("");
  const table = await page.locator("#growth-table").innerText();
  const summary = await page.locator("#growth-summary").innerText();
  await expect.poll(() => new URL(page.url()).hash).toContain("A7");
  const hash = new URL(page.url()).hash;
  for (const part of ["v=groei", "gy=10", "gh=cap"]) expect(hash).toContain(part);

  const fresh = await browser.newContext({ locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
  await guard.attach(fresh);
  const other = await fresh.newPage();
  await gotoApp(other, `/${hash}`);
  await expect(other.locator("#view-groei")).toHaveAttribute("aria-current", "page");
  await expect(other.locator("#growth-horizon-capped")).toBeChecked();
  await expect(other.locator("#growth-years")).toHaveValue("10");
  expect(await other.locator("#growth-table").innerText()).toBe(table);
  expect(await other.locator("#growth-summary").innerText()).toBe(summary);
  await fresh.close();
});
