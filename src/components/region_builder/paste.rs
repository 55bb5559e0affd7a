//! The region builder's paste box: a list of names or codes, or a whole table, read by the
//! same rules as the calculator's paste box (`codec::parse_table`): recognised municipalities
//! with their data, other rows (a district, a merged future municipality) as rows of the
//! user's own, the user's order kept.

use crate::i18n::import::{import_texts, new_row_line, reject_reason};
use crate::i18n::region::{paste_duplicates, paste_found, paste_unknown, region_texts};
use evt_core::codec::{apply_with_new_rows, parse_table, Preview};
use evt_core::numbers::Lang;
use evt_core::region::{parse_list, region_row, ListParse};
use evt_core::scenario::{Method, Municipality, Params, Scenario, MAX_MUNICIPALITIES};
use yew::prelude::*;

/// What a pasted text comes to.
#[derive(PartialEq)]
pub enum Pasted {
    /// Names or codes only (one per line, or a row or column from Excel).
    List(ListParse),
    /// A table with a header or figures: the calculator's preview against the list.
    Table(Preview),
}

/// The builder's list as a scenario, for the table reader.
fn list_scenario(list: &[Municipality]) -> Scenario {
    Scenario::new("", Params::default(), Method::Households, list.to_vec())
}

/// Read `text` against the chosen list; `None` for a blank text.
pub fn read(text: &str, list: &[Municipality], lang: Lang) -> Option<Pasted> {
    if text.trim().is_empty() {
        return None;
    }
    let p = parse_table(text, &list_scenario(list), lang);
    Some(if p.had_header || p.had_figures {
        Pasted::Table(p)
    } else {
        Pasted::List(parse_list(text))
    })
}

/// The list after "Toevoegen": the pasted rows the list does not have are added at the end,
/// in the pasted order (a table's figures applied), at most [`MAX_MUNICIPALITIES`]; and how
/// many rows were added.
pub fn added(
    pasted: &Pasted,
    list: &[Municipality],
    current: &Scenario,
) -> (Vec<Municipality>, usize) {
    let mut out = match pasted {
        Pasted::List(l) => {
            let mut out = list.to_vec();
            for &i in &l.found {
                let Some(m) = region_row(i, current) else {
                    continue;
                };
                if !out.iter().any(|r| r.id == m.id) {
                    out.push(m);
                }
            }
            out
        }
        Pasted::Table(p) => apply_with_new_rows(p, &list_scenario(list)).municipalities,
    };
    out.truncate(MAX_MUNICIPALITIES.max(list.len()));
    let n = out.len().saturating_sub(list.len());
    (out, n)
}

/// Whether "Toevoegen" would change the list.
pub fn adds_anything(pasted: &Pasted, list: &[Municipality]) -> bool {
    match pasted {
        Pasted::List(l) => l.found.iter().any(|&i| {
            evt_core::data::netherlands()
                .get(i)
                .is_some_and(|r| !list.iter().any(|m| m.id == r.id))
        }),
        Pasted::Table(p) => !p.is_empty(),
    }
}

/// The preview under the box.
pub fn preview(pasted: &Pasted, list: &[Municipality], lang: Lang) -> Html {
    let t = region_texts(lang);
    match pasted {
        Pasted::List(p) => {
            let new = p
                .found
                .iter()
                .filter(|&&i| {
                    evt_core::data::netherlands()
                        .get(i)
                        .is_some_and(|r| !list.iter().any(|m| m.id == r.id))
                })
                .count();
            html! {
                <div class="region-paste-preview" id="region-paste-preview" aria-live="polite">
                    <p id="region-paste-found">{ paste_found(p.found.len(), new, lang) }</p>
                    if !p.unknown.is_empty() {
                        <p class="region-paste-problem" id="region-paste-unknown">{ paste_unknown(&p.unknown, lang) }</p>
                        <p class="help">{ t.paste_unknown_hint }</p>
                    }
                    if !p.duplicates.is_empty() {
                        <p id="region-paste-duplicates">{ paste_duplicates(&p.duplicates, lang) }</p>
                    }
                </div>
            }
        }
        Pasted::Table(p) => {
            let words = import_texts(lang);
            html! {
                <div class="region-paste-preview" id="region-paste-preview" aria-live="polite">
                    <p id="region-paste-found">{ paste_found(p.order.len(), p.new_rows.len(), lang) }</p>
                    if !p.new_rows.is_empty() {
                        <ul class="paste-new" id="region-paste-new">
                            { for p.new_rows.iter().map(|r| html! {
                                <li><span class="badge-new">{ words.new_badge }</span>{ " " }{ new_row_line(r, lang) }</li>
                            }) }
                        </ul>
                    }
                    if !p.rejected.is_empty() {
                        <ul class="region-paste-problem" id="region-paste-unknown">
                            { for p.rejected.iter().map(|r| html! {
                                <li>{ format!("{} {}: ‘{}’ — {}", crate::i18n::Texts::get(lang).paste_line, r.line, r.text, reject_reason(&r.reason, lang)) }</li>
                            }) }
                        </ul>
                    }
                </div>
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use evt_core::data::default_scenario;

    #[test]
    fn a_list_stays_a_list_and_a_table_follows_the_calculators_rules() {
        let twente = default_scenario();
        // Codes in one Excel row and names one per line: a list, as before.
        let list = "GM0141\tGM0147\nZwolle\nDeventer\n";
        let Some(Pasted::List(l)) = read(list, &[], Lang::Nl) else {
            panic!("a list");
        };
        assert_eq!(l.found.len(), 4);
        // A table with a district: the district comes in as a row of the user's own, at the
        // end, after the recognised municipality, in the pasted order.
        let table = "Gemeente\tHuishoudens\nZwolle\t60.000\nStadshagen (wijk)\t9.000\n";
        let pasted = read(table, &twente.municipalities, Lang::Nl).expect("a table");
        assert!(matches!(pasted, Pasted::Table(_)));
        assert!(adds_anything(&pasted, &twente.municipalities));
        let (rows, n) = added(&pasted, &twente.municipalities, &twente);
        assert_eq!(n, 2);
        let names: Vec<&str> = rows[14..].iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["Zwolle", "Stadshagen (wijk)"]);
        assert_eq!(rows[14].households, 60_000);
        assert_eq!(rows[15].id, "X1");
        // Adding a list keeps what the calculator has for a municipality of the region.
        let mut typed = twente.clone();
        typed.municipalities[0].vacancies = Some(1_234);
        let Some(almelo) = read("Almelo", &[], Lang::Nl) else {
            panic!("a list");
        };
        let (rows, _) = added(&almelo, &[], &typed);
        assert_eq!(rows[0].vacancies, Some(1_234));
    }
}
