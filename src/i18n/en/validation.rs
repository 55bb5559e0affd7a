//! English messages for what cannot be calculated.

use super::En;
use crate::i18n::validation::{field_label, range_figures, ValidationWords};
use evt_core::methods::Unavailable;
use evt_core::numbers::{format_bp, format_count, Lang, NumberError};
use evt_core::validate::ValidationError as V;

const LANG: Lang = Lang::En;

impl ValidationWords for En {
    fn number_error(&self, e: &NumberError) -> String {
        match e {
        NumberError::Empty => "Enter a number.".into(),
        NumberError::NotANumber => "This is not a number. Use digits, for example 81,045 or 81045.".into(),
        NumberError::NotWhole => "Enter a whole number without decimals.".into(),
        NumberError::Grouping => "The commas are not between groups of three digits. Type the number again, for example 1520 or 1,520.".into(),
        NumberError::Negative => "A count cannot be negative.".into(),
        NumberError::TooLarge { max } => format!("Too large: the maximum is {}.", format_count(*max, LANG)),
        NumberError::TooManyDecimals => "Use at most two decimals, for example 15.25.".into(),
        }
    }

    fn corporation_homes(&self) -> &'static str {
        "corporation homes"
    }

    fn growth_years(&self) -> &'static str {
        "Growth-path years"
    }

    fn urgents_growth(&self) -> &'static str {
        "Growth of urgent home seekers per year"
    }

    fn validation_error(&self, e: &V, name: &str) -> String {
        match e {
            V::NoMunicipalities => "The region has no municipalities yet. Add one.".into(),
            V::TooManyMunicipalities { count } => {
                format!("Too many municipalities ({count}); the maximum is 400.")
            }
            V::EmptyName { .. } => "Enter a name.".into(),
            V::NameTooLong { chars, .. } => {
                format!("This name is {chars} characters long; the maximum is 100.")
            }
            V::DuplicateName { name, .. } => format!("The name ‘{name}’ appears twice."),
            V::DuplicateId { .. } => format!("{name}: duplicate code in the data."),
            V::CountTooLarge { field, .. } => format!(
                "{name}, {}: too large (at most 10,000,000).",
                field_label(*field, LANG)
            ),
            V::MissingVacancies { .. } => {
                format!("{name}: enter the number of vacated homes.")
            }
            V::ParamOutOfRange {
                param, min, max, ..
            } => {
                let (label, min, max) = range_figures(*param, *min, *max, LANG);
                format!("{label}: choose a value from {min} to {max}.")
            }
            V::SignalBelowMinimum {
                minimum_bp,
                signal_bp,
            } => format!(
                "The signal value ({}) is below the statutory minimum ({}).",
                format_bp(*signal_bp, LANG),
                format_bp(*minimum_bp, LANG)
            ),
        }
    }

    fn unavailable(&self, name: &str, u: Unavailable, column: &str) -> String {
        match u {
        Unavailable::MissingColumn(_) => format!("‘{name}’ needs the column ‘{}’. Show the extra columns and fill it in.", column),
        Unavailable::NoHouseholds => format!("‘{name}’ needs households in at least one municipality."),
        Unavailable::NoVacancies => format!("‘{name}’ needs vacated homes in at least one municipality."),
        // Only the growth path's capped horizon gives these (growth_unavailable says it).
        // Only the growth path's capped horizon gives these (growth_unavailable says it).
        Unavailable::NoUrgents | Unavailable::NoRoomUnderCap => format!("‘{name}’: there is nobody to distribute."),
        Unavailable::NoOrigin | Unavailable::NoRealised => format!("‘{name}’: the column adds up to 0. Fill in a number for at least one municipality."),
        }
    }
}
