//! The public explanation's view model: which figures are woven into the text and what the
//! figures box says about them. The figures are those of the last scenario that computed
//! (`Editor::last_valid`): the current one, or — while the input has an error — the last
//! valid one, with a notice saying so. `components/explanation.rs` renders it.
//!
//! The sentences themselves, and the choice of the worked example's municipality ("Mijn
//! gemeente" when it is in the scenario, else the one with the most households), are still
//! made in `i18n/explanation.rs` (`figures`, `live`) from the [`Computed`] this model hands
//! over.

use crate::state::{Computed, Editor};

/// What the figures box says above the figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FiguresNote {
    /// The figures are those of the input as it is now.
    Current,
    /// The input has an error: the figures are the last valid ones.
    Stale,
    /// Nothing computed yet: no figures at all.
    Missing,
}

/// The explanation as it shows now.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ExplanationModel<'a> {
    /// The scenario whose figures the text shows; `None` leaves the live sentences out.
    pub figures: Option<&'a Computed>,
    pub note: FiguresNote,
    /// "Mijn gemeente", which the worked example is about when the scenario has it.
    pub mine: Option<&'a str>,
}

impl<'a> ExplanationModel<'a> {
    pub fn new(editor: &'a Editor, mine: Option<&'a str>) -> ExplanationModel<'a> {
        let figures = editor.last_valid.as_deref();
        let note = match figures {
            None => FiguresNote::Missing,
            Some(_) if editor.is_current() => FiguresNote::Current,
            Some(_) => FiguresNote::Stale,
        };
        ExplanationModel {
            figures,
            note,
            mine,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::Action;
    use crate::view::test_support::households40;
    use evt_core::numbers::Lang;
    use evt_core::validate::Field;
    use yew::Reducible;

    /// A (100 households) and B (300), 100 vacated homes each, 40 urgents pro rata to
    /// households: 40 × 100/400 = 10 and 40 × 300/400 = 30.
    fn editor(municipalities: &[(&str, u64)]) -> std::rc::Rc<Editor> {
        std::rc::Rc::new(Editor::new(households40(municipalities), Lang::Nl))
    }

    fn targets(m: &ExplanationModel) -> Vec<u64> {
        m.figures
            .map(|c| c.outcome.rows.iter().map(|r| r.target).collect())
            .unwrap_or_default()
    }

    #[test]
    fn current_figures_are_the_scenarios_own() {
        let e = editor(&[("A", 100), ("B", 300)]);
        let m = ExplanationModel::new(&e, Some("B"));
        assert_eq!(m.note, FiguresNote::Current);
        assert_eq!(targets(&m), [10, 30]);
        assert_eq!(m.figures.map(|c| c.outcome.totals.households), Some(400));
        assert_eq!(m.mine, Some("B"));
    }

    #[test]
    fn an_input_error_keeps_the_last_valid_figures_with_a_notice() {
        let e = editor(&[("A", 100), ("B", 300)]).reduce(Action::SetCell {
            id: String::from("A"),
            field: Field::Households,
            text: String::from("veel"),
        });
        let m = ExplanationModel::new(&e, None);
        assert_eq!(m.note, FiguresNote::Stale);
        // Still A's 10 and B's 30 from before the error.
        assert_eq!(targets(&m), [10, 30]);
        // Corrected: current again, with the new figures (200 : 300 of 500 → 16 and 24).
        let e = e.reduce(Action::SetCell {
            id: String::from("A"),
            field: Field::Households,
            text: String::from("200"),
        });
        let m = ExplanationModel::new(&e, None);
        assert_eq!(m.note, FiguresNote::Current);
        assert_eq!(targets(&m), [16, 24]);
    }

    #[test]
    fn without_a_valid_scenario_there_are_no_figures() {
        // A region without municipalities does not compute.
        let e = editor(&[]);
        let m = ExplanationModel::new(&e, Some("A"));
        assert_eq!(m.note, FiguresNote::Missing);
        assert!(m.figures.is_none());
    }
}
