// A small W3C WebDriver client over plain HTTP (node's fetch): just what the journeys in
// journeys.test.mjs need, and nothing that downloads anything. The drivers are the engines'
// own: WebKitWebDriver (Debian webkit2gtk-driver) and geckodriver (crates.io), see
// engines.mjs.
//
//   const driver = await startDriver(ENGINES.firefox);
//   const s = await driver.newSession();
//   await s.get("http://127.0.0.1:4173/");
//   await s.waitFor(() => s.exec("return !!document.querySelector('#results[data-ready=true]')"));
//   await s.quit(); await driver.stop();
import { spawn } from "node:child_process";
import { createServer } from "node:net";

/** WebDriver's key codes (https://w3c.github.io/webdriver/#keyboard-actions). */
export const Key = {
  NULL: "\uE000",
  BACKSPACE: "\uE003",
  TAB: "\uE004",
  ENTER: "\uE007",
  SHIFT: "\uE008",
  CONTROL: "\uE009",
  END: "\uE010",
  HOME: "\uE011",
};

const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

export class WebDriverError extends Error {
  constructor(status, value, what) {
    super(`${what}: ${value?.error ?? `HTTP ${status}`}: ${value?.message ?? JSON.stringify(value)}`);
    this.error = value?.error;
  }
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Drivers still running when this process ends (a crash, Ctrl+C) are ended with it: each
// runs in its own process group (the driver, xvfb-run's Xvfb, the browsers).
const running = new Set();
function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    /* already gone */
  }
}
process.on("exit", () => {
  for (const pid of running) killGroup(pid, "SIGKILL");
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    for (const pid of running) killGroup(pid, "SIGKILL");
    process.exit(130);
  });
}

/** No single WebDriver command may take longer (a hung browser fails the journey, not the run). */
const COMMAND_TIMEOUT_MS = 60_000;

async function call(base, method, path, body, what = `${method} ${path}`, timeout = COMMAND_TIMEOUT_MS) {
  let res;
  try {
    res = await fetch(base + path, {
      method,
      headers: body === undefined ? {} : { "Content-Type": "application/json; charset=utf-8" },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeout),
    });
  } catch (err) {
    const e = new Error(`${what}: ${err.name === "TimeoutError" ? `no answer within ${timeout / 1000} s` : err.message}`);
    e.timedOut = err.name === "TimeoutError";
    throw e;
  }
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new WebDriverError(res.status, { error: "invalid response", message: text.slice(0, 300) }, what);
  }
  if (!res.ok || (json.value && json.value.error)) throw new WebDriverError(res.status, json.value, what);
  return json.value;
}

/**
 * Start an engine's driver on a free port and wait until it answers /status.
 * `engine` is one of engines.mjs's ENGINES. Returns { url, newSession(), stop() }.
 */
export async function startDriver(engine, { log = () => {} } = {}) {
  const port = await freePort();
  const [cmd, ...args] = engine.driverCommand(port);
  // Its own process group, so stop() ends the driver and everything it started (xvfb-run's
  // Xvfb, the browsers) and nothing else.
  const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"], detached: true });
  running.add(child.pid);
  child.once("exit", () => running.delete(child.pid));
  let output = "";
  const keep = (chunk) => {
    output = (output + chunk).slice(-20_000);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  let exited = null;
  child.once("exit", (code, signal) => {
    exited = `${cmd} exited (${code ?? signal})`;
  });
  child.once("error", (err) => {
    exited = `${cmd} could not start: ${err.message}`;
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (exited) throw new Error(`${exited}\n${output}`);
    try {
      const status = await call(url, "GET", "/status");
      if (status?.ready !== false) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      killGroup(child.pid, "SIGKILL");
      throw new Error(`${engine.name}: driver did not answer on ${url} within 20 s\n${output}`);
    }
    await sleep(100);
  }
  log(`${engine.name}: driver ready on ${url}`);
  return {
    url,
    output: () => output,
    async newSession(extraCapabilities = {}) {
      const mark = output.length;
      try {
        const value = await call(
          url,
          "POST",
          "/session",
          { capabilities: { alwaysMatch: { ...engine.capabilities(), ...extraCapabilities } } },
          `${engine.name}: new session`,
          30_000,
        );
        return new Session(url, value.sessionId, value.capabilities, engine);
      } catch (err) {
        const said = output.slice(mark).trim();
        if (said) err.message += `\n${engine.name} driver said:\n${said.slice(-3000)}`;
        throw err;
      }
    },
    async stop() {
      if (exited) return;
      const gone = new Promise((r) => child.once("exit", r));
      killGroup(child.pid, "SIGTERM");
      const timer = setTimeout(() => killGroup(child.pid, "SIGKILL"), 3_000);
      await gone;
      clearTimeout(timer);
      // xvfb-run's Xvfb and the browsers may outlive the driver by a moment.
      killGroup(child.pid, "SIGKILL");
    },
  };
}

/** One browser session: a fresh browser with its own profile (no storage, no cache). */
export class Session {
  constructor(driverUrl, id, capabilities, engine) {
    this.base = `${driverUrl}/session/${id}`;
    this.id = id;
    this.capabilities = capabilities;
    this.engine = engine;
  }

  cmd(method, path, body) {
    return call(this.base, method, path, body, `${this.engine.name} ${method} ${path || "/"}`);
  }

  async quit() {
    if (this.closed) return;
    this.closed = true;
    try {
      await this.cmd("DELETE", "");
    } catch {
      /* already gone */
    }
  }

  // --- navigation --------------------------------------------------------------------
  get(url) {
    return this.cmd("POST", "/url", { url });
  }
  url() {
    return this.cmd("GET", "/url");
  }
  title() {
    return this.cmd("GET", "/title");
  }
  refresh() {
    return this.cmd("POST", "/refresh", {});
  }
  setTimeouts(t) {
    return this.cmd("POST", "/timeouts", t);
  }
  setWindowRect(rect) {
    return this.cmd("POST", "/window/rect", rect);
  }
  /** Switch into the iframe matched by `css`, or back to the top page with `null`. */
  async frame(css) {
    if (css === null) return this.cmd("POST", "/frame", { id: null });
    return this.cmd("POST", "/frame", { id: await this.find(css) });
  }
  async screenshot() {
    return Buffer.from(await this.cmd("GET", "/screenshot"), "base64");
  }

  // --- scripts -------------------------------------------------------------------------
  /** Run `script` (a function body; `arguments[i]` are `args`) and return its value. */
  exec(script, ...args) {
    return this.cmd("POST", "/execute/sync", { script, args });
  }
  /** Like exec, but the body's last argument is a callback to call with the result. */
  execAsync(script, ...args) {
    return this.cmd("POST", "/execute/async", { script, args });
  }

  // --- elements ------------------------------------------------------------------------
  /**
   * The WebDriver element reference of the first match of `css`; waits for it as long as the
   * session's implicit timeout (the journeys set 10 s: parts of the app load on demand).
   */
  async find(css) {
    const value = await this.cmd("POST", "/element", { using: "css selector", value: css });
    return { [ELEMENT]: value[ELEMENT] };
  }
  /** How many elements match `css` now (no implicit wait). */
  count(css) {
    return this.exec("return document.querySelectorAll(arguments[0]).length;", css);
  }
  /**
   * A real click (the driver moves the pointer there; the element must be visible). The
   * element is first scrolled to the middle of the window, as a person scrolls to it:
   * WebKitWebDriver 2.50's own scrolling fails for elements far below the viewport once the
   * page has been scrolled ("element not interactable").
   */
  async click(css) {
    const el = await this.find(css);
    await this.settle(el);
    return this.cmd("POST", `/element/${el[ELEMENT]}/click`, {});
  }

  /**
   * Scroll the element to the middle of the window and wait until it stays put (the same box
   * over two animation frames, as Playwright's "stable" check): parts of the app render late
   * and move what is below them, and a click must land where the element is.
   */
  settle(el) {
    return this.execAsync(
      `const [el, done] = arguments;
       el.scrollIntoView({ block: "center", inline: "nearest" });
       const box = () => { const r = el.getBoundingClientRect(); return [r.x, r.y, r.width, r.height].join(); };
       const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
       (async () => {
         const until = Date.now() + 3000;
         let last = box();
         for (;;) {
           await frame(); await frame();
           const now = box();
           if (now === last || Date.now() > until) break;
           last = now;
           el.scrollIntoView({ block: "center", inline: "nearest" });
         }
         done(last);
       })();`,
      el,
    );
  }
  /** Type `text` into the element (focuses it first), one key event per character. */
  async type(css, text) {
    const el = await this.find(css);
    return this.cmd("POST", `/element/${el[ELEMENT]}/value`, { text });
  }
  /** Keys to whatever has focus, via the actions API (key down / up per character). */
  async keys(text) {
    const actions = [];
    for (const ch of [...text]) actions.push({ type: "keyDown", value: ch }, { type: "keyUp", value: ch });
    await this.cmd("POST", "/actions", { actions: [{ type: "key", id: "keyboard", actions }] });
    await this.cmd("DELETE", "/actions");
  }
  /** Press `key` with Control held (Ctrl+A, Ctrl+C, Ctrl+V), via the actions API. */
  async ctrl(key) {
    await this.cmd("POST", "/actions", {
      actions: [
        {
          type: "key",
          id: "keyboard",
          actions: [
            { type: "keyDown", value: Key.CONTROL },
            { type: "keyDown", value: key },
            { type: "keyUp", value: key },
            { type: "keyUp", value: Key.CONTROL },
          ],
        },
      ],
    });
    await this.cmd("DELETE", "/actions");
  }
  async value(css) {
    return this.exec("const e = document.querySelector(arguments[0]); return e ? e.value : null;", css);
  }
  async text(css) {
    return this.exec("const e = document.querySelector(arguments[0]); return e ? e.textContent : null;", css);
  }
  async attr(css, name) {
    return this.exec("const e = document.querySelector(arguments[0]); return e ? e.getAttribute(arguments[1]) : null;", css, name);
  }

  /**
   * Poll `fn` (an async function of nothing) until it returns a truthy value; return it.
   * Errors thrown by `fn` count as "not yet"; the last one is reported on timeout.
   */
  async waitFor(fn, { timeout = 10_000, interval = 100, message = "condition" } = {}) {
    const deadline = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        const v = await fn();
        if (v) return v;
        last = v;
      } catch (err) {
        last = err;
      }
      if (Date.now() > deadline) {
        const detail = last instanceof Error ? last.message : JSON.stringify(last);
        throw new Error(`${this.engine.name}: timed out after ${timeout} ms waiting for ${message} (last: ${detail})`);
      }
      await sleep(interval);
    }
  }

  /** Wait until `read()` deep-equals-by-JSON `want`; returns the final value. */
  async waitForValue(read, want, opts = {}) {
    let got;
    try {
      await this.waitFor(
        async () => {
          got = await read();
          return JSON.stringify(got) === JSON.stringify(want);
        },
        opts,
      );
    } catch (err) {
      throw new Error(`${opts.message ?? "value"}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)} (${err.message})`);
    }
    return got;
  }
}
