// The core journeys in other browser engines than Chromium, over WebDriver (issue 13,
// "Three engines"): WebKitGTK (Safari's engine family) and Firefox ESR. Playwright covers
// Chromium with many more journeys (e2e/tests/); these are the ones every engine must pass:
//
//   open         the page boots, the app takes over, the worked example's 14 rows and summary
//   edit         a typed figure changes the target, percentage, status and summary
//   paste        a block from a spreadsheet pasted (real clipboard, Ctrl+C / Ctrl+V) and applied
//   link         edit → "Kopieer link" → the link in a fresh browser → the same figures
//   save         save in "Mijn scenario's", change, reload, restore the saved scenario
//   offline      load once (service worker), stop the server, reload: the app still computes
//   embed        the public embed link in an iframe of a host page on another origin
//
// Every journey gets a fresh browser session (own profile: no storage, cache or worker).
// Run: node e2e/webdriver/run.mjs (both engines), or
//   WD_ENGINES=firefox WD_DIST=/tmp/dist-x node --test e2e/webdriver/journeys.test.mjs
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { resolve } from "node:path";
import { after, before, describe, test } from "node:test";
import { startServer } from "../server.mjs";
import { startDriver } from "./client.mjs";
import { selectedEngines } from "./engines.mjs";
import {
  ALMELO,
  apportion,
  cell,
  DEFAULT_SUMMARY_NL,
  DINKELLAND,
  DINKELLAND_200_SUMMARY_NL,
  nl,
  openApp,
  openDetails,
  pageErrors,
  reload,
  pctNl,
  readResults,
  resultsText,
  retype,
  row,
  STATUS_NL,
  waitHash,
  waitReady,
  waitText,
  waitValue,
  WORKED,
} from "./app.mjs";

const DIST = resolve(process.env.WD_DIST ?? "dist");
const SHOTS = resolve(process.env.WD_ARTIFACTS ?? "artifacts/webdriver");

/** The 14 municipalities with made-up vacancy figures, Almelo with other households (spreadsheet.spec.ts). */
const VACANCIES = {
  GM0141: 750, GM0147: 140, GM1774: 90, GM0153: 1800, GM0158: 150, GM0163: 200, GM0164: 800,
  GM1735: 190, GM0168: 120, GM0173: 260, GM1742: 210, GM0183: 70, GM1700: 230, GM0189: 110,
};
const PASTED = WORKED.municipalities.map((m) => [m.code, m.name, m.code === ALMELO ? 34000 : m.households, VACANCIES[m.code]]);
/** What a spreadsheet puts on the clipboard: tab-separated cells, one row per line. */
const BLOCK = [["Gemeente", "Huishoudens", "Vrijkomende woningen"], ...PASTED.map(([, name, h, v]) => [name, nl(h), nl(v)])]
  .map((r) => r.join("\t"))
  .join("\n") + "\n";

/** Put `text` on the browser's clipboard as a person would: select it in a text box, Ctrl+C. */
async function copyToClipboard(s, text) {
  await s.exec(
    `const t = document.createElement("textarea");
     t.id = "wd-clipboard-source";
     t.value = arguments[0];
     document.body.append(t);`,
    text,
  );
  await s.click("#wd-clipboard-source");
  await s.ctrl("a");
  await s.ctrl("c");
  await s.exec(`document.getElementById("wd-clipboard-source").remove();`);
}

/** Read the browser's clipboard as a person would: Ctrl+V into a text box. */
async function readClipboard(s) {
  await s.exec(
    `const t = document.createElement("textarea");
     t.id = "wd-clipboard-target";
     document.body.append(t);`,
  );
  await s.click("#wd-clipboard-target");
  await s.ctrl("v");
  const text = await s.value("#wd-clipboard-target");
  await s.exec(`document.getElementById("wd-clipboard-target").remove();`);
  return text;
}

/** Assert the default scenario's results (SPEC.md worked example) are shown, row by row. */
async function expectWorkedExample(s) {
  const rows = await readResults(s);
  assert.equal(rows.length, 14, "14 municipalities in the results");
  const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
  for (const m of WORKED.municipalities) {
    const r = byId[m.code];
    assert.ok(r, `row of ${m.name}`);
    assert.equal(r.target, String(m.households_target), `${m.name} target`);
    assert.equal(r.pct, `${m.households_pct_1dp.replace(".", ",")}%`, `${m.name} percentage`);
    assert.ok(r.status.includes(STATUS_NL[m.households_status]), `${m.name} status: ${r.status}`);
  }
  // Laid out as a table: every row below the previous one, none collapsed.
  for (let i = 1; i < rows.length; i++) {
    assert.ok(rows[i].top >= rows[i - 1].top + rows[i - 1].height - 1, `row ${rows[i].id} is below ${rows[i - 1].id}`);
    assert.ok(rows[i].height > 10, `row ${rows[i].id} has a height`);
  }
}

for (const engine of selectedEngines()) {
  describe(engine.name, () => {
    let driver;
    let server;

    before(async () => {
      server = await startServer({ root: DIST, host: "127.0.0.1", port: Number(process.env.WD_PORT ?? 0), compress: true });
      driver = await startDriver(engine);
    });
    after(async () => {
      await driver?.stop();
      await server?.close();
    });

    /**
     * A journey in a fresh session. On failure a screenshot goes to artifacts/webdriver/;
     * errors the page reported (window errors, console.error) fail the journey too.
     */
    function journey(name, fn, { checkErrors = true } = {}) {
      test(name, { timeout: 180_000 }, async (t) => {
        const sessions = [];
        const open = async () => {
          const s = await driver.newSession();
          sessions.push(s);
          await s.setTimeouts({ script: 15_000, pageLoad: 30_000, implicit: 10_000 });
          return s;
        };
        const s = await open();
        try {
          await fn(s, { t, open });
          if (checkErrors) {
            for (const each of sessions.filter((x) => !x.closed)) {
              const errors = await pageErrors(each);
              assert.deepEqual(errors, [], "errors reported by the page");
            }
          }
        } catch (err) {
          try {
            mkdirSync(SHOTS, { recursive: true });
            const file = `${SHOTS}/${engine.name}-${name.replace(/[^a-z0-9]+/gi, "-")}.png`;
            const live = sessions.filter((x) => !x.closed).pop();
            if (live) writeFileSync(file, await live.screenshot());
            t.diagnostic(`screenshot: ${file}`);
          } catch {}
          throw err;
        } finally {
          for (const each of sessions) await each.quit();
        }
      });
    }

    journey("open: the app takes over and shows the worked example", async (s, { t }) => {
      // Which engine this is (run.mjs reports it with the counts).
      t.diagnostic(`browser: ${s.capabilities.browserName} ${s.capabilities.browserVersion}`);
      await openApp(s, server.url);
      assert.match(await s.title(), /Evenwichtige Verdeling Twente/);
      assert.equal(await s.attr("html", "lang"), "nl");
      await waitText(s, "#summary", DEFAULT_SUMMARY_NL);
      await expectWorkedExample(s);
      assert.equal((await s.text("#total-target")).trim(), "800");
      for (const m of WORKED.municipalities) {
        assert.equal(await s.value(cell("hh", m.code)), nl(m.households), `${m.name} households input`);
        assert.equal(await s.value(cell("vac", m.code)), nl(m.vacancies_estimate), `${m.name} vacancies input`);
      }
      // The page is laid out: the summary above the results, both with a size, in the window.
      const box = await s.exec(`
        const b = (sel) => { const r = document.querySelector(sel).getBoundingClientRect(); return { top: r.top + scrollY, w: r.width, h: r.height }; };
        return { summary: b("#summary"), results: b("#results"), width: innerWidth, scrollW: document.documentElement.scrollWidth };`);
      assert.ok(box.summary.h > 20 && box.summary.w > 200, `summary has a size: ${JSON.stringify(box.summary)}`);
      assert.ok(box.results.h > 300 && box.results.w > 200, `results have a size: ${JSON.stringify(box.results)}`);
      assert.ok(box.summary.top < box.results.top, "the summary comes before the results");
      assert.ok(box.scrollW <= box.width + 1, `no horizontal scrolling (${box.scrollW} > ${box.width})`);

      // An iPad held upright (768 px): the page still fits the width, nothing to scroll
      // sideways, and the results keep their figures.
      await s.setWindowRect({ width: 768, height: 1024 });
      await s.waitFor(() => s.exec("return innerWidth <= 768;"), { message: "the window at 768 px" });
      const narrow = await s.exec(`
        const r = document.querySelector("#results").getBoundingClientRect();
        return { width: innerWidth, scrollW: document.documentElement.scrollWidth, left: r.left, right: r.right };`);
      assert.ok(narrow.scrollW <= narrow.width + 1, `no horizontal scrolling at 768 px (${narrow.scrollW} > ${narrow.width})`);
      assert.ok(narrow.left >= 0 && narrow.right <= narrow.width + 1, `the results fit the width: ${JSON.stringify(narrow)}`);
      await waitText(s, "#summary", DEFAULT_SUMMARY_NL);
      await expectWorkedExample(s);
    });

    journey("edit: Dinkelland's vacancies 83 → 200 change target, percentage, status and summary", async (s) => {
      await openApp(s, server.url);
      const vac = cell("vac", DINKELLAND);
      assert.equal(await s.value(vac), "83");
      await waitText(s, `${row(DINKELLAND)} td.pct`, "36,1%");
      assert.equal(await s.exec("return document.getElementById('undo').disabled;"), true, "nothing to undo yet");

      await retype(s, vac, "200");

      await waitValue(s, vac, "200");
      await waitText(s, `${row(DINKELLAND)} td.pct`, "15,0%");
      await waitText(s, `${row(DINKELLAND)} td.target`, "30");
      assert.ok((await s.text(`${row(DINKELLAND)} td.status`)).includes("binnen de bandbreedte"));
      assert.equal(await s.count(`${row(DINKELLAND)} .badge-estimate`), 0, "a typed value is no estimate");
      await waitText(s, "#summary", DINKELLAND_200_SUMMARY_NL);
      assert.equal(await s.exec("return document.getElementById('undo').disabled;"), false, "undo is possible");

      // A thousands separator typed the Dutch way: Almelo's households doubled.
      await retype(s, cell("hh", ALMELO), "66.740");
      const weights = WORKED.municipalities.map((m) => (m.code === ALMELO ? 66740 : m.households));
      const expected = apportion(800, weights);
      const targets = await s.waitFor(async () => {
        const rows = await readResults(s);
        const t = Object.fromEntries(rows.map((r) => [r.id, Number(r.target.replace(/\./g, ""))]));
        return t[ALMELO] === expected[0] && t;
      }, { message: "Almelo's new target" });
      WORKED.municipalities.forEach((m, i) => assert.equal(targets[m.code], expected[i], m.name));
      assert.equal(await s.value(cell("hh", ALMELO)), "66.740");
    });

    journey("paste: a 14-row block from a spreadsheet, previewed and applied", async (s, { t }) => {
      await openApp(s, server.url);
      await copyToClipboard(s, BLOCK);
      await openDetails(s, "#paste-panel");
      await s.click("#paste-input");
      await s.ctrl("v");
      // The real clipboard and a real paste event: the box previews the block at once.
      const pasted = await s.value("#paste-input");
      if (pasted !== BLOCK) {
        t.diagnostic(`the paste box holds ${JSON.stringify(pasted.slice(0, 80))}…`);
      }
      assert.equal(pasted, BLOCK, "Ctrl+V put the copied block into the paste box");
      await s.waitFor(() => s.count("#paste-changes li"), { message: "the preview of the pasted block" });
      const preview = await s.exec(`return [...document.querySelectorAll("#paste-changes li")].map((li) => li.textContent).join("\\n");`);
      for (const [, name] of PASTED) assert.ok(preview.includes(name), `preview mentions ${name}`);
      assert.ok(preview.includes("34.000") && preview.includes("1.800"), "preview shows the new figures");
      assert.equal(await s.count("#paste-rejected li"), 0, "nothing rejected");
      // Nothing applied yet.
      assert.equal(await s.value(cell("vac", DINKELLAND)), "83");
      await waitText(s, "#summary", DEFAULT_SUMMARY_NL);

      await s.click("#paste-apply");

      for (const [code, name, h, v] of PASTED) {
        await waitValue(s, cell("vac", code), nl(v), { message: `${name} vacancies` });
        assert.equal(await s.value(cell("hh", code)), nl(h), `${name} households`);
      }
      const expected = apportion(800, PASTED.map(([, , h]) => h));
      const rows = Object.fromEntries((await readResults(s)).map((r) => [r.id, r]));
      PASTED.forEach(([code, name, , v], i) => {
        assert.equal(rows[code].target, nl(expected[i]), `${name} target`);
        assert.equal(rows[code].pct, pctNl(expected[i], v), `${name} percentage`);
      });
      const above = PASTED.filter(([, , , v], i) => expected[i] * 10000 > 2000 * v).length;
      assert.ok((await s.text("#summary")).includes(`${above} van de 14 gemeenten boven de signaalwaarde`));
      assert.ok((await s.text("#notice")).includes("wijzigingen toegepast"));
    });

    journey("link: edit, 'Kopieer link', open it in a fresh browser: the same figures", async (s, { t, open }) => {
      await openApp(s, server.url);
      await retype(s, "#param-urgents", "950");
      await s.click('label[for="method-cap"]');
      await s.waitFor(() => s.exec("return document.getElementById('method-cap').checked;"), { message: "method cap checked" });
      await retype(s, cell("vac", DINKELLAND), "200");
      await retype(s, cell("name", ALMELO), "Almelo (stad)");
      // The address follows the edits (replaceState).
      const hash = await waitHash(s, "V200");
      assert.match(hash, /^#evt1;.*u=950.*;k=[0-9a-f]{4}$/);
      await s.waitFor(async () => (await s.text("#total-target")).trim() === "950", { message: "total 950" });
      const before = await resultsText(s);
      assert.ok(before.includes("Almelo (stad)"), "the renamed municipality is in the results");

      await s.click("#copy-link");
      await s.waitFor(async () => ((await s.text("#link-status")) ?? "").trim() !== "", { message: "the copy's outcome" });
      const status = (await s.text("#link-status")).trim();
      let url;
      if (status.startsWith("Link gekopieerd")) {
        url = await readClipboard(s);
        t.diagnostic("the link came through the clipboard (pasted with Ctrl+V)");
      } else {
        // The engine refused the clipboard: the app shows the link in a field to copy by hand.
        url = await s.value("#link-field");
        t.diagnostic(`copy refused by the engine (${status}); the link was read from #link-field`);
      }
      assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/(index\.html)?#evt1;/);
      assert.equal(new URL(url).hash, await s.exec("return location.hash;"), "the copied link is the address's link");
      assert.ok(new URL(url).hash.length <= 300, `short enough for an e-mail: ${new URL(url).hash.length}`);

      // The fresh browser: WebKitWebDriver runs one session at a time, so the first browser
      // closes first (its page errors are checked before it goes).
      assert.deepEqual(await pageErrors(s), [], "errors reported by the first page");
      await s.quit();
      const other = await open();
      await openApp(other, url);
      await s.waitForValue(() => resultsText(other), before, { message: "results in the fresh browser" });
      assert.equal(await other.value("#param-urgents"), "950");
      assert.equal(await other.exec("return document.getElementById('method-cap').checked;"), true);
      assert.equal(await other.value(cell("name", ALMELO)), "Almelo (stad)");
      assert.equal(await other.value(cell("vac", DINKELLAND)), "200");
      assert.equal(await other.count("#link-message"), 0, "no message about the link");
    });

    journey("save: save in 'Mijn scenario's', change, reload, restore", async (s) => {
      await openApp(s, server.url);
      await retype(s, "#param-urgents", "900");
      await waitText(s, "#total-target", "900");
      await openDetails(s, "#saved-panel");
      await retype(s, "#saved-name", "Variant A", { leave: false });
      await s.click("#saved-save");
      await s.waitFor(async () => (await s.text("#saved-status")).includes("Variant A"), { message: "saved status" });
      assert.equal(await s.count("#saved-list li[data-saved-id]"), 1);

      await retype(s, "#param-urgents", "1.234");
      await waitText(s, "#total-target", "1.234");
      await waitHash(s, "u=1234");
      await s.refresh();
      await waitReady(s);
      // The reload keeps the latest work (the link in the address, and the autosave).
      assert.equal(await s.value("#param-urgents"), "1.234");
      await waitText(s, "#total-target", "1.234");

      await openDetails(s, "#saved-panel");
      // The list is part of the app that loads on demand: wait for it.
      let items = [];
      try {
        await s.waitFor(async () => {
          items = await s.exec(`return [...document.querySelectorAll("#saved-list li[data-saved-id]")].map((li) => li.textContent);`);
          return items.some((x) => x.includes("Variant A"));
        });
      } catch {}
      assert.equal(items.filter((x) => x.includes("Variant A")).length, 1, `the saved scenario survived the reload: ${JSON.stringify(items)}`);
      await s.exec(`
        const li = [...document.querySelectorAll("#saved-list li[data-saved-id]")].find((li) => li.textContent.includes("Variant A"));
        li.querySelector(".saved-open").setAttribute("data-wd-target", "1");`);
      await s.click('[data-wd-target="1"]');
      await waitValue(s, "#param-urgents", "900");
      await waitText(s, "#total-target", "900");
      const rows = await readResults(s);
      const expected = apportion(900, WORKED.municipalities.map((m) => m.households));
      const byId = Object.fromEntries(rows.map((r) => [r.id, r.target]));
      WORKED.municipalities.forEach((m, i) => assert.equal(byId[m.code], String(expected[i]), m.name));
    });

    journey("offline: after one visit the app opens and computes with the server stopped", async (s, { t }) => {
      // A private server, so stopping it disturbs no other journey.
      const own = await startServer({ root: DIST, host: "127.0.0.1", port: 0, compress: false });
      let stopped = false;
      try {
        await openApp(s, own.url);
        const controller = () => s.exec("return navigator.serviceWorker?.controller?.scriptURL ?? '';");
        const ready = await s.execAsync(`
          const done = arguments[arguments.length - 1];
          if (!navigator.serviceWorker) return done("no navigator.serviceWorker");
          navigator.serviceWorker.ready.then((r) => done(r.active ? r.active.scriptURL : "no active worker"), (e) => done("error " + e));`);
        assert.match(ready, /\/sw\.js\?v=[0-9a-f]{16}$/, "web/sw.js is active");
        try {
          await s.waitFor(controller, { timeout: 3_000 });
        } catch {
          // Not claimed (yet): a reload is controlled by the active worker.
          t.diagnostic("the first page was not claimed by the worker; reloading");
          await reload(s);
        }
        assert.equal(await s.waitFor(controller, { message: "the page controlled by web/sw.js" }), ready);
        await own.close();
        stopped = true;
        await assert.rejects(fetch(own.url), "the server is really gone");

        await reload(s);
        assert.equal(await controller(), ready, "the reloaded page comes from the worker");
        await waitText(s, "#summary", DEFAULT_SUMMARY_NL);
        await retype(s, "#param-urgents", "1.000");
        await waitText(s, "#total-target", "1.000");
        // A later visit without network (the address the tablet has bookmarked), and the
        // explanation's own page, come from the cache too.
        await openApp(s, own.url);
        await waitText(s, "#total-target", "1.000");
        await openApp(s, `${own.url}uitleg/`, { ready: "#uitleg-heading" });
      } finally {
        if (!stopped) await own.close();
      }
    });

    journey("embed: the public link in an iframe of another origin renders and reports its height", async (s, { t }) => {
      const app = new URL(server.url).origin;
      const link = "evt1;d=cbs2023;b=tw;e=1;tc=ffcc00;tf=Georgia;";
      const hostHtml = `<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Gemeente — wonen</title>
<script src="/listener.js" defer></script></head>
<body><h1>Urgentie en woningtoewijzing</h1>
<iframe id="evt-rekenhulp" title="Rekenhulp" src="${app}/#${link}k=${checksum(link)}" width="100%" height="600"></iframe>
</body></html>`;
      const listener = `window.evtHeights = [];
window.addEventListener("message", function (event) {
  var frame = document.getElementById("evt-rekenhulp");
  if (!frame || event.source !== frame.contentWindow || event.origin !== ${JSON.stringify(app)}) return;
  if (event.data && event.data.type === "evt-height" && typeof event.data.height === "number") {
    window.evtHeights.push(event.data.height);
    frame.style.height = event.data.height + "px";
  }
});`;
      const csp = `default-src 'none'; script-src 'self'; style-src 'self'; frame-src ${app}; base-uri 'none'`;
      const host = createServer((req, res) => {
        if (req.url === "/listener.js") res.writeHead(200, { "Content-Type": "text/javascript" }).end(listener);
        else res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": csp }).end(hostHtml);
      });
      await new Promise((r) => host.listen(0, "127.0.0.1", r));
      try {
        await s.get(`http://127.0.0.1:${host.address().port}/wonen`);
        await s.frame("#evt-rekenhulp");
        await waitReady(s, { ready: "#chart-panel[data-ready='true']" });
        assert.equal(await s.count(".app.is-embed"), 1, "public (embed) mode");
        assert.equal(await s.count("#input-table"), 0, "read-only: no input table");
        assert.ok((await s.text("#summary")).includes("Tubbergen (37,1%)"), "computes in the frame");
        const primary = await s.exec("return getComputedStyle(document.documentElement).getPropertyValue('--evt-color-primary').trim();");
        assert.match(primary, /^#[0-9a-f]{6}$/);
        assert.notEqual(primary, "#ffcc00", "the host's yellow is darkened for contrast");
        assert.ok((await s.exec("return getComputedStyle(document.body).fontFamily;")).includes("Georgia"));
        await s.frame(null);
        t.diagnostic(`heights reported: ${JSON.stringify(await s.exec("return window.evtHeights;"))}`);

        // The frame reports its content's height: never the 48 px loading line of a link that
        // is not prerendered (a themed one), which would collapse the host's frame for a moment.
        const reported = await s.exec("return window.evtHeights;");
        assert.ok(reported.every((h) => h > 400), `heights reported: ${JSON.stringify(reported)}`);
        const height = await s.waitFor(
          async () => {
            const h = await s.exec("return window.evtHeights.length ? window.evtHeights[window.evtHeights.length - 1] : 0;");
            return h > 800 && h;
          },
          { timeout: 15_000, message: "a height message of the rendered app" },
        );
        // The host sized the frame to it, and the frame's document then has nothing to scroll.
        await s.waitForValue(() => s.exec("return document.getElementById('evt-rekenhulp').clientHeight;"), height, {
          message: "frame height",
        });
        await s.frame("#evt-rekenhulp");
        const inner = await s.exec("return [document.documentElement.scrollHeight, document.documentElement.clientHeight];");
        assert.ok(inner[0] - inner[1] <= 1, `the frame's document does not scroll (${inner})`);
        assert.ok(Math.abs(inner[0] - height) <= 1, `the reported height ${height} is the content's (${inner[0]})`);
        assert.deepEqual(await pageErrors(s), [], "errors reported by the framed app");
        await s.frame(null);
      } finally {
        host.close();
        host.closeAllConnections?.();
      }
    });
  });
}

/** docs/scenario-link.md "Checksum": FNV-1a 32-bit, the first two bytes as hex (e2e/helpers/link.ts). */
function checksum(text) {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h >>> 16).toString(16).padStart(4, "0");
}
