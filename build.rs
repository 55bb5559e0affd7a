//! `cfg(evt_full)`: this build has every view. Natively always (tests, the prerender);
//! in wasm only with the `full` feature: the first module the page loads leaves the rarely
//! used views out, and a second build with `--features full` has them (scripts/post-build.sh
//! builds it; `components::on_demand` hands over to it).
//!
//! `cfg(evt_explanation)`: this build has the explanation. Natively and in the full module
//! always; in wasm also with the `explanation` feature: the module `/uitleg/` starts (the
//! first module plus the explanation), so the explanation's page does not need the full one.
fn main() {
    println!("cargo::rustc-check-cfg=cfg(evt_full)");
    println!("cargo::rustc-check-cfg=cfg(evt_explanation)");
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32");
    let full = !wasm || std::env::var_os("CARGO_FEATURE_FULL").is_some();
    if full {
        println!("cargo::rustc-cfg=evt_full");
    }
    if full || std::env::var_os("CARGO_FEATURE_EXPLANATION").is_some() {
        println!("cargo::rustc-cfg=evt_explanation");
    }
}
