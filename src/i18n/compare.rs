//! Texts of comparing two scenarios that are not labels: the summary sentence, the marks
//! beside a name, and the differences B − A as the table shows them. The labels are in
//! `page.rs` (`PageTexts::compare_*`); the sentences' words are in `nl/compare.rs` and
//! `en/compare.rs`.

use evt_core::numbers::{format_signed, format_signed_percent_tenths, Lang};

/// The sentences of the comparison, implemented once per language.
pub trait CompareWords {
    /// "Bij 3 van de 14 gemeenten verandert de status."
    fn compare_summary(&self, changes: usize, total: usize) -> String;
}

/// "Bij 3 van de 14 gemeenten verandert de status."
pub fn compare_summary(changes: usize, total: usize, lang: Lang) -> String {
    by_lang!(lang, compare_summary(changes, total))
}

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

/// `B − A` in percentage points, without the percent sign (the column says "procentpunt"):
/// "6,0", "−11,0"; a dash without a difference.
pub fn percent_points_difference(tenths: Option<i64>, lang: Lang) -> String {
    tenths.map_or_else(
        || NO_DIFFERENCE.into(),
        |d| format_signed_percent_tenths(d, lang).replace('%', ""),
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
        assert_eq!(percent_points_difference(Some(60), Lang::En), "6.0");
        assert_eq!(percent_points_difference(None, Lang::En), "–");
    }
}
