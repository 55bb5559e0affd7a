// Starts the WebAssembly app without an inline script, so the page can run under a
// strict Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval').
//
// Trunk (see Trunk.toml `pattern_script`) writes the content-hashed file names of the
// wasm-bindgen loader and the wasm module into <meta name="evt-loader"> and
// <meta name="evt-wasm">. This module reads them, initialises the app and, on any
// failure, shows the static bilingual message in #boot-error instead of a blank page.

const STATUS_ID = "boot-status";
const ERROR_ID = "boot-error";

function metaContent(name) {
  const el = document.querySelector(`meta[name="${name}"]`);
  const value = el ? el.getAttribute("content") : null;
  if (!value) {
    throw new Error(`missing <meta name="${name}">: was index.html built by Trunk?`);
  }
  return value;
}

function showFailure(error) {
  console.error("Evenwichtige Verdeling Twente could not start:", error);
  document.getElementById(STATUS_ID)?.remove();
  const box = document.getElementById(ERROR_ID);
  if (box) {
    box.hidden = false;
  }
}

async function boot() {
  if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") {
    throw new Error("this browser does not support WebAssembly");
  }
  const loaderUrl = metaContent("evt-loader");
  const wasmUrl = metaContent("evt-wasm");
  const bindings = await import(loaderUrl);
  // Runs the Rust `main` (wasm-bindgen start), which mounts the Yew app.
  await bindings.default({ module_or_path: wasmUrl });
  document.getElementById(STATUS_ID)?.remove();
}

boot().catch(showFailure);
