//! Dutch texts of the growth-path view (ingroeipad).

use super::Nl;
use crate::i18n::growth::{start_column_label, GrowthTexts, GrowthWords, TakesFigures};
use crate::i18n::validation::field_label;
use crate::view::growth::{GrowthSummary, PathEnds, Standing};
use evt_core::growth::{Horizon, Start};
use evt_core::methods::Unavailable;
use evt_core::numbers::{format_bp, format_count, Lang};
use evt_core::validate::Field;

const LANG: Lang = Lang::Nl;

const GROWTH: GrowthTexts = GrowthTexts {
    heading: "Ingroeipad",
    intro: "Hoe de verdeling in een aantal jaren stap voor stap groeit van de verdeling van nu naar de stip op de horizon, en wanneer elke gemeente binnen de signaalwaarde komt.",
    paths_heading: "Twee ingroeipaden, tegelijk (afspraak 2)",
    path_a_title: "Pad a: meer passende woningen.",
    path_a: "Gemeenten voegen kleine, betaalbare sociale huurwoningen toe. Daardoor komen er elk jaar meer woningen vrij en daalt het deel dat naar urgenten gaat. Vul in de tabel per gemeente in hoeveel woningen er per jaar extra vrijkomen.",
    path_b_title: "Pad b: geleidelijk naar een evenwichtiger percentage.",
    path_b: "De verdeling schuift elk jaar een gelijke stap op, van de startverdeling naar de horizon: naar rato van huishoudens. Boven de signaalwaarde overleggen corporaties en gemeente.",
    settings_heading: "Instellingen van het ingroeipad",
    years_label: "Aantal jaren",
    years_help: "Van 1 tot en met 30 jaar. Jaar 0 is de startverdeling, het laatste jaar de horizon.",
    urgents_growth_label: "Groei urgenten per jaar",
    urgents_growth_help: "Zoveel urgenten komen er elk jaar bij (0 = gelijk aantal).",
    start_legend: "Startverdeling (jaar 0)",
    horizon_legend: "Horizon (laatste jaar)",
    results_heading: "Uitkomsten van het ingroeipad",
    year_label: "Toon jaar",
    year_help: "De tabel toont één jaar; de grafiek en de tabel onder ‘Toon als tabel’ tonen alle jaren.",
    table_caption: "Per gemeente in het gekozen jaar: urgenten, vrijkomende woningen, percentage en status, met extra vrijkomende woningen (pad a)",
    col_extra: "Extra vrijkomende woningen per jaar (pad a)",
    col_within: "Aan het eind",
    chart_heading: "Percentage per gemeente over de jaren",
    chart_hint: "Kies een gemeente met Tab en de pijltjes omhoog en omlaag, of klik erop. Met de pijltjes links en rechts loopt u door de jaren; de cijfers staan dan hier.",
    legend_label: "Legenda",
    legend_line: "lijn: percentage van de gemeente per jaar",
    legend_above_zone: "gearceerd: boven de signaalwaarde",
    legend_below_zone: "gestippeld: onder het minimum",
    matrix_caption: "Percentage toewijzingen per gemeente per jaar, met status",
    year_short: "Jaar",
    no_path: "Het ingroeipad kan nog niet worden berekend.",
    pager_label: "Welke gemeenten de tabel en de grafiek tonen",
    filter_label: "Zoek gemeente",
    filter_help: "Typ een deel van de naam. Tabel en grafiek tonen 50 gemeenten tegelijk; blader met de knoppen.",
    previous_page: "Vorige 50",
    next_page: "Volgende 50",
    ends_heading: "Waar het pad begint en eindigt",
    takes_heading: "Wat ervoor nodig is (pad a)",
    takes_apply: "Pas toe",
    takes_apply_help: "Vult deze aantallen in bij ‘Extra vrijkomende woningen per jaar (pad a)’, in één stap. Ongedaan maken (Ctrl+Z) zet de vorige aantallen terug.",
    takes_fix_first: "Verbeter eerst de invoer met een foutmelding; anders gaat wat daar getypt is verloren.",
};

impl GrowthWords for Nl {
    fn texts(&self) -> &'static GrowthTexts {
        &GROWTH
    }

    fn start_label(&self, start: Start) -> &'static str {
        match start {
            Start::Origin => "Woonplaatsbeginsel (instroom naar woonplaats)",
            Start::Realised => "Gerealiseerde toewijzingen",
            Start::EqualPercentage => "Gelijk percentage van de vrijkomende woningen",
        }
    }

    fn start_help(&self, start: Start, available: bool) -> String {
        match (start, available) {
            (Start::EqualPercentage, _) => {
                "Elke gemeente begint met hetzelfde percentage van haar vrijkomende woningen."
                    .into()
            }
            (Start::Origin, true) => {
                "Elke gemeente begint met de urgenten die uit de gemeente zelf komen.".into()
            }
            (Start::Realised, true) => {
                "Elke gemeente begint bij wat zij nu werkelijk toewijst.".into()
            }
            (s, false) => format!(
                "Nog niet te kiezen: vul eerst bij de invoer de kolom ‘{}’ in.",
                start_column_label(s, LANG)
            ),
        }
    }

    fn horizon_label(&self, horizon: Horizon, cap_bp: u32) -> String {
        match horizon {
            Horizon::Households => "Naar rato van huishoudens (stip op de horizon)".into(),
            Horizon::HouseholdsCapped => format!(
                "Naar rato van huishoudens, met een plafond van {}",
                format_bp(cap_bp, LANG)
            ),
        }
    }

    fn horizon_help(&self, horizon: Horizon) -> &'static str {
        match horizon {
            Horizon::Households => "Het einddoel van de afspraken: elke gemeente naar haar aandeel in de huishoudens van de regio.",
            Horizon::HouseholdsCapped => "Hetzelfde, maar geen gemeente boven het plafond (in te stellen bij de uitgangspunten).",
        }
    }

    fn year_option(&self, year: u32, last: u32) -> String {
        let word = GROWTH.year_short;
        match year {
            0 => format!("{word} 0 (start)"),
            y if y == last => format!("{word} {y} (horizon)"),
            y => format!("{word} {y}"),
        }
    }

    fn standing_text(&self, standing: Standing, years: u32) -> String {
        match standing {
            Standing::StillAbove => format!("blijft na {years} jaar boven de signaalwaarde"),
            Standing::BelowMinimumFrom(y) => format!("vanaf jaar {y} onder het minimum"),
            Standing::WithinSignalFrom(y) => format!("vanaf jaar {y} binnen de signaalwaarde"),
            Standing::WithinRangeFrom(y) => format!("vanaf jaar {y} binnen de bandbreedte"),
            Standing::NotApplicable => {
                format!("in jaar {years} geen urgenten en geen vrijkomende woningen")
            }
        }
    }

    fn path_start(&self, start: Start, percent: &str) -> String {
        match start {
            Start::EqualPercentage => format!("Het pad begint in jaar 0 bij een gelijk percentage: elke gemeente wijst ongeveer {percent} van haar vrijkomende woningen toe aan urgenten (de gelijkmatige verdeling van pad b)."),
            Start::Origin => "Het pad begint in jaar 0 bij het woonplaatsbeginsel: elke gemeente huisvest de urgenten die uit de gemeente zelf komen.".into(),
            Start::Realised => "Het pad begint in jaar 0 bij de gerealiseerde toewijzingen: wat elke gemeente nu werkelijk toewijst.".into(),
        }
    }

    fn path_end(&self, horizon: Horizon, cap: &str, years: u32) -> String {
        match horizon {
            Horizon::Households => format!("Het eindigt in jaar {years} bij de stip op de horizon: naar rato van huishoudens."),
            Horizon::HouseholdsCapped => format!("Het eindigt in jaar {years} bij de stip op de horizon: naar rato van huishoudens, met een plafond van {cap}."),
        }
    }

    fn path_outcome(&self, e: &PathEnds, above: &str, n: &str, signal: &str) -> String {
        let verb = if e.above_last == 1 { "ligt" } else { "liggen" };
        match (e.above_last, e.extra_given) {
            (0, false) => format!("Ook zonder extra woningen (pad a) ligt dan geen gemeente boven de signaalwaarde van {signal}."),
            (0, true) => format!("Met de ingevulde extra vrijkomende woningen (pad a) ligt dan geen gemeente boven de signaalwaarde van {signal}."),
            (_, false) => format!("Zonder extra woningen (pad a) {verb} dan {above} van de {n} gemeenten boven de signaalwaarde van {signal}. Dat zeggen de cijfers van nu zonder extra woningen: naar rato van huishoudens krijgen die gemeenten meer urgenten dan {signal} van hun vrijkomende woningen. Wat pad a daarvoor moet toevoegen, staat hieronder bij ‘Wat ervoor nodig is’."),
            (_, true) => format!("Met de ingevulde extra vrijkomende woningen (pad a) {verb} dan nog {above} van de {n} gemeenten boven de signaalwaarde van {signal}. Wat er meer nodig is, staat hieronder bij ‘Wat ervoor nodig is’."),
        }
    }

    fn takes_intro(&self, years: u32, signal: &str) -> String {
        format!("Per gemeente die in jaar {years} boven de signaalwaarde van {signal} ligt: hoeveel vrijkomende woningen er elk jaar bij moeten komen om in jaar {years} binnen de signaalwaarde te liggen, en hoeveel kleine, betaalbare woningen dat per jaar zijn bij de mutatiegraad van de gemeente.")
    }

    fn takes_none(&self, years: u32) -> String {
        format!(
            "Geen gemeente ligt in jaar {years} boven de signaalwaarde: er is niets extra nodig."
        )
    }

    fn takes_text(&self, f: &TakesFigures) -> String {
        let y = f.years;
        let now = format!(
            "{} urgenten op {} vrijkomende woningen in jaar {y} ({})",
            f.target, f.vacancies, f.percent
        );
        let Some(extra) = f.extra else {
            return format!("{now}. Met extra vrijkomende woningen alleen blijft deze gemeente boven de signaalwaarde.");
        };
        let was = f
            .extra_now
            .map(|e| format!(" (nu {e})"))
            .unwrap_or_default();
        let homes = f
            .homes
            .map(|(h, r)| format!(": ongeveer {h} kleine, betaalbare woningen per jaar erbij, bij een mutatiegraad van {r}"))
            .unwrap_or_default();
        format!(
            "{now}. Met {extra} extra vrijkomende woningen per jaar{was} zijn dat er {} in jaar {y} ({}){homes}.",
            f.vacancies_then, f.percent_then
        )
    }

    fn growth_unavailable(&self, u: Unavailable) -> String {
        let col = |c: Field| field_label(c, LANG);
        match u {
            Unavailable::MissingColumn(c) => format!("Deze startverdeling heeft de kolom ‘{}’ nodig. Vul die in bij de invoer, of kies een andere startverdeling.", col(c)),
            Unavailable::NoHouseholds => "De horizon heeft bij minstens één gemeente huishoudens nodig.".into(),
            Unavailable::NoVacancies => "De startverdeling heeft bij minstens één gemeente vrijkomende woningen nodig.".into(),
            Unavailable::NoUrgents => "Bij 0 urgenten per jaar valt er niets te verdelen, dus heeft de horizon ‘naar rato van huishoudens, met een plafond’ geen eindverdeling. Vul bij Uitgangspunten het aantal urgenten per jaar in.".into(),
            Unavailable::NoRoomUnderCap => "Onder het plafond is bij geen enkele gemeente plaats (een plafond van 0 %, of geen vrijkomende woningen), dus heeft de horizon ‘naar rato van huishoudens, met een plafond’ geen eindverdeling. Verhoog het plafond bij Uitgangspunten of kies de horizon ‘naar rato van huishoudens’.".into(),
            Unavailable::NoOrigin | Unavailable::NoRealised => "De kolom van de startverdeling telt op tot 0. Vul bij minstens één gemeente een aantal in, of kies een andere startverdeling.".into(),
        }
    }

    fn panel_label(&self, name: &str, a: &str, b: &str, years: u32, within: &str) -> String {
        format!("{name}: van {a} in jaar 0 naar {b} in jaar {years}; {within}")
    }

    fn year_lower(&self) -> &'static str {
        "jaar"
    }

    fn others(&self, rest: &str) -> String {
        format!("{rest} andere")
    }

    fn growth_summary(&self, s: &GrowthSummary, names: &str) -> String {
        let n = format_count(s.municipalities as u64, LANG);
        let sig = format_bp(s.signal_bp, LANG);
        let y = s.years;
        let (a0, a1) = (
            format_count(s.above_first as u64, LANG),
            format_count(s.above_last as u64, LANG),
        );
        let first = format!("In jaar 0 liggen {a0} van de {n} gemeenten boven de signaalwaarde van {sig}; in jaar {y}, de horizon, zijn dat er {a1}.");
        let k = s.never_within.len();
        let second = match k {
            0 => format!("Na {y} jaar ligt geen gemeente boven de signaalwaarde."),
            1 => format!("{names} blijft na {y} jaar boven de signaalwaarde."),
            _ => format!(
                "{} gemeenten blijven na {y} jaar boven de signaalwaarde: {names}.",
                format_count(k as u64, LANG)
            ),
        };
        format!("{first} {second}")
    }

    fn chart_shown(&self, a: &str, b: &str) -> String {
        format!("{a} van de {b}, zoals gekozen boven de tabel")
    }

    fn chart_description(&self, n: &str, years: u32, m: &str, s: &str) -> String {
        format!("Een kleine grafiek per gemeente ({n}): het percentage toewijzingen van jaar 0 tot en met jaar {years}, met een gestreepte lijn bij het minimum van {m} en een gestippelde lijn bij de signaalwaarde van {s}. Alle grafieken hebben dezelfde schaal.")
    }

    fn legend_lines(&self, m: &str, s: &str) -> (String, String) {
        (
            format!("gestreepte lijn: minimum {m}"),
            format!("gestippelde lijn: signaalwaarde {s}"),
        )
    }

    fn page_status(&self, first: usize, last: usize, found: usize, q: &str) -> String {
        let c = |n: usize| format_count(n as u64, LANG);
        match (q.is_empty(), found) {
            (true, _) => format!("Gemeenten {}–{} van {}", c(first), c(last), c(found)),
            (false, 0) => format!("Geen gemeente gevonden voor ‘{q}’."),
            (false, 1) => format!("1 gemeente gevonden voor ‘{q}’."),
            (false, _) => format!(
                "{} gemeenten gevonden voor ‘{q}’: {}–{} getoond.",
                c(found),
                c(first),
                c(last)
            ),
        }
    }
}
