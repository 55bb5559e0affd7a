//! The half-yearly figures a scenario carries (afspraak 4): the half-year [`Period`] and one
//! municipality's [`Record`] in it. They live apart from [`crate::monitoring`] (which
//! computes with them) because the [`crate::scenario::Scenario`] holds them: the scenario is
//! the ground floor and imports nothing that computes.

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};
use std::fmt;

/// A half-year: `2026-H1` (1 Jan – 30 Jun) or `2026-H2` (1 Jul – 31 Dec).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Period {
    pub year: i32,
    /// 1 or 2.
    pub half: u8,
}

/// Why a period text was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PeriodError {
    /// Not of the form `YYYY-H1` / `YYYY-H2` (e.g. `26-H1`).
    Format,
    /// A half other than 1 or 2 (e.g. `2026-H3`).
    Half,
    /// A year outside 2000–2100.
    Year,
}

impl Period {
    pub const FIRST_YEAR: i32 = 2000;
    pub const LAST_YEAR: i32 = 2100;

    /// Parse `2026-H1` (also accepts lower case `h` and surrounding spaces).
    pub fn parse(input: &str) -> Result<Period, PeriodError> {
        let s = input.trim();
        let (y, h) = s.split_once('-').ok_or(PeriodError::Format)?;
        if y.len() != 4 || !y.chars().all(|c| c.is_ascii_digit()) {
            return Err(PeriodError::Format);
        }
        let half = h.strip_prefix(['H', 'h']).ok_or(PeriodError::Format)?;
        if half.len() != 1 || !half.chars().all(|c| c.is_ascii_digit()) {
            return Err(PeriodError::Format);
        }
        let half: u8 = half.parse().map_err(|_| PeriodError::Format)?;
        if half != 1 && half != 2 {
            return Err(PeriodError::Half);
        }
        let year: i32 = y.parse().map_err(|_| PeriodError::Format)?;
        if !(Self::FIRST_YEAR..=Self::LAST_YEAR).contains(&year) {
            return Err(PeriodError::Year);
        }
        Ok(Period { year, half })
    }

    /// Whether this is a half-year [`Period::parse`] accepts (half 1 or 2, year 2000–2100).
    /// `Period` has public fields and is deserializable, so a stored or linked period may
    /// bypass `parse`; [`validate_monitoring`] rejects such periods.
    pub fn is_valid(self) -> bool {
        (self.half == 1 || self.half == 2)
            && (Self::FIRST_YEAR..=Self::LAST_YEAR).contains(&self.year)
    }

    /// First day of the half-year.
    pub fn start(self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, if self.half == 1 { 1 } else { 7 }, 1)
    }

    /// Last day of the half-year.
    pub fn end(self) -> Option<NaiveDate> {
        if self.half == 1 {
            NaiveDate::from_ymd_opt(self.year, 6, 30)
        } else {
            NaiveDate::from_ymd_opt(self.year, 12, 31)
        }
    }

    /// The half-year after this one.
    pub fn next(self) -> Period {
        if self.half == 1 {
            Period {
                year: self.year,
                half: 2,
            }
        } else {
            Period {
                year: self.year + 1,
                half: 1,
            }
        }
    }

    /// The half-year before this one, if that is a valid period (`2026-H1` → `2025-H2`;
    /// `None` before [`Period::FIRST_YEAR`]).
    pub fn previous(self) -> Option<Period> {
        let prev = if self.half == 2 {
            Period {
                year: self.year,
                half: 1,
            }
        } else {
            Period {
                year: self.year.checked_sub(1)?,
                half: 2,
            }
        };
        prev.is_valid().then_some(prev)
    }

    /// The evaluation date: three years after this period's start (`2026-H1` → 2029-01-01).
    pub fn evaluation_date(self) -> Option<NaiveDate> {
        self.start()?.checked_add_months(Months::new(36))
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-H{}", self.year, self.half)
    }
}

/// The figures of one municipality in one half-year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    pub period: Period,
    /// Municipality id (CBS code or generated id).
    pub municipality: String,
    /// Urgency applications.
    pub applications: u64,
    /// Urgency decisions granted.
    pub granted: u64,
    /// Statutory urgents housed.
    pub housed: u64,
    /// All allocations of social-rental homes.
    pub allocations: u64,
    /// Of the housed, how many suitably (afspraak 1a/1b).
    pub suitably: u64,
}
