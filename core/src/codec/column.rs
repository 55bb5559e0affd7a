//! The columns of the spreadsheet formats, their labels in both languages, and the cell
//! helpers every format shares (reading and writing a count, normalising a label, keeping a
//! cell from being read as a formula).

use crate::field::Field;
use crate::numbers::Lang;

/// A column of the spreadsheet formats: the calculator's inputs (the municipality fields),
/// the municipality's code, and the "estimate" flag of our own result export (so
/// re-importing it keeps estimates as estimates).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    /// A municipality field: the name or a count.
    Field(Field),
    /// CBS code (`GM0141`) or the municipality's id.
    Code,
    /// "schatting": the vacancies in this row are an estimate, not a figure to import.
    EstimateFlag,
}

impl Column {
    /// The input columns, in the order of [`export_inputs_csv`].
    pub const INPUTS: [Column; 9] = [
        Column::Field(Field::Name),
        Column::Code,
        Column::Field(Field::Households),
        Column::Field(Field::CorporationHomes),
        Column::Field(Field::Vacancies),
        Column::Field(Field::Origin),
        Column::Field(Field::Realised),
        Column::Field(Field::StatusHolders),
        Column::Field(Field::ExtraVacancies),
    ];

    /// Without a header, the count columns after the name (or code), in this order.
    pub const HEADERLESS_COUNTS: [Column; 6] = [
        Column::Field(Field::Households),
        Column::Field(Field::Vacancies),
        Column::Field(Field::Origin),
        Column::Field(Field::Realised),
        Column::Field(Field::StatusHolders),
        Column::Field(Field::ExtraVacancies),
    ];

    /// The header label we write (and read back).
    pub fn label(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Nl => self.synonyms()[0],
            Lang::En => match self {
                Column::Field(field) => match field {
                    Field::Name => "municipality",
                    Field::Households => "households",
                    Field::CorporationHomes => "corporation homes",
                    Field::Vacancies => "vacancies",
                    Field::Origin => "origin",
                    Field::Realised => "realised",
                    Field::StatusHolders => "status holders",
                    Field::ExtraVacancies => "extra vacancies",
                },
                Column::Code => "code",
                Column::EstimateFlag => "estimate",
            },
        }
    }

    /// Accepted header labels, normalised (see [`normalise_label`]); the first is the Dutch
    /// label we write.
    pub(super) fn synonyms(self) -> &'static [&'static str] {
        match self {
            Column::Field(field) => match field {
                Field::Name => &[
                    "gemeente",
                    "naam",
                    "gemeentenaam",
                    "gemeenten",
                    "municipality",
                    "municipalities",
                    "name",
                ],
                Field::Households => &[
                    "huishoudens",
                    "households",
                    "aantal huishoudens",
                    "particuliere huishoudens",
                    "private households",
                ],
                Field::CorporationHomes => &["corporatiewoningen", "corporation homes"],
                Field::Vacancies => &[
                    "vrijkomende woningen",
                    "mutaties",
                    "vacancies",
                    "vrijkomende sociale huurwoningen",
                ],
                Field::Origin => &[
                    "instroom",
                    "woonplaats",
                    "instroom naar woonplaats",
                    "home municipality",
                    "inflow",
                    "origin",
                ],
                Field::Realised => &[
                    "gerealiseerd",
                    "gerealiseerde toewijzingen",
                    "realised",
                    "realized",
                ],
                Field::StatusHolders => &[
                    "vergunninghouders",
                    "statushouders",
                    "status holders",
                    "toewijzingen vergunninghouders",
                ],
                Field::ExtraVacancies => &["extra vrijkomende woningen", "extra vacancies"],
            },
            Column::Code => &[
                "code",
                "cbs code",
                "gemeentecode",
                "gemeente code",
                "cbs gemeentecode",
                "id",
            ],
            Column::EstimateFlag => &["schatting", "estimate", "estimated"],
        }
    }

    /// The column a header label names, if it is one we know (case-insensitive, trimmed;
    /// a parenthesised remark, "per jaar" and a trailing year are ignored).
    pub fn from_label(label: &str) -> Option<Column> {
        let norm = normalise_label(label);
        if norm.is_empty() {
            return None;
        }
        Column::INPUTS
            .into_iter()
            .chain([Column::EstimateFlag])
            .find(|c| c.synonyms().iter().any(|s| *s == norm))
    }

    /// The municipality field this column fills, for count columns and the name.
    pub fn field(self) -> Option<Field> {
        match self {
            Column::Field(field) => Some(field),
            Column::Code | Column::EstimateFlag => None,
        }
    }
}

/// Lower case, `-`/`_` as spaces, single spaces; without a trailing `(…)` remark, `:`/`*`,
/// "per jaar"/"per year" or a year: `"Vrijkomende woningen (per jaar) 2023:"` →
/// `"vrijkomende woningen"`.
pub(crate) fn normalise_label(label: &str) -> String {
    let lower: String = label
        .chars()
        .map(crate::text::lower_char)
        .map(|c| if c == '-' || c == '_' { ' ' } else { c })
        .collect();
    let mut s: &str = lower.trim();
    loop {
        let before = s.len();
        s = s.trim_end_matches([':', '*']).trim_end();
        if s.ends_with(')') {
            if let Some(open) = s.rfind('(') {
                s = s[..open].trim_end();
            }
        }
        for suffix in ["per jaar", "per year", "per jr."] {
            if let Some(rest) = s.strip_suffix(suffix) {
                s = rest.trim_end();
            }
        }
        if let Some((rest, last)) = s.rsplit_once(' ') {
            if last.len() == 4 && last.bytes().all(|b| b.is_ascii_digit()) {
                s = rest.trim_end();
            }
        }
        if s.len() == before {
            break;
        }
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Characters that make a spreadsheet read a cell as a formula (CSV injection).
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A text cell that a spreadsheet will not run as a formula: a leading `'` before `=`, `+`,
/// `-`, `@`, tab or carriage return.
pub fn neutralise(text: &str) -> String {
    if text.starts_with(FORMULA_START) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// Undo [`neutralise`] on import.
pub(crate) fn unneutralise(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_START) => rest,
        _ => text,
    }
}

/// The cell separator found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Delimiter {
    /// Copied from a spreadsheet (also used when there is only one column).
    Tab,
    /// Dutch Excel CSV.
    Semicolon,
    /// English CSV.
    Comma,
}

impl Delimiter {
    pub fn as_char(self) -> char {
        match self {
            Delimiter::Tab => '\t',
            Delimiter::Semicolon => ';',
            Delimiter::Comma => ',',
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_normalise() {
        assert_eq!(
            normalise_label("  Vrijkomende woningen (per jaar) 2023: "),
            "vrijkomende woningen"
        );
        assert_eq!(normalise_label("CBS-code"), "cbs code");
        assert_eq!(
            Column::from_label("Vrijkomende sociale huurwoningen (mutaties) per jaar"),
            Some(Column::Field(Field::Vacancies))
        );
        assert_eq!(
            Column::from_label("HUISHOUDENS"),
            Some(Column::Field(Field::Households))
        );
        assert_eq!(Column::from_label("cbs_code"), Some(Column::Code));
        assert_eq!(Column::from_label("doel"), None);
        assert_eq!(Column::from_label("()"), None);
        for c in Column::INPUTS {
            for lang in [Lang::Nl, Lang::En] {
                assert_eq!(Column::from_label(c.label(lang)), Some(c));
            }
        }
    }

    #[test]
    fn neutralising_round_trips() {
        for s in [
            "=SUM(A1)",
            "+31",
            "-x",
            "@a",
            "\tx",
            "Almelo",
            "'s-Gravenhage",
            "",
        ] {
            assert_eq!(unneutralise(&neutralise(s)), s);
        }
        assert_eq!(neutralise("=1+1"), "'=1+1");
        assert_eq!(neutralise("'s-Gravenhage"), "'s-Gravenhage");
    }
}
