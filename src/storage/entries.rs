//! What is stored and what can go wrong: saved entries, the autosaved work, their JSON
//! envelopes (with a `format` number), the backups of unreadable data, and the errors the page
//! shows.

use super::keys::BACKUP_SUFFIX;
use super::store::{StorageError, Store};
use chrono::NaiveDateTime;
use evt_core::scenario::Scenario;
use serde::{Deserialize, Serialize};

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
pub(super) struct ListOut<'a> {
    pub(super) format: u32,
    pub(super) items: &'a [SavedScenario],
}

#[derive(Deserialize)]
pub(super) struct ListIn {
    pub(super) format: u32,
    pub(super) items: Vec<serde_json::Value>,
}

#[derive(Serialize)]
pub(super) struct AutosaveOut<'a> {
    pub(super) format: u32,
    #[serde(with = "iso")]
    pub(super) saved_at: NaiveDateTime,
    pub(super) scenario: &'a Scenario,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) tab: Option<&'a str>,
}

#[derive(Deserialize)]
pub(super) struct AutosaveIn {
    pub(super) format: u32,
    #[serde(with = "iso")]
    pub(super) saved_at: NaiveDateTime,
    pub(super) scenario: Scenario,
    /// The tab that wrote it (absent in data of older releases).
    #[serde(default)]
    pub(super) tab: Option<String>,
}

/// Just the format number of stored data, if it has one.
#[derive(Deserialize)]
struct FormatOnly {
    pub(super) format: u32,
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
pub(super) fn back_up(store: &dyn Store, key: &'static str, raw: &str) -> Problem {
    let backup = backup_key(key, raw);
    let backed_up = match store.get(&backup) {
        Ok(Some(existing)) if existing == raw => true,
        Ok(_) => store.set(&backup, raw).is_ok(),
        Err(_) => false,
    };
    Problem::Unreadable { key, backed_up }
}

/// `2026-11-25T14:03:00`, written and read by hand (chrono's formatter costs ~8 KB of wasm).
pub(super) mod iso {
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
