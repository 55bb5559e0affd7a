//! What the hand-written SVG visuals share: the bar chart (`chart.rs`), the growth path's
//! small multiples (`growth_chart.rs`), the monitoring columns (`monitoring_chart.rs`) and
//! the tile map (`map.rs`). DESIGN "Charts" and rule 6: status is told by text plus shape
//! and pattern, never by colour alone; the minimum and the signal value are dashed lines
//! labelled in text; every chart is one Tab stop with a roving tabindex (arrow keys, Home,
//! End) and a live details line instead of hover tooltips.
//!
//! Helpers and one hook, no components (DESIGN rule 5 keeps one public component per file).
//! Pattern and title ids take a prefix, unique per chart, because several charts can share
//! a page. Colours live in the shared section of `style/chart.css`.

use crate::i18n::chart::ChartLine;
use crate::i18n::{status_label, status_symbol};
use crate::view::ResultRow;
use evt_core::methods::Status;
use evt_core::numbers::{format_bp, Lang};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// What the two pictures of the result rows take: the bar chart and the map.
#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub rows: Rc<Vec<ResultRow>>,
    pub lang: Lang,
    pub minimum_bp: u32,
    pub signal_bp: u32,
    /// Results do not reflect pending input errors: show them muted with a marker.
    #[prop_or_default]
    pub stale: bool,
    /// Called with a municipality id when a bar or tile is activated (Enter/Space/click) so
    /// the page can open its explanation; optional.
    #[prop_or_default]
    pub onselect: Callback<String>,
    /// "Mijn gemeente": its bar or tile is highlighted.
    #[prop_or_default]
    pub mine: Option<AttrValue>,
    /// Activating an item opens something (the results table's "Hoe berekend?"): on touch
    /// screens the items are then tap targets of 44 px. Not in the public mode.
    #[prop_or(true)]
    pub tappable: bool,
}

/// Coordinates as attribute text, one decimal. Integer formatting on purpose: `{:.1}` on
/// an f64 pulls about 11 KB of float-printing code into the wasm.
pub fn num(v: f64) -> AttrValue {
    let tenths = (v * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let t = tenths.unsigned_abs();
    AttrValue::from(format!("{sign}{}.{}", t / 10, t % 10))
}

thread_local! {
    /// One counter per prefix, so each kind of chart numbers its instances 1, 2, 3, …
    static NEXT_UID: RefCell<Vec<(&'static str, u32)>> = const { RefCell::new(Vec::new()) };
}

/// A document-unique id prefix (`"{prefix}-{n}"`), so two charts on one page never share
/// pattern or title ids.
pub fn next_uid(prefix: &'static str) -> AttrValue {
    let n = NEXT_UID.with(|counters| {
        let mut counters = counters.borrow_mut();
        let i = match counters.iter().position(|(p, _)| *p == prefix) {
            Some(i) => i,
            None => {
                counters.push((prefix, 0));
                counters.len() - 1
            }
        };
        counters[i].1 = counters[i].1.wrapping_add(1);
        counters[i].1
    });
    AttrValue::from(format!("{prefix}-{n}"))
}

/// A layout shared by a chart's items, compared by identity: it is rebuilt only when its
/// inputs change, so comparing pointers keeps each item's props check O(1).
pub struct ByPtr<T>(pub Rc<T>);

impl<T> Clone for ByPtr<T> {
    fn clone(&self) -> Self {
        ByPtr(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for ByPtr<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// `s` if it has at most `max` characters, else its first `max - 1` and "…".
pub fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

// ---- Status: classes, patterns, legend ----

/// The statuses in legend order.
pub const LEGEND_ORDER: [Status; 4] = [
    Status::AboveSignal,
    Status::WithinRange,
    Status::BelowMinimum,
    Status::NoVacancies,
];

/// The CSS modifier of a status on `base`: `bar--above-signal`, `map-tile--no-vacancies`.
pub fn status_class(base: &str, status: Status) -> String {
    let modifier = match status {
        Status::AboveSignal => "above-signal",
        Status::WithinRange => "within-range",
        Status::BelowMinimum => "below-minimum",
        Status::NoVacancies => "no-vacancies",
        Status::NotApplicable => "not-applicable",
    };
    format!("{base}--{modifier}")
}

/// The hatching above the signal value.
pub const HATCH: &str = "hatch";
/// The dots below the minimum.
pub const DOTS: &str = "dots";

/// `url(#{prefix}-{pattern})`: a fill by one of the patterns of [`status_patterns`].
pub fn pattern_url(prefix: &str, pattern: &str) -> String {
    format!("url(#{prefix}-{pattern})")
}

/// The `fill` of a status mark: a pattern for the two outer statuses, else none (the CSS
/// colour; CSS must not set `fill` on patterned marks, or it would override the pattern).
pub fn pattern_fill(status: Status, prefix: &str) -> Option<String> {
    match status {
        Status::AboveSignal => Some(pattern_url(prefix, HATCH)),
        Status::BelowMinimum => Some(pattern_url(prefix, DOTS)),
        _ => None,
    }
}

/// Class and size of a chart's patterns (attribute text, as written in the SVG).
pub struct PatternStyle {
    /// The class base: `{class}`, `{class}--hatch`, `{class}-bg`, `{class}-fg`, `{class}-dot`.
    pub class: &'static str,
    /// Tile size of the hatching and x of its stroke.
    pub hatch: &'static str,
    pub hatch_x: &'static str,
    /// Tile size of the dots, their centre and radius.
    pub dots: &'static str,
    pub dot_centre: &'static str,
    pub dot_radius: &'static str,
}

/// The patterns of the bar chart and the monitoring columns.
pub const CHART_PATTERNS: PatternStyle = PatternStyle {
    class: "chart-pattern",
    hatch: "6",
    hatch_x: "1.5",
    dots: "5",
    dot_centre: "2.5",
    dot_radius: "1.2",
};

/// The fills that tell statuses apart without colour: diagonal hatching above the signal
/// value, dots below the minimum, with ids `{prefix}-hatch` and `{prefix}-dots`. Colours
/// come from CSS custom properties.
pub fn status_patterns(prefix: &str, style: &PatternStyle) -> Html {
    let c = style.class;
    html! {
        <defs>
            <pattern id={format!("{prefix}-{HATCH}")} class={format!("{c} {c}--hatch")} patternUnits="userSpaceOnUse" width={style.hatch} height={style.hatch} patternTransform="rotate(45)">
                <rect class={format!("{c}-bg")} width={style.hatch} height={style.hatch} />
                <line class={format!("{c}-fg")} x1={style.hatch_x} y1="0" x2={style.hatch_x} y2={style.hatch} />
            </pattern>
            <pattern id={format!("{prefix}-{DOTS}")} class={format!("{c} {c}--dots")} patternUnits="userSpaceOnUse" width={style.dots} height={style.dots}>
                <rect class={format!("{c}-bg")} width={style.dots} height={style.dots} />
                <circle class={format!("{c}-dot")} cx={style.dot_centre} cy={style.dot_centre} r={style.dot_radius} />
            </pattern>
        </defs>
    }
}

/// A legend's sample of a fill or a line: decorative, the text beside it says what it means.
pub fn swatch(class: impl Into<AttrValue>, view_box: &'static str, shape: Html) -> Html {
    let class: AttrValue = class.into();
    html! {
        <svg {class} viewBox={view_box} aria-hidden="true" focusable="false">{ shape }</svg>
    }
}

/// How a chart's status legend looks.
pub struct LegendStyle {
    /// The class base of the list: `{list}-item`, `{list}-swatch`, `{list}-symbol`.
    pub list: &'static str,
    /// The class base of the status modifier on an item ([`status_class`]).
    pub status_base: &'static str,
    pub swatch_view_box: &'static str,
    /// The swatch's `<rect>`: class, x, y, width, height and corner radius.
    pub mark_class: &'static str,
    pub mark: [&'static str; 4],
    pub mark_rx: Option<&'static str>,
}

/// The legend of the bar chart and the monitoring columns.
pub const CHART_LEGEND: LegendStyle = LegendStyle {
    list: "chart-legend",
    status_base: "bar",
    swatch_view_box: "0 0 24 14",
    mark_class: "bar-mark",
    mark: ["0.5", "0.5", "23", "13"],
    mark_rx: None,
};

/// One legend item: `symbol` and `text`, with a modifier and a swatch when it is a status's.
pub fn legend_item(
    style: &LegendStyle,
    status: Option<Status>,
    swatch: Option<Html>,
    symbol: &'static str,
    text: &'static str,
) -> Html {
    let list = style.list;
    html! {
        <li class={classes!(format!("{list}-item"), status.map(|s| status_class(style.status_base, s)))}>
            { for swatch }
            <span class={format!("{list}-symbol")} aria-hidden="true">{ symbol }</span>
            <span>{ text }</span>
        </li>
    }
}

/// The legend item of a status: its fill (when `with_swatch`), symbol and name.
pub fn status_legend_item(
    style: &LegendStyle,
    status: Status,
    prefix: &str,
    with_swatch: bool,
    lang: Lang,
) -> Html {
    let [x, y, width, height] = style.mark;
    let sample = with_swatch.then(|| {
        let class = style.mark_class;
        let rect = html! {
            <rect {class} {x} {y} {width} {height} rx={style.mark_rx} fill={pattern_fill(status, prefix)} />
        };
        swatch(format!("{}-swatch", style.list), style.swatch_view_box, rect)
    });
    legend_item(
        style,
        Some(status),
        sample,
        status_symbol(status),
        status_label(status, lang),
    )
}

// ---- Geometry: lines, thresholds, scale and ticks ----

/// A straight line in viewBox units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Seg {
    pub x1: f64,
    pub x2: f64,
    pub y1: f64,
    pub y2: f64,
}

impl Seg {
    pub fn vertical(x: f64, y1: f64, y2: f64) -> Seg {
        Seg {
            x1: x,
            x2: x,
            y1,
            y2,
        }
    }

    pub fn horizontal(x1: f64, x2: f64, y: f64) -> Seg {
        Seg {
            x1,
            x2,
            y1: y,
            y2: y,
        }
    }

    /// As a `<line>`, with its classes (none: no attribute) and dash pattern.
    pub fn html(self, class: impl Into<Classes>, dash: Option<&'static str>) -> Html {
        let class: Classes = class.into();
        html! {
            <line {class} x1={num(self.x1)} x2={num(self.x2)} y1={num(self.y1)} y2={num(self.y2)} stroke-dasharray={dash} />
        }
    }
}

/// The dash pattern of a threshold line: the minimum dashed, the signal value dotted.
pub fn threshold_dash(line: ChartLine) -> &'static str {
    match line {
        ChartLine::Minimum => "6 4",
        ChartLine::Signal => "2 3",
    }
}

/// `{base} {base}--minimum` or `{base} {base}--signal`.
pub fn threshold_class(base: &str, line: ChartLine) -> String {
    let modifier = match line {
        ChartLine::Minimum => "minimum",
        ChartLine::Signal => "signal",
    };
    format!("{base} {base}--{modifier}")
}

/// Where a threshold's text label stands.
pub struct LabelAt {
    pub x: f64,
    pub y: f64,
    pub anchor: Option<&'static str>,
    pub baseline: Option<&'static str>,
}

/// A threshold line with its label, in the chart style (bar chart and monitoring columns).
pub fn threshold(line: ChartLine, at: Seg, label: String, label_at: LabelAt) -> Html {
    html! {
        <g class={threshold_class("chart-threshold", line)}>
            { at.html(Classes::new(), Some(threshold_dash(line))) }
            <text class="chart-threshold-label" x={num(label_at.x)} y={num(label_at.y)}
                text-anchor={label_at.anchor} dominant-baseline={label_at.baseline}>{ label }</text>
        </g>
    }
}

/// Headroom above the signal value on a scale, in tenths of a percent.
pub const HEADROOM_TENTHS: u64 = 50;
/// At most this many intervals between ticks.
const MAX_TICKS: u64 = 5;

/// A value axis from zero, in tenths of a percent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NiceScale {
    pub max: u64,
    pub step: u64,
}

impl NiceScale {
    /// `max(signal + 5 %, largest)` rounded up to a whole number of "nice" steps (5 %, 10 %,
    /// 20 %, 25 %, 50 %, 100 %, …), at most five of them.
    pub fn new(largest_tenths: u64, signal_bp: u32) -> NiceScale {
        let wanted = (u64::from(signal_bp).div_ceil(10) + HEADROOM_TENTHS)
            .max(largest_tenths)
            .max(1);
        let mut power = 1u64;
        while let Some(next) = power.checked_mul(10) {
            for step in [10, 20, 25, 50].map(|m| m * power) {
                let intervals = wanted.div_ceil(step);
                if step >= HEADROOM_TENTHS && intervals <= MAX_TICKS {
                    if let Some(max) = intervals.checked_mul(step) {
                        return NiceScale { max, step };
                    }
                }
            }
            power = next;
        }
        NiceScale {
            max: wanted,
            step: wanted,
        }
    }

    /// Where a value falls on the axis, clamped: 0 at zero, 1 at the maximum.
    pub fn share(self, tenths: u64) -> f64 {
        (tenths.min(self.max) as f64) / (self.max as f64)
    }

    /// The tick values, zero included.
    pub fn ticks(self) -> impl Iterator<Item = u64> {
        (0..=self.max / self.step.max(1)).map(move |k| k * self.step)
    }
}

/// One tick: a grid line and its percentage label.
pub fn tick(tenths: u64, grid: Seg, label_at: LabelAt, lang: Lang) -> Html {
    let label = format_bp(u32::try_from(tenths * 10).unwrap_or(u32::MAX), lang);
    html! {
        <g class="chart-tick" key={tenths.to_string()}>
            { grid.html("chart-grid", None) }
            <text class="chart-tick-label" x={num(label_at.x)} y={num(label_at.y)}
                text-anchor={label_at.anchor} dominant-baseline={label_at.baseline}>{ label }</text>
        </g>
    }
}

/// An SVG's `<title>` and `<desc>`, with ids `{prefix}-title` and `{prefix}-desc` for the
/// group's `aria-labelledby` and `aria-describedby`.
pub fn title_and_desc(prefix: &str, title: String, desc: String) -> Html {
    html! {
        <>
            <title id={format!("{prefix}-title")}>{ title }</title>
            <desc id={format!("{prefix}-desc")}>{ desc }</desc>
        </>
    }
}

/// The muted-results marker above a stale chart (the page says why in text elsewhere).
pub fn stale_marker(class: &'static str, text: &'static str) -> Html {
    html! { <p {class} aria-hidden="true">{ text }</p> }
}

// ---- Keyboard: one Tab stop, arrows, Home/End, a live details line ----

/// The chosen item of a chart and the callbacks its items call.
pub struct Roving<T: 'static> {
    /// The item last focused or activated.
    pub selected: UseStateHandle<Option<T>>,
    /// For `focusin`: the item becomes the chosen one (and the Tab stop).
    pub onfocus: Callback<T>,
    /// For Enter, Space and click: chosen, and `onselect` is told.
    pub onactivate: Callback<T>,
}

/// The roving-tabindex state of a chart.
#[hook]
pub fn use_roving<T: Clone + PartialEq + 'static>(onselect: Callback<T>) -> Roving<T> {
    let selected = use_state(|| None::<T>);
    let onfocus = {
        let set = selected.setter();
        use_callback((), move |id: T, _| set.set(Some(id)))
    };
    let onactivate = {
        let set = selected.setter();
        use_callback(onselect, move |id: T, onselect| {
            set.set(Some(id.clone()));
            onselect.emit(id);
        })
    };
    Roving {
        selected,
        onfocus,
        onactivate,
    }
}

/// An item's event handler that tells `cb` the item's id (for `focusin` and `click`).
pub fn with_id<E: 'static>(cb: &Callback<String>, id: &str) -> Callback<E> {
    let id = id.to_string();
    cb.reform(move |_: E| id.clone())
}

/// `tabindex` of an item: `0` for the chart's one Tab stop, else `-1`.
pub fn tab_index(tab_stop: bool) -> &'static str {
    if tab_stop {
        "0"
    } else {
        "-1"
    }
}

/// How the details line is announced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Live {
    /// `aria-live="polite"`.
    Polite,
    /// `role="status"` (polite too).
    Status,
}

/// The line under a chart with the focused item's figures (or a hint before one is chosen),
/// so nothing depends on hovering.
pub fn details_line(class: Classes, id: Option<&'static str>, live: Live, text: String) -> Html {
    let role = (live == Live::Status).then_some("status");
    let aria_live = (live == Live::Polite).then_some("polite");
    html! { <p {class} {id} {role} aria-live={aria_live}>{ text }</p> }
}

/// A key that charts act on (with the old names of legacy Edge).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// Enter or Space.
    Activate,
    Left,
    Right,
    Up,
    Down,
    Home,
    End,
}

pub fn key(e: &KeyboardEvent) -> Option<Key> {
    Some(match e.key().as_str() {
        "Enter" | " " | "Spacebar" => Key::Activate,
        "ArrowLeft" | "Left" => Key::Left,
        "ArrowRight" | "Right" => Key::Right,
        "ArrowUp" | "Up" => Key::Up,
        "ArrowDown" | "Down" => Key::Down,
        "Home" => Key::Home,
        "End" => Key::End,
        _ => return None,
    })
}

/// Where focus moves among sibling items.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    Next,
    Previous,
    First,
    Last,
}

/// Which arrows step through a list of items.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arrows {
    /// Down and Up (the bar chart's rows).
    UpDown,
    /// Right or Down and Left or Up (the monitoring columns).
    Both,
}

/// The keys of a list of items that is one Tab stop: Enter or Space activates an item (when
/// `onactivate` is given; else the key passes), the `arrows` go to the next or previous
/// item, Home and End to the first and last. The items are consecutive siblings.
pub fn on_list_key(e: &KeyboardEvent, arrows: Arrows, onactivate: Option<&dyn Fn()>) {
    let to = match (key(e), arrows) {
        (Some(Key::Activate), _) => {
            if let Some(activate) = onactivate {
                e.prevent_default();
                activate();
            }
            return;
        }
        (Some(Key::Down), _) | (Some(Key::Right), Arrows::Both) => Move::Next,
        (Some(Key::Up), _) | (Some(Key::Left), Arrows::Both) => Move::Previous,
        (Some(Key::Home), _) => Move::First,
        (Some(Key::End), _) => Move::Last,
        _ => return,
    };
    e.prevent_default();
    focus_sibling(e, to);
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

/// Focus a sibling of the event's target: a chart's items are consecutive siblings, so no
/// ids or node refs are needed.
#[cfg(target_arch = "wasm32")]
pub fn focus_sibling(e: &KeyboardEvent, to: Move) {
    use wasm_bindgen::JsCast;
    let Some(item) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let next = match to {
        Move::Next => item.next_element_sibling(),
        Move::Previous => item.previous_element_sibling(),
        Move::First => item.parent_element().and_then(|p| p.first_element_child()),
        Move::Last => item.parent_element().and_then(|p| p.last_element_child()),
    };
    if let Some(next) = next {
        next.unchecked_ref::<Focusable>().focus();
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn focus_sibling(_: &KeyboardEvent, _: Move) {}

/// Focus the element with this id.
#[cfg(target_arch = "wasm32")]
pub fn focus_id(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    {
        el.unchecked_ref::<Focusable>().focus();
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn focus_id(_: &str) {}

#[cfg(test)]
mod tests;
