//! Texts of the growth-path view ("ingroeipad", afspraak 2; `components/growth_view.rs` and
//! `components/growth_chart.rs`): the static labels [`GrowthTexts`] and the sentences with
//! figures of [`GrowthWords`]. The words are in `nl/growth.rs` and `en/growth.rs`; every
//! number goes through `evt_core::numbers`.

use super::{join_names, status_label, status_symbol, Texts};
use crate::view::growth::{GrowthPoint, GrowthSummary, PathEnds, Standing, TakesRow};
use evt_core::growth::{Horizon, Start};
use evt_core::methods::Unavailable;
use evt_core::numbers::{format_bp, format_count, format_percent_or_dash, Lang};

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
    pub ends_heading: &'static str,
    pub takes_heading: &'static str,
    pub takes_apply: &'static str,
    pub takes_apply_help: &'static str,
    pub takes_fix_first: &'static str,
}

/// One municipality's "what it takes", every figure already written out.
pub struct TakesFigures<'a> {
    pub years: u32,
    pub target: &'a str,
    pub vacancies: &'a str,
    pub percent: &'a str,
    /// `None` when no extra vacancies were in force.
    pub extra_now: Option<&'a str>,
    /// `None` when path a cannot bring it within.
    pub extra: Option<&'a str>,
    pub vacancies_then: &'a str,
    pub percent_then: &'a str,
    /// Homes per year and the turnover rate; `None` without a rate.
    pub homes: Option<(&'a str, &'a str)>,
}

/// The sentences of the growth-path view, implemented once per language.
pub trait GrowthWords {
    /// The static texts of the growth view.
    fn texts(&self) -> &'static GrowthTexts;
    /// The name of a start distribution, as a radio label.
    fn start_label(&self, start: Start) -> &'static str;
    /// One line under a start option; says what to fill in when its column is still empty.
    fn start_help(&self, start: Start, available: bool) -> String;
    /// The name of a horizon, as a radio label; the capped one names the cap in force.
    fn horizon_label(&self, horizon: Horizon, cap_bp: u32) -> String;
    /// One line under a horizon option.
    fn horizon_help(&self, horizon: Horizon) -> &'static str;
    /// A year in the selector: "Jaar 0 (start)", "Jaar 3", "Jaar 10 (horizon)".
    fn year_option(&self, year: u32, last: u32) -> String;
    /// Per municipality where its path ends, named by its status there: "vanaf jaar 3 binnen
    /// de signaalwaarde", "vanaf jaar 3 onder het minimum", "blijft na 5 jaar boven de
    /// signaalwaarde".
    fn standing_text(&self, standing: Standing, years: u32) -> String;
    /// Where the path starts (`percent`: the region's percentage in year 0).
    fn path_start(&self, start: Start, percent: &str) -> String;
    /// Where the path ends (`cap`: the cap in force, for the capped horizon).
    fn path_end(&self, horizon: Horizon, cap: &str, years: u32) -> String;
    /// How many end above the signal value, with or without extra homes, and what that means.
    fn path_outcome(&self, e: &PathEnds, above: &str, n: &str, signal: &str) -> String;
    /// What the "what it takes" list shows, for `years` and the signal value.
    fn takes_intro(&self, years: u32, signal: &str) -> String;
    /// No municipality ends above the signal value: nothing more is needed.
    fn takes_none(&self, years: u32) -> String;
    /// One municipality's figures as a sentence (its name is shown before it).
    fn takes_text(&self, f: &TakesFigures) -> String;
    /// Why the growth path cannot be computed, as a sentence with what to do.
    fn growth_unavailable(&self, u: Unavailable) -> String;
    /// "Dinkelland: van 16,9% in jaar 0 naar 36,1% in jaar 10; blijft na 10 jaar boven de signaalwaarde", with
    /// both percentages and the `within` text already written.
    fn panel_label(&self, name: &str, first: &str, last: &str, years: u32, within: &str) -> String;
    /// The word for "year" inside the chart's details line ("jaar").
    fn year_lower(&self) -> &'static str;
    /// The end of a shortened list of names: "12 andere".
    fn others(&self, rest: &str) -> String;
    /// The plain summary on top of the results; `names` lists the municipalities that never
    /// stay within the signal value (shortened).
    fn growth_summary(&self, s: &GrowthSummary, names: &str) -> String;
    /// "12 van de 342, zoals gekozen boven de tabel": how many of the region a page shows.
    fn chart_shown(&self, shown: &str, total: &str) -> String;
    /// The small-multiples chart's description, with `n` municipalities and the two lines.
    fn chart_description(&self, n: &str, years: u32, minimum: &str, signal: &str) -> String;
    /// Legend entries for the two lines: "gestreepte lijn: minimum 15%".
    fn legend_lines(&self, minimum: &str, signal: &str) -> (String, String);
    /// Which municipalities are shown, with or without a search `query` (already trimmed).
    fn page_status(&self, first: usize, last: usize, found: usize, query: &str) -> String;
}

/// The static texts of the growth view in `lang`.
pub fn growth_texts(lang: Lang) -> &'static GrowthTexts {
    by_lang!(lang, texts())
}

/// The name of a start distribution, as a radio label.
pub fn start_label(start: Start, lang: Lang) -> &'static str {
    by_lang!(lang, start_label(start))
}

/// One line under a start option; says what to fill in when its column is still empty.
pub fn start_help(start: Start, available: bool, lang: Lang) -> String {
    by_lang!(lang, start_help(start, available))
}

/// The input column a start distribution reads, by its name in the inputs table.
pub fn start_column_label(start: Start, lang: Lang) -> &'static str {
    let t = Texts::get(lang);
    match start {
        Start::Origin => t.col_origin,
        Start::Realised => t.col_realised,
        Start::EqualPercentage => t.col_vacancies,
    }
}

/// The name of a horizon, as a radio label; the capped one names the cap in force.
pub fn horizon_label(horizon: Horizon, cap_bp: u32, lang: Lang) -> String {
    by_lang!(lang, horizon_label(horizon, cap_bp))
}

/// One line under a horizon option.
pub fn horizon_help(horizon: Horizon, lang: Lang) -> &'static str {
    by_lang!(lang, horizon_help(horizon))
}

/// A year in the selector: "Jaar 0 (start)", "Jaar 3", "Jaar 10 (horizon)".
pub fn year_option(year: u32, last: u32, lang: Lang) -> String {
    by_lang!(lang, year_option(year, last))
}

/// Per municipality where its path ends: "vanaf jaar 3 binnen de signaalwaarde", "vanaf jaar
/// 3 onder het minimum", "blijft na 5 jaar boven de signaalwaarde".
pub fn standing_text(standing: Standing, years: u32, lang: Lang) -> String {
    by_lang!(lang, standing_text(standing, years))
}

/// Where the path starts, where it ends and how many end above the signal value: three
/// sentences.
pub fn path_ends(e: &PathEnds, lang: Lang) -> [String; 3] {
    let pct = format_percent_or_dash(e.start_percent_tenths, lang);
    let (above, n) = (
        format_count(e.above_last as u64, lang),
        format_count(e.municipalities as u64, lang),
    );
    let (cap, signal) = (format_bp(e.cap_bp, lang), format_bp(e.signal_bp, lang));
    [
        by_lang!(lang, path_start(e.start, &pct)),
        by_lang!(lang, path_end(e.horizon, &cap, e.years)),
        by_lang!(lang, path_outcome(e, &above, &n, &signal)),
    ]
}

/// What the "what it takes" list shows.
pub fn takes_intro(years: u32, signal_bp: u32, lang: Lang) -> String {
    let signal = format_bp(signal_bp, lang);
    by_lang!(lang, takes_intro(years, &signal))
}

/// No municipality ends above the signal value.
pub fn takes_none(years: u32, lang: Lang) -> String {
    by_lang!(lang, takes_none(years))
}

/// One municipality's "what it takes" as a sentence.
pub fn takes_text(row: &TakesRow, years: u32, lang: Lang) -> String {
    let c = |n: u64| format_count(n, lang);
    let (target, vacancies) = (c(row.target), c(row.vacancies));
    let percent = format_percent_or_dash(row.percent_tenths, lang);
    let extra_now = (row.extra_now > 0).then(|| c(row.extra_now));
    let extra = row.extra.map(c);
    let then = row.vacancies_then.map(c).unwrap_or_default();
    let percent_then = format_percent_or_dash(row.percent_then, lang);
    let homes = row.homes.map(c);
    let rate = format_percent_or_dash(row.turnover_tenths, lang);
    let f = TakesFigures {
        years,
        target: &target,
        vacancies: &vacancies,
        percent: &percent,
        extra_now: extra_now.as_deref(),
        extra: extra.as_deref(),
        vacancies_then: &then,
        percent_then: &percent_then,
        homes: homes.as_deref().map(|h| (h, rate.as_str())),
    };
    by_lang!(lang, takes_text(&f))
}

/// Why the growth path cannot be computed, as a sentence with what to do.
pub fn growth_unavailable(u: Unavailable, lang: Lang) -> String {
    by_lang!(lang, growth_unavailable(u))
}

/// A municipality's small chart as one accessible name: "Dinkelland: van 16,9% in jaar 0
/// naar 36,1% in jaar 10; blijft na 10 jaar boven de signaalwaarde".
pub fn panel_label(
    name: &str,
    first: &GrowthPoint,
    last: &GrowthPoint,
    years: u32,
    standing: Standing,
    lang: Lang,
) -> String {
    let (a, b) = (
        format_percent_or_dash(first.percent_tenths, lang),
        format_percent_or_dash(last.percent_tenths, lang),
    );
    let within = standing_text(standing, years, lang);
    by_lang!(lang, panel_label(name, &a, &b, years, &within))
}

/// The details line of the chart, with the table's column names: "Dinkelland — jaar 3 ·
/// Urgenten per jaar: 19 · Vrijkomende woningen per jaar: 98 · Percentage: 19,4% · Status: ●
/// binnen de bandbreedte".
pub fn point_details(name: &str, year: u32, p: &GrowthPoint, lang: Lang) -> String {
    let t = Texts::get(lang);
    let year_word = by_lang!(lang, year_lower());
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
        shown.push(by_lang!(lang, others(&rest)));
    }
    join_names(&shown, lang)
}

/// The plain summary on top of the results (announced after every recalculation).
pub fn growth_summary(s: &GrowthSummary, lang: Lang) -> String {
    let names = some_names(&s.never_within, lang);
    by_lang!(lang, growth_summary(s, &names))
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
        by_lang!(lang, chart_shown(&a, &b))
    };
    let (m, s) = (format_bp(minimum_bp, lang), format_bp(signal_bp, lang));
    by_lang!(lang, chart_description(&n, years, &m, &s))
}

/// The label of a threshold line in a small chart: "15%".
pub fn line_label(bp: u32, lang: Lang) -> String {
    format_bp(bp, lang)
}

/// Legend entries for the two lines: "gestreepte lijn: minimum 15%".
pub fn legend_lines(minimum_bp: u32, signal_bp: u32, lang: Lang) -> (String, String) {
    let (m, s) = (format_bp(minimum_bp, lang), format_bp(signal_bp, lang));
    by_lang!(lang, legend_lines(&m, &s))
}

/// Which municipalities are shown: "Gemeenten 51–100 van 342", or with a search "3 gemeenten
/// gevonden voor ‘berg’: 1–3".
pub fn page_status(first: usize, last: usize, found: usize, query: &str, lang: Lang) -> String {
    by_lang!(lang, page_status(first, last, found, query.trim()))
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
    fn standings_name_the_status_at_the_end() {
        use Standing::*;
        // Below the minimum is never "binnen"/"within"; each standing uses its status term.
        for lang in [Lang::Nl, Lang::En] {
            let below = standing_text(BelowMinimumFrom(3), 5, lang);
            assert!(
                below.contains(status_label(Status::BelowMinimum, lang)),
                "{below}"
            );
            let range = standing_text(WithinRangeFrom(2), 5, lang);
            assert!(
                range.contains(status_label(Status::WithinRange, lang)),
                "{range}"
            );
            let above = standing_text(StillAbove, 5, lang);
            assert!(
                above.contains(status_label(Status::AboveSignal, lang)),
                "{above}"
            );
            assert!(above.contains('5'), "{above}");
            for s in [
                below,
                range,
                above,
                standing_text(WithinSignalFrom(3), 5, lang),
            ] {
                assert!(
                    !s.contains("niet binnen") && !s.contains("not within"),
                    "{s}"
                );
            }
        }
        assert!(!standing_text(BelowMinimumFrom(0), 5, Lang::Nl).contains("binnen"));
        assert!(!standing_text(BelowMinimumFrom(0), 5, Lang::En).contains("within"));
        assert!(standing_text(WithinSignalFrom(3), 5, Lang::Nl).contains("jaar 3"));
        assert!(standing_text(WithinSignalFrom(3), 5, Lang::En).contains("year 3"));
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
