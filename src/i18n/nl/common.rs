//! Dutch words every topic shares: method and status names, "en", the print date.

use super::Nl;
use crate::i18n::texts::PageTexts;
use crate::i18n::CommonWords;
use evt_core::methods::Status;
use evt_core::scenario::Method;

impl CommonWords for Nl {
    fn method_name(&self, method: Method) -> &'static str {
        match method {
            Method::Households => "Naar rato van huishoudens (stip op de horizon)",
            Method::EqualPercentage => "Gelijk percentage van de vrijkomende woningen",
            Method::HomeMunicipality => "Woonplaatsbeginsel (instroom = uitstroom)",
            Method::HouseholdsCapped => "Huishoudens, met een plafond per gemeente",
            Method::Fallback => "Wettelijk terugvalscenario (alleen het minimum)",
        }
    }

    fn method_help(&self, method: Method) -> &'static str {
        match method {
            Method::Households => "Elke gemeente huisvest urgenten naar haar aandeel in de huishoudens van de regio: het einddoel van de afspraken.",
            Method::EqualPercentage => "Elke gemeente wijst hetzelfde percentage van haar vrijkomende sociale huurwoningen toe (ingroeipad b).",
            Method::HomeMunicipality => "Urgenten worden gehuisvest in de gemeente waar ze vandaan komen. Vul daarvoor de kolom instroom in.",
            Method::HouseholdsCapped => "Naar rato van huishoudens, maar geen gemeente boven het plafond; wat overblijft gaat naar de anderen.",
            Method::Fallback => "Wat de wet voorschrijft als er geen afspraken zijn: elke gemeente wijst precies het minimum toe.",
        }
    }

    fn status_label(&self, status: Status) -> &'static str {
        match status {
            Status::BelowMinimum => "onder het minimum",
            Status::WithinRange => "binnen de bandbreedte",
            Status::AboveSignal => "boven de signaalwaarde",
            Status::NoVacancies => "geen vrijkomende woningen",
            Status::NotApplicable => "n.v.t.",
        }
    }

    fn and(&self) -> &'static str {
        "en"
    }

    fn printed_at(&self, y: i32, mo: u32, d: u32, h: u32, mi: u32) -> String {
        format!(
            "{} {d:02}-{mo:02}-{y}, {h:02}:{mi:02}",
            self.texts().printed_at
        )
    }
}
