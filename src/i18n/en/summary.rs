//! English texts of the plain summary and the "My municipality" sentence.

use super::En;
use crate::i18n::summary::{OutcomeFigures, SummaryWords};
use crate::view::RegionOutcome;
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

    fn above_signal(
        &self,
        method: &str,
        count: usize,
        n: usize,
        region: &str,
        sig: &str,
        names: &str,
    ) -> String {
        let of = if region.is_empty() {
            format!("of the {n} municipalities")
        } else {
            format!("of the {n} municipalities in {region}")
        };
        match count {
            0 => format!("{method}, none {of} is above the signal value of {sig}."),
            1 => format!("{method}, 1 {of} is above the signal value of {sig}: {names}."),
            k => format!("{method}, {k} {of} are above the signal value of {sig}: {names}."),
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

    fn region_outcome(&self, o: &RegionOutcome, f: &OutcomeFigures) -> String {
        let lead = match o.method {
            Method::HouseholdsCapped => "Under the cap,",
            _ => "With the statutory minimum alone,",
        };
        let housed = match (o.urgents, o.unhoused) {
            (0, _) => format!("{lead} there are no urgent home seekers to house"),
            (1, 0) => format!("{lead} the one urgent home seeker is housed"),
            (_, 0) => format!("{lead} all {} urgent home seekers are housed", f.urgents),
            (_, 1) => format!(
                "{lead} {} of the {} urgent home seekers are housed; 1 is not housed",
                f.housed, f.urgents
            ),
            _ => format!(
                "{lead} {} of the {} urgent home seekers are housed; {} are not housed",
                f.housed, f.urgents, f.unhoused
            ),
        };
        match (o.housed, o.unused) {
            (_, 0) => format!("{housed}."),
            (0, _) => format!(
                "{housed}; the {} places the minimum provides stay unused.",
                f.places
            ),
            (_, 1) => format!(
                "{housed}; of the {} places the minimum provides, 1 stays unused.",
                f.places
            ),
            _ => format!(
                "{housed}; of the {} places the minimum provides, {} stay unused.",
                f.places, f.unused
            ),
        }
    }

    fn mine(&self, one: bool, name: &str, target: &str, pct: &str, status: &str) -> String {
        match one {
            true => format!("{name}: 1 urgent home seeker a year, {pct} of the vacated social-rental homes ({status})."),
            false => format!("{name}: {target} urgent home seekers a year, {pct} of the vacated social-rental homes ({status})."),
        }
    }
}
