//! English: every English text of the page, one file per topic, each implementing that
//! topic's trait from `crate::i18n::<topic>` for [`En`].

mod compare;
mod import;
mod texts;

pub use texts::TEXTS;

/// The English language (the type the topic traits are implemented for).
pub struct En;
