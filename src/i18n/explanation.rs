//! Texts of the public explanation ("Uitleg", `components/explanation.rs`): the agreement in
//! plain Dutch (B1) and English — who the statutory urgents are (the appendix and the
//! Grinwis amendment), why a balanced distribution, the horizon pro rata to households, the
//! home-municipality principle and its exceptions (afspraak 1), the 15 % minimum and the
//! 20 % signal value (afspraken 2b and 3), the two growth paths (afspraak 2), monitoring,
//! evaluation and the emergency brake (afspraak 4) — with status holders explicitly outside
//! (footnote 1).
//!
//! The article is data: per language a list of [`Section`]s made of [`Block`]s, so both
//! languages have the same structure. Sentences with figures of the current scenario are
//! functions ([`figures`], [`live`]) whose words are the methods of [`ExplanationWords`];
//! every number goes through `evt_core::numbers`. The words of both languages are in
//! `nl/explanation.rs` and `en/explanation.rs`.

use super::{join_names, method_name};
use crate::state::Computed;
use evt_core::methods::Status;
use evt_core::monitoring::Period;
use evt_core::numbers::{format_bp, format_count, format_percent_tenths, Lang};
use evt_core::scenario::Method;

/// A part of a section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Block {
    /// A short paragraph.
    P(&'static str),
    /// A paragraph with an element id (for tests and for the callout style).
    Note(&'static str, &'static str),
    /// A bulleted list.
    Ul(&'static [&'static str]),
    /// A list whose items start with a term in bold: (term, text).
    Terms(&'static [(&'static str, &'static str)]),
    /// A sentence with figures of the current scenario.
    Live(Live),
}

/// Where a sentence with live figures is woven into the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Live {
    /// The largest municipality's share of households and its horizon target.
    HorizonExample,
    /// How many stay unhoused with the minimum alone, next to the agreement's footnote.
    Fallback,
    /// The growth-path length set in the calculator.
    GrowthYears,
    /// The first monitoring period and the evaluation date, if figures are entered.
    Monitoring,
}

impl Live {
    /// Element id of the paragraph.
    pub fn id(self) -> &'static str {
        match self {
            Live::HorizonExample => "uitleg-voorbeeld",
            Live::Fallback => "uitleg-terugval",
            Live::GrowthYears => "uitleg-ingroei-nu",
            Live::Monitoring => "uitleg-evaluatie",
        }
    }
}

/// One section of the article: an `h3` and its blocks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Section {
    /// Element id of the section (`uitleg-…`); the heading gets `{id}-heading`.
    pub id: &'static str,
    pub heading: &'static str,
    pub blocks: &'static [Block],
}

/// Static texts of the explanation, per language.
pub struct ExplanationTexts {
    pub heading: &'static str,
    pub intro: &'static [&'static str],
    pub figures_heading: &'static str,
    pub figures_intro: &'static str,
    /// Shown when the current input has an error and the figures are the last valid ones.
    pub figures_stale: &'static str,
    /// Shown when no input has computed yet.
    pub figures_none: &'static str,
    /// Sections before the sources.
    pub sections: &'static [Section],
    pub sources_heading: &'static str,
    pub sources: &'static [(&'static str, &'static str)],
    pub licence: &'static str,
}

/// The sentences with figures of the explanation, implemented once per language.
pub trait ExplanationWords {
    /// The article and its static texts.
    fn texts(&self) -> &'static ExplanationTexts;
    /// "1 gemeente" / "14 gemeenten".
    fn municipalities(&self, n: usize) -> String;
    /// "De regio Twente heeft 14 gemeenten met samen 285.625 huishoudens."
    fn region(&self, region: &str, municipalities: &str, households: &str) -> String;
    /// " (een schatting)" when `all` vacancies are estimated, else " (deels een schatting)".
    fn estimate(&self, all: bool) -> &'static str;
    /// How many urgents look for a home and how many homes become free.
    fn urgents(&self, urgents: &str, vacancies: &str, estimate: &str) -> String;
    /// "Gekozen verdeling: …."
    fn method(&self, name: &str) -> String;
    /// The share of the vacated homes that goes to urgents in the whole region.
    fn region_percent(&self, percent: &str) -> String;
    /// How many urgents the cap leaves without a place.
    fn unplaced(&self, cap: &str, unplaced: &str) -> String;
    /// How many of the `n` municipalities are above the signal value.
    fn status_above(&self, above: usize, n: usize, signal: &str) -> String;
    /// How many stay below the minimum; `listed` is ": Almelo en Enschede" or empty.
    fn status_below(&self, below: usize, minimum: &str, listed: &str) -> String;
    /// How many get a home with the statutory minimum alone, pooled over the region.
    fn fallback_pooled(&self, minimum: &str, urgents: u64, housed: u64, unhoused: u64) -> String;
    /// The same without pooling, each municipality housing its own people.
    fn fallback_own(&self, housed: u64, unhoused: u64) -> String;
    /// The calculator's minimum, signal value and growth-path length.
    fn settings(&self, minimum: &str, signal: &str, years: u32) -> String;
    /// The estimate of vacated homes as a share of the corporation homes.
    fn turnover(&self, turnover: &str) -> String;
    /// The worked example of the horizon, every figure already written.
    fn horizon_example(
        &self,
        name: &str,
        households: &str,
        total: &str,
        share: &str,
        target: &str,
        urgents: &str,
    ) -> String;
    /// How many stay unhoused with the minimum alone, next to the agreement's footnote.
    fn live_fallback(&self, minimum: &str, urgents: u64, unhoused: u64) -> String;
    /// The growth-path length set in the calculator.
    fn growth_years(&self, years: u32) -> String;
    /// The first monitoring period and the evaluation date (written), if figures are entered.
    fn monitoring(&self, evaluation: Option<(Period, &str)>) -> String;
}

/// The texts of `lang`.
pub fn explanation_texts(lang: Lang) -> &'static ExplanationTexts {
    by_lang!(lang, texts())
}

/// The names of the municipalities with `status`, in region order.
fn names_with(c: &Computed, status: Status) -> Vec<String> {
    c.outcome
        .rows
        .iter()
        .filter(|r| r.status == status)
        .filter_map(|r| c.scenario.municipalities.get(r.index))
        .map(|m| m.name.clone())
        .collect()
}

/// The sentences of the "in figures" box, each with its element id.
pub fn figures(c: &Computed, lang: Lang) -> Vec<(&'static str, String)> {
    let s = &c.scenario;
    let o = &c.outcome;
    let p = &s.params;
    let t = &o.totals;
    let n = o.rows.len();
    let cnt = |v: u64| format_count(v, lang);
    let (min, sig) = (format_bp(p.minimum_bp, lang), format_bp(p.signal_bp, lang));
    let mut out = Vec::new();

    let municipalities = by_lang!(lang, municipalities(n));
    let households = cnt(t.households);
    out.push((
        "uitleg-cijfer-regio",
        by_lang!(lang, region(&s.region_name, &municipalities, &households)),
    ));

    let estimate = match t.estimated {
        0 => "",
        e => by_lang!(lang, estimate(e >= n)),
    };
    let (urgents, vacancies) = (cnt(p.urgents), cnt(t.vacancies));
    out.push((
        "uitleg-cijfer-urgenten",
        by_lang!(lang, urgents(&urgents, &vacancies, estimate)),
    ));

    let mut method = by_lang!(lang, method(method_name(o.method, lang)));
    if let Some(pct) = t.percent_tenths() {
        method.push(' ');
        let pct = format_percent_tenths(pct, lang);
        method.push_str(&by_lang!(lang, region_percent(&pct)));
    }
    if o.method == Method::HouseholdsCapped && t.unplaced > 0 {
        method.push(' ');
        let (cap, unplaced) = (format_bp(p.cap(), lang), cnt(t.unplaced));
        method.push_str(&by_lang!(lang, unplaced(&cap, &unplaced)));
    }
    out.push(("uitleg-cijfer-methode", method));

    out.push(("uitleg-cijfer-status", status_sentence(c, lang, &min, &sig)));
    out.push(("uitleg-cijfer-terugval", fallback_sentence(c, lang)));

    let mut settings = by_lang!(lang, settings(&min, &sig, p.growth_years));
    if t.estimated > 0 {
        settings.push(' ');
        let turnover = format_bp(p.turnover_bp, lang);
        settings.push_str(&by_lang!(lang, turnover(&turnover)));
    }
    out.push(("uitleg-cijfer-instellingen", settings));
    out
}

/// "9 van de 14 gemeenten komen boven de signaalwaarde van 20%. 2 gemeenten blijven onder
/// het minimum van 15%: Almelo en Enschede."
fn status_sentence(c: &Computed, lang: Lang, min: &str, sig: &str) -> String {
    let n = c.outcome.rows.len();
    let above = c.outcome.totals.above_signal;
    let below = names_with(c, Status::BelowMinimum);
    let listed = if (1..=4).contains(&below.len()) {
        format!(": {}", join_names(&below, lang))
    } else {
        String::new()
    };
    let a = by_lang!(lang, status_above(above, n, sig));
    let b = by_lang!(lang, status_below(below.len(), min, &listed));
    format!("{a} {b}")
}

/// How many get a home with the statutory minimum alone (pooled over the region), and
/// without pooling when home-municipality figures are given.
fn fallback_sentence(c: &Computed, lang: Lang) -> String {
    let p = &c.scenario.params;
    let f = &c.outcome.fallback;
    let min = format_bp(p.minimum_bp, lang);
    let mut out = by_lang!(
        lang,
        fallback_pooled(&min, p.urgents, f.pooled_housed, f.pooled_unhoused)
    );
    if let Some((housed, unhoused)) = f.per_municipality {
        out.push(' ');
        out.push_str(&by_lang!(lang, fallback_own(housed, unhoused)));
    }
    out
}

/// A sentence with figures woven into the text; `None` when the figures do not allow it.
/// The worked example is about `mine` ("Mijn gemeente") when it is in the scenario.
pub fn live(which: Live, c: &Computed, lang: Lang, mine: Option<&str>) -> Option<String> {
    let s = &c.scenario;
    let o = &c.outcome;
    let p = &s.params;
    let cnt = |v: u64| format_count(v, lang);
    match which {
        Live::HorizonExample => {
            // "Mijn gemeente", else the municipality with the most households (the first
            // one on a tie).
            let with_target = || o.rows.iter().filter(|r| r.horizon_target.is_some());
            let chosen = mine.and_then(|id| {
                with_target().find(|r| s.municipalities.get(r.index).is_some_and(|m| m.id == id))
            });
            let row = chosen.or_else(|| {
                with_target().fold(
                    None,
                    |best: Option<&evt_core::methods::Row>, r| match best {
                        Some(b) if b.households >= r.households => Some(b),
                        _ => Some(r),
                    },
                )
            })?;
            let name = &s.municipalities.get(row.index)?.name;
            let target = row.horizon_target?;
            let share = row.household_share.map(crate::view::percent_tenths)?;
            let (households, total) = (cnt(row.households), cnt(o.totals.households));
            let share = format_percent_tenths(share, lang);
            let (target, urgents) = (cnt(target), cnt(p.urgents));
            Some(by_lang!(
                lang,
                horizon_example(name, &households, &total, &share, &target, &urgents)
            ))
        }
        Live::Fallback => {
            let min = format_bp(p.minimum_bp, lang);
            Some(by_lang!(
                lang,
                live_fallback(&min, p.urgents, o.fallback.pooled_unhoused)
            ))
        }
        Live::GrowthYears => Some(by_lang!(lang, growth_years(p.growth_years))),
        Live::Monitoring => {
            let first = s
                .monitoring
                .iter()
                .map(|r| r.period)
                .filter(|p| p.is_valid())
                .min();
            let evaluation = first.and_then(|f| {
                f.evaluation_date()
                    .map(|d| (f, super::monitoring::long_date(d, lang)))
            });
            let evaluation = evaluation.as_ref().map(|(f, d)| (*f, d.as_str()));
            Some(by_lang!(lang, monitoring(evaluation)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn computed() -> Computed {
        let scenario = evt_core::data::default_scenario();
        let outcome = evt_core::compute(&scenario).expect("valid");
        Computed {
            scenario: scenario.into(),
            outcome,
        }
    }

    #[test]
    fn figures_of_the_default_scenario() {
        let c = computed();
        let f = figures(&c, Lang::Nl);
        let text = |id: &str| {
            f.iter()
                .find(|(i, _)| *i == id)
                .map(|(_, s)| s.clone())
                .unwrap_or_default()
        };
        assert_eq!(
            text("uitleg-cijfer-regio"),
            "De regio Twente heeft 14 gemeenten met samen 285.625 huishoudens."
        );
        assert!(text("uitleg-cijfer-urgenten").contains("800 wettelijk urgenten"));
        assert!(text("uitleg-cijfer-urgenten")
            .contains("4.774 sociale huurwoningen vrij (een schatting)"));
        assert!(text("uitleg-cijfer-methode").contains("16,8%"));
        assert_eq!(
            text("uitleg-cijfer-status"),
            "9 van de 14 gemeenten komen boven de signaalwaarde van 20%. 2 gemeenten blijven onder het minimum van 15%: Almelo en Enschede."
        );
        assert!(text("uitleg-cijfer-terugval").contains("724 van de 800"));
        assert!(text("uitleg-cijfer-terugval").contains("76 mensen krijgen dan geen woning"));
    }

    #[test]
    fn the_horizon_example_is_the_largest_municipality() {
        let c = computed();
        let nl = live(Live::HorizonExample, &c, Lang::Nl, None).unwrap_or_default();
        assert!(
            nl.contains("Enschede heeft 81.045 van de 285.625 huishoudens"),
            "{nl}"
        );
        assert!(
            nl.contains("28,4%") && nl.contains("227 van de 800"),
            "{nl}"
        );
        let en = live(Live::HorizonExample, &c, Lang::En, None).unwrap_or_default();
        assert!(
            en.contains("81,045 of the 285,625") && en.contains("28.4%"),
            "{en}"
        );
        // "Mijn gemeente" Almelo: the example is about Almelo; an unknown id falls back.
        let almelo = live(Live::HorizonExample, &c, Lang::Nl, Some("GM0141")).unwrap_or_default();
        assert!(
            almelo.contains("Almelo heeft 33.370 van de 285.625"),
            "{almelo}"
        );
        let other = live(Live::HorizonExample, &c, Lang::Nl, Some("GM9999")).unwrap_or_default();
        assert_eq!(other, nl);
    }

    #[test]
    fn both_languages_have_the_same_structure() {
        let (nl, en) = (explanation_texts(Lang::Nl), explanation_texts(Lang::En));
        assert_eq!(nl.sections.len(), en.sections.len());
        for (a, b) in nl.sections.iter().zip(en.sections) {
            assert_eq!(a.id, b.id);
            assert_eq!(a.blocks.len(), b.blocks.len(), "{}", a.id);
            for (x, y) in a.blocks.iter().zip(b.blocks) {
                assert_eq!(
                    std::mem::discriminant(x),
                    std::mem::discriminant(y),
                    "{}",
                    a.id
                );
            }
        }
        assert_eq!(nl.sources.len(), en.sources.len());
    }
}
