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
//! every number goes through `evt_core::numbers`. The worked example for one municipality
//! ("Mijn gemeente") is worded in [`example`]. The words of both languages are in
//! `nl/explanation.rs` and `en/explanation.rs` (the example's in their `example.rs`).

use super::{join_names, method_name};
use crate::state::Computed;
use crate::view::explanation::{ExplanationModel, FallbackCompared, LawDate};
use evt_core::methods::Status;
use evt_core::monitoring::Period;
use evt_core::numbers::{format_bp, format_count, format_percent_tenths, Lang};
use evt_core::scenario::Method;

pub mod example;

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
    /// A sentence that depends on today's date (the law's planned start).
    Law,
}

/// Where a sentence with live figures is woven into the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Live {
    /// The largest municipality's share of households and its horizon target.
    HorizonExample,
    /// How many are not housed with the minimum alone, next to the agreement's footnote.
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
    /// The contents list: its visible title and the name of the `nav`.
    pub contents_title: &'static str,
    pub contents_label: &'static str,
    /// The worked example's entry in the contents list.
    pub example_contents: &'static str,
    /// The picker of the example's municipality (it sets "Mijn gemeente").
    pub picker_label: &'static str,
    pub picker_help: &'static str,
    /// Above the chart of every municipality's percentage.
    pub chart_caption: &'static str,
    /// Sections before the sources.
    pub sections: &'static [Section],
    pub sources_heading: &'static str,
    pub sources: &'static [Source],
    pub licence: &'static str,
}

/// One source: a title in bold (a link when it has an address) and what it gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    pub title: &'static str,
    /// The public page of the source; only an address, nothing is fetched from it.
    pub href: Option<&'static str>,
    pub text: &'static str,
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
    /// In one sentence: the agreement's estimate (about 90 of 800 not housed at 15 %) and
    /// today's figure, and why they differ (`same` settings: only the figures differ).
    fn fallback_compared(
        &self,
        same: bool,
        minimum: &str,
        urgents: &str,
        unhoused: &str,
        vacancies: &str,
        estimate: &str,
    ) -> String;
    /// The agreement's estimate alone (no figures computed).
    fn fallback_agreement(&self) -> &'static str;
    /// The law's planned start, worded for where today is against it.
    fn law(&self, when: LawDate) -> &'static str;
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
/// The worked example is about the model's example municipality ("Mijn gemeente" when it is
/// in the scenario, else the one with the most households).
pub fn live(which: Live, m: &ExplanationModel, lang: Lang) -> Option<String> {
    let cnt = |v: u64| format_count(v, lang);
    if which == Live::Fallback {
        return Some(match &m.fallback {
            Some(f) => fallback_compared(f, lang),
            None => by_lang!(lang, fallback_agreement()).to_string(),
        });
    }
    let c = m.figures?;
    let s = &c.scenario;
    let p = &s.params;
    match which {
        Live::HorizonExample => {
            let ex = m.example.as_ref()?;
            let target = ex.horizon?;
            let share = ex.row.household_share_tenths?;
            let (households, total) = (cnt(ex.row.households), cnt(c.outcome.totals.households));
            let share = format_percent_tenths(share, lang);
            let (target, urgents) = (cnt(target), cnt(p.urgents));
            Some(by_lang!(
                lang,
                horizon_example(&ex.row.name, &households, &total, &share, &target, &urgents)
            ))
        }
        Live::Fallback => None,
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

/// The agreement's "about 90 of 800" and today's figure in one sentence.
fn fallback_compared(f: &FallbackCompared, lang: Lang) -> String {
    let cnt = |v: u64| format_count(v, lang);
    let estimate = match f.estimated {
        0 => "",
        e => by_lang!(lang, estimate(e >= f.municipalities)),
    };
    let (min, urgents) = (format_bp(f.minimum_bp, lang), cnt(f.urgents));
    let (unhoused, vacancies) = (cnt(f.unhoused), cnt(f.vacancies));
    by_lang!(
        lang,
        fallback_compared(
            f.same_settings,
            &min,
            &urgents,
            &unhoused,
            &vacancies,
            estimate
        )
    )
}

/// The law's planned start, worded for `when`.
pub fn law(when: LawDate, lang: Lang) -> &'static str {
    by_lang!(lang, law(when))
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

    fn model_live(which: Live, lang: Lang, mine: Option<&str>) -> String {
        let editor = crate::state::Editor::new(evt_core::data::default_scenario(), lang);
        let today = chrono::NaiveDate::from_ymd_opt(2025, 6, 1).unwrap_or_default();
        let m = ExplanationModel::new(&editor, mine, today);
        live(which, &m, lang).unwrap_or_default()
    }

    #[test]
    fn the_horizon_example_is_the_largest_municipality() {
        let nl = model_live(Live::HorizonExample, Lang::Nl, None);
        for figure in ["Enschede", "81.045", "285.625", "28,4%", "227", "800"] {
            assert!(nl.contains(figure), "{figure}: {nl}");
        }
        let en = model_live(Live::HorizonExample, Lang::En, None);
        for figure in ["81,045", "285,625", "28.4%"] {
            assert!(en.contains(figure), "{figure}: {en}");
        }
        // "Mijn gemeente" Almelo: the example is about Almelo; an unknown id falls back.
        let almelo = model_live(Live::HorizonExample, Lang::Nl, Some("GM0141"));
        assert!(
            almelo.contains("Almelo") && almelo.contains("33.370"),
            "{almelo}"
        );
        let other = model_live(Live::HorizonExample, Lang::Nl, Some("GM9999"));
        assert_eq!(other, nl);
    }

    #[test]
    fn the_agreements_90_and_todays_76_are_one_sentence() {
        for lang in [Lang::Nl, Lang::En] {
            let s = model_live(Live::Fallback, lang, None);
            assert!(s.contains("90") && s.contains("76"), "{s}");
            // One sentence: a single full stop, at the end.
            assert_eq!(s.matches(". ").count(), 0, "{s}");
            assert!(s.ends_with('.'), "{s}");
        }
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
        for (a, b) in nl.sources.iter().zip(en.sources) {
            assert_eq!(a.href.is_some(), b.href.is_some(), "{}", a.title);
        }
    }
}
