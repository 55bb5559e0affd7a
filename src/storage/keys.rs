//! The keys and limits of what this app stores, and "Mijn gemeente" (one key of its own).

use super::store::Store;

/// The envelope format written by this release.
pub const FORMAT: u32 = 1;
/// The work in progress, written on every (throttled) edit.
pub const AUTOSAVE_KEY: &str = "evt.v1.autosave";
/// The list of saved scenarios.
pub const SAVED_KEY: &str = "evt.v1.saved";
/// "Mijn gemeente" of this browser: a municipality id, kept for visits without a link.
pub const MINE_KEY: &str = "evt.v1.mine";

/// "Mijn gemeente" as last chosen in this browser, if it is one of `scenario`'s.
pub fn mine(store: &dyn Store, scenario: &evt_core::Scenario) -> Option<String> {
    let id = store.get(MINE_KEY).ok().flatten()?;
    scenario
        .municipalities
        .iter()
        .any(|m| m.id == id)
        .then_some(id)
}

/// Keep (or with `None` forget) "Mijn gemeente". A failure only costs the preference.
pub fn set_mine(store: &dyn Store, id: Option<&str>) {
    let _ = match id {
        Some(id) => store.set(MINE_KEY, id),
        None => store.remove(MINE_KEY),
    };
}
/// Appended to a key (with the format version, [`backup_key`]) for the copy of data that
/// could not be read.
pub const BACKUP_SUFFIX: &str = ".backup";
/// This tab's own work, in `sessionStorage` (same envelope as the autosave).
pub const TAB_WORK_KEY: &str = "evt.v1.tabwork";
/// This tab's id, in `sessionStorage`.
pub const TAB_ID_KEY: &str = "evt.v1.tab";
/// How many unsaved-work entries the list keeps (the oldest goes first).
pub const MAX_UNSAVED: usize = 10;
/// Longest scenario name, in characters.
pub const MAX_NAME_CHARS: usize = 80;
