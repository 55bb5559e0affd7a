//! What a link holds and what can go wrong with it: the versions and limits, the state
//! ([`LinkState`], [`View`], [`Theme`]), the errors, the embedded lists a link refers to, and
//! the checksum and characters both directions share.

use crate::data::{self, DataRow, DATA_VERSION};
use crate::numbers::Lang;
use crate::scenario::Scenario;
use std::collections::HashMap;
use std::sync::OnceLock;

/// The current link version.
pub const VERSION: u32 = 1;

/// Longest link [`decode`] reads, in bytes, without the leading `#`. A state whose link would
/// be longer (thousands of monitoring rows) is beyond the format's limits: [`encode`] still
/// writes it and [`decode`] refuses it with [`LinkError::TooLong`]. The app can compare
/// `encode(…).len()` with this before offering a link.
pub const MAX_LINK_LEN: usize = 64 * 1024;

/// Longest municipality or region name, in characters (Unicode scalar values).
pub use crate::scenario::MAX_NAME_CHARS;

/// Longest municipality id, in bytes (`A–Z a–z 0–9 -`).
pub const MAX_ID_LEN: usize = 40;

/// Longest theme font name, in characters.
pub const MAX_FONT_CHARS: usize = 40;

/// The view a link opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum View {
    #[default]
    Calculator,
    Growth,
    Monitoring,
    Compare,
    Explanation,
    Map,
}

impl View {
    pub const ALL: [View; 6] = [
        View::Calculator,
        View::Growth,
        View::Monitoring,
        View::Compare,
        View::Explanation,
        View::Map,
    ];

    /// The code in links (`v=`) and element ids.
    pub fn code(self) -> &'static str {
        match self {
            View::Calculator => "calc",
            View::Growth => "groei",
            View::Monitoring => "mon",
            View::Compare => "cmp",
            View::Explanation => "uitleg",
            View::Map => "kaart",
        }
    }

    pub fn from_code(code: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.code() == code)
    }
}

/// Embed theming set by the link (issue 7).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Theme {
    /// Primary colour as RGB.
    pub primary: Option<[u8; 3]>,
    /// Font family name (ASCII letters, digits, space, `-`; 1–40 characters).
    pub font: Option<String>,
}

/// Everything a link carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkState {
    pub scenario: Scenario,
    /// The second scenario of a comparison link (`vs`).
    pub compare: Option<Scenario>,
    /// `None`: the reader's own language.
    pub lang: Option<Lang>,
    pub view: View,
    pub embed: bool,
    pub theme: Theme,
    /// "Mijn gemeente" (`mg`): the id of one municipality of the scenario, shown first.
    pub mine: Option<String>,
}

impl LinkState {
    /// A link state for this scenario with every page setting at its default.
    pub fn new(scenario: Scenario) -> LinkState {
        LinkState {
            scenario,
            compare: None,
            lang: None,
            view: View::Calculator,
            embed: false,
            theme: Theme::default(),
            mine: None,
        }
    }
}

/// Why a link could not be opened (docs/scenario-link.md "Errors"). Keys and texts carried
/// by a variant are cut to at most 40 bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    /// Nothing (or only `#`).
    Empty,
    /// Does not start with `evt` and a version number.
    NotALink,
    /// Made by a newer release: the app must be updated.
    NewerVersion(u32),
    /// A version this release never wrote (0).
    UnsupportedVersion(u32),
    /// The `k=` checksum is missing, malformed or wrong: the link was cut off or mangled.
    Checksum,
    /// A key this version does not know (also an empty item, or a page item after `vs`).
    UnknownKey(String),
    DuplicateKey(String),
    /// A malformed value, or a required item (`b`, `d`) missing.
    BadValue {
        key: String,
    },
    /// A number or a text length beyond its limit, or a row index beyond the base.
    OutOfRange {
        key: String,
    },
    /// A `%` not followed by two hex digits, or escapes that do not decode to UTF-8.
    BadEscape,
    /// Data version (`d=`) this release does not have.
    UnknownDataVersion(String),
    /// More than [`MAX_MUNICIPALITIES`] rows.
    TooManyMunicipalities,
    DuplicateId(String),
    /// A malformed `r<i>` or `a` row (unknown or repeated field, missing name or households,
    /// bad id).
    BadRow {
        key: String,
    },
    /// Longer than [`MAX_LINK_LEN`] bytes.
    TooLong,
}

// ---------------------------------------------------------------------------------------
// Embedded base lists

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum List {
    Twente,
    Netherlands,
}

impl List {
    pub(super) const ALL: [List; 2] = [List::Twente, List::Netherlands];

    pub(super) fn code(self) -> &'static str {
        match self {
            List::Twente => "tw",
            List::Netherlands => "nl",
        }
    }

    /// The region name a link with this base has unless `n=` says otherwise.
    pub(super) fn default_name(self) -> &'static str {
        match self {
            List::Twente => "Twente",
            List::Netherlands => "Nederland",
        }
    }

    /// The rows of this list in the current data ([`DATA_VERSION`]).
    ///
    /// When the embedded data changes, the old files must stay available under their old
    /// version name (see [`List::rows_of`]); the fixtures test fails otherwise.
    pub(super) fn rows(self) -> &'static [DataRow] {
        match self {
            List::Twente => data::twente(),
            List::Netherlands => data::netherlands(),
        }
    }

    /// The rows of this list in data version `version`, if this release has it.
    pub(super) fn rows_of(self, version: &str) -> Option<&'static [DataRow]> {
        (version == DATA_VERSION).then(|| self.rows())
    }

    /// Position of each id in [`List::rows`] (the first, should an id repeat).
    pub(super) fn index(self) -> &'static HashMap<&'static str, usize> {
        static TWENTE: OnceLock<HashMap<&'static str, usize>> = OnceLock::new();
        static NETHERLANDS: OnceLock<HashMap<&'static str, usize>> = OnceLock::new();
        let cell = match self {
            List::Twente => &TWENTE,
            List::Netherlands => &NETHERLANDS,
        };
        cell.get_or_init(|| {
            self.rows()
                .iter()
                .enumerate()
                .rev()
                .map(|(i, r)| (r.id.as_str(), i))
                .collect()
        })
    }
}

/// The upper 16 bits of the 32-bit FNV-1a hash.
pub(super) fn checksum(bytes: &[u8]) -> u16 {
    let mut h: u32 = 0x811c_9dc5;
    for &b in bytes {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    (h >> 16) as u16
}

/// Bytes written as themselves in a link (`A–Z a–z 0–9 - _ ~`); every other byte is `%XX`.
pub(super) fn is_unreserved(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'~')
}
