//! Texts of the results chart: its static labels, its description and the labels of its
//! bars and lines. Static labels in [`ChartTexts`], sentences with figures as functions over
//! [`ChartBar`] (the view model, `view::chart`), so they can be tested without rendering.
//! The words are in `nl/chart.rs` and `en/chart.rs`.

use super::{join_names, status_label, status_symbol, Texts};
use crate::view::chart::chart_facts;
use evt_core::numbers::{format_bp, format_count, Lang};
use evt_core::numbers::{format_percent_or_dash, format_percent_tenths};

pub use crate::view::chart::ChartBar;

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

impl ChartTexts {
    pub fn get(lang: Lang) -> &'static ChartTexts {
        by_lang!(lang, chart_texts())
    }
}

/// The sentences of the chart's description, implemented once per language. `n` is a count
/// as formatted, `count` the same number to choose singular or plural; `names` a list as
/// joined by [`chart_names`].
pub trait ChartWords {
    fn chart_texts(&self) -> &'static ChartTexts;
    /// The last item of a shortened list of names: "12 andere".
    fn others(&self, rest: &str) -> String;
    /// "boven de signaalwaarde van 20%".
    fn above_signal(&self, signal: &str) -> String;
    /// "onder het minimum van 15%".
    fn below_minimum(&self, minimum: &str) -> String;
    /// "N gemeente(n) ligt/liggen {phrase}: names." or "Geen gemeente ligt {phrase}.".
    fn group(&self, count: usize, n: &str, phrase: &str, names: &str) -> String;
    /// The description's first sentence: "Staafdiagram van 14 gemeenten, …".
    fn chart_intro(&self, count: usize, n: &str) -> String;
    /// Who has urgents but no vacated homes (no bar).
    fn chart_no_vacancies(&self, count: usize, n: &str, names: &str) -> String;
    /// Every municipality with vacated homes is at one percentage.
    fn all_at(&self, percent: &str) -> String;
    /// "Het hoogste percentage is 25,0% (A), het laagste 18,0% (B en C)."
    fn highest_lowest(&self, high: &str, high_names: &str, low: &str, low_names: &str) -> String;
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
    shown.push(others(&rest, lang));
    join_names(&shown, lang)
}

/// The last item of a shortened list of names: "12 andere".
pub(super) fn others(rest: &str, lang: Lang) -> String {
    by_lang!(lang, others(rest))
}

/// One sentence "N gemeente(n) ligt/liggen …: names." or "Geen gemeente ligt …".
pub(super) fn chart_group(names: &[&str], phrase: &str, lang: Lang) -> String {
    let n = format_count(names.len() as u64, lang);
    let listed = if names.is_empty() {
        String::new()
    } else {
        chart_names(names, lang)
    };
    by_lang!(lang, group(names.len(), &n, phrase, &listed))
}

/// The phrases of the two thresholds: "boven de signaalwaarde van 20%" and "onder het
/// minimum van 15%".
pub(super) fn threshold_phrases(minimum_bp: u32, signal_bp: u32, lang: Lang) -> (String, String) {
    (
        by_lang!(lang, above_signal(&format_bp(signal_bp, lang))),
        by_lang!(lang, below_minimum(&format_bp(minimum_bp, lang))),
    )
}

/// The chart's `<desc>`: what a sighted reader takes from the bars, in sentences. `bars` in
/// chart order (highest percentage first); names are listed in that order.
pub fn chart_description(bars: &[ChartBar], minimum_bp: u32, signal_bp: u32, lang: Lang) -> String {
    let facts = chart_facts(bars);
    let count = format_count(facts.count as u64, lang);
    let mut out = by_lang!(lang, chart_intro(facts.count, &count));
    let (signal, minimum) = threshold_phrases(minimum_bp, signal_bp, lang);
    for sentence in [
        chart_group(&facts.above_signal, &signal, lang),
        chart_group(&facts.below_minimum, &minimum, lang),
    ] {
        out.push(' ');
        out.push_str(&sentence);
    }
    let none = &facts.no_vacancies;
    if !none.is_empty() {
        let n = format_count(none.len() as u64, lang);
        let names = chart_names(none, lang);
        out.push(' ');
        out.push_str(&by_lang!(lang, chart_no_vacancies(none.len(), &n, &names)));
    }
    if let Some(x) = facts.extremes {
        let (hp, lp) = (
            format_percent_tenths(x.high, lang),
            format_percent_tenths(x.low, lang),
        );
        out.push(' ');
        out.push_str(&if x.high == x.low {
            by_lang!(lang, all_at(&hp))
        } else {
            let (hn, ln) = (
                chart_names(&x.high_names, lang),
                chart_names(&x.low_names, lang),
            );
            by_lang!(lang, highest_lowest(&hp, &hn, &lp, &ln))
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
