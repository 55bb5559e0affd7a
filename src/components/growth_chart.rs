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

use super::growth_view::{GrowthModel, GrowthSeries};
use crate::i18n::growth::{
    chart_description, growth_texts, legend_lines, line_label, panel_label, percent_text,
    point_details, within_text, year_heading, GrowthPoint,
};
use crate::i18n::{status_label, status_symbol, ChartTexts, Texts};
use evt_core::numbers::Lang;
use std::cell::Cell;
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
/// Headroom above the signal value on the scale, in tenths of a percent.
const HEADROOM_TENTHS: u64 = 50;
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

/// Coordinates as attribute text, one decimal, without float formatting code (see chart.rs).
fn num(v: f64) -> AttrValue {
    let tenths = (v * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let t = tenths.unsigned_abs();
    AttrValue::from(format!("{sign}{}.{}", t / 10, t % 10))
}

thread_local! {
    static NEXT_UID: Cell<u32> = const { Cell::new(0) };
}

/// A document-unique id prefix for the patterns of one chart.
fn next_uid() -> AttrValue {
    let n = NEXT_UID.with(|c| {
        let n = c.get().wrapping_add(1);
        c.set(n);
        n
    });
    AttrValue::from(format!("growth-chart-{n}"))
}

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
    let uid = use_state(next_uid);
    let as_table = use_state(|| false);
    // The chosen municipality and year (the year defaults to the horizon).
    let selected = use_state(|| None::<String>);
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
    let onfocuspanel = {
        let set = selected.setter();
        use_callback((), move |id: String, _| set.set(Some(id)))
    };
    // Depends on N only, so stepping through the years re-renders just the chosen panel.
    let onyear = {
        let dispatch = year.dispatcher();
        use_callback(last, move |step: Step, last| {
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
    let chosen = selected
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
                    onfocuspanel={onfocuspanel.clone()}
                    onyear={onyear.clone()}
                />
            }
        });
        let (minimum_text, signal_text) = legend_lines(model.minimum_bp, model.signal_bp, lang);
        html! {
            <>
                <Patterns uid={(*uid).clone()} />
                <p id="growth-chart-desc" class="growth-chart-desc">
                    { chart_description(shown.len(), model.series.len(), last, model.minimum_bp, model.signal_bp, lang) }
                </p>
                <ul class="growth-legend" aria-label={g.legend_label}>
                    <li>
                        <svg class="growth-legend-swatch" viewBox="0 0 28 14" aria-hidden="true" focusable="false">
                            <line class="growth-line" x1="1" y1="11" x2="27" y2="3" />
                        </svg>
                        <span>{ g.legend_line }</span>
                    </li>
                    <li>
                        <svg class="growth-legend-swatch" viewBox="0 0 28 14" aria-hidden="true" focusable="false">
                            <line class="growth-threshold growth-threshold--minimum" x1="0" y1="7" x2="28" y2="7" stroke-dasharray="6 4" />
                        </svg>
                        <span>{ minimum_text }</span>
                    </li>
                    <li>
                        <svg class="growth-legend-swatch" viewBox="0 0 28 14" aria-hidden="true" focusable="false">
                            <line class="growth-threshold growth-threshold--signal" x1="0" y1="7" x2="28" y2="7" stroke-dasharray="2 3" />
                        </svg>
                        <span>{ signal_text }</span>
                    </li>
                    <li>
                        <svg class="growth-legend-swatch" viewBox="0 0 28 14" aria-hidden="true" focusable="false">
                            <rect class="growth-zone growth-zone--above" x="0.5" y="0.5" width="27" height="13" fill={format!("url(#{}-hatch)", *uid)} />
                        </svg>
                        <span>{ g.legend_above_zone }</span>
                    </li>
                    <li>
                        <svg class="growth-legend-swatch" viewBox="0 0 28 14" aria-hidden="true" focusable="false">
                            <rect class="growth-zone growth-zone--below" x="0.5" y="0.5" width="27" height="13" fill={format!("url(#{}-dots)", *uid)} />
                        </svg>
                        <span>{ g.legend_below_zone }</span>
                    </li>
                </ul>
                <div class="growth-panels" id="growth-panels" role="group"
                    aria-labelledby="growth-chart-heading" aria-describedby="growth-chart-desc">
                    { for panels }
                </div>
                <p class="chart-details growth-details" id="growth-details" aria-live="polite">{ details }</p>
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
                <p class="chart-stale-marker" aria-hidden="true">{ ChartTexts::get(lang).stale_marker }</p>
            }
            <div id="growth-chart-view">{ body }</div>
        </section>
    }
}

/// A step through the years.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Previous,
    Next,
    First,
    Last,
}

/// The year chosen with the arrow keys; `None` = the horizon.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct ChosenYear(Option<u32>);

impl Reducible for ChosenYear {
    /// A step and the last year `N`.
    type Action = (Step, u32);

    fn reduce(self: Rc<Self>, (step, last): (Step, u32)) -> Rc<Self> {
        let current = self.0.unwrap_or(last).min(last);
        let next = match step {
            Step::Previous => current.saturating_sub(1),
            Step::Next => (current + 1).min(last),
            Step::First => 0,
            Step::Last => last,
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
    onyear: Callback<Step>,
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
        (Some(a), Some(b)) => panel_label(&s.name, &a, &b, props.years, s.within_from, lang),
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
            html! { <circle class="growth-marker-dot" cx={x.clone()} cy={num(scale.y(v))} r="4.5" /> }
        });
        Some(html! {
            <g class="growth-marker">
                <line class="growth-marker-line" x1={x.clone()} x2={x.clone()} y1={num(PLOT_TOP)} y2={num(PLOT_BOTTOM)} />
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
            first.map_or_else(String::new, |a| percent_text(a.percent_tenths, lang)),
            percent_text(p.percent_tenths, lang),
            status_symbol(p.status)
        )
    });
    let onfocusin = {
        let cb = props.onfocuspanel.clone();
        let id = s.id.clone();
        Callback::from(move |_: FocusEvent| cb.emit(id.clone()))
    };
    let onkeydown = {
        let onyear = props.onyear.clone();
        Callback::from(move |e: KeyboardEvent| on_key(&e, &onyear))
    };
    html! {
        <div
            class={classes!("growth-panel", s.within_from.is_none().then_some("growth-panel--never"))}
            id={format!("growth-panel-{}", s.id)}
            data-id={s.id.clone()}
            role="img"
            aria-label={label}
            tabindex={if props.tab_stop { "0" } else { "-1" }}
            {onfocusin}
            {onkeydown}
        >
            <span class="growth-panel-name" aria-hidden="true">{ s.name.clone() }</span>
            <svg class="growth-panel-svg" viewBox={format!("0 0 {WIDTH} {HEIGHT}")} aria-hidden="true" focusable="false">
                <rect class="growth-zone growth-zone--above" x={num(PLOT_LEFT)} y={num(PLOT_TOP)}
                    width={num(PLOT_RIGHT - PLOT_LEFT)} height={num((y_sig - PLOT_TOP).max(0.0))}
                    fill={format!("url(#{}-hatch)", f.uid)} />
                <rect class="growth-zone growth-zone--below" x={num(PLOT_LEFT)} y={num(y_min)}
                    width={num(PLOT_RIGHT - PLOT_LEFT)} height={num((PLOT_BOTTOM - y_min).max(0.0))}
                    fill={format!("url(#{}-dots)", f.uid)} />
                <line class="growth-axis" x1={num(PLOT_LEFT)} x2={num(PLOT_RIGHT)} y1={num(PLOT_BOTTOM)} y2={num(PLOT_BOTTOM)} />
                <line class="growth-threshold growth-threshold--minimum" x1={num(PLOT_LEFT)} x2={num(PLOT_RIGHT)}
                    y1={num(y_min)} y2={num(y_min)} stroke-dasharray="6 4" />
                <line class="growth-threshold growth-threshold--signal" x1={num(PLOT_LEFT)} x2={num(PLOT_RIGHT)}
                    y1={num(y_sig)} y2={num(y_sig)} stroke-dasharray="2 3" />
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
            <span class="growth-panel-within" aria-hidden="true">{ within_text(s.within_from, props.years, lang) }</span>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct PatternsProps {
    uid: AttrValue,
}

/// The zone fills, defined once per chart (a zero-size SVG, not `display: none`, which
/// would stop the patterns from painting in some browsers).
#[component]
fn Patterns(props: &PatternsProps) -> Html {
    let uid = &props.uid;
    html! {
        <svg class="growth-defs" width="0" height="0" aria-hidden="true" focusable="false">
            <defs>
                <pattern id={format!("{uid}-hatch")} class="growth-pattern growth-pattern--hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
                    <rect class="growth-pattern-bg" width="6" height="6" />
                    <line class="growth-pattern-fg" x1="1.5" y1="0" x2="1.5" y2="6" />
                </pattern>
                <pattern id={format!("{uid}-dots")} class="growth-pattern growth-pattern--dots" patternUnits="userSpaceOnUse" width="5" height="5">
                    <rect class="growth-pattern-bg" width="5" height="5" />
                    <circle class="growth-pattern-dot" cx="2.5" cy="2.5" r="1" />
                </pattern>
            </defs>
        </svg>
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
                { percent_text(p.percent_tenths, lang) }
                <span class="status-symbol" aria-hidden="true">{ status_symbol(p.status) }</span>
                <span class="visually-hidden">{ status_label(p.status, lang) }</span>
            </td>
        }
    };
    html! {
        <tr data-id={s.id.clone()}>
            <th scope="row">{ s.name.clone() }</th>
            { for s.points.iter().map(cell) }
            <td>{ within_text(s.within_from, props.years, lang) }</td>
        </tr>
    }
}

fn on_key(e: &KeyboardEvent, onyear: &Callback<Step>) {
    let step = match e.key().as_str() {
        "ArrowLeft" | "Left" => Step::Previous,
        "ArrowRight" | "Right" => Step::Next,
        "Home" => Step::First,
        "End" => Step::Last,
        "ArrowDown" | "Down" => {
            e.prevent_default();
            move_focus(e, true);
            return;
        }
        "ArrowUp" | "Up" => {
            e.prevent_default();
            move_focus(e, false);
            return;
        }
        _ => return,
    };
    e.prevent_default();
    onyear.emit(step);
}

/// Focus the next or previous panel: they are consecutive siblings.
#[cfg(target_arch = "wasm32")]
fn move_focus(e: &KeyboardEvent, forward: bool) {
    use wasm_bindgen::JsCast;
    let Some(panel) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let next = if forward {
        panel.next_element_sibling()
    } else {
        panel.previous_element_sibling()
    };
    if let Some(next) = next.and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = next.focus();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn move_focus(_: &KeyboardEvent, _: bool) {}

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
                points: vec![p; years as usize + 1],
            })],
            totals: vec![],
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
