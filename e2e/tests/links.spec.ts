// Scenario links (issue 5): the address follows edits without history spam; "Kopieer link"
// copies a link that reproduces the scenario in a fresh browser; hostile names stay text;
// damaged, truncated and newer-version links open the default scenario with a message;
// comparisons have their own link.
import type { Browser, Page } from "@playwright/test";
import { expect, gotoApp, type PageGuard, test } from "../fixtures";
import { cell, openPastePanel, resultRow, retype } from "../helpers/app";
import { expectNoA11yViolations } from "../helpers/axe";
import { captureScreenshots } from "../helpers/screenshots";

const ALMELO = "GM0141";
const DINKELLAND = "GM1774";
// A name that would run, were it ever parsed as HTML: an inline handler and a script, each
// setting a flag on the window (and opening a dialog).
const XSS = '<img src=x onerror="window.__evtXss=1;alert(1)"><script>window.__evtXss=2</script>';

/** The results table as text, row by row: what "identical results" means. */
async function resultsText(page: Page): Promise<string> {
  return page.locator("#results-table").innerText();
}

/** Wait until the address bar carries a scenario link with `part`, and return the hash. */
async function linkInAddress(page: Page, part: string): Promise<string> {
  await expect.poll(() => new URL(page.url()).hash, { message: `address contains ${part}` }).toContain(part);
  return new URL(page.url()).hash;
}

/** Open `url` in a brand-new browser context (no storage, no history), guarded like the rest. */
async function openFresh(browser: Browser, guard: PageGuard, url: string): Promise<Page> {
  const context = await browser.newContext({ locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
  await guard.attach(context);
  const page = await context.newPage();
  await gotoApp(page, url);
  return page;
}

test("edit → Kopieer link → open in a fresh browser: identical results", async ({ page, context, browser, guard }) => {
  await gotoApp(page);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(page.url()).origin });
  await retype(page.locator("#param-urgents"), "950");
  await page.locator("#method-cap").check();
  await retype(cell(page, "vac", DINKELLAND), "200");
  await retype(cell(page, "name", ALMELO), "Almelo (stad)");
  await expect(resultRow(page, DINKELLAND).locator("td.pct")).not.toHaveText("36,1%");
  const before = await resultsText(page);

  await page.locator("#copy-link").click();
  await expect(page.locator("#link-status")).toContainText("Link gekopieerd");
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/(index\.html)?#evt1;/);
  // An edited Twente scenario stays short enough for an e-mail.
  expect(new URL(url).hash.length, new URL(url).hash).toBeLessThanOrEqual(300);

  const other = await openFresh(browser, guard, url);
  expect(await resultsText(other)).toBe(before);
  await expect(other.locator("#param-urgents")).toHaveValue("950");
  await expect(other.locator("#method-cap")).toBeChecked();
  await expect(cell(other, "name", ALMELO)).toHaveValue("Almelo (stad)");
  await expect(other.locator("#link-message")).toHaveCount(0);
  await other.context().close();
});

test("the address follows edits with replaceState: no history entry per keystroke", async ({ page }) => {
  await gotoApp(page);
  const length = await page.evaluate(() => history.length);
  await retype(page.locator("#param-urgents"), "1.234");
  const hash = await linkInAddress(page, "u=1234");
  expect(hash).toMatch(/^#evt1;.*;k=[0-9a-f]{4}$/);
  await retype(cell(page, "vac", DINKELLAND), "150");
  await linkInAddress(page, "V150");
  expect(await page.evaluate(() => history.length)).toBe(length);
  // Reload: the link in the address reproduces the edits.
  await page.reload();
  await expect(page.locator('[data-ready="true"]').first()).toBeVisible();
  await expect(page.locator("#param-urgents")).toHaveValue("1.234");
  await expect(cell(page, "vac", DINKELLAND)).toHaveValue("150");
});

/** What an injected copy of XSS would leave in the DOM; every list must stay empty. */
async function injected(page: Page): Promise<{ on: string[]; img: string[]; script: string[]; flag: unknown }> {
  return page.evaluate(() => ({
    // No element anywhere carries an event-handler attribute (the app binds its handlers
    // with addEventListener; the strict CSP would refuse inline ones anyway).
    on: [...document.querySelectorAll("*")].flatMap((el) =>
      [...el.attributes].filter((a) => a.name.toLowerCase().startsWith("on")).map((a) => `<${el.tagName} ${a.name}>`),
    ),
    img: [...document.querySelectorAll("img")].filter((i) => i.getAttribute("src") === "x").map((i) => i.outerHTML),
    script: [...document.querySelectorAll("script")].filter((s) => (s.textContent ?? "").includes("__evtXss")).map((s) => s.outerHTML),
    flag: (window as unknown as { __evtXss?: unknown }).__evtXss,
  }));
}

test("a municipality named like HTML is shown as text and runs nothing, even without the CSP", async ({
  page,
  browser,
  guard,
}) => {
  await gotoApp(page);
  await retype(cell(page, "name", ALMELO), XSS);
  // The whole name is in the link once typing has settled (a slow machine can write the link
  // of a half-typed name first: wait for the end of the name, not its start).
  await expect
    .poll(() => decodeURIComponent(new URL(page.url()).hash), { message: "the whole name in the address" })
    .toContain(XSS);
  const hash = new URL(page.url()).hash;
  expect(await injected(page)).toEqual({ on: [], img: [], script: [], flag: undefined });

  // Opened from the link in a browser that ignores the CSP: were the name ever put into the
  // page as HTML, its handler or script would run here and set the flag.
  const context = await browser.newContext({ locale: "nl-NL", timezoneId: "Europe/Amsterdam", bypassCSP: true });
  await guard.attach(context);
  const other = await context.newPage();
  const dialogs: string[] = [];
  other.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await gotoApp(other, `/${hash}`);
  await expect(cell(other, "name", ALMELO)).toHaveValue(XSS);
  // The name is text: the row header's text is the name, its markup the escaped name.
  const th = resultRow(other, ALMELO).locator("th");
  await expect(th).toContainText(XSS);
  expect(await th.innerHTML()).toContain("&lt;img src=x");
  await expect(other.locator("#summary")).toContainText(XSS);
  await expect(other.locator("#mine option[value='GM0141']")).toHaveText(XSS);

  // The same name pasted as a block from a spreadsheet: shown back as text, nothing runs.
  const box = await openPastePanel(other);
  await box.fill(`Gemeente\tHuishoudens\n${XSS}\t12.345\n`);
  await other.locator("#paste-preview").click();
  await expect(other.locator("#paste-panel")).toContainText(XSS);

  await other.evaluate(() => new Promise((r) => setTimeout(r, 200)));
  expect(await injected(other)).toEqual({ on: [], img: [], script: [], flag: undefined });
  expect(dialogs).toEqual([]);
  await context.close();
});

test.describe("links that cannot be opened", () => {
  const cases: [string, string, RegExp][] = [
    ["without its check code", "/#evt1;d=cbs2023;b=tw;u=900", /onvolledig of beschadigd/],
    ["from a newer version", "/#evt2;d=cbs2030;b=tw;k=0000", /nieuwere versie.*Werk de rekenhulp bij/],
    ["with an unknown part", "/#evtX", /geen scenariolink|onbekende versie/],
  ];
  for (const [what, url, message] of cases) {
    test(`a link ${what} opens the default scenario with a message`, async ({ page }) => {
      await gotoApp(page, url);
      await expect(page.locator("#link-message")).toContainText(message);
      await expect(page.locator("#link-message")).toContainText("standaardscenario is geopend");
      await expect(page.locator("#total-target")).toHaveText("800");
      await expect(page.locator("#results-table tbody tr")).toHaveCount(14);
      await page.locator("#link-message-close").click();
      await expect(page.locator("#link-message")).toHaveCount(0);
    });
  }

  test("a truncated link says it is incomplete", async ({ page }) => {
    await gotoApp(page);
    await retype(page.locator("#param-urgents"), "900");
    const hash = await linkInAddress(page, "u=900");
    await page.goto("about:blank");
    await gotoApp(page, `/${hash.slice(0, hash.length - 9)}`);
    await expect(page.locator("#link-message")).toContainText(/onvolledig of beschadigd/);
    // The link replaces nothing: the visitor's own work (900 urgents) opens, untouched.
    await expect(page.locator("#link-message")).toContainText("Uw huidige scenario is ongewijzigd");
    await expect(page.locator("#total-target")).toHaveText("900");
    await expect(page.locator("#storage-message")).toHaveCount(0);
  });
});

test("compare: status changes first, and the comparison has its own link", async ({ page, browser, guard }) => {
  await gotoApp(page);
  await page.locator("#method-eq").check();
  await page.locator("#view-cmp").click();
  await expect(page.locator("#view-cmp")).toHaveAttribute("aria-current", "page");
  // A = current (equal percentage), B = the default (households): 11 municipalities change.
  await expect(page.locator("#cmp-summary")).toHaveText("Bij 11 van de 14 gemeenten verandert de status.");
  const rows = page.locator("#cmp-table tbody tr");
  await expect(rows).toHaveCount(14);
  for (let i = 0; i < 11; i++) await expect(rows.nth(i)).toContainText("status verandert");
  for (let i = 11; i < 14; i++) await expect(rows.nth(i)).not.toContainText("status verandert");
  const table = await page.locator("#cmp-table").innerText();

  const hash = await linkInAddress(page, "v=cmp");
  expect(hash).toContain(";vs;");
  const other = await openFresh(browser, guard, `/${hash}`);
  await expect(other.locator("#view-cmp")).toHaveAttribute("aria-current", "page");
  expect(await other.locator("#cmp-table").innerText()).toBe(table);
  await other.context().close();
});

test("compare with a pasted link, and a damaged one is refused at the field", async ({ page }) => {
  await gotoApp(page);
  await retype(page.locator("#param-urgents"), "1.200");
  const hash = await linkInAddress(page, "u=1200");
  await retype(page.locator("#param-urgents"), "800");
  await page.locator("#view-cmp").click();
  await page.locator("#cmp-link").fill(`http://example.org/rekenhulp/${hash}`);
  await page.locator("#cmp-link-open").click();
  await expect(page.locator("#cmp-link-error")).toHaveCount(0);
  await expect(page.locator("#cmp-table tbody tr").first()).toBeVisible();
  await expect(page.locator("#cmp-summary")).toContainText("verandert de status");

  await page.locator("#cmp-link").fill(hash.slice(0, 20));
  await page.locator("#cmp-link-open").click();
  await expect(page.locator("#cmp-link-error")).toContainText(/onvolledig of beschadigd/);
  await expect(page.locator("#cmp-link")).toHaveAttribute("aria-invalid", "true");
});

test("accessibility: the compare view, the link bar and Mijn scenario's, in both languages", async ({ page, context }) => {
  await gotoApp(page);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(page.url()).origin });
  await page.locator("#method-cap").check();
  await page.locator("#copy-link").click();
  await expect(page.locator("#link-status")).toContainText("Link gekopieerd");
  await page.locator("#saved-panel summary").click();
  await page.locator("#saved-name").fill("Plafond");
  await page.locator("#saved-save").click();
  await expectNoA11yViolations(page);
  await page.locator("#view-cmp").click();
  await expect(page.locator("#cmp-table")).toBeVisible();
  await expectNoA11yViolations(page);
  await captureScreenshots(page, "compare");
  await page.locator("#lang-toggle").click();
  await expect(page.locator("#cmp-heading")).toHaveText("Compare scenarios");
  await expectNoA11yViolations(page);
  // A damaged link's message too, on a fresh load.
  const fresh = await context.newPage();
  await gotoApp(fresh, "/#evt1;b=tw;k=0000");
  await expect(fresh.locator("#link-message")).toBeVisible();
  await expectNoA11yViolations(fresh);
});

test("Delen… opens the device's share sheet with the link, where the device has one", async ({ page }) => {
  // Headless desktop Chromium has no share sheet; stand in for a tablet's.
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, "share", {
      configurable: true,
      value: async (data: ShareData) => {
        (window as unknown as { shared: ShareData }).shared = data;
      },
    });
  });
  await gotoApp(page);
  await retype(page.locator("#param-urgents"), "870");
  await page.locator("#share-link").click();
  await expect(page.locator("#link-status")).toHaveText("Gedeeld.");
  const shared = await page.evaluate(() => (window as unknown as { shared: ShareData }).shared);
  expect(shared.url).toMatch(/#evt1;.*u=870;/);
  expect(shared.title).toBe("Evenwichtige Verdeling Twente");
});

test("without a share sheet there is no Delen… button, only Kopieer link", async ({ page }) => {
  await gotoApp(page);
  expect(await page.evaluate(() => "share" in navigator)).toBe(false);
  await expect(page.locator("#share-link")).toHaveCount(0);
  await expect(page.locator("#copy-link")).toBeVisible();
});
