//! Texts the editor itself writes into the scenario (the name of an added row). The words
//! are in `nl/editor.rs` and `en/editor.rs`.

use evt_core::numbers::Lang;

/// The editor's sentences, implemented once per language.
pub trait EditorWords {
    /// The name of the `n`th row added with "Gemeente toevoegen".
    fn new_municipality(&self, n: usize) -> String;
}

/// "Nieuwe gemeente 15".
pub fn new_municipality(n: usize, lang: Lang) -> String {
    by_lang!(lang, new_municipality(n))
}
