#!/usr/bin/env node
// Runs the WebDriver journeys (journeys.test.mjs) once per engine, each in its own node:test
// process, and counts the results per engine:
//
//   node e2e/webdriver/run.mjs                      # webkit and firefox, against dist/
//   WD_ENGINES=firefox WD_DIST=/tmp/dist-x node e2e/webdriver/run.mjs
//
// Environment: WD_ENGINES (default "webkit,firefox"), WD_DIST (default dist), WD_JOBS (engines
// at a time, default 2), WD_PATTERN (only journeys whose name matches). Writes
// artifacts/webdriver-results.json ({ engines: { webkit: { passed, failed, skipped, seconds,
// browser } } }), the TAP output per engine to artifacts/webdriver/<engine>.tap and, for a
// failed journey, a screenshot to artifacts/webdriver/. Exit status 1 when anything failed.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { selectedEngines } from "./engines.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, "../..");
const ARTIFACTS = resolve(ROOT, "artifacts/webdriver");
const RESULTS = resolve(ROOT, "artifacts/webdriver-results.json");
const dist = resolve(process.env.WD_DIST ?? resolve(ROOT, "dist"));
const jobs = Math.max(1, Number(process.env.WD_JOBS ?? 2));
const engines = selectedEngines();

mkdirSync(ARTIFACTS, { recursive: true });

/** What is missing for an engine (its driver or browser binary), or "". */
function missing(engine) {
  const absent = [engine.driver, engine.browser].filter((p) => p.startsWith("/") && !existsSync(p));
  return absent.length ? `missing ${absent.join(", ")} (run scripts/setup.sh)` : "";
}

function runEngine(engine) {
  return new Promise((done) => {
    const started = Date.now();
    const tap = resolve(ARTIFACTS, `${engine.name}.tap`);
    const problem = missing(engine);
    if (problem) {
      console.log(`[${engine.name}] ${problem}`);
      return done({ passed: 0, failed: 1, skipped: 0, seconds: 0, browser: "", error: problem });
    }
    const args = [
      "--test",
      "--test-reporter=spec",
      "--test-reporter-destination=stdout",
      "--test-reporter=tap",
      `--test-reporter-destination=${tap}`,
    ];
    if (process.env.WD_PATTERN) args.push(`--test-name-pattern=${process.env.WD_PATTERN}`);
    args.push(resolve(HERE, "journeys.test.mjs"));
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, WD_ENGINES: engine.name, WD_DIST: dist, WD_ARTIFACTS: ARTIFACTS },
      stdio: ["ignore", "pipe", "pipe"],
    });
    // Line by line with the engine's name in front: two engines run at once.
    const prefix = (stream) => {
      let rest = "";
      stream.on("data", (chunk) => {
        const lines = (rest + chunk).split("\n");
        rest = lines.pop();
        for (const line of lines) console.log(`[${engine.name}] ${line}`);
      });
      stream.on("end", () => rest && console.log(`[${engine.name}] ${rest}`));
    };
    prefix(child.stdout);
    prefix(child.stderr);
    child.on("close", (code) => {
      const seconds = Math.round((Date.now() - started) / 100) / 10;
      let text = "";
      try {
        text = readFileSync(tap, "utf8");
      } catch {}
      const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, "m").exec(text)?.[1] ?? 0);
      const passed = count("pass");
      let failed = count("fail") + count("cancelled");
      const skipped = count("skipped") + count("todo");
      if (code !== 0 && failed === 0) failed = 1; // the runner itself failed (no driver, crash)
      const browser = /^\s*# browser: (.+)$/m.exec(text)?.[1] ?? "";
      done({ passed, failed, skipped, seconds, browser });
    });
  });
}

const started = Date.now();
const results = {};
const queue = [...engines];
await Promise.all(
  Array.from({ length: Math.min(jobs, queue.length) }, async () => {
    for (let engine = queue.shift(); engine; engine = queue.shift()) {
      results[engine.name] = await runEngine(engine);
    }
  }),
);
writeFileSync(RESULTS, JSON.stringify({ dist, seconds: (Date.now() - started) / 1000, engines: results }, null, 2) + "\n");

console.log("");
for (const engine of engines) {
  const r = results[engine.name];
  console.log(
    `${engine.name.padEnd(8)} ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ""}` +
      `  (${r.seconds}s${r.browser ? `, ${r.browser}` : ""})${r.error ? ` ${r.error}` : ""}`,
  );
}
console.log(`wall time ${((Date.now() - started) / 1000).toFixed(1)}s`);
process.exit(Object.values(results).some((r) => r.failed > 0 || r.passed === 0) ? 1 : 0);
