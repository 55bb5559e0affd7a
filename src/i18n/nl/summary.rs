//! Dutch texts of the plain summary and the "Mijn gemeente" sentence.

use super::Nl;
use crate::i18n::summary::{OutcomeFigures, SummaryWords};
use crate::view::RegionOutcome;
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

    fn above_signal(
        &self,
        method: &str,
        count: usize,
        n: usize,
        region: &str,
        sig: &str,
        names: &str,
    ) -> String {
        // "… komen in Twente 9 van de 14 gemeenten boven …".
        let verb = if count < 2 { "komt" } else { "komen" };
        let lead = match region {
            "" => format!("{method} {verb}"),
            region => format!("{method} {verb} in {region}"),
        };
        match count {
            0 => format!("{lead} geen van de {n} gemeenten boven de signaalwaarde van {sig}."),
            1 => {
                format!("{lead} 1 van de {n} gemeenten boven de signaalwaarde van {sig}: {names}.")
            }
            k => format!(
                "{lead} {k} van de {n} gemeenten boven de signaalwaarde van {sig}: {names}."
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

    fn region_outcome(&self, o: &RegionOutcome, f: &OutcomeFigures) -> String {
        let lead = match o.method {
            Method::HouseholdsCapped => "Onder het plafond",
            _ => "Met alleen het wettelijk minimum",
        };
        let housed = match (o.urgents, o.unhoused) {
            (0, _) => format!("{lead} zijn er geen urgenten te huisvesten"),
            (1, 0) => format!("{lead} wordt de ene urgente gehuisvest"),
            (_, 0) => format!("{lead} worden alle {} urgenten gehuisvest", f.urgents),
            (_, 1) => format!(
                "{lead} worden {} van de {} urgenten gehuisvest; 1 wordt niet gehuisvest",
                f.housed, f.urgents
            ),
            _ => format!(
                "{lead} worden {} van de {} urgenten gehuisvest; {} worden niet gehuisvest",
                f.housed, f.urgents, f.unhoused
            ),
        };
        match (o.housed, o.unused) {
            (_, 0) => format!("{housed}."),
            (0, _) => format!(
                "{housed}; de {} plaatsen die het minimum biedt, blijven onbenut.",
                f.places
            ),
            (_, 1) => format!(
                "{housed}; van de {} plaatsen die het minimum biedt, blijft er 1 onbenut.",
                f.places
            ),
            _ => format!(
                "{housed}; van de {} plaatsen die het minimum biedt, blijven er {} onbenut.",
                f.places, f.unused
            ),
        }
    }

    fn mine(&self, one: bool, name: &str, target: &str, pct: &str, status: &str) -> String {
        match one {
            true => format!("{name}: 1 urgente per jaar, {pct} van de vrijkomende sociale huurwoningen ({status})."),
            false => format!("{name}: {target} urgenten per jaar, {pct} van de vrijkomende sociale huurwoningen ({status})."),
        }
    }
}
