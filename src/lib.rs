//! The Yew front end over `evt_core`. Data flows one way: inputs → [`state::Editor`] →
//! pure calculation (`evt_core`) → [`view`] models → components. Components stay thin; every
//! rule lives in the core.

pub mod app;
pub mod components;
pub mod i18n;
pub mod state;
pub mod storage;
pub mod view;
pub mod web;

#[cfg(target_arch = "wasm32")]
thread_local! {
    static APP: std::cell::RefCell<Option<yew::AppHandle<app::App>>> =
        const { std::cell::RefCell::new(None) };
}

/// Mount the application on `<body>` after installing the panic hook. Called by
/// `web/boot.js` once the module is loaded; `focus` names the element to focus or open when
/// this (full) module takes over from the first one (see [`components::on_demand`]), `kept`
/// the unsaved work the first one kept in the list when it opened a link.
#[cfg(target_arch = "wasm32")]
pub fn start(focus: Option<String>, kept: Option<String>) {
    web::install_panic_hook();
    web::set_start(focus, kept);
    let handle = yew::Renderer::<app::App>::new().render();
    APP.with(|a| *a.borrow_mut() = Some(handle));
}

/// Unmount the application (its listeners and timers end with it): the full module is
/// about to take over the page.
#[cfg(target_arch = "wasm32")]
pub fn stop() {
    if let Some(handle) = APP.with(|a| a.borrow_mut().take()) {
        handle.destroy();
    }
}

/// Whether this build has every view (`web/boot.js` then never loads the full module).
pub const IS_FULL: bool = cfg!(evt_full);
