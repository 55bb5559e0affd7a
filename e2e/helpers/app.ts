// Small helpers shared by the journey specs (calculator, keyboard, a11y, spreadsheet):
// the worked example of SPEC.md, locators for results rows, typing like a person, an
// independent largest-remainder apportionment for expected figures, and focus inspection.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Locator, Page } from "@playwright/test";
import { expect } from "../fixtures";

export interface WorkedMunicipality {
  code: string;
  name: string;
  households: number;
  corporation_homes: number;
  vacancies_estimate: number;
  households_target: number;
  households_pct_1dp: string;
  households_status: "below-minimum" | "within-range" | "above-signal";
  equal_pct_target: number;
  capped_target: number;
  fallback_minimum: number;
}

export interface WorkedExample {
  parameters: { urgents: number; minimum_bp: number; signal_bp: number; cap_bp: number; turnover_bp: number };
  municipalities: WorkedMunicipality[];
  totals: { households: number; vacancies: number; fallback_pooled_housed: number; fallback_pooled_unhoused: number };
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** SPEC.md's worked example (the default Twente scenario), machine-readable. */
export const WORKED: WorkedExample = JSON.parse(
  readFileSync(resolve(ROOT, "core/tests/worked-example-twente.json"), "utf8"),
);

/** The exact default summary (SPEC.md worked example, Dutch). */
export const DEFAULT_SUMMARY_NL =
  "Bij een verdeling naar rato van huishoudens komen in Twente 9 van de 14 gemeenten boven de signaalwaarde van 20%: " +
  "Tubbergen (37,1%), Dinkelland (36,1%), Wierden (27,2%), Hof van Twente (23,8%), Losser (23,5%), " +
  "Hellendoorn (22,1%), Haaksbergen (21,8%), Rijssen-Holten (21,6%) en Borne (21,5%). " +
  "Almelo (13,4%) en Enschede (13,4%) blijven onder het wettelijk minimum van 15%; 3 gemeenten zitten daartussen. " +
  "Met alleen het wettelijk minimum worden 724 van de 800 urgenten gehuisvest; 76 worden niet gehuisvest.";

export const DEFAULT_SUMMARY_EN =
  "With a distribution pro rata to households, 9 of the 14 municipalities in Twente are above the signal value of 20%: " +
  "Tubbergen (37.1%), Dinkelland (36.1%), Wierden (27.2%), Hof van Twente (23.8%), Losser (23.5%), " +
  "Hellendoorn (22.1%), Haaksbergen (21.8%), Rijssen-Holten (21.6%) and Borne (21.5%). " +
  "Almelo (13.4%) and Enschede (13.4%) stay below the statutory minimum of 15%; 3 municipalities are in between. " +
  "With the statutory minimum alone, 724 of the 800 urgent home seekers are housed; 76 are not housed.";

export const STATUS_NL = {
  "below-minimum": "onder het minimum",
  "within-range": "binnen de bandbreedte",
  "above-signal": "boven de signaalwaarde",
} as const;

export const STATUS_EN = {
  "below-minimum": "below the minimum",
  "within-range": "within range",
  "above-signal": "above the signal value",
} as const;

/** The results row of one municipality. */
export function resultRow(page: Page, id: string): Locator {
  return page.locator(`#results-table tbody tr[data-id="${id}"]`);
}

/** One input cell: field in name|hh|vac|origin|realised|sh|dv. */
export function cell(page: Page, field: string, id: string): Locator {
  return page.locator(`#in-${field}-${id}`);
}

/** Targets of all results rows, by id, as integers (Dutch or English notation). */
export async function targetsById(page: Page): Promise<Record<string, number>> {
  return page.locator("#results-table tbody tr").evaluateAll((rows) =>
    Object.fromEntries(
      rows.map((r) => [
        r.getAttribute("data-id") ?? "",
        Number((r.querySelector("td.target")?.textContent ?? "").replace(/[.,\s]/g, "")),
      ]),
    ),
  );
}

/** Ids of the results rows in the order shown. */
export async function rowOrder(page: Page): Promise<string[]> {
  return page.locator("#results-table tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-id") ?? ""));
}

/**
 * Replace the text of an input the way a person does: click it, select everything with
 * the keyboard, type the new text key by key (one input event per key), then Tab away.
 */
export async function retype(input: Locator, text: string, { leave = true } = {}): Promise<void> {
  await input.click();
  await input.press("ControlOrMeta+a");
  if (text === "") await input.press("Backspace");
  else await input.pressSequentially(text, { delay: 10 });
  if (leave) await input.press("Tab");
}

/** Exact largest-remainder (Hamilton) apportionment, ties as in SPEC.md. */
export function apportion(total: number, weights: number[]): number[] {
  const U = BigInt(total);
  const w = weights.map((x) => BigInt(x));
  const sum = w.reduce((a, b) => a + b, 0n);
  if (sum === 0n) throw new Error("apportion: all weights are zero");
  const floors = w.map((x) => (U * x) / sum);
  const rems = w.map((x) => (U * x) % sum); // remainder × sum: comparable across rows
  let left = Number(U - floors.reduce((a, b) => a + b, 0n));
  const order = w
    .map((_, i) => i)
    .sort((a, b) => (rems[b] > rems[a] ? 1 : rems[b] < rems[a] ? -1 : w[b] > w[a] ? 1 : w[b] < w[a] ? -1 : a - b));
  const out = floors.map(Number);
  for (const i of order) {
    if (left === 0) break;
    out[i] += 1;
    left -= 1;
  }
  return out;
}

/** `t / v` as a percentage with one decimal, rounded half up, in Dutch notation ("36,1%"). */
export function pctNl(t: number, v: number): string {
  const tenths = (BigInt(t) * 2000n + BigInt(v)) / (2n * BigInt(v)); // round half up of t*1000/v
  const s = tenths.toString().padStart(2, "0");
  return `${s.slice(0, -1)},${s.slice(-1)}%`;
}

/** Dutch status of target t for vacancies v (default 15 % / 20 %), by exact comparison. */
export function statusNl(t: number, v: number, minimumBp = 1500, signalBp = 2000): string {
  if (t * 10000 < minimumBp * v) return STATUS_NL["below-minimum"];
  if (t * 10000 > signalBp * v) return STATUS_NL["above-signal"];
  return STATUS_NL["within-range"];
}

/** What has focus, and whether it shows a visible focus indicator. */
export interface FocusInfo {
  id: string;
  tag: string;
  type: string;
  text: string;
  /** Id of the enclosing <details> (for a focused <summary>). */
  detailsId: string;
  focusVisible: boolean;
  outlineStyle: string;
  outlineWidth: number;
  boxShadow: string;
}

export async function focusInfo(page: Page): Promise<FocusInfo> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) {
      return { id: "", tag: "body", type: "", text: "", detailsId: "", focusVisible: false, outlineStyle: "none", outlineWidth: 0, boxShadow: "none" };
    }
    const cs = getComputedStyle(el);
    return {
      id: el.id,
      tag: el.tagName.toLowerCase(),
      type: el.getAttribute("type") ?? "",
      text: (el.textContent ?? "").trim().slice(0, 60),
      detailsId: el.closest("details")?.id ?? "",
      focusVisible: el.matches(":focus-visible"),
      outlineStyle: cs.outlineStyle,
      outlineWidth: parseFloat(cs.outlineWidth) || 0,
      boxShadow: cs.boxShadow,
    };
  });
}

/** Assert the focused element shows a visible focus indicator (outline on :focus-visible). */
export async function expectVisibleFocus(page: Page, where = ""): Promise<FocusInfo> {
  const f = await focusInfo(page);
  const label = `${where} focus on <${f.tag} id="${f.id}"> "${f.text}"`;
  expect(f.focusVisible, `${label} matches :focus-visible`).toBe(true);
  expect(f.outlineStyle, `${label} outline-style`).not.toBe("none");
  expect(f.outlineWidth, `${label} outline-width`).toBeGreaterThanOrEqual(2);
  return f;
}

/**
 * Press Tab until `done(focus)` holds, at most `max` times; every stop must show a visible
 * focus indicator. Returns the focus stops passed on the way (including the last).
 */
export async function tabUntil(
  page: Page,
  done: (f: FocusInfo) => boolean,
  { max = 80, key = "Tab" }: { max?: number; key?: string } = {},
): Promise<FocusInfo[]> {
  const stops: FocusInfo[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const where = await focusInfo(page);
    if (where.tag === "body") {
      throw new Error(
        `focus left the page after ${i + 1} presses of ${key} without arriving; stops: ` +
          stops.map((s) => s.id || `<${s.tag}>${s.text}`).join(" → "),
      );
    }
    const f = await expectVisibleFocus(page, `after ${key} #${i + 1}:`);
    stops.push(f);
    if (done(f)) return stops;
  }
  throw new Error(
    `focus did not arrive within ${max} presses of ${key}; stops: ${stops.map((s) => s.id || `<${s.tag}>${s.text}`).join(" → ")}`,
  );
}

/** Open the "Plakken uit Excel" panel (a <details>) the way a person does. */
export async function openPastePanel(page: Page): Promise<Locator> {
  const panel = page.locator("#paste-panel");
  if (!(await panel.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await panel.locator("summary").first().click();
  }
  const box = page.locator("#paste-input");
  await expect(box).toBeVisible();
  return box;
}

/**
 * Open "Uitgangspunten wijzigen" where it is a closed panel (narrow screens); from 60rem on
 * the assumptions stand open beside the results and there is nothing to open.
 */
export async function openParams(page: Page): Promise<void> {
  const toggle = page.locator("#params-toggle");
  if ((await toggle.isVisible()) && (await toggle.getAttribute("aria-expanded")) === "false") {
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
  }
}

/**
 * Open the region builder (a panel of the full module). Once in about ten clean-clone runs
 * the first click right after the start neither opened the panel nor asked for the full
 * module (not diagnosed yet; see issue 13's closing note). A person taps again; so does this,
 * but only while the panel is still closed.
 */
export async function openBuilder(page: Page): Promise<void> {
  await expect(async () => {
    if ((await page.locator("#region-panel").getAttribute("open")) === null) {
      await page.locator("#region-panel > summary").click();
    }
    await expect(page.locator("#region-builder")).toBeVisible({ timeout: 8_000 });
  }).toPass({ timeout: 25_000 });
}
