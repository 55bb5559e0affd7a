//! The growth path's view model (afspraak 2; SPEC "Growth path"): every municipality's
//! path as points per year, the region's totals per year, and what the summary says. The
//! table (one chosen year), the small multiples and their table twin all read this one model
//! (`components/growth_view.rs`, `components/growth_chart.rs`).

use super::tenths::percent_tenths;
use evt_core::growth::{growth_path, GrowthPath};
use evt_core::methods::{Status, Unavailable};
use evt_core::ratio::Ratio;
use evt_core::scenario::{Method, Scenario};
use std::rc::Rc;

/// One municipality in one year, for the sentences below.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GrowthPoint {
    pub target: u64,
    pub vacancies: u64,
    /// Allocation percentage in tenths; `None` without vacancies.
    pub percent_tenths: Option<u64>,
    pub status: Status,
}

/// One municipality's path, ready to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GrowthSeries {
    pub id: String,
    pub name: String,
    /// The first year from which it stays within the signal value, if any.
    pub within_from: Option<u32>,
    /// Years 0 … N.
    pub points: Vec<GrowthPoint>,
}

/// The whole path as the view shows it; chart and tables read the same model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GrowthModel {
    /// `N`: the last year.
    pub years: u32,
    pub minimum_bp: u32,
    pub signal_bp: u32,
    /// In scenario order. Shared, so unchanged rows and panels skip rendering.
    pub series: Vec<Rc<GrowthSeries>>,
    /// The region per year: Σ targets, Σ vacancies, their percentage.
    pub totals: Vec<GrowthPoint>,
}

impl GrowthModel {
    /// The view model of a computed path of `scenario`.
    pub fn new(scenario: &Scenario, path: &GrowthPath) -> GrowthModel {
        let p = &scenario.params;
        let series = scenario
            .municipalities
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let points = path
                    .years
                    .iter()
                    .filter_map(|y| y.cells.get(i))
                    .map(|c| GrowthPoint {
                        target: c.target,
                        vacancies: c.vacancies,
                        percent_tenths: c.percent().map(percent_tenths),
                        status: c.status,
                    })
                    .collect();
                Rc::new(GrowthSeries {
                    id: m.id.clone(),
                    name: m.name.clone(),
                    within_from: path.within_signal_from.get(i).copied().flatten(),
                    points,
                })
            })
            .collect();
        let totals = path
            .years
            .iter()
            .map(|y| {
                let t: u64 = y.cells.iter().map(|c| c.target).sum();
                let v: u64 = y.cells.iter().map(|c| c.vacancies).sum();
                GrowthPoint {
                    target: t,
                    vacancies: v,
                    percent_tenths: Ratio::new(u128::from(t), u128::from(v)).map(percent_tenths),
                    status: evt_core::methods::status(t, v, p.minimum_bp, p.signal_bp),
                }
            })
            .collect();
        GrowthModel {
            years: path.years.last().map_or(0, |y| y.year),
            minimum_bp: p.minimum_bp,
            signal_bp: p.signal_bp,
            series,
            totals,
        }
    }

    /// What the plain summary says of the path (`i18n::growth::growth_summary` words it).
    pub fn summary_figures(&self) -> GrowthSummary<'_> {
        let above = |y: usize| {
            self.series
                .iter()
                .filter(|s| {
                    matches!(
                        s.points.get(y).map(|p| p.status),
                        Some(Status::AboveSignal | Status::NoVacancies)
                    )
                })
                .count()
        };
        GrowthSummary {
            years: self.years,
            municipalities: self.series.len(),
            above_first: above(0),
            above_last: above(self.years as usize),
            never_within: self
                .series
                .iter()
                .filter(|s| s.within_from.is_none())
                .map(|s| s.name.as_str())
                .collect(),
            signal_bp: self.signal_bp,
        }
    }
}

/// Municipalities shown at a time in table and chart.
pub const PAGE: usize = 50;

/// Positions (in scenario order) of the series whose name contains `query`, ignoring case.
pub fn matching(model: &GrowthModel, query: &str) -> Vec<usize> {
    let q = evt_core::text::lower(query.trim());
    model
        .series
        .iter()
        .enumerate()
        .filter(|(_, s)| q.is_empty() || evt_core::text::lower(&s.name).contains(&q))
        .map(|(i, _)| i)
        .collect()
}

/// Only what the growth path reads, so that edits elsewhere (names aside) do not recompute
/// it: the method and the monitoring figures are left out.
pub fn growth_input(s: &Scenario) -> Scenario {
    let mut g = Scenario::new(
        String::new(),
        s.params.clone(),
        Method::default(),
        s.municipalities.clone(),
    );
    g.growth = s.growth;
    g
}

/// Compute the path of a (validated) scenario as a view model.
pub fn compute_model(s: &Scenario) -> Result<Rc<GrowthModel>, Unavailable> {
    let path = growth_path(s, s.growth_start(), s.growth.horizon)?;
    Ok(Rc::new(GrowthModel::new(s, &path)))
}

/// What the summary needs of the path.
pub struct GrowthSummary<'a> {
    pub years: u32,
    pub municipalities: usize,
    /// Above the signal value in year 0 and in the last year.
    pub above_first: usize,
    pub above_last: usize,
    /// Municipalities that do not stay within the signal value by the last year.
    pub never_within: Vec<&'a str>,
    pub signal_bp: u32,
}

#[cfg(test)]
mod tests {
    use super::*;
    use evt_core::scenario::{Municipality, Params};

    /// Two municipalities worked out by hand (SPEC "Growth path"): A and B each have 100
    /// vacated homes; A has 100 households, B 300; U = 40, N = 2, equal-percentage start.
    /// `w(y) = (N − y)·start·ΣH + y·H·Σstart` gives targets A 20, 15, 10 and B 20, 25, 30.
    fn two() -> Scenario {
        let m = |id: &str, name: &str, h: u64| Municipality {
            vacancies: Some(100),
            ..Municipality::new(id, name, h)
        };
        let params = Params {
            urgents: 40,
            growth_years: 2,
            ..Params::default()
        };
        Scenario::new(
            String::from("t"),
            params,
            Method::default(),
            vec![m("X1", "Aa", 100), m("X2", "Bee", 300)],
        )
    }

    #[test]
    fn points_per_year_as_worked_out_by_hand() {
        let model = compute_model(&two()).expect("computes");
        assert_eq!(model.years, 2);
        let targets =
            |i: usize| -> Vec<u64> { model.series[i].points.iter().map(|p| p.target).collect() };
        assert_eq!(targets(0), [20, 15, 10]);
        assert_eq!(targets(1), [20, 25, 30]);
        let a = &model.series[0];
        assert_eq!(
            a.points
                .iter()
                .map(|p| p.percent_tenths)
                .collect::<Vec<_>>(),
            [Some(200), Some(150), Some(100)]
        );
        assert_eq!(
            a.points.iter().map(|p| p.status).collect::<Vec<_>>(),
            [
                Status::WithinRange,
                Status::WithinRange,
                Status::BelowMinimum
            ]
        );
        assert_eq!(model.series[1].points[2].status, Status::AboveSignal);
        // A never goes above the signal value; B does from year 1 on.
        assert_eq!(a.within_from, Some(0));
        assert_eq!(model.series[1].within_from, None);
        assert_eq!((a.id.as_str(), a.name.as_str()), ("X1", "Aa"));
    }

    #[test]
    fn totals_add_up_per_year() {
        let model = compute_model(&two()).expect("computes");
        assert_eq!(model.totals.len(), 3);
        for t in &model.totals {
            assert_eq!((t.target, t.vacancies), (40, 200));
            assert_eq!(t.percent_tenths, Some(200));
            assert_eq!(t.status, Status::WithinRange);
        }
    }

    #[test]
    fn summary_counts_above_signal_first_and_last_year() {
        let model = compute_model(&two()).expect("computes");
        let s = model.summary_figures();
        assert_eq!((s.years, s.municipalities), (2, 2));
        assert_eq!((s.above_first, s.above_last), (0, 1));
        assert_eq!(s.never_within, ["Bee"]);
        assert_eq!(s.signal_bp, 2000);
    }

    #[test]
    fn no_vacancies_counts_as_above() {
        // A without vacated homes: no share at the equal-percentage start (0 of 0), a share
        // of the households later that it cannot house.
        let mut s = two();
        s.municipalities[0].vacancies = Some(0);
        let model = compute_model(&s).expect("computes");
        let a = &model.series[0].points;
        assert_eq!(a[0].status, Status::NotApplicable);
        assert_eq!(
            (a[2].status, a[2].percent_tenths),
            (Status::NoVacancies, None)
        );
        assert_eq!(model.summary_figures().above_last, 2);
    }

    #[test]
    fn search_ignores_case_and_spaces_and_keeps_scenario_order() {
        let model = compute_model(&two()).expect("computes");
        assert_eq!(matching(&model, ""), [0, 1]);
        assert_eq!(matching(&model, "  BE "), [1]);
        assert_eq!(matching(&model, "a"), [0]);
        assert!(matching(&model, "zz").is_empty());
    }

    #[test]
    fn the_input_leaves_out_what_the_path_does_not_read() {
        let mut s = two();
        s.region_name = "Plan".into();
        s.method = Method::Fallback;
        let g = growth_input(&s);
        assert_eq!(g.method, Method::default());
        assert!(g.region_name.is_empty() && g.monitoring.is_empty());
        assert_eq!(
            (g.params.clone(), g.municipalities.clone()),
            (s.params, s.municipalities)
        );
        assert_eq!(g.growth, s.growth);
    }
}
