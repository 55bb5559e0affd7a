//! Every user-facing text, per language (DESIGN rule 7: no string literals in `html!`).
//! Static labels live in the typed [`Texts`] tables of `nl.rs` and `en.rs`; sentences with
//! figures are functions here, so both languages are side by side and numbers go through
//! the one formatter of `evt_core::numbers`.

mod en;
pub mod explanation;
pub mod growth;
pub mod layout;
pub mod map;
pub mod monitoring;
mod nl;
pub mod page;
pub mod region;
pub mod saved;

use evt_core::methods::{ComputeError, Status, Unavailable};
use evt_core::numbers::{format_bp, format_count, Lang, NumberError};
use evt_core::scenario::{Method, OptionalColumn};
use evt_core::validate::{Field, Param, ValidationError};

/// Static texts of one language.
pub struct Texts {
    pub lang_attr: &'static str,
    pub title: &'static str,
    pub subtitle: &'static str,
    pub skip_link: &'static str,
    pub switch_lang: &'static str,
    pub switch_lang_label: &'static str,
    pub summary_heading: &'static str,
    pub params_heading: &'static str,
    pub method_legend: &'static str,
    pub urgents_label: &'static str,
    pub urgents_help: &'static str,
    pub minimum_label: &'static str,
    pub minimum_help: &'static str,
    pub signal_label: &'static str,
    pub signal_help: &'static str,
    pub cap_label: &'static str,
    pub cap_help: &'static str,
    pub turnover_label: &'static str,
    pub turnover_help: &'static str,
    pub results_heading: &'static str,
    pub results_caption: &'static str,
    pub stale_notice: &'static str,
    pub col_name: &'static str,
    pub col_households: &'static str,
    pub col_vacancies: &'static str,
    pub col_target: &'static str,
    pub col_percent: &'static str,
    pub col_status: &'static str,
    pub col_household_share: &'static str,
    pub col_urgent_share: &'static str,
    pub col_diff: &'static str,
    pub col_room: &'static str,
    pub col_origin: &'static str,
    pub col_realised: &'static str,
    pub col_status_holders: &'static str,
    pub col_extra_vacancies: &'static str,
    pub col_actions: &'static str,
    pub totals_row: &'static str,
    pub sort_by: &'static str,
    pub sorted_ascending: &'static str,
    pub sorted_descending: &'static str,
    pub estimate: &'static str,
    pub estimate_title: &'static str,
    pub inputs_heading: &'static str,
    pub inputs_caption: &'static str,
    pub show_optional: &'static str,
    pub hide_optional: &'static str,
    pub add_municipality: &'static str,
    pub remove: &'static str,
    pub reset: &'static str,
    pub undo: &'static str,
    pub redo: &'static str,
    pub chart_heading: &'static str,
    pub show_table: &'static str,
    pub show_chart: &'static str,
    pub minimum_line: &'static str,
    pub signal_line: &'static str,
    pub explain_summary: &'static str,
    pub explain_heading: &'static str,
    pub tools_heading: &'static str,
    pub export_csv: &'static str,
    pub import_csv: &'static str,
    pub copy_table: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub paste_heading: &'static str,
    pub paste_label: &'static str,
    pub paste_help: &'static str,
    pub paste_preview: &'static str,
    pub paste_apply: &'static str,
    pub paste_cancel: &'static str,
    pub paste_changes: &'static str,
    pub paste_rejected: &'static str,
    pub paste_nothing: &'static str,
    pub paste_line: &'static str,
    pub print: &'static str,
    pub printed_at: &'static str,
    pub sources_heading: &'static str,
    pub sources_text: &'static str,
    pub privacy: &'static str,
    pub unhoused: &'static str,
    pub unplaced: &'static str,
    pub crash: &'static str,
}

impl Texts {
    pub fn get(lang: Lang) -> &'static Texts {
        match lang {
            Lang::Nl => &nl::TEXTS,
            Lang::En => &en::TEXTS,
        }
    }
}

pub fn method_name(method: Method, lang: Lang) -> &'static str {
    match (lang, method) {
        (Lang::Nl, Method::Households) => "Naar rato van huishoudens (stip op de horizon)",
        (Lang::Nl, Method::EqualPercentage) => "Gelijk percentage van de vrijkomende woningen",
        (Lang::Nl, Method::HomeMunicipality) => "Woonplaatsbeginsel (instroom = uitstroom)",
        (Lang::Nl, Method::HouseholdsCapped) => "Huishoudens, met een plafond per gemeente",
        (Lang::Nl, Method::Fallback) => "Wettelijk terugvalscenario (alleen het minimum)",
        (Lang::En, Method::Households) => "Pro rata to households (the horizon)",
        (Lang::En, Method::EqualPercentage) => "Equal percentage of vacated homes",
        (Lang::En, Method::HomeMunicipality) => "Home municipality (inflow = outflow)",
        (Lang::En, Method::HouseholdsCapped) => "Households, with a cap per municipality",
        (Lang::En, Method::Fallback) => "Statutory fallback (the minimum only)",
    }
}

pub fn method_help(method: Method, lang: Lang) -> &'static str {
    match (lang, method) {
        (Lang::Nl, Method::Households) => "Elke gemeente huisvest urgenten naar haar aandeel in de huishoudens van de regio: het einddoel van de afspraken.",
        (Lang::Nl, Method::EqualPercentage) => "Elke gemeente wijst hetzelfde percentage van haar vrijkomende sociale huurwoningen toe (ingroeipad b).",
        (Lang::Nl, Method::HomeMunicipality) => "Urgenten worden gehuisvest in de gemeente waar ze vandaan komen. Vul daarvoor de kolom instroom in.",
        (Lang::Nl, Method::HouseholdsCapped) => "Naar rato van huishoudens, maar geen gemeente boven het plafond; wat overblijft gaat naar de anderen.",
        (Lang::Nl, Method::Fallback) => "Wat de wet voorschrijft als er geen afspraken zijn: elke gemeente wijst precies het minimum toe.",
        (Lang::En, Method::Households) => "Each municipality houses urgents in proportion to its share of the region's households: the agreement's end goal.",
        (Lang::En, Method::EqualPercentage) => "Each municipality allocates the same percentage of its vacated social-rental homes (growth path b).",
        (Lang::En, Method::HomeMunicipality) => "Urgents are housed in the municipality they came from. Fill in the inflow column for this.",
        (Lang::En, Method::HouseholdsCapped) => "Pro rata to households, but no municipality above the cap; what is left goes to the others.",
        (Lang::En, Method::Fallback) => "What the law prescribes without an agreement: every municipality allocates exactly the minimum.",
    }
}

pub fn status_label(status: Status, lang: Lang) -> &'static str {
    match (lang, status) {
        (Lang::Nl, Status::BelowMinimum) => "onder het minimum",
        (Lang::Nl, Status::WithinRange) => "binnen de bandbreedte",
        (Lang::Nl, Status::AboveSignal) => "boven de signaalwaarde",
        (Lang::Nl, Status::NoVacancies) => "geen vrijkomende woningen",
        (Lang::Nl, Status::NotApplicable) => "n.v.t.",
        (Lang::En, Status::BelowMinimum) => "below the minimum",
        (Lang::En, Status::WithinRange) => "within range",
        (Lang::En, Status::AboveSignal) => "above the signal value",
        (Lang::En, Status::NoVacancies) => "no vacated homes",
        (Lang::En, Status::NotApplicable) => "n/a",
    }
}

/// A symbol that tells the status apart without colour.
pub fn status_symbol(status: Status) -> &'static str {
    match status {
        Status::BelowMinimum => "▼",
        Status::WithinRange => "●",
        Status::AboveSignal => "▲",
        Status::NoVacancies => "✕",
        Status::NotApplicable => "–",
    }
}

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

/// "Almelo en Enschede" / "Almelo, Borne en Enschede".
pub fn join_names(names: &[String], lang: Lang) -> String {
    let and = match lang {
        Lang::Nl => "en",
        Lang::En => "and",
    };
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
    }
}

/// The plain summary on top of the page, generated from the results (announced through
/// `aria-live` after every recalculation).
pub fn summary(c: &crate::state::Computed, lang: Lang, mine: Option<&str>) -> String {
    use evt_core::methods::Status;
    use evt_core::numbers::format_percent_or_dash;
    let s = &c.scenario;
    let o = &c.outcome;
    let p = &s.params;
    let n = o.rows.len();
    // Who is above the signal value (highest first) and below the minimum (lowest first),
    // each with their percentage.
    let listed = |st: Status, highest_first: bool| -> Vec<String> {
        let found: Vec<_> = o.rows.iter().filter(|r| r.status == st).collect();
        let order = evt_core::sort::stable_order(found.len(), &|a, b| {
            let (a, b) = (found[a], found[b]);
            let by = a.percent_tenths().cmp(&b.percent_tenths());
            (if highest_first { by.reverse() } else { by }).then(a.index.cmp(&b.index))
        });
        order
            .iter()
            .map(|&i| found[i])
            .map(|r| {
                format!(
                    "{} ({})",
                    s.municipalities[r.index].name,
                    format_percent_or_dash(r.percent_tenths(), lang)
                )
            })
            .collect()
    };
    let above = listed(Status::AboveSignal, true);
    let below = listed(Status::BelowMinimum, false);
    let within = o
        .rows
        .iter()
        .filter(|r| r.status == Status::WithinRange)
        .count();
    // Everyone in a region of Twente's size; the first ten of a larger list.
    let short = |mut v: Vec<String>| -> String {
        if v.len() > 12 {
            let rest = v.len() - 10;
            v.truncate(10);
            v.push(match lang {
                Lang::Nl => format!("{rest} andere"),
                Lang::En => format!("{rest} others"),
            });
        }
        join_names(&v, lang)
    };
    let (sig, min) = (format_bp(p.signal_bp, lang), format_bp(p.minimum_bp, lang));
    let method = match (lang, o.method) {
        (Lang::Nl, Method::Households) => "Bij een verdeling naar rato van huishoudens".to_string(),
        (Lang::Nl, Method::EqualPercentage) => {
            "Bij een gelijk percentage in elke gemeente".to_string()
        }
        (Lang::Nl, Method::HomeMunicipality) => "Volgens het woonplaatsbeginsel".to_string(),
        (Lang::Nl, Method::HouseholdsCapped) => format!(
            "Naar rato van huishoudens met een plafond van {}",
            format_bp(p.cap(), lang)
        ),
        (Lang::Nl, Method::Fallback) => "In het wettelijk terugvalscenario".to_string(),
        (Lang::En, Method::Households) => "With a distribution pro rata to households".to_string(),
        (Lang::En, Method::EqualPercentage) => {
            "With an equal percentage in every municipality".to_string()
        }
        (Lang::En, Method::HomeMunicipality) => {
            "Following the home-municipality principle".to_string()
        }
        (Lang::En, Method::HouseholdsCapped) => format!(
            "Pro rata to households with a cap of {}",
            format_bp(p.cap(), lang)
        ),
        (Lang::En, Method::Fallback) => "In the statutory fallback".to_string(),
    };
    let mut out = mine
        .and_then(|id| mine_sentence(c, id, lang))
        .map(|m| format!("{m} "))
        .unwrap_or_default();
    out.push_str(&match lang {
        Lang::Nl => {
            let a = match above.len() {
                0 => format!(
                    "{method} komt geen van de {n} gemeenten boven de signaalwaarde van {sig}."
                ),
                1 => format!(
                    "{method} komt 1 van de {n} gemeenten boven de signaalwaarde van {sig}: {}.",
                    short(above.clone())
                ),
                k => format!(
                    "{method} komen {k} van de {n} gemeenten boven de signaalwaarde van {sig}: {}.",
                    short(above.clone())
                ),
            };
            let b = match below.len() {
                0 => format!("Geen gemeente blijft onder het wettelijk minimum van {min}"),
                1 => format!(
                    "{} blijft onder het wettelijk minimum van {min}",
                    short(below.clone())
                ),
                _ => format!(
                    "{} blijven onder het wettelijk minimum van {min}",
                    short(below.clone())
                ),
            };
            let w = match within {
                0 => String::new(),
                1 => "; 1 gemeente zit daartussen".to_string(),
                w if w == n => format!("; alle {w} gemeenten zitten daartussen"),
                w => format!("; {w} gemeenten zitten daartussen"),
            };
            format!("{a} {b}{w}.")
        }
        Lang::En => {
            let a = match above.len() {
                0 => format!("{method}, none of the {n} municipalities is above the signal value of {sig}."),
                1 => format!("{method}, 1 of the {n} municipalities is above the signal value of {sig}: {}.", short(above.clone())),
                k => format!("{method}, {k} of the {n} municipalities are above the signal value of {sig}: {}.", short(above.clone())),
            };
            let b = match below.len() {
                0 => format!("No municipality stays below the statutory minimum of {min}"),
                1 => format!(
                    "{} stays below the statutory minimum of {min}",
                    short(below.clone())
                ),
                _ => format!(
                    "{} stay below the statutory minimum of {min}",
                    short(below.clone())
                ),
            };
            let w = match within {
                0 => String::new(),
                1 => "; 1 municipality is in between".to_string(),
                w if w == n => format!("; all {w} municipalities are in between"),
                w => format!("; {w} municipalities are in between"),
            };
            format!("{a} {b}{w}.")
        }
    });
    if o.method == Method::HouseholdsCapped && o.totals.unplaced > 0 {
        out.push_str(&match lang {
            Lang::Nl => format!(
                " Onder het plafond kunnen {} urgenten nergens worden geplaatst.",
                format_count(o.totals.unplaced, lang)
            ),
            Lang::En => format!(
                " Under the cap, {} urgents cannot be placed anywhere.",
                format_count(o.totals.unplaced, lang)
            ),
        });
    }
    let f = &o.fallback;
    let (housed, total, unhoused) = (
        format_count(f.pooled_housed, lang),
        format_count(p.urgents, lang),
        format_count(f.pooled_unhoused, lang),
    );
    out.push(' ');
    out.push_str(&match (lang, f.pooled_unhoused) {
        (Lang::Nl, 0) => format!("Met alleen het wettelijk minimum worden alle {total} urgenten gehuisvest."),
        (Lang::Nl, _) => format!("Met alleen het wettelijk minimum worden {housed} van de {total} urgenten gehuisvest; {unhoused} niet."),
        (Lang::En, 0) => format!("With the statutory minimum alone, all {total} urgents are housed."),
        (Lang::En, _) => format!("With the statutory minimum alone, {housed} of the {total} urgents are housed; {unhoused} are not."),
    });
    out
}

/// "Mijn gemeente" first: one municipality's figures in one sentence, or `None` when the
/// id is not in the scenario.
pub fn mine_sentence(c: &crate::state::Computed, id: &str, lang: Lang) -> Option<String> {
    use evt_core::numbers::format_percent_or_dash;
    let s = &c.scenario;
    let row = c
        .outcome
        .rows
        .iter()
        .find(|r| s.municipalities.get(r.index).is_some_and(|m| m.id == id))?;
    let name = &s.municipalities[row.index].name;
    let (target, pct, status) = (
        format_count(row.target, lang),
        format_percent_or_dash(row.percent_tenths(), lang),
        status_label(row.status, lang),
    );
    Some(match (lang, row.target) {
        (Lang::Nl, 1) => format!("{name}: 1 urgente per jaar, {pct} van de vrijkomende sociale huurwoningen ({status})."),
        (Lang::Nl, _) => format!("{name}: {target} urgenten per jaar, {pct} van de vrijkomende sociale huurwoningen ({status})."),
        (Lang::En, 1) => format!("{name}: 1 urgent home seeker a year, {pct} of the vacated social-rental homes ({status})."),
        (Lang::En, _) => format!("{name}: {target} urgent home seekers a year, {pct} of the vacated social-rental homes ({status})."),
    })
}

/// `bp × n / 10 000` in hundredths, rounded half up (for "15% × 83 = 12,45").
fn bp_times(bp: u32, n: u64) -> u128 {
    (u128::from(bp) * u128::from(n) * 2 + 100) / 200
}

/// How a target came about, with the actual numbers, e.g.
/// "800 × 10.625 / 285.625 = 29,76 → 30 (grootste restanten)".
pub fn explain_target(row: &crate::view::ResultRow, lang: Lang) -> String {
    use crate::view::Explain;
    use evt_core::numbers::format_scaled;
    let c = |n: u64| format_count(n, lang);
    let target = c(row.target);
    match &row.explain {
        Explain::Apportioned {
            method,
            total,
            weight,
            sum,
            quota_hundredths,
        } => {
            let what = match (lang, method) {
                (Lang::Nl, Method::EqualPercentage) => "urgenten × vrijkomende woningen van de gemeente / vrijkomende woningen in de regio",
                (Lang::Nl, Method::HomeMunicipality) => "urgenten × instroom uit de gemeente / instroom in de regio",
                (Lang::Nl, _) => "urgenten × huishoudens van de gemeente / huishoudens in de regio",
                (Lang::En, Method::EqualPercentage) => "urgents × the municipality's vacated homes / the region's vacated homes",
                (Lang::En, Method::HomeMunicipality) => "urgents × inflow from the municipality / inflow in the region",
                (Lang::En, _) => "urgents × the municipality's households / the region's households",
            };
            let q = format_scaled(u128::from(*quota_hundredths), 2, lang);
            match lang {
                Lang::Nl => format!("{what}: {} × {} / {} = {q} → {target} (afgerond met de grootste restanten: iedereen eerst naar beneden, de resterende urgenten naar de grootste restanten).", c(*total), c(*weight), c(*sum)),
                Lang::En => format!("{what}: {} × {} / {} = {q} → {target} (largest remainders: everyone rounded down first, the remaining urgents go to the largest remainders).", c(*total), c(*weight), c(*sum)),
            }
        }
        Explain::Capped { capacity, cap_bp } => {
            let exact = format_scaled(bp_times(*cap_bp, row.vacancies), 2, lang);
            match lang {
                Lang::Nl => format!("Plafond: {} × {} vrijkomende woningen = {exact} → {} (naar beneden afgerond). Naar rato van huishoudens zou deze gemeente meer krijgen, dus krijgt zij precies het plafond: {target}.", format_bp(*cap_bp, lang), c(row.vacancies), c(*capacity)),
                Lang::En => format!("Cap: {} × {} vacated homes = {exact} → {} (rounded down). Pro rata to households this municipality would get more, so it gets exactly the cap: {target}.", format_bp(*cap_bp, lang), c(row.vacancies), c(*capacity)),
            }
        }
        Explain::CappedShare {
            shared,
            weight,
            sum,
            quota_hundredths,
            capacity,
        } => {
            let q = format_scaled(u128::from(*quota_hundredths), 2, lang);
            match lang {
                Lang::Nl => format!("Na de gemeenten die aan hun plafond zitten, blijven {} urgenten over voor de gemeenten eronder: {} × {} / {} huishoudens = {q} → {target} (grootste restanten; plafond {}).", c(*shared), c(*shared), c(*weight), c(*sum), c(*capacity)),
                Lang::En => format!("After the municipalities at their cap, {} urgents remain for those below it: {} × {} / {} households = {q} → {target} (largest remainders; cap {}).", c(*shared), c(*shared), c(*weight), c(*sum), c(*capacity)),
            }
        }
        Explain::Minimum { minimum_bp } => {
            let exact = format_scaled(bp_times(*minimum_bp, row.vacancies), 2, lang);
            match lang {
                Lang::Nl => format!("Wettelijk minimum: {} × {} vrijkomende woningen = {exact} → {target} (naar boven afgerond: minstens het minimum).", format_bp(*minimum_bp, lang), c(row.vacancies)),
                Lang::En => format!("Statutory minimum: {} × {} vacated homes = {exact} → {target} (rounded up: at least the minimum).", format_bp(*minimum_bp, lang), c(row.vacancies)),
            }
        }
    }
}

/// The status comparison with the minimum and the signal value, with numbers.
pub fn explain_status(
    row: &crate::view::ResultRow,
    minimum_bp: u32,
    signal_bp: u32,
    lang: Lang,
) -> String {
    use evt_core::numbers::{format_percent_tenths, format_scaled};
    let c = |n: u64| format_count(n, lang);
    let Some(pct) = row.percent_tenths else {
        return match lang {
            Lang::Nl => {
                "Deze gemeente heeft geen vrijkomende woningen ingevuld, dus er is geen percentage."
                    .into()
            }
            Lang::En => "This municipality has no vacated homes, so there is no percentage.".into(),
        };
    };
    let min = format_scaled(bp_times(minimum_bp, row.vacancies), 2, lang);
    let sig = format_scaled(bp_times(signal_bp, row.vacancies), 2, lang);
    let verdict = status_label(row.status, lang);
    match lang {
        Lang::Nl => format!(
            "{} / {} = {}. Minimum {} van {} = {min}; signaalwaarde {} = {sig}. {} ligt daarom {verdict}.",
            c(row.target), c(row.vacancies), format_percent_tenths(pct, lang),
            format_bp(minimum_bp, lang), c(row.vacancies), format_bp(signal_bp, lang), c(row.target)
        ),
        Lang::En => format!(
            "{} / {} = {}. Minimum {} of {} = {min}; signal value {} = {sig}. So {} is {verdict}.",
            c(row.target), c(row.vacancies), format_percent_tenths(pct, lang),
            format_bp(minimum_bp, lang), c(row.vacancies), format_bp(signal_bp, lang), c(row.target)
        ),
    }
}

/// Why a pasted line was not taken over.
pub fn reject_reason(r: &evt_core::codec::RejectReason, lang: Lang) -> String {
    use evt_core::codec::RejectReason as R;
    match (lang, r) {
        (Lang::Nl, R::Empty) => "niets om in te lezen".into(),
        (Lang::En, R::Empty) => "nothing to import".into(),
        (Lang::Nl, R::UnknownMunicipality) => "onbekende gemeente in deze regio".into(),
        (Lang::En, R::UnknownMunicipality) => "municipality not in this region".into(),
        (Lang::Nl, R::AmbiguousName) => "naam past bij meer dan één gemeente".into(),
        (Lang::En, R::AmbiguousName) => "name matches more than one municipality".into(),
        (Lang::Nl, R::DuplicateRow { first_line }) => {
            format!("dezelfde gemeente staat al op regel {first_line}")
        }
        (Lang::En, R::DuplicateRow { first_line }) => {
            format!("the same municipality is already on line {first_line}")
        }
        (_, R::BadNumber { field, error }) => format!(
            "{}: {}",
            field_label(*field, lang),
            number_error(error, lang)
        ),
        (Lang::Nl, R::NoData) => "geen gegevens gevonden".into(),
        (Lang::En, R::NoData) => "no data found".into(),
        (Lang::Nl, R::TotalsRow) => "totaalregel overgeslagen".into(),
        (Lang::En, R::TotalsRow) => "totals row skipped".into(),
        (Lang::Nl, R::TooManyRows { limit }) => format!("te veel regels (maximaal {limit})"),
        (Lang::En, R::TooManyRows { limit }) => format!("too many lines (at most {limit})"),
    }
}

/// "Almelo, vrijkomende woningen: 695 (schatting) → 700".
pub fn change_line(c: &evt_core::codec::Change, lang: Lang) -> String {
    let old = c
        .old
        .map(|v| format_count(v, lang))
        .unwrap_or_else(|| Texts::get(lang).estimate.to_string());
    format!(
        "{}, {}: {old} → {}",
        c.name,
        evt_core::text::lower(field_label(c.field, lang)),
        format_count(c.new, lang)
    )
}

/// "Afgedrukt op 25-11-2026 om 11:02" for the print report.
pub fn printed_at(now: chrono::NaiveDateTime, lang: Lang) -> String {
    // Plain integer formatting: chrono's format machinery costs ~8 KB of wasm.
    use chrono::{Datelike, Timelike};
    let (y, mo, d, h, mi) = (now.year(), now.month(), now.day(), now.hour(), now.minute());
    match lang {
        Lang::Nl => format!(
            "{} {d:02}-{mo:02}-{y}, {h:02}:{mi:02}",
            Texts::get(lang).printed_at
        ),
        Lang::En => format!(
            "{} {y}-{mo:02}-{d:02}, {h:02}:{mi:02}",
            Texts::get(lang).printed_at
        ),
    }
}

// --- chart texts ---
// Texts of the bar chart (`components/chart.rs`): static labels in [`ChartTexts`], sentences
// with figures as functions over [`ChartBar`], so they can be tested without rendering.

use evt_core::numbers::{format_percent_or_dash, format_percent_tenths};

/// Static texts of the chart, per language.
pub struct ChartTexts {
    /// Under the chart until a bar is chosen.
    pub hint: &'static str,
    /// The visible (aria-hidden) marker on a chart that shows the last valid results.
    pub stale_marker: &'static str,
    /// Accessible name of the legend list.
    pub legend_label: &'static str,
    /// Unit after a count of urgents in a bar's short label.
    pub urgents_unit: &'static str,
}

const CHART_NL: ChartTexts = ChartTexts {
    hint: "Kies een balk met Tab en de pijltjestoetsen, of klik erop, om de cijfers van die gemeente hier te zien.",
    stale_marker: "⚠ Verouderd: hoort bij de laatste geldige invoer",
    legend_label: "Legenda",
    urgents_unit: "urgenten",
};

const CHART_EN: ChartTexts = ChartTexts {
    hint: "Choose a bar with Tab and the arrow keys, or click it, to see that municipality's figures here.",
    stale_marker: "⚠ Out of date: shows the last valid input",
    legend_label: "Legend",
    urgents_unit: "urgents",
};

impl ChartTexts {
    pub fn get(lang: Lang) -> &'static ChartTexts {
        match lang {
            Lang::Nl => &CHART_NL,
            Lang::En => &CHART_EN,
        }
    }
}

/// What the chart's sentences need of one municipality.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChartBar<'a> {
    pub name: &'a str,
    pub target: u64,
    pub vacancies: u64,
    /// The vacancies are an estimate.
    pub estimated: bool,
    /// Allocation percentage in tenths; `None` without vacancies.
    pub percent_tenths: Option<u64>,
    pub status: Status,
}

impl<'a> From<&'a crate::view::ResultRow> for ChartBar<'a> {
    fn from(r: &'a crate::view::ResultRow) -> Self {
        ChartBar {
            name: &r.name,
            target: r.target,
            vacancies: r.vacancies,
            estimated: r.estimated,
            percent_tenths: r.percent_tenths,
            status: r.status,
        }
    }
}

/// Names listed in full in the chart description; longer lists end in "en 12 andere".
const DESCRIBED_NAMES: usize = 10;

/// "Almelo, Borne en Enschede"; beyond ten names "…, Hengelo en 12 andere".
fn chart_names(names: &[&str], lang: Lang) -> String {
    if names.len() <= DESCRIBED_NAMES {
        let all: Vec<String> = names.iter().map(|n| (*n).to_string()).collect();
        return join_names(&all, lang);
    }
    let rest = format_count((names.len() - DESCRIBED_NAMES) as u64, lang);
    let mut shown: Vec<String> = names[..DESCRIBED_NAMES]
        .iter()
        .map(|n| (*n).to_string())
        .collect();
    shown.push(match lang {
        Lang::Nl => format!("{rest} andere"),
        Lang::En => format!("{rest} others"),
    });
    join_names(&shown, lang)
}

/// One sentence "N gemeente(n) ligt/liggen …: names." or "Geen gemeente ligt …".
fn chart_group(names: &[&str], phrase: &str, lang: Lang) -> String {
    let n = format_count(names.len() as u64, lang);
    match (lang, names.len()) {
        (Lang::Nl, 0) => format!("Geen gemeente ligt {phrase}."),
        (Lang::Nl, 1) => format!("1 gemeente ligt {phrase}: {}.", chart_names(names, lang)),
        (Lang::Nl, _) => format!(
            "{n} gemeenten liggen {phrase}: {}.",
            chart_names(names, lang)
        ),
        (Lang::En, 0) => format!("No municipality is {phrase}."),
        (Lang::En, 1) => format!("1 municipality is {phrase}: {}.", chart_names(names, lang)),
        (Lang::En, _) => format!(
            "{n} municipalities are {phrase}: {}.",
            chart_names(names, lang)
        ),
    }
}

/// The chart's `<desc>`: what a sighted reader takes from the bars, in sentences. `bars` in
/// chart order (highest percentage first); names are listed in that order.
pub fn chart_description(bars: &[ChartBar], minimum_bp: u32, signal_bp: u32, lang: Lang) -> String {
    let count = format_count(bars.len() as u64, lang);
    let names_with = |s: Status| -> Vec<&str> {
        bars.iter()
            .filter(|b| b.status == s)
            .map(|b| b.name)
            .collect()
    };
    let above = names_with(Status::AboveSignal);
    let below = names_with(Status::BelowMinimum);
    let none = names_with(Status::NoVacancies);
    let mut out = match (lang, bars.len()) {
        (Lang::Nl, 1) => "Staafdiagram van 1 gemeente.".to_string(),
        (Lang::Nl, _) => {
            format!("Staafdiagram van {count} gemeenten, van hoog naar laag percentage.")
        }
        (Lang::En, 1) => "Bar chart of 1 municipality.".to_string(),
        (Lang::En, _) => {
            format!("Bar chart of {count} municipalities, from highest to lowest percentage.")
        }
    };
    let signal = match lang {
        Lang::Nl => format!("boven de signaalwaarde van {}", format_bp(signal_bp, lang)),
        Lang::En => format!("above the signal value of {}", format_bp(signal_bp, lang)),
    };
    let minimum = match lang {
        Lang::Nl => format!("onder het minimum van {}", format_bp(minimum_bp, lang)),
        Lang::En => format!("below the minimum of {}", format_bp(minimum_bp, lang)),
    };
    for sentence in [
        chart_group(&above, &signal, lang),
        chart_group(&below, &minimum, lang),
    ] {
        out.push(' ');
        out.push_str(&sentence);
    }
    if !none.is_empty() {
        let n = format_count(none.len() as u64, lang);
        let names = chart_names(&none, lang);
        out.push(' ');
        out.push_str(&match (lang, none.len()) {
            (Lang::Nl, 1) => {
                format!("1 gemeente heeft geen vrijkomende woningen maar wel urgenten: {names}.")
            }
            (Lang::Nl, _) => format!(
                "{n} gemeenten hebben geen vrijkomende woningen maar wel urgenten: {names}."
            ),
            (Lang::En, 1) => format!("1 municipality has urgents but no vacated homes: {names}."),
            (Lang::En, _) => {
                format!("{n} municipalities have urgents but no vacated homes: {names}.")
            }
        });
    }
    let values: Vec<u64> = bars.iter().filter_map(|b| b.percent_tenths).collect();
    if let (Some(&high), Some(&low)) = (values.iter().max(), values.iter().min()) {
        let at = |v: u64| -> Vec<&str> {
            bars.iter()
                .filter(|b| b.percent_tenths == Some(v))
                .map(|b| b.name)
                .collect()
        };
        let (hp, lp) = (
            format_percent_tenths(high, lang),
            format_percent_tenths(low, lang),
        );
        let (hn, ln) = (chart_names(&at(high), lang), chart_names(&at(low), lang));
        out.push(' ');
        out.push_str(&match (lang, high == low) {
            (Lang::Nl, true) => format!("Alle gemeenten met vrijkomende woningen zitten op {hp}."),
            (Lang::Nl, false) => {
                format!("Het hoogste percentage is {hp} ({hn}), het laagste {lp} ({ln}).")
            }
            (Lang::En, true) => format!("All municipalities with vacated homes are at {hp}."),
            (Lang::En, false) => {
                format!("The highest percentage is {hp} ({hn}), the lowest {lp} ({ln}).")
            }
        });
    }
    out
}

/// The text at the end of a bar: "36,1% ▲"; without vacancies "✕ geen vrijkomende woningen".
pub fn chart_value_label(bar: &ChartBar, lang: Lang) -> String {
    match bar.percent_tenths {
        Some(p) => format!(
            "{} {}",
            format_percent_tenths(p, lang),
            status_symbol(bar.status)
        ),
        None => format!(
            "{} {}",
            status_symbol(bar.status),
            status_label(bar.status, lang)
        ),
    }
}

/// A bar's accessible name: "Almelo: 13,4%, 93 urgenten, onder het minimum".
pub fn chart_bar_label(bar: &ChartBar, lang: Lang) -> String {
    let urgents = format!(
        "{} {}",
        format_count(bar.target, lang),
        ChartTexts::get(lang).urgents_unit
    );
    let status = status_label(bar.status, lang);
    match bar.percent_tenths {
        Some(p) => format!(
            "{}: {}, {urgents}, {status}",
            bar.name,
            format_percent_tenths(p, lang)
        ),
        None => format!("{}: {urgents}, {status}", bar.name),
    }
}

/// The details line under the chart, with the table's column names: "Almelo — Urgenten per
/// jaar: 93 · Vrijkomende woningen per jaar: 695 (schatting) · Percentage: 13,4% · Status: ▼
/// onder het minimum".
pub fn chart_details(bar: &ChartBar, lang: Lang) -> String {
    let t = Texts::get(lang);
    let vacancies = if bar.estimated {
        format!("{} ({})", format_count(bar.vacancies, lang), t.estimate)
    } else {
        format_count(bar.vacancies, lang)
    };
    let percent = format_percent_or_dash(bar.percent_tenths, lang);
    format!(
        "{} — {}: {} · {}: {vacancies} · {}: {percent} · {}: {} {}",
        bar.name,
        t.col_target,
        format_count(bar.target, lang),
        t.col_vacancies,
        t.col_percent,
        t.col_status,
        status_symbol(bar.status),
        status_label(bar.status, lang)
    )
}

/// The two dashed lines of the chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartLine {
    Minimum,
    Signal,
}

/// The label of a threshold line: "minimum 15%", "signaalwaarde 20%".
pub fn chart_line_label(line: ChartLine, bp: u32, lang: Lang) -> String {
    let t = Texts::get(lang);
    let name = match line {
        ChartLine::Minimum => t.minimum_line,
        ChartLine::Signal => t.signal_line,
    };
    format!("{name} {}", format_bp(bp, lang))
}

/// The remaining figures of a row with their arithmetic: shares, difference to the horizon
/// and room for regular home seekers.
pub fn explain_other(row: &crate::view::ResultRow, lang: Lang) -> String {
    use evt_core::numbers::format_signed;
    let c = |n: u64| format_count(n, lang);
    let pct = |v: Option<u64>| format_percent_or_dash(v, lang);
    let status_holders = i64::try_from(row.vacancies).unwrap_or(i64::MAX)
        - i64::try_from(row.target).unwrap_or(i64::MAX)
        - row.room;
    let diff = row.diff_to_horizon.map(|d| {
        let horizon = i64::try_from(row.target).unwrap_or(i64::MAX) - d;
        match lang {
            Lang::Nl => format!(
                " Verschil met de horizon (naar rato van huishoudens): {} − {horizon} = {}.",
                c(row.target),
                format_signed(d, lang)
            ),
            Lang::En => format!(
                " Difference to the horizon (pro rata to households): {} − {horizon} = {}.",
                c(row.target),
                format_signed(d, lang)
            ),
        }
    });
    match lang {
        Lang::Nl => format!(
            "Aandeel in de huishoudens van de regio: {}; aandeel in de urgenten: {}.{} Ruimte voor regulier woningzoekenden: {} vrijkomend − {} urgenten − {} vergunninghouders = {}.",
            pct(row.household_share_tenths), pct(row.urgent_share_tenths), diff.unwrap_or_default(),
            c(row.vacancies), c(row.target), format_signed(status_holders, lang), format_signed(row.room, lang)
        ),
        Lang::En => format!(
            "Share of the region's households: {}; share of the urgents: {}.{} Room for regular home seekers: {} vacated − {} urgents − {} status holders = {}.",
            pct(row.household_share_tenths), pct(row.urgent_share_tenths), diff.unwrap_or_default(),
            c(row.vacancies), c(row.target), format_signed(status_holders, lang), format_signed(row.room, lang)
        ),
    }
}

/// A remark about a whole import (ignored columns, notation used, …).
pub fn import_note(n: &evt_core::codec::Note, lang: Lang) -> String {
    use evt_core::codec::Note as N;
    match (lang, n) {
        (Lang::Nl, N::IgnoredColumns(cols)) => format!("Niet gebruikte kolommen: {}.", cols.join(", ")),
        (Lang::En, N::IgnoredColumns(cols)) => format!("Columns not used: {}.", cols.join(", ")),
        (Lang::Nl, N::ExtraColumns { read }) => format!("Zonder kopregel zijn alleen de eerste {read} kolommen gelezen."),
        (Lang::En, N::ExtraColumns { read }) => format!("Without a header row only the first {read} columns were read."),
        (Lang::Nl, N::Notation(Lang::En)) => "De getallen zijn in Engelse notatie gelezen (81,045 = eenentachtigduizend vijfenveertig).".into(),
        (Lang::Nl, N::Notation(Lang::Nl)) => "De getallen zijn in Nederlandse notatie gelezen.".into(),
        (Lang::En, N::Notation(Lang::Nl)) => "The numbers were read in Dutch notation (81.045 = eighty-one thousand and forty-five).".into(),
        (Lang::En, N::Notation(Lang::En)) => "The numbers were read in English notation.".into(),
        (Lang::Nl, N::EstimatesKept { rows }) => format!("Bij {rows} regels gemarkeerd als schatting blijft de schatting staan."),
        (Lang::En, N::EstimatesKept { rows }) => format!("{rows} rows marked as estimate keep their estimate."),
        (Lang::Nl, N::NoKeyColumn) => "Er is geen kolom met de gemeentenaam of -code gevonden.".into(),
        (Lang::En, N::NoKeyColumn) => "No column with the municipality name or code was found.".into(),
        (Lang::Nl, N::TooManyNewRows { offered }) => format!("De regio heeft nog maar ruimte voor {offered} gemeenten."),
        (Lang::En, N::TooManyNewRows { offered }) => format!("The region has room for only {offered} more municipalities."),
    }
}

/// Why a chosen file was not read, and what to do.
pub fn file_problem(p: evt_core::codec::bytes::FileProblem, lang: Lang) -> String {
    use evt_core::codec::bytes::FileProblem;
    match (lang, p) {
        (Lang::Nl, FileProblem::TooLarge { bytes }) => format!(
            "Dit bestand is te groot ({} MB); de rekenhulp leest bestanden tot 5 MB. Kies een tabel met alleen de gemeenten en kolommen die u nodig heeft.",
            bytes.div_ceil(1024 * 1024)
        ),
        (Lang::En, FileProblem::TooLarge { bytes }) => format!(
            "This file is too large ({} MB); the calculator reads files up to 5 MB. Choose a table with only the municipalities and columns you need.",
            bytes.div_ceil(1024 * 1024)
        ),
        (Lang::Nl, FileProblem::Unreadable) => {
            "Dit bestand kon niet worden gelezen. Kies het opnieuw, of kopieer de tabel en plak hem hieronder.".into()
        }
        (Lang::En, FileProblem::Unreadable) => {
            "This file could not be read. Choose it again, or copy the table and paste it below.".into()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::Computed;
    use crate::view::result_rows;

    fn dinkelland() -> crate::view::ResultRow {
        let scenario = evt_core::data::default_scenario();
        let outcome = evt_core::compute(&scenario).expect("valid");
        let rows = result_rows(&Computed { scenario, outcome });
        rows.into_iter()
            .find(|r| r.id == "GM1774")
            .expect("Dinkelland")
    }

    #[test]
    fn explanations_show_the_actual_numbers() {
        let r = dinkelland();
        let target = explain_target(&r, Lang::Nl);
        assert!(
            target.contains("800 × 10.625 / 285.625 = 29,76 → 30"),
            "{target}"
        );
        let status = explain_status(&r, 1500, 2000, Lang::Nl);
        assert!(status.contains("30 / 83 = 36,1%"), "{status}");
        assert!(status.contains("signaalwaarde 20% = 16,60"), "{status}");
        assert!(status.contains("boven de signaalwaarde"), "{status}");
        let other = explain_other(&r, Lang::Nl);
        assert!(
            other.contains("83 vrijkomend − 30 urgenten − 0 vergunninghouders = +53"),
            "{other}"
        );
        assert!(other.contains("30 − 30 = 0"), "{other}");
        assert!(explain_target(&r, Lang::En).contains("800 × 10,625 / 285,625 = 29.76 → 30"));
    }

    #[test]
    fn printed_at_formats_per_language() {
        let t = chrono::NaiveDate::from_ymd_opt(2026, 11, 5)
            .and_then(|d| d.and_hms_opt(9, 7, 0))
            .expect("valid date");
        assert_eq!(printed_at(t, Lang::Nl), "Afgedrukt op 05-11-2026, 09:07");
        assert_eq!(printed_at(t, Lang::En), "Printed on 2026-11-05, 09:07");
    }

    #[test]
    fn names_are_joined_naturally() {
        let v = |xs: &[&str]| xs.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            join_names(&v(&["Almelo", "Enschede"]), Lang::Nl),
            "Almelo en Enschede"
        );
        assert_eq!(join_names(&v(&["A", "B", "C"]), Lang::En), "A, B and C");
        assert_eq!(join_names(&[], Lang::En), "");
    }

    #[test]
    fn import_notes_are_sentences() {
        let n = evt_core::codec::Note::IgnoredColumns(vec!["doel".into()]);
        assert_eq!(import_note(&n, Lang::Nl), "Niet gebruikte kolommen: doel.");
        let n = evt_core::codec::Note::Notation(Lang::En);
        assert!(import_note(&n, Lang::Nl).contains("Engelse notatie"));
    }
}
