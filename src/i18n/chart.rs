//! Texts of the results chart: its static labels, its description and the labels of its
//! bars and lines.

use super::{join_names, status_label, status_symbol, Texts};
use evt_core::methods::Status;
use evt_core::numbers::{format_bp, format_count, Lang};

// Texts of the bar chart (`components/chart.rs`): static labels in [`ChartTexts`], sentences
// with figures as functions over [`ChartBar`], so they can be tested without rendering.

use evt_core::numbers::{format_percent_or_dash, format_percent_tenths};

/// Static texts of the chart, per language.
pub struct ChartTexts {
    /// Under the chart until a bar is chosen.
    pub hint: &'static str,
    /// The visible (aria-hidden) marker on a chart that shows the last valid results.
    pub stale_marker: &'static str,
    /// Accessible name of the legend list.
    pub legend_label: &'static str,
    /// Unit after a count of urgents in a bar's short label.
    pub urgents_unit: &'static str,
}

const CHART_NL: ChartTexts = ChartTexts {
    hint: "Kies een balk met Tab en de pijltjestoetsen, of klik erop, om de cijfers van die gemeente hier te zien.",
    stale_marker: "⚠ Verouderd: hoort bij de laatste geldige invoer",
    legend_label: "Legenda",
    urgents_unit: "urgenten",
};

const CHART_EN: ChartTexts = ChartTexts {
    hint: "Choose a bar with Tab and the arrow keys, or click it, to see that municipality's figures here.",
    stale_marker: "⚠ Out of date: shows the last valid input",
    legend_label: "Legend",
    urgents_unit: "urgents",
};

impl ChartTexts {
    pub fn get(lang: Lang) -> &'static ChartTexts {
        match lang {
            Lang::Nl => &CHART_NL,
            Lang::En => &CHART_EN,
        }
    }
}

/// What the chart's sentences need of one municipality.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChartBar<'a> {
    pub name: &'a str,
    pub target: u64,
    pub vacancies: u64,
    /// The vacancies are an estimate.
    pub estimated: bool,
    /// Allocation percentage in tenths; `None` without vacancies.
    pub percent_tenths: Option<u64>,
    pub status: Status,
}

impl<'a> From<&'a crate::view::ResultRow> for ChartBar<'a> {
    fn from(r: &'a crate::view::ResultRow) -> Self {
        ChartBar {
            name: &r.name,
            target: r.target,
            vacancies: r.vacancies,
            estimated: r.estimated,
            percent_tenths: r.percent_tenths,
            status: r.status,
        }
    }
}

/// Names listed in full in the chart description; longer lists end in "en 12 andere".
const DESCRIBED_NAMES: usize = 10;

/// "Almelo, Borne en Enschede"; beyond ten names "…, Hengelo en 12 andere".
pub(super) fn chart_names(names: &[&str], lang: Lang) -> String {
    if names.len() <= DESCRIBED_NAMES {
        let all: Vec<String> = names.iter().map(|n| (*n).to_string()).collect();
        return join_names(&all, lang);
    }
    let rest = format_count((names.len() - DESCRIBED_NAMES) as u64, lang);
    let mut shown: Vec<String> = names[..DESCRIBED_NAMES]
        .iter()
        .map(|n| (*n).to_string())
        .collect();
    shown.push(match lang {
        Lang::Nl => format!("{rest} andere"),
        Lang::En => format!("{rest} others"),
    });
    join_names(&shown, lang)
}

/// One sentence "N gemeente(n) ligt/liggen …: names." or "Geen gemeente ligt …".
pub(super) fn chart_group(names: &[&str], phrase: &str, lang: Lang) -> String {
    let n = format_count(names.len() as u64, lang);
    match (lang, names.len()) {
        (Lang::Nl, 0) => format!("Geen gemeente ligt {phrase}."),
        (Lang::Nl, 1) => format!("1 gemeente ligt {phrase}: {}.", chart_names(names, lang)),
        (Lang::Nl, _) => format!(
            "{n} gemeenten liggen {phrase}: {}.",
            chart_names(names, lang)
        ),
        (Lang::En, 0) => format!("No municipality is {phrase}."),
        (Lang::En, 1) => format!("1 municipality is {phrase}: {}.", chart_names(names, lang)),
        (Lang::En, _) => format!(
            "{n} municipalities are {phrase}: {}.",
            chart_names(names, lang)
        ),
    }
}

/// The chart's `<desc>`: what a sighted reader takes from the bars, in sentences. `bars` in
/// chart order (highest percentage first); names are listed in that order.
pub fn chart_description(bars: &[ChartBar], minimum_bp: u32, signal_bp: u32, lang: Lang) -> String {
    let count = format_count(bars.len() as u64, lang);
    let names_with = |s: Status| -> Vec<&str> {
        bars.iter()
            .filter(|b| b.status == s)
            .map(|b| b.name)
            .collect()
    };
    let above = names_with(Status::AboveSignal);
    let below = names_with(Status::BelowMinimum);
    let none = names_with(Status::NoVacancies);
    let mut out = match (lang, bars.len()) {
        (Lang::Nl, 1) => "Staafdiagram van 1 gemeente.".to_string(),
        (Lang::Nl, _) => {
            format!("Staafdiagram van {count} gemeenten, van hoog naar laag percentage.")
        }
        (Lang::En, 1) => "Bar chart of 1 municipality.".to_string(),
        (Lang::En, _) => {
            format!("Bar chart of {count} municipalities, from highest to lowest percentage.")
        }
    };
    let signal = match lang {
        Lang::Nl => format!("boven de signaalwaarde van {}", format_bp(signal_bp, lang)),
        Lang::En => format!("above the signal value of {}", format_bp(signal_bp, lang)),
    };
    let minimum = match lang {
        Lang::Nl => format!("onder het minimum van {}", format_bp(minimum_bp, lang)),
        Lang::En => format!("below the minimum of {}", format_bp(minimum_bp, lang)),
    };
    for sentence in [
        chart_group(&above, &signal, lang),
        chart_group(&below, &minimum, lang),
    ] {
        out.push(' ');
        out.push_str(&sentence);
    }
    if !none.is_empty() {
        let n = format_count(none.len() as u64, lang);
        let names = chart_names(&none, lang);
        out.push(' ');
        out.push_str(&match (lang, none.len()) {
            (Lang::Nl, 1) => {
                format!("1 gemeente heeft geen vrijkomende woningen maar wel urgenten: {names}.")
            }
            (Lang::Nl, _) => format!(
                "{n} gemeenten hebben geen vrijkomende woningen maar wel urgenten: {names}."
            ),
            (Lang::En, 1) => format!("1 municipality has urgents but no vacated homes: {names}."),
            (Lang::En, _) => {
                format!("{n} municipalities have urgents but no vacated homes: {names}.")
            }
        });
    }
    let values: Vec<u64> = bars.iter().filter_map(|b| b.percent_tenths).collect();
    if let (Some(&high), Some(&low)) = (values.iter().max(), values.iter().min()) {
        let at = |v: u64| -> Vec<&str> {
            bars.iter()
                .filter(|b| b.percent_tenths == Some(v))
                .map(|b| b.name)
                .collect()
        };
        let (hp, lp) = (
            format_percent_tenths(high, lang),
            format_percent_tenths(low, lang),
        );
        let (hn, ln) = (chart_names(&at(high), lang), chart_names(&at(low), lang));
        out.push(' ');
        out.push_str(&match (lang, high == low) {
            (Lang::Nl, true) => format!("Alle gemeenten met vrijkomende woningen zitten op {hp}."),
            (Lang::Nl, false) => {
                format!("Het hoogste percentage is {hp} ({hn}), het laagste {lp} ({ln}).")
            }
            (Lang::En, true) => format!("All municipalities with vacated homes are at {hp}."),
            (Lang::En, false) => {
                format!("The highest percentage is {hp} ({hn}), the lowest {lp} ({ln}).")
            }
        });
    }
    out
}

/// The text at the end of a bar: "36,1% ▲"; without vacancies "✕ geen vrijkomende woningen".
pub fn chart_value_label(bar: &ChartBar, lang: Lang) -> String {
    match bar.percent_tenths {
        Some(p) => format!(
            "{} {}",
            format_percent_tenths(p, lang),
            status_symbol(bar.status)
        ),
        None => format!(
            "{} {}",
            status_symbol(bar.status),
            status_label(bar.status, lang)
        ),
    }
}

/// A bar's accessible name: "Almelo: 13,4%, 93 urgenten, onder het minimum".
pub fn chart_bar_label(bar: &ChartBar, lang: Lang) -> String {
    let urgents = format!(
        "{} {}",
        format_count(bar.target, lang),
        ChartTexts::get(lang).urgents_unit
    );
    let status = status_label(bar.status, lang);
    match bar.percent_tenths {
        Some(p) => format!(
            "{}: {}, {urgents}, {status}",
            bar.name,
            format_percent_tenths(p, lang)
        ),
        None => format!("{}: {urgents}, {status}", bar.name),
    }
}

/// The details line under the chart, with the table's column names: "Almelo — Urgenten per
/// jaar: 93 · Vrijkomende woningen per jaar: 695 (schatting) · Percentage: 13,4% · Status: ▼
/// onder het minimum".
pub fn chart_details(bar: &ChartBar, lang: Lang) -> String {
    let t = Texts::get(lang);
    let vacancies = if bar.estimated {
        format!("{} ({})", format_count(bar.vacancies, lang), t.estimate)
    } else {
        format_count(bar.vacancies, lang)
    };
    let percent = format_percent_or_dash(bar.percent_tenths, lang);
    format!(
        "{} — {}: {} · {}: {vacancies} · {}: {percent} · {}: {} {}",
        bar.name,
        t.col_target,
        format_count(bar.target, lang),
        t.col_vacancies,
        t.col_percent,
        t.col_status,
        status_symbol(bar.status),
        status_label(bar.status, lang)
    )
}

/// The two dashed lines of the chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartLine {
    Minimum,
    Signal,
}

/// The label of a threshold line: "minimum 15%", "signaalwaarde 20%".
pub fn chart_line_label(line: ChartLine, bp: u32, lang: Lang) -> String {
    let t = Texts::get(lang);
    let name = match line {
        ChartLine::Minimum => t.minimum_line,
        ChartLine::Signal => t.signal_line,
    };
    format!("{name} {}", format_bp(bp, lang))
}
