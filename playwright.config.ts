// End-to-end tests in Debian's headless Chromium against the release build in dist/,
// served by e2e/server.mjs. Run them with scripts/test.sh (which builds dist/ and picks
// E2E_PORT); by hand: `trunk build --release && npx playwright test`
// (or E2E_DIST=/tmp/dist-x after `trunk build --release --dist /tmp/dist-x`).
import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./e2e/chromium.mjs";

const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}`;
// E2E_DIST serves another build folder (e.g. `trunk build --release --dist /tmp/dist-e2e`),
// so a test run does not depend on, or clobber, a concurrent build into dist/.
const distDir = process.env.E2E_DIST ?? "dist";

export default defineConfig({
  testDir: "./e2e/tests",
  // E2E_OUTPUT: a separate folder for concurrent runs by hand (they would clobber each other).
  outputDir: process.env.E2E_OUTPUT ?? "./artifacts/test-results",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "artifacts/e2e-results.json" }]],
  use: {
    baseURL,
    browserName: "chromium",
    // Never bypass the page's CSP: the tests check it.
    bypassCSP: false,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    serviceWorkers: "block",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `node e2e/server.mjs --root ${JSON.stringify(distDir)} --host 127.0.0.1 --port ${port}`,
    url: `${baseURL}/index.html`,
    reuseExistingServer: false,
    timeout: 15_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
