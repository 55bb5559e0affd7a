//! Issue 15, item 1, as the editor lives it: parameters typed first, then a nine-row table of
//! another region (seven CBS municipalities, a district and a merged future municipality)
//! pasted into the default Twente scenario and made the region in one undo step. The result
//! is the same as the region typed in row by row ("Gemeente toevoegen", every cell typed), the
//! parameters stay as typed, and the preview marks the new rows. Also: the input table shows
//! every column the import reads, and the paste help names them.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{Host, HostProps};
use evt_app::components::input_table::{input_columns, InputTable, InputTableProps};
use evt_app::i18n::import::{import_texts, new_row_line};
use evt_app::i18n::validation::field_label;
use evt_app::i18n::Texts;
use evt_app::state::{Action, Editor, Key, Notice};
use evt_core::codec::{apply_as_region, parse_table, Column};
use evt_core::data::default_scenario;
use evt_core::field::{Field, Param};
use evt_core::methods::compute_with;
use evt_core::numbers::Lang;
use evt_core::scenario::Method;
use std::rc::Rc;
use yew::{LocalServerRenderer, Reducible};

const TABLE: &str = "Gemeente\tHuishoudens\tVrijkomende woningen\tInstroom\n\
Soest\t21.035\t290\t40\n\
Amersfoort\t71.875\t1.350\t150\n\
Vathorst-Noord (wijk)\t6.200\t95\t12\n\
Baarn\t11.230\t180\t20\n\
Leusden\t13.750\t165\t18\n\
Eemvallei (fusie 2027)\t14.300\t160\t21\n\
Bunschoten\t8.755\t70\t10\n\
Woudenberg\t5.510\t75\t8\n\
Nijkerk\t18.370\t250\t30\n";

/// Name, households, vacancies, inflow, as typed into the cells.
const ROWS: [(&str, &str, &str, &str); 9] = [
    ("Soest", "21.035", "290", "40"),
    ("Amersfoort", "71.875", "1.350", "150"),
    ("Vathorst-Noord (wijk)", "6.200", "95", "12"),
    ("Baarn", "11.230", "180", "20"),
    ("Leusden", "13.750", "165", "18"),
    ("Eemvallei (fusie 2027)", "14.300", "160", "21"),
    ("Bunschoten", "8.755", "70", "10"),
    ("Woudenberg", "5.510", "75", "8"),
    ("Nijkerk", "18.370", "250", "30"),
];

fn reduce(e: Rc<Editor>, a: Action) -> Rc<Editor> {
    e.reduce(a)
}

/// The default scenario with the parameters typed: U 120, minimum 15, signal value 22,5,
/// cap 25, turnover 5,5 (left as typed: not committed).
fn with_parameters() -> Rc<Editor> {
    let mut e = Rc::new(Editor::new(default_scenario(), Lang::Nl));
    for (param, text) in [
        (Param::Urgents, "120"),
        (Param::Minimum, "15"),
        (Param::Signal, "22,5"),
        (Param::Cap, "25"),
        (Param::Turnover, "5,5"),
    ] {
        e = reduce(
            e,
            Action::SetParam {
                param,
                text: text.into(),
            },
        );
    }
    e
}

fn pasted() -> Rc<Editor> {
    let e = with_parameters();
    let p = parse_table(TABLE, e.scenario(), Lang::Nl);
    let scenario = apply_as_region(&p, e.scenario());
    reduce(
        e,
        Action::Import {
            scenario,
            notice: Some(Notice::RegionMade(9)),
        },
    )
}

fn typed_row_by_row() -> Rc<Editor> {
    let mut e = with_parameters();
    let ids: Vec<String> = e
        .scenario()
        .municipalities
        .iter()
        .map(|m| m.id.clone())
        .collect();
    for id in ids {
        e = reduce(e, Action::RemoveMunicipality(id));
    }
    for (name, households, vacancies, origin) in ROWS {
        e = reduce(e, Action::AddMunicipality);
        let id = e
            .scenario()
            .municipalities
            .last()
            .map(|m| m.id.clone())
            .expect("a row was added");
        for (field, text) in [
            (Field::Name, name),
            (Field::Households, households),
            (Field::Vacancies, vacancies),
            (Field::Origin, origin),
        ] {
            e = reduce(
                e,
                Action::SetCell {
                    id: id.clone(),
                    field,
                    text: text.into(),
                },
            );
        }
    }
    e
}

#[test]
fn one_paste_gives_the_figures_of_typing_row_by_row_with_the_parameters_kept() {
    let pasted = pasted();
    let typed = typed_row_by_row();
    let (a, b) = (pasted.scenario(), typed.scenario());
    assert_eq!(a.params, b.params);
    assert_eq!(a.params.signal_bp, 2250);
    assert_eq!(a.params.urgents, 120);
    let names = |s: &evt_core::Scenario| -> Vec<String> {
        s.municipalities.iter().map(|m| m.name.clone()).collect()
    };
    assert_eq!(names(a), names(b));
    assert_eq!(names(a)[0], "Soest", "the user's order, not alphabetical");
    for method in Method::ALL {
        assert_eq!(
            compute_with(a, method).expect("pasted computes"),
            compute_with(b, method).expect("typed computes"),
            "{method:?}"
        );
    }
    // The parameters still show as typed, and the results are current.
    assert_eq!(pasted.text(&Key::Param(Param::Signal)), "22,5");
    assert!(pasted.is_current());
}

#[test]
fn the_paste_is_one_undo_step() {
    let before = with_parameters();
    let after = pasted();
    assert_eq!(after.scenario().municipalities.len(), 9);
    let undone = reduce(after, Action::Undo);
    assert_eq!(undone.scenario(), before.scenario());
}

#[test]
fn the_preview_marks_the_new_rows() {
    let e = with_parameters();
    let p = parse_table(TABLE, e.scenario(), Lang::Nl);
    let own: Vec<String> = p
        .new_rows
        .iter()
        .filter(|r| !r.national)
        .map(|r| new_row_line(r, Lang::Nl))
        .collect();
    assert_eq!(own.len(), 2);
    assert!(own[0].starts_with("Vathorst-Noord (wijk)"), "{own:?}");
    assert!(own[0].contains("6.200"), "{own:?}");
    assert_ne!(
        import_texts(Lang::Nl).new_badge,
        import_texts(Lang::En).new_badge
    );
}

#[test]
fn the_paste_help_names_every_column_the_import_reads() {
    for lang in [Lang::Nl, Lang::En] {
        let help = evt_core::text::lower(Texts::get(lang).paste_help);
        for column in Column::INPUTS {
            let label = column.label(lang);
            assert!(help.contains(label), "{lang:?}: {label}");
        }
    }
}

#[tokio::test(flavor = "current_thread")]
async fn the_input_table_shows_every_column_the_import_reads_on_demand() {
    let on_demand = input_columns(true);
    for column in Column::INPUTS {
        if let Some(field) = column.field() {
            assert!(on_demand.contains(&field), "{field:?}");
        }
    }
    assert!(!input_columns(false).contains(&Field::CorporationHomes));
    // Rendered: the corporation homes column with Almelo's CBS figure.
    let html = LocalServerRenderer::<Host<InputTableWithOptional>>::with_props(HostProps {
        scenario: default_scenario(),
        lang: Lang::Nl,
        actions: Vec::new(),
    })
    .render()
    .await;
    assert!(html.contains(field_label(Field::CorporationHomes, Lang::Nl)));
    assert!(html.contains(r#"id="in-corp-GM0141""#), "an input per row");
    assert!(html.contains("11.583"), "Almelo's corporation homes");
}

/// The input table with its extra columns shown.
#[yew::component]
fn InputTableWithOptional() -> yew::Html {
    yew::html! {
        <InputTable ..InputTableProps { show_optional: true, rows: Default::default(), stale: false } />
    }
}
