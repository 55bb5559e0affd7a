//! Local saving (issue "Saving"): edits autosave to the browser's `localStorage` and survive a
//! reload; named scenarios can be saved, opened, renamed, duplicated and deleted. A shared link
//! wins over local state but never destroys it: unsaved local work is kept in the list as
//! "niet-opgeslagen werk (datum tijd)". Storage that is full, disabled or unreadable gives a
//! typed [`Problem`] the page shows; the app keeps working.
//!
//! Everything here is browser-free except [`LocalStore`], so every rule is tested natively with
//! [`MemoryStore`]. Data sits under versioned keys (`evt.v1.…`) in a JSON envelope with a
//! `format` number. Data that cannot be read is never overwritten silently: it is first copied
//! to `<key>.backup.f<format>` (one copy per format version), and when even that fails it is
//! left alone and writes are refused.
//!
//! Several tabs: each tab has an id and keeps its own work in `sessionStorage` too, so a
//! reload of that tab opens its own work. The shared autosave slot is never silently
//! overwritten with another tab's work in it: that work is first kept in the list as
//! unsaved work (one entry per tab, replaced by its newer versions). At most
//! [`MAX_UNSAVED`] unsaved-work entries are kept; named scenarios are never pruned.
//!
//! The files: [`keys`] (keys and limits), [`store`] (where data goes), [`entries`] (what is
//! stored, its envelopes and errors), [`list`] (the saved list), [`autosave`] (the work in
//! progress and the start).

pub mod autosave;
pub mod entries;
pub mod keys;
pub mod list;
pub mod store;

pub use autosave::*;
pub use entries::*;
pub use keys::*;
pub use list::*;
pub use store::*;

#[cfg(test)]
mod tests;
