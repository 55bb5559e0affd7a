//! Export of results and inputs for spreadsheets (DESIGN "Spreadsheets").
//!
//! CSV: `;`-separated, UTF-8 with a BOM (so Excel reads the accents), CRLF line ends, header
//! in the interface language. Counts are written without thousands separators and
//! percentages with one decimal in the language's notation (`13,4` in Dutch), so a spreadsheet
//! reads them as numbers. Fields with `;`, `"`, a tab or a line break are quoted; text cells that a
//! spreadsheet would run as a formula get a leading `'` ([`neutralise`]).
//! TSV ("kopieer als tabel"): the same columns, tab-separated, without a BOM.

use super::column::{neutralise, Column};
use crate::field::Field;
use crate::methods::{Outcome, Status};
use crate::numbers::Lang;
use crate::ratio::Ratio;
use crate::scenario::{Scenario, VacancySource};

const BOM: &str = "\u{feff}";
const CRLF: &str = "\r\n";

/// The status as text for a spreadsheet cell: the page's words (`i18n::status_label`, a test
/// in the app checks they agree).
pub fn status_label(status: Status, lang: Lang) -> &'static str {
    match (lang, status) {
        (Lang::Nl, Status::BelowMinimum) => "onder het minimum",
        (Lang::Nl, Status::WithinRange) => "binnen de bandbreedte",
        (Lang::Nl, Status::AboveSignal) => "boven de signaalwaarde",
        (Lang::Nl, Status::NoVacancies) => "geen vrijkomende woningen",
        (Lang::Nl, Status::NotApplicable) => "n.v.t.",
        (Lang::En, Status::BelowMinimum) => "below the minimum",
        (Lang::En, Status::WithinRange) => "within range",
        (Lang::En, Status::AboveSignal) => "above the signal value",
        (Lang::En, Status::NoVacancies) => "no vacated homes",
        (Lang::En, Status::NotApplicable) => "n/a",
    }
}

/// Header of the result export.
fn result_header(lang: Lang) -> [&'static str; 12] {
    match lang {
        Lang::Nl => [
            Column::Field(Field::Name).label(lang),
            Column::Code.label(lang),
            Column::Field(Field::Households).label(lang),
            Column::Field(Field::Vacancies).label(lang),
            Column::EstimateFlag.label(lang),
            "urgenten per jaar",
            "percentage",
            "status",
            "aandeel huishoudens",
            "aandeel urgenten",
            "verschil met horizon",
            "ruimte voor regulier woningzoekenden",
        ],
        Lang::En => [
            Column::Field(Field::Name).label(lang),
            Column::Code.label(lang),
            Column::Field(Field::Households).label(lang),
            Column::Field(Field::Vacancies).label(lang),
            Column::EstimateFlag.label(lang),
            "urgent home seekers per year",
            "percentage",
            "status",
            "share of households",
            "share of urgent home seekers",
            "difference to horizon",
            "room for regular home seekers",
        ],
    }
}

/// The results as CSV: one row per municipality in scenario order, then a totals row.
///
/// Columns: name, code, households, vacancies, estimate flag ("schatting"), target,
/// percentage, status, share of households, share of urgent home seekers (percentages with one decimal),
/// difference to the households horizon, room for regular home seekers.
pub fn export_csv(scenario: &Scenario, outcome: &Outcome, lang: Lang) -> String {
    let mut out = String::from(BOM);
    write_results(&mut out, scenario, outcome, lang, ';');
    out
}

/// The results as tab-separated text for pasting into a spreadsheet ("kopieer als tabel"):
/// the columns of [`export_csv`], without a BOM.
pub fn export_tsv(scenario: &Scenario, outcome: &Outcome, lang: Lang) -> String {
    let mut out = String::new();
    write_results(&mut out, scenario, outcome, lang, '\t');
    out
}

/// The inputs only, as CSV that [`super::parse_table`] reads back to the same values:
/// gemeente;code;huishoudens;corporatiewoningen;vrijkomende woningen;instroom;gerealiseerd;
/// vergunninghouders;extra vrijkomende woningen. Blank optional values stay blank (an
/// estimated vacancy figure is blank: only typed figures are inputs).
pub fn export_inputs_csv(scenario: &Scenario, lang: Lang) -> String {
    let mut out = String::from(BOM);
    let header: Vec<String> = Column::INPUTS
        .iter()
        .map(|c| c.label(lang).to_string())
        .collect();
    push_record(&mut out, &header, ';');
    let opt = |v: Option<u64>| v.map(|v| v.to_string()).unwrap_or_default();
    for m in &scenario.municipalities {
        let record = [
            neutralise(&m.name),
            neutralise(&m.id),
            m.households.to_string(),
            opt(m.corporation_homes),
            opt(m.vacancies),
            opt(m.origin),
            opt(m.realised),
            opt(m.status_holders),
            opt(m.extra_vacancies),
        ];
        push_record(&mut out, &record, ';');
    }
    out
}

fn write_results(out: &mut String, scenario: &Scenario, outcome: &Outcome, lang: Lang, d: char) {
    let header: Vec<String> = result_header(lang).iter().map(|s| s.to_string()).collect();
    push_record(out, &header, d);
    let estimate = Column::EstimateFlag.label(lang);
    let share = |r: Option<Ratio>| {
        r.map(|r| decimal(r.percent_scaled(1), lang))
            .unwrap_or_default()
    };
    let mut diff_sum: Option<i64> = Some(0);
    for row in &outcome.rows {
        let Some(m) = scenario.municipalities.get(row.index) else {
            continue;
        };
        diff_sum = diff_sum
            .zip(row.diff_to_horizon)
            .map(|(a, b)| a.saturating_add(b));
        let record = [
            neutralise(&m.name),
            neutralise(&m.id),
            row.households.to_string(),
            row.vacancies.to_string(),
            if row.vacancy_source == VacancySource::Estimated {
                estimate.to_string()
            } else {
                String::new()
            },
            row.target.to_string(),
            row.percent_tenths()
                .map(|t| decimal(u128::from(t), lang))
                .unwrap_or_default(),
            status_label(row.status, lang).to_string(),
            share(row.household_share),
            share(row.urgent_share),
            row.diff_to_horizon
                .map(|d| d.to_string())
                .unwrap_or_default(),
            row.room.to_string(),
        ];
        push_record(out, &record, d);
    }
    let t = &outcome.totals;
    let total_label = match lang {
        Lang::Nl => "Totaal",
        Lang::En => "Total",
    };
    let region = scenario.region_name.trim();
    let name = if region.is_empty() {
        total_label.to_string()
    } else {
        format!("{total_label} {region}")
    };
    let full = |n: u64| Ratio::new(u128::from(n), u128::from(n));
    let record = [
        neutralise(&name),
        String::new(),
        t.households.to_string(),
        t.vacancies.to_string(),
        if t.estimated > 0 {
            estimate.to_string()
        } else {
            String::new()
        },
        t.targets.to_string(),
        t.percent_tenths()
            .map(|p| decimal(u128::from(p), lang))
            .unwrap_or_default(),
        String::new(),
        share(full(t.households)),
        share(full(t.targets)),
        if outcome.rows.is_empty() {
            String::new()
        } else {
            diff_sum.map(|d| d.to_string()).unwrap_or_default()
        },
        t.room.to_string(),
    ];
    push_record(out, &record, d);
}

/// A value in tenths with one decimal and no thousands separator: 134 → `13,4` (nl), `13.4`.
fn decimal(tenths: u128, lang: Lang) -> String {
    let sep = match lang {
        Lang::Nl => ',',
        Lang::En => '.',
    };
    format!("{}{sep}{}", tenths / 10, tenths % 10)
}

/// One record with CRLF; fields with the delimiter, a quote, a line break, a tab or `;` are
/// quoted (so the import's delimiter detection is never misled by a name).
fn push_record(out: &mut String, fields: &[String], delimiter: char) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(delimiter);
        }
        if field.contains([delimiter, '"', '\n', '\r', '\t', ';']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(field);
        }
    }
    out.push_str(CRLF);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_totals_row_marks_estimates_only_when_there_are_some() {
        let totals_estimate = |s: &Scenario| -> String {
            let outcome = crate::compute(s).expect("computes");
            let csv = export_csv(s, &outcome, Lang::Nl);
            let last = csv
                .trim_end()
                .lines()
                .last()
                .expect("a totals row")
                .to_string();
            last.split(';').nth(4).unwrap_or_default().to_string()
        };
        let mut s = crate::data::default_scenario();
        // The default data estimates every municipality's vacancies.
        assert_eq!(totals_estimate(&s), Column::EstimateFlag.label(Lang::Nl));
        for m in &mut s.municipalities {
            m.vacancies = Some(100);
        }
        assert_eq!(totals_estimate(&s), "");
    }

    #[test]
    fn quoting() {
        let mut out = String::new();
        let fields = [
            "a;b".to_string(),
            "say \"hi\"".to_string(),
            "x\ny".to_string(),
        ];
        push_record(&mut out, &fields, ';');
        assert_eq!(out, "\"a;b\";\"say \"\"hi\"\"\";\"x\ny\"\r\n");
        assert_eq!(decimal(134, Lang::Nl), "13,4");
        assert_eq!(decimal(12345, Lang::En), "1234.5");
    }
}
