// Accessibility scan with axe-core, restricted to WCAG 2.0/2.1 level A and AA.
//
// axe-core is evaluated through the DevTools protocol (page.evaluate), which the page's
// CSP does not apply to; a <script> tag (addScriptTag) would be blocked by it.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "@playwright/test";
import { expect } from "../fixtures";

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] as const;

export interface AxeOptions {
  /** CSS selector of the part to scan (default: the whole document). */
  include?: string;
  /** CSS selectors to leave out. */
  exclude?: string[];
}

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Run axe-core on the current page and fail with a readable list of violations. */
export async function expectNoA11yViolations(page: Page, options: AxeOptions = {}): Promise<void> {
  const hasAxe = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === "object");
  if (!hasAxe) {
    await page.evaluate(AXE_SOURCE);
  }
  const violations: Violation[] = await page.evaluate(
    async ({ tags, include, exclude }) => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Violation[] }> } }).axe;
      const context = { include: include ? [include] : [document], exclude: exclude.map((s) => [s]) };
      const result = await axe.run(context, {
        runOnly: { type: "tag", values: tags },
        resultTypes: ["violations"],
      });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
      }));
    },
    { tags: [...WCAG_TAGS], include: options.include ?? null, exclude: options.exclude ?? [] },
  );
  const readable = violations.map(
    (v) =>
      `${v.id} (${v.impact ?? "n/a"}): ${v.help}\n` +
      v.nodes
        .slice(0, 5)
        .map((n) => `    at ${JSON.stringify(n.target)}: ${(n.failureSummary ?? "").replace(/\n/g, " ")}`)
        .join("\n"),
  );
  expect(readable, `axe-core violations (${WCAG_TAGS.join(", ")})`).toEqual([]);
}
