//! The plain summary on top of the results and the "Mijn gemeente" sentence. The words are
//! in `nl/summary.rs` and `en/summary.rs`.

use super::chart::others;
use super::{join_names, status_label};
use crate::view::RegionOutcome;
use evt_core::numbers::{format_bp, format_count, Lang};
use evt_core::scenario::Method;

/// A region outcome's figures, formatted in the language's notation.
pub struct OutcomeFigures {
    pub urgents: String,
    pub places: String,
    pub housed: String,
    pub unhoused: String,
    pub unused: String,
}

/// What the region comes to under the cap or the statutory fallback, in one sentence: the
/// summary's and the results table's region row's words ("Met alleen het wettelijk minimum
/// worden alle 10 urgenten gehuisvest; van de 75 plaatsen die het minimum biedt, blijven er
/// 65 onbenut.").
pub fn region_outcome_sentence(o: &RegionOutcome, lang: Lang) -> String {
    let f = OutcomeFigures {
        urgents: format_count(o.urgents, lang),
        places: format_count(o.places, lang),
        housed: format_count(o.housed, lang),
        unhoused: format_count(o.unhoused, lang),
        unused: format_count(o.unused, lang),
    };
    by_lang!(lang, region_outcome(o, &f))
}

/// The summary's sentences, implemented once per language. Counts are plain numbers
/// (`n`, `count`); `names` a list as joined ("Almelo (13,4%) en Borne (14,0%)").
pub trait SummaryWords {
    /// How the distribution is made, to open the first sentence: "Bij een verdeling naar
    /// rato van huishoudens"; `cap` is the cap, for the capped method.
    fn method_phrase(&self, method: Method, cap: &str) -> String;
    /// Who is above the signal value, of the `n` municipalities of `region` (its name; empty
    /// when it has none).
    fn above_signal(
        &self,
        method: &str,
        count: usize,
        n: usize,
        region: &str,
        signal: &str,
        names: &str,
    ) -> String;
    /// Who stays below the statutory minimum (without the full stop).
    fn below_minimum(&self, count: usize, minimum: &str, names: &str) -> String;
    /// "; 12 gemeenten zitten daartussen" (empty when none is).
    fn within(&self, within: usize, n: usize) -> String;
    /// What the region comes to under the cap or the statutory fallback (`o.method`): housed
    /// and not housed of `U`, and the minimum places left unused. The summary and the results
    /// table's region row both say it with this one sentence.
    fn region_outcome(&self, o: &RegionOutcome, f: &OutcomeFigures) -> String;
    /// "Almelo: 93 urgenten per jaar, 13,4% van de vrijkomende sociale huurwoningen (…)."
    fn mine(&self, one: bool, name: &str, target: &str, percent: &str, status: &str) -> String;
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
            v.push(others(&rest.to_string(), lang));
        }
        join_names(&v, lang)
    };
    let (sig, min) = (format_bp(p.signal_bp, lang), format_bp(p.minimum_bp, lang));
    let method = by_lang!(lang, method_phrase(o.method, &format_bp(p.cap(), lang)));
    let mut out = mine
        .and_then(|id| mine_sentence(c, id, lang))
        .map(|m| format!("{m} "))
        .unwrap_or_default();
    let region = s.region_name.trim();
    let a = by_lang!(
        lang,
        above_signal(&method, above.len(), n, region, &sig, &short(above.clone()))
    );
    let b = by_lang!(
        lang,
        below_minimum(below.len(), &min, &short(below.clone()))
    );
    let w = by_lang!(lang, within(within, n));
    out.push_str(&format!("{a} {b}{w}."));
    // Under the cap: who is housed and who is not. The fallback's figures follow under
    // every method (the agreement's footnote); under the fallback they are its own.
    let own = crate::view::region_outcome(c);
    if own.is_told() && own.method != Method::Fallback {
        out.push(' ');
        out.push_str(&region_outcome_sentence(&own, lang));
    }
    out.push(' ');
    out.push_str(&region_outcome_sentence(
        &crate::view::fallback_outcome(c),
        lang,
    ));
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
    Some(by_lang!(
        lang,
        mine(row.target == 1, name, &target, &pct, status)
    ))
}

#[cfg(test)]
mod tests {
    use super::region_outcome_sentence;
    use crate::view::RegionOutcome;
    use evt_core::numbers::Lang;
    use evt_core::scenario::Method;

    /// The runs of digits (with thousands marks) of a text, in reading order.
    fn figures(text: &str) -> Vec<String> {
        text.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
            .map(|f| f.trim_matches([',', '.']))
            .filter(|f| !f.is_empty())
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn every_outcome_names_its_figures_in_reading_order() {
        let cases: [(Method, u64, u64, &[&str]); 8] = [
            // Fallback: all housed and places unused; places short; exactly enough.
            (Method::Fallback, 10, 75, &["10", "75", "65"]),
            (Method::Fallback, 800, 724, &["724", "800", "76"]),
            (Method::Fallback, 724, 724, &["724"]),
            (Method::Fallback, 76, 75, &["75", "76", "1"]),
            (Method::Fallback, 74, 75, &["74", "75", "1"]),
            // Nobody to house; the one.
            (Method::Fallback, 0, 75, &["75"]),
            (Method::HouseholdsCapped, 1, 20, &[]),
            // The cap leaves some not housed.
            (
                Method::HouseholdsCapped,
                2000,
                951,
                &["951", "2.000", "1.049"],
            ),
        ];
        for (method, urgents, places, expected) in cases {
            let places = if method == Method::HouseholdsCapped {
                places.min(urgents)
            } else {
                places
            };
            let o = RegionOutcome::new(method, urgents, places);
            let nl = region_outcome_sentence(&o, Lang::Nl);
            assert_eq!(figures(&nl), expected, "{nl}");
            let en = region_outcome_sentence(&o, Lang::En);
            let en_expected: Vec<String> = expected.iter().map(|f| f.replace('.', ",")).collect();
            assert_eq!(figures(&en), en_expected, "{en}");
            // One word for those not housed, and only when there are any.
            assert_eq!(nl.contains("niet gehuisvest"), o.unhoused > 0, "{nl}");
            assert_eq!(en.contains("not housed"), o.unhoused > 0, "{en}");
            assert_eq!(nl.contains("onbenut"), o.unused > 0, "{nl}");
            assert_eq!(en.contains("unused"), o.unused > 0, "{en}");
        }
    }
}
