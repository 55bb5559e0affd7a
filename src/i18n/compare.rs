//! Texts of comparing two scenarios that are not labels: the summary sentence, the marks
//! beside a name, the headings that name the two scenarios, the totals row and the
//! differences B − A as the table shows them. The labels are in `page.rs`
//! (`PageTexts::compare_*`); the sentences' words are in `nl/compare.rs` and
//! `en/compare.rs`.

use evt_core::numbers::{format_percent_tenths, format_signed, Lang};

/// The sentences of the comparison, implemented once per language.
pub trait CompareWords {
    /// "Bij 3 van de 14 gemeenten verandert de status."
    fn compare_summary(&self, changes: usize, total: usize) -> String;
    /// The first cell of the totals row: "Totaal".
    fn total_label(&self) -> &'static str;
}

/// "Bij 3 van de 14 gemeenten verandert de status."
pub fn compare_summary(changes: usize, total: usize, lang: Lang) -> String {
    by_lang!(lang, compare_summary(changes, total))
}

/// The first cell of the totals row.
pub fn total_label(lang: Lang) -> &'static str {
    by_lang!(lang, total_label())
}

/// A scenario's column heading with its name: "Scenario A: Huidig scenario — Twente".
pub fn side_heading(side: &str, name: &str) -> String {
    format!("{side}{NAME_SEPARATOR}{name}")
}

/// A cell's label on a phone, where the cells stand under each other: "A · Percentage".
pub fn cell_label(side: &str, column: &str) -> String {
    format!("{side}{CELL_LABEL_SEPARATOR}{column}")
}

/// Between "Scenario A" and the scenario's name in a column heading.
pub const NAME_SEPARATOR: &str = ": ";
/// Between a side's letter and a column in a cell's label on a phone.
pub const CELL_LABEL_SEPARATOR: &str = " · ";
/// The letters of the two sides in a cell's label on a phone.
pub const SIDE_A: &str = "A";
pub const SIDE_B: &str = "B";

/// Between "Huidig scenario" and the region's name in the picker of A.
pub const CURRENT_SEPARATOR: &str = " — ";
/// Before "status verandert" beside a name.
pub const STATUS_CHANGED_MARK: &str = " ⚠ ";
/// Before "gewijzigd" beside a name.
pub const CHANGED_MARK: &str = " · ";
/// Between a status symbol and its label.
pub const SYMBOL_GAP: &str = " ";
/// A difference that cannot be taken (the municipality is on one side only, or has no
/// percentage).
pub const NO_DIFFERENCE: &str = "–";

/// `B − A` in persons: "+6", "−11", "0"; a dash without a difference.
pub fn target_difference(diff: Option<i64>, lang: Lang) -> String {
    diff.map_or_else(|| NO_DIFFERENCE.into(), |d| format_signed(d, lang))
}

/// `B − A` in percentage points with one decimal, as the calculator writes percentages, and
/// without the percent sign (the column says "procentpunt"), signed as the persons are:
/// "+6,0", "−11,0", "0,0"; a dash without a difference.
pub fn percent_points_difference(tenths: Option<i64>, lang: Lang) -> String {
    tenths.map_or_else(
        || NO_DIFFERENCE.into(),
        |d| {
            let body = format_percent_tenths(d.unsigned_abs(), lang).replace('%', "");
            match d.signum() {
                1 => format!("+{body}"),
                -1 => format!("\u{2212}{body}"),
                _ => body,
            }
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_counts_in_both_languages() {
        assert_eq!(
            compare_summary(0, 14, Lang::Nl),
            "Bij geen van de 14 gemeenten verandert de status."
        );
        assert_eq!(
            compare_summary(1, 14, Lang::Nl),
            "Bij 1 van de 14 gemeenten verandert de status."
        );
        assert_eq!(
            compare_summary(3, 14, Lang::Nl),
            "Bij 3 van de 14 gemeenten verandert de status."
        );
        assert_eq!(
            compare_summary(0, 2, Lang::En),
            "None of the 2 municipalities changes status."
        );
        assert_eq!(
            compare_summary(1, 2, Lang::En),
            "1 of the 2 municipalities changes status."
        );
        assert_eq!(
            compare_summary(2, 2, Lang::En),
            "2 of the 2 municipalities change status."
        );
    }

    #[test]
    fn differences_are_signed_and_dashed() {
        assert_eq!(target_difference(Some(6), Lang::Nl), "+6");
        assert_eq!(target_difference(Some(-11), Lang::En), "\u{2212}11");
        assert_eq!(target_difference(None, Lang::Nl), "–");
        assert_eq!(
            percent_points_difference(Some(-110), Lang::Nl),
            "\u{2212}11,0"
        );
        assert_eq!(percent_points_difference(Some(60), Lang::En), "+6.0");
        assert_eq!(percent_points_difference(None, Lang::En), "–");
    }

    #[test]
    fn persons_and_points_carry_the_same_signs() {
        // "+1" beside "+1,5", "−1" beside "−1,5", "0" beside "0,0": every difference but zero
        // has its sign, and the points keep the calculator's one decimal.
        for (persons, tenths) in [(1, 15), (-1, -15), (0, 0), (27, 39), (-3, -4)] {
            let p = target_difference(Some(persons), Lang::Nl);
            let q = percent_points_difference(Some(tenths), Lang::Nl);
            let sign = |s: &str| s.chars().next().filter(|c| ['+', '\u{2212}'].contains(c));
            assert_eq!(sign(&p), sign(&q), "{p} beside {q}");
            assert_eq!(q.split(',').nth(1).map(str::len), Some(1), "{q}");
        }
        assert_eq!(percent_points_difference(Some(15), Lang::Nl), "+1,5");
        assert_eq!(percent_points_difference(Some(0), Lang::En), "0.0");
        assert_eq!(percent_points_difference(Some(-4), Lang::En), "\u{2212}0.4");
    }

    #[test]
    fn the_labels_name_the_side() {
        assert_eq!(side_heading("Scenario A", "Plafond"), "Scenario A: Plafond");
        assert_eq!(cell_label(SIDE_B, "Status"), "B · Status");
        assert_ne!(total_label(Lang::Nl), total_label(Lang::En));
    }
}
