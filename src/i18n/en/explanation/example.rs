//! English words of the explanation's worked example (`i18n/explanation/example.rs`).

use super::super::En;
use crate::i18n::explanation::example::ExampleWords;
use crate::view::explanation::Weight;
use evt_core::numbers::{format_count, Lang};

impl ExampleWords for En {
    fn example_heading(&self, name: &str, target: u64) -> String {
        match target {
            1 => format!("Why {name} houses 1 urgent home seeker a year"),
            n => format!(
                "Why {name} houses {} urgent home seekers a year",
                format_count(n, Lang::En)
            ),
        }
    }

    fn example_lead(&self, name: &str, mine: bool, target: &str, method: &str) -> String {
        let who = if mine {
            format!("{name} is ‘My municipality’.")
        } else {
            format!("This example is about {name}, the municipality with the most households. Choose your own municipality above.")
        };
        format!("{who} This is how the calculator arrives at {target} for {name}, with the chosen distribution: {method}.")
    }

    fn step_share(&self, name: &str, of: Weight, weight: &str, sum: &str, share: &str) -> String {
        match of {
            Weight::Households => format!(
                "{name} has {weight} of the {sum} households in the region. That is {share}."
            ),
            Weight::Vacancies => format!(
                "That is {weight} of the {sum} vacated homes in the region: {share}. Every municipality gives the same part of its vacated homes."
            ),
            Weight::Inflow => format!(
                "{weight} of the {sum} people in the region who moved into an institution came from {name} (the inflow). That is {share}."
            ),
        }
    }

    fn step_apportion(&self, urgents: &str, quota: &str, target: &str) -> String {
        format!("The same part of the {urgents} statutory urgent home seekers a year is {quota}. Rounded, that is {target}. The region rounds so that all municipalities together house exactly {urgents} people.")
    }

    fn step_vacancies(&self, name: &str, vacancies: &str, turnover: Option<&str>) -> String {
        match turnover {
            Some(t) => format!("About {vacancies} social-rental homes become free in {name} every year. That is an estimate: {t} of the corporation homes."),
            None => format!("{vacancies} social-rental homes become free in {name} every year. That number was entered in the calculator."),
        }
    }

    fn step_capped(
        &self,
        name: &str,
        cap: &str,
        vacancies: &str,
        exact: &str,
        capacity: &str,
        horizon: Option<&str>,
    ) -> String {
        let first = horizon.map_or_else(String::new, |h| {
            format!("Pro rata to households, {name} would house {h} people. ")
        });
        format!("{first}But no municipality gives more than {cap} of its vacated homes (the cap): {cap} of {vacancies} is {exact}, rounded down {capacity}. So {name} houses {capacity} people.")
    }

    fn step_capped_share(
        &self,
        name: &str,
        shared: &str,
        weight: &str,
        sum: &str,
        quota: &str,
        target: &str,
        capacity: &str,
    ) -> String {
        format!("Some municipalities are at their cap. The other municipalities share the {shared} statutory urgent home seekers that are left pro rata to households. {name} has {weight} of their {sum} households, so {quota}. Rounded, that is {target}; the cap of {name} is {capacity}.")
    }

    fn step_minimum(&self, min: &str, vacancies: &str, exact: &str, target: &str) -> String {
        format!("In the statutory fallback only the statutory minimum applies: {min} of {vacancies} is {exact}. Rounded up, that is {target}.")
    }

    fn step_percentage(
        &self,
        name: &str,
        target: &str,
        vacancies: &str,
        percent: &str,
        min: &str,
        sig: &str,
        verdict: &str,
    ) -> String {
        format!("{target} of the {vacancies} vacated homes is {percent}. The minimum is {min} and the signal value {sig}. So {name} is {verdict}.")
    }

    fn step_no_percentage(&self, name: &str) -> String {
        format!("{name} has no vacated homes, so there is no percentage.")
    }

    fn step_horizon(&self, name: &str, horizon: &str, target: &str) -> String {
        if horizon == target {
            format!(
                "Pro rata to households (the horizon), {name} would also house {horizon} people."
            )
        } else {
            format!("Pro rata to households (the horizon), {name} would house {horizon} people instead of {target}.")
        }
    }
}
