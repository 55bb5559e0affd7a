//! One term per concept (issue 15 item 8): the page's texts follow `docs/glossary.md`.
//!
//! The glossary's section "Checked terms" lists, per language, the words the texts must use
//! (each at least once) and the words they must not use (anywhere, as a whole word or
//! phrase, in any case). This test reads that section and every text file of the language
//! (`src/i18n/<lang>/*.rs`, comments left out), so a word changed in either place is
//! checked against the other.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

/// `(language, "use" | "avoid", term)` from the glossary's checked section.
fn checked_terms() -> Vec<(String, String, String)> {
    let text = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/glossary.md"))
        .expect("docs/glossary.md");
    let section = text
        .split("## Checked terms")
        .nth(1)
        .expect("a section \"## Checked terms\" in docs/glossary.md");
    let section = section.split("\n## ").next().unwrap_or(section);
    let mut out = Vec::new();
    for line in section.lines() {
        // - nl use: `term`, `term`
        let Some(rest) = line.trim().strip_prefix("- ") else {
            continue;
        };
        let Some((head, terms)) = rest.split_once(':') else {
            continue;
        };
        let mut head = head.split_whitespace();
        let (Some(lang), Some(kind)) = (head.next(), head.next()) else {
            continue;
        };
        for term in terms.split('`').skip(1).step_by(2) {
            out.push((lang.to_string(), kind.to_string(), term.to_string()));
        }
    }
    out
}

/// A language's texts: the string literals of `src/i18n/<lang>/*.rs`, lower-cased, with
/// format placeholders (`{name}`) left out, one literal per line.
fn texts(lang: &str) -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src/i18n")
        .join(lang);
    let mut files = vec![dir];
    let mut out = Vec::new();
    while let Some(path) = files.pop() {
        if path.is_dir() {
            for entry in fs::read_dir(&path).expect("the language's folder") {
                files.push(entry.expect("a file").path());
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            let code = fs::read_to_string(&path).expect("a text file");
            out.push((path.display().to_string(), literals(&code).to_lowercase()));
        }
    }
    out
}

/// The contents of the string literals in `code` (comments left out), placeholders removed.
fn literals(code: &str) -> String {
    let mut out = String::new();
    let mut chars = code.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
            }
            '\'' => {
                // A char literal ('"') or a lifetime: skip a quoted character.
                let mut ahead = chars.clone();
                match (ahead.next(), ahead.next()) {
                    (Some('\\'), _) => {
                        chars.next();
                        chars.next();
                        chars.next();
                    }
                    (Some(_), Some('\'')) => {
                        chars.next();
                        chars.next();
                    }
                    _ => {}
                }
            }
            '"' => {
                let mut depth = 0;
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => {
                            chars.next();
                        }
                        '"' => break,
                        '{' => depth += 1,
                        '}' if depth > 0 => depth -= 1,
                        _ if depth == 0 => out.push(c),
                        _ => {}
                    }
                }
                out.push('\n');
            }
            _ => {}
        }
    }
    out
}

/// Where `term` stands as a whole word or phrase in `text` (both lower case).
fn whole_word_at(text: &str, term: &str) -> Option<usize> {
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    let mut from = 0;
    while let Some(i) = text[from..].find(term) {
        let at = from + i;
        let before = text[..at].chars().next_back();
        let after = text[at + term.len()..].chars().next();
        if !before.is_some_and(is_word) && !after.is_some_and(is_word) {
            return Some(at);
        }
        from = at + term.len();
    }
    None
}

#[test]
fn the_glossary_lists_terms_for_both_languages() {
    let terms = checked_terms();
    for lang in ["nl", "en"] {
        for kind in ["use", "avoid"] {
            assert!(
                terms.iter().any(|(l, k, _)| l == lang && k == kind),
                "docs/glossary.md lists no {lang} {kind} terms"
            );
        }
    }
}

#[test]
fn the_texts_use_the_glossary_terms() {
    for (lang, kind, term) in checked_terms() {
        let files = texts(&lang);
        assert!(!files.is_empty(), "no texts for {lang}");
        let term = term.to_lowercase();
        match kind.as_str() {
            "use" => assert!(
                files.iter().any(|(_, t)| whole_word_at(t, &term).is_some()),
                "no {lang} text uses the glossary term {term:?}"
            ),
            "avoid" => {
                for (file, t) in &files {
                    if let Some(at) = whole_word_at(t, &term) {
                        let text = t[..at].lines().last().unwrap_or_default();
                        panic!("{file}: \"{text}…\" uses {term:?}, which docs/glossary.md says not to use");
                    }
                }
            }
            other => panic!("docs/glossary.md: unknown kind {other:?} (use or avoid)"),
        }
    }
}

#[test]
fn the_word_check_finds_whole_words_only() {
    assert_eq!(whole_word_at("43 urgents housed", "urgents"), Some(3));
    assert_eq!(whole_word_at("urgentsx", "urgents"), None);
    assert_eq!(whole_word_at("niet geplaatst.", "niet geplaatst"), Some(0));
    assert_eq!(
        whole_word_at("statutory urgent home seekers", "urgents"),
        None
    );
    let code = "// urgents\nfn a(urgents: u64) -> String { format!(\"{urgents} Urgents\\\" x\") }";
    assert_eq!(literals(code), " Urgents x\n");
}
