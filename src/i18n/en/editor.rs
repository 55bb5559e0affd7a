//! English texts the editor writes.

use super::En;
use crate::i18n::editor::EditorWords;

impl EditorWords for En {
    fn new_municipality(&self, n: usize) -> String {
        format!("New municipality {n}")
    }
}
