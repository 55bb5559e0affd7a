//! English texts of the plain summary and the "My municipality" sentence.

use super::En;
use crate::i18n::summary::SummaryWords;
use evt_core::scenario::Method;

impl SummaryWords for En {
    fn method_phrase(&self, method: Method, cap: &str) -> String {
        match method {
            Method::Households => "With a distribution pro rata to households".to_string(),
            Method::EqualPercentage => "With an equal percentage in every municipality".to_string(),
            Method::HomeMunicipality => "Following the home-municipality principle".to_string(),
            Method::HouseholdsCapped => format!("Pro rata to households with a cap of {cap}"),
            Method::Fallback => "In the statutory fallback".to_string(),
        }
    }

    fn above_signal(&self, method: &str, count: usize, n: usize, sig: &str, names: &str) -> String {
        match count {
            0 => format!("{method}, none of the {n} municipalities is above the signal value of {sig}."),
            1 => format!("{method}, 1 of the {n} municipalities is above the signal value of {sig}: {names}."),
            k => format!("{method}, {k} of the {n} municipalities are above the signal value of {sig}: {names}."),
        }
    }

    fn below_minimum(&self, count: usize, min: &str, names: &str) -> String {
        match count {
            0 => format!("No municipality stays below the statutory minimum of {min}"),
            1 => format!("{names} stays below the statutory minimum of {min}"),
            _ => format!("{names} stay below the statutory minimum of {min}"),
        }
    }

    fn within(&self, within: usize, n: usize) -> String {
        match within {
            0 => String::new(),
            1 => "; 1 municipality is in between".to_string(),
            w if w == n => format!("; all {w} municipalities are in between"),
            w => format!("; {w} municipalities are in between"),
        }
    }

    fn unplaced(&self, unplaced: &str) -> String {
        format!(" Under the cap, {unplaced} urgents cannot be placed anywhere.")
    }

    fn fallback(&self, all: bool, housed: &str, total: &str, unhoused: &str) -> String {
        match all {
            true => format!("With the statutory minimum alone, all {total} urgents are housed."),
            false => format!("With the statutory minimum alone, {housed} of the {total} urgents are housed; {unhoused} are not."),
        }
    }

    fn mine(&self, one: bool, name: &str, target: &str, pct: &str, status: &str) -> String {
        match one {
            true => format!("{name}: 1 urgent home seeker a year, {pct} of the vacated social-rental homes ({status})."),
            false => format!("{name}: {target} urgent home seekers a year, {pct} of the vacated social-rental homes ({status})."),
        }
    }
}
