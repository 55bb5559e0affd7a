//! The worked example of the explanation in words: why one municipality ("Mijn gemeente",
//! or the one with the most households) houses the number of urgent home seekers it does,
//! step by step for the method in use (`view::explanation::Step`). Every figure is written
//! by `evt_core::numbers`; the words are in `nl/explanation/example.rs` and
//! `en/explanation/example.rs`.

use crate::i18n::{method_name, status_label};
use crate::view::explanation::{Example, Step, Weight};
use evt_core::numbers::{format_bp, format_count, format_percent_tenths, format_scaled, Lang};

/// The example's sentences, implemented once per language; figures come written.
pub trait ExampleWords {
    /// "Waarom Hengelo 110 wettelijk urgenten per jaar een woning geeft".
    fn example_heading(&self, name: &str, target: u64) -> String;
    /// Whose example this is (`mine`: "Mijn gemeente", else the most households) and the
    /// method in use.
    fn example_lead(&self, name: &str, mine: bool, target: &str, method: &str) -> String;
    /// `weight` of the region's `sum` (households, vacated homes or inflow) is `share`.
    fn step_share(&self, name: &str, of: Weight, weight: &str, sum: &str, share: &str) -> String;
    /// That part of `urgents` is `quota`, rounded to `target` so the region adds up.
    fn step_apportion(&self, urgents: &str, quota: &str, target: &str) -> String;
    /// The vacated homes a year, estimated at `turnover` of the corporation homes or entered.
    fn step_vacancies(&self, name: &str, vacancies: &str, turnover: Option<&str>) -> String;
    /// Held at the cap; `horizon` is what pro rata to households would give.
    fn step_capped(
        &self,
        name: &str,
        cap: &str,
        vacancies: &str,
        exact: &str,
        capacity: &str,
        horizon: Option<&str>,
    ) -> String;
    /// Below the cap: a share of what the full ones leave.
    #[allow(clippy::too_many_arguments)]
    fn step_capped_share(
        &self,
        name: &str,
        shared: &str,
        weight: &str,
        sum: &str,
        quota: &str,
        target: &str,
        capacity: &str,
    ) -> String;
    /// The statutory minimum alone, rounded up.
    fn step_minimum(&self, minimum: &str, vacancies: &str, exact: &str, target: &str) -> String;
    /// `target` of `vacancies` is `percent`; against the minimum and the signal value.
    #[allow(clippy::too_many_arguments)]
    fn step_percentage(
        &self,
        name: &str,
        target: &str,
        vacancies: &str,
        percent: &str,
        minimum: &str,
        signal: &str,
        verdict: &str,
    ) -> String;
    /// Without vacated homes there is no percentage.
    fn step_no_percentage(&self, name: &str) -> String;
    /// What pro rata to households (the horizon) would give, next to `target`.
    fn step_horizon(&self, name: &str, horizon: &str, target: &str) -> String;
}

/// The example's heading: the question it answers, with the figure.
pub fn example_heading(ex: &Example, lang: Lang) -> String {
    by_lang!(lang, example_heading(&ex.row.name, ex.row.target))
}

/// The sentence above the steps.
pub fn example_lead(ex: &Example, lang: Lang) -> String {
    let target = format_count(ex.row.target, lang);
    let method = method_name(ex.method, lang);
    by_lang!(lang, example_lead(&ex.row.name, ex.mine, &target, method))
}

/// The steps, in reading order.
pub fn example_steps(ex: &Example, lang: Lang) -> Vec<String> {
    ex.steps.iter().map(|s| step(ex, s, lang)).collect()
}

fn step(ex: &Example, s: &Step, lang: Lang) -> String {
    let c = |n: u64| format_count(n, lang);
    let hundredths = |n: u64| format_scaled(u128::from(n), 2, lang);
    let name = ex.row.name.as_str();
    match *s {
        Step::Share {
            weight_of,
            weight,
            sum,
            share_tenths,
        } => {
            let share = share_tenths.map_or_else(String::new, |t| format_percent_tenths(t, lang));
            by_lang!(
                lang,
                step_share(name, weight_of, &c(weight), &c(sum), &share)
            )
        }
        Step::Apportion {
            urgents,
            quota_hundredths,
            target,
        } => by_lang!(
            lang,
            step_apportion(&c(urgents), &hundredths(quota_hundredths), &c(target))
        ),
        Step::Vacancies {
            vacancies,
            estimated,
            turnover_bp,
        } => {
            let turnover = estimated.then(|| format_bp(turnover_bp, lang));
            by_lang!(
                lang,
                step_vacancies(name, &c(vacancies), turnover.as_deref())
            )
        }
        Step::Capped {
            cap_bp,
            vacancies,
            exact_hundredths,
            capacity,
            horizon,
        } => {
            let horizon = horizon.map(c);
            by_lang!(
                lang,
                step_capped(
                    name,
                    &format_bp(cap_bp, lang),
                    &c(vacancies),
                    &hundredths(exact_hundredths),
                    &c(capacity),
                    horizon.as_deref()
                )
            )
        }
        Step::CappedShare {
            shared,
            weight,
            sum,
            quota_hundredths,
            target,
            capacity,
        } => by_lang!(
            lang,
            step_capped_share(
                name,
                &c(shared),
                &c(weight),
                &c(sum),
                &hundredths(quota_hundredths),
                &c(target),
                &c(capacity)
            )
        ),
        Step::Minimum {
            minimum_bp,
            vacancies,
            exact_hundredths,
            target,
        } => by_lang!(
            lang,
            step_minimum(
                &format_bp(minimum_bp, lang),
                &c(vacancies),
                &hundredths(exact_hundredths),
                &c(target)
            )
        ),
        Step::Percentage {
            target,
            vacancies,
            percent_tenths,
            status,
            minimum_bp,
            signal_bp,
        } => match percent_tenths {
            Some(p) => by_lang!(
                lang,
                step_percentage(
                    name,
                    &c(target),
                    &c(vacancies),
                    &format_percent_tenths(p, lang),
                    &format_bp(minimum_bp, lang),
                    &format_bp(signal_bp, lang),
                    status_label(status, lang)
                )
            ),
            None => by_lang!(lang, step_no_percentage(name)),
        },
        Step::Horizon { horizon, target } => {
            by_lang!(lang, step_horizon(name, &c(horizon), &c(target)))
        }
    }
}
