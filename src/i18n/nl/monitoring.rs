//! Dutch texts of the half-yearly monitoring view.

use super::Nl;
use crate::i18n::join_names;
use crate::i18n::monitoring::{MonTexts, MonitoringWords};
use crate::i18n::validation::number_error;
use crate::view::monitoring::PeriodSummary;
use evt_core::codec::monitoring::{MonColumn, MonNote, MonRejectReason};
use evt_core::monitoring::{MonitoringError, Period, PeriodError};
use evt_core::numbers::{format_bp, format_count, format_percent_tenths, Lang};

const LANG: Lang = Lang::Nl;

const MON: MonTexts = MonTexts {
    heading: "Halfjaarlijkse monitoring",
    intro: "Per halfjaar en gemeente: urgentieaanvragen, toegekende urgenties, gehuisveste wettelijk urgenten, alle toewijzingen van sociale huurwoningen en hoeveel urgenten passend zijn gehuisvest (afspraak 1a en 1b). Daaruit volgen het gerealiseerde percentage, de halfjaren boven de signaalwaarde (afspraak 3), de stand tegenover de verdeling naar rato van huishoudens en de datum van de evaluatie na drie jaar (afspraak 4).",
    no_data: "Nog geen monitoringcijfers. Voeg een halfjaar toe en vul de cijfers in, of plak ze uit Excel.",
    evaluation_label: "Evaluatie na drie jaar (afspraak 4b)",
    evaluation_pending: "volgt uit het eerste halfjaar met cijfers",
    agenda_heading: "Agendapunten bestuurlijk overleg",
    agenda_none: "Geen gemeente zit twee halfjaren op rij boven de signaalwaarde.",
    agenda_no_figures: "Nog geen cijfers.",
    agenda_not_two: "Nog geen cijfers van twee halfjaren op rij.",
    problems_intro: "Deze cijfers kloppen niet en tellen niet mee tot ze zijn verbeterd:",
    entry_heading: "Cijfers per halfjaar",
    period_label: "Halfjaar",
    new_period_label: "Halfjaar toevoegen",
    new_period_help: "Kies het uit de lijst of typ het als jaar-H1 (januari–juni) of jaar-H2 (juli–december), bijvoorbeeld 2026-H1.",
    pick_period_label: "Kies een halfjaar",
    pick_period_none: "— kies —",
    add_period: "Toevoegen",
    period_exists: "Dit halfjaar staat er al; het is nu gekozen.",
    remove_period: "Verwijder de cijfers van dit halfjaar",
    entry_empty: "Er is nog geen halfjaar. Voeg er hierboven een toe of plak cijfers hieronder.",
    col_name: "Gemeente",
    paste_heading: "Plakken uit Excel of CSV inlezen",
    paste_label: "Geplakte cijfers",
    paste_help: "Eén regel per halfjaar en gemeente, met kolommen periode, gemeente (of code), aanvragen, toegekend, gehuisvest, toewijzingen en passend. Regels zonder periode horen bij het gekozen halfjaar. Er verandert niets voordat u op ‘Overnemen’ drukt.",
    paste_preview: "Bekijk wat er verandert",
    paste_apply: "Overnemen",
    paste_cancel: "Annuleren",
    paste_changes: "Wordt overgenomen",
    paste_rejected: "Niet overgenomen",
    paste_nothing: "Er verandert niets.",
    export_csv: "Download monitoring (CSV)",
    import_csv: "Monitoring-CSV inlezen…",
    undo: "Ongedaan maken",
    redo: "Opnieuw",
    results_heading: "Realisatie",
    col_percent: "Percentage",
    col_status: "Status",
    col_suitable: "Passend gehuisvest",
    col_cumulative: "Gehuisvest sinds begin",
    col_horizon: "Naar rato van huishoudens",
    col_ahead: "Voor (+) of achter (−)",
    above_flag: "boven de signaalwaarde",
    agenda_flag: "agendapunt bestuurlijk overleg",
    no_figures: "geen cijfers",
    region_total: "Regio",
    chart_heading: "Verloop per halfjaar",
    series_label: "Toon het percentage van",
    region_series: "de hele regio",
    show_table: "Toon als tabel",
    show_chart: "Toon als grafiek",
    chart_hint: "Kies een halfjaar met Tab en de pijltjestoetsen, of klik erop, om de cijfers hier te zien.",
    legend_label: "Legenda",
    legend_gap: "geen cijfers voor dit halfjaar",
    col_period: "Halfjaar",
    overview_heading: "Boven de signaalwaarde per halfjaar",
    overview_caption: "Percentage per gemeente en halfjaar. ▲ boven de signaalwaarde; ▲▲ ook het halfjaar ervoor: agendapunt voor het bestuurlijk overleg (afspraak 3 en 4c).",
    new_record: "nieuw",
    line: "Regel",
};

impl MonitoringWords for Nl {
    fn texts(&self) -> &'static MonTexts {
        &MON
    }

    fn column_label(&self, column: MonColumn) -> &'static str {
        match column {
            MonColumn::Period => "Halfjaar",
            MonColumn::Name => "Gemeente",
            MonColumn::Code => "Code",
            MonColumn::Applications => "Urgentieaanvragen",
            MonColumn::Granted => "Toegekende urgenties",
            MonColumn::Housed => "Gehuisveste urgenten",
            MonColumn::Allocations => "Alle toewijzingen",
            MonColumn::Suitably => "Waarvan passend",
        }
    }

    fn period_error(&self, error: &PeriodError, text: &str) -> String {
        match error {
            PeriodError::Half => format!("‘{text}’ is geen halfjaar: een jaar heeft alleen H1 (januari–juni) en H2 (juli–december)."),
            PeriodError::Format if text.is_empty() => "Vul een halfjaar in, bijvoorbeeld 2026-H1.".into(),
            PeriodError::Format => format!("‘{text}’ is geen halfjaar. Schrijf het jaar voluit met vier cijfers, dan -H1 of -H2, bijvoorbeeld 2026-H1."),
            PeriodError::Year => format!("‘{text}’: kies een jaar van {} tot en met {}.", Period::FIRST_YEAR, Period::LAST_YEAR),
        }
    }

    fn record_problem(&self, e: &MonitoringError) -> &'static str {
        use MonitoringError as E;
        match e {
            E::InvalidPeriod { .. } => "geen geldig halfjaar",
            E::DuplicatePeriod { .. } => "staat twee keer in de cijfers",
            E::UnknownMunicipality { .. } => "gemeente niet in deze regio",
            E::SuitablyAboveHoused { .. } => "meer passend gehuisvest dan gehuisvest",
            E::HousedAboveAllocations { .. } => {
                "meer urgenten gehuisvest dan er woningen zijn toegewezen"
            }
            E::CountTooLarge { .. } => "een aantal is te groot (maximaal 10.000.000)",
        }
    }

    fn reject_reason(&self, r: &MonRejectReason) -> String {
        use MonRejectReason as R;
        match r {
            R::Empty => "niets om in te lezen".into(),
            R::MissingPeriod => {
                "geen halfjaar; kies eerst een halfjaar of zet een kolom periode in de tabel".into()
            }
            R::BadPeriod { text, error } => self.period_error(error, text.trim()),
            R::MissingMunicipality => "geen gemeente in deze regel".into(),
            R::UnknownMunicipality => "onbekende gemeente in deze regio".into(),
            R::AmbiguousName => "naam past bij meer dan één gemeente; gebruik de code".into(),
            R::DuplicateRow { first_line } => {
                format!("dit halfjaar van deze gemeente staat al op regel {first_line}")
            }
            R::BadNumber {
                column,
                text,
                error,
            } => format!(
                "{} ‘{text}’: {}",
                evt_core::text::lower(self.column_label(*column)),
                number_error(error, LANG)
            ),
            R::NoData => "geen cijfers gevonden".into(),
            R::TotalsRow => "totaalregel overgeslagen".into(),
            R::Invalid(e) => self.invalid_reason(e).into(),
            R::TooManyRows { limit } => format!(
                "te veel regels (maximaal {})",
                format_count(*limit as u64, LANG)
            ),
        }
    }

    fn invalid_reason(&self, e: &MonitoringError) -> &'static str {
        use MonitoringError as E;
        match e {
            E::SuitablyAboveHoused { .. } => "meer passend gehuisvest dan gehuisvest",
            E::HousedAboveAllocations { .. } => {
                "meer urgenten gehuisvest dan er woningen zijn toegewezen"
            }
            E::CountTooLarge { .. } => "een aantal is te groot (maximaal 10.000.000)",
            _ => "deze cijfers kloppen niet",
        }
    }

    fn note(&self, n: &MonNote) -> String {
        match n {
            MonNote::IgnoredColumns(cols) => {
                format!("Niet gebruikte kolommen: {}.", cols.join(", "))
            }
            MonNote::Notation(Lang::En) => {
                "De getallen zijn in Engelse notatie gelezen (1,250 = twaalfhonderdvijftig).".into()
            }
            MonNote::Notation(Lang::Nl) => {
                "De getallen zijn in Nederlandse notatie gelezen.".into()
            }
            MonNote::NoKeyColumn => {
                "Er is geen kolom met de gemeentenaam of -code gevonden.".into()
            }
            MonNote::DefaultPeriod { period, rows } => format!(
                "{rows} regels zonder periode zijn gelezen als {period} (het gekozen halfjaar)."
            ),
            MonNote::ExtraColumns { read } => {
                format!("Zonder kopregel zijn alleen de eerste {read} kolommen gelezen.")
            }
        }
    }

    fn months(&self) -> &'static [&'static str; 12] {
        &[
            "januari",
            "februari",
            "maart",
            "april",
            "mei",
            "juni",
            "juli",
            "augustus",
            "september",
            "oktober",
            "november",
            "december",
        ]
    }

    fn evaluation_text(&self, date: &str, first: Period) -> String {
        format!("{date}, drie jaar na het begin van {first}")
    }

    fn agenda_item(&self, name: &str, runs: &str) -> String {
        format!("{name}: boven de signaalwaarde in {runs}")
    }

    fn summary(&self, s: &PeriodSummary) -> String {
        let names =
            |v: &[&str]| join_names(&v.iter().map(|n| n.to_string()).collect::<Vec<_>>(), LANG);
        let (sig, min) = (format_bp(s.signal_bp, LANG), format_bp(s.minimum_bp, LANG));
        let p = s.period;
        let who = if s.with_figures == s.municipalities {
            format!("{} gemeenten", s.with_figures)
        } else {
            format!("{} van de {} gemeenten", s.with_figures, s.municipalities)
        };
        let region = s
            .region_tenths
            .map(|t| format!(" De regio als geheel: {}.", format_percent_tenths(t, LANG)))
            .unwrap_or_default();
        let mut out = format!("{p}: cijfers van {who}.{region}");
        out.push(' ');
        out.push_str(&match s.above.len() {
            0 => format!("Geen gemeente boven de signaalwaarde van {sig}."),
            1 => format!(
                "1 gemeente boven de signaalwaarde van {sig}: {}.",
                names(&s.above)
            ),
            k => format!(
                "{k} gemeenten boven de signaalwaarde van {sig}: {}.",
                names(&s.above)
            ),
        });
        if !s.consecutive.is_empty() {
            out.push(' ');
            out.push_str(&match s.consecutive.len() {
                1 => format!("{} zit voor het tweede halfjaar op rij erboven: agendapunt voor het bestuurlijk overleg.", names(&s.consecutive)),
                _ => format!("{} zitten voor het tweede halfjaar op rij erboven: agendapunt voor het bestuurlijk overleg.", names(&s.consecutive)),
            });
        }
        out.push(' ');
        out.push_str(&match s.below.len() {
            0 => format!("Geen gemeente onder het minimum van {min}."),
            _ => format!("Onder het minimum van {min}: {}.", names(&s.below)),
        });
        out
    }

    fn ahead_word(&self, n: i64) -> &'static str {
        match n.signum() {
            1 => "voor",
            -1 => "achter",
            _ => "op koers",
        }
    }

    fn point_figures(&self, housed: &str, allocations: &str) -> String {
        format!("{housed} gehuisvest van {allocations} toewijzingen")
    }

    fn chart_description(&self, series: &str, n: usize, sig: &str, above: &[String]) -> String {
        let head = format!("Kolomdiagram van het percentage van {series} in {n} halfjaren.");
        let body = if n == 0 {
            MON.agenda_no_figures.to_string()
        } else if above.is_empty() {
            format!("In geen halfjaar boven de signaalwaarde van {sig}.")
        } else {
            format!(
                "Boven de signaalwaarde van {sig} in {}.",
                join_names(above, LANG)
            )
        };
        format!("{head} {body}")
    }

    fn applied_text(&self, n: usize) -> String {
        match n {
            1 => "1 regel overgenomen. Ongedaan maken kan met Ctrl+Z.".into(),
            n => format!("{n} regels overgenomen. Ongedaan maken kan met Ctrl+Z."),
        }
    }

    fn removed_text(&self, period: Period) -> String {
        format!("De cijfers van {period} zijn verwijderd. Ongedaan maken kan met Ctrl+Z.")
    }

    fn entry_caption(&self, period: Period) -> String {
        format!(
            "Cijfers van {period} per gemeente (aantallen personen en woningen in dat halfjaar)"
        )
    }

    fn results_caption(&self, period: Period, first: Period) -> String {
        format!("Realisatie in {period} per gemeente: gehuisveste urgenten als percentage van alle toewijzingen, en de stand van {first} tot en met {period} tegenover de verdeling naar rato van huishoudens")
    }

    fn ordinal_text(&self, run: usize) -> String {
        match run {
            0 | 1 => "1e halfjaar".into(),
            n => format!("{n}e halfjaar op rij"),
        }
    }

    fn agenda_short(&self) -> &'static str {
        "agendapunt"
    }
}
