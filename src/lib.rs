//! The Yew front end over `evt_core`. Components stay thin; all rules live in the core.
pub mod app;

/// Mount the application on `<body>`.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    yew::Renderer::<app::App>::new().render();
}
