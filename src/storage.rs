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

use chrono::NaiveDateTime;
use evt_core::scenario::Scenario;
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

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

/// Why the store refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// No storage: disabled by the user or the browser (SecurityError), or not a browser.
    Unavailable,
    /// The quota is used up (QuotaExceededError).
    Full,
    /// Anything else, with the browser's error name for diagnosis.
    Other(String),
}

/// A string key–value store: `localStorage` in the browser, memory in tests.
pub trait Store {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError>;
    fn remove(&self, key: &str) -> Result<(), StorageError>;
}

/// The browser's `localStorage`. Natively (tests, SSR) it is always [`StorageError::Unavailable`].
#[derive(Debug, Clone, Copy, Default)]
pub struct LocalStore;

/// This tab's `sessionStorage` (kept over a reload of the tab, not shared with other tabs).
/// Natively always [`StorageError::Unavailable`].
#[derive(Debug, Clone, Copy, Default)]
pub struct SessionStore;

#[cfg(target_arch = "wasm32")]
impl LocalStore {
    /// In Chromium with site data blocked, reading `window.localStorage` itself throws.
    fn storage() -> Result<web_sys::Storage, StorageError> {
        browser_storage(web_sys::window().map(|w| w.local_storage()))
    }
}

#[cfg(target_arch = "wasm32")]
impl SessionStore {
    fn storage() -> Result<web_sys::Storage, StorageError> {
        browser_storage(web_sys::window().map(|w| w.session_storage()))
    }
}

#[cfg(target_arch = "wasm32")]
fn browser_storage(
    storage: Option<Result<Option<web_sys::Storage>, wasm_bindgen::JsValue>>,
) -> Result<web_sys::Storage, StorageError> {
    match storage {
        Some(Ok(Some(s))) => Ok(s),
        Some(Err(e)) => Err(js_error(&e)),
        _ => Err(StorageError::Unavailable),
    }
}

/// Map a thrown DOMException to a [`StorageError`] by its name (and legacy code).
#[cfg(target_arch = "wasm32")]
fn js_error(e: &wasm_bindgen::JsValue) -> StorageError {
    let get = |k: &str| js_sys::Reflect::get(e, &wasm_bindgen::JsValue::from_str(k)).ok();
    let name = get("name").and_then(|v| v.as_string()).unwrap_or_default();
    let code = get("code").and_then(|v| v.as_f64()).unwrap_or(0.0);
    match name.as_str() {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StorageError::Full,
        "SecurityError" => StorageError::Unavailable,
        _ if code == 22.0 || code == 1014.0 => StorageError::Full,
        _ if code == 18.0 => StorageError::Unavailable,
        _ => StorageError::Other(name),
    }
}

/// `Store` for the browser's two storage areas (the same calls on another object).
macro_rules! browser_store {
    ($t:ty) => {
        #[cfg(target_arch = "wasm32")]
        impl Store for $t {
            fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
                Self::storage()?.get_item(key).map_err(|e| js_error(&e))
            }
            fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
                Self::storage()?
                    .set_item(key, value)
                    .map_err(|e| js_error(&e))
            }
            fn remove(&self, key: &str) -> Result<(), StorageError> {
                Self::storage()?.remove_item(key).map_err(|e| js_error(&e))
            }
        }

        #[cfg(not(target_arch = "wasm32"))]
        impl Store for $t {
            fn get(&self, _key: &str) -> Result<Option<String>, StorageError> {
                Err(StorageError::Unavailable)
            }
            fn set(&self, _key: &str, _value: &str) -> Result<(), StorageError> {
                Err(StorageError::Unavailable)
            }
            fn remove(&self, _key: &str) -> Result<(), StorageError> {
                Err(StorageError::Unavailable)
            }
        }
    };
}
browser_store!(LocalStore);
browser_store!(SessionStore);

/// An in-memory store for tests: optionally disabled, or with a quota in characters (keys plus
/// values, as browsers count).
#[derive(Debug, Default)]
pub struct MemoryStore {
    data: RefCell<BTreeMap<String, String>>,
    quota: Option<usize>,
    disabled: bool,
}

impl MemoryStore {
    pub fn new() -> MemoryStore {
        MemoryStore::default()
    }

    /// Every call fails with [`StorageError::Unavailable`].
    pub fn disabled() -> MemoryStore {
        MemoryStore {
            disabled: true,
            ..MemoryStore::default()
        }
    }

    /// `set` fails with [`StorageError::Full`] beyond `chars` characters in total.
    pub fn with_quota(chars: usize) -> MemoryStore {
        MemoryStore {
            quota: Some(chars),
            ..MemoryStore::default()
        }
    }

    /// Write directly, bypassing the quota (to set up a test).
    pub fn put(&self, key: &str, value: &str) {
        self.data.borrow_mut().insert(key.into(), value.into());
    }

    /// Read directly.
    pub fn raw(&self, key: &str) -> Option<String> {
        self.data.borrow().get(key).cloned()
    }

    /// Change the quota of an existing store.
    pub fn set_quota(&mut self, chars: Option<usize>) {
        self.quota = chars;
    }
}

impl Store for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        if self.disabled {
            return Err(StorageError::Unavailable);
        }
        Ok(self.raw(key))
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        if self.disabled {
            return Err(StorageError::Unavailable);
        }
        if let Some(quota) = self.quota {
            let used: usize = self
                .data
                .borrow()
                .iter()
                .filter(|(k, _)| k.as_str() != key)
                .map(|(k, v)| k.chars().count() + v.chars().count())
                .sum();
            if used + key.chars().count() + value.chars().count() > quota {
                return Err(StorageError::Full);
            }
        }
        self.put(key, value);
        Ok(())
    }
    fn remove(&self, key: &str) -> Result<(), StorageError> {
        if self.disabled {
            return Err(StorageError::Unavailable);
        }
        self.data.borrow_mut().remove(key);
        Ok(())
    }
}

/// A shared store handle for component props; equal when it is the same store.
#[derive(Clone)]
pub struct StoreRef(pub Rc<dyn Store>);

impl StoreRef {
    pub fn new(store: impl Store + 'static) -> StoreRef {
        StoreRef(Rc::new(store))
    }

    /// The browser's `localStorage` (one shared handle, so props stay equal between renders).
    pub fn browser() -> StoreRef {
        thread_local! {
            static BROWSER: StoreRef = StoreRef::new(LocalStore);
        }
        BROWSER.with(StoreRef::clone)
    }

    /// This tab's `sessionStorage`.
    pub fn session() -> StoreRef {
        thread_local! {
            static SESSION: StoreRef = StoreRef::new(SessionStore);
        }
        SESSION.with(StoreRef::clone)
    }
}

impl PartialEq for StoreRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for StoreRef {
    type Target = dyn Store;
    fn deref(&self) -> &(dyn Store + 'static) {
        &*self.0
    }
}

impl std::fmt::Debug for StoreRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("StoreRef")
    }
}

/// The local date and time, for timestamps.
pub fn now() -> NaiveDateTime {
    chrono::Local::now().naive_local()
}

/// What kind of entry a saved scenario is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Saved by the user under a name.
    Named,
    /// Work that was autosaved but never saved by name, kept when something else replaced it
    /// (a shared link, or opening another scenario). Shown as "niet-opgeslagen werk (…)".
    UnsavedWork,
}

/// One entry of "Mijn scenario's".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedScenario {
    /// Stable id (`s` + milliseconds since 1970 at creation, made unique).
    pub id: String,
    /// The user's name; empty for [`Kind::UnsavedWork`] (its label is made per language).
    pub name: String,
    #[serde(with = "iso")]
    pub saved_at: NaiveDateTime,
    pub kind: Kind,
    pub scenario: Scenario,
    /// For unsaved work kept from another tab: that tab's id (its newer work replaces this
    /// entry instead of adding one per edit).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_tab: Option<String>,
}

/// Why a name was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameError {
    Empty,
    TooLong,
    /// Another saved scenario has this name (ignoring case and surrounding spaces).
    Taken,
}

/// Something the page should tell the user about storage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    Storage(StorageError),
    /// Stored data could not be read (damaged, or written in an unknown format). It was copied to
    /// `key` + [`BACKUP_SUFFIX`] (`backed_up`), or, when even that failed, left untouched and
    /// not overwritten.
    Unreadable {
        key: &'static str,
        backed_up: bool,
    },
}

impl From<StorageError> for Problem {
    fn from(e: StorageError) -> Problem {
        Problem::Storage(e)
    }
}

/// Why an operation on the list failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpError {
    Name(NameError),
    /// No scenario with this id (deleted meanwhile, e.g. in another tab).
    NotFound,
    Problem(Problem),
}

impl From<StorageError> for OpError {
    fn from(e: StorageError) -> OpError {
        OpError::Problem(Problem::Storage(e))
    }
}

impl From<Problem> for OpError {
    fn from(p: Problem) -> OpError {
        OpError::Problem(p)
    }
}

/// The saved list as read, with what went wrong while reading it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Listing {
    pub items: Vec<SavedScenario>,
    pub problem: Option<Problem>,
}

/// The autosaved work.
#[derive(Debug, Clone, PartialEq)]
pub struct Autosaved {
    pub scenario: Scenario,
    pub saved_at: NaiveDateTime,
    /// The tab that wrote it (`None` in data of older releases).
    pub tab: Option<String>,
}

#[derive(Serialize)]
struct ListOut<'a> {
    format: u32,
    items: &'a [SavedScenario],
}

#[derive(Deserialize)]
struct ListIn {
    format: u32,
    items: Vec<serde_json::Value>,
}

#[derive(Serialize)]
struct AutosaveOut<'a> {
    format: u32,
    #[serde(with = "iso")]
    saved_at: NaiveDateTime,
    scenario: &'a Scenario,
    #[serde(skip_serializing_if = "Option::is_none")]
    tab: Option<&'a str>,
}

#[derive(Deserialize)]
struct AutosaveIn {
    format: u32,
    #[serde(with = "iso")]
    saved_at: NaiveDateTime,
    scenario: Scenario,
    /// The tab that wrote it (absent in data of older releases).
    #[serde(default)]
    tab: Option<String>,
}

/// Just the format number of stored data, if it has one.
#[derive(Deserialize)]
struct FormatOnly {
    format: u32,
}

/// Where unreadable data of `key` is set aside: one copy per format version, so data of a
/// newer release (opened again by an older one) is never replaced by damaged data of this
/// one; `.fx` holds data without a readable format number.
pub fn backup_key(key: &str, raw: &str) -> String {
    match serde_json::from_str::<FormatOnly>(raw) {
        Ok(f) => format!("{key}{BACKUP_SUFFIX}.f{}", f.format),
        Err(_) => format!("{key}{BACKUP_SUFFIX}.fx"),
    }
}

/// Copy unreadable data to its [`backup_key`] (unless that already holds exactly it).
fn back_up(store: &dyn Store, key: &'static str, raw: &str) -> Problem {
    let backup = backup_key(key, raw);
    let backed_up = match store.get(&backup) {
        Ok(Some(existing)) if existing == raw => true,
        Ok(_) => store.set(&backup, raw).is_ok(),
        Err(_) => false,
    };
    Problem::Unreadable { key, backed_up }
}

/// Read the list. Entries that cannot be read are left out, and the whole stored text is backed
/// up so a later write loses nothing.
fn read_list(store: &dyn Store) -> (Vec<SavedScenario>, Option<Problem>) {
    let raw = match store.get(SAVED_KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => return (Vec::new(), None),
        Err(e) => return (Vec::new(), Some(Problem::Storage(e))),
    };
    let parsed = serde_json::from_str::<ListIn>(&raw)
        .ok()
        .filter(|l| l.format == FORMAT);
    let Some(list) = parsed else {
        return (Vec::new(), Some(back_up(store, SAVED_KEY, &raw)));
    };
    let total = list.items.len();
    let items: Vec<SavedScenario> = list
        .items
        .into_iter()
        .filter_map(|v| serde_json::from_value(v).ok())
        .collect();
    let problem = (items.len() < total).then(|| back_up(store, SAVED_KEY, &raw));
    (items, problem)
}

/// The saved scenarios, newest first. Never fails: problems come with the (possibly empty) list.
pub fn list(store: &dyn Store) -> Listing {
    let (items, problem) = read_list(store);
    Listing { items, problem }
}

/// The list for changing it; refused when writing would destroy data that is not backed up.
fn list_for_write(store: &dyn Store) -> Result<Vec<SavedScenario>, OpError> {
    match read_list(store) {
        (_, Some(Problem::Storage(e))) => Err(e.into()),
        (
            _,
            Some(
                p @ Problem::Unreadable {
                    backed_up: false, ..
                },
            ),
        ) => Err(p.into()),
        (items, _) => Ok(items),
    }
}

fn write_list(store: &dyn Store, items: &[SavedScenario]) -> Result<(), StorageError> {
    let json = serde_json::to_string(&ListOut {
        format: FORMAT,
        items,
    })
    .map_err(|e| StorageError::Other(e.to_string()))?;
    store.set(SAVED_KEY, &json)
}

/// Write the work in progress. Call it from a throttled effect, and once more when the page is
/// hidden (`pagehide`), so a reload finds the latest edits.
pub fn autosave(
    store: &dyn Store,
    scenario: &Scenario,
    now: NaiveDateTime,
) -> Result<(), StorageError> {
    put_work(
        store,
        AUTOSAVE_KEY,
        work_json(scenario, now, None)?.as_deref(),
    )
}

/// One browser tab: its id and its `sessionStorage`.
pub struct Tab<'a> {
    pub id: &'a str,
    pub session: &'a dyn Store,
}

/// This tab's id: kept in its `sessionStorage` (so a reload keeps it), made with `fresh`
/// the first time.
pub fn tab_id(session: &dyn Store, fresh: impl FnOnce() -> String) -> String {
    if let Ok(Some(id)) = session.get(TAB_ID_KEY) {
        return id;
    }
    let id = fresh();
    let _ = session.set(TAB_ID_KEY, &id);
    id
}

/// [`autosave`] from a tab: the work also goes into the tab's own `sessionStorage`, and
/// when the shared slot holds another tab's (different) work, that work is first kept in the
/// list as unsaved work ([`Kept`] returned) — or, when that fails, the slot is left alone
/// and the error returned. Nothing another tab wrote is overwritten silently.
pub fn autosave_in_tab(
    store: &dyn Store,
    tab: &Tab,
    scenario: &Scenario,
    now: NaiveDateTime,
) -> Result<Option<Kept>, StorageError> {
    let json = work_json(scenario, now, Some(tab.id))?;
    // The tab's own copy first: a reload of this tab finds it whatever the slot holds.
    let _ = put_work(tab.session, TAB_WORK_KEY, json.as_deref());
    // The slot as this tab last wrote it (the envelope ends with its id) holds nothing of
    // another tab: it is parsed only on the first write after another tab wrote.
    let slot = store
        .get(AUTOSAVE_KEY)
        .ok()
        .flatten()
        .filter(|raw| !raw.ends_with(&own_mark(tab.id)));
    let mut kept = None;
    if let Some(other) = slot.and_then(|raw| serde_json::from_str::<AutosaveIn>(&raw).ok()) {
        let theirs = other.tab.as_deref().filter(|t| *t != tab.id);
        if let (Some(from), true) = (theirs, other.scenario != *scenario) {
            kept = keep_unsaved_from(store, &other.scenario, other.saved_at, now, Some(from))
                .map_err(|e| match e {
                    OpError::Problem(Problem::Storage(e)) => e,
                    _ => StorageError::Other("unsaved work of another tab".into()),
                })?;
        }
    }
    put_work(store, AUTOSAVE_KEY, json.as_deref())?;
    // An older version of this tab's work, kept by another tab, is superseded by the slot
    // (the list is parsed only when its text names this tab).
    let named = serde_json::to_string(tab.id)
        .map(|id| format!("\"from_tab\":{id}"))
        .unwrap_or_default();
    if store
        .get(SAVED_KEY)
        .ok()
        .flatten()
        .is_some_and(|raw| raw.contains(&named))
    {
        if let Ok(mut items) = list_for_write(store) {
            items.retain(|i| i.kind != Kind::UnsavedWork || i.from_tab.as_deref() != Some(tab.id));
            let _ = write_list(store, &items);
        }
    }
    Ok(kept)
}

/// How an autosave envelope written by tab `id` ends (`tab` is its last field).
fn own_mark(id: &str) -> String {
    let id = serde_json::to_string(id).unwrap_or_default();
    format!(",\"tab\":{id}}}")
}

/// The autosave envelope of `scenario`; `None` for the untouched default, which is nothing
/// to keep: no key at all tells the page's first script (web/early.js) that the prerendered
/// default figures are this visitor's figures.
fn work_json(
    scenario: &Scenario,
    now: NaiveDateTime,
    tab: Option<&str>,
) -> Result<Option<String>, StorageError> {
    if *scenario == evt_core::data::default_scenario() {
        return Ok(None);
    }
    serde_json::to_string(&AutosaveOut {
        format: FORMAT,
        saved_at: now,
        scenario,
        tab,
    })
    .map(Some)
    .map_err(|e| StorageError::Other(e.to_string()))
}

/// Write the envelope under `key`, or remove the key for the default ([`work_json`]).
fn put_work(store: &dyn Store, key: &str, json: Option<&str>) -> Result<(), StorageError> {
    match json {
        Some(json) => store.set(key, json),
        None => store.remove(key),
    }
}

/// The autosaved work, if any. Unreadable data is backed up and reported.
pub fn load_autosave(store: &dyn Store) -> Result<Option<Autosaved>, Problem> {
    let Some(raw) = store.get(AUTOSAVE_KEY)? else {
        return Ok(None);
    };
    match serde_json::from_str::<AutosaveIn>(&raw) {
        Ok(a) if a.format == FORMAT => Ok(Some(Autosaved {
            scenario: a.scenario,
            saved_at: a.saved_at,
            tab: a.tab,
        })),
        _ => Err(back_up(store, AUTOSAVE_KEY, &raw)),
    }
}

/// Check a name against the list (ignoring the entry `except`); returns it trimmed.
pub fn validate_name(
    items: &[SavedScenario],
    name: &str,
    except: Option<&str>,
) -> Result<String, NameError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(NameError::Empty);
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(NameError::TooLong);
    }
    if items.iter().any(|i| {
        Some(i.id.as_str()) != except
            && i.kind == Kind::Named
            && evt_core::text::lower(i.name.trim()) == evt_core::text::lower(name)
    }) {
        return Err(NameError::Taken);
    }
    Ok(name.to_string())
}

fn new_id(items: &[SavedScenario], now: NaiveDateTime) -> String {
    let mut n = now.and_utc().timestamp_millis();
    loop {
        let id = format!("s{n}");
        if !items.iter().any(|i| i.id == id) {
            return id;
        }
        n += 1;
    }
}

/// Save `scenario` under a new name (newest first).
pub fn save_as(
    store: &dyn Store,
    name: &str,
    scenario: &Scenario,
    now: NaiveDateTime,
) -> Result<SavedScenario, OpError> {
    let mut items = list_for_write(store)?;
    let name = validate_name(&items, name, None).map_err(OpError::Name)?;
    let item = SavedScenario {
        id: new_id(&items, now),
        name,
        saved_at: now,
        kind: Kind::Named,
        scenario: scenario.clone(),
        from_tab: None,
    };
    items.insert(0, item.clone());
    write_list(store, &items)?;
    Ok(item)
}

/// The saved scenario with this id (read fresh from storage).
pub fn open(store: &dyn Store, id: &str) -> Result<SavedScenario, OpError> {
    let (items, problem) = read_list(store);
    match (items.into_iter().find(|i| i.id == id), problem) {
        (Some(item), _) => Ok(item),
        (None, Some(p)) => Err(p.into()),
        (None, None) => Err(OpError::NotFound),
    }
}

/// Give an entry a new name; unsaved work that gets a name becomes a named scenario.
pub fn rename(store: &dyn Store, id: &str, new_name: &str) -> Result<SavedScenario, OpError> {
    let mut items = list_for_write(store)?;
    let name = validate_name(&items, new_name, Some(id)).map_err(OpError::Name)?;
    let item = items
        .iter_mut()
        .find(|i| i.id == id)
        .ok_or(OpError::NotFound)?;
    item.name = name;
    item.kind = Kind::Named;
    item.from_tab = None;
    let item = item.clone();
    write_list(store, &items)?;
    Ok(item)
}

/// Remove an entry; returns it.
pub fn delete(store: &dyn Store, id: &str) -> Result<SavedScenario, OpError> {
    let mut items = list_for_write(store)?;
    let index = items
        .iter()
        .position(|i| i.id == id)
        .ok_or(OpError::NotFound)?;
    let item = items.remove(index);
    write_list(store, &items)?;
    Ok(item)
}

/// Copy an entry as a named scenario, made unique, placed first. `copy_name(source, n)` gives
/// the `n`th candidate name ("… (kopie)", "… (kopie 2)": the words are the page's, see
/// `i18n::saved::copy_namer`); the first one not yet taken is used.
pub fn duplicate(
    store: &dyn Store,
    id: &str,
    copy_name: &dyn Fn(&SavedScenario, u32) -> String,
    now: NaiveDateTime,
) -> Result<SavedScenario, OpError> {
    let mut items = list_for_write(store)?;
    let source = items.iter().find(|i| i.id == id).ok_or(OpError::NotFound)?;
    let name = (1..)
        .map(|n| copy_name(source, n))
        .find(|name| validate_name(&items, name, None).is_ok())
        .unwrap_or_default();
    let item = SavedScenario {
        id: new_id(&items, now),
        name,
        saved_at: now,
        kind: Kind::Named,
        scenario: source.scenario.clone(),
        from_tab: None,
    };
    items.insert(0, item.clone());
    write_list(store, &items)?;
    Ok(item)
}

/// Unsaved work that was kept in the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kept {
    pub id: String,
    /// When the work was last edited (the label's date and time).
    pub saved_at: NaiveDateTime,
}

/// Keep `work` in the list as [`Kind::UnsavedWork`] unless it is nothing to keep: the default
/// scenario, or equal to an entry already in the list. `Ok(None)` when nothing was added.
pub fn keep_unsaved(
    store: &dyn Store,
    work: &Scenario,
    saved_at: NaiveDateTime,
    now: NaiveDateTime,
) -> Result<Option<Kept>, OpError> {
    keep_unsaved_from(store, work, saved_at, now, None)
}

/// [`keep_unsaved`]; work of another tab (`from`) replaces that tab's earlier entry. The list
/// keeps the newest [`MAX_UNSAVED`] unsaved-work entries.
fn keep_unsaved_from(
    store: &dyn Store,
    work: &Scenario,
    saved_at: NaiveDateTime,
    now: NaiveDateTime,
    from: Option<&str>,
) -> Result<Option<Kept>, OpError> {
    if *work == evt_core::data::default_scenario() {
        return Ok(None);
    }
    let mut items = list_for_write(store)?;
    if let Some(same) = items.iter_mut().find(|i| i.scenario == *work) {
        // This work is kept for good now (a link or another scenario replaced it here), not
        // as a copy that the tab it came from would supersede when it writes again.
        if from.is_none() && same.from_tab.is_some() {
            same.from_tab = None;
            let kept = Kept {
                id: same.id.clone(),
                saved_at: same.saved_at,
            };
            write_list(store, &items)?;
            return Ok(Some(kept));
        }
        return Ok(None);
    }
    if let Some(from) = from {
        items.retain(|i| i.kind != Kind::UnsavedWork || i.from_tab.as_deref() != Some(from));
    }
    let id = new_id(&items, now);
    items.insert(
        0,
        SavedScenario {
            id: id.clone(),
            name: String::new(),
            saved_at,
            kind: Kind::UnsavedWork,
            scenario: work.clone(),
            from_tab: from.map(str::to_string),
        },
    );
    prune_unsaved(&mut items);
    write_list(store, &items)?;
    Ok(Some(Kept { id, saved_at }))
}

/// Drop the oldest unsaved-work entries beyond [`MAX_UNSAVED`] (the list is newest first).
fn prune_unsaved(items: &mut Vec<SavedScenario>) {
    let mut seen = 0;
    items.retain(|i| {
        if i.kind != Kind::UnsavedWork {
            return true;
        }
        seen += 1;
        seen <= MAX_UNSAVED
    });
}

/// What to open when the app starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Startup {
    pub scenario_to_open: Scenario,
    /// The autosaved work that a link replaced, now in the list as unsaved work.
    pub kept_unsaved: Option<Kept>,
    /// What to tell the user (storage disabled, full, unreadable data).
    pub problem: Option<Problem>,
    /// `false` when the autosaved work could not be kept (or read) and must not be overwritten:
    /// then do not call [`autosave`] in this session.
    pub autosave_allowed: bool,
}

/// The startup rule. With a link: the link wins; autosaved work that differs from it and from
/// every entry of the list is first kept as unsaved work. Without a link: the autosaved work, or
/// the default scenario when there is none.
pub fn startup(store: &dyn Store, link: Option<Scenario>, now: NaiveDateTime) -> Startup {
    startup_in_tab(store, None, link, now)
}

/// [`startup`] in a tab: without a link a reload opens this tab's own work (its
/// `sessionStorage`), whatever another tab wrote into the shared slot meanwhile; with a link
/// the tab's own work is kept in the list like the slot's.
pub fn startup_in_tab(
    store: &dyn Store,
    tab: Option<&Tab>,
    link: Option<Scenario>,
    now: NaiveDateTime,
) -> Startup {
    let own = tab
        .and_then(|t| t.session.get(TAB_WORK_KEY).ok().flatten())
        .and_then(|raw| serde_json::from_str::<AutosaveIn>(&raw).ok())
        .filter(|a| a.format == FORMAT);
    let autosaved = load_autosave(store);
    let mut problem = list(store).problem;
    let mut kept_unsaved = None;
    let mut autosave_allowed = true;
    if let Err(p) = &autosaved {
        autosave_allowed = matches!(
            p,
            Problem::Unreadable {
                backed_up: true,
                ..
            }
        );
        problem = Some(p.clone());
    }
    let scenario_to_open = match (link, autosaved) {
        (Some(link), Ok(Some(a))) if a.scenario != link => {
            // Another (maybe still open) tab's work: its entry is replaced by that tab's
            // newer work later, as in autosave_in_tab.
            let from = a
                .tab
                .as_deref()
                .filter(|t| tab.is_some_and(|tab| tab.id != *t));
            match keep_unsaved_from(store, &a.scenario, a.saved_at, now, from) {
                Ok(k) => kept_unsaved = k,
                Err(e) => {
                    autosave_allowed = false;
                    if let OpError::Problem(p) = e {
                        problem = Some(p);
                    }
                }
            }
            link
        }
        (Some(link), _) => link,
        (None, autosaved) => match (&own, autosaved) {
            (Some(own), _) => own.scenario.clone(),
            (None, Ok(Some(a))) => a.scenario,
            (None, _) => evt_core::data::default_scenario(),
        },
    };
    // A link opened in a tab that had work of its own (reloaded with another address):
    // that work is kept too.
    if let Some(own) = own.filter(|o| o.scenario != scenario_to_open) {
        match keep_unsaved(store, &own.scenario, own.saved_at, now) {
            Ok(k) => kept_unsaved = kept_unsaved.or(k),
            Err(e) => {
                autosave_allowed = false;
                if let OpError::Problem(p) = e {
                    problem = Some(p);
                }
            }
        }
    }
    Startup {
        scenario_to_open,
        kept_unsaved,
        problem,
        autosave_allowed,
    }
}

/// `2026-11-25T14:03:00`, written and read by hand (chrono's formatter costs ~8 KB of wasm).
mod iso {
    use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn format(t: &NaiveDateTime) -> String {
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
            t.year(),
            t.month(),
            t.day(),
            t.hour(),
            t.minute(),
            t.second()
        )
    }

    pub fn parse(s: &str) -> Option<NaiveDateTime> {
        let (date, time) = s.split_once('T')?;
        let mut d = date.splitn(3, '-').map(str::parse::<u32>);
        let (y, mo, day) = (d.next()?.ok()?, d.next()?.ok()?, d.next()?.ok()?);
        let mut t = time.splitn(3, ':').map(str::parse::<u32>);
        let (h, mi, sec) = (t.next()?.ok()?, t.next()?.ok()?, t.next()?.ok()?);
        NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, mo, day)?.and_hms_opt(h, mi, sec)
    }

    pub fn serialize<S: Serializer>(t: &NaiveDateTime, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&format(t))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDateTime, D::Error> {
        let s = String::deserialize(d)?;
        parse(&s).ok_or_else(|| serde::de::Error::custom("bad date-time"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::saved::copy_namer;
    use evt_core::data::default_scenario;
    use evt_core::numbers::Lang;

    fn at(h: u32, mi: u32) -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2026, 11, 25)
            .and_then(|d| d.and_hms_opt(h, mi, 0))
            .expect("valid")
    }

    fn edited(urgents: u64) -> Scenario {
        let mut s = default_scenario();
        s.params.urgents = urgents;
        s
    }

    fn names(store: &dyn Store) -> Vec<String> {
        list(store).items.into_iter().map(|i| i.name).collect()
    }

    #[test]
    fn autosave_round_trip_and_reload() {
        let store = MemoryStore::new();
        assert_eq!(load_autosave(&store), Ok(None));
        autosave(&store, &edited(900), at(14, 3)).expect("saved");
        let a = load_autosave(&store).expect("readable").expect("present");
        assert_eq!(a.scenario, edited(900));
        assert_eq!(a.saved_at, at(14, 3));
        // A reload without a link opens the autosaved work.
        let s = startup(&store, None, at(15, 0));
        assert_eq!(s.scenario_to_open, edited(900));
        assert_eq!((s.kept_unsaved, s.problem), (None, None));
        assert!(s.autosave_allowed);
    }

    #[test]
    fn first_start_opens_the_default() {
        let s = startup(&MemoryStore::new(), None, at(9, 0));
        assert_eq!(s.scenario_to_open, default_scenario());
        assert_eq!((s.kept_unsaved, s.problem), (None, None));
    }

    #[test]
    fn link_wins_and_keeps_unsaved_work() {
        let store = MemoryStore::new();
        autosave(&store, &edited(900), at(14, 3)).expect("saved");
        let s = startup(&store, Some(edited(1000)), at(15, 0));
        assert_eq!(s.scenario_to_open, edited(1000));
        let kept = s.kept_unsaved.expect("kept");
        assert_eq!(
            kept.saved_at,
            at(14, 3),
            "labelled with the work's own time"
        );
        let items = list(&store).items;
        assert_eq!(items.len(), 1);
        assert_eq!(items[0].id, kept.id);
        assert_eq!(items[0].kind, Kind::UnsavedWork);
        assert_eq!(items[0].scenario, edited(900));
        assert!(s.autosave_allowed);
        // Opening the same link again adds nothing more.
        let again = startup(&store, Some(edited(1000)), at(15, 1));
        assert_eq!(again.kept_unsaved, None);
        assert_eq!(list(&store).items.len(), 1);
    }

    #[test]
    fn link_keeps_nothing_that_is_already_safe() {
        let store = MemoryStore::new();
        // Same as the link.
        autosave(&store, &edited(1000), at(14, 0)).expect("saved");
        assert_eq!(
            startup(&store, Some(edited(1000)), at(15, 0)).kept_unsaved,
            None
        );
        // Same as a saved scenario.
        save_as(&store, "Variant", &edited(900), at(14, 1)).expect("saved");
        autosave(&store, &edited(900), at(14, 2)).expect("saved");
        assert_eq!(
            startup(&store, Some(edited(1000)), at(15, 0)).kept_unsaved,
            None
        );
        // The untouched default: not stored at all.
        autosave(&store, &default_scenario(), at(14, 3)).expect("saved");
        assert_eq!(store.get(AUTOSAVE_KEY), Ok(None));
        assert_eq!(
            startup(&store, Some(edited(1000)), at(15, 0)).kept_unsaved,
            None
        );
        assert_eq!(list(&store).items.len(), 1);
    }

    #[test]
    fn save_as_validates_names() {
        let store = MemoryStore::new();
        let s = default_scenario();
        let item = save_as(&store, "  Variant A  ", &s, at(10, 0)).expect("saved");
        assert_eq!(item.name, "Variant A");
        assert_eq!(item.kind, Kind::Named);
        assert_eq!(
            save_as(&store, "   ", &s, at(10, 1)),
            Err(OpError::Name(NameError::Empty))
        );
        assert_eq!(
            save_as(&store, "variant a", &s, at(10, 1)),
            Err(OpError::Name(NameError::Taken))
        );
        let long = "x".repeat(MAX_NAME_CHARS + 1);
        assert_eq!(
            save_as(&store, &long, &s, at(10, 1)),
            Err(OpError::Name(NameError::TooLong))
        );
        let max = "é".repeat(MAX_NAME_CHARS);
        assert!(
            save_as(&store, &max, &s, at(10, 1)).is_ok(),
            "chars, not bytes"
        );
        assert_eq!(names(&store), vec![max, "Variant A".to_string()]);
    }

    #[test]
    fn ids_are_unique_and_stable() {
        let store = MemoryStore::new();
        let a = save_as(&store, "A", &edited(1), at(10, 0)).expect("saved");
        let b = save_as(&store, "B", &edited(2), at(10, 0)).expect("saved");
        assert_ne!(a.id, b.id);
        rename(&store, &a.id, "C").expect("renamed");
        assert_eq!(open(&store, &a.id).expect("found").name, "C");
    }

    #[test]
    fn open_rename_delete() {
        let store = MemoryStore::new();
        let a = save_as(&store, "A", &edited(900), at(10, 0)).expect("saved");
        save_as(&store, "B", &edited(901), at(10, 1)).expect("saved");
        assert_eq!(open(&store, &a.id).expect("found").scenario, edited(900));
        assert_eq!(open(&store, "nope"), Err(OpError::NotFound));
        assert_eq!(
            rename(&store, &a.id, "b"),
            Err(OpError::Name(NameError::Taken))
        );
        assert_eq!(
            rename(&store, &a.id, " a ")
                .expect("same name, other case")
                .name,
            "a"
        );
        assert_eq!(rename(&store, "nope", "Z"), Err(OpError::NotFound));
        assert_eq!(delete(&store, &a.id).expect("deleted").name, "a");
        assert_eq!(delete(&store, &a.id), Err(OpError::NotFound));
        assert_eq!(names(&store), vec!["B"]);
    }

    #[test]
    fn renaming_unsaved_work_makes_it_named() {
        let store = MemoryStore::new();
        let kept = keep_unsaved(&store, &edited(900), at(9, 0), at(10, 0))
            .expect("ok")
            .expect("kept");
        let item = rename(&store, &kept.id, "Mijn werk").expect("renamed");
        assert_eq!((item.kind, item.name.as_str()), (Kind::Named, "Mijn werk"));
    }

    #[test]
    fn duplicate_makes_unique_copy_names() {
        let store = MemoryStore::new();
        let a = save_as(&store, "Plan", &edited(900), at(10, 0)).expect("saved");
        let c1 = duplicate(&store, &a.id, &copy_namer(Lang::Nl), at(10, 1)).expect("copied");
        let c2 = duplicate(&store, &a.id, &copy_namer(Lang::Nl), at(10, 1)).expect("copied");
        let c3 = duplicate(&store, &a.id, &copy_namer(Lang::En), at(10, 2)).expect("copied");
        assert_eq!(c1.name, "Plan (kopie)");
        assert_eq!(c2.name, "Plan (kopie 2)");
        assert_eq!(c3.name, "Plan (copy)");
        assert_eq!(c1.scenario, edited(900));
        assert_ne!(c1.id, c2.id);
        // Long names are shortened to fit.
        let long = save_as(&store, &"n".repeat(80), &edited(1), at(11, 0)).expect("saved");
        let copy = duplicate(&store, &long.id, &copy_namer(Lang::Nl), at(11, 1)).expect("copied");
        assert_eq!(copy.name.chars().count(), MAX_NAME_CHARS);
        assert!(copy.name.ends_with("… (kopie)"), "{}", copy.name);
        // Unsaved work is copied under its label.
        let kept = keep_unsaved(&store, &edited(5), at(14, 3), at(15, 0))
            .expect("ok")
            .expect("kept");
        let copy = duplicate(&store, &kept.id, &copy_namer(Lang::Nl), at(15, 1)).expect("copied");
        assert_eq!(copy.name, "niet-opgeslagen werk (25-11-2026 14:03) (kopie)");
        assert_eq!(copy.kind, Kind::Named);
        assert_eq!(
            duplicate(&store, "nope", &copy_namer(Lang::Nl), at(15, 2)),
            Err(OpError::NotFound)
        );
    }

    #[test]
    fn disabled_storage_reports_and_the_app_still_starts() {
        let store = MemoryStore::disabled();
        let s = startup(&store, None, at(9, 0));
        assert_eq!(s.scenario_to_open, default_scenario());
        assert_eq!(s.problem, Some(Problem::Storage(StorageError::Unavailable)));
        let s = startup(&store, Some(edited(1000)), at(9, 0));
        assert_eq!(s.scenario_to_open, edited(1000), "the link still opens");
        assert_eq!(
            autosave(&store, &edited(1), at(9, 0)),
            Err(StorageError::Unavailable)
        );
        assert_eq!(
            save_as(&store, "A", &edited(1), at(9, 0)),
            Err(OpError::Problem(Problem::Storage(
                StorageError::Unavailable
            )))
        );
        assert_eq!(
            list(&store).problem,
            Some(Problem::Storage(StorageError::Unavailable))
        );
    }

    #[test]
    fn full_storage_is_reported_and_nothing_is_lost() {
        let store = MemoryStore::with_quota(200);
        // (The untouched default is never written: it is work of one's own that fills up.)
        assert_eq!(
            autosave(&store, &edited(900), at(9, 0)),
            Err(StorageError::Full)
        );
        assert_eq!(
            save_as(&store, "A", &default_scenario(), at(9, 0)),
            Err(OpError::Problem(Problem::Storage(StorageError::Full)))
        );
        assert_eq!(store.raw(SAVED_KEY), None);
    }

    #[test]
    fn link_with_full_storage_keeps_the_autosave_untouched() {
        let mut store = MemoryStore::new();
        autosave(&store, &edited(900), at(14, 3)).expect("saved");
        let before = store.raw(AUTOSAVE_KEY);
        store.set_quota(Some(10));
        let s = startup(&store, Some(edited(1000)), at(15, 0));
        assert_eq!(s.scenario_to_open, edited(1000));
        assert_eq!(s.kept_unsaved, None);
        assert_eq!(s.problem, Some(Problem::Storage(StorageError::Full)));
        assert!(
            !s.autosave_allowed,
            "the unkept work must not be overwritten"
        );
        assert_eq!(store.raw(AUTOSAVE_KEY), before);
    }

    #[test]
    fn corrupt_list_is_backed_up_not_overwritten_silently() {
        let store = MemoryStore::new();
        store.put(SAVED_KEY, "{not json");
        let l = list(&store);
        assert!(l.items.is_empty());
        assert_eq!(
            l.problem,
            Some(Problem::Unreadable {
                key: SAVED_KEY,
                backed_up: true
            })
        );
        let backup = format!("{SAVED_KEY}{BACKUP_SUFFIX}.fx");
        assert_eq!(store.raw(&backup).as_deref(), Some("{not json"));
        // Writing now is safe: the damaged text is in the backup.
        save_as(&store, "A", &edited(1), at(9, 0)).expect("saved");
        assert_eq!(names(&store), vec!["A"]);
        assert_eq!(list(&store).problem, None);
        assert_eq!(store.raw(&backup).as_deref(), Some("{not json"));
        // Startup reports it.
        store.put(SAVED_KEY, "[]");
        assert!(matches!(
            startup(&store, None, at(9, 0)).problem,
            Some(Problem::Unreadable { .. })
        ));
    }

    #[test]
    fn unreadable_list_without_room_for_a_backup_is_left_alone() {
        let mut store = MemoryStore::new();
        store.put(SAVED_KEY, "garbage garbage garbage");
        store.set_quota(Some(30));
        assert_eq!(
            list(&store).problem,
            Some(Problem::Unreadable {
                key: SAVED_KEY,
                backed_up: false
            })
        );
        assert!(matches!(
            save_as(&store, "A", &edited(1), at(9, 0)),
            Err(OpError::Problem(Problem::Unreadable {
                backed_up: false,
                ..
            }))
        ));
        assert_eq!(
            store.raw(SAVED_KEY).as_deref(),
            Some("garbage garbage garbage")
        );
    }

    #[test]
    fn damaged_entries_are_skipped_and_the_rest_kept() {
        let store = MemoryStore::new();
        save_as(&store, "Good", &edited(1), at(9, 0)).expect("saved");
        let raw = store.raw(SAVED_KEY).expect("written");
        let damaged = raw.replacen(r#""items":["#, r#""items":[{"id":"x","name":3},"#, 1);
        store.put(SAVED_KEY, &damaged);
        let l = list(&store);
        assert_eq!(
            l.items.iter().map(|i| i.name.as_str()).collect::<Vec<_>>(),
            vec!["Good"]
        );
        assert!(matches!(
            l.problem,
            Some(Problem::Unreadable {
                backed_up: true,
                ..
            })
        ));
    }

    #[test]
    fn newer_format_is_not_read_and_is_backed_up() {
        let store = MemoryStore::new();
        store.put(SAVED_KEY, r#"{"format":2,"items":[]}"#);
        assert!(matches!(
            list(&store).problem,
            Some(Problem::Unreadable {
                backed_up: true,
                ..
            })
        ));
    }

    #[test]
    fn corrupt_autosave_opens_default_and_is_backed_up() {
        let store = MemoryStore::new();
        store.put(AUTOSAVE_KEY, "{\"format\":1,\"saved_at\":\"nonsense\"}");
        let s = startup(&store, None, at(9, 0));
        assert_eq!(s.scenario_to_open, default_scenario());
        assert_eq!(
            s.problem,
            Some(Problem::Unreadable {
                key: AUTOSAVE_KEY,
                backed_up: true
            })
        );
        assert!(s.autosave_allowed, "backed up, so it may be overwritten");
        assert!(store
            .raw(&format!("{AUTOSAVE_KEY}{BACKUP_SUFFIX}.f1"))
            .is_some());
    }

    #[test]
    fn iso_dates_round_trip() {
        let t = at(14, 3);
        assert_eq!(iso::format(&t), "2026-11-25T14:03:00");
        assert_eq!(iso::parse("2026-11-25T14:03:00"), Some(t));
        assert_eq!(iso::parse("2026-13-25T14:03:00"), None);
        assert_eq!(iso::parse("x"), None);
    }

    #[test]
    fn store_ref_equality_is_identity() {
        let a = StoreRef::new(MemoryStore::new());
        assert_eq!(a, a.clone());
        assert_ne!(a, StoreRef::new(MemoryStore::new()));
        assert_eq!(StoreRef::browser(), StoreRef::browser());
    }

    fn tab<'a>(id: &'a str, session: &'a MemoryStore) -> Tab<'a> {
        Tab { id, session }
    }

    fn unsaved(store: &dyn Store) -> Vec<(Scenario, Option<String>)> {
        list(store)
            .items
            .into_iter()
            .filter(|i| i.kind == Kind::UnsavedWork)
            .map(|i| (i.scenario, i.from_tab))
            .collect()
    }

    #[test]
    fn two_tabs_editing_and_closing_lose_neither_tabs_work() {
        // Two links opened from an e-mail in two tabs, edited alternately, both closed.
        let store = MemoryStore::new();
        let (sa, sb) = (MemoryStore::new(), MemoryStore::new());
        let (a, b) = (tab("ta", &sa), tab("tb", &sb));
        startup_in_tab(&store, Some(&a), Some(edited(901)), at(9, 0));
        startup_in_tab(&store, Some(&b), Some(edited(902)), at(9, 0));
        for (i, minute) in (1..=6).enumerate() {
            let n = 910 + i as u64;
            let (t, s) = if i % 2 == 0 {
                (&a, edited(n))
            } else {
                (&b, edited(n + 100))
            };
            autosave_in_tab(&store, t, &s, at(9, minute)).expect("written");
        }
        // Last edits: A 914, B 1015 (written last, in the slot).
        let slot = load_autosave(&store).expect("ok").expect("present");
        assert_eq!(slot.scenario, edited(1015));
        // A's newest work is in the list once (each newer version replaced the older one);
        // B's older versions left the list when B wrote its newer work into the slot.
        assert_eq!(unsaved(&store), vec![(edited(914), Some("ta".into()))]);
        // Reloading either tab opens its own work.
        let ra = startup_in_tab(&store, Some(&a), None, at(10, 0));
        assert_eq!(ra.scenario_to_open, edited(914));
        let rb = startup_in_tab(&store, Some(&b), None, at(10, 0));
        assert_eq!(rb.scenario_to_open, edited(1015));
        // A new tab opens the latest work; the other tab's is in the list.
        let sc = MemoryStore::new();
        let c = startup_in_tab(&store, Some(&tab("tc", &sc)), None, at(10, 1));
        assert_eq!(c.scenario_to_open, edited(1015));
    }

    #[test]
    fn another_tabs_work_is_not_overwritten_when_it_cannot_be_kept() {
        let mut store = MemoryStore::new();
        let (sa, sb) = (MemoryStore::new(), MemoryStore::new());
        autosave_in_tab(&store, &tab("tb", &sb), &edited(902), at(9, 0)).expect("written");
        let before = store.raw(AUTOSAVE_KEY);
        store.set_quota(Some(before.as_ref().map_or(0, |b| b.len()) + 40));
        let r = autosave_in_tab(&store, &tab("ta", &sa), &edited(901), at(9, 1));
        assert_eq!(r, Err(StorageError::Full));
        assert_eq!(
            store.raw(AUTOSAVE_KEY),
            before,
            "B's work stays in the slot"
        );
        // A's own copy is in its session all the same.
        assert!(sa.raw(TAB_WORK_KEY).is_some());
    }

    #[test]
    fn the_same_tab_overwrites_its_own_work_without_copies() {
        let store = MemoryStore::new();
        let sa = MemoryStore::new();
        for n in 1..=5 {
            let kept = autosave_in_tab(&store, &tab("ta", &sa), &edited(900 + n), at(9, 0));
            assert_eq!(kept, Ok(None));
        }
        assert!(list(&store).items.is_empty());
        // Slots of older releases (no tab recorded) count as this tab's.
        store.put(
            AUTOSAVE_KEY,
            &store
                .raw(AUTOSAVE_KEY)
                .expect("x")
                .replace(",\"tab\":\"ta\"", ""),
        );
        assert_eq!(
            autosave_in_tab(&store, &tab("tz", &sa), &edited(1), at(9, 1)),
            Ok(None)
        );
    }

    #[test]
    fn a_link_opened_by_reloading_a_tab_keeps_that_tabs_work() {
        let store = MemoryStore::new();
        let sa = MemoryStore::new();
        autosave_in_tab(&store, &tab("ta", &sa), &edited(901), at(9, 0)).expect("written");
        // Another tab's work in the slot (that tab is still open); it kept ta's 901.
        autosave_in_tab(
            &store,
            &tab("tb", &MemoryStore::new()),
            &edited(902),
            at(9, 1),
        )
        .expect("written");
        let s = startup_in_tab(&store, Some(&tab("ta", &sa)), Some(edited(5)), at(9, 5));
        assert_eq!(s.scenario_to_open, edited(5));
        assert!(s.kept_unsaved.is_some());
        // Both kept: this tab's own work for good (no longer a copy tb supersedes), the other
        // tab's until it writes again.
        let mut kept = unsaved(&store);
        kept.sort_by_key(|(s, _)| s.params.urgents);
        assert_eq!(
            kept,
            vec![(edited(901), None), (edited(902), Some("tb".into()))]
        );
        autosave_in_tab(
            &store,
            &tab("tb", &MemoryStore::new()),
            &edited(903),
            at(9, 6),
        )
        .expect("written");
        assert_eq!(unsaved(&store), vec![(edited(901), None)]);
    }

    #[test]
    fn a_tab_recognises_its_own_slot_without_parsing_it() {
        let store = MemoryStore::new();
        let sa = MemoryStore::new();
        autosave_in_tab(&store, &tab("ta", &sa), &edited(901), at(9, 0)).expect("written");
        let raw = store.raw(AUTOSAVE_KEY).expect("written");
        assert!(raw.ends_with(&own_mark("ta")), "{raw}");
        assert!(!raw.ends_with(&own_mark("t")));
        // The session copy is the same envelope.
        assert_eq!(sa.raw(TAB_WORK_KEY), Some(raw));
    }

    #[test]
    fn tab_ids_survive_a_reload() {
        let session = MemoryStore::new();
        let id = tab_id(&session, || "t1".into());
        assert_eq!(id, "t1");
        assert_eq!(tab_id(&session, || "t2".into()), "t1");
        assert_eq!(tab_id(&MemoryStore::disabled(), || "t3".into()), "t3");
    }

    #[test]
    fn unsaved_work_is_bounded_and_named_scenarios_are_not() {
        let store = MemoryStore::new();
        save_as(&store, "Named", &edited(1), at(8, 0)).expect("saved");
        for n in 0..15 {
            keep_unsaved(&store, &edited(100 + n), at(9, n as u32), at(9, n as u32)).expect("kept");
        }
        let items = list(&store).items;
        let kept: Vec<u64> = items
            .iter()
            .filter(|i| i.kind == Kind::UnsavedWork)
            .map(|i| i.scenario.params.urgents)
            .collect();
        assert_eq!(kept, (105..115).rev().collect::<Vec<_>>(), "the newest ten");
        assert!(items.iter().any(|i| i.name == "Named"));
        assert_eq!(items.len(), MAX_UNSAVED + 1);
    }

    #[test]
    fn backups_are_kept_per_format_version() {
        let store = MemoryStore::new();
        store.put(AUTOSAVE_KEY, r#"{"format":2,"future":true}"#);
        assert!(load_autosave(&store).is_err());
        // A second unreadable payload, of another format, does not replace the first.
        store.put(AUTOSAVE_KEY, "{damaged");
        assert!(load_autosave(&store).is_err());
        assert_eq!(
            store.raw(&format!("{AUTOSAVE_KEY}.backup.f2")).as_deref(),
            Some(r#"{"format":2,"future":true}"#)
        );
        assert_eq!(
            store.raw(&format!("{AUTOSAVE_KEY}.backup.fx")).as_deref(),
            Some("{damaged")
        );
        assert_eq!(
            backup_key(SAVED_KEY, r#"{"format":1}"#),
            "evt.v1.saved.backup.f1"
        );
    }
}
