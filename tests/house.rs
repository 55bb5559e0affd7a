//! The house rules, checked on the source itself (issue 14):
//!
//! 1. **No import circles** between the files of `src/` or of `core/src/`. A file depends on
//!    another when it names it (`use crate::x`, `super::y`, or a path `crate::x::f` in code);
//!    `#[cfg(test)]` modules and comments do not count, nor `$crate::…` inside a
//!    `macro_rules!` body (it is named where the macro is called: `i18n::by_lang!` lists the
//!    language types, which import their topic's trait). Types live in the module that owns
//!    them, so the graph is layered: `core` scenario → methods → growth/monitoring → codec;
//!    app `state` → `view` → `i18n` → `components` → `app` → `boot`.
//! 2. **No source file over 600 lines**, except the files listed in [`OVERSIZE`], which may
//!    not grow past their ceiling while they wait to be split.
//!
//! Written by hand (a small tokenizer, no dependency): `cargo modules` would need a download
//! and a nightly-only analysis; this reads exactly what a newcomer reads, the `use` lines.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Files still over 600 lines, with the most lines they may have until they are split.
const OVERSIZE: &[(&str, usize)] = &[];

const MAX_LINES: usize = 600;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The module path of a file under `src_dir`: `view/growth.rs` → `["view", "growth"]`,
/// `view/mod.rs` → `["view"]`, `lib.rs` → `[]`. Binaries (`bin/`, `main.rs`) are `None`.
fn module_of(src_dir: &Path, file: &Path) -> Option<Vec<String>> {
    let rel = file.strip_prefix(src_dir).ok()?.with_extension("");
    let mut parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.first().is_some_and(|p| p == "bin") || parts == ["main"] {
        return None;
    }
    if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
        parts.pop();
    }
    Some(parts)
}

/// The source without comments, string literals and `#[cfg(test)]` modules.
fn code_only(src: &str) -> String {
    let mut out = String::with_capacity(src.len());
    let b: Vec<char> = src.chars().collect();
    let mut i = 0;
    while i < b.len() {
        if b[i] == '/' && b.get(i + 1) == Some(&'/') {
            while i < b.len() && b[i] != '\n' {
                i += 1;
            }
        } else if b[i] == '/' && b.get(i + 1) == Some(&'*') {
            i += 2;
            while i + 1 < b.len() && !(b[i] == '*' && b[i + 1] == '/') {
                i += 1;
            }
            i += 2;
        } else if b[i] == 'r' && (b.get(i + 1) == Some(&'#') || b.get(i + 1) == Some(&'"')) {
            // Raw string r"…" or r#"…"#.
            let mut j = i + 1;
            let mut hashes = 0;
            while b.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if b.get(j) != Some(&'"') || (i > 0 && (b[i - 1].is_alphanumeric() || b[i - 1] == '_'))
            {
                out.push(b[i]);
                i += 1;
                continue;
            }
            j += 1;
            loop {
                if j >= b.len() {
                    break;
                }
                if b[j] == '"' && (0..hashes).all(|k| b.get(j + 1 + k) == Some(&'#')) {
                    j += 1 + hashes;
                    break;
                }
                j += 1;
            }
            out.push_str("\"\"");
            i = j;
        } else if b[i] == '"' {
            i += 1;
            while i < b.len() && b[i] != '"' {
                if b[i] == '\\' {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
            out.push_str("\"\"");
        } else if b[i] == '\'' && b.get(i + 2) == Some(&'\'') {
            // A char literal 'x' (lifetimes have no closing quote two places on).
            out.push_str("' '");
            i += 3;
        } else if b[i] == '\'' && b.get(i + 1) == Some(&'\\') {
            i += 2;
            while i < b.len() && b[i] != '\'' {
                i += 1;
            }
            i += 1;
            out.push_str("' '");
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    strip_test_modules(&out)
}

fn strip_test_modules(code: &str) -> String {
    let mut code = code.to_string();
    while let Some(at) = code.find("#[cfg(test)]") {
        let rest = &code[at + "#[cfg(test)]".len()..];
        let trimmed = rest.trim_start();
        let item = trimmed
            .strip_prefix("pub(crate) ")
            .or_else(|| trimmed.strip_prefix("pub "))
            .unwrap_or(trimmed);
        let end = if item.starts_with("mod ") {
            // Skip to the matching closing brace of the module (or `;` for `mod x;`).
            let start = code.len() - item.len();
            let mut depth = 0usize;
            let mut end = code.len();
            for (k, c) in code[start..].char_indices() {
                match c {
                    ';' if depth == 0 => {
                        end = start + k + 1;
                        break;
                    }
                    '{' => depth += 1,
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            end = start + k + 1;
                            break;
                        }
                    }
                    _ => {}
                }
            }
            end
        } else {
            // Another test-only item: keep it (its `use` lines count), drop the attribute.
            at + "#[cfg(test)]".len()
        };
        code.replace_range(at..end, "");
    }
    code
}

/// `a::{b, c::{d, e}}` → `a::b`, `a::c::d`, `a::c::e`.
fn expand(path: &str) -> Vec<String> {
    let path: String = path.chars().filter(|c| !c.is_whitespace()).collect();
    let Some(open) = path.find('{') else {
        return vec![path];
    };
    let (prefix, inner) = (&path[..open], &path[open + 1..path.len() - 1]);
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (k, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..k]);
                start = k + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .flat_map(|p| expand(&format!("{prefix}{p}")))
        .collect()
}

/// Every `crate::…`, `super::…` and `self::…` path the code names.
fn paths(code: &str) -> Vec<String> {
    let mut found = Vec::new();
    // `use` trees (with braces) first.
    let mut rest = code;
    while let Some(at) = rest.find("use ") {
        let before = rest[..at].chars().last();
        let after = &rest[at + 4..];
        let is_use = before.is_none_or(|c| !c.is_alphanumeric() && c != '_');
        // Any path: `crate::`, `super::`, `self::`, or one relative to this module (a child
        // module, `use format::LinkState` in `link.rs`); other crates resolve to no file.
        if is_use
            && after
                .trim_start()
                .starts_with(|c: char| c.is_alphabetic() || c == '_')
        {
            if let Some(end) = after.find(';') {
                found.extend(expand(&after[..end]));
            }
        }
        rest = after;
    }
    // Plain paths in code.
    for start in ["crate::", "super::"] {
        let mut rest = code;
        while let Some(at) = rest.find(start) {
            let before = rest[..at].chars().last();
            let tail = &rest[at..];
            let len = tail
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .unwrap_or(tail.len());
            // `$crate::` is a macro body's path, resolved where the macro is called.
            if before.is_none_or(|c| !c.is_alphanumeric() && c != '_' && c != ':' && c != '$') {
                found.push(tail[..len].trim_end_matches(':').to_string());
            }
            rest = &rest[at + start.len()..];
        }
    }
    found
}

/// The file-level dependency graph of one crate's source folder.
fn graph(src_dir: &Path) -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let mut files = Vec::new();
    rust_files(src_dir, &mut files);
    let modules: BTreeMap<Vec<String>, PathBuf> = files
        .iter()
        .filter_map(|f| Some((module_of(src_dir, f)?, f.clone())))
        .collect();
    let mut g = BTreeMap::new();
    for (module, file) in &modules {
        let code = code_only(&std::fs::read_to_string(file).expect("readable source"));
        let is_mod_file = file
            .file_name()
            .is_some_and(|n| n == "mod.rs" || n == "lib.rs");
        let mut deps = BTreeSet::new();
        for path in paths(&code) {
            let mut segs: Vec<&str> = path.split("::").collect();
            // Where `super`/`self` start: a `mod.rs` is its own module's parent folder.
            let mut base: Vec<String> = module.clone();
            if !is_mod_file {
                base.pop();
            }
            match segs.first() {
                Some(&"crate") => {
                    base.clear();
                    segs.remove(0);
                }
                Some(&"self") => {
                    base = module.clone();
                    segs.remove(0);
                }
                _ => {
                    base = module.clone();
                    while segs.first() == Some(&"super") {
                        base.pop();
                        segs.remove(0);
                    }
                }
            }
            let target = (0..=segs.len()).rev().find_map(|k| {
                let mut t = base.clone();
                t.extend(segs[..k].iter().map(|s| s.to_string()));
                modules.contains_key(&t).then_some(t)
            });
            if let Some(t) = target {
                if &t != module && !t.is_empty() {
                    deps.insert(t);
                }
            }
        }
        g.insert(module.clone(), deps);
    }
    g
}

/// One circle in the graph, if there is any: the files on it, in order.
fn find_circle(g: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>) -> Option<Vec<Vec<String>>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Open,
        Done,
    }
    fn visit<'a>(
        v: &'a Vec<String>,
        g: &'a BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        marks: &mut BTreeMap<&'a Vec<String>, Mark>,
        stack: &mut Vec<&'a Vec<String>>,
    ) -> Option<Vec<Vec<String>>> {
        marks.insert(v, Mark::Open);
        stack.push(v);
        for w in g.get(v).into_iter().flatten() {
            match marks.get(w).copied().unwrap_or(Mark::New) {
                Mark::Open => {
                    let from = stack.iter().position(|s| *s == w).unwrap_or(0);
                    let mut circle: Vec<Vec<String>> =
                        stack[from..].iter().map(|s| (*s).clone()).collect();
                    circle.push(w.clone());
                    return Some(circle);
                }
                Mark::New => {
                    if let Some(c) = visit(w, g, marks, stack) {
                        return Some(c);
                    }
                }
                Mark::Done => {}
            }
        }
        stack.pop();
        marks.insert(v, Mark::Done);
        None
    }
    let mut marks = BTreeMap::new();
    for v in g.keys() {
        if marks.get(v).copied().unwrap_or(Mark::New) == Mark::New {
            if let Some(c) = visit(v, g, &mut marks, &mut Vec::new()) {
                return Some(c);
            }
        }
    }
    None
}

fn show(circle: &[Vec<String>]) -> String {
    circle
        .iter()
        .map(|m| {
            if m.is_empty() {
                "lib".into()
            } else {
                m.join("/")
            }
        })
        .collect::<Vec<_>>()
        .join(" -> ")
}

#[test]
fn no_import_circle_in_the_app() {
    let g = graph(&root().join("src"));
    assert!(g.len() > 40, "found the app's files: {}", g.len());
    if let Some(c) = find_circle(&g) {
        panic!("import circle in src/: {}", show(&c));
    }
}

#[test]
fn no_import_circle_in_the_core() {
    let g = graph(&root().join("core/src"));
    assert!(g.len() > 20, "found the core's files: {}", g.len());
    if let Some(c) = find_circle(&g) {
        panic!("import circle in core/src/: {}", show(&c));
    }
}

#[test]
fn the_checker_sees_a_circle_and_the_paths_it_follows() {
    let mut g = BTreeMap::new();
    let m = |s: &str| s.split('/').map(String::from).collect::<Vec<_>>();
    g.insert(m("a"), BTreeSet::from([m("b")]));
    g.insert(m("b"), BTreeSet::from([m("c/d")]));
    g.insert(m("c/d"), BTreeSet::from([m("a")]));
    assert_eq!(
        find_circle(&g).map(|c| show(&c)),
        Some("a -> b -> c/d -> a".into())
    );
    g.insert(m("c/d"), BTreeSet::new());
    assert_eq!(find_circle(&g), None);

    let code = code_only(
        "use crate::a::{b, c::{D, e}};\n// use crate::comment;\nfn f() { super::g::h(); \
         let s = \"crate::in_string\"; $crate::in_macro::X }\n#[cfg(test)]\nmod tests { use crate::only_tests; }\n",
    );
    let mut p = paths(&code);
    p.sort();
    p.dedup();
    // `crate::a` is the use tree's stem, also found as a plain path: it resolves the same way.
    assert_eq!(
        p,
        [
            "crate::a",
            "crate::a::b",
            "crate::a::c::D",
            "crate::a::c::e",
            "super::g::h"
        ]
    );
}

#[test]
fn no_source_file_over_600_lines_except_the_listed_ones_which_do_not_grow() {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    rust_files(&root().join("core/src"), &mut files);
    let mut problems = Vec::new();
    for f in &files {
        let rel = f
            .strip_prefix(root())
            .expect("under the root")
            .to_string_lossy()
            .replace('\\', "/");
        let lines = std::fs::read_to_string(f)
            .expect("readable")
            .lines()
            .count();
        let ceiling = OVERSIZE
            .iter()
            .find(|(p, _)| *p == rel)
            .map_or(MAX_LINES, |(_, n)| *n);
        if lines > ceiling {
            problems.push(format!("{rel}: {lines} lines (at most {ceiling})"));
        }
    }
    for (p, _) in OVERSIZE {
        let lines = std::fs::read_to_string(root().join(p)).map_or(0, |s| s.lines().count());
        if lines <= MAX_LINES {
            problems.push(format!(
                "{p} is {lines} lines now: take it off OVERSIZE in tests/house.rs"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
