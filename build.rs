//! `cfg(evt_full)`: this build has every view. Natively always (tests, the prerender);
//! in wasm only with the `full` feature: the first module the page loads leaves the rarely
//! used views out, and a second build with `--features full` has them (scripts/post-build.sh
//! builds it; `components::on_demand` hands over to it).
fn main() {
    println!("cargo::rustc-check-cfg=cfg(evt_full)");
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32");
    if !wasm || std::env::var_os("CARGO_FEATURE_FULL").is_some() {
        println!("cargo::rustc-cfg=evt_full");
    }
}
