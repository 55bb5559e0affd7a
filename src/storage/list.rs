//! "Mijn scenario's": the saved list: read, save as, open, rename, delete, duplicate, and
//! unsaved work kept in it (at most [`super::keys::MAX_UNSAVED`] entries).

use super::entries::{
    back_up, Kind, ListIn, ListOut, Listing, NameError, OpError, Problem, SavedScenario,
};
use super::keys::{FORMAT, MAX_NAME_CHARS, MAX_UNSAVED, SAVED_KEY};
use super::store::{StorageError, Store};
use chrono::NaiveDateTime;
use evt_core::scenario::Scenario;

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
pub(super) fn list_for_write(store: &dyn Store) -> Result<Vec<SavedScenario>, OpError> {
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

pub(super) fn write_list(store: &dyn Store, items: &[SavedScenario]) -> Result<(), StorageError> {
    let json = serde_json::to_string(&ListOut {
        format: FORMAT,
        items,
    })
    .map_err(|e| StorageError::Other(e.to_string()))?;
    store.set(SAVED_KEY, &json)
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
pub(super) fn keep_unsaved_from(
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
