//! Messages for what cannot be calculated: a number that does not parse, a field or parameter
//! that breaks a rule, a method that has no answer for these figures.

use super::{method_name, Texts};
use evt_core::methods::{ComputeError, Unavailable};
use evt_core::numbers::{format_bp, format_count, Lang, NumberError};
use evt_core::scenario::{Method, OptionalColumn};
use evt_core::validate::{Field, Param, ValidationError};

pub fn number_error(e: &NumberError, lang: Lang) -> String {
    match (lang, e) {
        (Lang::Nl, NumberError::Empty) => "Vul een getal in.".into(),
        (Lang::Nl, NumberError::NotANumber) => "Dit is geen getal. Gebruik cijfers, bijvoorbeeld 81.045 of 81045.".into(),
        (Lang::Nl, NumberError::NotWhole) => "Vul een heel getal in, zonder decimalen (81.045 betekent eenentachtigduizend vijfenveertig).".into(),
        (Lang::Nl, NumberError::Grouping) => "De punten staan niet tussen groepen van drie cijfers. Typ het getal opnieuw, bijvoorbeeld 1520 of 1.520.".into(),
        (Lang::Nl, NumberError::Negative) => "Een aantal kan niet negatief zijn.".into(),
        (Lang::Nl, NumberError::TooLarge { max }) => format!("Te groot: het maximum is {}.", format_count(*max, lang)),
        (Lang::Nl, NumberError::TooManyDecimals) => "Gebruik hoogstens twee decimalen, bijvoorbeeld 15,25.".into(),
        (Lang::En, NumberError::Empty) => "Enter a number.".into(),
        (Lang::En, NumberError::NotANumber) => "This is not a number. Use digits, for example 81,045 or 81045.".into(),
        (Lang::En, NumberError::NotWhole) => "Enter a whole number without decimals.".into(),
        (Lang::En, NumberError::Grouping) => "The commas are not between groups of three digits. Type the number again, for example 1520 or 1,520.".into(),
        (Lang::En, NumberError::Negative) => "A count cannot be negative.".into(),
        (Lang::En, NumberError::TooLarge { max }) => format!("Too large: the maximum is {}.", format_count(*max, lang)),
        (Lang::En, NumberError::TooManyDecimals) => "Use at most two decimals, for example 15.25.".into(),
    }
}

pub fn field_label(field: Field, lang: Lang) -> &'static str {
    let t = Texts::get(lang);
    match field {
        Field::Name => t.col_name,
        Field::Households => t.col_households,
        Field::CorporationHomes => match lang {
            Lang::Nl => "corporatiewoningen",
            Lang::En => "corporation homes",
        },
        Field::Vacancies => t.col_vacancies,
        Field::Origin => t.col_origin,
        Field::Realised => t.col_realised,
        Field::StatusHolders => t.col_status_holders,
        Field::ExtraVacancies => t.col_extra_vacancies,
    }
}

pub fn param_label(param: Param, lang: Lang) -> &'static str {
    let t = Texts::get(lang);
    match param {
        Param::Urgents => t.urgents_label,
        Param::Minimum => t.minimum_label,
        Param::Signal => t.signal_label,
        Param::Cap => t.cap_label,
        Param::Turnover => t.turnover_label,
        Param::GrowthYears => match lang {
            Lang::Nl => "Jaren ingroeipad",
            Lang::En => "Growth-path years",
        },
        Param::UrgentsGrowth => match lang {
            Lang::Nl => "Groei urgenten per jaar",
            Lang::En => "Growth of urgents per year",
        },
    }
}

/// A validation error as a sentence; `name` is the municipality's display name.
pub fn validation_error(e: &ValidationError, name: &str, lang: Lang) -> String {
    use ValidationError as V;
    match (lang, e) {
        (Lang::Nl, V::NoMunicipalities) => {
            "De regio heeft nog geen gemeenten. Voeg er een toe.".into()
        }
        (Lang::En, V::NoMunicipalities) => "The region has no municipalities yet. Add one.".into(),
        (Lang::Nl, V::TooManyMunicipalities { count }) => {
            format!("Te veel gemeenten ({count}); het maximum is 400.")
        }
        (Lang::En, V::TooManyMunicipalities { count }) => {
            format!("Too many municipalities ({count}); the maximum is 400.")
        }
        (Lang::Nl, V::EmptyName { .. }) => "Vul een naam in.".into(),
        (Lang::En, V::EmptyName { .. }) => "Enter a name.".into(),
        (Lang::Nl, V::NameTooLong { chars, .. }) => {
            format!("Deze naam is {chars} tekens lang; het maximum is 100.")
        }
        (Lang::En, V::NameTooLong { chars, .. }) => {
            format!("This name is {chars} characters long; the maximum is 100.")
        }
        (Lang::Nl, V::DuplicateName { name, .. }) => {
            format!("De naam ‘{name}’ komt twee keer voor.")
        }
        (Lang::En, V::DuplicateName { name, .. }) => format!("The name ‘{name}’ appears twice."),
        (Lang::Nl, V::DuplicateId { .. }) => format!("{name}: dubbele code in de gegevens."),
        (Lang::En, V::DuplicateId { .. }) => format!("{name}: duplicate code in the data."),
        (Lang::Nl, V::CountTooLarge { field, .. }) => format!(
            "{name}, {}: te groot (maximaal 10.000.000).",
            field_label(*field, lang)
        ),
        (Lang::En, V::CountTooLarge { field, .. }) => format!(
            "{name}, {}: too large (at most 10,000,000).",
            field_label(*field, lang)
        ),
        (Lang::Nl, V::MissingVacancies { .. }) => {
            format!("{name}: vul het aantal vrijkomende woningen in.")
        }
        (Lang::En, V::MissingVacancies { .. }) => {
            format!("{name}: enter the number of vacated homes.")
        }
        (
            _,
            V::ParamOutOfRange {
                param, min, max, ..
            },
        ) => {
            let label = param_label(*param, lang);
            let pct = matches!(
                param,
                Param::Minimum | Param::Signal | Param::Cap | Param::Turnover
            );
            let show = |v: u64| {
                if pct {
                    format_bp(u32::try_from(v).unwrap_or(u32::MAX), lang)
                } else {
                    format_count(v, lang)
                }
            };
            match lang {
                Lang::Nl => format!(
                    "{label}: kies een waarde van {} tot en met {}.",
                    show(*min),
                    show(*max)
                ),
                Lang::En => format!(
                    "{label}: choose a value from {} to {}.",
                    show(*min),
                    show(*max)
                ),
            }
        }
        (
            Lang::Nl,
            V::SignalBelowMinimum {
                minimum_bp,
                signal_bp,
            },
        ) => format!(
            "De signaalwaarde ({}) ligt onder het wettelijk minimum ({}).",
            format_bp(*signal_bp, lang),
            format_bp(*minimum_bp, lang)
        ),
        (
            Lang::En,
            V::SignalBelowMinimum {
                minimum_bp,
                signal_bp,
            },
        ) => format!(
            "The signal value ({}) is below the statutory minimum ({}).",
            format_bp(*signal_bp, lang),
            format_bp(*minimum_bp, lang)
        ),
    }
}

pub fn unavailable(method: Method, u: Unavailable, lang: Lang) -> String {
    let name = method_name(method, lang);
    let col = |c: OptionalColumn| {
        let t = Texts::get(lang);
        match c {
            OptionalColumn::Origin => t.col_origin,
            OptionalColumn::Realised => t.col_realised,
            OptionalColumn::StatusHolders => t.col_status_holders,
            OptionalColumn::ExtraVacancies => t.col_extra_vacancies,
        }
    };
    match (lang, u) {
        (Lang::Nl, Unavailable::MissingColumn(c)) => format!("‘{name}’ kan pas worden berekend als de kolom ‘{}’ is ingevuld. Toon de extra kolommen en vul die in.", col(c)),
        (Lang::En, Unavailable::MissingColumn(c)) => format!("‘{name}’ needs the column ‘{}’. Show the extra columns and fill it in.", col(c)),
        (Lang::Nl, Unavailable::NoHouseholds) => format!("‘{name}’ heeft bij minstens één gemeente huishoudens nodig."),
        (Lang::En, Unavailable::NoHouseholds) => format!("‘{name}’ needs households in at least one municipality."),
        (Lang::Nl, Unavailable::NoVacancies) => format!("‘{name}’ heeft bij minstens één gemeente vrijkomende woningen nodig."),
        (Lang::En, Unavailable::NoVacancies) => format!("‘{name}’ needs vacated homes in at least one municipality."),
        // Only the growth path's capped horizon gives these (growth_unavailable says it).
        (Lang::Nl, Unavailable::NoUrgents | Unavailable::NoRoomUnderCap) => format!("‘{name}’: er valt niemand te verdelen."),
        (Lang::En, Unavailable::NoUrgents | Unavailable::NoRoomUnderCap) => format!("‘{name}’: there is nobody to distribute."),
        (Lang::Nl, Unavailable::NoOrigin | Unavailable::NoRealised) => format!("‘{name}’: de ingevulde kolom telt op tot 0. Vul bij minstens één gemeente een aantal in."),
        (Lang::En, Unavailable::NoOrigin | Unavailable::NoRealised) => format!("‘{name}’: the column adds up to 0. Fill in a number for at least one municipality."),
    }
}

/// All problems of a compute error, as sentences, with municipality names resolved.
pub fn problems(e: &ComputeError, name_of: impl Fn(&str) -> String, lang: Lang) -> Vec<String> {
    match e {
        ComputeError::Invalid(errors) => errors
            .iter()
            .map(|v| validation_error(v, &v.municipality().map(&name_of).unwrap_or_default(), lang))
            .collect(),
        ComputeError::Unavailable(m, u) => vec![unavailable(*m, *u, lang)],
    }
}
