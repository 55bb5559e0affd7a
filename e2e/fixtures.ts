// Shared Playwright fixtures. Import `test` and `expect` from here, not from
// "@playwright/test", so that every test is guarded automatically:
//
//   * console errors and uncaught page errors,
//   * failed requests (network failure or HTTP status >= 400),
//   * requests to any origin other than the app's own (the app is fully offline),
//   * Content-Security-Policy violations (securitypolicyviolation events),
//
// are recorded for every page of the test's browser context and must all be empty when
// the test ends. A test that provokes one on purpose declares it first; the declared
// problem is then required to happen instead of being an error:
//
//   guard.expectCspViolation("script-src-elem");   // and Chromium's console message about it
//   guard.expectConsoleError(/could not start/);
//   guard.expectFailedRequest(/_bg\.wasm$/);
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";

export { expect };

/** One `securitypolicyviolation` event, as reported from the page. */
export interface CspViolation {
  effectiveDirective: string;
  blockedURI: string;
  sample: string;
  sourceFile: string;
  lineNumber: number;
}

/** Records everything a page must not do; asserted after each test. */
export class PageGuard {
  readonly consoleErrors: string[] = [];
  readonly pageErrors: string[] = [];
  readonly failedRequests: string[] = [];
  readonly foreignRequests: string[] = [];
  readonly cspViolations: CspViolation[] = [];
  private readonly expectedCsp = new Set<string>();
  private readonly expectedConsole: RegExp[] = [];
  private readonly expectedFailures: RegExp[] = [];

  private readonly hostOrigins = new Set<string>();

  constructor(readonly origin: string) {}

  /**
   * Declare a test host page's origin (e.g. a page embedding the app in an iframe, served by
   * `page.route` without any network). Requests to it are not "foreign"; anything else is.
   */
  allowHostOrigin(origin: string): void {
    this.hostOrigins.add(origin);
  }

  /**
   * Declare that this test provokes a CSP violation of `effectiveDirective`
   * (e.g. "script-src-elem", "style-src-attr"). At least one must occur.
   */
  expectCspViolation(effectiveDirective: string): void {
    this.expectedCsp.add(effectiveDirective);
  }

  /** Declare that a console error matching `pattern` is part of this test. Required to occur. */
  expectConsoleError(pattern: RegExp): void {
    this.expectedConsole.push(pattern);
  }

  /** Declare that requests whose "METHOD URL: reason" matches `pattern` fail on purpose. */
  expectFailedRequest(pattern: RegExp): void {
    this.expectedFailures.push(pattern);
  }

  /** Violations seen so far whose directive was declared expected. */
  expectedViolations(effectiveDirective?: string): CspViolation[] {
    return this.cspViolations.filter((v) =>
      effectiveDirective ? v.effectiveDirective === effectiveDirective : this.expectedCsp.has(v.effectiveDirective),
    );
  }

  async attach(context: BrowserContext): Promise<void> {
    await context.exposeFunction("__evtReportCspViolation", (v: CspViolation) => {
      this.cspViolations.push(v);
    });
    await context.addInitScript(() => {
      document.addEventListener(
        "securitypolicyviolation",
        (e) => {
          const report = (window as unknown as { __evtReportCspViolation?: (v: unknown) => void })
            .__evtReportCspViolation;
          report?.({
            effectiveDirective: e.effectiveDirective,
            blockedURI: e.blockedURI,
            sample: e.sample,
            sourceFile: e.sourceFile,
            lineNumber: e.lineNumber,
          });
        },
        true,
      );
    });

    context.on("console", (msg) => {
      if (msg.type() !== "error") return;
      const loc = msg.location();
      this.consoleErrors.push(`${msg.text()}${loc.url ? ` (${loc.url}:${loc.lineNumber})` : ""}`);
    });
    context.on("weberror", (err) => {
      this.pageErrors.push(String(err.error()?.stack ?? err.error()));
    });
    context.on("requestfailed", (req) => {
      this.failedRequests.push(`${req.method()} ${req.url()}: ${req.failure()?.errorText ?? "failed"}`);
    });
    context.on("response", (res) => {
      if (res.status() >= 400) {
        this.failedRequests.push(`${res.request().method()} ${res.url()}: HTTP ${res.status()}`);
      }
    });
    context.on("request", (req) => {
      const url = new URL(req.url());
      if (["data:", "blob:", "about:"].includes(url.protocol)) return;
      if (url.origin !== this.origin && !this.hostOrigins.has(url.origin)) {
        this.foreignRequests.push(`${req.method()} ${req.url()}`);
      }
    });
  }

  /** Everything that went wrong, as one readable list (empty when clean). */
  problems(): string[] {
    const problems: string[] = [];
    // Chromium also logs CSP violations to the console (one or two messages each). The
    // violations themselves are checked below (securitypolicyviolation events), so CSP
    // console messages only count as errors when no violation event accounts for them.
    const isCspMessage = (text: string) => /Content Security Policy/i.test(text);
    const cspMessages = this.consoleErrors.filter(isCspMessage);
    const otherErrors = this.consoleErrors.filter((text) => !isCspMessage(text));
    const consoleErrors = [
      ...otherErrors.filter((text) => !this.expectedConsole.some((re) => re.test(text))),
      ...(this.cspViolations.length === 0 ? cspMessages : []),
    ];
    const failedRequests = this.failedRequests.filter((line) => !this.expectedFailures.some((re) => re.test(line)));
    const unexpectedCsp = this.cspViolations.filter((v) => !this.expectedCsp.has(v.effectiveDirective));
    for (const directive of this.expectedCsp) {
      if (!this.cspViolations.some((v) => v.effectiveDirective === directive)) {
        problems.push(`expected CSP violation of ${directive} did not happen (is the CSP in effect?)`);
      }
    }
    for (const re of this.expectedConsole) {
      if (!otherErrors.some((text) => re.test(text))) problems.push(`expected console error ${re} did not happen`);
    }
    for (const re of this.expectedFailures) {
      if (!this.failedRequests.some((line) => re.test(line))) problems.push(`expected failed request ${re} did not happen`);
    }
    const section = (title: string, items: string[]) => {
      for (const item of items) problems.push(`${title}: ${item}`);
    };
    section("console error", consoleErrors);
    section("page error", this.pageErrors);
    section("failed request", failedRequests);
    section("request to another origin", this.foreignRequests);
    section(
      "CSP violation",
      unexpectedCsp.map((v) => `${v.effectiveDirective} blocked ${v.blockedURI || v.sample} at ${v.sourceFile}:${v.lineNumber}`),
    );
    return problems;
  }
}

/** Navigate to `path` of the app and wait until it has rendered its first results. */
export async function gotoApp(page: Page, path = "/"): Promise<void> {
  await page.goto(path);
  // Generous: a loaded 2-core machine can take a while to compile the wasm module.
  await expect(page.locator('[data-ready="true"]').first()).toBeVisible({ timeout: 20_000 });
}

export const test = base.extend<{ guard: PageGuard }>({
  guard: [
    async ({ context, baseURL }, use, testInfo) => {
      if (!baseURL) throw new Error("baseURL is not configured (playwright.config.ts)");
      const guard = new PageGuard(new URL(baseURL).origin);
      await guard.attach(context);
      await use(guard);
      // Let late events (a request failing as the page settles) arrive before checking.
      for (const page of context.pages()) {
        if (!page.isClosed()) await page.evaluate(() => new Promise((r) => setTimeout(r, 50))).catch(() => {});
      }
      const problems = guard.problems();
      if (problems.length > 0) {
        await testInfo.attach("page-guard.txt", { body: problems.join("\n"), contentType: "text/plain" });
      }
      expect(problems, "console errors, page errors, failed or foreign requests, CSP violations").toEqual([]);
    },
    { auto: true },
  ],
});
