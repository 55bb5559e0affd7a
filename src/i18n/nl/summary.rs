//! Dutch texts of the plain summary and the "Mijn gemeente" sentence.

use super::Nl;
use crate::i18n::summary::SummaryWords;
use evt_core::scenario::Method;

impl SummaryWords for Nl {
    fn method_phrase(&self, method: Method, cap: &str) -> String {
        match method {
            Method::Households => "Bij een verdeling naar rato van huishoudens".to_string(),
            Method::EqualPercentage => "Bij een gelijk percentage in elke gemeente".to_string(),
            Method::HomeMunicipality => "Volgens het woonplaatsbeginsel".to_string(),
            Method::HouseholdsCapped => {
                format!("Naar rato van huishoudens met een plafond van {cap}")
            }
            Method::Fallback => "In het wettelijk terugvalscenario".to_string(),
        }
    }

    fn above_signal(&self, method: &str, count: usize, n: usize, sig: &str, names: &str) -> String {
        match count {
            0 => {
                format!("{method} komt geen van de {n} gemeenten boven de signaalwaarde van {sig}.")
            }
            1 => format!(
                "{method} komt 1 van de {n} gemeenten boven de signaalwaarde van {sig}: {names}."
            ),
            k => format!(
                "{method} komen {k} van de {n} gemeenten boven de signaalwaarde van {sig}: {names}."
            ),
        }
    }

    fn below_minimum(&self, count: usize, min: &str, names: &str) -> String {
        match count {
            0 => format!("Geen gemeente blijft onder het wettelijk minimum van {min}"),
            1 => format!("{names} blijft onder het wettelijk minimum van {min}"),
            _ => format!("{names} blijven onder het wettelijk minimum van {min}"),
        }
    }

    fn within(&self, within: usize, n: usize) -> String {
        match within {
            0 => String::new(),
            1 => "; 1 gemeente zit daartussen".to_string(),
            w if w == n => format!("; alle {w} gemeenten zitten daartussen"),
            w => format!("; {w} gemeenten zitten daartussen"),
        }
    }

    fn unplaced(&self, unplaced: &str) -> String {
        format!(" Onder het plafond kunnen {unplaced} urgenten nergens worden geplaatst.")
    }

    fn fallback(&self, all: bool, housed: &str, total: &str, unhoused: &str) -> String {
        match all {
            true => format!("Met alleen het wettelijk minimum worden alle {total} urgenten gehuisvest."),
            false => format!("Met alleen het wettelijk minimum worden {housed} van de {total} urgenten gehuisvest; {unhoused} niet."),
        }
    }

    fn mine(&self, one: bool, name: &str, target: &str, pct: &str, status: &str) -> String {
        match one {
            true => format!("{name}: 1 urgente per jaar, {pct} van de vrijkomende sociale huurwoningen ({status})."),
            false => format!("{name}: {target} urgenten per jaar, {pct} van de vrijkomende sociale huurwoningen ({status})."),
        }
    }
}
