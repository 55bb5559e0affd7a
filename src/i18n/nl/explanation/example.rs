//! Dutch words of the explanation's worked example (`i18n/explanation/example.rs`).

use super::super::Nl;
use crate::i18n::explanation::example::ExampleWords;
use crate::view::explanation::Weight;
use evt_core::numbers::{format_count, Lang};

impl ExampleWords for Nl {
    fn example_heading(&self, name: &str, target: u64) -> String {
        match target {
            1 => format!("Waarom {name} 1 wettelijk urgent per jaar een woning geeft"),
            n => format!(
                "Waarom {name} {} wettelijk urgenten per jaar een woning geeft",
                format_count(n, Lang::Nl)
            ),
        }
    }

    fn example_lead(&self, name: &str, mine: bool, target: &str, method: &str) -> String {
        let who = if mine {
            format!("{name} is ‘Mijn gemeente’.")
        } else {
            format!("Dit voorbeeld gaat over {name}, de gemeente met de meeste huishoudens. Kies hierboven uw eigen gemeente.")
        };
        format!("{who} Zo komt de rekenhulp voor {name} op {target}, met de gekozen verdeling: {method}.")
    }

    fn step_share(&self, name: &str, of: Weight, weight: &str, sum: &str, share: &str) -> String {
        match of {
            Weight::Households => format!(
                "{name} heeft {weight} van de {sum} huishoudens in de regio. Dat is {share}."
            ),
            Weight::Vacancies => format!(
                "Dat zijn {weight} van de {sum} vrijkomende woningen in de regio: {share}. Elke gemeente geeft hetzelfde deel van haar vrijkomende woningen."
            ),
            Weight::Inflow => format!(
                "Uit {name} kwamen {weight} van de {sum} mensen die in de regio in een instelling gingen wonen (de instroom). Dat is {share}."
            ),
        }
    }

    fn step_apportion(&self, urgents: &str, quota: &str, target: &str) -> String {
        format!("Hetzelfde deel van de {urgents} wettelijk urgenten per jaar is {quota}. Afgerond is dat {target}. De regio rondt zo af dat alle gemeenten samen precies {urgents} mensen een woning geven.")
    }

    fn step_vacancies(&self, name: &str, vacancies: &str, turnover: Option<&str>) -> String {
        match turnover {
            Some(t) => format!("In {name} komen per jaar ongeveer {vacancies} sociale huurwoningen vrij. Dat is een schatting: {t} van de corporatiewoningen."),
            None => format!("In {name} komen per jaar {vacancies} sociale huurwoningen vrij. Dat aantal is ingevuld in de rekenhulp."),
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
            format!("Naar rato van huishoudens zou {name} {h} mensen een woning geven. ")
        });
        format!("{first}Maar geen gemeente geeft meer dan {cap} van haar vrijkomende woningen (het plafond): {cap} van {vacancies} is {exact}, naar beneden afgerond {capacity}. Daarom geeft {name} {capacity} mensen een woning.")
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
        format!("Sommige gemeenten zitten aan hun plafond. De andere gemeenten verdelen de {shared} wettelijk urgenten die overblijven naar rato van huishoudens. {name} heeft {weight} van hun {sum} huishoudens, dus {quota}. Afgerond is dat {target}; het plafond van {name} is {capacity}.")
    }

    fn step_minimum(&self, min: &str, vacancies: &str, exact: &str, target: &str) -> String {
        format!("In het terugvalscenario geldt alleen het wettelijk minimum: {min} van {vacancies} is {exact}. Naar boven afgerond is dat {target}.")
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
        format!("{target} van de {vacancies} vrijkomende woningen is {percent}. Het minimum is {min} en de signaalwaarde {sig}. {name} zit daarmee {verdict}.")
    }

    fn step_no_percentage(&self, name: &str) -> String {
        format!("{name} heeft geen vrijkomende woningen, dus er is geen percentage.")
    }

    fn step_horizon(&self, name: &str, horizon: &str, target: &str) -> String {
        if horizon == target {
            format!("Naar rato van huishoudens (het einddoel) zou {name} ook {horizon} mensen een woning geven.")
        } else {
            format!("Naar rato van huishoudens (het einddoel) zou {name} {horizon} mensen een woning geven, in plaats van {target}.")
        }
    }
}
