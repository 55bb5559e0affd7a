//! Messages for what cannot be calculated: a number that does not parse, a field or parameter
//! that breaks a rule, a method that has no answer for these figures. The words are in
//! `nl/validation.rs` and `en/validation.rs`.

use super::{method_name, Texts};
use evt_core::methods::{ComputeError, Unavailable};
use evt_core::numbers::{format_bp, format_count, Lang, NumberError};
use evt_core::scenario::Method;
use evt_core::validate::{Field, Param, ValidationError};

/// The messages, implemented once per language.
pub trait ValidationWords {
    fn number_error(&self, e: &NumberError) -> String;
    /// The field label the page table has no column for.
    fn corporation_homes(&self) -> &'static str;
    /// Labels of the growth path's parameters.
    fn growth_years(&self) -> &'static str;
    fn urgents_growth(&self) -> &'static str;
    /// A validation error as a sentence; `name` is the municipality's display name. A
    /// parameter out of range comes with its label and bounds formatted by [`range_figures`].
    fn validation_error(&self, e: &ValidationError, name: &str) -> String;
    /// Why method `name` has no answer; `column` is the missing column's label.
    fn unavailable(&self, name: &str, u: Unavailable, column: &str) -> String;
}

pub fn number_error(e: &NumberError, lang: Lang) -> String {
    by_lang!(lang, number_error(e))
}

pub fn field_label(field: Field, lang: Lang) -> &'static str {
    let t = Texts::get(lang);
    match field {
        Field::Name => t.col_name,
        Field::Households => t.col_households,
        Field::CorporationHomes => by_lang!(lang, corporation_homes()),
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
        Param::GrowthYears => by_lang!(lang, growth_years()),
        Param::UrgentsGrowth => by_lang!(lang, urgents_growth()),
    }
}

/// A parameter's label and its bounds as shown: percentages for the percentage
/// parameters, counts for the others.
pub fn range_figures(
    param: Param,
    min: u64,
    max: u64,
    lang: Lang,
) -> (&'static str, String, String) {
    let label = param_label(param, lang);
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
    (label, show(min), show(max))
}

/// A validation error as a sentence; `name` is the municipality's display name.
pub fn validation_error(e: &ValidationError, name: &str, lang: Lang) -> String {
    by_lang!(lang, validation_error(e, name))
}

pub fn unavailable(method: Method, u: Unavailable, lang: Lang) -> String {
    let name = method_name(method, lang);
    let column = match u {
        Unavailable::MissingColumn(field) => field_label(field, lang),
        _ => "",
    };
    by_lang!(lang, unavailable(name, u, column))
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
