//! English: every English text of the page, one file per topic, each implementing that
//! topic's trait from `crate::i18n::<topic>` for [`En`].

mod chart;
mod common;
mod compare;
mod editor;
mod explain;
mod explanation;
mod growth;
mod import;
mod layout;
mod map;
mod monitoring;
mod page;
mod region;
mod saved;
mod summary;
mod texts;
mod validation;

/// The English language (the type the topic traits are implemented for).
pub struct En;
