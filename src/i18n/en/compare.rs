//! English texts of comparing two scenarios.

use super::En;
use crate::i18n::compare::CompareWords;

impl CompareWords for En {
    fn compare_summary(&self, changes: usize, total: usize) -> String {
        match changes {
            0 => format!("None of the {total} municipalities changes status."),
            1 => format!("1 of the {total} municipalities changes status."),
            n => format!("{n} of the {total} municipalities change status."),
        }
    }

    fn total_label(&self) -> &'static str {
        "Total"
    }
}
