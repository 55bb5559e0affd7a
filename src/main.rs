//! The wasm binary Trunk builds. Its exports are what `web/boot.js` calls (a binary exports
//! only what it defines itself, so they live here, not in the library).
#[cfg(target_arch = "wasm32")]
mod exports {
    use wasm_bindgen::prelude::wasm_bindgen;

    /// Mount the app. Taking over from the first module: `focus` is what to focus or open,
    /// `kept` the id of the unsaved work it kept in the list, `text` a table to preview,
    /// `session` its editor (drafts, undo and redo).
    #[wasm_bindgen]
    pub fn evt_start(
        focus: Option<String>,
        kept: Option<String>,
        text: Option<String>,
        session: Option<String>,
    ) {
        evt_app::start(evt_app::boot::Handover {
            focus,
            kept,
            text,
            session,
        });
    }

    /// Unmount the app: the full module is about to take over.
    #[wasm_bindgen]
    pub fn evt_stop() {
        evt_app::stop();
    }

    /// The first module, right before the full one starts: writes its state into the address
    /// and the autosave and returns its editor session.
    #[wasm_bindgen]
    pub fn evt_handover() -> Option<String> {
        evt_app::boot::handover()
    }

    /// Whether this module has every view.
    #[wasm_bindgen]
    pub fn evt_is_full() -> bool {
        evt_app::IS_FULL
    }
}

fn main() {}
