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

// ---------------------------------------------------------------------------------------------
// Monitoring figures: cells like the others
// ---------------------------------------------------------------------------------------------

fn half(s: &str) -> Period {
    Period::parse(s).unwrap()
}

fn mon_key(period: &str, id: &str, figure: Figure) -> Key {
    Key::Monitoring {
        period: half(period),
        id: id.into(),
        figure,
    }
}

fn mon_cell(period: &str, id: &str, figure: Figure, text: &str) -> Action {
    Action::SetMonitoringCell {
        period: half(period),
        id: id.into(),
        figure,
        text: text.into(),
    }
}

fn almelo(housed: u64, allocations: u64) -> Record {
    Record {
        period: half("2026-H1"),
        municipality: "GM0141".into(),
        applications: 110,
        granted: 70,
        housed,
        allocations,
        suitably: 40,
    }
}

/// Almelo's figures of 2026-H1 as a pasted block (one undo step).
fn with_almelo() -> Rc<Editor> {
    editor().reduce(Action::SetMonitoring(vec![almelo(49, 350)]))
}

fn housed(e: &Editor) -> Option<u64> {
    e.scenario().monitoring.first().map(|r| r.housed)
}

#[test]
fn the_figures_are_the_count_columns_of_the_spreadsheet() {
    assert_eq!(
        Figure::ALL.map(Figure::column),
        evt_core::codec::monitoring::MonColumn::COUNTS
    );
    let r = almelo(49, 350);
    for f in Figure::ALL {
        assert_eq!(Some(f.get(&r)), f.column().get(&r));
    }
}

#[test]
fn typing_a_monitoring_figure_is_one_undo_step_per_cell() {
    let e = editor()
        .reduce(mon_cell("2026-H1", "GM0141", Figure::Housed, "4"))
        .reduce(mon_cell("2026-H1", "GM0141", Figure::Housed, "49"));
    assert_eq!(e.undo.len(), 1);
    assert_eq!(housed(&e), Some(49));
    // A missing record is created with zeros elsewhere.
    assert_eq!(e.scenario().monitoring[0].allocations, 0);
    let e = e
        .reduce(mon_cell("2026-H1", "GM0141", Figure::Allocations, "3"))
        .reduce(mon_cell("2026-H1", "GM0141", Figure::Allocations, "350"));
    assert_eq!(e.undo.len(), 2);
    assert_eq!(e.scenario().monitoring[0].allocations, 350);
    assert!(e.is_current());
    // Undo: the whole allocations typing, then the whole housed typing.
    let e = e.reduce(Action::Undo);
    assert_eq!(e.scenario().monitoring[0].allocations, 0);
    assert_eq!(e.text(&mon_key("2026-H1", "GM0141", Figure::Housed)), "49");
    let e = e.reduce(Action::Undo);
    assert!(e.scenario().monitoring.is_empty());
    assert_eq!(e.text(&mon_key("2026-H1", "GM0141", Figure::Housed)), "");
    assert!(e.undo.is_empty());
    // A municipality the region does not have is no cell.
    let same = e
        .clone()
        .reduce(mon_cell("2026-H1", "GM0363", Figure::Housed, "4"));
    assert!(Rc::ptr_eq(&e, &same));
}

#[test]
fn undo_and_redo_restore_monitoring_figures_and_their_text_together() {
    let housed_key = mon_key("2026-H1", "GM0141", Figure::Housed);
    let alloc_key = mon_key("2026-H1", "GM0141", Figure::Allocations);
    let e = with_almelo()
        .reduce(mon_cell("2026-H1", "GM0141", Figure::Housed, "4,5"))
        .reduce(Action::Commit(housed_key.clone()))
        .reduce(mon_cell("2026-H1", "GM0141", Figure::Allocations, "400"))
        .reduce(Action::Commit(alloc_key.clone()));
    assert_eq!(e.undo.len(), 3);
    assert_eq!(e.scenario().monitoring[0].allocations, 400);
    // The bad text comes back with its message; the figure is the last valid one.
    let e = e.reduce(Action::Undo);
    assert_eq!(e.scenario().monitoring[0].allocations, 350);
    assert_eq!(e.text(&alloc_key), "350");
    assert_eq!((housed(&e), e.text(&housed_key)), (Some(49), "4,5".into()));
    assert_eq!(e.monitoring_error(&housed_key), Some(NumberError::NotWhole));
    let e = e.reduce(Action::Undo);
    assert_eq!((housed(&e), e.text(&housed_key)), (Some(49), "49".into()));
    assert_eq!(e.monitoring_error(&housed_key), None);
    // Redo goes the same way forward.
    let e = e.reduce(Action::Redo);
    assert_eq!(e.text(&housed_key), "4,5");
    let e = e.reduce(Action::Redo);
    assert_eq!(e.text(&alloc_key), "400");
    assert!(e.redo.is_empty());
}

#[test]
fn the_browser_journey_of_typing_figures_and_undo() {
    // e2e/tests/monitoring.spec.ts: a bad value corrected in the same cell (one step with
    // it: leaving a cell with text that does not parse changes nothing, so typing goes on in
    // the same step), then one in Dutch notation; each committed by leaving the cell.
    let key = mon_key("2026-H1", "GM0141", Figure::Housed);
    let mut e = with_almelo();
    for text in ["4,5", "70", "1.000"] {
        e = e
            .reduce(mon_cell("2026-H1", "GM0141", Figure::Housed, text))
            .reduce(Action::Commit(key.clone()));
    }
    assert_eq!((housed(&e), e.text(&key)), (Some(1000), "1.000".into()));
    let e = e.reduce(Action::Undo);
    assert_eq!((housed(&e), e.text(&key)), (Some(70), "70".into()));
    let e = e.reduce(Action::Undo);
    assert_eq!((housed(&e), e.text(&key)), (Some(49), "49".into()));
}

#[test]
fn an_invalid_monitoring_draft_is_kept_with_its_error_and_the_records_stay() {
    let key = mon_key("2026-H1", "GM0141", Figure::Housed);
    let before = with_almelo();
    let e = before
        .clone()
        .reduce(mon_cell("2026-H1", "GM0141", Figure::Housed, "12a"));
    assert_eq!(e.text(&key), "12a");
    assert_eq!(e.monitoring_error(&key), Some(NumberError::NotANumber));
    // The records keep the last valid figure, shared, not copied.
    assert!(Rc::ptr_eq(&e.current.scenario, &before.current.scenario));
    // Not an input of the distribution: its results stay current.
    assert!(e.is_current());
    assert!(e.parse_errors.is_empty());
    // Leaving the cell keeps the text; a good value replaces it and commits to the notation.
    let e = e.reduce(Action::Commit(key.clone()));
    assert_eq!(e.text(&key), "12a");
    let e = e
        .reduce(mon_cell("2026-H1", "GM0141", Figure::Housed, "1200"))
        .reduce(Action::Commit(key.clone()));
    assert_eq!(e.text(&key), "1.200");
    assert!(!e.current.drafts.contains_key(&key));
    // Clearing every figure removes the record; the cells are blank again.
    let mut e = e;
    for f in Figure::ALL {
        e = e.reduce(mon_cell("2026-H1", "GM0141", f, ""));
    }
    assert!(e.scenario().monitoring.is_empty());
}

#[test]
fn a_session_carries_monitoring_drafts() {
    let e = with_almelo()
        .reduce(mon_cell("2026-H1", "GM0141", Figure::Housed, "70"))
        .reduce(mon_cell("2027-H1", "GM0147", Figure::Suitably, "12a"));
    let r = Editor::restore(&e.session()).expect("restores");
    assert_eq!(r.current, e.current);
    assert_eq!(r.undo, e.undo);
    assert_eq!(
        r.text(&mon_key("2027-H1", "GM0147", Figure::Suitably)),
        "12a"
    );
    assert!(r
        .monitoring_error(&mon_key("2027-H1", "GM0147", Figure::Suitably))
        .is_some());
    assert_eq!(
        r.monitoring_draft_periods().collect::<Vec<_>>(),
        [half("2026-H1"), half("2027-H1")]
    );
    let (e, r) = (e.reduce(Action::Undo), Rc::new(r).reduce(Action::Undo));
    assert_eq!(r.current, e.current);
}

#[test]
fn a_pasted_block_is_one_step_and_replaces_text_typed_over_its_figures() {
    let housed_key = mon_key("2026-H1", "GM0141", Figure::Housed);
    let suit_key = mon_key("2026-H1", "GM0141", Figure::Suitably);
    let e = with_almelo()
        .reduce(mon_cell("2026-H1", "GM0141", Figure::Housed, "4,5"))
        .reduce(mon_cell("2026-H1", "GM0141", Figure::Suitably, "4x"));
    let steps = e.undo.len();
    // The block changes housed, not suitably.
    let e = e.reduce(Action::SetMonitoring(vec![almelo(56, 350)]));
    assert_eq!(e.undo.len(), steps + 1);
    assert_eq!(e.text(&housed_key), "56");
    assert_eq!(e.text(&suit_key), "4x");
    let e = e.reduce(Action::Undo);
    assert_eq!((housed(&e), e.text(&housed_key)), (Some(49), "4,5".into()));
}

#[test]
fn removing_a_half_year_or_a_municipality_removes_its_typed_text() {
    let key = mon_key("2027-H1", "GM0141", Figure::Housed);
    let e = with_almelo().reduce(mon_cell("2027-H1", "GM0141", Figure::Housed, "12a"));
    // A half-year with only typed text is removed too, as one step.
    let gone = e
        .clone()
        .reduce(Action::RemoveMonitoringPeriod(half("2027-H1")));
    assert_eq!(gone.text(&key), "");
    assert_eq!(gone.monitoring_draft_periods().count(), 0);
    assert_eq!(gone.scenario().monitoring, e.scenario().monitoring);
    let back = gone.reduce(Action::Undo);
    assert_eq!(back.text(&key), "12a");
    // Figures and text of a half-year go together.
    let gone = e
        .clone()
        .reduce(Action::RemoveMonitoringPeriod(half("2026-H1")));
    assert!(gone.scenario().monitoring.is_empty());
    assert_eq!(gone.text(&key), "12a");
    // Nothing to remove: no step.
    let same = gone
        .clone()
        .reduce(Action::RemoveMonitoringPeriod(half("2030-H2")));
    assert!(Rc::ptr_eq(&gone, &same));
    // Removing Almelo removes its figures and what was typed for it.
    let e = e.reduce(Action::RemoveMunicipality("GM0141".into()));
    assert!(e.scenario().monitoring.is_empty());
    assert!(e.current.drafts.is_empty());
}
