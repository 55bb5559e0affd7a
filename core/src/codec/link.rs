//! The versioned scenario link (`docs/scenario-link.md`): the whole scenario, the language,
//! the open view and the embed settings in the URL hash.
//!
//! Written by hand rather than with serde_json + base64: a readable, diffable format, links
//! that stay short because values equal to the embedded data are left out, and a decoder
//! that returns a typed error for any input instead of guessing.
//!
//! Guarantees (tested in `core/tests/link.rs`):
//! - `decode(&encode(s)) == Ok(s)` for every state within the limits of the format (see
//!   [`encode`]), with monitoring in canonical order ([`Scenario::normalize_monitoring`]).
//! - [`encode_checked`] is `Ok(encode(s))` exactly when `decode(&encode(s))` succeeds, and
//!   decides it without decoding.
//! - [`decode`] never panics and does work linear in the input (which it caps at
//!   [`MAX_LINK_LEN`] bytes).
//! - The links in `core/tests/fixtures/links-v1.txt` keep opening with the same figures.
//!
//! Files: [`format`] (the state, the errors, the limits, the lists), `encode.rs` and
//! `decode.rs` (with
//! `values.rs`, the values inside the items), `limits.rs` (each limit on a value, used by
//! the decoder and by `check.rs`, which is [`encode_checked`]).

mod check;
mod decode;
mod encode;
pub mod format;
mod limits;
mod values;

pub use check::encode_checked;
pub use decode::decode;
pub use encode::{encode, with_checksum};
pub use format::*;

#[cfg(test)]
mod tests;
