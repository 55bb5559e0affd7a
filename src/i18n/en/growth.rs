//! English texts of the growth-path view.

use super::En;
use crate::i18n::growth::{start_column_label, GrowthTexts, GrowthWords, TakesFigures};
use crate::i18n::validation::field_label;
use crate::view::growth::{GrowthSummary, PathEnds, Standing};
use evt_core::growth::{Horizon, Start};
use evt_core::methods::Unavailable;
use evt_core::numbers::{format_bp, format_count, Lang};
use evt_core::validate::Field;

const LANG: Lang = Lang::En;

const GROWTH: GrowthTexts = GrowthTexts {
    heading: "Growth path",
    intro: "How the distribution grows step by step over a number of years from today's distribution to the horizon, and when each municipality comes within the signal value.",
    paths_heading: "Two growth paths, at the same time (agreement 2)",
    path_a_title: "Path a: more suitable homes.",
    path_a: "Municipalities add small, affordable social-rental homes. More homes then become vacant each year and the share that goes to urgent home seekers falls. Enter in the table how many extra homes become vacant per year in each municipality.",
    path_b_title: "Path b: gradually towards a more even percentage.",
    path_b: "Each year the distribution moves one equal step from the start distribution to the horizon: pro rata to households. Above the signal value, corporations and the municipality consult.",
    settings_heading: "Growth-path settings",
    years_label: "Number of years",
    years_help: "From 1 to 30 years. Year 0 is the start distribution, the last year the horizon.",
    urgents_growth_label: "Growth of urgent home seekers per year",
    urgents_growth_help: "This many more urgent home seekers each year (0 = the same number).",
    start_legend: "Start distribution (year 0)",
    horizon_legend: "Horizon (last year)",
    results_heading: "Growth-path results",
    year_label: "Show year",
    year_help: "The table shows one year; the chart and the table under ‘Show as table’ show every year.",
    table_caption: "Per municipality in the chosen year: urgent home seekers, vacated homes, percentage and status, with extra vacated homes (path a)",
    col_extra: "Extra vacated homes per year (path a)",
    col_within: "At the end",
    chart_heading: "Percentage per municipality over the years",
    chart_hint: "Choose a municipality with Tab and the up and down arrows, or click it. The left and right arrows step through the years; the figures appear here.",
    legend_label: "Legend",
    legend_line: "line: the municipality's percentage per year",
    legend_above_zone: "hatched: above the signal value",
    legend_below_zone: "dotted: below the minimum",
    matrix_caption: "Allocation percentage per municipality per year, with status",
    year_short: "Year",
    no_path: "The growth path cannot be calculated yet.",
    pager_label: "Which municipalities the table and the chart show",
    filter_label: "Find a municipality",
    filter_help: "Type part of the name. The table and the chart show 50 municipalities at a time; page with the buttons.",
    previous_page: "Previous 50",
    next_page: "Next 50",
    ends_heading: "Where the path starts and ends",
    takes_heading: "What it takes (path a)",
    takes_apply: "Apply",
    takes_apply_help: "Fills in these figures under ‘Extra vacated homes per year (path a)’, in one step. Undo (Ctrl+Z) puts the previous figures back.",
    takes_fix_first: "First correct the input marked with an error; otherwise what was typed there is lost.",
};

impl GrowthWords for En {
    fn texts(&self) -> &'static GrowthTexts {
        &GROWTH
    }

    fn start_label(&self, start: Start) -> &'static str {
        match start {
            Start::Origin => "Home municipality (inflow)",
            Start::Realised => "Realised allocations",
            Start::EqualPercentage => "Equal percentage of vacated homes",
        }
    }

    fn start_help(&self, start: Start, available: bool) -> String {
        match (start, available) {
            (Start::EqualPercentage, _) => {
                "Every municipality starts at the same percentage of its vacated homes.".into()
            }
            (Start::Origin, true) => {
                "Every municipality starts with the urgent home seekers who come from it.".into()
            }
            (Start::Realised, true) => {
                "Every municipality starts at what it actually allocates now.".into()
            }
            (s, false) => format!(
                "Not available yet: first fill in the column ‘{}’ in the inputs.",
                start_column_label(s, LANG)
            ),
        }
    }

    fn horizon_label(&self, horizon: Horizon, cap_bp: u32) -> String {
        match horizon {
            Horizon::Households => "Pro rata to households (the horizon)".into(),
            Horizon::HouseholdsCapped => format!(
                "Pro rata to households, with a cap of {}",
                format_bp(cap_bp, LANG)
            ),
        }
    }

    fn horizon_help(&self, horizon: Horizon) -> &'static str {
        match horizon {
            Horizon::Households => "The agreement's end goal: every municipality by its share of the region's households.",
            Horizon::HouseholdsCapped => "The same, but no municipality above the cap (set it with the parameters).",
        }
    }

    fn year_option(&self, year: u32, last: u32) -> String {
        let word = GROWTH.year_short;
        match year {
            0 => format!("{word} 0 (start)"),
            y if y == last => format!("{word} {y} (horizon)"),
            y => format!("{word} {y}"),
        }
    }

    fn standing_text(&self, standing: Standing, years: u32) -> String {
        let after = if years == 1 {
            "1 year".to_string()
        } else {
            format!("{years} years")
        };
        match standing {
            Standing::StillAbove => format!("still above the signal value after {after}"),
            Standing::BelowMinimumFrom(y) => format!("below the minimum from year {y}"),
            Standing::WithinSignalFrom(y) => format!("within the signal value from year {y}"),
            Standing::WithinRangeFrom(y) => format!("within range from year {y}"),
            Standing::NotApplicable => {
                format!("no urgent home seekers and no vacated homes in year {years}")
            }
        }
    }

    fn path_start(&self, start: Start, percent: &str) -> String {
        match start {
            Start::EqualPercentage => format!("The path starts in year 0 at an equal percentage: every municipality allocates about {percent} of its vacated homes to urgent home seekers (the even spread of path b)."),
            Start::Origin => "The path starts in year 0 at the home-municipality principle: every municipality houses the urgent home seekers who come from it.".into(),
            Start::Realised => "The path starts in year 0 at the realised allocations: what every municipality allocates today.".into(),
        }
    }

    fn path_end(&self, horizon: Horizon, cap: &str, years: u32) -> String {
        match horizon {
            Horizon::Households => format!("It ends in year {years} at the horizon: pro rata to households."),
            Horizon::HouseholdsCapped => format!("It ends in year {years} at the horizon: pro rata to households, with a cap of {cap}."),
        }
    }

    fn path_outcome(&self, e: &PathEnds, above: &str, n: &str, signal: &str) -> String {
        let verb = if e.above_last == 1 { "is" } else { "are" };
        match (e.above_last, e.extra_given) {
            (0, false) => format!("Even without extra homes (path a), no municipality is above the signal value of {signal} then."),
            (0, true) => format!("With the extra vacated homes filled in (path a), no municipality is above the signal value of {signal} then."),
            (_, false) => format!("Without extra homes (path a), {above} of the {n} municipalities {verb} then above the signal value of {signal}. That is what today's figures say without extra homes: pro rata to households, those municipalities get more urgent home seekers than {signal} of their vacated homes. What path a has to add for that is listed below under ‘What it takes’."),
            (_, true) => format!("With the extra vacated homes filled in (path a), {above} of the {n} municipalities {verb} still above the signal value of {signal} then. What more it takes is listed below under ‘What it takes’."),
        }
    }

    fn takes_intro(&self, years: u32, signal: &str) -> String {
        format!("For each municipality above the signal value of {signal} in year {years}: how many more vacated homes it needs each year to be within the signal value in year {years}, and how many small, affordable homes a year that is at the municipality's turnover rate.")
    }

    fn takes_none(&self, years: u32) -> String {
        format!(
            "No municipality is above the signal value in year {years}: nothing more is needed."
        )
    }

    fn takes_text(&self, f: &TakesFigures) -> String {
        let y = f.years;
        let now = format!(
            "{} urgent home seekers on {} vacated homes in year {y} ({})",
            f.target, f.vacancies, f.percent
        );
        let Some(extra) = f.extra else {
            return format!("{now}. Extra vacated homes alone do not bring this municipality within the signal value.");
        };
        let was = f
            .extra_now
            .map(|e| format!(" (now {e})"))
            .unwrap_or_default();
        let homes = f
            .homes
            .map(|(h, r)| {
                format!(
                    ": about {h} small, affordable homes added per year, at a turnover rate of {r}"
                )
            })
            .unwrap_or_default();
        format!(
            "{now}. With {extra} extra vacated homes per year{was}, that is {} in year {y} ({}){homes}.",
            f.vacancies_then, f.percent_then
        )
    }

    fn growth_unavailable(&self, u: Unavailable) -> String {
        let col = |c: Field| field_label(c, LANG);
        match u {
            Unavailable::MissingColumn(c) => format!("This start distribution needs the column ‘{}’. Fill it in with the inputs, or choose another start distribution.", col(c)),
            Unavailable::NoHouseholds => "The horizon needs households in at least one municipality.".into(),
            Unavailable::NoVacancies => "The start distribution needs vacated homes in at least one municipality.".into(),
            Unavailable::NoUrgents => "With 0 urgent home seekers per year there is nobody to distribute, so the horizon ‘pro rata to households, with a cap’ has no end distribution. Enter the number of urgent home seekers per year under Assumptions.".into(),
            Unavailable::NoRoomUnderCap => "The cap leaves no room in any municipality (a 0% cap, or no vacated homes), so the horizon ‘pro rata to households, with a cap’ has no end distribution. Raise the cap under Assumptions or choose the horizon ‘pro rata to households’.".into(),
            Unavailable::NoOrigin | Unavailable::NoRealised => "The start distribution's column adds up to 0. Fill in a number for at least one municipality, or choose another start distribution.".into(),
        }
    }

    fn panel_label(&self, name: &str, a: &str, b: &str, years: u32, within: &str) -> String {
        format!("{name}: from {a} in year 0 to {b} in year {years}; {within}")
    }

    fn year_lower(&self) -> &'static str {
        "year"
    }

    fn others(&self, rest: &str) -> String {
        format!("{rest} others")
    }

    fn growth_summary(&self, s: &GrowthSummary, names: &str) -> String {
        let n = format_count(s.municipalities as u64, LANG);
        let sig = format_bp(s.signal_bp, LANG);
        let y = s.years;
        let (a0, a1) = (
            format_count(s.above_first as u64, LANG),
            format_count(s.above_last as u64, LANG),
        );
        let first = format!("In year 0, {a0} of the {n} municipalities are above the signal value of {sig}; in year {y}, the horizon, {a1}.");
        let k = s.never_within.len();
        let after = if y == 1 {
            "1 year".to_string()
        } else {
            format!("{y} years")
        };
        let second = match k {
            0 => format!("After {after}, no municipality is above the signal value."),
            1 => format!("{names} is still above the signal value after {after}."),
            _ => format!(
                "{} municipalities are still above the signal value after {after}: {names}.",
                format_count(k as u64, LANG)
            ),
        };
        format!("{first} {second}")
    }

    fn chart_shown(&self, a: &str, b: &str) -> String {
        format!("{a} of {b}, as chosen above the table")
    }

    fn chart_description(&self, n: &str, years: u32, m: &str, s: &str) -> String {
        format!("One small chart per municipality ({n}): the allocation percentage from year 0 to year {years}, with a dashed line at the minimum of {m} and a dotted line at the signal value of {s}. All charts share one scale.")
    }

    fn legend_lines(&self, m: &str, s: &str) -> (String, String) {
        (
            format!("dashed line: minimum {m}"),
            format!("dotted line: signal value {s}"),
        )
    }

    fn page_status(&self, first: usize, last: usize, found: usize, q: &str) -> String {
        let c = |n: usize| format_count(n as u64, LANG);
        match (q.is_empty(), found) {
            (true, _) => format!("Municipalities {}–{} of {}", c(first), c(last), c(found)),
            (false, 0) => format!("No municipality found for ‘{q}’."),
            (false, 1) => format!("1 municipality found for ‘{q}’."),
            (false, _) => format!(
                "{} municipalities found for ‘{q}’: {}–{} shown.",
                c(found),
                c(first),
                c(last)
            ),
        }
    }
}
