//! Dutch, the default language: every Dutch text of the page, one file per topic, each
//! implementing that topic's trait from `crate::i18n::<topic>` for [`Nl`]. A translator
//! reviews Dutch here without reading English.

mod compare;
mod import;
mod texts;

pub use texts::TEXTS;

/// The Dutch language (the type the topic traits are implemented for).
pub struct Nl;
