// The first screen answers the question (issue 12): at phone, tablet (portrait and
// landscape, touch) and desktop sizes the summary names who is above the signal value, the
// four key columns of the results table are inside the viewport, an edit shows its effect
// beside the edited figure, Back and Forward move between views, the map keeps you on the
// map, the embedded public mode stays short and can copy, and the printed report carries
// every status and the link. Screenshots go to artifacts/screenshots/first-screen-*.png.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "@playwright/test";
import { expect, gotoApp, test } from "../fixtures";
import { expectNoA11yViolations } from "../helpers/axe";
import { cell, STATUS_NL, WORKED } from "../helpers/app";
import { SCREENSHOT_DIR } from "../helpers/screenshots";
import { withChecksum } from "../helpers/link";

const SIZES = [
  { name: "phone", width: 390, height: 844, touch: true },
  { name: "tablet", width: 768, height: 1024, touch: true },
  { name: "tablet-landscape", width: 1024, height: 768, touch: true },
  { name: "desktop", width: 1366, height: 1024, touch: false },
] as const;

/** Everyone above the signal value in the default scenario, with their percentage. */
const ABOVE = WORKED.municipalities
  .filter((m) => m.households_status === "above-signal")
  .map((m) => `${m.name} (${m.households_pct_1dp.replace(".", ",")}%)`);

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const v = page.viewportSize()!;
  await page.screenshot({ path: join(SCREENSHOT_DIR, `first-screen-${name}-${v.width}x${v.height}.png`) });
}

/** The element's box lies inside the viewport (not scrolled off to any side). */
async function expectInViewport(page: Page, locator: Locator, what: string): Promise<void> {
  const box = await locator.boundingBox();
  const v = page.viewportSize()!;
  expect(box, what).not.toBeNull();
  expect(box!.x, `${what}: left`).toBeGreaterThanOrEqual(-0.5);
  expect(box!.y, `${what}: top`).toBeGreaterThanOrEqual(-0.5);
  expect(box!.x + box!.width, `${what}: right`).toBeLessThanOrEqual(v.width + 0.5);
  expect(box!.y + box!.height, `${what}: bottom`).toBeLessThanOrEqual(v.height + 0.5);
}

for (const size of SIZES) {
  test.describe(`${size.name} ${size.width}×${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height }, hasTouch: size.touch });

    test("the first screen is the answer: who is above the signal value, the key columns", async ({ page }) => {
      await gotoApp(page);
      const summary = page.locator("#summary");
      // Everyone above 20 % by name and percentage, the two below the minimum likewise.
      for (const named of ABOVE) await expect(summary).toContainText(named);
      await expect(summary).toContainText("Almelo (13,4%)");
      await expect(summary).toContainText("Enschede (13,4%)");
      await expectInViewport(page, summary, "the summary");
      // The assumptions say what is set, one tap away on narrow screens.
      await expect(page.locator("#params-now:visible, #params-body:visible").first()).toBeVisible();
      // Name, urgents per year, percentage and status: inside the viewport, no sideways scroll.
      await page.locator("#results-table").scrollIntoViewIfNeeded();
      const region = (await page.locator(".table-scroll").filter({ has: page.locator("#results-table") }).boundingBox())!;
      for (const col of ["name", "target", "pct", "status"]) {
        const th = page.locator(`#results-table thead th.col-${col}`);
        await expect(th).toBeVisible();
        const box = (await th.boundingBox())!;
        expect(box.x, `${col} left`).toBeGreaterThanOrEqual(region.x - 0.5);
        expect(box.x + box.width, `${col} right`).toBeLessThanOrEqual(Math.min(size.width, region.x + region.width) + 0.5);
      }
      const row = page.locator(`#results-table tbody tr[data-id="GM0153"] td.status`);
      expect(((await row.boundingBox())!.x + (await row.boundingBox())!.width)).toBeLessThanOrEqual(size.width);
      await expect(row).toContainText(STATUS_NL["below-minimum"]);
      await page.evaluate(() => window.scrollTo(0, 0));
      await shot(page, "calculator");
    });

    test("an edit shows its effect beside the edited figure; a tapped estimate is replaced", async ({ page }) => {
      await gotoApp(page);
      const vac = cell(page, "vac", "GM0153");
      const out = page.locator("#out-GM0153");
      // In the middle of the screen, as a person scrolls to a row: at the very bottom edge the
      // result (which may grow by a line with its new status) could end below the screen.
      await vac.evaluate((el) => el.scrollIntoView({ block: "center" }));
      await expect(out).toContainText("13,4%");
      if (size.touch) await vac.tap();
      else await vac.click();
      // The whole value is selected: typing replaces the estimate.
      await page.keyboard.type("1300");
      await expect(vac).toHaveValue("1300");
      // "Done" on the on-screen keyboard (Enter) commits; the row stays where it is.
      await page.keyboard.press("Enter");
      await expect(out).not.toContainText("13,4%");
      await expect(out).toContainText(STATUS_NL["within-range"]);
      await expectInViewport(page, vac, "the edited cell");
      await expectInViewport(page, out, "its result");
      // Spreadsheet notation with zero decimals is a whole number.
      await vac.fill("1.520,0");
      await vac.press("Tab");
      await expect(vac).toHaveValue("1.520");
      await expect(page.locator("#in-vac-GM0153-error")).toHaveCount(0);
      // A real decimal gets a clear message at the cell.
      await vac.fill("1520,5");
      await vac.press("Tab");
      await expect(page.locator("#in-vac-GM0153-error")).toContainText("heel getal");
      await shot(page, "edit");
    });
  });
}

test.describe("tablet, touch", () => {
  test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true });

  test("the assumptions panel opens with one tap and says what is set while closed", async ({ page }) => {
    await gotoApp(page);
    const now = page.locator("#params-now");
    await expect(now).toContainText("Naar rato van huishoudens");
    await expect(now).toContainText("800 urgenten per jaar");
    await expect(page.locator("#method-eq")).toBeHidden();
    const toggle = page.locator("#params-toggle");
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await toggle.tap();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    await page.locator("label[for='method-eq']").tap();
    await expect(page.locator("#summary")).toContainText("gelijk percentage");
    await expect(now).toContainText("Gelijk percentage");
  });

  test("tap targets of tabs, methods, 'Hoe berekend?' and chart bars are at least 44 × 44 px; no text below 12 px", async ({ page }) => {
    await gotoApp(page);
    await page.locator("#params-toggle").tap();
    const targets = [
      ...(await page.locator(".view-tab").all()),
      ...(await page.locator(".method label").all()),
      ...(await page.locator(".explain summary").all()).slice(0, 3),
      ...(await page.locator("#chart .bar .bar-hit").all()).slice(0, 3),
    ];
    expect(targets.length).toBeGreaterThan(10);
    for (const t of targets) {
      await t.scrollIntoViewIfNeeded();
      const box = (await t.boundingBox())!;
      const what = await t.evaluate((el) => `${el.tagName}.${el.getAttribute("class")} ${el.textContent?.trim().slice(0, 20)}`);
      expect(box.height, `${what} height`).toBeGreaterThanOrEqual(44);
      expect(box.width, `${what} width`).toBeGreaterThanOrEqual(44);
    }
    // Text (HTML and the chart's SVG, scaled as drawn) is at least 12 px.
    const small = await page.evaluate(() => {
      const out: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement | SVGTextElement>("#main *, header *, nav *")) {
        const text = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim() !== "");
        if (!text) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        if (el.closest(".visually-hidden, .label-long, [aria-hidden='true'] .visually-hidden")) continue;
        let px = parseFloat(getComputedStyle(el).fontSize);
        if (el instanceof SVGElement) px *= (el as SVGGraphicsElement).getScreenCTM()?.a ?? 1;
        if (px < 11.95) out.push(`${el.tagName} "${el.textContent!.trim().slice(0, 30)}" ${px.toFixed(1)}px`);
      }
      return out;
    });
    expect(small).toEqual([]);
  });
});

test("Back and Forward move between views, never back to an older scenario", async ({ page }) => {
  await gotoApp(page);
  const vac = cell(page, "vac", "GM0153");
  await vac.fill("3000");
  await vac.press("Tab");
  const edited = await page.locator("#summary").textContent();
  await page.locator("#view-kaart").click();
  await expect(page.locator("#map-svg")).toBeVisible({ timeout: 20_000 });
  await page.locator("#view-uitleg").click();
  await expect(page.locator("#view-uitleg")).toHaveAttribute("aria-current", "page");
  await page.goBack();
  await expect(page.locator("#view-kaart")).toHaveAttribute("aria-current", "page");
  await expect(page.locator("#map-svg")).toBeVisible();
  await expect(page.locator("#summary")).toHaveText(edited!);
  await page.goBack();
  await expect(page.locator("#view-calc")).toHaveAttribute("aria-current", "page");
  // Back did not undo the edit: the scenario is the one of now.
  await expect(cell(page, "vac", "GM0153")).toHaveValue("3.000");
  await page.goForward();
  await expect(page.locator("#view-kaart")).toHaveAttribute("aria-current", "page");
  // The tabs are real links: the view's address carries the scenario as it is now.
  await page.locator("#view-uitleg").focus();
  const href = await page.locator("#view-uitleg").getAttribute("href");
  expect(href).toMatch(/#evt1;.*v=uitleg;.*k=[0-9a-f]{4}$/);
  expect(href).toContain(";r3=V3000;");
});

test("a link pasted into the address bar of the open page still opens its scenario", async ({ page }) => {
  await gotoApp(page);
  await page.locator("#view-kaart").click();
  await expect(page.locator("#map-svg")).toBeVisible({ timeout: 20_000 });
  // Typed into the address bar: a new history entry of the visitor's, not a view change.
  await page.goto(`/${withChecksum("evt1;d=cbs2023;b=tw;u=900;")}`);
  await expect(page.locator("#summary")).toContainText("van de 900 urgenten");
  await expect(page.locator("#view-calc")).toHaveAttribute("aria-current", "page");
  // Followed within the page (location.hash) too.
  await page.evaluate((h) => (window.location.hash = h), withChecksum("evt1;d=cbs2023;b=tw;u=700;"));
  await expect(page.locator("#summary")).toContainText("700 urgenten gehuisvest");
  // Back returns to the map view, keeping the scenario of now.
  await page.goBack();
  await page.goBack();
  await expect(page.locator("#view-kaart")).toHaveAttribute("aria-current", "page");
  await expect(page.locator("#summary")).toContainText("700 urgenten gehuisvest");
});

test("the embed code of another view is the public answer; a broken e=1 link opens the full calculator", async ({
  page,
  context,
  baseURL,
}) => {
  await gotoApp(page);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(baseURL!).origin });
  await page.locator("#view-cmp").click();
  await expect(page.locator("#cmp-summary")).toBeVisible({ timeout: 20_000 });
  await page.locator("#copy-embed").click();
  await expect(page.locator("#link-status")).toContainText("Insluitcode gekopieerd");
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  const src = /src="([^"]+)"/.exec(snippet)![1].replace(/&amp;/g, "&");
  expect(src).toContain(";e=1;");
  expect(src).not.toMatch(/v=cmp|;vs;/);
  // A damaged public link: the message, and the whole calculator (not the public layout).
  await page.goto("about:blank");
  await page.goto("/#evt1;d=cbs2023;b=tw;e=1;k=0000");
  await expect(page.locator("#link-message")).toBeVisible({ timeout: 20_000 });
  await expect(page.locator("#input-table")).toBeVisible();
  await expect(page.locator("html")).not.toHaveClass(/evt-embed/);
});

test("'Wat als': 10 % fewer vacated homes in one step, undone in one step", async ({ page }) => {
  await gotoApp(page);
  const before = await page.locator("#summary").textContent();
  const hh = await page.locator("#total-target").textContent();
  await page.locator("#what-if-pct").fill("10");
  await page.locator("#what-if-scope").selectOption("GM0153");
  await page.locator("#what-if-apply").click();
  await expect(page.locator("#notice")).toContainText("1 wijzigingen toegepast");
  const est = WORKED.municipalities.find((m) => m.code === "GM0153")!.vacancies_estimate;
  const expected = Math.floor((est * 9000 * 2 + 10_000) / 20_000);
  await expect(cell(page, "vac", "GM0153")).toHaveValue(expected.toLocaleString("nl-NL"));
  await expect(page.locator("#summary")).not.toHaveText(before!);
  await expect(page.locator("#total-target")).toHaveText(hh!);
  await page.locator("#undo").click();
  await expect(page.locator("#summary")).toHaveText(before!);
  await expect(cell(page, "vac", "GM0153")).toHaveValue(est.toLocaleString("nl-NL"));
  // Not a percentage: a message, nothing changes.
  await page.locator("#what-if-pct").fill("veel");
  await page.locator("#what-if-apply").click();
  await expect(page.locator("#what-if-error")).toBeVisible();
  await expect(page.locator("#summary")).toHaveText(before!);
  // Text in the table that does not parse is never thrown away by it.
  await page.locator("#what-if-pct").fill("10");
  const households = cell(page, "hh", "GM0141");
  await households.fill("12,5");
  await households.press("Tab");
  await page.locator("#what-if-apply").click();
  await expect(page.locator("#what-if-refused")).toContainText("Herstel eerst");
  await expect(households).toHaveValue("12,5");
});

test("'Mijn gemeente' comes first, is highlighted and goes into the link", async ({ page }) => {
  await gotoApp(page);
  await page.locator("#mine").selectOption("GM0141");
  await expect(page.locator("#summary")).toHaveText(/^Almelo: 93 urgenten per jaar, 13,4% van de vrijkomende sociale huurwoningen \(onder het minimum\)\. /);
  await expect(page.locator(`#results-table tr[data-id="GM0141"]`)).toHaveClass(/is-mine/);
  await expect(page.locator(`#bar-GM0141`)).toHaveClass(/is-mine/);
  await expect.poll(() => new URL(page.url()).hash).toContain("mg=GM0141;");
  // The link opens with it.
  await page.reload();
  await expect(page.locator("#mine")).toHaveValue("GM0141");
  await expect(page.locator("#summary")).toContainText("Almelo: 93 urgenten");
  // A later visit without a link: this browser's choice, and the prerendered summary
  // (without it) is never shown as the answer.
  await page.goto("about:blank");
  await gotoApp(page, "/");
  await expect(page.locator("#mine")).toHaveValue("GM0141");
  await expect(page.locator("#summary")).toContainText("Almelo: 93 urgenten");
  // "Geen gemeente gekozen" forgets it.
  await page.locator("#mine").selectOption("");
  await expect(page.locator("#summary")).toHaveText(/^Bij een verdeling/);
  await page.goto("about:blank");
  await gotoApp(page, "/");
  await expect(page.locator("#mine")).toHaveValue("");
});

test("the map keeps you on the map: a tapped tile shows its figures there", async ({ page }) => {
  await gotoApp(page, "/#v=kaart");
  const tile = page.locator("#map-tile-GM0153");
  await expect(tile).toBeVisible({ timeout: 20_000 });
  await tile.click();
  await expect(page.locator("#view-kaart")).toHaveAttribute("aria-current", "page");
  const card = page.locator("#map-card");
  await expect(card).toBeVisible();
  await expect(card.locator("h3")).toHaveText("Enschede");
  await expect(page.locator("#map-card-target")).toHaveText("227");
  await expect(page.locator("#map-card-status")).toContainText(STATUS_NL["below-minimum"]);
  await page.locator("#map-card-close").click();
  await expect(card).toHaveCount(0);
  // On a phone every tile is a tap target of at least 44 × 44 px.
  await page.setViewportSize({ width: 390, height: 844 });
  for (const hit of await page.locator("#map-svg .map-tile-hit").all()) {
    const box = (await hit.boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
  }
});

test.describe("embedded, public mode, 360 px phone", () => {
  test.use({ viewport: { width: 360, height: 800 }, hasTouch: true });

  test("the copied code frames a short public page on another site, whose copy works", async ({
    page,
    context,
    guard,
    baseURL,
  }) => {
    const app = new URL(baseURL!).origin;
    // Copy the embed code from the calculator as a web editor would (on a desktop).
    await page.setViewportSize({ width: 1366, height: 1024 });
    await gotoApp(page);
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: app });
    await page.locator("#copy-embed").click();
    await expect(page.locator("#link-status")).toContainText("Insluitcode gekopieerd");
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    expect(snippet).toContain('allow="clipboard-write; web-share"');
    expect(snippet).toContain(`event.origin !== "${app}"`);
    expect(snippet).toContain("evt-height");
    // The host: a strict CSP but for the inline listener, on another origin.
    const hostHtml = `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Gemeente</title>
<meta name="viewport" content="width=device-width"></head><body><h1>Wonen</h1>${snippet}<p id="after">Meer nieuws</p></body></html>`;
    const server: Server = createServer((req, res) => {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(hostHtml);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const HOST = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    guard.allowHostOrigin(HOST);
    try {
      await page.setViewportSize({ width: 360, height: 800 });
      await page.goto(`${HOST}/`);
      const frameEl = page.locator("#evt-rekenhulp");
      const initial = (await frameEl.boundingBox())!.height;
      expect(initial, "the frame starts near its final height, not 48 px").toBeGreaterThanOrEqual(900);
      const frame = page.frameLocator("#evt-rekenhulp");
      await expect(frame.locator("#summary")).toContainText("Tubbergen (37,1%)");
      await expect(frame.locator("#chart-panel[data-ready='true']")).toBeVisible({ timeout: 20_000 });
      // Public: no editing, saving, monitoring or embed code.
      for (const sel of ["#params-toggle", "#input-table", "#saved-panel", "#copy-embed", "#view-mon", "#view-groei", "#view-cmp", "#results-table"]) {
        await expect(frame.locator(sel), sel).toHaveCount(0);
      }
      await expect(frame.locator("#params-now")).toContainText("Naar rato van huishoudens");
      await expect(frame.locator("#open-full")).toHaveAttribute("target", "_blank");
      // The frame takes its content's height: under two phone screens.
      const height = (await frameEl.boundingBox())!.height;
      expect(height).toBeLessThan(2 * 800);
      // The read-only table of the chart: the four key columns inside the 360 px frame.
      await frame.locator("#chart-toggle").tap();
      const table = frame.locator("#chart-table");
      await expect(table).toBeVisible();
      // Inside what the table's own scroll area shows, not only inside the frame.
      const visible = (await frame.locator(".table-scroll").filter({ has: table }).boundingBox())!;
      for (const th of await table.locator("thead th").all()) {
        const b = (await th.boundingBox())!;
        expect(b.x + b.width, await th.innerText()).toBeLessThanOrEqual(visible.x + visible.width + 0.5);
      }
      // "Kopieer link" works inside the frame (allow="clipboard-write").
      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: HOST });
      await frame.locator("#copy-link").tap();
      await expect(frame.locator("#link-status")).toContainText("Link gekopieerd");
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toMatch(/#evt1;/);
      expect(copied).not.toContain(";e=1;");
      await shot(page, "embed");
    } finally {
      server.close();
    }
  });

  test("public mode passes axe, also on the explanation", async ({ page }) => {
    await gotoApp(page, `/${withChecksum("evt1;d=cbs2023;b=tw;e=1;")}`);
    await expect(page.locator(".app.is-embed")).toBeVisible();
    await expectNoA11yViolations(page);
    await page.locator("#view-uitleg").tap();
    await expect(page.locator("#uitleg-heading")).toBeVisible();
    await expectNoA11yViolations(page);
  });
});

test("the printed report: every status, the assumptions, the link as text and QR code", async ({ page }) => {
  await gotoApp(page);
  await expect.poll(() => page.locator("#print-url").textContent()).toMatch(/#evt1;/);
  const link = (await page.locator("#print-url").textContent())!;
  await page.emulateMedia({ media: "print" });
  // No controls or sort glyphs on paper; every column.
  for (const sel of ["#params-toggle", ".sort-arrow", "#copy-link", "#view-calc", "#what-if", "#mine", "#columns-toggle"]) {
    await expect(page.locator(sel).first(), sel).toBeHidden();
  }
  await expect(page.locator("#results-table thead th")).toHaveCount(10);
  for (const th of await page.locator("#results-table thead th").all()) await expect(th).toBeVisible();
  await expect(page.locator("#print-qr")).toBeVisible();
  // On A4 (180 mm between the margins, about 680 px) the table fits: nothing cut off.
  await page.setViewportSize({ width: 680, height: 1000 });
  const overflow = await page.locator("#results-table").evaluate((t) => t.getBoundingClientRect().right - t.parentElement!.getBoundingClientRect().right);
  expect(overflow, "the results table is not wider than the page").toBeLessThanOrEqual(1);
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  writeFileSync(join(SCREENSHOT_DIR, "first-screen-report.pdf"), pdf);
  const text = await pdfText(pdf);
  for (const m of WORKED.municipalities) {
    expect(text, m.name).toContain(m.name);
  }
  const count = (s: string) => text.split(s).length - 1;
  const statuses = WORKED.municipalities.map((m) => m.households_status);
  for (const st of ["above-signal", "below-minimum", "within-range"] as const) {
    expect(count(STATUS_NL[st]), st).toBeGreaterThanOrEqual(statuses.filter((s) => s === st).length);
  }
  expect(text.replace(/\s+/g, "")).toContain(link.replace(/\s+/g, ""));
  expect(text).toContain("Naar rato van huishoudens");
  expect(text).toContain("Bron: CBS");
});

/** All text of a PDF, pages joined (pdf.js, in Node). */
async function pdfText(pdf: Buffer): Promise<string> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  let out = "";
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    out += content.items.map((it) => ("str" in it ? it.str : "")).join(" ") + "\n";
  }
  return out;
}
