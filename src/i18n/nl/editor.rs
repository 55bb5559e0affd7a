//! Dutch texts the editor writes.

use super::Nl;
use crate::i18n::editor::EditorWords;

impl EditorWords for Nl {
    fn new_municipality(&self, n: usize) -> String {
        format!("Nieuwe gemeente {n}")
    }
}
