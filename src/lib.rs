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

/// Mount the application on `<body>` after installing the panic hook.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    web::install_panic_hook();
    yew::Renderer::<app::App>::new().render();
}
