//! The growth path's view model (afspraak 2; SPEC "Growth path"): every municipality's
//! path as points per year, the region's totals per year, and what the summary says. The
//! table (one chosen year), the small multiples and their table twin all read this one model
//! (`components/growth_view.rs`, `components/growth_chart.rs`).

use super::tenths::percent_tenths;
use evt_core::field::Field;
use evt_core::growth::{growth_path, what_it_takes, GrowthPath, Horizon, Start};
use evt_core::methods::{Status, Unavailable};
use evt_core::ratio::Ratio;
use evt_core::scenario::{Method, Scenario};
use std::rc::Rc;

/// Where a municipality's path ends, and since when, named by its status there: below the
/// minimum is never "within".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Above the signal value (or without vacancies for its target) in the last year.
    StillAbove,
    /// Below the minimum from this year up to the last.
    BelowMinimumFrom(u32),
    /// Within the range from this year up to the last, coming from above the signal value
    /// (or from year 0 on).
    WithinSignalFrom(u32),
    /// Within the range from this year up to the last, coming up from below the minimum.
    WithinRangeFrom(u32),
    /// No urgent home seekers and no vacated homes in the last year.
    NotApplicable,
}

impl Standing {
    /// The standing of a path of points (years 0 … N).
    pub fn of(points: &[GrowthPoint]) -> Standing {
        let Some(last) = points.last() else {
            return Standing::NotApplicable;
        };
        let since = points
            .iter()
            .rposition(|p| p.status != last.status)
            .map_or(0, |k| k + 1);
        let year = u32::try_from(since).unwrap_or(u32::MAX);
        match last.status {
            Status::AboveSignal | Status::NoVacancies => Standing::StillAbove,
            Status::NotApplicable => Standing::NotApplicable,
            Status::BelowMinimum => Standing::BelowMinimumFrom(year),
            Status::WithinRange => match since.checked_sub(1).and_then(|k| points.get(k)) {
                Some(p) if p.status == Status::BelowMinimum => Standing::WithinRangeFrom(year),
                _ => Standing::WithinSignalFrom(year),
            },
        }
    }
}

/// "What it takes" for one municipality that ends above the signal value (growth path a,
/// `evt_core::growth::what_it_takes`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TakesRow {
    pub id: String,
    pub name: String,
    /// In the last year, with the extra vacancies in force now.
    pub target: u64,
    pub vacancies: u64,
    pub percent_tenths: Option<u64>,
    /// `ΔV` in force now.
    pub extra_now: u64,
    /// The `ΔV` that brings it within; `None` when path a cannot.
    pub extra: Option<u64>,
    /// Vacancies and percentage in the last year with that `ΔV`.
    pub vacancies_then: Option<u64>,
    pub percent_then: Option<u64>,
    /// The turnover rate used, in tenths of a percent, and the homes per year it gives.
    pub turnover_tenths: Option<u64>,
    pub homes: Option<u64>,
}

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
    /// Where it ends, and since when.
    pub standing: Standing,
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
    /// Where the path starts and ends.
    pub start: Start,
    pub horizon: Horizon,
    pub cap_bp: u32,
    /// Whether any municipality has extra vacancies per year (path a).
    pub extra_given: bool,
    /// What it takes to bring every municipality that ends above the signal value within.
    pub takes: Vec<TakesRow>,
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
                    .collect::<Vec<_>>();
                Rc::new(GrowthSeries {
                    id: m.id.clone(),
                    name: m.name.clone(),
                    within_from: path.within_signal_from.get(i).copied().flatten(),
                    standing: Standing::of(&points),
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
        let years = path.years.last().map_or(0, |y| y.year);
        let takes = what_it_takes(scenario, path)
            .into_iter()
            .filter_map(|n| {
                let m = scenario.municipalities.get(n.index)?;
                let pct =
                    |t: u64, v: u64| Ratio::new(u128::from(t), u128::from(v)).map(percent_tenths);
                let base = n
                    .vacancies
                    .saturating_sub(u64::from(years).saturating_mul(n.extra_now));
                let vacancies_then = n
                    .extra
                    .map(|e| base.saturating_add(u64::from(years).saturating_mul(e)));
                Some(TakesRow {
                    id: m.id.clone(),
                    name: m.name.clone(),
                    target: n.target,
                    vacancies: n.vacancies,
                    percent_tenths: pct(n.target, n.vacancies),
                    extra_now: n.extra_now,
                    extra: n.extra,
                    vacancies_then,
                    percent_then: vacancies_then.and_then(|v| pct(n.target, v)),
                    turnover_tenths: n.turnover.map(percent_tenths),
                    homes: n.homes,
                })
            })
            .collect();
        GrowthModel {
            years,
            minimum_bp: p.minimum_bp,
            signal_bp: p.signal_bp,
            series,
            totals,
            start: path.start,
            horizon: path.horizon,
            cap_bp: p.cap(),
            extra_given: scenario
                .column(Field::ExtraVacancies)
                .is_some_and(|c| c.iter().any(|&x| x > 0)),
            takes,
        }
    }

    /// Where the path starts and ends (`i18n::growth::path_ends` words it).
    pub fn ends(&self) -> PathEnds {
        PathEnds {
            start: self.start,
            horizon: self.horizon,
            cap_bp: self.cap_bp,
            years: self.years,
            start_percent_tenths: self.totals.first().and_then(|t| t.percent_tenths),
            municipalities: self.series.len(),
            above_last: self.summary_figures().above_last,
            extra_given: self.extra_given,
            signal_bp: self.signal_bp,
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

/// `scenario` with the extra vacancies per year that "what it takes" asks for typed in
/// (growth path a), and how many municipalities changed; `None` when nothing would change.
pub fn apply_what_it_takes(scenario: &Scenario) -> Option<(Scenario, usize)> {
    let path = growth_path(scenario, scenario.growth_start(), scenario.growth.horizon).ok()?;
    let needed = what_it_takes(scenario, &path);
    let (out, changed) = evt_core::growth::apply_what_it_takes(scenario, &needed);
    (changed > 0).then_some((out, changed))
}

/// Where the path starts and where it ends, for the sentences above the results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PathEnds {
    pub start: Start,
    pub horizon: Horizon,
    pub cap_bp: u32,
    pub years: u32,
    /// The region's percentage in year 0 (every municipality's, at an equal percentage).
    pub start_percent_tenths: Option<u64>,
    pub municipalities: usize,
    /// Above the signal value in the last year.
    pub above_last: usize,
    /// Whether extra vacancies (path a) are filled in.
    pub extra_given: bool,
    pub signal_bp: u32,
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
    fn standing_names_the_status_at_the_end_and_since_when() {
        use Status::*;
        let pts = |statuses: &[Status]| -> Vec<GrowthPoint> {
            statuses
                .iter()
                .map(|&status| GrowthPoint {
                    target: 0,
                    vacancies: 0,
                    percent_tenths: None,
                    status,
                })
                .collect()
        };
        let cases: &[(&[Status], Standing)] = &[
            (&[WithinRange, AboveSignal], Standing::StillAbove),
            (&[WithinRange, NoVacancies], Standing::StillAbove),
            // Almelo's kind: never above, but below the minimum at the end — never "within".
            (
                &[WithinRange, WithinRange, BelowMinimum, BelowMinimum],
                Standing::BelowMinimumFrom(2),
            ),
            (&[BelowMinimum], Standing::BelowMinimumFrom(0)),
            (
                &[AboveSignal, AboveSignal, WithinRange],
                Standing::WithinSignalFrom(2),
            ),
            (&[WithinRange, WithinRange], Standing::WithinSignalFrom(0)),
            (
                &[AboveSignal, BelowMinimum, WithinRange],
                Standing::WithinRangeFrom(2),
            ),
            (&[WithinRange, NotApplicable], Standing::NotApplicable),
            (&[], Standing::NotApplicable),
        ];
        for (statuses, expected) in cases {
            assert_eq!(Standing::of(&pts(statuses)), *expected, "{statuses:?}");
        }
    }

    #[test]
    fn what_it_takes_worked_out_by_hand() {
        // B ends at 30 of 100 (30 %) in year 2. Within 20 % takes ⌈30 / 0,2⌉ = 150 vacancies,
        // so ΔV = ⌈(150 − 100) / 2⌉ = 25 a year; at the region's 6 % (B's vacancies are typed
        // without corporation homes) that is ⌈25 / 0,06⌉ = ⌈416,7⌉ = 417 homes a year.
        let model = compute_model(&two()).expect("computes");
        assert_eq!(model.takes.len(), 1);
        let b = &model.takes[0];
        assert_eq!((b.id.as_str(), b.target, b.vacancies), ("X2", 30, 100));
        assert_eq!((b.percent_tenths, b.extra_now), (Some(300), 0));
        assert_eq!(
            (b.extra, b.vacancies_then, b.percent_then),
            (Some(25), Some(150), Some(200))
        );
        assert_eq!((b.turnover_tenths, b.homes), (Some(60), Some(417)));
        let ends = model.ends();
        assert_eq!(
            (ends.start, ends.horizon),
            (Start::EqualPercentage, Horizon::Households)
        );
        assert_eq!((ends.start_percent_tenths, ends.above_last), (Some(200), 1));
        assert_eq!(
            (ends.years, ends.municipalities, ends.extra_given),
            (2, 2, false)
        );

        let (applied, n) = apply_what_it_takes(&two()).expect("one change");
        assert_eq!(n, 1);
        assert_eq!(applied.municipalities[1].extra_vacancies, Some(25));
        let after = compute_model(&applied).expect("computes");
        assert!(after.takes.is_empty());
        assert_eq!(after.summary_figures().above_last, 0);
        assert!(after.ends().extra_given);
        assert_eq!(after.series[1].standing, Standing::WithinSignalFrom(0));
        assert!(
            apply_what_it_takes(&applied).is_none(),
            "nothing left to apply"
        );
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
