// The app's own words, read from its i18n sources (`src/i18n/<lang>/<topic>.rs`), so a
// journey checks that the page shows a given text without copying the sentence into the
// test: a copy edit of the words leaves the test right.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The static text `field: "…"` of a topic's texts table in one language. */
export function word(lang: "nl" | "en", topic: string, field: string): string {
  const file = `src/i18n/${lang}/${topic}.rs`;
  const source = readFileSync(resolve(ROOT, file), "utf8");
  const m = source.match(new RegExp(`\\b${field}:\\s*"((?:[^"\\\\]|\\\\.)*)"`));
  if (!m) throw new Error(`no text ${field} in ${file}`);
  return m[1].replace(/\\(["\\])/g, "$1");
}
