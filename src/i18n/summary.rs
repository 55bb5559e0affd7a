//! The plain summary on top of the results and the "Mijn gemeente" sentence.

use super::{join_names, status_label};
use evt_core::numbers::{format_bp, format_count, Lang};
use evt_core::scenario::Method;

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
