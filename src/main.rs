//! The wasm binary Trunk builds. Its exports are what `web/boot.js` calls (a binary exports
//! only what it defines itself, so they live here, not in the library).
#[cfg(target_arch = "wasm32")]
mod exports {
    use wasm_bindgen::prelude::wasm_bindgen;

    /// Mount the app. Taking over from the first module: `focus` is what to focus or open,
    /// `kept` the id of the unsaved work it kept in the list.
    #[wasm_bindgen]
    pub fn evt_start(focus: Option<String>, kept: Option<String>) {
        evt_app::start(focus, kept);
    }

    /// Unmount the app: the full module is about to take over.
    #[wasm_bindgen]
    pub fn evt_stop() {
        evt_app::stop();
    }

    /// Whether this module has every view.
    #[wasm_bindgen]
    pub fn evt_is_full() -> bool {
        evt_app::IS_FULL
    }
}

fn main() {}
