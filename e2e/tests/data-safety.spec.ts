// Nothing typed is lost, no link handed out that will not open (issue 13): two tabs, a link
// opened in the open page, a name a link cannot carry.
import type { Page } from "@playwright/test";
import { expect, gotoApp, test } from "../fixtures";
import { cell, retype } from "../helpers/app";
import { withChecksum } from "../helpers/link";

const ALMELO = "GM0141";

/** The urgents of the autosave slot, once the 300 ms flush has written `urgents`. */
async function slotUrgents(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const raw = localStorage.getItem("evt.v1.autosave");
    return raw ? (JSON.parse(raw).scenario.params.urgents as number) : null;
  });
}

/** Urgents of every unsaved-work entry of "Mijn scenario's", newest first. */
async function unsavedUrgents(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const raw = localStorage.getItem("evt.v1.saved");
    if (!raw) return [];
    return (JSON.parse(raw).items as { kind: string; scenario: { params: { urgents: number } } }[])
      .filter((i) => i.kind === "unsaved_work")
      .map((i) => i.scenario.params.urgents);
  });
}

async function setUrgents(page: Page, text: string, value: number): Promise<void> {
  await retype(page.locator("#param-urgents"), text);
  await expect.poll(() => slotUrgents(page)).toBe(value);
}

test("two tabs edited in turn and closed: neither tab's work is lost", async ({ context }) => {
  const a = await context.newPage();
  await gotoApp(a);
  await setUrgents(a, "901", 901);
  const b = await context.newPage();
  // A new tab opens the latest work (A's), then goes its own way.
  await gotoApp(b);
  await expect(b.locator("#param-urgents")).toHaveValue("901");
  await setUrgents(b, "1.002", 1002);
  // A edits again: B's work in the shared slot is kept first, and A says so once.
  await setUrgents(a, "903", 903);
  expect(await unsavedUrgents(a)).toEqual([1002]);
  await expect(a.locator("#storage-message")).toContainText("In een ander tabblad");
  // B edits again: A's newest work is kept, B's older copy leaves the list.
  await setUrgents(b, "1.004", 1004);
  expect(await unsavedUrgents(b)).toEqual([903]);

  // Reloading A opens A's own work, not what B wrote last.
  await a.reload();
  await expect(a.locator('[data-ready="true"]').first()).toBeVisible();
  await expect(a.locator("#param-urgents")).toHaveValue("903");
  // Both closed; a new tab opens the last work and finds the other one in the list.
  await a.close();
  await b.close();
  const c = await context.newPage();
  await gotoApp(c);
  await expect(c.locator("#param-urgents")).toHaveValue("1.004");
  const panel = c.locator("#saved-panel");
  await panel.locator("summary").click();
  const kept = c.locator("#saved-list li[data-saved-id]").filter({ hasText: "niet-opgeslagen werk" });
  await expect(kept).toHaveCount(1);
  await kept.locator(".saved-open").click();
  await expect(c.locator("#param-urgents")).toHaveValue("903");
});

test("a link pasted into the address bar keeps the current work and applies its theme and public mode", async ({ page }) => {
  await gotoApp(page);
  await setUrgents(page, "950", 950);
  // The visitor pastes a colleague's link (theme colour and public mode included).
  const link = withChecksum("evt1;d=cbs2023;b=tw;u=900;tc=7a3b00;e=1;");
  await page.evaluate((h) => {
    location.hash = h;
  }, link);
  await expect(page.locator("#summary")).toContainText("900");
  await expect(page.locator("#storage-message")).toContainText("Uw eigen werk is niet weg");
  expect(await unsavedUrgents(page)).toEqual([950]);
  // e=1: the public layout (no editing, no saved list); tc: the colour.
  await expect(page.locator(".app.is-embed")).toHaveCount(1);
  await expect(page.locator("#saved-panel")).toHaveCount(0);
  const primary = await page.evaluate(() => document.documentElement.style.getPropertyValue("--evt-color-primary"));
  expect(primary.trim().toLowerCase()).toMatch(/^#[0-9a-f]{6}$/);
});

test("a pasted link when the work cannot be kept: the user is told and the work is not overwritten", async ({ page }) => {
  await gotoApp(page);
  await setUrgents(page, "950", 950);
  // The saved list cannot be written from now on (a full storage).
  await page.evaluate(() => {
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === "evt.v1.saved") throw new DOMException("full", "QuotaExceededError");
      return set.call(this, key, value);
    };
  });
  await page.evaluate((h) => {
    location.hash = h;
  }, withChecksum("evt1;d=cbs2023;b=tw;u=900;"));
  await expect(page.locator("#storage-message")).toContainText("Opslag is vol");
  await expect(page.locator("#summary")).toContainText("900");
  // Later edits do not overwrite the slot that holds the old work.
  await retype(cell(page, "vac", ALMELO), "700");
  await page.waitForTimeout(800);
  expect(await slotUrgents(page)).toBe(950);
  // Ctrl+Z brings the old work back in this page.
  await page.locator("body").press("ControlOrMeta+z");
  await page.locator("body").press("ControlOrMeta+z");
  await expect(page.locator("#param-urgents")).toHaveValue("950");
});

test("a name a link cannot carry: a message at the cell, and no link is copied", async ({ page, context }) => {
  await gotoApp(page);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(page.url()).origin });
  await page.evaluate(() => navigator.clipboard.writeText("unchanged"));
  const name = cell(page, "name", ALMELO);
  await name.fill("A".repeat(101));
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(name.locator("xpath=..").locator(".error")).toContainText("101 tekens");
  await page.locator("#copy-link").click();
  await expect(page.locator("#link-status")).toContainText("Er is geen link gemaakt");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("unchanged");
  // The insluitcode is refused the same way.
  await page.locator("#copy-embed").click();
  await expect(page.locator("#link-status")).toContainText("Er is geen link gemaakt");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("unchanged");
  // 100 characters are fine.
  await name.fill("A".repeat(100));
  await expect(name).not.toHaveAttribute("aria-invalid", "true");
  await page.locator("#copy-link").click();
  await expect(page.locator("#link-status")).toContainText("Link gekopieerd");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("#evt1;");
});

test.describe("imports as Dutch Excel writes them", () => {
  test("a Windows-1252 CSV with a sep=; line and a UTF-16 'Unicode-tekst' file are read right", async ({ page }) => {
    await gotoApp(page);
    // "CSV (gescheiden door lijstscheidingsteken)": Windows-1252, sep=; first line, CRLF.
    const ansi = Buffer.concat([
      Buffer.from("sep=;\r\nGemeente;Vrijkomende woningen\r\nAlmelo;720\r\nS", "latin1"),
      Buffer.from([0xfa]),
      Buffer.from("dwest-Frysl", "latin1"),
      Buffer.from([0xe2]),
      Buffer.from("n;50\r\n", "latin1"),
    ]);
    await page.locator("#import-csv").setInputFiles({ name: "twente.csv", mimeType: "text/csv", buffer: ansi });
    await expect(page.locator("#paste-changes li")).toHaveCount(1);
    await expect(page.locator("#paste-changes")).toContainText("Almelo");
    await expect(page.locator("#paste-changes")).toContainText("720");
    // The unknown row is quoted as written: decoded, not "S�dwest".
    const all = await page.locator("section.data-tools").innerText();
    expect(all).toContain("Súdwest-Fryslân");
    expect(all).not.toContain("\ufffd");
    await page.locator("#paste-cancel").click();

    // "Unicode-tekst": UTF-16 LE with a byte-order mark, tab-separated.
    const text = "Gemeente\tVrijkomende woningen\r\nBorne\t140\r\n";
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    await page.locator("#import-csv").setInputFiles({ name: "twente.txt", mimeType: "text/plain", buffer: utf16 });
    await expect(page.locator("#paste-changes li")).toHaveCount(1);
    await expect(page.locator("#paste-changes")).toContainText("Borne");
    await expect(page.locator("#paste-changes")).toContainText("140");
    await expect(page.locator("#import-csv-error")).toHaveCount(0);
  });

  test("a file over 5 MB is refused before it is read, with a message", async ({ page }) => {
    await gotoApp(page);
    const big = Buffer.alloc(5 * 1024 * 1024 + 10, "a");
    await page.locator("#import-csv").setInputFiles({ name: "groot.csv", mimeType: "text/csv", buffer: big });
    await expect(page.locator("#import-csv-error")).toContainText("te groot (6 MB)");
    await expect(page.locator("#import-csv")).toHaveAttribute("aria-describedby", "import-csv-error");
    await expect(page.locator("#paste-changes li")).toHaveCount(0);
  });
});

test("Delen… refused by the browser shows the link to copy by hand; a closed share sheet says nothing", async ({ page }) => {
  await page.addInitScript(() => {
    let calls = 0;
    Object.defineProperty(navigator, "share", {
      configurable: true,
      value: () => {
        calls += 1;
        return Promise.reject(new DOMException("no", calls === 1 ? "AbortError" : "NotAllowedError"));
      },
    });
  });
  await gotoApp(page);
  await page.locator("#share-link").click();
  await page.waitForTimeout(300);
  await expect(page.locator("#link-field")).toHaveCount(0);
  await page.locator("#share-link").click();
  await expect(page.locator("#link-status")).toContainText("Delen lukte niet");
  await expect(page.locator("#link-field")).toHaveValue(/#evt1;/);
  // The field is inside the viewport, next to the button that failed.
  const box = await page.locator("#link-field").boundingBox();
  const vp = page.viewportSize();
  expect(box && vp && box.y + box.height <= vp.height && box.x >= 0).toBeTruthy();
});
