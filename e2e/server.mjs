#!/usr/bin/env node
// Small static file server for dist/ (tests, benchmark and scripts/serve.sh).
// Loopback only, no live reload, correct MIME types (application/wasm for streaming
// compilation), gzip/brotli negotiated per request and cached in memory.
//
//   node e2e/server.mjs [--root dist] [--host 127.0.0.1] [--port 8080]
//
// Port 0 picks a free port. Prints "listening on http://HOST:PORT/" once ready.
// Also importable: `const { url, close } = await startServer({ root, port })`.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, gzipSync, constants as zlibConstants } from "node:zlib";

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".webmanifest": "application/manifest+json",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
};
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".json", ".csv", ".svg", ".txt", ".webmanifest"]);

/**
 * Start serving `root`. Resolves once listening. `compress: false` always sends files
 * unencoded (a test's private server that would otherwise brotli-compress a fresh 1 MB
 * wasm file in the test's own process, taking seconds of CPU).
 */
export async function startServer({ root = "dist", host = "127.0.0.1", port = 0, quiet = true, compress = true } = {}) {
  const rootDir = resolve(root);
  const rootStat = await stat(rootDir).catch(() => null);
  if (!rootStat?.isDirectory()) {
    throw new Error(`static root ${rootDir} does not exist: build first (trunk build --release)`);
  }
  // key: absolute path + encoding + mtime -> Buffer
  const cache = new Map();

  const server = createServer(async (req, res) => {
    const started = Date.now();
    try {
      if (req.method !== "GET" && req.method !== "HEAD") {
        return send(res, 405, "text/plain; charset=utf-8", "method not allowed\n", { Allow: "GET, HEAD" });
      }
      let pathname;
      try {
        pathname = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
      } catch {
        return send(res, 400, "text/plain; charset=utf-8", "bad request\n");
      }
      if (pathname.endsWith("/")) pathname += "index.html";
      const file = normalize(join(rootDir, pathname));
      if (file !== rootDir && !file.startsWith(rootDir + sep)) {
        return send(res, 403, "text/plain; charset=utf-8", "forbidden\n");
      }
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) {
        return send(res, 404, "text/plain; charset=utf-8", "not found\n");
      }
      const ext = extname(file).toLowerCase();
      const type = MIME[ext] ?? "application/octet-stream";
      const accepted = String(req.headers["accept-encoding"] ?? "");
      let encoding = null;
      if (compress && COMPRESSIBLE.has(ext)) {
        if (/\bbr\b/.test(accepted)) encoding = "br";
        else if (/\bgzip\b/.test(accepted)) encoding = "gzip";
      }
      const key = `${file}\0${encoding}\0${info.mtimeMs}`;
      let body = cache.get(key);
      if (!body) {
        const raw = await readFile(file);
        body =
          encoding === "br"
            ? brotliCompressSync(raw, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } })
            : encoding === "gzip"
              ? gzipSync(raw, { level: 9 })
              : raw;
        cache.set(key, body);
      }
      const headers = {
        "Cache-Control": ext === ".html" ? "no-cache" : "public, max-age=0, must-revalidate",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        Vary: "Accept-Encoding",
      };
      if (encoding) headers["Content-Encoding"] = encoding;
      send(res, 200, type, req.method === "HEAD" ? null : body, headers, body.length);
    } catch (err) {
      send(res, 500, "text/plain; charset=utf-8", "internal error\n");
      console.error(`server error for ${req.url}:`, err);
    } finally {
      if (!quiet) console.log(`${req.method} ${req.url} ${res.statusCode} ${Date.now() - started}ms`);
    }
  });

  await new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolvePromise);
  });
  const address = server.address();
  const url = `http://${host}:${address.port}/`;
  return {
    url,
    port: address.port,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

function send(res, status, type, body, headers = {}, length) {
  res.writeHead(status, {
    "Content-Type": type,
    ...(length !== undefined ? { "Content-Length": length } : body != null ? { "Content-Length": Buffer.byteLength(body) } : {}),
    ...headers,
  });
  res.end(body ?? undefined);
}

function parseArgs(argv) {
  const opts = { root: "dist", host: "127.0.0.1", port: 8080, quiet: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === "--root") opts.root = value();
    else if (arg === "--host") opts.host = value();
    else if (arg === "--port") opts.port = Number(value());
    else if (arg === "--verbose") opts.quiet = false;
    else throw new Error(`unknown argument ${arg} (use --root DIR --host ADDR --port N --verbose)`);
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) throw new Error("--port must be 0..65535");
  return opts;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const opts = parseArgs(process.argv.slice(2));
    const { url, close } = await startServer(opts);
    console.log(`listening on ${url} (serving ${resolve(opts.root)})`);
    const stop = () => close().then(() => process.exit(0));
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  } catch (err) {
    const hint = err.code === "EADDRINUSE" ? " (the port is in use: stop the other server or pass --port N)" : "";
    console.error(`e2e/server.mjs: ${err.message}${hint}`);
    process.exit(1);
  }
}
