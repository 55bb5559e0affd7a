// The browser engines the WebDriver journeys run in, besides Playwright's Chromium
// (README.md "Browser engines"). Every binary comes from Debian or crates.io
// (scripts/setup.sh); nothing is downloaded at test time.
//
//   webkit   WebKitGTK's MiniBrowser, driven by WebKitWebDriver (Debian webkit2gtk-driver),
//            in a virtual X display (xvfb-run): the engine family of Safari on iPads.
//   firefox  Firefox ESR (Debian firefox-esr), headless, driven by geckodriver (crates.io).
//
// Paths can be overridden: WEBKIT_DRIVER, MINIBROWSER, GECKODRIVER, FIREFOX_BIN.
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

const cargoBin = join(process.env.CARGO_HOME ?? join(homedir(), ".cargo"), "bin");

export const ENGINES = {
  webkit: {
    name: "webkit",
    driver: process.env.WEBKIT_DRIVER ?? "/usr/bin/WebKitWebDriver",
    browser: process.env.MINIBROWSER ?? "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
    // One virtual display per driver; every session's MiniBrowser opens its window there.
    // -noreset: by default Xvfb resets when its last client (the previous session's browser)
    // disconnects, and a browser started during the reset cannot open the display.
    driverCommand(port) {
      return ["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24 -nolisten tcp -noreset", this.driver, `--port=${port}`];
    },
    capabilities() {
      return {
        browserName: "MiniBrowser",
        "webkitgtk:browserOptions": { binary: this.browser, args: ["--automation"] },
      };
    },
  },
  firefox: {
    name: "firefox",
    driver: process.env.GECKODRIVER ?? (existsSync(join(cargoBin, "geckodriver")) ? join(cargoBin, "geckodriver") : "geckodriver"),
    browser: process.env.FIREFOX_BIN ?? "/usr/bin/firefox-esr",
    driverCommand(port) {
      return [this.driver, "--host", "127.0.0.1", "--port", String(port), "--log", "error"];
    },
    capabilities() {
      return {
        browserName: "firefox",
        "moz:firefoxOptions": {
          binary: this.browser,
          args: ["-headless", "-width", "1280", "-height", "1024"],
          prefs: {
            "intl.accept_languages": "nl-NL, nl",
            // The machine has no network beyond loopback: no update, telemetry, safe-browsing,
            // captive-portal or connectivity probes (they only slow the browser down).
            "app.update.disabledForTesting": true,
            "browser.safebrowsing.malware.enabled": false,
            "browser.safebrowsing.phishing.enabled": false,
            "browser.safebrowsing.downloads.enabled": false,
            "network.captive-portal-service.enabled": false,
            "network.connectivity-service.enabled": false,
            "datareporting.policy.dataSubmissionEnabled": false,
            "toolkit.telemetry.enabled": false,
            "extensions.update.enabled": false,
            "browser.region.network.url": "",
            "browser.search.update": false,
            // Service workers on http://127.0.0.1 (a secure context) for the offline journey.
            "dom.serviceWorkers.enabled": true,
          },
        },
      };
    },
  },
};

/** The engines to run: WD_ENGINES="webkit,firefox" (default: both). */
export function selectedEngines(spec = process.env.WD_ENGINES ?? "webkit,firefox") {
  return spec
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((name) => {
      const engine = ENGINES[name];
      if (!engine) throw new Error(`unknown engine ${name} (known: ${Object.keys(ENGINES).join(", ")})`);
      return engine;
    });
}
