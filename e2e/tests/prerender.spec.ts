// The page arrives as HTML (issue 11): the default calculator page and the explanation are
// prerendered at build time (examples/prerender.rs). With JavaScript off both read complete
// and match SPEC's worked example; with JavaScript on the app takes over without moving
// anything; a visitor with a scenario link or autosaved work never sees the default figures
// presented as theirs, not even for a frame (web/early.js).
import type { Browser, Page } from "@playwright/test";
import { expect, gotoApp, test } from "../fixtures";
import { DEFAULT_SUMMARY_NL, STATUS_NL, WORKED } from "../helpers/app";
import { withChecksum } from "../helpers/link";

/** "13,4%" from the worked example's "13.4". */
const pct = (oneDecimal: string) => `${oneDecimal.replace(".", ",")}%`;
/** Dutch thousands dots: 1234 -> "1.234". */
const count = (n: number) => n.toLocaleString("nl-NL");

// A browser context of its own: the page guard's checks run page scripts, which are off here.
async function withoutJavaScript(browser: Browser, baseURL: string | undefined, path: string): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

test.describe("with JavaScript off", () => {
  test("the default page shows the worked example's figures, statuses, chart and summary", async ({ browser, baseURL }) => {
    const page = await withoutJavaScript(browser, baseURL, "/");
    const summary = page.locator("#evt-prerender .summary");
    await expect(summary).toContainText(DEFAULT_SUMMARY_NL);
    await expect(page.locator("noscript")).toHaveCount(1);
    const rows = page.locator("#results-table tbody tr");
    await expect(rows).toHaveCount(WORKED.municipalities.length);
    for (const m of WORKED.municipalities) {
      const row = page.locator(`#results-table tbody tr[data-id="${m.code}"]`);
      await expect(row.locator("th .name")).toHaveText(m.name);
      await expect(row.locator("td.target")).toHaveText(count(m.households_target));
      await expect(row.locator("td.pct")).toHaveText(pct(m.households_pct_1dp));
      await expect(row.locator("td.status")).toContainText(STATUS_NL[m.households_status]);
    }
    // The chart: one bar per municipality, with its text twin in the SVG's description.
    const chart = page.locator("#chart svg").first();
    await expect(chart).toBeVisible();
    await expect(chart.locator("title").first()).not.toHaveText("");
    await expect(chart.locator("[role='img'][data-id]")).toHaveCount(WORKED.municipalities.length);
    // Fields are a picture until the app runs: nothing typed there could be lost.
    const fields = page.locator("#evt-prerender input[type='text']");
    expect(await fields.count()).toBeGreaterThan(14);
    expect(await fields.evaluateAll((els) => els.every((e) => (e as HTMLInputElement).readOnly))).toBe(true);
    // Nothing claims to be the running app.
    await expect(page.locator("[data-ready='true']")).toHaveCount(0);
    await expect(page.locator("#boot-status")).toBeHidden();
  });

  test("the explanation has its own page with the worked example's figures", async ({ browser, baseURL }) => {
    const page = await withoutJavaScript(browser, baseURL, "/uitleg/");
    await expect(page.locator("#uitleg-heading")).toHaveText("Uitleg");
    const { fallback_pooled_housed: housed, fallback_pooled_unhoused: unhoused } = WORKED.totals;
    await expect(page.locator("#uitleg-cijfer-urgenten")).toContainText("Elk jaar zoeken 800 wettelijk urgenten een woning.");
    await expect(page.locator("#uitleg-cijfer-terugval")).toContainText(
      `krijgen ${housed} van de 800 wettelijk urgenten een woning. ${unhoused} mensen krijgen dan geen woning.`,
    );
    await expect(page.locator("#uitleg-cijfer-status")).toContainText("9 van de 14 gemeenten komen boven de signaalwaarde van 20%");
    await expect(page.locator("#view-uitleg")).toHaveAttribute("aria-current", "page");
  });
});

/** Records, from before the first byte of the page is parsed, whether the prerendered default
 * figures were ever laid out visibly while the page was not marked as pending. */
async function watchDefaultFigures(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __evtDefaultShown: boolean; __evtLoadingShown: boolean; __evtPreFrames: number };
    w.__evtDefaultShown = false;
    w.__evtLoadingShown = false;
    w.__evtPreFrames = 0;
    // Checked in every animation frame, i.e. right before each paint (styles are loaded by
    // then: stylesheets block rendering).
    const check = () => {
      const pre = document.getElementById("evt-prerender");
      if (pre) w.__evtPreFrames += 1;
      if (pre && pre.getClientRects().length > 0 && getComputedStyle(pre).display !== "none") w.__evtDefaultShown = true;
      const loading = document.getElementById("boot-status");
      if (loading && loading.getClientRects().length > 0) w.__evtLoadingShown = true;
    };
    const frame = () => {
      check();
      if (document.getElementById("evt-prerender")) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

async function defaultShown(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __evtDefaultShown: boolean }).__evtDefaultShown);
}

/** Whether the loading line was painted (it stands in for the hidden default figures), or
 * the app took over before the first frame, so that nothing stood in between to show. */
async function loadingShown(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const w = window as unknown as { __evtLoadingShown: boolean; __evtPreFrames: number };
    return w.__evtLoadingShown || w.__evtPreFrames === 0;
  });
}

test.describe("with JavaScript on", () => {
  test("the app takes over the prerendered page without moving anything", async ({ page }) => {
    // Before the app: where the prerendered results heading was laid out in the last frame
    // painted before the takeover.
    await page.addInitScript(() => {
      const w = window as unknown as { __evtBox: unknown };
      w.__evtBox = null;
      const frame = () => {
        const r = document.querySelector("#evt-prerender #results-heading")?.getBoundingClientRect();
        if (r) w.__evtBox = { x: r.x, y: r.y };
        if (!document.querySelector('[data-ready="true"]')) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    await page.goto("/");
    await expect(page.locator('[data-ready="true"]').first()).toBeVisible({ timeout: 20_000 });
    const box = await page.evaluate(() => (window as unknown as { __evtBox: { x: number; y: number } | null }).__evtBox);
    expect(box, "the prerendered page had a results heading").not.toBeNull();
    await expect(page.locator("#evt-prerender")).toHaveCount(0);
    await expect(page.locator("#boot-status")).toHaveCount(0);
    const after = await page.locator("#results-heading").boundingBox();
    expect(after).not.toBeNull();
    expect(Math.abs(after!.y - box!.y)).toBeLessThanOrEqual(1);
    expect(Math.abs(after!.x - box!.x)).toBeLessThanOrEqual(1);
    // Layout shifts over the whole load (Chromium's layout-shift entries).
    const cls = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let sum = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
              if (!e.hadRecentInput) sum += e.value;
            }
          }).observe({ type: "layout-shift", buffered: true });
          setTimeout(() => resolve(sum), 200);
        }),
    );
    expect(cls).toBeLessThanOrEqual(0.02);
  });

  test("a scenario link never shows the default figures as the visitor's", async ({ page }) => {
    await watchDefaultFigures(page);
    await gotoApp(page, `/${withChecksum("evt1;d=cbs2023;b=tw;u=900;")}`);
    await expect(page.locator("#param-urgents")).toHaveValue("900");
    expect(await defaultShown(page)).toBe(false);
    expect(await loadingShown(page), "the loading line shows meanwhile").toBe(true);
  });

  test("autosaved work never shows the default figures as the visitor's", async ({ page }) => {
    await gotoApp(page);
    await page.locator("#param-urgents").fill("950");
    await page.locator("#param-urgents").press("Tab");
    await expect.poll(() => page.evaluate(() => localStorage.getItem("evt.v1.autosave") !== null)).toBe(true);
    await watchDefaultFigures(page);
    await page.goto("/");
    await expect(page.locator('[data-ready="true"]').first()).toBeVisible({ timeout: 20_000 });
    await expect(page.locator("#param-urgents")).toHaveValue("950");
    expect(await defaultShown(page)).toBe(false);
    expect(await loadingShown(page), "the loading line shows meanwhile").toBe(true);
  });

  test("the default page and a default link do show the prerendered figures at once", async ({ page }) => {
    await watchDefaultFigures(page);
    // The explanation's own page, opened as an embed of the default scenario would.
    await page.goto(`/uitleg/${withChecksum("evt1;d=cbs2023;b=tw;v=uitleg;e=1;")}`);
    await expect(page.locator('[data-ready="true"]').first()).toBeVisible({ timeout: 20_000 });
    expect(await defaultShown(page)).toBe(true);
    expect(await loadingShown(page), "no loading line over the figures").toBe(false);
    await expect(page.locator("#uitleg-heading")).toBeVisible();
    await expect(page.locator(".app.is-embed")).toBeVisible();
  });
});
