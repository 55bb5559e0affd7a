//! Entry point: install the panic hook and mount the app; nothing else.
fn main() {
    #[cfg(target_arch = "wasm32")]
    evt_app::start();
}
