// Any region (issue 7, item 4): build a 40-municipality region from the national data set by
// searching (keyboard and mouse) and by pasting a list, make it the scenario, see 40 results
// rows, the region's name on the page and in the link, undo/redo, and the same region after
// a reload. CBS codes are known for the Twente municipalities only (core/data/SOURCES.md), so
// the pasted list carries the 14 Twente codes and 26 names.
import type { Page } from "@playwright/test";
import { expect, gotoApp, test } from "../fixtures";
import { openBuilder, resultRow } from "../helpers/app";
import { expectNoA11yViolations } from "../helpers/axe";
import { captureScreenshots } from "../helpers/screenshots";

/** The 14 Twente municipalities: CBS code and the name in the national data. */
const TWENTE: [string, string][] = [
  ["GM0141", "Almelo"],
  ["GM0147", "Borne"],
  ["GM1774", "Dinkelland"],
  ["GM0153", "Enschede"],
  ["GM0158", "Haaksbergen"],
  ["GM0163", "Hellendoorn"],
  ["GM0164", "Hengelo (O.)"],
  ["GM1735", "Hof van Twente"],
  ["GM0168", "Losser"],
  ["GM0173", "Oldenzaal"],
  ["GM1742", "Rijssen-Holten"],
  ["GM0183", "Tubbergen"],
  ["GM1700", "Twenterand"],
  ["GM0189", "Wierden"],
];

/** 26 more: what a person types, and the municipality it should find. */
const OTHERS: [string, string][] = [
  ["zwol", "Zwolle"],
  ["devent", "Deventer"],
  ["apel", "Apeldoorn"],
  ["Amsterdam", "Amsterdam"],
  ["groningen", "Groningen (gemeente)"],
  ["cuijk", "Land van Cuijk"],
  ["maash", "Maashorst"],
  ["dijk en", "Dijk en Waard"],
  ["voorne", "Voorne aan Zee"],
  ["sudwest", "Súdwest-Fryslân"],
  ["den haag", "'s-Gravenhage (gemeente)"],
  ["den bosch", "'s-Hertogenbosch"],
  ["nuenen", "Nuenen, Gerwen en Nederwetten"],
  ["bergen", "Bergen (L.)"],
  ["bergen", "Bergen (NH.)"],
  ["utrecht", "Utrecht (gemeente)"],
  ["ede", "Ede"],
  ["emmen", "Emmen"],
  ["kampen", "Kampen"],
  ["raalte", "Raalte"],
  ["ommen", "Ommen"],
  ["dalfs", "Dalfsen"],
  ["staph", "Staphorst"],
  ["harden", "Hardenberg"],
  ["berkel", "Berkelland"],
  ["winters", "Winterswijk"],
];

const ROWS = "#results-table tbody tr";


/** Type `query` and move through the results with the arrow keys to `name`, then Enter. */
async function pickWithKeyboard(page: Page, query: string, name: string): Promise<void> {
  const search = page.locator("#region-search");
  await search.fill(query);
  await expect(search).toHaveAttribute("aria-expanded", "true");
  for (let step = 0; step < 12; step++) {
    const active = page.locator("#region-results .region-option.is-active .region-option-name");
    if ((await active.textContent()) === name) break;
    await search.press("ArrowDown");
  }
  const activeId = await search.getAttribute("aria-activedescendant");
  await expect(page.locator(`#${activeId} .region-option-name`)).toHaveText(name);
  await search.press("Enter");
  await expect(page.locator("#region-status")).toHaveText(new RegExp(`^${escape(name)} toegevoegd`));
  // Enter empties the box for the next name.
  await expect(search).toHaveValue("");
}

/** Type `query` and click the option named `name`. */
async function pickWithMouse(page: Page, query: string, name: string): Promise<void> {
  await page.locator("#region-search").fill(query);
  const option = page.locator("#region-results [role=option]").filter({
    has: page.locator(".region-option-name", { hasText: new RegExp(`^${escape(name)}$`) }),
  });
  await option.click();
  await expect(option).toHaveAttribute("aria-selected", "true");
  await expect(page.locator("#region-status")).toHaveText(new RegExp(`^${escape(name)} toegevoegd`));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Wait until the address bar's link carries every part, and return the hash. */
async function linkWith(page: Page, ...parts: string[]): Promise<string> {
  for (const part of parts) {
    await expect.poll(() => new URL(page.url()).hash, { message: `link contains ${part}` }).toContain(part);
  }
  return new URL(page.url()).hash;
}

test("a 40-municipality region by search: keyboard and mouse, apply, undo/redo, link, reload", async ({ page }) => {
  // Forty searches typed like a person, then a reload: about 20 s on an idle 2-core
  // machine, over the 30 s default on a busy one.
  test.slow();
  await gotoApp(page);
  await expect(page.locator(ROWS)).toHaveCount(14);
  await openBuilder(page);
  // The builder starts from the current scenario.
  await expect(page.locator("#region-current")).toHaveText("Huidige regio: Twente (14 gemeenten)");
  await expect(page.locator("#region-name")).toHaveValue("Twente");
  await expect(page.locator("#region-selected .region-chip")).toHaveCount(14);
  await page.locator("#region-clear").click();
  await expect(page.locator("#region-selected-heading")).toHaveText("Gekozen gemeenten (0)");

  await page.locator("#region-name").fill("Regio Oost");
  // Twente by CBS code, in every notation, with the keyboard.
  const notations = [(c: string) => c, (c: string) => c.slice(2), (c: string) => c.toLowerCase(), (c: string) => String(Number(c.slice(2)))];
  for (const [i, [code, name]] of TWENTE.entries()) {
    await pickWithKeyboard(page, notations[i % notations.length](code), name);
  }
  // The others by name: alternately keyboard and mouse; one typed key by key.
  await page.locator("#region-search").pressSequentially("zwol", { delay: 20 });
  await expect(page.locator("#region-results .region-option.is-active .region-option-name")).toHaveText("Zwolle");
  await page.locator("#region-search").press("Enter");
  for (const [i, [query, name]] of OTHERS.slice(1).entries()) {
    if (i % 2 === 0) await pickWithMouse(page, query, name);
    else await pickWithKeyboard(page, query, name);
  }
  await expect(page.locator("#region-selected-heading")).toHaveText("Gekozen gemeenten (40)");
  await expect(page.locator("#region-selected .region-chip")).toHaveCount(40);

  // Removing a chip and adding it back.
  await page.locator("#region-selected .region-chip", { hasText: "Ommen" }).getByRole("button").click();
  await expect(page.locator("#region-selected-heading")).toHaveText("Gekozen gemeenten (39)");
  await expect(page.locator("#region-status")).toHaveText("Ommen verwijderd; 39 gemeenten gekozen.");
  await pickWithKeyboard(page, "ommen", "Ommen");

  await page.locator("#region-apply").click();
  await expect(page.locator(ROWS)).toHaveCount(40);
  await expect(page.locator("#region-current")).toHaveText("Huidige regio: Regio Oost (40 gemeenten)");
  await expect(page.locator("#subtitle")).toContainText("over de 40 gemeenten van Regio Oost");
  await expect(page.locator("#region-status")).toContainText("Regio ‘Regio Oost’ gemaakt met 40 gemeenten");
  await expect(resultRow(page, "GM0153")).toHaveCount(1);
  await expect(resultRow(page, "NL-amsterdam")).toHaveCount(1);
  await expect(resultRow(page, "NL-s-gravenhage-gemeente")).toHaveCount(1);
  await expect(page.locator("#results-table")).toContainText("Súdwest-Fryslân");
  const hash = await linkWith(page, "n=Regio%20Oost", "b=nl:");
  expect(hash).toMatch(/^#evt1;.*;k=[0-9a-f]{4}$/);

  // Undo brings Twente back (and the builder follows), redo the region.
  await page.locator("#undo").click();
  await expect(page.locator(ROWS)).toHaveCount(14);
  await expect(page.locator("#region-current")).toHaveText("Huidige regio: Twente (14 gemeenten)");
  await expect(page.locator("#region-name")).toHaveValue("Twente");
  await page.locator("#redo").click();
  await expect(page.locator(ROWS)).toHaveCount(40);
  await linkWith(page, "n=Regio%20Oost", "b=nl:");

  await page.reload();
  await expect(page.locator('[data-ready="true"]').first()).toBeVisible();
  await expect(page.locator(ROWS)).toHaveCount(40);
  // The builder is in the full module: opening it loads that, with the same region.
  await openBuilder(page);
  await expect(page.locator("#region-current")).toHaveText("Huidige regio: Regio Oost (40 gemeenten)");
  await expect(page.locator(ROWS)).toHaveCount(40);
  await expect(page.locator("#link-message")).toHaveCount(0);
});

test("a 40-municipality region by pasting codes and names, with preview", async ({ page }) => {
  await gotoApp(page);
  await openBuilder(page);
  await page.locator("#region-clear").click();

  // The Twente codes as one Excel row (tab-separated), the others one per line, plus an
  // unknown name, an ambiguous one and a repeat.
  const list = [
    TWENTE.map(([code]) => code).join("\t"),
    ...OTHERS.map(([, name]) => name),
    "Atlantis",
    "Bergen",
    "Zwolle",
  ].join("\n");
  await page.locator("#region-paste").fill(list);
  await expect(page.locator("#region-paste-found")).toHaveText("Herkend: 40 gemeenten.");
  await expect(page.locator("#region-paste-unknown")).toHaveText("Niet herkend (2): ‘Atlantis’, ‘Bergen’.");
  await expect(page.locator("#region-paste-duplicates")).toHaveText(
    "Meer dan eens genoemd (1): ‘Zwolle’; telt één keer.",
  );
  await page.locator("#region-paste-add").click();
  await expect(page.locator("#region-selected-heading")).toHaveText("Gekozen gemeenten (40)");
  await expect(page.locator("#region-status")).toHaveText("40 gemeenten toegevoegd; 40 gekozen.");
  await expect(page.locator("#region-paste")).toHaveValue("");

  // A name is required: the error is shown at the field and focus goes there.
  await page.locator("#region-name").fill("  ");
  await page.locator("#region-apply").click();
  await expect(page.locator("#region-name-error")).toHaveText("Geef de regio een naam.");
  await expect(page.locator("#region-name")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#region-name")).toBeFocused();
  await expect(page.locator(ROWS)).toHaveCount(14);

  await page.locator("#region-name").fill("Stedendriehoek & meer");
  await expect(page.locator("#region-name-error")).toHaveCount(0);
  await page.locator("#region-apply").click();
  await expect(page.locator(ROWS)).toHaveCount(40);
  await expect(page.locator("#region-current")).toHaveText("Huidige regio: Stedendriehoek & meer (40 gemeenten)");
  await linkWith(page, "n=Stedendriehoek%20%26%20meer", "b=nl:");

  await page.reload();
  await expect(page.locator('[data-ready="true"]').first()).toBeVisible();
  await expect(page.locator(ROWS)).toHaveCount(40);
  // The builder is in the full module: opening it loads that, with the same region.
  await openBuilder(page);
  await expect(page.locator("#region-current")).toHaveText("Huidige regio: Stedendriehoek & meer (40 gemeenten)");
  await expect(page.locator(ROWS)).toHaveCount(40);
});

test("quick starts, accessibility of the open builder", async ({ page }) => {
  await gotoApp(page);
  await openBuilder(page);
  await page.locator("#region-search").fill("en");
  await expect(page.locator("#region-results [role=option]")).toHaveCount(12);
  // The active option scrolls into view inside the list.
  for (let i = 0; i < 11; i++) await page.locator("#region-search").press("ArrowDown");
  await expect(page.locator("#region-results [role=option]").last()).toHaveClass(/is-active/);
  const inList = () =>
    page.evaluate(() => {
      const list = document.getElementById("region-results")!.getBoundingClientRect();
      const option = document.querySelector("#region-results .is-active")!.getBoundingClientRect();
      return option.top >= list.top - 1 && option.bottom <= list.bottom + 1;
    });
  await expect.poll(inList).toBe(true);
  await expect(page.locator("#region-results-status")).toHaveText(/^12 van \d+ gevonden; typ verder om te verfijnen\.$/);
  await expectNoA11yViolations(page, { include: "#region-panel" });
  await captureScreenshots(page, "region-builder");

  await page.locator("#region-quick-nl").click();
  await expect(page.locator("#region-selected-heading")).toHaveText("Gekozen gemeenten (342)");
  await expect(page.locator("#region-name")).toHaveValue("Nederland");
  await page.locator("#region-apply").click();
  await expect(page.locator(ROWS)).toHaveCount(342);
  // "Nederland" is the default name of the national list: no n= item needed.
  const hash = await linkWith(page, "b=nl");
  expect(hash).not.toContain(";n=");

  await page.locator("#region-quick-twente").click();
  await expect(page.locator("#region-selected-heading")).toHaveText("Gekozen gemeenten (14)");
  await page.locator("#region-apply").click();
  await expect(page.locator(ROWS)).toHaveCount(14);
  await expect(page.locator("#region-current")).toHaveText("Huidige regio: Twente (14 gemeenten)");
});
