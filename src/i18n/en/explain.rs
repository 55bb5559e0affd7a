//! English texts of "How calculated?".

use super::En;
use crate::i18n::explain::{ExplainWords, OtherFigures, StatusFigures};
use evt_core::scenario::Method;

impl ExplainWords for En {
    fn apportion_what(&self, method: Method) -> &'static str {
        match method {
            Method::EqualPercentage => {
                "urgent home seekers × the municipality's vacated homes / the region's vacated homes"
            }
            Method::HomeMunicipality => {
                "urgent home seekers × inflow from the municipality / inflow in the region"
            }
            _ => "urgent home seekers × the municipality's households / the region's households",
        }
    }

    fn apportioned(
        &self,
        what: &str,
        total: &str,
        weight: &str,
        sum: &str,
        q: &str,
        target: &str,
    ) -> String {
        format!("{what}: {total} × {weight} / {sum} = {q} → {target} (largest remainders: everyone rounded down first, the remaining urgent home seekers go to the largest remainders).")
    }

    fn capped(
        &self,
        cap: &str,
        vacancies: &str,
        exact: &str,
        capacity: &str,
        target: &str,
    ) -> String {
        format!("Cap: {cap} × {vacancies} vacated homes = {exact} → {capacity} (rounded down). Pro rata to households this municipality would get more, so it gets exactly the cap: {target}.")
    }

    fn capped_share(
        &self,
        shared: &str,
        weight: &str,
        sum: &str,
        q: &str,
        target: &str,
        capacity: &str,
    ) -> String {
        format!("After the municipalities at their cap, {shared} urgent home seekers remain for those below it: {shared} × {weight} / {sum} households = {q} → {target} (largest remainders; cap {capacity}).")
    }

    fn minimum(&self, minimum: &str, vacancies: &str, exact: &str, target: &str) -> String {
        format!("Statutory minimum: {minimum} × {vacancies} vacated homes = {exact} → {target} (rounded up: at least the minimum).")
    }

    fn no_percentage(&self) -> &'static str {
        "This municipality has no vacated homes, so there is no percentage."
    }

    fn status(&self, f: &StatusFigures) -> String {
        let StatusFigures {
            target,
            vacancies,
            percent,
            minimum_bp,
            minimum,
            signal_bp,
            signal,
            verdict,
        } = f;
        format!("{target} / {vacancies} = {percent}. Minimum {minimum_bp} of {vacancies} = {minimum}; signal value {signal_bp} = {signal}. So {target} is {verdict}.")
    }

    fn horizon(&self, target: &str, horizon: i64, diff: &str) -> String {
        format!(
            " Difference to the horizon (pro rata to households): {target} − {horizon} = {diff}."
        )
    }

    fn other(&self, f: &OtherFigures) -> String {
        let OtherFigures {
            household_share,
            urgent_share,
            diff,
            vacancies,
            target,
            status_holders,
            room,
        } = f;
        format!("Share of the region's households: {household_share}; share of the urgent home seekers: {urgent_share}.{diff} Room for regular home seekers: {vacancies} vacated − {target} urgent home seekers − {status_holders} status holders = {room}.")
    }
}
