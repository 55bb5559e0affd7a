//! The bar chart of the allocation percentage per municipality: hand-written SVG, sorted
//! horizontal bars from a zero baseline, the minimum and the signal value as dashed lines
//! labelled in text, each bar labelled with its value and a status symbol (DESIGN
//! "Charts"; rule 6: status is text plus shape and pattern, never colour alone).
//!
//! Accessibility: the `<svg>` is a `role="group"` named by its `<title>` and described by a
//! generated `<desc>` (highest and lowest values, who is above the signal value or below the
//! minimum). `role="img"` on the whole would make the bars presentational, so instead every
//! bar is a focusable `role="img"` with its own label. The chart is one Tab stop (a roving
//! tabindex, so 342 bars do not mean 342 Tab presses): arrow keys, Home and End move between
//! bars, Enter/Space/click activate one; a details line under the chart shows the focused
//! bar's figures, so nothing depends on hovering. The table twin reads the same rows.
//!
//! No inline styles (the page's CSP forbids them): colours and fonts live in
//! `style/chart.css`; geometry is SVG presentation attributes.

use crate::i18n::{
    chart_bar_label, chart_description, chart_details, chart_line_label, chart_value_label,
    status_label, status_symbol, ChartBar, ChartLine, ChartTexts, Texts,
};
use crate::view::ResultRow;
use evt_core::methods::Status;
use evt_core::numbers::{format_bp, Lang};
use std::cell::Cell;
use std::cmp::Ordering;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChartProps {
    pub rows: Rc<Vec<ResultRow>>,
    pub lang: Lang,
    pub minimum_bp: u32,
    pub signal_bp: u32,
    /// Results do not reflect pending input errors: show them muted with a marker.
    #[prop_or_default]
    pub stale: bool,
    /// Called with a municipality id when a bar is activated (Enter/Space/click) so the
    /// page can open its explanation; optional.
    #[prop_or_default]
    pub onselect: Callback<String>,
}

// Geometry in viewBox units. The SVG scales to its container: on a 320 px screen a unit is
// about 0.75 px, so the 16-unit names of style/chart.css are about 12 px. Names take the
// left ~36 %, value labels the right ~18 %.
const WIDTH: f64 = 380.0;
/// Right edge of the name column (names are right-aligned against it).
const NAME_RIGHT: f64 = 136.0;
/// The zero baseline.
const PLOT_LEFT: f64 = 146.0;
/// The scale maximum; beyond it the value labels ("100,0% ▲") get 68 units.
const PLOT_RIGHT: f64 = 312.0;
/// Room above the bars for the two threshold labels.
const TOP: f64 = 44.0;
const PITCH: f64 = 24.0;
const BAR_HEIGHT: f64 = 16.0;
/// Room below the bars for the tick labels.
const AXIS: f64 = 30.0;
/// Approximate width of one character of the 13-unit threshold labels.
const LABEL_CHAR: f64 = 7.2;
/// Names longer than this are shortened in the picture (the accessible label keeps them).
const NAME_CHARS: usize = 16;
/// Headroom above the signal value on the scale, in tenths of a percent.
const HEADROOM_TENTHS: u64 = 50;
/// At most this many intervals between ticks.
const MAX_TICKS: u64 = 5;

/// The statuses in legend order, with their CSS modifier.
const LEGEND: [Status; 4] = [
    Status::AboveSignal,
    Status::WithinRange,
    Status::BelowMinimum,
    Status::NoVacancies,
];

fn status_class(status: Status) -> &'static str {
    match status {
        Status::AboveSignal => "bar--above-signal",
        Status::WithinRange => "bar--within-range",
        Status::BelowMinimum => "bar--below-minimum",
        Status::NoVacancies => "bar--no-vacancies",
        Status::NotApplicable => "bar--not-applicable",
    }
}

/// The `fill` of a bar: a pattern for the two outer statuses, else the CSS colour.
fn pattern_fill(status: Status, uid: &str) -> Option<String> {
    match status {
        Status::AboveSignal => Some(format!("url(#{uid}-hatch)")),
        Status::BelowMinimum => Some(format!("url(#{uid}-dots)")),
        _ => None,
    }
}

/// Scale of the value axis in tenths of a percent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Scale {
    max: u64,
    step: u64,
}

impl Scale {
    /// `max(signal + headroom, largest)` rounded up to a whole number of "nice" steps
    /// (5 %, 10 %, 20 %, 25 %, 50 %, 100 %, …), at most [`MAX_TICKS`] of them.
    fn new(largest_tenths: u64, signal_bp: u32) -> Scale {
        let wanted = (u64::from(signal_bp).div_ceil(10) + HEADROOM_TENTHS)
            .max(largest_tenths)
            .max(1);
        let mut power = 1u64;
        while let Some(next) = power.checked_mul(10) {
            for step in [10, 20, 25, 50].map(|m| m * power) {
                let intervals = wanted.div_ceil(step);
                if step >= HEADROOM_TENTHS && intervals <= MAX_TICKS {
                    if let Some(max) = intervals.checked_mul(step) {
                        return Scale { max, step };
                    }
                }
            }
            power = next;
        }
        Scale {
            max: wanted,
            step: wanted,
        }
    }

    /// x of a value in tenths of a percent, clamped to the plot.
    fn x(self, tenths: u64) -> f64 {
        let share = (tenths.min(self.max) as f64) / (self.max as f64);
        PLOT_LEFT + share * (PLOT_RIGHT - PLOT_LEFT)
    }

    /// x of a value in basis points.
    fn x_bp(self, bp: u32) -> f64 {
        let share = (f64::from(bp) / 10.0).min(self.max as f64) / (self.max as f64);
        PLOT_LEFT + share * (PLOT_RIGHT - PLOT_LEFT)
    }
}

/// The rows in chart order: highest percentage first, ties by name then id, rows without
/// a percentage last.
fn chart_order(rows: &[ResultRow]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..rows.len()).collect();
    order.sort_by(|&a, &b| {
        let (ra, rb) = (&rows[a], &rows[b]);
        let by_value = match (ra.percent_tenths, rb.percent_tenths) {
            (Some(x), Some(y)) => y.cmp(&x),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        };
        by_value
            .then_with(|| ra.name.to_lowercase().cmp(&rb.name.to_lowercase()))
            .then_with(|| ra.id.cmp(&rb.id))
    });
    order
}

/// Everything the picture needs, derived once per change of rows or thresholds.
struct Layout {
    rows: Rc<Vec<ResultRow>>,
    order: Vec<usize>,
    scale: Scale,
    minimum_bp: u32,
    signal_bp: u32,
}

impl Layout {
    fn new(rows: Rc<Vec<ResultRow>>, minimum_bp: u32, signal_bp: u32) -> Layout {
        let order = chart_order(&rows);
        let largest = rows
            .iter()
            .filter_map(|r| r.percent_tenths)
            .max()
            .unwrap_or(0);
        Layout {
            scale: Scale::new(largest, signal_bp),
            rows,
            order,
            minimum_bp,
            signal_bp,
        }
    }

    fn sorted(&self) -> impl Iterator<Item = &ResultRow> {
        self.order.iter().filter_map(|&i| self.rows.get(i))
    }

    /// The row at position `pos` from the top.
    fn at(&self, pos: usize) -> Option<&ResultRow> {
        self.order.get(pos).and_then(|&i| self.rows.get(i))
    }

    fn height(&self) -> f64 {
        TOP + self.order.len() as f64 * PITCH + AXIS
    }
}

/// A layout shared by the bars, compared by identity: it is rebuilt only when rows or
/// thresholds change, so comparing pointers keeps each bar's props check O(1).
#[derive(Clone)]
struct Shared(Rc<Layout>);

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Coordinates as attribute text, one decimal. Integer formatting on purpose: `{:.1}` on
/// an f64 pulls about 11 KB of float-printing code into the wasm.
fn num(v: f64) -> AttrValue {
    let tenths = (v * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let t = tenths.unsigned_abs();
    AttrValue::from(format!("{sign}{}.{}", t / 10, t % 10))
}

fn shorten(name: &str) -> String {
    if name.chars().count() <= NAME_CHARS {
        name.to_string()
    } else {
        let mut s: String = name.chars().take(NAME_CHARS - 1).collect();
        s.push('…');
        s
    }
}

thread_local! {
    static NEXT_UID: Cell<u32> = const { Cell::new(0) };
}

/// A document-unique id prefix, so two charts on one page never share pattern or title ids.
fn next_uid() -> AttrValue {
    let n = NEXT_UID.with(|c| {
        let n = c.get().wrapping_add(1);
        c.set(n);
        n
    });
    AttrValue::from(format!("evt-chart-{n}"))
}

/// The allocation percentage per municipality as sorted horizontal bars.
#[component]
pub fn Chart(props: &ChartProps) -> Html {
    let uid = use_state(next_uid);
    let selected = use_state(|| None::<String>);
    let layout = use_memo(
        (props.rows.clone(), props.minimum_bp, props.signal_bp),
        |(rows, minimum_bp, signal_bp)| {
            Shared(Rc::new(Layout::new(rows.clone(), *minimum_bp, *signal_bp)))
        },
    );
    let description = use_memo(((*layout).clone(), props.lang), |(layout, lang)| {
        let bars: Vec<ChartBar> = layout.0.sorted().map(ChartBar::from).collect();
        chart_description(&bars, layout.0.minimum_bp, layout.0.signal_bp, *lang)
    });
    let onfocusbar = {
        let set = selected.setter();
        use_callback((), move |id: String, _| set.set(Some(id)))
    };
    let onactivate = {
        let set = selected.setter();
        use_callback(props.onselect.clone(), move |id: String, onselect| {
            set.set(Some(id.clone()));
            onselect.emit(id);
        })
    };

    let lang = props.lang;
    let texts = ChartTexts::get(lang);
    let shared = (*layout).clone();
    let layout = &shared.0;
    let chosen = selected
        .as_deref()
        .and_then(|id| layout.rows.iter().find(|r| r.id == id));
    let details = chosen
        .map(|r| chart_details(&ChartBar::from(r), lang))
        .unwrap_or_else(|| texts.hint.to_string());
    // Roving tab stop: the chart is one stop in the Tab order (the chosen bar, else the
    // first); the arrow keys move between bars.
    let tab_stop = chosen
        .map(|r| r.id.as_str())
        .or_else(|| layout.at(0).map(|r| r.id.as_str()));

    let scale = layout.scale;
    let height = layout.height();
    let axis_y = height - AXIS;
    let title_id = format!("{}-title", *uid);
    let desc_id = format!("{}-desc", *uid);

    let ticks = (0..=scale.max / scale.step.max(1)).map(|k| {
        let tenths = k * scale.step;
        let x = num(scale.x(tenths));
        let label = format_bp(u32::try_from(tenths * 10).unwrap_or(u32::MAX), lang);
        html! {
            <g class="chart-tick" key={tenths.to_string()}>
                <line class="chart-grid" x1={x.clone()} x2={x.clone()} y1={num(TOP)} y2={num(axis_y)} />
                <text class="chart-tick-label" x={x} y={num(axis_y + 18.0)} text-anchor="middle">{ label }</text>
            </g>
        }
    });

    let threshold = |line: ChartLine, bp: u32, label_y: f64, dash: &'static str| {
        let x = scale.x_bp(bp);
        let label = chart_line_label(line, bp, lang);
        let fits_right = x + 4.0 + label.chars().count() as f64 * LABEL_CHAR <= WIDTH;
        let (label_x, anchor) = if fits_right {
            (x + 4.0, "start")
        } else {
            (x - 4.0, "end")
        };
        let modifier = match line {
            ChartLine::Minimum => "chart-threshold--minimum",
            ChartLine::Signal => "chart-threshold--signal",
        };
        html! {
            <g class={classes!("chart-threshold", modifier)}>
                <line x1={num(x)} x2={num(x)} y1={num(label_y + 5.0)} y2={num(axis_y)} stroke-dasharray={dash} />
                <text class="chart-threshold-label" x={num(label_x)} y={num(label_y)} text-anchor={anchor}>{ label }</text>
            </g>
        }
    };

    let bars = layout.sorted().enumerate().map(|(pos, row)| {
        html! {
            <Bar
                key={row.id.clone()}
                layout={shared.clone()}
                {pos}
                tab_stop={tab_stop == Some(row.id.as_str())}
                {lang}
                uid={(*uid).clone()}
                onfocusbar={onfocusbar.clone()}
                onactivate={onactivate.clone()}
            />
        }
    });

    let class = classes!("chart", props.stale.then_some("chart--stale"));
    html! {
        <div {class}>
            if props.stale {
                <p class="chart-stale-marker" aria-hidden="true">{ texts.stale_marker }</p>
            }
            <svg
                class="chart-svg"
                viewBox={format!("0 0 {WIDTH} {}", num(height))}
                role="group"
                aria-labelledby={title_id.clone()}
                aria-describedby={desc_id.clone()}
            >
                <title id={title_id}>{ Texts::get(lang).chart_heading }</title>
                <desc id={desc_id}>{ (*description).clone() }</desc>
                <Patterns uid={(*uid).clone()} />
                <g class="chart-axis" aria-hidden="true">
                    { for ticks }
                    <line class="chart-baseline" x1={num(PLOT_LEFT)} x2={num(PLOT_LEFT)} y1={num(TOP)} y2={num(axis_y)} />
                    <line class="chart-baseline" x1={num(PLOT_LEFT)} x2={num(PLOT_RIGHT)} y1={num(axis_y)} y2={num(axis_y)} />
                </g>
                <g class="chart-bars">{ for bars }</g>
                <g class="chart-thresholds" aria-hidden="true">
                    { threshold(ChartLine::Minimum, layout.minimum_bp, 14.0, "6 4") }
                    { threshold(ChartLine::Signal, layout.signal_bp, 32.0, "2 3") }
                </g>
            </svg>
            <p class="chart-details" aria-live="polite">{ details }</p>
            <Legend uid={(*uid).clone()} {lang} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct BarProps {
    layout: Shared,
    /// Position from the top (0 = highest percentage).
    pos: usize,
    /// This bar is the chart's one Tab stop.
    tab_stop: bool,
    lang: Lang,
    uid: AttrValue,
    onfocusbar: Callback<String>,
    onactivate: Callback<String>,
}

/// One focusable bar. Its own component, so moving focus re-renders two bars, not all.
#[component]
fn Bar(props: &BarProps) -> Html {
    let layout = &props.layout.0;
    let Some(row) = layout.at(props.pos) else {
        return Html::default();
    };
    let lang = props.lang;
    let scale = layout.scale;
    let bar = ChartBar::from(row);
    let top = TOP + props.pos as f64 * PITCH;
    let middle = top + PITCH / 2.0;
    let mark = row.percent_tenths.map(|p| {
        html! {
            <rect
                class="bar-mark"
                x={num(PLOT_LEFT)}
                y={num(top + (PITCH - BAR_HEIGHT) / 2.0)}
                width={num(scale.x(p) - PLOT_LEFT)}
                height={num(BAR_HEIGHT)}
                fill={pattern_fill(row.status, &props.uid)}
            />
        }
    });
    let value_x = row
        .percent_tenths
        .map_or(PLOT_LEFT + 4.0, |p| scale.x(p) + 4.0);
    let onfocusin = {
        let cb = props.onfocusbar.clone();
        let id = row.id.clone();
        Callback::from(move |_: FocusEvent| cb.emit(id.clone()))
    };
    let onclick = {
        let cb = props.onactivate.clone();
        let id = row.id.clone();
        Callback::from(move |_: MouseEvent| cb.emit(id.clone()))
    };
    let onkeydown = {
        let cb = props.onactivate.clone();
        let id = row.id.clone();
        Callback::from(move |e: KeyboardEvent| on_key(&e, &id, &cb))
    };
    html! {
        <g
            class={classes!("bar", status_class(row.status))}
            id={format!("bar-{}", row.id)}
            data-id={row.id.clone()}
            tabindex={if props.tab_stop { "0" } else { "-1" }}
            role="img"
            aria-label={chart_bar_label(&bar, lang)}
            {onfocusin}
            {onclick}
            {onkeydown}
        >
            <rect class="bar-hit" x="0" y={num(top)} width={num(WIDTH)} height={num(PITCH)} />
            <text class="bar-name" x={num(NAME_RIGHT)} y={num(middle)} text-anchor="end" dominant-baseline="central">{ shorten(&row.name) }</text>
            { for mark }
            <text class="bar-value" x={num(value_x)} y={num(middle)} dominant-baseline="central">{ chart_value_label(&bar, lang) }</text>
        </g>
    }
}

#[derive(Properties, PartialEq)]
struct PatternsProps {
    uid: AttrValue,
}

/// The fills that tell statuses apart without colour: diagonal hatching above the signal
/// value, dots below the minimum. Colours come from CSS custom properties.
#[component]
fn Patterns(props: &PatternsProps) -> Html {
    let uid = &props.uid;
    html! {
        <defs>
            <pattern id={format!("{uid}-hatch")} class="chart-pattern chart-pattern--hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
                <rect class="chart-pattern-bg" width="6" height="6" />
                <line class="chart-pattern-fg" x1="1.5" y1="0" x2="1.5" y2="6" />
            </pattern>
            <pattern id={format!("{uid}-dots")} class="chart-pattern chart-pattern--dots" patternUnits="userSpaceOnUse" width="5" height="5">
                <rect class="chart-pattern-bg" width="5" height="5" />
                <circle class="chart-pattern-dot" cx="2.5" cy="2.5" r="1.2" />
            </pattern>
        </defs>
    }
}

#[derive(Properties, PartialEq)]
struct LegendProps {
    uid: AttrValue,
    lang: Lang,
}

/// What the symbols and fills mean, in words.
#[component]
fn Legend(props: &LegendProps) -> Html {
    let lang = props.lang;
    let items = LEGEND.iter().map(|&status| {
        let swatch = (status != Status::NoVacancies).then(|| {
            html! {
                <svg class="chart-legend-swatch" viewBox="0 0 24 14" aria-hidden="true" focusable="false">
                    <rect class="bar-mark" x="0.5" y="0.5" width="23" height="13" fill={pattern_fill(status, &props.uid)} />
                </svg>
            }
        });
        html! {
            <li class={classes!("chart-legend-item", status_class(status))}>
                { for swatch }
                <span class="chart-legend-symbol" aria-hidden="true">{ status_symbol(status) }</span>
                <span>{ status_label(status, lang) }</span>
            </li>
        }
    });
    html! {
        <ul class="chart-legend" aria-label={ChartTexts::get(lang).legend_label}>
            { for items }
        </ul>
    }
}

/// Where the arrow keys move focus.
#[derive(Debug, Clone, Copy)]
enum Move {
    Next,
    Previous,
    First,
    Last,
}

fn on_key(e: &KeyboardEvent, id: &str, onactivate: &Callback<String>) {
    let to = match e.key().as_str() {
        "Enter" | " " | "Spacebar" => {
            e.prevent_default();
            onactivate.emit(id.to_string());
            return;
        }
        "ArrowDown" | "Down" => Move::Next,
        "ArrowUp" | "Up" => Move::Previous,
        "Home" => Move::First,
        "End" => Move::Last,
        _ => return,
    };
    e.prevent_default();
    move_focus(e, to);
}

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// Any HTML or SVG element: `HTMLOrSVGElement.focus()` (web-sys binds it only on
    /// `HtmlElement` and, behind a feature, `SvgElement`).
    type Focusable;
    #[wasm_bindgen(method)]
    fn focus(this: &Focusable);
}

/// Focus a sibling bar: the bars are consecutive siblings in `<g class="chart-bars">`, so
/// no ids or node refs are needed.
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
    fn scale_is_nice_and_covers_signal_and_largest() {
        // Twente: largest 37,1 %, signal 20 % → 0–40 % in steps of 10 %.
        assert_eq!(
            Scale::new(371, 2000),
            Scale {
                max: 400,
                step: 100
            }
        );
        // Small values: signal + 5 % headroom → 25 % in steps of 5 %.
        assert_eq!(Scale::new(180, 2000), Scale { max: 250, step: 50 });
        assert_eq!(Scale::new(0, 0), Scale { max: 50, step: 50 });
        // Above 100 % (targets beyond the vacancies).
        assert_eq!(
            Scale::new(1234, 2000),
            Scale {
                max: 1250,
                step: 250
            }
        );
        let s = Scale::new(u64::MAX / 2, 2000);
        assert!(s.max >= u64::MAX / 2);
    }

    #[test]
    fn long_names_are_shortened() {
        assert_eq!(shorten("Hof van Twente"), "Hof van Twente");
        assert_eq!(shorten("Capelle aan den IJssel"), "Capelle aan den…");
    }
}
