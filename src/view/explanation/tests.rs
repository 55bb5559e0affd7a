//! Native tests of the explanation's view model: the figures it hands over, the worked
//! example that follows "Mijn gemeente" (SPEC's worked example: Hengelo 39.355 of 285.625
//! households → 110 of 800, 730 vacated homes, 15,1 %), the steps per method, the agreement's
//! estimate next to today's figure, and the law's date.

use super::*;
use crate::state::Action;
use crate::view::test_support::households40;
use evt_core::data::default_scenario;
use evt_core::methods::Status;
use evt_core::numbers::Lang;
use evt_core::validate::{Field, Param};
use evt_core::Scenario;
use yew::Reducible;

const HENGELO: &str = "GM0164";
const ENSCHEDE: &str = "GM0153";
const DINKELLAND: &str = "GM1774";

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a date")
}

fn today() -> NaiveDate {
    day(2025, 6, 1)
}

/// A (100 households) and B (300), 100 vacated homes each, 40 urgent home seekers pro rata
/// to households: 40 × 100/400 = 10 and 40 × 300/400 = 30.
fn editor(municipalities: &[(&str, u64)]) -> std::rc::Rc<Editor> {
    std::rc::Rc::new(Editor::new(households40(municipalities), Lang::Nl))
}

fn twente(method: Method) -> std::rc::Rc<Editor> {
    let mut s: Scenario = default_scenario();
    s.method = method;
    std::rc::Rc::new(Editor::new(s, Lang::Nl))
}

fn targets(m: &ExplanationModel) -> Vec<u64> {
    m.figures
        .map(|c| c.outcome.rows.iter().map(|r| r.target).collect())
        .unwrap_or_default()
}

#[test]
fn current_figures_are_the_scenarios_own() {
    let e = editor(&[("A", 100), ("B", 300)]);
    let m = ExplanationModel::new(&e, Some("B"), today());
    assert_eq!(m.note, FiguresNote::Current);
    assert_eq!(targets(&m), [10, 30]);
    assert_eq!(m.figures.map(|c| c.outcome.totals.households), Some(400));
    assert_eq!(m.mine, Some("B"));
    // The chart's rows and the picker's choices, in region order.
    let ids: Vec<&str> = m.rows.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["A", "B"]);
    let choices: Vec<&str> = m.choices.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(choices, ["A", "B"]);
}

#[test]
fn an_input_error_keeps_the_last_valid_figures_with_a_notice() {
    let e = editor(&[("A", 100), ("B", 300)]).reduce(Action::SetCell {
        id: String::from("A"),
        field: Field::Households,
        text: String::from("veel"),
    });
    let m = ExplanationModel::new(&e, None, today());
    assert_eq!(m.note, FiguresNote::Stale);
    // Still A's 10 and B's 30 from before the error.
    assert_eq!(targets(&m), [10, 30]);
    // Corrected: current again, with the new figures (200 : 300 of 500 → 16 and 24).
    let e = e.reduce(Action::SetCell {
        id: String::from("A"),
        field: Field::Households,
        text: String::from("200"),
    });
    let m = ExplanationModel::new(&e, None, today());
    assert_eq!(m.note, FiguresNote::Current);
    assert_eq!(targets(&m), [16, 24]);
}

#[test]
fn without_a_valid_scenario_there_are_no_figures() {
    // A region without municipalities does not compute.
    let e = editor(&[]);
    let m = ExplanationModel::new(&e, Some("A"), today());
    assert_eq!(m.note, FiguresNote::Missing);
    assert!(m.figures.is_none());
    assert!(m.example.is_none() && m.fallback.is_none() && m.rows.is_empty());
}

#[test]
fn the_example_follows_mijn_gemeente() {
    let e = twente(Method::Households);
    let m = ExplanationModel::new(&e, Some(HENGELO), today());
    let ex = m.example.expect("an example");
    assert!(ex.mine);
    assert_eq!(
        (ex.row.id.as_str(), ex.row.name.as_str()),
        (HENGELO, "Hengelo")
    );
    assert_eq!(ex.row.target, 110);
    // 39.355 of 285.625 households = 13,8 %; 800 × 39.355 / 285.625 = 110,23 → 110;
    // 110 of 730 vacated homes (6 % of 12.165 corporation homes) = 15,1 %: within range.
    assert_eq!(
        ex.steps,
        [
            Step::Share {
                weight_of: Weight::Households,
                weight: 39_355,
                sum: 285_625,
                share_tenths: Some(138),
            },
            Step::Apportion {
                urgents: 800,
                quota_hundredths: 11_023,
                target: 110,
            },
            Step::Vacancies {
                vacancies: 730,
                estimated: true,
                turnover_bp: 600,
            },
            Step::Percentage {
                target: 110,
                vacancies: 730,
                percent_tenths: Some(151),
                status: Status::WithinRange,
                minimum_bp: 1500,
                signal_bp: 2000,
            },
        ]
    );
}

#[test]
fn without_mijn_gemeente_the_example_is_the_most_households() {
    let e = twente(Method::Households);
    for mine in [None, Some("GM9999")] {
        let m = ExplanationModel::new(&e, mine, today());
        let ex = m.example.expect("an example");
        assert_eq!(ex.row.id, ENSCHEDE, "{mine:?}");
        assert!(!ex.mine);
        assert_eq!(ex.row.target, 227);
    }
    // On a tie the first in the list.
    let e = editor(&[("A", 300), ("B", 300)]);
    let m = ExplanationModel::new(&e, None, today());
    assert_eq!(m.example.map(|x| x.row.id), Some(String::from("A")));
}

/// The kinds of steps, in order.
fn kinds(steps: &[Step]) -> Vec<&'static str> {
    steps
        .iter()
        .map(|s| match s {
            Step::Share { .. } => "share",
            Step::Apportion { .. } => "apportion",
            Step::Vacancies { .. } => "vacancies",
            Step::Capped { .. } => "capped",
            Step::CappedShare { .. } => "capped-share",
            Step::Minimum { .. } => "minimum",
            Step::Percentage { .. } => "percentage",
            Step::Horizon { .. } => "horizon",
        })
        .collect()
}

#[test]
fn the_steps_follow_the_method_in_use() {
    let example = |method, id| {
        let e = twente(method);
        let m = ExplanationModel::new(&e, Some(id), today());
        m.example.expect("an example")
    };
    // Equal percentage: Hengelo 730 of 4.774 vacated homes → 122 (SPEC), horizon 110.
    let eq = example(Method::EqualPercentage, HENGELO);
    assert_eq!(
        kinds(&eq.steps),
        ["vacancies", "share", "apportion", "percentage", "horizon"]
    );
    assert_eq!(eq.row.target, 122);
    assert!(eq.steps.contains(&Step::Share {
        weight_of: Weight::Vacancies,
        weight: 730,
        sum: 4_774,
        share_tenths: Some(153),
    }));
    assert!(eq.steps.contains(&Step::Horizon {
        horizon: 110,
        target: 122
    }));
    // The statutory fallback: ⌈15 % × 730⌉ = ⌈109,5⌉ = 110.
    let min = example(Method::Fallback, HENGELO);
    assert_eq!(
        kinds(&min.steps),
        ["vacancies", "minimum", "percentage", "horizon"]
    );
    assert!(min.steps.contains(&Step::Minimum {
        minimum_bp: 1500,
        vacancies: 730,
        exact_hundredths: 10_950,
        target: 110
    }));
    // Capped at 20 %: Dinkelland is held at ⌊20 % × 83⌋ = 16 instead of its horizon 30.
    let capped = example(Method::HouseholdsCapped, DINKELLAND);
    assert_eq!(
        kinds(&capped.steps),
        ["share", "vacancies", "capped", "percentage"]
    );
    assert!(capped.steps.contains(&Step::Capped {
        cap_bp: 2000,
        vacancies: 83,
        exact_hundredths: 1_660,
        capacity: 16,
        horizon: Some(30)
    }));
    // Hengelo stays below its cap: a share of what the full ones leave (SPEC: 122).
    let share = example(Method::HouseholdsCapped, HENGELO);
    assert_eq!(
        kinds(&share.steps),
        ["vacancies", "capped-share", "percentage", "horizon"]
    );
    assert_eq!(share.row.target, 122);
}

#[test]
fn the_agreements_estimate_sits_next_to_todays_figure() {
    let e = twente(Method::Households);
    let f = ExplanationModel::new(&e, None, today())
        .fallback
        .expect("figures");
    // SPEC: the minima sum to 724, so 76 of 800; the agreement's settings, other figures.
    assert_eq!((f.unhoused, f.urgents, f.minimum_bp), (76, 800, 1500));
    assert_eq!(
        (f.vacancies, f.estimated, f.municipalities),
        (4_774, 14, 14)
    );
    assert!(f.same_settings);
    // Other settings: the sentence must say so.
    let e = e.reduce(Action::SetParam {
        param: Param::Urgents,
        text: String::from("1.000"),
    });
    let f = ExplanationModel::new(&e, None, today())
        .fallback
        .expect("figures");
    assert_eq!((f.unhoused, f.urgents), (276, 1_000));
    assert!(!f.same_settings);
}

#[test]
fn the_laws_date_is_read_against_today() {
    assert_eq!(LawDate::on(day(2025, 12, 31)), LawDate::Ahead);
    assert_eq!(LawDate::on(day(2026, 1, 1)), LawDate::Passed);
    assert_eq!(LawDate::on(day(2031, 7, 1)), LawDate::Passed);
    let e = editor(&[("A", 100)]);
    assert_eq!(
        ExplanationModel::new(&e, None, day(2026, 3, 1)).law,
        LawDate::Passed
    );
}
