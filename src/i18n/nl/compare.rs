//! Dutch texts of comparing two scenarios.

use super::Nl;
use crate::i18n::compare::CompareWords;

impl CompareWords for Nl {
    fn compare_summary(&self, changes: usize, total: usize) -> String {
        match changes {
            0 => format!("Bij geen van de {total} gemeenten verandert de status."),
            1 => format!("Bij 1 van de {total} gemeenten verandert de status."),
            n => format!("Bij {n} van de {total} gemeenten verandert de status."),
        }
    }

    fn total_label(&self) -> &'static str {
        "Totaal"
    }
}
