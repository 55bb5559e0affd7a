//! Exporting the monitoring records as a `;`-separated CSV file that
//! [`super::parse_monitoring`] reads back to the same records.

use super::columns::MonColumn;
use crate::codec::column::neutralise;
use crate::numbers::Lang;
use crate::scenario::Scenario;

/// The monitoring records as CSV: one row per half-year and municipality, in the scenario's
/// order (period, then municipality); header in the interface language.
pub fn export_monitoring_csv(scenario: &Scenario, lang: Lang) -> String {
    let mut out = String::from("\u{feff}");
    let header: Vec<String> = MonColumn::ALL
        .iter()
        .map(|c| c.label(lang).to_string())
        .collect();
    push_record(&mut out, &header);
    for r in &scenario.monitoring {
        let Some(m) = scenario.find(&r.municipality) else {
            continue;
        };
        let mut record = vec![r.period.to_string(), neutralise(&m.name), neutralise(&m.id)];
        record.extend(
            MonColumn::COUNTS
                .iter()
                .map(|c| c.get(r).unwrap_or(0).to_string()),
        );
        push_record(&mut out, &record);
    }
    out
}

/// One `;` record with CRLF; fields with `;`, a quote, a tab or a line break are quoted.
fn push_record(out: &mut String, fields: &[String]) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(';');
        }
        if field.contains([';', '"', '\n', '\r', '\t', ',']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(field);
        }
    }
    out.push_str("\r\n");
}
