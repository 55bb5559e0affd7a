//! Small multiples of the growth path: one small line chart per municipality of its
//! allocation percentage from year 0 to N, all on one scale, with the minimum (dashed) and
//! the signal value (dotted) as labelled lines; the zone above the signal value is hatched
//! and the zone below the minimum dotted, so status is told by pattern, position and text,
//! never by colour alone (DESIGN rule 6, "Charts").
//!
//! Accessibility, as for the bar chart (`chart.rs`): the panels form a `role="group"` named
//! by the heading and described in words; each panel is a focusable `role="img"` whose label
//! says where it starts, where it ends and from which year it stays within the signal value.
//! The chart is one Tab stop (roving tabindex): up and down arrows move between
//! municipalities, left and right (Home/End) through the years; a live details line shows
//! the figures of the chosen municipality and year, so nothing depends on hovering. "Toon
//! als tabel" swaps the chart for its table twin: every municipality × every year.
//!
//! No inline styles (CSP): colours live in `style/views.css`, geometry is SVG attributes.

use super::chart_kit::{
    details_line, focus_sibling, key, next_uid, num, pattern_url, stale_marker, status_patterns,
    swatch, tab_index, threshold_class, threshold_dash, use_roving, with_id, Key, Live, Move,
    PatternStyle, Seg, DOTS, HATCH, HEADROOM_TENTHS,
};
use crate::i18n::chart::{ChartLine, ChartTexts};
use crate::i18n::growth::{
    chart_description, growth_texts, legend_lines, line_label, panel_label, point_details,
    standing_text, year_heading,
};
use crate::i18n::{status_label, status_symbol, Texts};
use crate::view::growth::{GrowthModel, GrowthPoint, GrowthSeries};
use evt_core::numbers::format_percent_or_dash;
use evt_core::numbers::Lang;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GrowthChartProps {
    pub model: Rc<GrowthModel>,
    /// Positions of the series to show (all, or one page of a large region).
    pub visible: Rc<Vec<usize>>,
    pub lang: Lang,
    /// The path belongs to the last valid input: shown muted with a marker.
    #[prop_or_default]
    pub stale: bool,
}

// Geometry of one panel in viewBox units.
const WIDTH: f64 = 200.0;
const HEIGHT: f64 = 124.0;
const PLOT_LEFT: f64 = 34.0;
const PLOT_RIGHT: f64 = 192.0;
const PLOT_TOP: f64 = 6.0;
const PLOT_BOTTOM: f64 = 104.0;
/// Baseline of the year labels under the plot.
const YEAR_LABEL_Y: f64 = 118.0;
/// Height of the 11-unit labels.
const LABEL_HEIGHT: f64 = 11.0;
/// The scale never goes beyond 100 %; higher values are drawn at the top edge (their
/// labels keep the true figure).
const SCALE_CAP_TENTHS: u64 = 1000;

/// The shared vertical scale, in tenths of a percent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Scale {
    max: u64,
    years: u32,
}

impl Scale {
    /// `max(signal + 5 %, largest value)`, capped at 100 %, rounded up to a multiple of 5 %.
    fn new(model: &GrowthModel) -> Scale {
        let largest = model
            .series
            .iter()
            .flat_map(|s| s.points.iter().filter_map(|p| p.percent_tenths))
            .max()
            .unwrap_or(0)
            .min(SCALE_CAP_TENTHS);
        let wanted = (u64::from(model.signal_bp).div_ceil(10) + HEADROOM_TENTHS)
            .max(largest)
            .clamp(HEADROOM_TENTHS, SCALE_CAP_TENTHS);
        Scale {
            max: wanted.div_ceil(HEADROOM_TENTHS) * HEADROOM_TENTHS,
            years: model.years,
        }
    }

    fn x(self, year: u32) -> f64 {
        if self.years == 0 {
            return (PLOT_LEFT + PLOT_RIGHT) / 2.0;
        }
        PLOT_LEFT + f64::from(year) / f64::from(self.years) * (PLOT_RIGHT - PLOT_LEFT)
    }

    fn y(self, tenths: u64) -> f64 {
        let share = tenths.min(self.max) as f64 / self.max.max(1) as f64;
        PLOT_BOTTOM - share * (PLOT_BOTTOM - PLOT_TOP)
    }

    fn y_bp(self, bp: u32) -> f64 {
        self.y(u64::from(bp).div_ceil(10))
    }
}

/// The zone fills: lighter than the chart's, behind a line (the line carries the data).
const GROWTH_PATTERNS: PatternStyle = PatternStyle {
    class: "growth-pattern",
    hatch: "6",
    hatch_x: "1.5",
    dots: "5",
    dot_centre: "2.5",
    dot_radius: "1",
};

/// Everything a panel needs besides its own series; compared by value (a few numbers).
#[derive(Debug, Clone, PartialEq)]
struct Frame {
    scale: Scale,
    minimum_bp: u32,
    signal_bp: u32,
    uid: AttrValue,
    lang: Lang,
}

/// The growth chart with its heading, table toggle, details line and legend.
#[component]
pub fn GrowthChart(props: &GrowthChartProps) -> Html {
    let uid = use_state(|| next_uid("growth-chart"));
    let as_table = use_state(|| false);
    // The chosen municipality and year (the year defaults to the horizon).
    let roving = use_roving(Callback::<String>::noop());
    let year = use_reducer(|| ChosenYear(None));
    let model = &props.model;
    let lang = props.lang;
    let g = growth_texts(lang);
    let t = Texts::get(lang);
    let last = model.years;
    let current_year = year.0.unwrap_or(last).min(last);

    let frame = use_memo(
        (
            Scale::new(model),
            model.minimum_bp,
            model.signal_bp,
            (*uid).clone(),
            lang,
        ),
        |(scale, minimum_bp, signal_bp, uid, lang)| Frame {
            scale: *scale,
            minimum_bp: *minimum_bp,
            signal_bp: *signal_bp,
            uid: uid.clone(),
            lang: *lang,
        },
    );
    // Depends on N only, so stepping through the years re-renders just the chosen panel.
    let onyear = {
        let dispatch = year.dispatcher();
        use_callback(last, move |step: Move, last| {
            dispatch.dispatch((step, *last))
        })
    };
    let toggle = {
        let as_table = as_table.clone();
        Callback::from(move |_: MouseEvent| as_table.set(!*as_table))
    };

    let shown: Vec<&Rc<GrowthSeries>> = props
        .visible
        .iter()
        .filter_map(|&i| model.series.get(i))
        .collect();
    let chosen = roving
        .selected
        .as_deref()
        .and_then(|id| shown.iter().find(|s| s.id == id).copied());
    let details = chosen
        .and_then(|s| {
            s.points
                .get(current_year as usize)
                .map(|p| point_details(&s.name, current_year, p, lang))
        })
        .unwrap_or_else(|| g.chart_hint.to_string());
    let tab_stop = chosen
        .map(|s| s.id.as_str())
        .or_else(|| shown.first().map(|s| s.id.as_str()));

    let body = if *as_table {
        html! { <Matrix model={model.clone()} visible={props.visible.clone()} {lang} /> }
    } else {
        let panels = shown.iter().map(|s| {
            let is_chosen = chosen.is_some_and(|c| c.id == s.id);
            html! {
                <Panel
                    key={s.id.clone()}
                    series={(*s).clone()}
                    frame={(*frame).clone()}
                    years={last}
                    marker={is_chosen.then_some(current_year)}
                    tab_stop={tab_stop == Some(s.id.as_str())}
                    onfocuspanel={roving.onfocus.clone()}
                    onyear={onyear.clone()}
                />
            }
        });
        let (minimum_text, signal_text) = legend_lines(model.minimum_bp, model.signal_bp, lang);
        let item = |shape: Html, text: String| {
            html! {
                <li>
                    { swatch("growth-legend-swatch", "0 0 28 14", shape) }
                    <span>{ text }</span>
                </li>
            }
        };
        let threshold = |line: ChartLine| {
            html! {
                <line class={threshold_class("growth-threshold", line)} x1="0" y1="7" x2="28" y2="7" stroke-dasharray={threshold_dash(line)} />
            }
        };
        let zone = |class: &'static str, pattern: &str| {
            html! {
                <rect {class} x="0.5" y="0.5" width="27" height="13" fill={pattern_url(&uid, pattern)} />
            }
        };
        html! {
            <>
                // The zone fills, defined once per chart (a zero-size SVG, not `display: none`,
                // which would stop the patterns from painting in some browsers).
                <svg class="growth-defs" width="0" height="0" aria-hidden="true" focusable="false">
                    { status_patterns(&uid, &GROWTH_PATTERNS) }
                </svg>
                <p id="growth-chart-desc" class="growth-chart-desc">
                    { chart_description(shown.len(), model.series.len(), last, model.minimum_bp, model.signal_bp, lang) }
                </p>
                <ul class="growth-legend" aria-label={g.legend_label}>
                    { item(html! { <line class="growth-line" x1="1" y1="11" x2="27" y2="3" /> }, g.legend_line.to_string()) }
                    { item(threshold(ChartLine::Minimum), minimum_text) }
                    { item(threshold(ChartLine::Signal), signal_text) }
                    { item(zone("growth-zone growth-zone--above", HATCH), g.legend_above_zone.to_string()) }
                    { item(zone("growth-zone growth-zone--below", DOTS), g.legend_below_zone.to_string()) }
                </ul>
                <div class="growth-panels" id="growth-panels" role="group"
                    aria-labelledby="growth-chart-heading" aria-describedby="growth-chart-desc">
                    { for panels }
                </div>
                { details_line(classes!("chart-details", "growth-details"), Some("growth-details"), Live::Polite, details) }
            </>
        }
    };

    html! {
        <section class={classes!("growth-chart", props.stale.then_some("growth-chart--stale"))}
            id="growth-chart-panel" aria-labelledby="growth-chart-heading">
            <div class="panel-head">
                <h3 id="growth-chart-heading">{ g.chart_heading }</h3>
                <button type="button" class="btn btn-quiet" id="growth-chart-toggle"
                    aria-controls="growth-chart-view" onclick={toggle}>
                    { if *as_table { t.show_chart } else { t.show_table } }
                </button>
            </div>
            if props.stale {
                { stale_marker("chart-stale-marker", ChartTexts::get(lang).stale_marker) }
            }
            <div id="growth-chart-view">{ body }</div>
        </section>
    }
}

/// The year chosen with the arrow keys; `None` = the horizon.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct ChosenYear(Option<u32>);

impl Reducible for ChosenYear {
    /// A step and the last year `N`.
    type Action = (Move, u32);

    fn reduce(self: Rc<Self>, (step, last): (Move, u32)) -> Rc<Self> {
        let current = self.0.unwrap_or(last).min(last);
        let next = match step {
            Move::Previous => current.saturating_sub(1),
            Move::Next => (current + 1).min(last),
            Move::First => 0,
            Move::Last => last,
        };
        Rc::new(ChosenYear(Some(next)))
    }
}

#[derive(Properties, PartialEq)]
struct PanelProps {
    series: Rc<GrowthSeries>,
    frame: Frame,
    years: u32,
    /// The chosen year, on the chosen panel only (so moving it re-renders one panel).
    marker: Option<u32>,
    tab_stop: bool,
    onfocuspanel: Callback<String>,
    onyear: Callback<Move>,
}

/// One municipality's small chart; its own component so an edit re-renders only the panels
/// whose series changed.
#[component]
fn Panel(props: &PanelProps) -> Html {
    let s = &props.series;
    let f = &props.frame;
    let lang = f.lang;
    let scale = f.scale;
    let first = s.points.first().copied();
    let last = s.points.last().copied();
    let label = match (first, last) {
        (Some(a), Some(b)) => panel_label(&s.name, &a, &b, props.years, s.standing, lang),
        _ => s.name.clone(),
    };
    // One polyline per stretch of years with vacancies (a year without is a gap).
    let mut stretches: Vec<String> = Vec::new();
    let mut current = String::new();
    for (y, p) in s.points.iter().enumerate() {
        match p.percent_tenths {
            Some(v) => {
                if !current.is_empty() {
                    current.push(' ');
                }
                current.push_str(&num(scale.x(y as u32)));
                current.push(',');
                current.push_str(&num(scale.y(v)));
            }
            None if !current.is_empty() => stretches.push(std::mem::take(&mut current)),
            None => {}
        }
    }
    if !current.is_empty() {
        stretches.push(current);
    }
    let end_dot = last.and_then(|p| p.percent_tenths).map(|v| {
        html! { <circle class="growth-end" cx={num(scale.x(props.years))} cy={num(scale.y(v))} r="3" /> }
    });
    let marker = props.marker.and_then(|y| {
        let p = s.points.get(y as usize)?;
        let x = num(scale.x(y));
        let dot = p.percent_tenths.map(|v| {
            html! { <circle class="growth-marker-dot" cx={x} cy={num(scale.y(v))} r="4.5" /> }
        });
        Some(html! {
            <g class="growth-marker">
                { Seg::vertical(scale.x(y), PLOT_TOP, PLOT_BOTTOM).html("growth-marker-line", None) }
                { for dot }
            </g>
        })
    });
    let (y_min, y_sig) = (scale.y_bp(f.minimum_bp), scale.y_bp(f.signal_bp));
    // "0%" at the baseline, unless the minimum's label (hanging below its line) is in the way.
    let zero_label = y_min + 1.0 + LABEL_HEIGHT <= PLOT_BOTTOM - LABEL_HEIGHT;
    let end_text = last.map(|p| {
        format!(
            "{} → {} {}",
            first.map_or_else(String::new, |a| format_percent_or_dash(
                a.percent_tenths,
                lang
            )),
            format_percent_or_dash(p.percent_tenths, lang),
            status_symbol(p.status)
        )
    });
    let onfocusin = with_id::<FocusEvent>(&props.onfocuspanel, &s.id);
    let onkeydown = {
        let onyear = props.onyear.clone();
        Callback::from(move |e: KeyboardEvent| on_key(&e, &onyear))
    };
    let threshold_line = |line: ChartLine, y: f64| {
        let class = threshold_class("growth-threshold", line);
        Seg::horizontal(PLOT_LEFT, PLOT_RIGHT, y).html(class, Some(threshold_dash(line)))
    };
    html! {
        <div
            class={classes!("growth-panel", s.within_from.is_none().then_some("growth-panel--never"))}
            id={format!("growth-panel-{}", s.id)}
            data-id={s.id.clone()}
            role="img"
            aria-label={label}
            tabindex={tab_index(props.tab_stop)}
            {onfocusin}
            {onkeydown}
        >
            <span class="growth-panel-name" aria-hidden="true">{ s.name.clone() }</span>
            <svg class="growth-panel-svg" viewBox={format!("0 0 {} {}", num(WIDTH), num(HEIGHT))} aria-hidden="true" focusable="false">
                <rect class="growth-zone growth-zone--above" x={num(PLOT_LEFT)} y={num(PLOT_TOP)}
                    width={num(PLOT_RIGHT - PLOT_LEFT)} height={num((y_sig - PLOT_TOP).max(0.0))}
                    fill={pattern_url(&f.uid, HATCH)} />
                <rect class="growth-zone growth-zone--below" x={num(PLOT_LEFT)} y={num(y_min)}
                    width={num(PLOT_RIGHT - PLOT_LEFT)} height={num((PLOT_BOTTOM - y_min).max(0.0))}
                    fill={pattern_url(&f.uid, DOTS)} />
                { Seg::horizontal(PLOT_LEFT, PLOT_RIGHT, PLOT_BOTTOM).html("growth-axis", None) }
                { threshold_line(ChartLine::Minimum, y_min) }
                { threshold_line(ChartLine::Signal, y_sig) }
                // The signal label sits just above its line, the minimum label just below
                // its own, so the two never overlap however close the lines are.
                <text class="growth-threshold-label" x={num(PLOT_LEFT - 3.0)} y={num(y_sig - 1.0)} text-anchor="end">
                    { line_label(f.signal_bp, lang) }
                </text>
                <text class="growth-threshold-label" x={num(PLOT_LEFT - 3.0)} y={num(y_min + 1.0)} text-anchor="end" dominant-baseline="hanging">
                    { line_label(f.minimum_bp, lang) }
                </text>
                { for stretches.into_iter().map(|points| html! { <polyline class="growth-line" points={points} /> }) }
                { for end_dot }
                { for marker }
                if zero_label {
                    <text class="growth-threshold-label" x={num(PLOT_LEFT - 3.0)} y={num(PLOT_BOTTOM)} text-anchor="end">
                        { line_label(0, lang) }
                    </text>
                }
                <text class="growth-year-label" x={num(PLOT_LEFT)} y={num(YEAR_LABEL_Y)} text-anchor="start">{ "0" }</text>
                <text class="growth-year-label" x={num(PLOT_RIGHT)} y={num(YEAR_LABEL_Y)} text-anchor="end">{ props.years.to_string() }</text>
            </svg>
            if let Some(text) = end_text {
                <span class={classes!("growth-panel-value", last.map(|p| format!("growth-status--{}", p.status.code())))} aria-hidden="true">{ text }</span>
            }
            <span class="growth-panel-within" aria-hidden="true">{ standing_text(s.standing, props.years, lang) }</span>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct MatrixProps {
    model: Rc<GrowthModel>,
    visible: Rc<Vec<usize>>,
    lang: Lang,
}

/// The chart's table twin: every municipality × every year, percentage with status.
#[component]
fn Matrix(props: &MatrixProps) -> Html {
    let lang = props.lang;
    let g = growth_texts(lang);
    let t = Texts::get(lang);
    let m = &props.model;
    html! {
        <div class="table-scroll" role="region" aria-labelledby="growth-matrix-caption" tabindex="0">
            <table class="growth-matrix" id="growth-matrix">
                <caption id="growth-matrix-caption">{ g.matrix_caption }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ t.col_name }</th>
                        { for (0..=m.years).map(|y| html! { <th scope="col" class="num">{ year_heading(y, lang) }</th> }) }
                        <th scope="col">{ g.col_within }</th>
                    </tr>
                </thead>
                <tbody>
                    { for props.visible.iter().filter_map(|&i| m.series.get(i)).map(|s| html! {
                        <MatrixRow key={s.id.clone()} series={s.clone()} years={m.years} {lang} />
                    }) }
                </tbody>
            </table>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct MatrixRowProps {
    series: Rc<GrowthSeries>,
    years: u32,
    lang: Lang,
}

#[component]
fn MatrixRow(props: &MatrixRowProps) -> Html {
    let lang = props.lang;
    let s = &props.series;
    let cell = |p: &GrowthPoint| {
        html! {
            <td class={classes!("num", format!("growth-status--{}", p.status.code()))}>
                { format_percent_or_dash(p.percent_tenths, lang) }
                <span class="status-symbol" aria-hidden="true">{ status_symbol(p.status) }</span>
                <span class="visually-hidden">{ status_label(p.status, lang) }</span>
            </td>
        }
    };
    html! {
        <tr data-id={s.id.clone()}>
            <th scope="row">{ s.name.clone() }</th>
            { for s.points.iter().map(cell) }
            <td>{ standing_text(s.standing, props.years, lang) }</td>
        </tr>
    }
}

/// Up and down move between municipalities, left and right (Home, End) through the years.
fn on_key(e: &KeyboardEvent, onyear: &Callback<Move>) {
    let step = match key(e) {
        Some(Key::Left) => Move::Previous,
        Some(Key::Right) => Move::Next,
        Some(Key::Home) => Move::First,
        Some(Key::End) => Move::Last,
        Some(Key::Down) => {
            e.prevent_default();
            focus_sibling(e, Move::Next);
            return;
        }
        Some(Key::Up) => {
            e.prevent_default();
            focus_sibling(e, Move::Previous);
            return;
        }
        _ => return,
    };
    e.prevent_default();
    onyear.emit(step);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model(signal_bp: u32, largest: u64, years: u32) -> GrowthModel {
        let p = GrowthPoint {
            target: 1,
            vacancies: 1,
            percent_tenths: Some(largest),
            status: evt_core::methods::Status::WithinRange,
        };
        GrowthModel {
            years,
            minimum_bp: 1500,
            signal_bp,
            series: vec![Rc::new(GrowthSeries {
                id: "A".into(),
                name: "A".into(),
                within_from: None,
                standing: crate::view::growth::Standing::WithinSignalFrom(0),
                points: vec![p; years as usize + 1],
            })],
            totals: vec![],
            start: evt_core::growth::Start::EqualPercentage,
            horizon: evt_core::growth::Horizon::Households,
            cap_bp: signal_bp,
            extra_given: false,
            takes: vec![],
        }
    }

    #[test]
    fn scale_covers_signal_and_largest_up_to_100_percent() {
        assert_eq!(Scale::new(&model(2000, 371, 5)).max, 400);
        assert_eq!(Scale::new(&model(2000, 100, 5)).max, 250);
        assert_eq!(Scale::new(&model(2000, 5000, 5)).max, 1000);
        let s = Scale::new(&model(2000, 100, 10));
        assert_eq!(num(s.x(0)).as_str(), "34.0");
        assert_eq!(num(s.x(10)).as_str(), "192.0");
        assert_eq!(num(s.y(0)).as_str(), "104.0");
        assert_eq!(num(s.y(250)).as_str(), "6.0");
    }
}
