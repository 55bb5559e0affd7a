//! Texts of the growth-path view ("ingroeipad", afspraak 2; `components/growth_view.rs` and
//! `components/growth_chart.rs`): static labels in [`GrowthTexts`], sentences with figures as
//! functions, Dutch and English side by side; every number through `evt_core::numbers`.

use super::{join_names, status_label, status_symbol, Texts};
use crate::view::growth::{GrowthPoint, GrowthSummary};
use evt_core::growth::{Horizon, Start};
use evt_core::methods::Unavailable;
use evt_core::numbers::{format_bp, format_count, format_percent_or_dash, Lang};
use evt_core::scenario::OptionalColumn;

/// Static texts of the growth-path view, per language.
pub struct GrowthTexts {
    pub heading: &'static str,
    pub intro: &'static str,
    pub paths_heading: &'static str,
    pub path_a_title: &'static str,
    pub path_a: &'static str,
    pub path_b_title: &'static str,
    pub path_b: &'static str,
    pub settings_heading: &'static str,
    pub years_label: &'static str,
    pub years_help: &'static str,
    pub urgents_growth_label: &'static str,
    pub urgents_growth_help: &'static str,
    pub start_legend: &'static str,
    pub horizon_legend: &'static str,
    pub results_heading: &'static str,
    pub year_label: &'static str,
    pub year_help: &'static str,
    pub table_caption: &'static str,
    pub col_extra: &'static str,
    pub col_within: &'static str,
    pub chart_heading: &'static str,
    pub chart_hint: &'static str,
    pub legend_label: &'static str,
    pub legend_line: &'static str,
    pub legend_above_zone: &'static str,
    pub legend_below_zone: &'static str,
    pub matrix_caption: &'static str,
    pub year_short: &'static str,
    pub no_path: &'static str,
    pub pager_label: &'static str,
    pub filter_label: &'static str,
    pub filter_help: &'static str,
    pub previous_page: &'static str,
    pub next_page: &'static str,
}

const NL: GrowthTexts = GrowthTexts {
    heading: "Ingroeipad",
    intro: "Hoe de verdeling in een aantal jaren stap voor stap groeit van de verdeling van nu naar de stip op de horizon, en wanneer elke gemeente binnen de signaalwaarde komt.",
    paths_heading: "Twee ingroeipaden, tegelijk (afspraak 2)",
    path_a_title: "Pad a: meer passende woningen.",
    path_a: "Gemeenten voegen kleine, betaalbare sociale huurwoningen toe. Daardoor komen er elk jaar meer woningen vrij en daalt het deel dat naar urgenten gaat. Vul in de tabel per gemeente in hoeveel woningen er per jaar extra vrijkomen.",
    path_b_title: "Pad b: geleidelijk naar een evenwichtiger percentage.",
    path_b: "De verdeling schuift elk jaar een gelijke stap op, van de startverdeling naar de horizon: naar rato van huishoudens. Boven de signaalwaarde overleggen corporaties en gemeente.",
    settings_heading: "Instellingen van het ingroeipad",
    years_label: "Aantal jaren",
    years_help: "Van 1 tot en met 30 jaar. Jaar 0 is de startverdeling, het laatste jaar de horizon.",
    urgents_growth_label: "Groei urgenten per jaar",
    urgents_growth_help: "Zoveel urgenten komen er elk jaar bij (0 = gelijk aantal).",
    start_legend: "Startverdeling (jaar 0)",
    horizon_legend: "Horizon (laatste jaar)",
    results_heading: "Uitkomsten van het ingroeipad",
    year_label: "Toon jaar",
    year_help: "De tabel toont één jaar; de grafiek en de tabel onder ‘Toon als tabel’ tonen alle jaren.",
    table_caption: "Per gemeente in het gekozen jaar: urgenten, vrijkomende woningen, percentage en status, met extra vrijkomende woningen (pad a)",
    col_extra: "Extra vrijkomende woningen per jaar (pad a)",
    col_within: "Binnen de signaalwaarde",
    chart_heading: "Percentage per gemeente over de jaren",
    chart_hint: "Kies een gemeente met Tab en de pijltjes omhoog en omlaag, of klik erop. Met de pijltjes links en rechts loopt u door de jaren; de cijfers staan dan hier.",
    legend_label: "Legenda",
    legend_line: "lijn: percentage van de gemeente per jaar",
    legend_above_zone: "gearceerd: boven de signaalwaarde",
    legend_below_zone: "gestippeld: onder het minimum",
    matrix_caption: "Percentage toewijzingen per gemeente per jaar, met status",
    year_short: "Jaar",
    no_path: "Het ingroeipad kan nog niet worden berekend.",
    pager_label: "Welke gemeenten de tabel en de grafiek tonen",
    filter_label: "Zoek gemeente",
    filter_help: "Typ een deel van de naam. Tabel en grafiek tonen 50 gemeenten tegelijk; blader met de knoppen.",
    previous_page: "Vorige 50",
    next_page: "Volgende 50",
};

const EN: GrowthTexts = GrowthTexts {
    heading: "Growth path",
    intro: "How the distribution grows step by step over a number of years from today's distribution to the horizon, and when each municipality comes within the signal value.",
    paths_heading: "Two growth paths, at the same time (agreement 2)",
    path_a_title: "Path a: more suitable homes.",
    path_a: "Municipalities add small, affordable social-rental homes. More homes then become vacant each year and the share that goes to urgents falls. Enter in the table how many extra homes become vacant per year in each municipality.",
    path_b_title: "Path b: gradually towards a more even percentage.",
    path_b: "Each year the distribution moves one equal step from the start distribution to the horizon: pro rata to households. Above the signal value, corporations and the municipality consult.",
    settings_heading: "Growth-path settings",
    years_label: "Number of years",
    years_help: "From 1 to 30 years. Year 0 is the start distribution, the last year the horizon.",
    urgents_growth_label: "Growth of urgents per year",
    urgents_growth_help: "This many more urgents each year (0 = the same number).",
    start_legend: "Start distribution (year 0)",
    horizon_legend: "Horizon (last year)",
    results_heading: "Growth-path results",
    year_label: "Show year",
    year_help: "The table shows one year; the chart and the table under ‘Show as table’ show every year.",
    table_caption: "Per municipality in the chosen year: urgents, vacated homes, percentage and status, with extra vacated homes (path a)",
    col_extra: "Extra vacated homes per year (path a)",
    col_within: "Within the signal value",
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
};

/// The static texts of the growth view in `lang`.
pub fn growth_texts(lang: Lang) -> &'static GrowthTexts {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

/// The name of a start distribution, as a radio label.
pub fn start_label(start: Start, lang: Lang) -> &'static str {
    match (lang, start) {
        (Lang::Nl, Start::Origin) => "Woonplaatsbeginsel (instroom naar woonplaats)",
        (Lang::Nl, Start::Realised) => "Gerealiseerde toewijzingen",
        (Lang::Nl, Start::EqualPercentage) => "Gelijk percentage van de vrijkomende woningen",
        (Lang::En, Start::Origin) => "Home municipality (inflow)",
        (Lang::En, Start::Realised) => "Realised allocations",
        (Lang::En, Start::EqualPercentage) => "Equal percentage of vacated homes",
    }
}

/// One line under a start option; says what to fill in when its column is still empty.
pub fn start_help(start: Start, available: bool, lang: Lang) -> String {
    let t = Texts::get(lang);
    match (lang, start, available) {
        (Lang::Nl, Start::EqualPercentage, _) => {
            "Elke gemeente begint met hetzelfde percentage van haar vrijkomende woningen.".into()
        }
        (Lang::En, Start::EqualPercentage, _) => {
            "Every municipality starts at the same percentage of its vacated homes.".into()
        }
        (Lang::Nl, Start::Origin, true) => {
            "Elke gemeente begint met de urgenten die uit de gemeente zelf komen.".into()
        }
        (Lang::En, Start::Origin, true) => {
            "Every municipality starts with the urgents who come from it.".into()
        }
        (Lang::Nl, Start::Realised, true) => {
            "Elke gemeente begint bij wat zij nu werkelijk toewijst.".into()
        }
        (Lang::En, Start::Realised, true) => {
            "Every municipality starts at what it actually allocates now.".into()
        }
        (Lang::Nl, s, false) => format!(
            "Nog niet te kiezen: vul eerst bij de invoer de kolom ‘{}’ in.",
            start_column_label(s, t)
        ),
        (Lang::En, s, false) => format!(
            "Not available yet: first fill in the column ‘{}’ in the inputs.",
            start_column_label(s, t)
        ),
    }
}

fn start_column_label(start: Start, t: &Texts) -> &'static str {
    match start {
        Start::Origin => t.col_origin,
        Start::Realised => t.col_realised,
        Start::EqualPercentage => t.col_vacancies,
    }
}

/// The name of a horizon, as a radio label; the capped one names the cap in force.
pub fn horizon_label(horizon: Horizon, cap_bp: u32, lang: Lang) -> String {
    match (lang, horizon) {
        (Lang::Nl, Horizon::Households) => "Naar rato van huishoudens (stip op de horizon)".into(),
        (Lang::En, Horizon::Households) => "Pro rata to households (the horizon)".into(),
        (Lang::Nl, Horizon::HouseholdsCapped) => format!(
            "Naar rato van huishoudens, met een plafond van {}",
            format_bp(cap_bp, lang)
        ),
        (Lang::En, Horizon::HouseholdsCapped) => format!(
            "Pro rata to households, with a cap of {}",
            format_bp(cap_bp, lang)
        ),
    }
}

/// One line under a horizon option.
pub fn horizon_help(horizon: Horizon, lang: Lang) -> &'static str {
    match (lang, horizon) {
        (Lang::Nl, Horizon::Households) => "Het einddoel van de afspraken: elke gemeente naar haar aandeel in de huishoudens van de regio.",
        (Lang::En, Horizon::Households) => "The agreement's end goal: every municipality by its share of the region's households.",
        (Lang::Nl, Horizon::HouseholdsCapped) => "Hetzelfde, maar geen gemeente boven het plafond (in te stellen bij de uitgangspunten).",
        (Lang::En, Horizon::HouseholdsCapped) => "The same, but no municipality above the cap (set it with the parameters).",
    }
}

/// A year in the selector: "Jaar 0 (start)", "Jaar 3", "Jaar 10 (horizon)".
pub fn year_option(year: u32, last: u32, lang: Lang) -> String {
    let word = growth_texts(lang).year_short;
    match year {
        0 => format!("{word} 0 (start)"),
        y if y == last => format!("{word} {y} (horizon)"),
        y => format!("{word} {y}"),
    }
}

/// Per municipality: "binnen de signaalwaarde vanaf jaar 3" or "niet binnen 10 jaar".
pub fn within_text(within_from: Option<u32>, years: u32, lang: Lang) -> String {
    match (lang, within_from) {
        (Lang::Nl, Some(y)) => format!("binnen de signaalwaarde vanaf jaar {y}"),
        (Lang::En, Some(y)) => format!("within the signal value from year {y}"),
        (Lang::Nl, None) => format!("niet binnen {years} jaar"),
        (Lang::En, None) if years == 1 => "not within 1 year".to_string(),
        (Lang::En, None) => format!("not within {years} years"),
    }
}

/// Why the growth path cannot be computed, as a sentence with what to do.
pub fn growth_unavailable(u: Unavailable, lang: Lang) -> String {
    let t = Texts::get(lang);
    let col = |c: OptionalColumn| match c {
        OptionalColumn::Origin => t.col_origin,
        OptionalColumn::Realised => t.col_realised,
        OptionalColumn::StatusHolders => t.col_status_holders,
        OptionalColumn::ExtraVacancies => t.col_extra_vacancies,
    };
    match (lang, u) {
        (Lang::Nl, Unavailable::MissingColumn(c)) => format!("Deze startverdeling heeft de kolom ‘{}’ nodig. Vul die in bij de invoer, of kies een andere startverdeling.", col(c)),
        (Lang::En, Unavailable::MissingColumn(c)) => format!("This start distribution needs the column ‘{}’. Fill it in with the inputs, or choose another start distribution.", col(c)),
        (Lang::Nl, Unavailable::NoHouseholds) => "De horizon heeft bij minstens één gemeente huishoudens nodig.".into(),
        (Lang::En, Unavailable::NoHouseholds) => "The horizon needs households in at least one municipality.".into(),
        (Lang::Nl, Unavailable::NoVacancies) => "De startverdeling heeft bij minstens één gemeente vrijkomende woningen nodig.".into(),
        (Lang::En, Unavailable::NoVacancies) => "The start distribution needs vacated homes in at least one municipality.".into(),
        (Lang::Nl, Unavailable::NoUrgents) => "Bij 0 urgenten per jaar valt er niets te verdelen, dus heeft de horizon ‘naar rato van huishoudens, met een plafond’ geen eindverdeling. Vul bij Uitgangspunten het aantal urgenten per jaar in.".into(),
        (Lang::En, Unavailable::NoUrgents) => "With 0 urgents per year there is nobody to distribute, so the horizon ‘pro rata to households, with a cap’ has no end distribution. Enter the number of urgents per year under Assumptions.".into(),
        (Lang::Nl, Unavailable::NoRoomUnderCap) => "Onder het plafond is bij geen enkele gemeente plaats (een plafond van 0 %, of geen vrijkomende woningen), dus heeft de horizon ‘naar rato van huishoudens, met een plafond’ geen eindverdeling. Verhoog het plafond bij Uitgangspunten of kies de horizon ‘naar rato van huishoudens’.".into(),
        (Lang::En, Unavailable::NoRoomUnderCap) => "The cap leaves no room in any municipality (a 0% cap, or no vacated homes), so the horizon ‘pro rata to households, with a cap’ has no end distribution. Raise the cap under Assumptions or choose the horizon ‘pro rata to households’.".into(),
        (Lang::Nl, Unavailable::NoOrigin | Unavailable::NoRealised) => "De kolom van de startverdeling telt op tot 0. Vul bij minstens één gemeente een aantal in, of kies een andere startverdeling.".into(),
        (Lang::En, Unavailable::NoOrigin | Unavailable::NoRealised) => "The start distribution's column adds up to 0. Fill in a number for at least one municipality, or choose another start distribution.".into(),
    }
}

/// A municipality's small chart as one accessible name: "Dinkelland: van 16,9% in jaar 0
/// naar 36,1% in jaar 10; niet binnen 10 jaar".
pub fn panel_label(
    name: &str,
    first: &GrowthPoint,
    last: &GrowthPoint,
    years: u32,
    within_from: Option<u32>,
    lang: Lang,
) -> String {
    let (a, b) = (
        format_percent_or_dash(first.percent_tenths, lang),
        format_percent_or_dash(last.percent_tenths, lang),
    );
    let within = within_text(within_from, years, lang);
    match lang {
        Lang::Nl => format!("{name}: van {a} in jaar 0 naar {b} in jaar {years}; {within}"),
        Lang::En => format!("{name}: from {a} in year 0 to {b} in year {years}; {within}"),
    }
}

/// The details line of the chart, with the table's column names: "Dinkelland — jaar 3 ·
/// Urgenten per jaar: 19 · Vrijkomende woningen per jaar: 98 · Percentage: 19,4% · Status: ●
/// binnen de bandbreedte".
pub fn point_details(name: &str, year: u32, p: &GrowthPoint, lang: Lang) -> String {
    let t = Texts::get(lang);
    let year_word = match lang {
        Lang::Nl => "jaar",
        Lang::En => "year",
    };
    format!(
        "{name} — {year_word} {year} · {}: {} · {}: {} · {}: {} · {}: {} {}",
        t.col_target,
        format_count(p.target, lang),
        t.col_vacancies,
        format_count(p.vacancies, lang),
        t.col_percent,
        format_percent_or_dash(p.percent_tenths, lang),
        t.col_status,
        status_symbol(p.status),
        status_label(p.status, lang)
    )
}

/// Names listed in full in a sentence; longer lists end in "en 12 andere".
const LISTED: usize = 8;

fn some_names(names: &[&str], lang: Lang) -> String {
    // "en 1 andere" would be longer than the name itself: list one more instead.
    let take = if names.len() == LISTED + 1 {
        names.len()
    } else {
        LISTED
    };
    let mut shown: Vec<String> = names.iter().take(take).map(|n| n.to_string()).collect();
    if names.len() > take {
        let rest = format_count((names.len() - take) as u64, lang);
        shown.push(match lang {
            Lang::Nl => format!("{rest} andere"),
            Lang::En => format!("{rest} others"),
        });
    }
    join_names(&shown, lang)
}

/// The plain summary on top of the results (announced after every recalculation).
pub fn growth_summary(s: &GrowthSummary, lang: Lang) -> String {
    let n = format_count(s.municipalities as u64, lang);
    let sig = format_bp(s.signal_bp, lang);
    let y = s.years;
    let (a0, a1) = (
        format_count(s.above_first as u64, lang),
        format_count(s.above_last as u64, lang),
    );
    let first = match lang {
        Lang::Nl => format!("In jaar 0 liggen {a0} van de {n} gemeenten boven de signaalwaarde van {sig}; in jaar {y}, de horizon, zijn dat er {a1}."),
        Lang::En => format!("In year 0, {a0} of the {n} municipalities are above the signal value of {sig}; in year {y}, the horizon, {a1}."),
    };
    let k = s.never_within.len();
    let names = some_names(&s.never_within, lang);
    let second = match (lang, k) {
        (Lang::Nl, 0) => {
            format!("Alle gemeenten komen binnen {y} jaar blijvend binnen de signaalwaarde.")
        }
        (Lang::Nl, 1) => format!("Niet binnen {y} jaar blijvend binnen de signaalwaarde: {names}."),
        (Lang::Nl, _) => format!(
            "Niet binnen {y} jaar blijvend binnen de signaalwaarde: {} gemeenten ({names}).",
            format_count(k as u64, lang)
        ),
        (Lang::En, 0) => {
            format!("Every municipality stays within the signal value within {y} years.")
        }
        (Lang::En, 1) => format!("Not staying within the signal value within {y} years: {names}."),
        (Lang::En, _) => format!(
            "Not staying within the signal value within {y} years: {} municipalities ({names}).",
            format_count(k as u64, lang)
        ),
    };
    format!("{first} {second}")
}

/// The small-multiples chart's description: what it shows and where the lines are.
/// `shown` of `total` municipalities are drawn (a large region shows one page at a time).
pub fn chart_description(
    shown: usize,
    total: usize,
    years: u32,
    minimum_bp: u32,
    signal_bp: u32,
    lang: Lang,
) -> String {
    let n = if shown == total {
        format_count(total as u64, lang)
    } else {
        let (a, b) = (
            format_count(shown as u64, lang),
            format_count(total as u64, lang),
        );
        match lang {
            Lang::Nl => format!("{a} van de {b}, zoals gekozen boven de tabel"),
            Lang::En => format!("{a} of {b}, as chosen above the table"),
        }
    };
    let (m, s) = (format_bp(minimum_bp, lang), format_bp(signal_bp, lang));
    match lang {
        Lang::Nl => format!("Een kleine grafiek per gemeente ({n}): het percentage toewijzingen van jaar 0 tot en met jaar {years}, met een gestreepte lijn bij het minimum van {m} en een gestippelde lijn bij de signaalwaarde van {s}. Alle grafieken hebben dezelfde schaal."),
        Lang::En => format!("One small chart per municipality ({n}): the allocation percentage from year 0 to year {years}, with a dashed line at the minimum of {m} and a dotted line at the signal value of {s}. All charts share one scale."),
    }
}

/// The label of a threshold line in a small chart: "15%".
pub fn line_label(bp: u32, lang: Lang) -> String {
    format_bp(bp, lang)
}

/// Legend entries for the two lines: "gestreepte lijn: minimum 15%".
pub fn legend_lines(minimum_bp: u32, signal_bp: u32, lang: Lang) -> (String, String) {
    let (m, s) = (format_bp(minimum_bp, lang), format_bp(signal_bp, lang));
    match lang {
        Lang::Nl => (
            format!("gestreepte lijn: minimum {m}"),
            format!("gestippelde lijn: signaalwaarde {s}"),
        ),
        Lang::En => (
            format!("dashed line: minimum {m}"),
            format!("dotted line: signal value {s}"),
        ),
    }
}

/// Which municipalities are shown: "Gemeenten 51–100 van 342", or with a search "3 gemeenten
/// gevonden voor ‘berg’: 1–3".
pub fn page_status(first: usize, last: usize, found: usize, query: &str, lang: Lang) -> String {
    let c = |n: usize| format_count(n as u64, lang);
    let q = query.trim();
    match (lang, q.is_empty(), found) {
        (Lang::Nl, true, _) => format!("Gemeenten {}–{} van {}", c(first), c(last), c(found)),
        (Lang::En, true, _) => format!("Municipalities {}–{} of {}", c(first), c(last), c(found)),
        (Lang::Nl, false, 0) => format!("Geen gemeente gevonden voor ‘{q}’."),
        (Lang::En, false, 0) => format!("No municipality found for ‘{q}’."),
        (Lang::Nl, false, 1) => format!("1 gemeente gevonden voor ‘{q}’."),
        (Lang::En, false, 1) => format!("1 municipality found for ‘{q}’."),
        (Lang::Nl, false, _) => format!(
            "{} gemeenten gevonden voor ‘{q}’: {}–{} getoond.",
            c(found),
            c(first),
            c(last)
        ),
        (Lang::En, false, _) => format!(
            "{} municipalities found for ‘{q}’: {}–{} shown.",
            c(found),
            c(first),
            c(last)
        ),
    }
}

/// Header of a year column in the full table: "Jaar 3".
pub fn year_heading(year: u32, lang: Lang) -> String {
    format!("{} {year}", growth_texts(lang).year_short)
}

#[cfg(test)]
mod tests {
    use super::*;
    use evt_core::methods::Status;

    #[test]
    fn within_sentences() {
        assert_eq!(
            within_text(Some(3), 10, Lang::Nl),
            "binnen de signaalwaarde vanaf jaar 3"
        );
        assert_eq!(within_text(None, 10, Lang::Nl), "niet binnen 10 jaar");
        assert_eq!(within_text(None, 1, Lang::En), "not within 1 year");
        assert_eq!(
            within_text(Some(0), 5, Lang::En),
            "within the signal value from year 0"
        );
    }

    #[test]
    fn details_use_dutch_notation() {
        let p = GrowthPoint {
            target: 1234,
            vacancies: 6789,
            percent_tenths: Some(182),
            status: Status::WithinRange,
        };
        let s = point_details("Enschede", 3, &p, Lang::Nl);
        assert!(
            s.contains("1.234") && s.contains("6.789") && s.contains("18,2%"),
            "{s}"
        );
        assert!(s.contains("● binnen de bandbreedte"), "{s}");
        assert!(point_details("Enschede", 3, &p, Lang::En).contains("18.2%"));
    }

    #[test]
    fn year_options() {
        assert_eq!(year_option(0, 10, Lang::Nl), "Jaar 0 (start)");
        assert_eq!(year_option(4, 10, Lang::Nl), "Jaar 4");
        assert_eq!(year_option(10, 10, Lang::En), "Year 10 (horizon)");
    }
}
