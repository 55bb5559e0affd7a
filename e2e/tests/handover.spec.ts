// The first module hands over to the full one (components::on_demand, src/boot.rs) when a
// view or panel only the full module has is opened. Nothing typed is lost on the way: text
// that does not parse yet, undo and redo, the language, the scenario (issue 11).
import { expect, gotoApp, test } from "../fixtures";
import { retype } from "../helpers/app";

test("opening the growth path keeps what was typed, invalid text and undo included", async ({ page }) => {
  await gotoApp(page);
  // The first module runs: the full one is not loaded yet.
  expect(await page.evaluate(() => document.querySelectorAll("script[src*='evt-full-']").length)).toBe(0);
  await retype(page.locator("#param-urgents"), "900");
  const almelo = page.locator("#in-hh-GM0141");
  await retype(almelo, "12,5");
  await expect(almelo).toHaveAttribute("aria-invalid", "true");
  await page.locator("#lang-toggle").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await page.locator("#view-groei").click();
  await expect(page.locator("[data-bench-growth-output]").first()).toBeVisible();
  // Keyboard focus lands on the tab that was activated.
  await expect(page.locator("#view-groei")).toBeFocused();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await page.locator("#view-calc").click();
  await expect(page.locator("#param-urgents")).toHaveValue("900");
  await expect(almelo).toHaveValue("12,5");
  await expect(almelo).toHaveAttribute("aria-invalid", "true");
  // Undo goes on where it was: first the invalid text, then the urgents.
  await page.locator("#undo").click();
  await expect(almelo).not.toHaveValue("12,5");
  await expect(almelo).not.toHaveAttribute("aria-invalid", "true");
  await page.locator("#undo").click();
  await expect(page.locator("#param-urgents")).toHaveValue("800");
});

test("opening a panel of the full module opens it there, with the same scenario", async ({ page }) => {
  await gotoApp(page);
  await retype(page.locator("#param-urgents"), "1.000");
  await page.locator("#saved-panel > summary").click();
  // The full module's panel (the first module's stand-in has no fields), open.
  await expect(page.locator("#saved-panel input[type='text']").first()).toBeVisible();
  await expect(page.locator(".evt-root")).toHaveCount(1);
  await expect(page.locator("#saved-panel")).toHaveAttribute("open", "");
  await expect(page.locator("#param-urgents")).toHaveValue("1.000");
  await expect(page.locator("#total-target")).toHaveText("1.000");
});

test("what is typed while the full module loads is kept when it takes over", async ({ page }) => {
  await gotoApp(page);
  // A slow connection: the full module arrives two seconds after it is asked for.
  await page.route(/evt-full-[0-9a-f]+_bg\.wasm$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await route.continue();
  });
  await page.locator("#saved-panel > summary").click();
  await expect(page.locator("#saved-panel [role='status']")).toBeVisible();
  // The calculator stays in use meanwhile.
  await retype(page.locator("#param-urgents"), "1.234");
  await expect(page.locator("#total-target")).toHaveText("1.234");
  await expect(page.locator("#saved-panel input[type='text']").first()).toBeVisible({ timeout: 15_000 });
  await expect(page.locator(".evt-root")).toHaveCount(1);
  await expect(page.locator("#param-urgents")).toHaveValue("1.234");
  await expect(page.locator("#total-target")).toHaveText("1.234");
  await page.locator("#undo").click();
  await expect(page.locator("#param-urgents")).toHaveValue("800");
});

test("the explanation's page starts the explanation's module, not the full one; the map then loads the full one", async ({ page }) => {
  await gotoApp(page, "/uitleg/");
  // The modules fetched so far (a dynamic import adds no <script> element).
  const fetched = (prefix: string) =>
    page.evaluate(
      (p) => performance.getEntriesByType("resource").filter((e) => e.name.includes(`/${p}`) && e.name.endsWith(".wasm")).length,
      prefix,
    );
  // The explanation works (its own picker sets the worked example) without the full module.
  await page.locator("#uitleg-gemeente").selectOption("GM0147");
  await expect(page.locator("#uitleg-uw-gemeente-heading")).toContainText("Borne");
  expect(await fetched("evt-uitleg-")).toBe(1);
  expect(await fetched("evt-full-")).toBe(0);
  // A view only the full module has: it loads and takes over, on the same scenario.
  await page.locator("#view-kaart").click();
  await expect.poll(() => fetched("evt-full-")).toBe(1);
  await expect(page.locator("#view-kaart")).toBeFocused();
  await page.locator("#view-calc").click();
  await expect(page.locator("#mine")).toHaveValue("GM0147");
});
