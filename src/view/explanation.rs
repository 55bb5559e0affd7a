//! The public explanation's view model: which figures are woven into the text, what the
//! figures box says about them, and the worked example. The figures are those of the last
//! scenario that computed (`Editor::last_valid`): the current one, or — while the input has
//! an error — the last valid one, with a notice saying so. `components/explanation.rs`
//! renders it; `i18n/explanation.rs` words it.
//!
//! - The worked example ([`Example`]) answers "why does my municipality house this many
//!   people": "Mijn gemeente" when it is in the scenario, else the municipality with the most
//!   households (the first on a tie; Enschede in Twente), in steps for the method in use.
//! - The agreement's own estimate (footnote 4: at 15 %, about 90 of 800 not housed) is put
//!   next to today's figure ([`FallbackCompared`]), with whether the settings are the
//!   agreement's, so one sentence can say why they differ.
//! - Date-dependent words ([`LawDate`]) are computed from the date passed in, so the model
//!   stays testable natively.

use crate::state::{Computed, Editor};
use crate::view::{result_rows, ResultRow};
use chrono::NaiveDate;
use evt_core::scenario::Method;

mod steps;
#[cfg(test)]
mod tests;

pub use steps::{steps, Step, Weight};

/// The agreement's footnote 4: "bij 15%, 90 van de 800 wettelijk urgenten niet gehuisvest".
pub const AGREEMENT_MINIMUM_BP: u32 = 1500;
pub const AGREEMENT_URGENTS: u64 = 800;
pub const AGREEMENT_UNHOUSED: u64 = 90;

/// The date the Wet versterking regie volkshuisvesting was planned to take effect.
pub fn law_planned_start() -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2026, 1, 1)
}

/// What the figures box says above the figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FiguresNote {
    /// The figures are those of the input as it is now.
    Current,
    /// The input has an error: the figures are the last valid ones.
    Stale,
    /// Nothing computed yet: no figures at all.
    Missing,
}

/// Where today is against the law's planned start (1 January 2026).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LawDate {
    /// Before the planned date: "is expected to take effect on".
    Ahead,
    /// On or after it: the plan is told as a plan, without claiming it came true.
    Passed,
}

impl LawDate {
    pub fn on(today: NaiveDate) -> LawDate {
        match law_planned_start() {
            Some(start) if today < start => LawDate::Ahead,
            _ => LawDate::Passed,
        }
    }
}

/// The worked example: one municipality's own figures, step by step.
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    /// Its results row (name, households, vacated homes, target, percentage, status …).
    pub row: ResultRow,
    /// It is "Mijn gemeente" (else the default: the most households).
    pub mine: bool,
    pub method: Method,
    /// The regional number of urgent home seekers `U`.
    pub urgents: u64,
    /// Its share of `U` pro rata to households (the horizon), when households allow it.
    pub horizon: Option<u64>,
    pub steps: Vec<Step>,
}

/// The agreement's estimate of how many are not housed with the minimum alone, next to
/// today's figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FallbackCompared {
    /// Today's figure: pooled over the region, with the calculator's minimum and `U`.
    pub unhoused: u64,
    pub urgents: u64,
    pub minimum_bp: u32,
    /// The vacated homes the calculator counts with now.
    pub vacancies: u64,
    /// How many municipalities' vacated homes are estimated, of how many.
    pub estimated: usize,
    pub municipalities: usize,
    /// The calculator's minimum and `U` are the agreement's (15 %, 800): then only the
    /// figures differ.
    pub same_settings: bool,
}

/// One municipality the example can be about (the picker's options, in region order).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub id: String,
    pub name: String,
}

/// The explanation as it shows now.
#[derive(Debug, Clone, PartialEq)]
pub struct ExplanationModel<'a> {
    /// The scenario whose figures the text shows; `None` leaves the live sentences out.
    pub figures: Option<&'a Computed>,
    pub note: FiguresNote,
    /// "Mijn gemeente", as handed in (it may not be in the scenario).
    pub mine: Option<&'a str>,
    /// The result rows of `figures` (for the chart), in region order.
    pub rows: Vec<ResultRow>,
    pub example: Option<Example>,
    pub fallback: Option<FallbackCompared>,
    pub choices: Vec<Choice>,
    pub law: LawDate,
}

impl<'a> ExplanationModel<'a> {
    pub fn new(editor: &'a Editor, mine: Option<&'a str>, today: NaiveDate) -> Self {
        let figures = editor.last_valid.as_deref();
        let note = match figures {
            None => FiguresNote::Missing,
            Some(_) if editor.is_current() => FiguresNote::Current,
            Some(_) => FiguresNote::Stale,
        };
        let rows = figures.map(result_rows).unwrap_or_default();
        let example = figures.and_then(|c| example(c, &rows, mine));
        let choices = rows
            .iter()
            .map(|r| Choice {
                id: r.id.clone(),
                name: r.name.clone(),
            })
            .collect();
        ExplanationModel {
            figures,
            note,
            mine,
            rows,
            example,
            fallback: figures.map(fallback_compared),
            choices,
            law: LawDate::on(today),
        }
    }
}

/// The row the example is about: `mine` when it is in the scenario, else the most households
/// (the first on a tie).
pub fn example_index(rows: &[ResultRow], mine: Option<&str>) -> Option<(usize, bool)> {
    if let Some(i) = mine.and_then(|id| rows.iter().position(|r| r.id == id)) {
        return Some((i, true));
    }
    let mut best: Option<usize> = None;
    for (i, r) in rows.iter().enumerate() {
        match best {
            Some(b) if rows[b].households >= r.households => {}
            _ => best = Some(i),
        }
    }
    best.map(|i| (i, false))
}

fn example(c: &Computed, rows: &[ResultRow], mine: Option<&str>) -> Option<Example> {
    let (i, is_mine) = example_index(rows, mine)?;
    let row = rows.get(i)?.clone();
    let o = &c.outcome;
    let p = &c.scenario.params;
    let steps = steps(&row, o.method, p, &o.totals);
    let horizon = o.rows.get(i).and_then(|r| r.horizon_target);
    Some(Example {
        row,
        mine: is_mine,
        method: o.method,
        urgents: p.urgents,
        horizon,
        steps,
    })
}

fn fallback_compared(c: &Computed) -> FallbackCompared {
    let p = &c.scenario.params;
    let t = &c.outcome.totals;
    FallbackCompared {
        unhoused: c.outcome.fallback.pooled_unhoused,
        urgents: p.urgents,
        minimum_bp: p.minimum_bp,
        vacancies: t.vacancies,
        estimated: t.estimated,
        municipalities: c.outcome.rows.len(),
        same_settings: p.minimum_bp == AGREEMENT_MINIMUM_BP && p.urgents == AGREEMENT_URGENTS,
    }
}
