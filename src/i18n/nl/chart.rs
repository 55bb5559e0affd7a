//! Dutch texts of the results chart.

use super::Nl;
use crate::i18n::chart::{ChartTexts, ChartWords};

const CHART: ChartTexts = ChartTexts {
    hint: "Kies een balk met Tab en de pijltjestoetsen, of klik erop, om de cijfers van die gemeente hier te zien.",
    stale_marker: "⚠ Verouderd: hoort bij de laatste geldige invoer",
    legend_label: "Legenda",
    urgents_unit: "urgenten",
};

impl ChartWords for Nl {
    fn chart_texts(&self) -> &'static ChartTexts {
        &CHART
    }

    fn others(&self, rest: &str) -> String {
        format!("{rest} andere")
    }

    fn above_signal(&self, signal: &str) -> String {
        format!("boven de signaalwaarde van {signal}")
    }

    fn below_minimum(&self, minimum: &str) -> String {
        format!("onder het minimum van {minimum}")
    }

    fn group(&self, count: usize, n: &str, phrase: &str, names: &str) -> String {
        match count {
            0 => format!("Geen gemeente ligt {phrase}."),
            1 => format!("1 gemeente ligt {phrase}: {names}."),
            _ => format!("{n} gemeenten liggen {phrase}: {names}."),
        }
    }

    fn chart_intro(&self, count: usize, n: &str) -> String {
        match count {
            1 => "Staafdiagram van 1 gemeente.".to_string(),
            _ => format!("Staafdiagram van {n} gemeenten, van hoog naar laag percentage."),
        }
    }

    fn chart_no_vacancies(&self, count: usize, n: &str, names: &str) -> String {
        match count {
            1 => format!("1 gemeente heeft geen vrijkomende woningen maar wel urgenten: {names}."),
            _ => format!(
                "{n} gemeenten hebben geen vrijkomende woningen maar wel urgenten: {names}."
            ),
        }
    }

    fn all_at(&self, percent: &str) -> String {
        format!("Alle gemeenten met vrijkomende woningen zitten op {percent}.")
    }

    fn highest_lowest(&self, high: &str, high_names: &str, low: &str, low_names: &str) -> String {
        format!("Het hoogste percentage is {high} ({high_names}), het laagste {low} ({low_names}).")
    }
}
