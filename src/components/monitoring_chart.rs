//! The realised percentage per half-year as columns (afspraak 4), with the minimum and the
//! signal value as dashed, labelled lines; half-years without figures are shown as gaps
//! ("–"), so "twice in a row" can be read off the picture.
//!
//! The same habits as the main bar chart (`chart.rs`): hand-written SVG, status told by
//! pattern, symbol and text (never colour alone; ▲▲ marks a second half-year in a row above
//! the signal value, a topic for the administrative consultation), one Tab stop with a
//! roving tabindex (arrow keys, Home, End), a details line instead of hover tooltips, and
//! `role="group"` with `<title>` and `<desc>`. No inline styles: colours come from
//! `style/chart.css` and `style/views.css`.

use crate::i18n::monitoring::{chart_description, point_label, point_value, MonTexts, PointText};
use crate::i18n::{chart_line_label, status_label, status_symbol, ChartLine};
use evt_core::methods::Status;
use evt_core::monitoring::Period;
use evt_core::numbers::{format_bp, Lang};
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// One half-year of the shown series.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartPoint {
    pub period: Period,
    /// Housed and allocations; `None` when there are no figures for this half-year.
    pub figures: Option<(u64, u64)>,
    /// Realised percentage in tenths.
    pub percent_tenths: Option<u64>,
    pub status: Status,
    /// Above the signal value in this and the previous half-year.
    pub consecutive: bool,
}

impl ChartPoint {
    fn text<'a>(&self, series: &'a str) -> PointText<'a> {
        PointText {
            series,
            period: self.period,
            figures: self.figures,
            percent_tenths: self.percent_tenths,
            status: self.status,
            consecutive: self.consecutive,
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct MonitoringChartProps {
    pub points: Rc<Vec<ChartPoint>>,
    /// Whose percentage: "de hele regio" or a municipality's name.
    pub series: AttrValue,
    pub lang: Lang,
    pub minimum_bp: u32,
    pub signal_bp: u32,
}

const LEFT: f64 = 44.0;
/// Right of the plot: room for the threshold labels, so they never cross a column.
const RIGHT: f64 = 150.0;
const TOP: f64 = 22.0;
const PLOT_HEIGHT: f64 = 190.0;
const BOTTOM: f64 = 42.0;
const MIN_WIDTH: f64 = 480.0;
const MIN_PITCH: f64 = 36.0;
/// Value labels above the columns need this much room; narrower columns rely on the
/// details line and the table.
const LABEL_PITCH: f64 = 64.0;
const HEADROOM_TENTHS: u64 = 50;

fn num(v: f64) -> AttrValue {
    let tenths = (v * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let t = tenths.unsigned_abs();
    AttrValue::from(format!("{sign}{}.{}", t / 10, t % 10))
}

/// The value axis in tenths of a percent: `max(signal + 5 %, largest)` rounded up to at
/// most five "nice" steps.
fn scale(largest: u64, signal_bp: u32) -> (u64, u64) {
    let wanted = (u64::from(signal_bp).div_ceil(10) + HEADROOM_TENTHS)
        .max(largest)
        .max(1);
    let mut power = 1u64;
    while let Some(next) = power.checked_mul(10) {
        for step in [10, 20, 25, 50].map(|m| m * power) {
            let intervals = wanted.div_ceil(step);
            if step >= HEADROOM_TENTHS && intervals <= 5 {
                if let Some(max) = intervals.checked_mul(step) {
                    return (max, step);
                }
            }
        }
        power = next;
    }
    (wanted, wanted)
}

fn status_class(status: Status) -> &'static str {
    match status {
        Status::AboveSignal => "bar--above-signal",
        Status::WithinRange => "bar--within-range",
        Status::BelowMinimum => "bar--below-minimum",
        Status::NoVacancies => "bar--no-vacancies",
        Status::NotApplicable => "bar--not-applicable",
    }
}

fn pattern_fill(status: Status, uid: &str) -> Option<String> {
    match status {
        Status::AboveSignal => Some(format!("url(#{uid}-hatch)")),
        Status::BelowMinimum => Some(format!("url(#{uid}-dots)")),
        _ => None,
    }
}

thread_local! {
    static NEXT_UID: Cell<u32> = const { Cell::new(0) };
}

fn next_uid() -> AttrValue {
    let n = NEXT_UID.with(|c| {
        let n = c.get().wrapping_add(1);
        c.set(n);
        n
    });
    AttrValue::from(format!("mon-chart-{n}"))
}

/// The realised percentage per half-year of one series.
#[component]
pub fn MonitoringChart(props: &MonitoringChartProps) -> Html {
    let uid = use_state(next_uid);
    let selected = use_state(|| None::<Period>);
    let lang = props.lang;
    let t = MonTexts::get(lang);
    let points = &props.points;
    let series = props.series.as_str();
    let texts: Vec<PointText> = points.iter().map(|p| p.text(series)).collect();

    let n = points.len().max(1);
    let width = (LEFT + RIGHT + n as f64 * MIN_PITCH).max(MIN_WIDTH);
    let pitch = (width - LEFT - RIGHT) / n as f64;
    let bar_width = (pitch * 0.6).min(40.0);
    let height = TOP + PLOT_HEIGHT + BOTTOM;
    let base_y = TOP + PLOT_HEIGHT;
    let largest = points
        .iter()
        .filter_map(|p| p.percent_tenths)
        .max()
        .unwrap_or(0);
    let (max, step) = scale(largest, props.signal_bp);
    let y = |tenths: u64| -> f64 { base_y - (tenths.min(max) as f64) / (max as f64) * PLOT_HEIGHT };
    let y_bp = |bp: u32| -> f64 { y(u64::from(bp).div_ceil(10)) };

    let chosen = selected
        .as_ref()
        .and_then(|p| points.iter().position(|q| q.period == *p));
    let tab_stop = chosen.unwrap_or(0);
    let details = chosen
        .and_then(|i| texts.get(i))
        .map(|p| point_label(p, lang))
        .unwrap_or_else(|| t.chart_hint.to_string());
    let title_id = format!("{}-title", *uid);
    let desc_id = format!("{}-desc", *uid);

    let ticks = (0..=max / step.max(1)).map(|k| {
        let tenths = k * step;
        let ty = num(y(tenths));
        let label = format_bp(u32::try_from(tenths * 10).unwrap_or(u32::MAX), lang);
        html! {
            <g class="chart-tick" key={tenths.to_string()}>
                <line class="chart-grid" x1={num(LEFT)} x2={num(width - RIGHT + 2.0)} y1={ty.clone()} y2={ty.clone()} />
                <text class="chart-tick-label" x={num(LEFT - 6.0)} y={ty} text-anchor="end" dominant-baseline="central">{ label }</text>
            </g>
        }
    });
    // Labels right of the plot, at their line; two lines close together push the labels
    // apart.
    let (min_y, sig_y) = (y_bp(props.minimum_bp), y_bp(props.signal_bp));
    let spread = (16.0 - (min_y - sig_y)).max(0.0) / 2.0;
    let threshold = |line: ChartLine, bp: u32, dash: &'static str, label_y: f64| {
        let ly = y_bp(bp);
        let modifier = match line {
            ChartLine::Minimum => "chart-threshold--minimum",
            ChartLine::Signal => "chart-threshold--signal",
        };
        html! {
            <g class={classes!("chart-threshold", modifier)}>
                <line x1={num(LEFT)} x2={num(width - RIGHT + 2.0)} y1={num(ly)} y2={num(ly)} stroke-dasharray={dash} />
                <text class="chart-threshold-label" x={num(width - RIGHT + 6.0)} y={num(label_y)} dominant-baseline="central">{ chart_line_label(line, bp, lang) }</text>
            </g>
        }
    };

    let columns = points.iter().zip(texts.iter()).enumerate().map(|(i, (p, text))| {
        let cx = LEFT + (i as f64 + 0.5) * pitch;
        let label = point_label(text, lang);
        let value = point_value(text, lang);
        let mark = p.percent_tenths.filter(|_| p.figures.is_some()).map(|tenths| {
            let top = y(tenths);
            html! {
                <rect class="bar-mark" x={num(cx - bar_width / 2.0)} y={num(top)} width={num(bar_width)}
                    height={num(base_y - top)} fill={pattern_fill(p.status, &uid)} />
            }
        });
        let value_y = p.percent_tenths.map_or(base_y - 6.0, |tenths| y(tenths) - 6.0);
        let show_value = pitch >= LABEL_PITCH || p.figures.is_none() || p.consecutive;
        let short = if pitch >= LABEL_PITCH || p.figures.is_none() {
            value
        } else if p.consecutive {
            "▲▲".to_string()
        } else {
            String::new()
        };
        let period = p.period;
        let onfocusin = {
            let selected = selected.clone();
            Callback::from(move |_: FocusEvent| selected.set(Some(period)))
        };
        let onclick = {
            let selected = selected.clone();
            Callback::from(move |_: MouseEvent| selected.set(Some(period)))
        };
        let onkeydown = Callback::from(on_key);
        let class = classes!(
            "bar",
            "mon-bar",
            if p.figures.is_some() { status_class(p.status) } else { "mon-bar--gap" },
            p.consecutive.then_some("mon-bar--agenda")
        );
        html! {
            <g {class} key={period.to_string()} id={format!("mon-bar-{period}")}
                tabindex={if i == tab_stop { "0" } else { "-1" }} role="img" aria-label={label}
                {onfocusin} {onclick} {onkeydown}>
                <rect class="bar-hit" x={num(cx - pitch / 2.0)} y={num(TOP - 16.0)} width={num(pitch)} height={num(PLOT_HEIGHT + 16.0 + BOTTOM)} />
                { for mark }
                if show_value {
                    <text class="bar-value mon-bar-value" x={num(cx)} y={num(value_y)} text-anchor="middle">{ short }</text>
                }
                <text class="mon-axis-label" x={num(cx)} y={num(base_y + 16.0)} text-anchor="middle">{ format!("H{}", period.half) }</text>
                <text class="mon-axis-label" x={num(cx)} y={num(base_y + 32.0)} text-anchor="middle">{ period.year.to_string() }</text>
            </g>
        }
    });

    html! {
        <div class={classes!("chart", "mon-chart", size_class(points.len()))}>
            <svg class="chart-svg mon-chart-svg" viewBox={format!("0 0 {} {}", num(width), num(height))}
                role="group" aria-labelledby={title_id.clone()} aria-describedby={desc_id.clone()}>
                <title id={title_id}>{ format!("{} — {}", t.chart_heading, series) }</title>
                <desc id={desc_id}>{ chart_description(series, &texts, props.signal_bp, lang) }</desc>
                <defs>
                    <pattern id={format!("{}-hatch", *uid)} class="chart-pattern chart-pattern--hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
                        <rect class="chart-pattern-bg" width="6" height="6" />
                        <line class="chart-pattern-fg" x1="1.5" y1="0" x2="1.5" y2="6" />
                    </pattern>
                    <pattern id={format!("{}-dots", *uid)} class="chart-pattern chart-pattern--dots" patternUnits="userSpaceOnUse" width="5" height="5">
                        <rect class="chart-pattern-bg" width="5" height="5" />
                        <circle class="chart-pattern-dot" cx="2.5" cy="2.5" r="1.2" />
                    </pattern>
                </defs>
                <g class="chart-axis" aria-hidden="true">
                    { for ticks }
                    <line class="chart-baseline" x1={num(LEFT)} x2={num(width - RIGHT + 2.0)} y1={num(base_y)} y2={num(base_y)} />
                </g>
                <g class="chart-bars mon-bars">{ for columns }</g>
                <g class="chart-thresholds" aria-hidden="true">
                    { threshold(ChartLine::Minimum, props.minimum_bp, "6 4", min_y + spread) }
                    { threshold(ChartLine::Signal, props.signal_bp, "2 3", sig_y - spread) }
                </g>
            </svg>
            <p class="chart-details" id="mon-chart-details" aria-live="polite">{ details }</p>
            <Legend uid={(*uid).clone()} {lang} />
        </div>
    }
}

/// Wider charts may use more of the page, so their labels stay readable.
fn size_class(columns: usize) -> &'static str {
    match columns {
        0..=6 => "mon-chart--s",
        7..=12 => "mon-chart--m",
        _ => "mon-chart--l",
    }
}

#[derive(Properties, PartialEq)]
struct LegendProps {
    uid: AttrValue,
    lang: Lang,
}

#[component]
fn Legend(props: &LegendProps) -> Html {
    let lang = props.lang;
    let t = MonTexts::get(lang);
    let items = [
        Status::AboveSignal,
        Status::WithinRange,
        Status::BelowMinimum,
    ]
    .map(|status| {
        html! {
            <li class={classes!("chart-legend-item", status_class(status))}>
                <svg class="chart-legend-swatch" viewBox="0 0 24 14" aria-hidden="true" focusable="false">
                    <rect class="bar-mark" x="0.5" y="0.5" width="23" height="13" fill={pattern_fill(status, &props.uid)} />
                </svg>
                <span class="chart-legend-symbol" aria-hidden="true">{ status_symbol(status) }</span>
                <span>{ status_label(status, lang) }</span>
            </li>
        }
    });
    html! {
        <ul class="chart-legend" aria-label={t.legend_label}>
            { for items }
            <li class="chart-legend-item">
                <span class="chart-legend-symbol" aria-hidden="true">{ "▲▲" }</span>
                <span>{ t.agenda_flag }</span>
            </li>
            <li class="chart-legend-item">
                <span class="chart-legend-symbol" aria-hidden="true">{ "–" }</span>
                <span>{ t.legend_gap }</span>
            </li>
        </ul>
    }
}

#[derive(Debug, Clone, Copy)]
enum Move {
    Next,
    Previous,
    First,
    Last,
}

fn on_key(e: KeyboardEvent) {
    let to = match e.key().as_str() {
        "ArrowRight" | "Right" | "ArrowDown" | "Down" => Move::Next,
        "ArrowLeft" | "Left" | "ArrowUp" | "Up" => Move::Previous,
        "Home" => Move::First,
        "End" => Move::Last,
        _ => return,
    };
    e.prevent_default();
    move_focus(&e, to);
}

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// Any HTML or SVG element (`HTMLOrSVGElement.focus()`).
    type Focusable;
    #[wasm_bindgen(method)]
    fn focus(this: &Focusable);
}

/// Focus a sibling column: the columns are consecutive siblings in `<g class="mon-bars">`.
#[cfg(target_arch = "wasm32")]
fn move_focus(e: &KeyboardEvent, to: Move) {
    use wasm_bindgen::JsCast;
    let Some(bar) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let next = match to {
        Move::Next => bar.next_element_sibling(),
        Move::Previous => bar.previous_element_sibling(),
        Move::First => bar.parent_element().and_then(|p| p.first_element_child()),
        Move::Last => bar.parent_element().and_then(|p| p.last_element_child()),
    };
    if let Some(next) = next {
        next.unchecked_ref::<Focusable>().focus();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn move_focus(_: &KeyboardEvent, _: Move) {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scale_covers_the_signal_value_and_the_largest() {
        assert_eq!(scale(267, 2000), (300, 100));
        assert_eq!(scale(120, 2000), (250, 50));
        assert_eq!(scale(1000, 2000), (1000, 200));
    }
}
