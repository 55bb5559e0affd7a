//! Dutch messages for what cannot be calculated.

use super::Nl;
use crate::i18n::validation::{field_label, range_figures, ValidationWords};
use evt_core::methods::Unavailable;
use evt_core::numbers::{format_bp, format_count, Lang, NumberError};
use evt_core::validate::ValidationError as V;

const LANG: Lang = Lang::Nl;

impl ValidationWords for Nl {
    fn number_error(&self, e: &NumberError) -> String {
        match e {
        NumberError::Empty => "Vul een getal in.".into(),
        NumberError::NotANumber => "Dit is geen getal. Gebruik cijfers, bijvoorbeeld 81.045 of 81045.".into(),
        NumberError::NotWhole => "Vul een heel getal in, zonder decimalen (81.045 betekent eenentachtigduizend vijfenveertig).".into(),
        NumberError::Grouping => "De punten staan niet tussen groepen van drie cijfers. Typ het getal opnieuw, bijvoorbeeld 1520 of 1.520.".into(),
        NumberError::Negative => "Een aantal kan niet negatief zijn.".into(),
        NumberError::TooLarge { max } => format!("Te groot: het maximum is {}.", format_count(*max, LANG)),
        NumberError::TooManyDecimals => "Gebruik hoogstens twee decimalen, bijvoorbeeld 15,25.".into(),
        }
    }

    fn corporation_homes(&self) -> &'static str {
        "corporatiewoningen"
    }

    fn growth_years(&self) -> &'static str {
        "Jaren ingroeipad"
    }

    fn urgents_growth(&self) -> &'static str {
        "Groei urgenten per jaar"
    }

    fn validation_error(&self, e: &V, name: &str) -> String {
        match e {
            V::NoMunicipalities => "De regio heeft nog geen gemeenten. Voeg er een toe.".into(),
            V::TooManyMunicipalities { count } => {
                format!("Te veel gemeenten ({count}); het maximum is 400.")
            }
            V::EmptyName { .. } => "Vul een naam in.".into(),
            V::NameTooLong { chars, .. } => {
                format!("Deze naam is {chars} tekens lang; het maximum is 100.")
            }
            V::DuplicateName { name, .. } => {
                format!("De naam ‘{name}’ komt twee keer voor.")
            }
            V::DuplicateId { .. } => format!("{name}: dubbele code in de gegevens."),
            V::CountTooLarge { field, .. } => format!(
                "{name}, {}: te groot (maximaal 10.000.000).",
                field_label(*field, LANG)
            ),
            V::MissingVacancies { .. } => {
                format!("{name}: vul het aantal vrijkomende woningen in.")
            }
            V::ParamOutOfRange {
                param, min, max, ..
            } => {
                let (label, min, max) = range_figures(*param, *min, *max, LANG);
                format!("{label}: kies een waarde van {min} tot en met {max}.")
            }
            V::SignalBelowMinimum {
                minimum_bp,
                signal_bp,
            } => format!(
                "De signaalwaarde ({}) ligt onder het wettelijk minimum ({}).",
                format_bp(*signal_bp, LANG),
                format_bp(*minimum_bp, LANG)
            ),
        }
    }

    fn unavailable(&self, name: &str, u: Unavailable, column: &str) -> String {
        match u {
        Unavailable::MissingColumn(_) => format!("‘{name}’ kan pas worden berekend als de kolom ‘{}’ is ingevuld. Toon de extra kolommen en vul die in.", column),
        Unavailable::NoHouseholds => format!("‘{name}’ heeft bij minstens één gemeente huishoudens nodig."),
        Unavailable::NoVacancies => format!("‘{name}’ heeft bij minstens één gemeente vrijkomende woningen nodig."),
        // Only the growth path's capped horizon gives these (growth_unavailable says it).
        Unavailable::NoUrgents | Unavailable::NoRoomUnderCap => format!("‘{name}’: er valt niemand te verdelen."),
        Unavailable::NoOrigin | Unavailable::NoRealised => format!("‘{name}’: de ingevulde kolom telt op tot 0. Vul bij minstens één gemeente een aantal in."),
        }
    }
}
