//! English texts of the results chart.

use super::En;
use crate::i18n::chart::{ChartTexts, ChartWords};

const CHART: ChartTexts = ChartTexts {
    hint: "Choose a bar with Tab and the arrow keys, or click it, to see that municipality's figures here.",
    stale_marker: "⚠ Out of date: shows the last valid input",
    legend_label: "Legend",
    urgents_unit: "urgent home seekers",
};

impl ChartWords for En {
    fn chart_texts(&self) -> &'static ChartTexts {
        &CHART
    }

    fn others(&self, rest: &str) -> String {
        format!("{rest} others")
    }

    fn above_signal(&self, signal: &str) -> String {
        format!("above the signal value of {signal}")
    }

    fn below_minimum(&self, minimum: &str) -> String {
        format!("below the minimum of {minimum}")
    }

    fn group(&self, count: usize, n: &str, phrase: &str, names: &str) -> String {
        match count {
            0 => format!("No municipality is {phrase}."),
            1 => format!("1 municipality is {phrase}: {names}."),
            _ => format!("{n} municipalities are {phrase}: {names}."),
        }
    }

    fn chart_intro(&self, count: usize, n: &str) -> String {
        match count {
            1 => "Bar chart of 1 municipality.".to_string(),
            _ => format!("Bar chart of {n} municipalities, from highest to lowest percentage."),
        }
    }

    fn chart_no_vacancies(&self, count: usize, n: &str, names: &str) -> String {
        match count {
            1 => format!("1 municipality has urgent home seekers but no vacated homes: {names}."),
            _ => format!(
                "{n} municipalities have urgent home seekers but no vacated homes: {names}."
            ),
        }
    }

    fn all_at(&self, percent: &str) -> String {
        format!("All municipalities with vacated homes are at {percent}.")
    }

    fn highest_lowest(&self, high: &str, high_names: &str, low: &str, low_names: &str) -> String {
        format!("The highest percentage is {high} ({high_names}), the lowest {low} ({low_names}).")
    }
}
