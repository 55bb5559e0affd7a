//! English texts of the half-yearly monitoring view.

use super::En;
use crate::i18n::join_names;
use crate::i18n::monitoring::{MonTexts, MonitoringWords};
use crate::i18n::validation::number_error;
use crate::view::monitoring::PeriodSummary;
use evt_core::codec::monitoring::{MonColumn, MonNote, MonRejectReason};
use evt_core::monitoring::{MonitoringError, Period, PeriodError};
use evt_core::numbers::{format_bp, format_count, format_percent_tenths, Lang};

const LANG: Lang = Lang::En;

const MON: MonTexts = MonTexts {
    heading: "Half-yearly monitoring",
    intro: "Per half-year and municipality: urgency applications, urgency decisions granted, statutory urgent home seekers housed, all allocations of social-rental homes, and how many urgent home seekers were housed suitably (agreement 1a and 1b). From these follow the realised percentage, the half-years above the signal value (agreement 3), the position against the distribution pro rata to households, and the date of the evaluation after three years (agreement 4).",
    no_data: "No monitoring figures yet. Add a half-year and enter the figures, or paste them from Excel.",
    evaluation_label: "Evaluation after three years (agreement 4b)",
    evaluation_pending: "follows from the first half-year with figures",
    agenda_heading: "Topics for the administrative consultation",
    agenda_none: "No municipality is above the signal value two half-years in a row.",
    agenda_no_figures: "No figures yet.",
    agenda_not_two: "No figures yet for two half-years in a row.",
    problems_intro: "These figures do not add up and are left out until they are corrected:",
    entry_heading: "Figures per half-year",
    period_label: "Half-year",
    new_period_label: "Add a half-year",
    new_period_help: "Choose it from the list or type it as year-H1 (January–June) or year-H2 (July–December), for example 2026-H1.",
    pick_period_label: "Choose a half-year",
    pick_period_none: "— choose —",
    add_period: "Add",
    period_exists: "This half-year is already there; it is now selected.",
    remove_period: "Remove this half-year's figures",
    entry_empty: "There is no half-year yet. Add one above or paste figures below.",
    col_name: "Municipality",
    paste_heading: "Paste from Excel or import a CSV",
    paste_label: "Pasted figures",
    paste_help: "One line per half-year and municipality, with columns period, municipality (or code), applications, granted, housed, allocations and suitably. Lines without a period belong to the selected half-year. Nothing changes until you press ‘Apply’.",
    paste_preview: "Preview the changes",
    paste_apply: "Apply",
    paste_cancel: "Cancel",
    paste_changes: "Will be applied",
    paste_rejected: "Not applied",
    paste_nothing: "Nothing changes.",
    export_csv: "Download monitoring (CSV)",
    import_csv: "Import monitoring CSV…",
    undo: "Undo",
    redo: "Redo",
    results_heading: "Realisation",
    col_percent: "Percentage",
    col_status: "Status",
    col_suitable: "Housed suitably",
    col_cumulative: "Housed since the start",
    col_horizon: "Pro rata to households",
    col_ahead: "Ahead (+) or behind (−)",
    above_flag: "above the signal value",
    agenda_flag: "topic for the administrative consultation",
    no_figures: "no figures",
    region_total: "Region",
    chart_heading: "Course per half-year",
    series_label: "Show the percentage of",
    region_series: "the whole region",
    show_table: "Show as table",
    show_chart: "Show as chart",
    chart_hint: "Choose a half-year with Tab and the arrow keys, or click it, to see its figures here.",
    legend_label: "Legend",
    legend_gap: "no figures for this half-year",
    col_period: "Half-year",
    overview_heading: "Above the signal value per half-year",
    overview_caption: "Percentage per municipality and half-year. ▲ above the signal value; ▲▲ also the half-year before: a topic for the administrative consultation (agreement 3 and 4c).",
    new_record: "new",
    line: "Line",
};

impl MonitoringWords for En {
    fn texts(&self) -> &'static MonTexts {
        &MON
    }

    fn column_label(&self, column: MonColumn) -> &'static str {
        match column {
            MonColumn::Period => "Half-year",
            MonColumn::Name => "Municipality",
            MonColumn::Code => "Code",
            MonColumn::Applications => "Urgency applications",
            MonColumn::Granted => "Urgency decisions granted",
            MonColumn::Housed => "Urgent home seekers housed",
            MonColumn::Allocations => "All allocations",
            MonColumn::Suitably => "Of whom suitably",
        }
    }

    fn period_error(&self, error: &PeriodError, text: &str) -> String {
        match error {
            PeriodError::Half => format!("‘{text}’ is not a half-year: a year has only H1 (January–June) and H2 (July–December)."),
            PeriodError::Format if text.is_empty() => "Enter a half-year, for example 2026-H1.".into(),
            PeriodError::Format => format!("‘{text}’ is not a half-year. Write the year in full with four digits, then -H1 or -H2, for example 2026-H1."),
            PeriodError::Year => format!("‘{text}’: choose a year from {} to {}.", Period::FIRST_YEAR, Period::LAST_YEAR),
        }
    }

    fn record_problem(&self, e: &MonitoringError) -> &'static str {
        use MonitoringError as E;
        match e {
            E::InvalidPeriod { .. } => "not a valid half-year",
            E::DuplicatePeriod { .. } => "appears twice in the figures",
            E::UnknownMunicipality { .. } => "municipality not in this region",
            E::SuitablyAboveHoused { .. } => "more housed suitably than housed",
            E::HousedAboveAllocations { .. } => {
                "more urgent home seekers housed than homes allocated"
            }
            E::CountTooLarge { .. } => "a count is too large (at most 10,000,000)",
        }
    }

    fn reject_reason(&self, r: &MonRejectReason) -> String {
        use MonRejectReason as R;
        match r {
            R::Empty => "nothing to import".into(),
            R::MissingPeriod => {
                "no half-year; select a half-year first or add a period column".into()
            }
            R::BadPeriod { text, error } => self.period_error(error, text.trim()),
            R::MissingMunicipality => "no municipality on this line".into(),
            R::UnknownMunicipality => "municipality not in this region".into(),
            R::AmbiguousName => "name matches more than one municipality; use the code".into(),
            R::DuplicateRow { first_line } => {
                format!("this half-year of this municipality is already on line {first_line}")
            }
            R::BadNumber {
                column,
                text,
                error,
            } => format!(
                "{} ‘{text}’: {}",
                evt_core::text::lower(self.column_label(*column)),
                number_error(error, LANG)
            ),
            R::NoData => "no figures found".into(),
            R::TotalsRow => "totals row skipped".into(),
            R::Invalid(e) => self.invalid_reason(e).into(),
            R::TooManyRows { limit } => format!(
                "too many lines (at most {})",
                format_count(*limit as u64, LANG)
            ),
        }
    }

    fn invalid_reason(&self, e: &MonitoringError) -> &'static str {
        use MonitoringError as E;
        match e {
            E::SuitablyAboveHoused { .. } => "more housed suitably than housed",
            E::HousedAboveAllocations { .. } => {
                "more urgent home seekers housed than homes allocated"
            }
            E::CountTooLarge { .. } => "a count is too large (at most 10,000,000)",
            _ => "these figures do not add up",
        }
    }

    fn note(&self, n: &MonNote) -> String {
        match n {
            MonNote::IgnoredColumns(cols) => {
                format!("Columns not used: {}.", cols.join(", "))
            }
            MonNote::Notation(Lang::Nl) => {
                "The numbers were read in Dutch notation (1.250 = one thousand two hundred and fifty)."
                    .into()
            }
            MonNote::Notation(Lang::En) => {
                "The numbers were read in English notation.".into()
            }
            MonNote::NoKeyColumn => {
                "No column with the municipality name or code was found.".into()
            }
            MonNote::DefaultPeriod { period, rows } => {
                format!("{rows} lines without a period were read as {period} (the selected half-year).")
            }
            MonNote::ExtraColumns { read } => {
                format!("Without a header row only the first {read} columns were read.")
            }
        }
    }

    fn months(&self) -> &'static [&'static str; 12] {
        &[
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ]
    }

    fn evaluation_text(&self, date: &str, first: Period) -> String {
        format!("{date}, three years after the start of {first}")
    }

    fn agenda_item(&self, name: &str, runs: &str) -> String {
        format!("{name}: above the signal value in {runs}")
    }

    fn summary(&self, s: &PeriodSummary) -> String {
        let names =
            |v: &[&str]| join_names(&v.iter().map(|n| n.to_string()).collect::<Vec<_>>(), LANG);
        let (sig, min) = (format_bp(s.signal_bp, LANG), format_bp(s.minimum_bp, LANG));
        let p = s.period;
        let who = if s.with_figures == s.municipalities {
            format!("{} municipalities", s.with_figures)
        } else {
            format!(
                "{} of the {} municipalities",
                s.with_figures, s.municipalities
            )
        };
        let region = s
            .region_tenths
            .map(|t| {
                format!(
                    " The region as a whole: {}.",
                    format_percent_tenths(t, LANG)
                )
            })
            .unwrap_or_default();
        let mut out = format!("{p}: figures of {who}.{region}");
        out.push(' ');
        out.push_str(&match s.above.len() {
            0 => format!("No municipality above the signal value of {sig}."),
            1 => format!(
                "1 municipality above the signal value of {sig}: {}.",
                names(&s.above)
            ),
            k => format!(
                "{k} municipalities above the signal value of {sig}: {}.",
                names(&s.above)
            ),
        });
        if !s.consecutive.is_empty() {
            out.push(' ');
            out.push_str(&match s.consecutive.len() {
                1 => format!("{} is above it for the second half-year in a row: a topic for the administrative consultation.", names(&s.consecutive)),
                _ => format!("{} are above it for the second half-year in a row: a topic for the administrative consultation.", names(&s.consecutive)),
            });
        }
        out.push(' ');
        out.push_str(&match s.below.len() {
            0 => format!("No municipality below the minimum of {min}."),
            _ => format!("Below the minimum of {min}: {}.", names(&s.below)),
        });
        out
    }

    fn ahead_word(&self, n: i64) -> &'static str {
        match n.signum() {
            1 => "ahead",
            -1 => "behind",
            _ => "on course",
        }
    }

    fn point_figures(&self, housed: &str, allocations: &str) -> String {
        format!("{housed} housed of {allocations} allocations")
    }

    fn chart_description(&self, series: &str, n: usize, sig: &str, above: &[String]) -> String {
        let head = format!("Column chart of the percentage of {series} in {n} half-years.");
        let body = if n == 0 {
            MON.agenda_no_figures.to_string()
        } else if above.is_empty() {
            format!("Above the signal value of {sig} in no half-year.")
        } else {
            format!(
                "Above the signal value of {sig} in {}.",
                join_names(above, LANG)
            )
        };
        format!("{head} {body}")
    }

    fn applied_text(&self, n: usize) -> String {
        match n {
            1 => "1 line applied. Undo with Ctrl+Z.".into(),
            n => format!("{n} lines applied. Undo with Ctrl+Z."),
        }
    }

    fn removed_text(&self, period: Period) -> String {
        format!("The figures of {period} were removed. Undo with Ctrl+Z.")
    }

    fn entry_caption(&self, period: Period) -> String {
        format!(
            "Figures of {period} per municipality (numbers of people and homes in that half-year)"
        )
    }

    fn results_caption(&self, period: Period, first: Period) -> String {
        format!("Realisation in {period} per municipality: urgent home seekers housed as a percentage of all allocations, and the position from {first} to {period} against the distribution pro rata to households")
    }

    fn ordinal_text(&self, run: usize) -> String {
        match run {
            0 | 1 => "1st half-year".into(),
            n => {
                let suffix = match (n % 10, n % 100) {
                    (1, x) if x != 11 => "st",
                    (2, x) if x != 12 => "nd",
                    (3, x) if x != 13 => "rd",
                    _ => "th",
                };
                format!("{n}{suffix} half-year in a row")
            }
        }
    }

    fn agenda_short(&self) -> &'static str {
        "agenda topic"
    }
}
