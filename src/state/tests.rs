use super::*;
use evt_core::data::default_scenario;

fn editor() -> Rc<Editor> {
    Rc::new(Editor::new(default_scenario(), Lang::Nl))
}

fn cell(id: &str, field: Field, text: &str) -> Action {
    Action::SetCell {
        id: id.into(),
        field,
        text: text.into(),
    }
}

#[test]
fn typing_updates_scenario_and_keeps_text() {
    let e = editor().reduce(cell("GM1774", Field::Vacancies, "1.000"));
    assert_eq!(e.scenario().find("GM1774").unwrap().vacancies, Some(1000));
    assert_eq!(
        e.text(&Key::Cell("GM1774".into(), Field::Vacancies)),
        "1.000"
    );
    assert!(e.is_current());
}

#[test]
fn invalid_text_is_kept_and_last_result_stays() {
    let e = editor();
    let before = e.last_valid.clone();
    let e = e.reduce(cell("GM1774", Field::Households, "12,5"));
    assert!(!e.is_current());
    assert_eq!(
        e.text(&Key::Cell("GM1774".into(), Field::Households)),
        "12,5"
    );
    assert_eq!(e.last_valid, before);
    // Committing keeps invalid text.
    let e = e.reduce(Action::Commit(Key::Cell(
        "GM1774".into(),
        Field::Households,
    )));
    assert_eq!(
        e.text(&Key::Cell("GM1774".into(), Field::Households)),
        "12,5"
    );
}

#[test]
fn a_session_carries_drafts_history_and_last_results() {
    let e = editor()
        .reduce(cell("GM0141", Field::Households, "30000"))
        .reduce(Action::SetLang(Lang::En))
        .reduce(cell("GM1774", Field::Households, "12,5"));
    assert!(!e.is_current());
    let r = Editor::restore(&e.session()).expect("restores");
    assert_eq!(r.current, e.current);
    assert_eq!(r.undo, e.undo);
    assert_eq!(r.redo, e.redo);
    assert_eq!(r.lang, Lang::En);
    assert_eq!(r.parse_errors, e.parse_errors);
    assert_eq!(r.last_valid, e.last_valid);
    assert!(!r.is_current());
    // Undo goes on where it was.
    let (e, r) = (e.reduce(Action::Undo), Rc::new(r).reduce(Action::Undo));
    assert_eq!(r.current, e.current);
    assert!(Editor::restore("not a session").is_none());
    assert!(Editor::restore("").is_none());
}

#[test]
fn one_undo_step_per_cell_typing() {
    let e = editor()
        .reduce(cell("GM0141", Field::Households, "3"))
        .reduce(cell("GM0141", Field::Households, "30"))
        .reduce(cell("GM0141", Field::Households, "300"));
    assert_eq!(e.undo.len(), 1);
    let e = e.reduce(Action::Undo);
    assert_eq!(e.scenario(), &default_scenario());
    let e = e.reduce(Action::Redo);
    assert_eq!(e.scenario().find("GM0141").unwrap().households, 300);
}

#[test]
fn add_and_remove_rows_are_undoable() {
    let e = editor().reduce(Action::AddMunicipality);
    assert_eq!(e.scenario().municipalities.len(), 15);
    assert!(e.is_current(), "a new row is valid at once");
    let e = e.reduce(Action::RemoveMunicipality("GM0141".into()));
    assert_eq!(e.scenario().municipalities.len(), 14);
    let e = e.reduce(Action::Undo).reduce(Action::Undo);
    assert_eq!(e.scenario(), &default_scenario());
}

#[test]
fn params_parse_percentages() {
    let e = editor().reduce(Action::SetParam {
        param: Param::Signal,
        text: "22,5".into(),
    });
    assert_eq!(e.scenario().params.signal_bp, 2250);
    let e = e.reduce(Action::SetParam {
        param: Param::Signal,
        text: "10".into(),
    });
    // Signal below minimum: a validation problem, last valid result kept.
    assert!(matches!(e.problem, Some(ComputeError::Invalid(_))));
    assert_eq!(
        e.last_valid.as_ref().unwrap().scenario.params.signal_bp,
        2250
    );
}

#[test]
fn no_op_returns_same_rc() {
    let e = editor();
    let same = e.clone().reduce(Action::SetMethod(Method::Households));
    assert!(Rc::ptr_eq(&e, &same));
}

#[test]
fn an_edit_copies_the_scenario_once() {
    let before = editor();
    let after = before
        .clone()
        .reduce(cell("GM0141", Field::Households, "300"));
    // The undo step is the scenario as it was, not a copy of it.
    let undo = after.undo.last().expect("one undo step");
    assert!(Rc::ptr_eq(&undo.scenario, &before.current.scenario));
    // The result that computed shares the new scenario.
    let last = after.last_valid.as_ref().expect("it computes");
    assert!(Rc::ptr_eq(&last.scenario, &after.current.scenario));
    // The one copy is the edited scenario itself.
    assert!(!Rc::ptr_eq(
        &after.current.scenario,
        &before.current.scenario
    ));
    // The next keystroke in the same cell (one undo step) again copies only what it edits,
    // and the undo stack keeps pointing at the scenario before the first keystroke.
    let next = after
        .clone()
        .reduce(cell("GM0141", Field::Households, "3000"));
    assert_eq!(next.undo.len(), 1);
    assert!(Rc::ptr_eq(&next.undo[0].scenario, &before.current.scenario));
    // Only a valid edit makes a new result; an unparsable one keeps the previous result,
    // shared, not copied.
    let bad = next.clone().reduce(cell("GM0141", Field::Households, "3a"));
    let kept = bad.last_valid.as_ref().expect("kept");
    assert!(Rc::ptr_eq(&kept.scenario, &next.current.scenario));
    assert!(Rc::ptr_eq(&bad.current.scenario, &next.current.scenario));
}
