//! Dutch texts of "Hoe berekend?".

use super::Nl;
use crate::i18n::explain::{ExplainWords, OtherFigures, StatusFigures};
use evt_core::scenario::Method;

impl ExplainWords for Nl {
    fn apportion_what(&self, method: Method) -> &'static str {
        match method {
            Method::EqualPercentage => {
                "urgenten × vrijkomende woningen van de gemeente / vrijkomende woningen in de regio"
            }
            Method::HomeMunicipality => {
                "urgenten × instroom uit de gemeente / instroom in de regio"
            }
            _ => "urgenten × huishoudens van de gemeente / huishoudens in de regio",
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
        format!("{what}: {total} × {weight} / {sum} = {q} → {target} (afgerond met de grootste restanten: iedereen eerst naar beneden, de resterende urgenten naar de grootste restanten).")
    }

    fn capped(
        &self,
        cap: &str,
        vacancies: &str,
        exact: &str,
        capacity: &str,
        target: &str,
    ) -> String {
        format!("Plafond: {cap} × {vacancies} vrijkomende woningen = {exact} → {capacity} (naar beneden afgerond). Naar rato van huishoudens zou deze gemeente meer krijgen, dus krijgt zij precies het plafond: {target}.")
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
        format!("Na de gemeenten die aan hun plafond zitten, blijven {shared} urgenten over voor de gemeenten eronder: {shared} × {weight} / {sum} huishoudens = {q} → {target} (grootste restanten; plafond {capacity}).")
    }

    fn minimum(&self, minimum: &str, vacancies: &str, exact: &str, target: &str) -> String {
        format!("Wettelijk minimum: {minimum} × {vacancies} vrijkomende woningen = {exact} → {target} (naar boven afgerond: minstens het minimum).")
    }

    fn no_percentage(&self) -> &'static str {
        "Deze gemeente heeft geen vrijkomende woningen ingevuld, dus er is geen percentage."
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
        format!("{target} / {vacancies} = {percent}. Minimum {minimum_bp} van {vacancies} = {minimum}; signaalwaarde {signal_bp} = {signal}. {target} ligt daarom {verdict}.")
    }

    fn horizon(&self, target: &str, horizon: i64, diff: &str) -> String {
        format!(
            " Verschil met de horizon (naar rato van huishoudens): {target} − {horizon} = {diff}."
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
        format!("Aandeel in de huishoudens van de regio: {household_share}; aandeel in de urgenten: {urgent_share}.{diff} Ruimte voor regulier woningzoekenden: {vacancies} vrijkomend − {target} urgenten − {status_holders} vergunninghouders = {room}.")
    }
}
