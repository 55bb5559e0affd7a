//! Texts of the half-yearly monitoring view (afspraak 4): the static labels [`MonTexts`] and
//! the sentences with figures of [`MonitoringWords`]. The words are in `nl/monitoring.rs` and
//! `en/monitoring.rs`; numbers go through the formatters of `evt_core::numbers`.

use super::{join_names, status_label, status_symbol};
use crate::view::monitoring::PeriodSummary;
use chrono::{Datelike, NaiveDate};
use evt_core::codec::monitoring::{MonChange, MonColumn, MonNote, MonRejectReason, MonRejected};
use evt_core::methods::Status;
use evt_core::monitoring::{MonitoringError, Period, PeriodError};
use evt_core::numbers::{format_bp, format_count, format_percent_tenths, format_signed, Lang};

/// Static texts of the monitoring view.
pub struct MonTexts {
    pub heading: &'static str,
    pub intro: &'static str,
    pub no_data: &'static str,
    pub evaluation_label: &'static str,
    pub evaluation_pending: &'static str,
    pub agenda_heading: &'static str,
    pub agenda_none: &'static str,
    /// The agenda without any figures: "Nog geen cijfers."
    pub agenda_no_figures: &'static str,
    /// The agenda with figures, but not of two half-years in a row.
    pub agenda_not_two: &'static str,
    pub problems_intro: &'static str,
    pub entry_heading: &'static str,
    pub period_label: &'static str,
    pub new_period_label: &'static str,
    pub new_period_help: &'static str,
    /// The list of half-years to add from.
    pub pick_period_label: &'static str,
    /// Its first option, before a choice.
    pub pick_period_none: &'static str,
    pub add_period: &'static str,
    pub period_exists: &'static str,
    pub remove_period: &'static str,
    pub entry_empty: &'static str,
    pub col_name: &'static str,
    pub paste_heading: &'static str,
    pub paste_label: &'static str,
    pub paste_help: &'static str,
    pub paste_preview: &'static str,
    pub paste_apply: &'static str,
    pub paste_cancel: &'static str,
    pub paste_changes: &'static str,
    pub paste_rejected: &'static str,
    pub paste_nothing: &'static str,
    pub export_csv: &'static str,
    pub import_csv: &'static str,
    pub undo: &'static str,
    pub redo: &'static str,
    pub results_heading: &'static str,
    pub col_percent: &'static str,
    pub col_status: &'static str,
    pub col_suitable: &'static str,
    pub col_cumulative: &'static str,
    pub col_horizon: &'static str,
    pub col_ahead: &'static str,
    pub above_flag: &'static str,
    pub agenda_flag: &'static str,
    pub no_figures: &'static str,
    pub region_total: &'static str,
    pub chart_heading: &'static str,
    pub series_label: &'static str,
    pub region_series: &'static str,
    pub show_table: &'static str,
    pub show_chart: &'static str,
    pub chart_hint: &'static str,
    pub legend_label: &'static str,
    pub legend_gap: &'static str,
    pub col_period: &'static str,
    pub overview_heading: &'static str,
    pub overview_caption: &'static str,
    pub new_record: &'static str,
    pub line: &'static str,
}

/// The sentences of the monitoring view, implemented once per language.
pub trait MonitoringWords {
    /// The static texts of the monitoring view.
    fn texts(&self) -> &'static MonTexts;
    /// The heading of a figure column in the entry table.
    fn column_label(&self, column: MonColumn) -> &'static str;
    /// Why a typed period was refused, naming what was typed (`text` is trimmed).
    fn period_error(&self, error: &PeriodError, text: &str) -> String;
    /// What is wrong with one record ("meer passend gehuisvest dan gehuisvest").
    fn record_problem(&self, e: &MonitoringError) -> &'static str;
    /// Why a pasted row was not taken over.
    fn reject_reason(&self, r: &MonRejectReason) -> String;
    /// Why a pasted row contradicts itself.
    fn invalid_reason(&self, e: &MonitoringError) -> &'static str;
    /// A remark about a whole import.
    fn note(&self, n: &MonNote) -> String;
    /// The names of the months, January first.
    fn months(&self) -> &'static [&'static str; 12];
    /// "1 januari 2029, drie jaar na het begin van 2026-H1", with the date already written.
    fn evaluation_text(&self, date: &str, first: Period) -> String;
    /// One agenda item, with the half-years and percentages already listed.
    fn agenda_item(&self, name: &str, runs: &str) -> String;
    /// The plain summary of one half-year.
    fn summary(&self, s: &PeriodSummary) -> String;
    /// "voor" / "achter" / "op koers" by the sign of a number.
    fn ahead_word(&self, n: i64) -> &'static str;
    /// "16 gehuisvest van 70 toewijzingen", with the counts already written.
    fn point_figures(&self, housed: &str, allocations: &str) -> String;
    /// The chart's `<desc>`: `n` half-years with figures, `above` the ones above the signal.
    fn chart_description(&self, series: &str, n: usize, signal: &str, above: &[String]) -> String;
    /// "3 regels overgenomen. …"
    fn applied_text(&self, n: usize) -> String;
    /// "De cijfers van 2026-H1 zijn verwijderd. …"
    fn removed_text(&self, period: Period) -> String;
    /// The caption of the entry table.
    fn entry_caption(&self, period: Period) -> String;
    /// The caption of the results table, from `first` to `period`.
    fn results_caption(&self, period: Period, first: Period) -> String;
    /// "1e halfjaar" / "2e halfjaar op rij".
    fn ordinal_text(&self, run: usize) -> String;
    /// The short word for an agenda item.
    fn agenda_short(&self) -> &'static str;
}

impl MonTexts {
    pub fn get(lang: Lang) -> &'static MonTexts {
        by_lang!(lang, texts())
    }
}

/// The heading of a figure column in the entry table.
pub fn column_label(column: MonColumn, lang: Lang) -> &'static str {
    by_lang!(lang, column_label(column))
}

/// The short header label (as in the CSV) in lower case, for change lines.
fn column_short(column: MonColumn, lang: Lang) -> &'static str {
    column.label(lang)
}

/// Why a typed period was refused, naming what was typed.
pub fn period_error(error: &PeriodError, text: &str, lang: Lang) -> String {
    by_lang!(lang, period_error(error, text.trim()))
}

/// A contradiction in one record, as a sentence naming half-year and municipality.
pub fn monitoring_error(e: &MonitoringError, name: &str, lang: Lang) -> String {
    use MonitoringError as E;
    let period = match e {
        E::InvalidPeriod { period, .. }
        | E::DuplicatePeriod { period, .. }
        | E::UnknownMunicipality { period, .. }
        | E::SuitablyAboveHoused { period, .. }
        | E::HousedAboveAllocations { period, .. }
        | E::CountTooLarge { period, .. } => period,
    };
    let what = by_lang!(lang, record_problem(e));
    if period.is_valid() {
        format!("{period}, {name}: {what}.")
    } else {
        format!("{name}: {what}.")
    }
}

/// Why a pasted row was not taken over.
pub fn reject_reason(r: &MonRejectReason, lang: Lang) -> String {
    by_lang!(lang, reject_reason(r))
}

/// "Regel 3 (2026-H1, Almelo): ‘2026-H1;Almelo;…’ — reason".
pub fn rejected_line(r: &MonRejected, lang: Lang) -> String {
    let t = MonTexts::get(lang);
    let about: Vec<String> = r
        .period
        .map(|p| p.to_string())
        .into_iter()
        .chain(r.name.clone())
        .collect();
    let about = if about.is_empty() {
        String::new()
    } else {
        format!(" ({})", about.join(", "))
    };
    let reason = reject_reason(&r.reason, lang);
    if r.line == 0 {
        return capitalise(&reason);
    }
    if r.text.trim().is_empty() {
        format!("{} {}{about}: {reason}", t.line, r.line)
    } else {
        format!(
            "{} {}{about}: ‘{}’ — {reason}",
            t.line,
            r.line,
            r.text.trim()
        )
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// "2026-H1, Almelo: gehuisvest 49 → 52, passend 40 → 45", or for a new record
/// "2026-H1, Almelo (nieuw): aanvragen 110, toegekend 70, …".
pub fn change_line(c: &MonChange, lang: Lang) -> String {
    let t = MonTexts::get(lang);
    let n = |v: u64| format_count(v, lang);
    match &c.old {
        None => {
            let figures: Vec<String> = MonColumn::COUNTS
                .iter()
                .map(|&col| {
                    format!(
                        "{} {}",
                        column_short(col, lang),
                        n(col.get(&c.new).unwrap_or(0))
                    )
                })
                .collect();
            format!(
                "{}, {} ({}): {}",
                c.new.period,
                c.name,
                t.new_record,
                figures.join(", ")
            )
        }
        Some(old) => {
            let figures: Vec<String> = MonColumn::COUNTS
                .iter()
                .filter_map(|&col| {
                    let (a, b) = (col.get(old)?, col.get(&c.new)?);
                    (a != b).then(|| format!("{} {} → {}", column_short(col, lang), n(a), n(b)))
                })
                .collect();
            format!("{}, {}: {}", c.new.period, c.name, figures.join(", "))
        }
    }
}

/// A remark about a whole import.
pub fn note(n: &MonNote, lang: Lang) -> String {
    by_lang!(lang, note(n))
}

/// A date in words: "1 januari 2029" / "1 January 2029".
pub fn long_date(date: NaiveDate, lang: Lang) -> String {
    let months = by_lang!(lang, months());
    let month = months
        .get(date.month0() as usize)
        .copied()
        .unwrap_or_default();
    format!("{} {month} {}", date.day(), date.year())
}

/// "1 januari 2029, drie jaar na het begin van 2026-H1".
pub fn evaluation_text(date: NaiveDate, first: Period, lang: Lang) -> String {
    let date = long_date(date, lang);
    by_lang!(lang, evaluation_text(&date, first))
}

/// One agenda item: "Borne: boven de signaalwaarde in 2026-H1 (21,4%) en 2026-H2 (22,9%)".
pub fn agenda_item(name: &str, runs: &[(Period, u64)], lang: Lang) -> String {
    let parts: Vec<String> = runs
        .iter()
        .map(|(p, tenths)| format!("{p} ({})", format_percent_tenths(*tenths, lang)))
        .collect();
    let runs = join_names(&parts, lang);
    by_lang!(lang, agenda_item(name, &runs))
}

/// The plain summary of one half-year (announced through `aria-live`).
pub fn summary(s: &PeriodSummary, lang: Lang) -> String {
    by_lang!(lang, summary(s))
}

/// Persons ahead or behind: "+4", "−5", "0".
pub fn ahead(n: i64, lang: Lang) -> String {
    format_signed(n, lang)
}

/// "voor" / "achter" / "op koers" after a signed number, for the results table.
pub fn ahead_word(n: i64, lang: Lang) -> &'static str {
    by_lang!(lang, ahead_word(n))
}

/// What the chart says about one half-year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PointText<'a> {
    pub series: &'a str,
    pub period: Period,
    /// `None`: no figures for this half-year.
    pub figures: Option<(u64, u64)>,
    pub percent_tenths: Option<u64>,
    pub status: Status,
    pub consecutive: bool,
}

/// The short label above a column: "22,9% ▲", "▲▲" for an agenda item, "–" for a gap.
pub fn point_value(p: &PointText, lang: Lang) -> String {
    match (p.figures, p.percent_tenths) {
        (None, _) => "–".into(),
        (Some(_), Some(t)) => {
            let symbol = if p.consecutive {
                "▲▲"
            } else {
                status_symbol(p.status)
            };
            format!("{} {symbol}", format_percent_tenths(t, lang))
        }
        (Some(_), None) => status_symbol(p.status).into(),
    }
}

/// A column's accessible name and the details line: "Borne, 2026-H2: 22,9% (16 gehuisvest
/// van 70 toewijzingen), boven de signaalwaarde — agendapunt bestuurlijk overleg".
pub fn point_label(p: &PointText, lang: Lang) -> String {
    let t = MonTexts::get(lang);
    let Some((housed, allocations)) = p.figures else {
        return format!("{}, {}: {}", p.series, p.period, t.no_figures);
    };
    let (housed, allocations) = (format_count(housed, lang), format_count(allocations, lang));
    let figures = by_lang!(lang, point_figures(&housed, &allocations));
    let pct = p
        .percent_tenths
        .map(|x| format!("{} ", format_percent_tenths(x, lang)))
        .unwrap_or_default();
    let mut out = format!(
        "{}, {}: {pct}({figures}), {}",
        p.series,
        p.period,
        status_label(p.status, lang)
    );
    if p.consecutive {
        out.push_str(" — ");
        out.push_str(t.agenda_flag);
    }
    out
}

/// The chart's `<desc>`.
pub fn chart_description(series: &str, points: &[PointText], signal_bp: u32, lang: Lang) -> String {
    let with: Vec<&PointText> = points.iter().filter(|p| p.figures.is_some()).collect();
    let above: Vec<String> = with
        .iter()
        .filter(|p| p.status == Status::AboveSignal)
        .map(|p| p.period.to_string())
        .collect();
    let sig = format_bp(signal_bp, lang);
    by_lang!(lang, chart_description(series, with.len(), &sig, &above))
}

pub fn applied_text(n: usize, lang: Lang) -> String {
    by_lang!(lang, applied_text(n))
}

pub fn removed_text(period: Period, lang: Lang) -> String {
    by_lang!(lang, removed_text(period))
}

pub fn entry_caption(period: Period, lang: Lang) -> String {
    by_lang!(lang, entry_caption(period))
}

pub fn results_caption(period: Period, first: Option<Period>, lang: Lang) -> String {
    let first = first.unwrap_or(period);
    by_lang!(lang, results_caption(period, first))
}

/// "1e halfjaar" / "2e halfjaar op rij"; "1st half-year" / "2nd half-year in a row".
pub fn ordinal_text(run: usize, lang: Lang) -> String {
    by_lang!(lang, ordinal_text(run))
}

pub fn agenda_short(lang: Lang) -> &'static str {
    by_lang!(lang, agenda_short())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chart_without_figures_says_so() {
        for lang in [Lang::Nl, Lang::En] {
            let gap = PointText {
                series: "Almelo",
                period: Period::parse("2026-H1").expect("a half-year"),
                figures: None,
                percent_tenths: None,
                status: Status::NotApplicable,
                consecutive: false,
            };
            let none = chart_description("Almelo", std::slice::from_ref(&gap), 2000, lang);
            assert!(
                none.ends_with(MonTexts::get(lang).agenda_no_figures),
                "{none}"
            );
            let one = PointText {
                figures: Some((10, 100)),
                percent_tenths: Some(100),
                status: Status::BelowMinimum,
                ..gap
            };
            let some = chart_description("Almelo", &[one], 2000, lang);
            assert!(!some.ends_with(MonTexts::get(lang).agenda_no_figures));
        }
    }
}
