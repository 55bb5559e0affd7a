// The Content-Security-Policy is in effect and strict: the app runs without any inline
// script or style, and inline code injected into the page is blocked.
import { expect, gotoApp, test } from "../fixtures";

const EXPECTED_POLICY: Record<string, string> = {
  "default-src": "'self'",
  "script-src": "'self' 'wasm-unsafe-eval'",
  "style-src": "'self'",
  "img-src": "'self' data:",
  "connect-src": "'self'",
  "object-src": "'none'",
  "base-uri": "'self'",
  "form-action": "'none'",
};

test.describe("content security policy", () => {
  test("the built index.html declares the strict policy and has no inline script", async ({ page, request }) => {
    const response = await request.get("/");
    expect(response.status()).toBe(200);
    const html = (await response.text()).replace(/<!--[\s\S]*?-->/g, "");
    // Every <script> must load a file; an inline one would be blocked by the policy.
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs, "script without src").toMatch(/\bsrc=/);
      expect(body.trim(), "inline script body").toBe("");
    }
    expect(html).not.toMatch(/<style[\s>]/i);
    expect(html).not.toMatch(/\sstyle=/i);

    await gotoApp(page);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(policy).not.toBeNull();
    const directives = Object.fromEntries(
      (policy ?? "")
        .split(";")
        .map((d) => d.trim())
        .filter(Boolean)
        .map((d) => {
          const [name, ...values] = d.split(/\s+/);
          return [name, values.join(" ")];
        }),
    );
    expect(directives).toEqual(EXPECTED_POLICY);
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toMatch(/'unsafe-eval'/);
  });

  test("an injected inline script is blocked", async ({ page, guard }) => {
    guard.expectCspViolation("script-src-elem");
    await gotoApp(page);
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.__evtInlineScriptRan = true;";
      document.head.appendChild(script);
    });
    await expect.poll(() => guard.expectedViolations("script-src-elem").length).toBeGreaterThan(0);
    expect(await page.evaluate(() => "__evtInlineScriptRan" in window)).toBe(false);
  });

  test("an inline style attribute is blocked (use classes from style/main.css)", async ({ page, guard }) => {
    guard.expectCspViolation("style-src-attr");
    await gotoApp(page);
    const results = page.locator("#results");
    const before = await results.evaluate((el) => getComputedStyle(el).outlineStyle);
    await results.evaluate((el) => el.setAttribute("style", "outline: 7px dotted rgb(255, 0, 0)"));
    await expect.poll(() => guard.expectedViolations("style-src-attr").length).toBeGreaterThan(0);
    expect(await results.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe(before);
  });

  test("string evaluation (eval) is blocked", async ({ page, guard }) => {
    guard.expectCspViolation("script-src");
    await gotoApp(page);
    // A string timer is compiled by the page itself. (Code that page.evaluate runs is
    // exempt from the CSP, so calling eval() directly in it would prove nothing.)
    await page.evaluate(() => {
      setTimeout("window.__evtEvalRan = true", 0);
    });
    await expect.poll(() => guard.expectedViolations("script-src").length).toBeGreaterThan(0);
    expect(await page.evaluate(() => "__evtEvalRan" in window)).toBe(false);
  });
});
