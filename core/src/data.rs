//! Default data embedded at build time (CBS open data, 1 January 2023; see `data/SOURCES.md`,
//! "Bron: CBS", CC BY 4.0). The app cannot read files at run time, so the CSV files are
//! compiled in and parsed once, by a small reader for exactly their format (a header line,
//! then comma-separated fields, a name in double quotes when it holds a comma): the `csv`
//! crate and its serde reader would cost the page's first module ~10 KB for two files we write
//! ourselves. A test checks every row against the csv crate.

use crate::scenario::{Method, Municipality, Params, Scenario};
use std::sync::OnceLock;

/// Identifies the embedded data a scenario link relies on. Bump when the files change.
pub const DATA_VERSION: &str = "cbs2023";

const TWENTE_CSV: &str = include_str!("../data/twente-2023.csv");
const NETHERLANDS_CSV: &str = include_str!("../data/gemeenten-nederland-2023.csv");

/// One municipality of the embedded data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataRow {
    /// CBS code where the data set has it (Twente), else a stable id derived from the name.
    pub id: String,
    /// Name as CBS writes it.
    pub name: String,
    pub households: u64,
    pub homes: u64,
    pub corporation_homes: u64,
}

/// The records of an embedded file: its lines after the header, split into fields (a field
/// in double quotes may hold commas; the files have no escaped quotes). A line that does not
/// have `width` fields is skipped, as the crate reader skipped a record it could not read.
fn records(file: &'static str, width: usize) -> impl Iterator<Item = Vec<&'static str>> {
    file.lines().skip(1).filter_map(move |line| {
        let mut fields = Vec::with_capacity(width);
        let mut rest = line.trim_end_matches('\r');
        loop {
            let (field, tail) = match rest.strip_prefix('"') {
                Some(quoted) => {
                    let end = quoted.find('"')?;
                    let tail = &quoted[end + 1..];
                    (
                        &quoted[..end],
                        tail.strip_prefix(',').map(Some).unwrap_or(None),
                    )
                }
                None => match rest.split_once(',') {
                    Some((f, t)) => (f, Some(t)),
                    None => (rest, None),
                },
            };
            fields.push(field);
            match tail {
                Some(t) => rest = t,
                None => break,
            }
        }
        (fields.len() == width).then_some(fields)
    })
}

fn number(field: &str) -> Option<u64> {
    field.parse().ok()
}

/// The 14 municipalities of the Twente housing-market region, with CBS codes.
pub fn twente() -> &'static [DataRow] {
    static CELL: OnceLock<Vec<DataRow>> = OnceLock::new();
    CELL.get_or_init(|| {
        // gemeente,code,huishoudens,woningen,corporatiewoningen
        records(TWENTE_CSV, 5)
            .filter_map(|f| {
                Some(DataRow {
                    id: f[1].to_string(),
                    name: f[0].to_string(),
                    households: number(f[2])?,
                    homes: number(f[3])?,
                    corporation_homes: number(f[4])?,
                })
            })
            .collect()
    })
}

/// All 342 Dutch municipalities of 2023, sorted by name as in the file.
///
/// The national file has no CBS codes; Twente's are taken over by matching the figures, the
/// others get a stable id `NL-<name slug>`.
pub fn netherlands() -> &'static [DataRow] {
    static CELL: OnceLock<Vec<DataRow>> = OnceLock::new();
    CELL.get_or_init(|| {
        // gemeente,huishoudens,woningen,corporatiewoningen
        records(NETHERLANDS_CSV, 4)
            .filter_map(|f| {
                Some(NationalRecord {
                    gemeente: f[0].to_string(),
                    huishoudens: number(f[1])?,
                    woningen: number(f[2])?,
                    corporatiewoningen: number(f[3])?,
                })
            })
            .map(|r| {
                let id = twente()
                    .iter()
                    .find(|t| {
                        (t.households, t.corporation_homes, t.homes)
                            == (r.huishoudens, r.corporatiewoningen, r.woningen)
                    })
                    .map(|t| t.id.clone())
                    .unwrap_or_else(|| format!("NL-{}", slug(&r.gemeente)));
                DataRow {
                    id,
                    name: r.gemeente,
                    households: r.huishoudens,
                    homes: r.woningen,
                    corporation_homes: r.corporatiewoningen,
                }
            })
            .collect()
    })
}

struct NationalRecord {
    gemeente: String,
    huishoudens: u64,
    woningen: u64,
    corporatiewoningen: u64,
}

/// Lower-case ASCII letters and digits joined by `-`: `'s-Gravenhage (gemeente)` →
/// `s-gravenhage-gemeente`.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in name.chars() {
        let c = match c {
            'á' | 'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            c => c.to_ascii_lowercase(),
        };
        if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c);
        } else {
            dash = true;
        }
    }
    out
}

impl DataRow {
    /// As a scenario municipality with estimated vacancies.
    pub fn to_municipality(&self) -> Municipality {
        let mut m = Municipality::new(self.id.clone(), self.name.clone(), self.households);
        m.corporation_homes = Some(self.corporation_homes);
        m
    }
}

/// The default scenario: Twente, 800 urgents, 15 % minimum, 20 % signal value, vacancies
/// estimated at 6.0 % of corporation homes, households method.
pub fn default_scenario() -> Scenario {
    Scenario::new(
        "Twente",
        Params::default(),
        Method::Households,
        twente().iter().map(DataRow::to_municipality).collect(),
    )
}

/// Whether `scenario` is the Twente region of the agreement, so that texts may use the
/// agreement's own Twente wording and figures ("in Twente ongeveer 800", the fourteen Twente
/// municipalities): the region is named Twente (case and surrounding spaces aside) and holds
/// exactly the 14 Twente municipalities, by CBS code, in any order. Any other region (another
/// name, a municipality removed or added) is spoken of by its own name only.
pub fn is_twente(scenario: &Scenario) -> bool {
    let named = crate::text::lower(scenario.region_name.trim()) == "twente";
    let rows = &scenario.municipalities;
    named
        && rows.len() == twente().len()
        && twente().iter().all(|t| rows.iter().any(|m| m.id == t.id))
}

/// A scenario of all 342 Dutch municipalities (scale test, "any region").
pub fn netherlands_scenario() -> Scenario {
    Scenario::new(
        "Nederland",
        Params::default(),
        Method::Households,
        netherlands().iter().map(DataRow::to_municipality).collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_data_parses_completely() {
        assert_eq!(twente().len(), 14);
        assert_eq!(netherlands().len(), 342);
        let hh: u64 = twente().iter().map(|r| r.households).sum();
        let corp: u64 = twente().iter().map(|r| r.corporation_homes).sum();
        assert_eq!((hh, corp), (285_625, 79_532));
        let national: u64 = netherlands().iter().map(|r| r.corporation_homes).sum();
        assert_eq!(national, 2_312_981);
    }

    #[test]
    fn the_small_reader_reads_what_the_csv_crate_reads() {
        for (file, width) in [(TWENTE_CSV, 5), (NETHERLANDS_CSV, 4)] {
            let by_crate: Vec<Vec<String>> = csv::Reader::from_reader(file.as_bytes())
                .records()
                .map(|r| r.expect("valid").iter().map(str::to_string).collect())
                .collect();
            let ours: Vec<Vec<String>> = records(file, width)
                .map(|f| f.into_iter().map(str::to_string).collect())
                .collect();
            assert_eq!(ours, by_crate);
        }
        assert!(netherlands()
            .iter()
            .any(|r| r.name == "Nuenen, Gerwen en Nederwetten"));
        // A quoted field, a short line and a bad quote.
        let file = "h\n\"a, b\",1\nx\n\"open,2\n";
        let rows: Vec<Vec<&str>> = records(file, 2).collect();
        assert_eq!(rows, vec![vec!["a, b", "1"]]);
    }

    #[test]
    fn twente_is_the_named_region_of_its_fourteen_municipalities() {
        let default = default_scenario();
        assert!(is_twente(&default));
        // Any order (the user's own row order), any case of the name.
        let mut s = default.clone();
        s.municipalities.reverse();
        s.region_name = " twente ".into();
        assert!(is_twente(&s));
        // Another name: its own region, even with the same municipalities.
        let mut s = default.clone();
        s.region_name = "Regio Voorbeeld".into();
        assert!(!is_twente(&s));
        s.region_name = String::new();
        assert!(!is_twente(&s));
        // Named Twente but one municipality fewer, one more, or one replaced.
        let mut s = default.clone();
        s.municipalities.pop();
        assert!(!is_twente(&s));
        let mut s = default.clone();
        s.municipalities
            .push(Municipality::new("X1", "Nieuwe gemeente", 1000));
        assert!(!is_twente(&s));
        let mut s = default.clone();
        s.municipalities[0] = Municipality::new("X1", "Almelo", 1000);
        assert!(!is_twente(&s));
        // The 14 from the national data set (the region builder's ids) are Twente too.
        let mut s = netherlands_scenario();
        s.municipalities.retain(|m| m.id.starts_with("GM"));
        s.region_name = "Twente".into();
        assert!(is_twente(&s));
        assert!(!is_twente(&netherlands_scenario()));
    }

    #[test]
    fn national_ids_are_unique_and_twente_codes_found() {
        let ids: std::collections::HashSet<_> = netherlands().iter().map(|r| &r.id).collect();
        assert_eq!(ids.len(), 342);
        let codes = netherlands()
            .iter()
            .filter(|r| r.id.starts_with("GM"))
            .count();
        assert_eq!(codes, 14);
        assert!(netherlands()
            .iter()
            .any(|r| r.id == "NL-s-gravenhage-gemeente"));
    }
}
