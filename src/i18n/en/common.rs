//! English words every topic shares: method and status names, "and", the print date.

use super::En;
use crate::i18n::texts::PageTexts;
use crate::i18n::CommonWords;
use evt_core::methods::Status;
use evt_core::scenario::Method;

impl CommonWords for En {
    fn method_name(&self, method: Method) -> &'static str {
        match method {
            Method::Households => "Pro rata to households (the horizon)",
            Method::EqualPercentage => "Equal percentage of vacated homes",
            Method::HomeMunicipality => "Home municipality (inflow = outflow)",
            Method::HouseholdsCapped => "Households, with a cap per municipality",
            Method::Fallback => "Statutory fallback (the minimum only)",
        }
    }

    fn method_help(&self, method: Method) -> &'static str {
        match method {
            Method::Households => "Each municipality houses urgent home seekers in proportion to its share of the region's households: the agreement's end goal.",
            Method::EqualPercentage => "Each municipality allocates the same percentage of its vacated social-rental homes (growth path b).",
            Method::HomeMunicipality => "Urgent home seekers are housed in the municipality they came from. Fill in the inflow column for this.",
            Method::HouseholdsCapped => "Pro rata to households, but no municipality above the cap; what is left goes to the others.",
            Method::Fallback => "What the law prescribes without an agreement: every municipality allocates exactly the minimum.",
        }
    }

    fn status_label(&self, status: Status) -> &'static str {
        match status {
            Status::BelowMinimum => "below the minimum",
            Status::WithinRange => "within range",
            Status::AboveSignal => "above the signal value",
            Status::NoVacancies => "no vacated homes",
            Status::NotApplicable => "n/a",
        }
    }

    fn and(&self) -> &'static str {
        "and"
    }

    fn printed_at(&self, y: i32, mo: u32, d: u32, h: u32, mi: u32) -> String {
        format!(
            "{} {y}-{mo:02}-{d:02}, {h:02}:{mi:02}",
            self.texts().printed_at
        )
    }
}
