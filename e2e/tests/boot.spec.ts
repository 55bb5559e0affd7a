// web/boot.js: when the WebAssembly module cannot be loaded the page shows a friendly
// bilingual message instead of staying blank.
import { expect, test } from "../fixtures";

test("shows a readable message when the app cannot load", async ({ page, guard }) => {
  guard.expectFailedRequest(/_bg\.wasm: /);
  guard.expectConsoleError(/could not start/);
  guard.expectConsoleError(/Failed to load resource.*_bg\.wasm/);
  await page.route(/_bg\.wasm$/, (route) => route.abort("failed"));
  await page.goto("/");
  const message = page.locator("#boot-error");
  await expect(message).toBeVisible();
  await expect(message).toHaveAttribute("role", "alert");
  await expect(message).toContainText("kon niet worden geladen");
  await expect(message).toContainText("could not be loaded");
  await expect(page.locator("#boot-status")).toHaveCount(0);
  await expect(page.locator('[data-ready="true"]')).toHaveCount(0);
});
