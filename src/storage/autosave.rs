//! The work in progress: autosaved on every edit (per tab too), read back on opening, and
//! what to open when the app starts ([`startup`], [`startup_in_tab`]).

use super::entries::{back_up, AutosaveIn, AutosaveOut, Autosaved, Kind, OpError, Problem};
use super::keys::{AUTOSAVE_KEY, FORMAT, SAVED_KEY, TAB_ID_KEY, TAB_WORK_KEY};
use super::list::{keep_unsaved, keep_unsaved_from, list, list_for_write, write_list, Kept};
use super::store::{StorageError, Store};
use chrono::NaiveDateTime;
use evt_core::scenario::Scenario;

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
pub(super) fn own_mark(id: &str) -> String {
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
