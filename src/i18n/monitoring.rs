//! Texts of the half-yearly monitoring view (afspraak 4): static labels in [`MonTexts`],
//! sentences with figures as functions, both languages side by side; numbers through the
//! formatters of `evt_core::numbers`.

use super::validation::number_error;
use super::{join_names, status_label, status_symbol};
use crate::view::monitoring::PeriodSummary;
use chrono::{Datelike, NaiveDate};
use evt_core::codec::monitoring::{MonChange, MonColumn, MonNote, MonRejectReason, MonRejected};
use evt_core::methods::Status;
use evt_core::monitoring::{MonitoringError, Period, PeriodError};
use evt_core::numbers::{format_bp, format_count, format_percent_tenths, format_signed, Lang};

/// Static texts of the monitoring view.
pub struct MonTexts {
    pub heading: &'static str,
    pub intro: &'static str,
    pub no_data: &'static str,
    pub evaluation_label: &'static str,
    pub evaluation_pending: &'static str,
    pub agenda_heading: &'static str,
    pub agenda_none: &'static str,
    pub problems_intro: &'static str,
    pub entry_heading: &'static str,
    pub period_label: &'static str,
    pub new_period_label: &'static str,
    pub new_period_help: &'static str,
    pub add_period: &'static str,
    pub period_exists: &'static str,
    pub remove_period: &'static str,
    pub entry_empty: &'static str,
    pub col_name: &'static str,
    pub paste_heading: &'static str,
    pub paste_label: &'static str,
    pub paste_help: &'static str,
    pub paste_preview: &'static str,
    pub paste_apply: &'static str,
    pub paste_cancel: &'static str,
    pub paste_changes: &'static str,
    pub paste_rejected: &'static str,
    pub paste_nothing: &'static str,
    pub export_csv: &'static str,
    pub import_csv: &'static str,
    pub undo: &'static str,
    pub redo: &'static str,
    pub results_heading: &'static str,
    pub col_percent: &'static str,
    pub col_status: &'static str,
    pub col_suitable: &'static str,
    pub col_cumulative: &'static str,
    pub col_horizon: &'static str,
    pub col_ahead: &'static str,
    pub above_flag: &'static str,
    pub agenda_flag: &'static str,
    pub no_figures: &'static str,
    pub region_total: &'static str,
    pub chart_heading: &'static str,
    pub series_label: &'static str,
    pub region_series: &'static str,
    pub show_table: &'static str,
    pub show_chart: &'static str,
    pub chart_hint: &'static str,
    pub legend_label: &'static str,
    pub legend_gap: &'static str,
    pub col_period: &'static str,
    pub overview_heading: &'static str,
    pub overview_caption: &'static str,
    pub new_record: &'static str,
    pub line: &'static str,
}

const NL: MonTexts = MonTexts {
    heading: "Halfjaarlijkse monitoring",
    intro: "Per halfjaar en gemeente: urgentieaanvragen, toegekende urgenties, gehuisveste wettelijk urgenten, alle toewijzingen van sociale huurwoningen en hoeveel urgenten passend zijn gehuisvest (afspraak 1a en 1b). Daaruit volgen het gerealiseerde percentage, de halfjaren boven de signaalwaarde (afspraak 3), de stand tegenover de verdeling naar rato van huishoudens en de datum van de evaluatie na drie jaar (afspraak 4).",
    no_data: "Nog geen monitoringcijfers. Voeg een halfjaar toe en vul de cijfers in, of plak ze uit Excel.",
    evaluation_label: "Evaluatie na drie jaar (afspraak 4b)",
    evaluation_pending: "volgt uit het eerste halfjaar met cijfers",
    agenda_heading: "Agendapunten bestuurlijk overleg",
    agenda_none: "Geen gemeente zit twee halfjaren op rij boven de signaalwaarde.",
    problems_intro: "Deze cijfers kloppen niet en tellen niet mee tot ze zijn verbeterd:",
    entry_heading: "Cijfers per halfjaar",
    period_label: "Halfjaar",
    new_period_label: "Halfjaar toevoegen",
    new_period_help: "Schrijf het als jaar-H1 (januari–juni) of jaar-H2 (juli–december), bijvoorbeeld 2026-H1.",
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
    above_flag: "boven signaalwaarde",
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

const EN: MonTexts = MonTexts {
    heading: "Half-yearly monitoring",
    intro: "Per half-year and municipality: urgency applications, urgency decisions granted, statutory urgents housed, all allocations of social-rental homes, and how many urgents were housed suitably (agreement 1a and 1b). From these follow the realised percentage, the half-years above the signal value (agreement 3), the position against the distribution pro rata to households, and the date of the evaluation after three years (agreement 4).",
    no_data: "No monitoring figures yet. Add a half-year and enter the figures, or paste them from Excel.",
    evaluation_label: "Evaluation after three years (agreement 4b)",
    evaluation_pending: "follows from the first half-year with figures",
    agenda_heading: "Topics for the administrative consultation",
    agenda_none: "No municipality is above the signal value two half-years in a row.",
    problems_intro: "These figures do not add up and are left out until they are corrected:",
    entry_heading: "Figures per half-year",
    period_label: "Half-year",
    new_period_label: "Add a half-year",
    new_period_help: "Write it as year-H1 (January–June) or year-H2 (July–December), for example 2026-H1.",
    add_period: "Add",
    period_exists: "This half-year is already there; it is now selected.",
    remove_period: "Remove this half-year's figures",
    entry_empty: "There is no half-year yet. Add one above or paste figures below.",
    col_name: "Municipality",
    paste_heading: "Paste from Excel or import a CSV",
    paste_label: "Pasted figures",
    paste_help: "One line per half-year and municipality, with columns period, municipality (or code), applications, granted, housed, allocations and suitably. Lines without a period belong to the selected half-year. Nothing changes until you press ‘Apply’.",
    paste_preview: "Preview the changes",
    paste_apply: "Apply",
    paste_cancel: "Cancel",
    paste_changes: "Will be applied",
    paste_rejected: "Not applied",
    paste_nothing: "Nothing changes.",
    export_csv: "Download monitoring (CSV)",
    import_csv: "Import monitoring CSV…",
    undo: "Undo",
    redo: "Redo",
    results_heading: "Realisation",
    col_percent: "Percentage",
    col_status: "Status",
    col_suitable: "Housed suitably",
    col_cumulative: "Housed since the start",
    col_horizon: "Pro rata to households",
    col_ahead: "Ahead (+) or behind (−)",
    above_flag: "above signal value",
    agenda_flag: "topic for the administrative consultation",
    no_figures: "no figures",
    region_total: "Region",
    chart_heading: "Course per half-year",
    series_label: "Show the percentage of",
    region_series: "the whole region",
    show_table: "Show as table",
    show_chart: "Show as chart",
    chart_hint: "Choose a half-year with Tab and the arrow keys, or click it, to see its figures here.",
    legend_label: "Legend",
    legend_gap: "no figures for this half-year",
    col_period: "Half-year",
    overview_heading: "Above the signal value per half-year",
    overview_caption: "Percentage per municipality and half-year. ▲ above the signal value; ▲▲ also the half-year before: a topic for the administrative consultation (agreement 3 and 4c).",
    new_record: "new",
    line: "Line",
};

impl MonTexts {
    pub fn get(lang: Lang) -> &'static MonTexts {
        match lang {
            Lang::Nl => &NL,
            Lang::En => &EN,
        }
    }
}

/// The heading of a figure column in the entry table.
pub fn column_label(column: MonColumn, lang: Lang) -> &'static str {
    match (lang, column) {
        (Lang::Nl, MonColumn::Period) => "Halfjaar",
        (Lang::Nl, MonColumn::Name) => "Gemeente",
        (Lang::Nl, MonColumn::Code) => "Code",
        (Lang::Nl, MonColumn::Applications) => "Urgentieaanvragen",
        (Lang::Nl, MonColumn::Granted) => "Toegekende urgenties",
        (Lang::Nl, MonColumn::Housed) => "Gehuisveste urgenten",
        (Lang::Nl, MonColumn::Allocations) => "Alle toewijzingen",
        (Lang::Nl, MonColumn::Suitably) => "Waarvan passend",
        (Lang::En, MonColumn::Period) => "Half-year",
        (Lang::En, MonColumn::Name) => "Municipality",
        (Lang::En, MonColumn::Code) => "Code",
        (Lang::En, MonColumn::Applications) => "Urgency applications",
        (Lang::En, MonColumn::Granted) => "Urgency decisions granted",
        (Lang::En, MonColumn::Housed) => "Urgents housed",
        (Lang::En, MonColumn::Allocations) => "All allocations",
        (Lang::En, MonColumn::Suitably) => "Of whom suitably",
    }
}

/// The short header label (as in the CSV) in lower case, for change lines.
fn column_short(column: MonColumn, lang: Lang) -> &'static str {
    column.label(lang)
}

/// Why a typed period was refused, naming what was typed.
pub fn period_error(error: &PeriodError, text: &str, lang: Lang) -> String {
    let text = text.trim();
    match (lang, error) {
        (Lang::Nl, PeriodError::Half) => format!("‘{text}’ is geen halfjaar: een jaar heeft alleen H1 (januari–juni) en H2 (juli–december)."),
        (Lang::En, PeriodError::Half) => format!("‘{text}’ is not a half-year: a year has only H1 (January–June) and H2 (July–December)."),
        (Lang::Nl, PeriodError::Format) if text.is_empty() => "Vul een halfjaar in, bijvoorbeeld 2026-H1.".into(),
        (Lang::En, PeriodError::Format) if text.is_empty() => "Enter a half-year, for example 2026-H1.".into(),
        (Lang::Nl, PeriodError::Format) => format!("‘{text}’ is geen halfjaar. Schrijf het jaar voluit met vier cijfers, dan -H1 of -H2, bijvoorbeeld 2026-H1."),
        (Lang::En, PeriodError::Format) => format!("‘{text}’ is not a half-year. Write the year in full with four digits, then -H1 or -H2, for example 2026-H1."),
        (Lang::Nl, PeriodError::Year) => format!("‘{text}’: kies een jaar van {} tot en met {}.", Period::FIRST_YEAR, Period::LAST_YEAR),
        (Lang::En, PeriodError::Year) => format!("‘{text}’: choose a year from {} to {}.", Period::FIRST_YEAR, Period::LAST_YEAR),
    }
}

/// A contradiction in one record, as a sentence naming half-year and municipality.
pub fn monitoring_error(e: &MonitoringError, name: &str, lang: Lang) -> String {
    use MonitoringError as E;
    let (period, what) = match (lang, e) {
        (Lang::Nl, E::InvalidPeriod { period, .. }) => (period, "geen geldig halfjaar"),
        (Lang::En, E::InvalidPeriod { period, .. }) => (period, "not a valid half-year"),
        (Lang::Nl, E::DuplicatePeriod { period, .. }) => (period, "staat twee keer in de cijfers"),
        (Lang::En, E::DuplicatePeriod { period, .. }) => (period, "appears twice in the figures"),
        (Lang::Nl, E::UnknownMunicipality { period, .. }) => {
            (period, "gemeente niet in deze regio")
        }
        (Lang::En, E::UnknownMunicipality { period, .. }) => {
            (period, "municipality not in this region")
        }
        (Lang::Nl, E::SuitablyAboveHoused { period, .. }) => {
            (period, "meer passend gehuisvest dan gehuisvest")
        }
        (Lang::En, E::SuitablyAboveHoused { period, .. }) => {
            (period, "more housed suitably than housed")
        }
        (Lang::Nl, E::HousedAboveAllocations { period, .. }) => (
            period,
            "meer urgenten gehuisvest dan er woningen zijn toegewezen",
        ),
        (Lang::En, E::HousedAboveAllocations { period, .. }) => {
            (period, "more urgents housed than homes allocated")
        }
        (Lang::Nl, E::CountTooLarge { period, .. }) => {
            (period, "een aantal is te groot (maximaal 10.000.000)")
        }
        (Lang::En, E::CountTooLarge { period, .. }) => {
            (period, "a count is too large (at most 10,000,000)")
        }
    };
    if period.is_valid() {
        format!("{period}, {name}: {what}.")
    } else {
        format!("{name}: {what}.")
    }
}

/// Why a pasted row was not taken over.
pub fn reject_reason(r: &MonRejectReason, lang: Lang) -> String {
    use MonRejectReason as R;
    match (lang, r) {
        (Lang::Nl, R::Empty) => "niets om in te lezen".into(),
        (Lang::En, R::Empty) => "nothing to import".into(),
        (Lang::Nl, R::MissingPeriod) => {
            "geen halfjaar; kies eerst een halfjaar of zet een kolom periode in de tabel".into()
        }
        (Lang::En, R::MissingPeriod) => {
            "no half-year; select a half-year first or add a period column".into()
        }
        (_, R::BadPeriod { text, error }) => period_error(error, text, lang),
        (Lang::Nl, R::MissingMunicipality) => "geen gemeente in deze regel".into(),
        (Lang::En, R::MissingMunicipality) => "no municipality on this line".into(),
        (Lang::Nl, R::UnknownMunicipality) => "onbekende gemeente in deze regio".into(),
        (Lang::En, R::UnknownMunicipality) => "municipality not in this region".into(),
        (Lang::Nl, R::AmbiguousName) => {
            "naam past bij meer dan één gemeente; gebruik de code".into()
        }
        (Lang::En, R::AmbiguousName) => {
            "name matches more than one municipality; use the code".into()
        }
        (Lang::Nl, R::DuplicateRow { first_line }) => {
            format!("dit halfjaar van deze gemeente staat al op regel {first_line}")
        }
        (Lang::En, R::DuplicateRow { first_line }) => {
            format!("this half-year of this municipality is already on line {first_line}")
        }
        (
            _,
            R::BadNumber {
                column,
                text,
                error,
            },
        ) => format!(
            "{} ‘{text}’: {}",
            evt_core::text::lower(column_label(*column, lang)),
            number_error(error, lang)
        ),
        (Lang::Nl, R::NoData) => "geen cijfers gevonden".into(),
        (Lang::En, R::NoData) => "no figures found".into(),
        (Lang::Nl, R::TotalsRow) => "totaalregel overgeslagen".into(),
        (Lang::En, R::TotalsRow) => "totals row skipped".into(),
        (_, R::Invalid(e)) => invalid_reason(e, lang).into(),
        (Lang::Nl, R::TooManyRows { limit }) => format!(
            "te veel regels (maximaal {})",
            format_count(*limit as u64, lang)
        ),
        (Lang::En, R::TooManyRows { limit }) => format!(
            "too many lines (at most {})",
            format_count(*limit as u64, lang)
        ),
    }
}

fn invalid_reason(e: &MonitoringError, lang: Lang) -> &'static str {
    use MonitoringError as E;
    match (lang, e) {
        (Lang::Nl, E::SuitablyAboveHoused { .. }) => "meer passend gehuisvest dan gehuisvest",
        (Lang::En, E::SuitablyAboveHoused { .. }) => "more housed suitably than housed",
        (Lang::Nl, E::HousedAboveAllocations { .. }) => {
            "meer urgenten gehuisvest dan er woningen zijn toegewezen"
        }
        (Lang::En, E::HousedAboveAllocations { .. }) => "more urgents housed than homes allocated",
        (Lang::Nl, E::CountTooLarge { .. }) => "een aantal is te groot (maximaal 10.000.000)",
        (Lang::En, E::CountTooLarge { .. }) => "a count is too large (at most 10,000,000)",
        (Lang::Nl, _) => "deze cijfers kloppen niet",
        (Lang::En, _) => "these figures do not add up",
    }
}

/// "Regel 3 (2026-H1, Almelo): ‘2026-H1;Almelo;…’ — reason".
pub fn rejected_line(r: &MonRejected, lang: Lang) -> String {
    let t = MonTexts::get(lang);
    let about: Vec<String> = r
        .period
        .map(|p| p.to_string())
        .into_iter()
        .chain(r.name.clone())
        .collect();
    let about = if about.is_empty() {
        String::new()
    } else {
        format!(" ({})", about.join(", "))
    };
    let reason = reject_reason(&r.reason, lang);
    if r.line == 0 {
        return capitalise(&reason);
    }
    if r.text.trim().is_empty() {
        format!("{} {}{about}: {reason}", t.line, r.line)
    } else {
        format!(
            "{} {}{about}: ‘{}’ — {reason}",
            t.line,
            r.line,
            r.text.trim()
        )
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// "2026-H1, Almelo: gehuisvest 49 → 52, passend 40 → 45", or for a new record
/// "2026-H1, Almelo (nieuw): aanvragen 110, toegekend 70, …".
pub fn change_line(c: &MonChange, lang: Lang) -> String {
    let t = MonTexts::get(lang);
    let n = |v: u64| format_count(v, lang);
    match &c.old {
        None => {
            let figures: Vec<String> = MonColumn::COUNTS
                .iter()
                .map(|&col| {
                    format!(
                        "{} {}",
                        column_short(col, lang),
                        n(col.get(&c.new).unwrap_or(0))
                    )
                })
                .collect();
            format!(
                "{}, {} ({}): {}",
                c.new.period,
                c.name,
                t.new_record,
                figures.join(", ")
            )
        }
        Some(old) => {
            let figures: Vec<String> = MonColumn::COUNTS
                .iter()
                .filter_map(|&col| {
                    let (a, b) = (col.get(old)?, col.get(&c.new)?);
                    (a != b).then(|| format!("{} {} → {}", column_short(col, lang), n(a), n(b)))
                })
                .collect();
            format!("{}, {}: {}", c.new.period, c.name, figures.join(", "))
        }
    }
}

/// A remark about a whole import.
pub fn note(n: &MonNote, lang: Lang) -> String {
    match (lang, n) {
        (Lang::Nl, MonNote::IgnoredColumns(cols)) => {
            format!("Niet gebruikte kolommen: {}.", cols.join(", "))
        }
        (Lang::En, MonNote::IgnoredColumns(cols)) => {
            format!("Columns not used: {}.", cols.join(", "))
        }
        (Lang::Nl, MonNote::Notation(Lang::En)) => {
            "De getallen zijn in Engelse notatie gelezen (1,250 = twaalfhonderdvijftig).".into()
        }
        (Lang::Nl, MonNote::Notation(Lang::Nl)) => {
            "De getallen zijn in Nederlandse notatie gelezen.".into()
        }
        (Lang::En, MonNote::Notation(Lang::Nl)) => {
            "The numbers were read in Dutch notation (1.250 = one thousand two hundred and fifty)."
                .into()
        }
        (Lang::En, MonNote::Notation(Lang::En)) => {
            "The numbers were read in English notation.".into()
        }
        (Lang::Nl, MonNote::NoKeyColumn) => {
            "Er is geen kolom met de gemeentenaam of -code gevonden.".into()
        }
        (Lang::En, MonNote::NoKeyColumn) => {
            "No column with the municipality name or code was found.".into()
        }
        (Lang::Nl, MonNote::DefaultPeriod { period, rows }) => format!(
            "{rows} regels zonder periode zijn gelezen als {period} (het gekozen halfjaar)."
        ),
        (Lang::En, MonNote::DefaultPeriod { period, rows }) => {
            format!("{rows} lines without a period were read as {period} (the selected half-year).")
        }
        (Lang::Nl, MonNote::ExtraColumns { read }) => {
            format!("Zonder kopregel zijn alleen de eerste {read} kolommen gelezen.")
        }
        (Lang::En, MonNote::ExtraColumns { read }) => {
            format!("Without a header row only the first {read} columns were read.")
        }
    }
}

/// A date in words: "1 januari 2029" / "1 January 2029".
pub fn long_date(date: NaiveDate, lang: Lang) -> String {
    const NL_MONTHS: [&str; 12] = [
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
    ];
    const EN_MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let months = match lang {
        Lang::Nl => &NL_MONTHS,
        Lang::En => &EN_MONTHS,
    };
    let month = months
        .get(date.month0() as usize)
        .copied()
        .unwrap_or_default();
    format!("{} {month} {}", date.day(), date.year())
}

/// "1 januari 2029, drie jaar na het begin van 2026-H1".
pub fn evaluation_text(date: NaiveDate, first: Period, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!(
            "{}, drie jaar na het begin van {first}",
            long_date(date, lang)
        ),
        Lang::En => format!(
            "{}, three years after the start of {first}",
            long_date(date, lang)
        ),
    }
}

/// One agenda item: "Borne: boven de signaalwaarde in 2026-H1 (21,4%) en 2026-H2 (22,9%)".
pub fn agenda_item(name: &str, runs: &[(Period, u64)], lang: Lang) -> String {
    let parts: Vec<String> = runs
        .iter()
        .map(|(p, tenths)| format!("{p} ({})", format_percent_tenths(*tenths, lang)))
        .collect();
    match lang {
        Lang::Nl => format!(
            "{name}: boven de signaalwaarde in {}",
            join_names(&parts, lang)
        ),
        Lang::En => format!(
            "{name}: above the signal value in {}",
            join_names(&parts, lang)
        ),
    }
}

/// The plain summary of one half-year (announced through `aria-live`).
pub fn summary(s: &PeriodSummary, lang: Lang) -> String {
    let names = |v: &[&str]| join_names(&v.iter().map(|n| n.to_string()).collect::<Vec<_>>(), lang);
    let (sig, min) = (format_bp(s.signal_bp, lang), format_bp(s.minimum_bp, lang));
    let p = s.period;
    let mut out = match lang {
        Lang::Nl => {
            let who = if s.with_figures == s.municipalities {
                format!("{} gemeenten", s.with_figures)
            } else {
                format!("{} van de {} gemeenten", s.with_figures, s.municipalities)
            };
            let region = s
                .region_tenths
                .map(|t| format!(" De regio als geheel: {}.", format_percent_tenths(t, lang)))
                .unwrap_or_default();
            format!("{p}: cijfers van {who}.{region}")
        }
        Lang::En => {
            let who = if s.with_figures == s.municipalities {
                format!("{} municipalities", s.with_figures)
            } else {
                format!(
                    "{} of the {} municipalities",
                    s.with_figures, s.municipalities
                )
            };
            let region = s
                .region_tenths
                .map(|t| {
                    format!(
                        " The region as a whole: {}.",
                        format_percent_tenths(t, lang)
                    )
                })
                .unwrap_or_default();
            format!("{p}: figures of {who}.{region}")
        }
    };
    out.push(' ');
    out.push_str(&match (lang, s.above.len()) {
        (Lang::Nl, 0) => format!("Geen gemeente boven de signaalwaarde van {sig}."),
        (Lang::Nl, 1) => format!(
            "1 gemeente boven de signaalwaarde van {sig}: {}.",
            names(&s.above)
        ),
        (Lang::Nl, k) => format!(
            "{k} gemeenten boven de signaalwaarde van {sig}: {}.",
            names(&s.above)
        ),
        (Lang::En, 0) => format!("No municipality above the signal value of {sig}."),
        (Lang::En, 1) => format!(
            "1 municipality above the signal value of {sig}: {}.",
            names(&s.above)
        ),
        (Lang::En, k) => format!(
            "{k} municipalities above the signal value of {sig}: {}.",
            names(&s.above)
        ),
    });
    if !s.consecutive.is_empty() {
        out.push(' ');
        out.push_str(&match (lang, s.consecutive.len()) {
            (Lang::Nl, 1) => format!("{} zit voor het tweede halfjaar op rij erboven: agendapunt voor het bestuurlijk overleg.", names(&s.consecutive)),
            (Lang::Nl, _) => format!("{} zitten voor het tweede halfjaar op rij erboven: agendapunt voor het bestuurlijk overleg.", names(&s.consecutive)),
            (Lang::En, 1) => format!("{} is above it for the second half-year in a row: a topic for the administrative consultation.", names(&s.consecutive)),
            (Lang::En, _) => format!("{} are above it for the second half-year in a row: a topic for the administrative consultation.", names(&s.consecutive)),
        });
    }
    out.push(' ');
    out.push_str(&match (lang, s.below.len()) {
        (Lang::Nl, 0) => format!("Geen gemeente onder het minimum van {min}."),
        (Lang::Nl, _) => format!("Onder het minimum van {min}: {}.", names(&s.below)),
        (Lang::En, 0) => format!("No municipality below the minimum of {min}."),
        (Lang::En, _) => format!("Below the minimum of {min}: {}.", names(&s.below)),
    });
    out
}

/// Persons ahead or behind: "+4", "−5", "0".
pub fn ahead(n: i64, lang: Lang) -> String {
    format_signed(n, lang)
}

/// "voor" / "achter" / "op koers" after a signed number, for the results table.
pub fn ahead_word(n: i64, lang: Lang) -> &'static str {
    match (lang, n.signum()) {
        (Lang::Nl, 1) => "voor",
        (Lang::Nl, -1) => "achter",
        (Lang::Nl, _) => "op koers",
        (Lang::En, 1) => "ahead",
        (Lang::En, -1) => "behind",
        (Lang::En, _) => "on course",
    }
}

/// What the chart says about one half-year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PointText<'a> {
    pub series: &'a str,
    pub period: Period,
    /// `None`: no figures for this half-year.
    pub figures: Option<(u64, u64)>,
    pub percent_tenths: Option<u64>,
    pub status: Status,
    pub consecutive: bool,
}

/// The short label above a column: "22,9% ▲", "▲▲" for an agenda item, "–" for a gap.
pub fn point_value(p: &PointText, lang: Lang) -> String {
    match (p.figures, p.percent_tenths) {
        (None, _) => "–".into(),
        (Some(_), Some(t)) => {
            let symbol = if p.consecutive {
                "▲▲"
            } else {
                status_symbol(p.status)
            };
            format!("{} {symbol}", format_percent_tenths(t, lang))
        }
        (Some(_), None) => status_symbol(p.status).into(),
    }
}

/// A column's accessible name and the details line: "Borne, 2026-H2: 22,9% (16 gehuisvest
/// van 70 toewijzingen), boven de signaalwaarde — agendapunt bestuurlijk overleg".
pub fn point_label(p: &PointText, lang: Lang) -> String {
    let t = MonTexts::get(lang);
    let Some((housed, allocations)) = p.figures else {
        return format!("{}, {}: {}", p.series, p.period, t.no_figures);
    };
    let figures = match lang {
        Lang::Nl => format!(
            "{} gehuisvest van {} toewijzingen",
            format_count(housed, lang),
            format_count(allocations, lang)
        ),
        Lang::En => format!(
            "{} housed of {} allocations",
            format_count(housed, lang),
            format_count(allocations, lang)
        ),
    };
    let pct = p
        .percent_tenths
        .map(|x| format!("{} ", format_percent_tenths(x, lang)))
        .unwrap_or_default();
    let mut out = format!(
        "{}, {}: {pct}({figures}), {}",
        p.series,
        p.period,
        status_label(p.status, lang)
    );
    if p.consecutive {
        out.push_str(" — ");
        out.push_str(t.agenda_flag);
    }
    out
}

/// The chart's `<desc>`.
pub fn chart_description(series: &str, points: &[PointText], signal_bp: u32, lang: Lang) -> String {
    let with: Vec<&PointText> = points.iter().filter(|p| p.figures.is_some()).collect();
    let above: Vec<String> = with
        .iter()
        .filter(|p| p.status == Status::AboveSignal)
        .map(|p| p.period.to_string())
        .collect();
    let sig = format_bp(signal_bp, lang);
    let n = with.len();
    let head = match lang {
        Lang::Nl => format!("Kolomdiagram van het percentage van {series} in {n} halfjaren."),
        Lang::En => format!("Column chart of the percentage of {series} in {n} half-years."),
    };
    let body = match (lang, above.is_empty()) {
        (Lang::Nl, true) => format!("In geen halfjaar boven de signaalwaarde van {sig}."),
        (Lang::Nl, false) => format!(
            "Boven de signaalwaarde van {sig} in {}.",
            join_names(&above, lang)
        ),
        (Lang::En, true) => format!("Above the signal value of {sig} in no half-year."),
        (Lang::En, false) => format!(
            "Above the signal value of {sig} in {}.",
            join_names(&above, lang)
        ),
    };
    format!("{head} {body}")
}

pub fn applied_text(n: usize, lang: Lang) -> String {
    match (lang, n) {
        (Lang::Nl, 1) => "1 regel overgenomen. Ongedaan maken kan met Ctrl+Z.".into(),
        (Lang::Nl, n) => format!("{n} regels overgenomen. Ongedaan maken kan met Ctrl+Z."),
        (Lang::En, 1) => "1 line applied. Undo with Ctrl+Z.".into(),
        (Lang::En, n) => format!("{n} lines applied. Undo with Ctrl+Z."),
    }
}

pub fn removed_text(period: Period, lang: Lang) -> String {
    match lang {
        Lang::Nl => {
            format!("De cijfers van {period} zijn verwijderd. Ongedaan maken kan met Ctrl+Z.")
        }
        Lang::En => format!("The figures of {period} were removed. Undo with Ctrl+Z."),
    }
}

pub fn entry_caption(period: Period, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!(
            "Cijfers van {period} per gemeente (aantallen personen en woningen in dat halfjaar)"
        ),
        Lang::En => format!(
            "Figures of {period} per municipality (numbers of people and homes in that half-year)"
        ),
    }
}

pub fn results_caption(period: Period, first: Option<Period>, lang: Lang) -> String {
    let first = first.unwrap_or(period);
    match lang {
        Lang::Nl => format!("Realisatie in {period} per gemeente: gehuisveste urgenten als percentage van alle toewijzingen, en de stand van {first} tot en met {period} tegenover de verdeling naar rato van huishoudens"),
        Lang::En => format!("Realisation in {period} per municipality: urgents housed as a percentage of all allocations, and the position from {first} to {period} against the distribution pro rata to households"),
    }
}

/// "1e halfjaar" / "2e halfjaar op rij"; "1st half-year" / "2nd half-year in a row".
pub fn ordinal_text(run: usize, lang: Lang) -> String {
    match (lang, run) {
        (Lang::Nl, 0 | 1) => "1e halfjaar".into(),
        (Lang::Nl, n) => format!("{n}e halfjaar op rij"),
        (Lang::En, 0 | 1) => "1st half-year".into(),
        (Lang::En, n) => {
            let suffix = match (n % 10, n % 100) {
                (1, x) if x != 11 => "st",
                (2, x) if x != 12 => "nd",
                (3, x) if x != 13 => "rd",
                _ => "th",
            };
            format!("{n}{suffix} half-year in a row")
        }
    }
}

pub fn agenda_short(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "agendapunt",
        Lang::En => "agenda topic",
    }
}
