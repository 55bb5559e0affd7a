// Saving (issue 5): edits survive a reload; named scenarios (save as, open, rename,
// duplicate, delete); a shared link wins over local work but never destroys it; disabled or
// full storage gives a message and the app keeps working.
import type { Page } from "@playwright/test";
import { expect, gotoApp, test } from "../fixtures";
import { cell, resultRow, retype } from "../helpers/app";

const DINKELLAND = "GM1774";

async function linkInAddress(page: Page, part: string): Promise<string> {
  await expect.poll(() => new URL(page.url()).hash).toContain(part);
  return new URL(page.url()).hash;
}

async function openSaved(page: Page): Promise<void> {
  const panel = page.locator("#saved-panel");
  if ((await panel.getAttribute("open")) === null) await panel.locator("summary").click();
  await expect(page.locator("#saved-name")).toBeVisible();
}

test("reload keeps edits, also without the link in the address", async ({ page }) => {
  await gotoApp(page);
  await retype(page.locator("#param-urgents"), "1.111");
  await retype(cell(page, "vac", DINKELLAND), "123");
  await linkInAddress(page, "V123");
  await page.reload();
  await expect(page.locator('[data-ready="true"]').first()).toBeVisible();
  await expect(page.locator("#param-urgents")).toHaveValue("1.111");
  // A bare address opens the autosaved work.
  await gotoApp(page, "/");
  await expect(page.locator("#param-urgents")).toHaveValue("1.111");
  await expect(cell(page, "vac", DINKELLAND)).toHaveValue("123");
  await expect(page.locator("#storage-message")).toHaveCount(0);
});

test("an edit right before closing the page is kept (saved on pagehide)", async ({ page }) => {
  await gotoApp(page);
  await retype(page.locator("#param-urgents"), "1.500", { leave: false });
  // Navigate away at once, before the 300 ms throttle fires.
  await page.goto("about:blank");
  await gotoApp(page, "/");
  await expect(page.locator("#param-urgents")).toHaveValue("1.500");
});

test("a shared link wins over unsaved local work, which stays in Mijn scenario's", async ({ page, context }) => {
  await gotoApp(page);
  await retype(page.locator("#param-urgents"), "950");
  const shared = await linkInAddress(page, "u=950");
  // Local work goes on after the link was made.
  await retype(page.locator("#param-urgents"), "1.100");
  await linkInAddress(page, "u=1100");
  await page.close();

  const other = await context.newPage();
  await gotoApp(other, `/${shared}`);
  await expect(other.locator("#param-urgents")).toHaveValue("950");
  await expect(other.locator("#storage-message")).toContainText("Uw eigen werk is niet weg");
  await openSaved(other);
  const kept = other.locator("li.saved-item-kept");
  await expect(kept).toHaveCount(1);
  await expect(kept).toContainText(/niet-opgeslagen werk \(\d{2}-\d{2}-\d{4} \d{2}:\d{2}\)/);
  await kept.locator(".saved-open").click();
  await expect(other.locator("#param-urgents")).toHaveValue("1.100");
});

test("save as, rename, duplicate, open and delete", async ({ page }) => {
  await gotoApp(page);
  await retype(page.locator("#param-urgents"), "900");
  await openSaved(page);
  await page.locator("#saved-name").fill("Variant A");
  await page.locator("#saved-save").click();
  await expect(page.locator("#saved-status")).toContainText("Variant A");
  const items = page.locator("#saved-list li[data-saved-id]");
  await expect(items).toHaveCount(1);

  // A second save under the same name is refused at the field.
  await page.locator("#saved-name").fill("variant a");
  await page.locator("#saved-save").click();
  await expect(page.locator("#saved-name-error")).toContainText("al een scenario met deze naam");

  const a = items.filter({ hasText: "Variant A" });
  await a.locator(".saved-rename").click();
  await page.locator(".saved-rename-input").fill("Variant B");
  await page.locator(".saved-rename-save").click();
  await expect(items.filter({ hasText: "Variant B" })).toHaveCount(1);

  await items.filter({ hasText: "Variant B" }).locator(".saved-duplicate").click();
  await expect(items).toHaveCount(2);
  await expect(items.filter({ hasText: "Variant B (kopie)" })).toHaveCount(1);

  await retype(page.locator("#param-urgents"), "800");
  await items.filter({ hasText: "Variant B (kopie)" }).locator(".saved-open").click();
  await expect(page.locator("#param-urgents")).toHaveValue("900");

  const copy = items.filter({ hasText: "Variant B (kopie)" });
  await copy.locator(".saved-delete").click();
  await page.locator(".saved-delete-confirm").click();
  await expect(items.filter({ hasText: "Variant B (kopie)" })).toHaveCount(0);
  await expect(items.filter({ hasText: "Variant B" })).toHaveCount(1);

  // The list survives a reload (the app, not the prerendered page: wait for it).
  await page.reload();
  await expect(page.locator('[data-ready="true"]').first()).toBeVisible();
  await openSaved(page);
  await expect(page.locator("#saved-list li[data-saved-id]").filter({ hasText: "Variant B" })).toHaveCount(1);
});

test("storage disabled: a message, and the calculator works", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      configurable: true,
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
  await gotoApp(page);
  await expect(page.locator("#storage-message")).toContainText("Opslag is uitgeschakeld");
  await retype(cell(page, "vac", DINKELLAND), "200");
  await expect(resultRow(page, DINKELLAND).locator("td.pct")).toHaveText("15,0%");
  await openSaved(page);
  await expect(page.locator("#saved-save")).toBeDisabled();
});

test("storage full: a message, and the calculator works", async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException("quota", "QuotaExceededError");
    };
  });
  await gotoApp(page);
  await retype(cell(page, "vac", DINKELLAND), "200");
  await expect(page.locator("#storage-problem")).toContainText("Opslag is vol");
  await expect(resultRow(page, DINKELLAND).locator("td.pct")).toHaveText("15,0%");
});

test("compare the current scenario with a saved one", async ({ page }) => {
  await gotoApp(page);
  await page.locator("#method-eq").check();
  await openSaved(page);
  await page.locator("#saved-name").fill("Gelijk percentage");
  await page.locator("#saved-save").click();
  await expect(page.locator("#saved-list li[data-saved-id]")).toHaveCount(1);
  await page.locator("#method-hh").check();
  await page.locator("#view-cmp").click();
  await expect(page.locator("#cmp-summary")).toHaveText("Bij geen van de 14 gemeenten verandert de status.");
  await page.locator("#cmp-b").selectOption({ label: "Gelijk percentage" });
  await expect(page.locator("#cmp-summary")).toHaveText("Bij 11 van de 14 gemeenten verandert de status.");
  await expect(page.locator("#cmp-table tbody tr").first()).toContainText("status verandert");
});

test("compare two saved scenarios: A is opened in the calculator and the work it replaces is kept", async ({ page }) => {
  await gotoApp(page);
  await openSaved(page);
  // Two saved scenarios: equal percentage, and pro rata to households.
  await page.locator("#method-eq").check();
  await page.locator("#saved-name").fill("Gelijk percentage");
  await page.locator("#saved-save").click();
  await page.locator("#method-hh").check();
  await page.locator("#saved-name").fill("Huishoudens");
  await page.locator("#saved-save").click();
  await expect(page.locator("#saved-list li[data-saved-id]")).toHaveCount(2);
  // Unsaved work on top, in neither of them.
  await page.locator("#method-min").check();
  await retype(cell(page, "vac", DINKELLAND), "321");

  await page.locator("#view-cmp").click();
  await expect(page.locator("#cmp-a")).toHaveAccessibleName("Kies scenario A");
  await expect(page.locator("#cmp-a")).toHaveAccessibleDescription(/Uw huidige werk blijft bewaard/);
  await page.locator("#cmp-a").selectOption({ label: "Gelijk percentage" });
  await expect(page.locator("#cmp-a-status")).toHaveText(
    "‘Gelijk percentage’ is nu scenario A en geopend in de rekenhulp. Uw vorige werk staat in Mijn scenario's.",
  );
  // The picker shows "current" again, which is now the scenario picked.
  await expect(page.locator("#cmp-a")).toHaveValue("");
  // The status line follows the language.
  await page.locator("#lang-toggle").click();
  await expect(page.locator("#cmp-a-status")).toHaveText(
    "‘Gelijk percentage’ is now scenario A and open in the calculator. Your previous work is in My scenarios.",
  );
  await page.locator("#lang-toggle").click();
  await page.locator("#cmp-b").selectOption({ label: "Huishoudens" });
  await expect(page.locator("#cmp-summary")).toHaveText("Bij 11 van de 14 gemeenten verandert de status.");

  // The calculator shows A now, without the edit it replaced…
  await page.locator("#view-calc").click();
  await expect(page.locator("#method-eq")).toBeChecked();
  await expect(cell(page, "vac", DINKELLAND)).not.toHaveValue("321");
  // …which is in the list (shown without a reload), and comes back with undo.
  await openSaved(page);
  await expect(page.locator("#saved-list li[data-saved-id]")).toHaveCount(3);
  await expect(page.locator("#saved-list")).toContainText("niet-opgeslagen werk");
  await cell(page, "vac", DINKELLAND).focus();
  await page.keyboard.press("Control+z");
  await expect(cell(page, "vac", DINKELLAND)).toHaveValue("321");
  await expect(page.locator("#method-min")).toBeChecked();
});
