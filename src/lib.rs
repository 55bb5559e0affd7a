//! The Yew front end over `evt_core`. Data flows one way: inputs → [`state::Editor`] →
//! pure calculation (`evt_core`) → [`view`] models → components. Components stay thin; every
//! rule lives in the core.

// No unwrap/expect outside tests: every failure is a typed error the page can show.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod address;
pub mod app;
pub mod boot;
pub mod components;
pub mod hooks;
pub mod i18n;
pub mod state;
pub mod storage;
pub mod takeover;
pub mod view;
pub mod web;

/// Mount the app (see [`boot::start`]).
#[cfg(target_arch = "wasm32")]
pub use boot::{start, stop};

/// Whether this build has every view (`web/boot.js` then never loads the full module).
pub const IS_FULL: bool = cfg!(evt_full);
