//! How the app starts on a page that arrived prerendered, and how the full module takes over
//! from the first one.
//!
//! 1. [`start`] renders the app into a new root element that is not in the document yet
//!    (so the page never holds two copies of an id, and nothing is laid out twice), beside
//!    the prerendered page (`#evt-prerender`, written at build time by
//!    `scripts/post-build.sh`) or the first module's root.
//! 2. Parts wrapped in [`crate::components::later::Later`] render one after the other, each
//!    in a task of its own, so no single task of the start-up is long (a phone's main thread
//!    stays responsive; Yew itself cannot yield inside one component's subtree).
//! 3. When nothing is pending any more, [`crate::takeover::take_over_when_ready`] removes the prerendered page
//!    (or the loading line), puts the root at the end of `<body>` and fires `evt-takeover` on
//!    the document, all in one task: the browser never paints both or neither. `web/boot.js`
//!    stops the first module on that event when the full module takes over (see `components::on_demand`).
//!
//! This file only mounts and unmounts the app; the pacing and the hand-over are in
//! [`crate::takeover`], which the app and its components use. Natively (tests, the
//! prerender) there is nothing to mount: they render [`crate::app::App`] directly.

#[cfg(target_arch = "wasm32")]
mod imp {
    use crate::takeover;
    use std::cell::RefCell;

    pub use crate::takeover::{handover, Handover};

    thread_local! {
        static APP: RefCell<Option<yew::AppHandle<crate::app::App>>> = const { RefCell::new(None) };
    }

    /// Mount the app in a root of its own, outside the document until it takes over.
    pub fn start(handover: Handover) {
        crate::web::install_panic_hook();
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let Ok(root) = doc.create_element("div") else {
            return;
        };
        root.set_class_name("evt-root");
        takeover::begin(handover, root.clone());
        let handle = yew::Renderer::<crate::app::App>::with_root(root).render();
        APP.with(|a| *a.borrow_mut() = Some(handle));
    }

    /// Unmount the app and remove its root: the full module has taken over.
    pub fn stop() {
        if let Some(handle) = APP.with(|a| a.borrow_mut().take()) {
            handle.destroy();
        }
        if let Some(root) = takeover::end() {
            root.remove();
        }
    }
}

#[cfg(target_arch = "wasm32")]
pub use imp::*;
