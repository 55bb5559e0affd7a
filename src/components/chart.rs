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

use super::chart_kit::{
    details_line, next_uid, num, on_list_key, pattern_fill, stale_marker, status_class,
    status_legend_item, status_patterns, tab_index, threshold, tick, title_and_desc, truncate,
    use_roving, with_id, Arrows, ByPtr, LabelAt, Live, NiceScale, ResultsProps, Seg, CHART_LEGEND,
    CHART_PATTERNS, LEGEND_ORDER,
};
use crate::i18n::chart::{
    chart_bar_label, chart_description, chart_details, chart_line_label, chart_value_label,
    ChartBar, ChartLine, ChartTexts,
};
use crate::i18n::Texts;
use crate::view::chart::{chart_order, largest_percent};
use crate::view::ResultRow;
use evt_core::methods::Status;
use evt_core::numbers::Lang;
use std::rc::Rc;
use yew::prelude::*;

/// The result rows with their thresholds; `onselect` gets the id of an activated bar.
pub type ChartProps = ResultsProps;

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
/// On touch screens a bar's row is a tap target of at least 44 px (a unit is at most about
/// 0.95 px on a phone, and the chart never grows past its max-width).
const TOUCH_PITCH: f64 = 48.0;
const BAR_HEIGHT: f64 = 16.0;
/// Room below the bars for the tick labels.
const AXIS: f64 = 30.0;
/// Approximate width of one character of the 14-unit threshold labels.
const LABEL_CHAR: f64 = 8.4;
/// Names longer than this are shortened in the picture (the accessible label keeps them).
const NAME_CHARS: usize = 16;

/// The value axis (tenths of a percent) across the plot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Scale(NiceScale);

impl Scale {
    /// x of a value in tenths of a percent, clamped to the plot.
    fn x(self, tenths: u64) -> f64 {
        PLOT_LEFT + self.0.share(tenths) * (PLOT_RIGHT - PLOT_LEFT)
    }

    /// x of a value in basis points (not rounded to tenths).
    fn x_bp(self, bp: u32) -> f64 {
        let max = self.0.max as f64;
        let share = (f64::from(bp) / 10.0).min(max) / max;
        PLOT_LEFT + share * (PLOT_RIGHT - PLOT_LEFT)
    }
}

/// Everything the picture needs, derived once per change of rows or thresholds.
struct Layout {
    rows: Rc<Vec<ResultRow>>,
    order: Vec<usize>,
    scale: Scale,
    minimum_bp: u32,
    signal_bp: u32,
    /// Height of one bar's row.
    pitch: f64,
}

impl Layout {
    fn new(rows: Rc<Vec<ResultRow>>, minimum_bp: u32, signal_bp: u32, touch: bool) -> Layout {
        let order = chart_order(&rows);
        let largest = largest_percent(&rows);
        Layout {
            scale: Scale(NiceScale::new(largest, signal_bp)),
            rows,
            order,
            minimum_bp,
            signal_bp,
            pitch: if touch { TOUCH_PITCH } else { PITCH },
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
        TOP + self.order.len() as f64 * self.pitch + AXIS
    }
}

/// A layout shared by the bars, compared by identity.
type Shared = ByPtr<Layout>;

/// The allocation percentage per municipality as sorted horizontal bars.
#[component]
pub fn Chart(props: &ChartProps) -> Html {
    let uid = use_state(|| next_uid("evt-chart"));
    let roving = use_roving(props.onselect.clone());
    let touch = *use_state(crate::web::coarse_pointer) && props.tappable;
    let layout = use_memo(
        (props.rows.clone(), props.minimum_bp, props.signal_bp),
        |(rows, minimum_bp, signal_bp)| {
            ByPtr(Rc::new(Layout::new(
                rows.clone(),
                *minimum_bp,
                *signal_bp,
                touch,
            )))
        },
    );
    let description = use_memo(((*layout).clone(), props.lang), |(layout, lang)| {
        let bars: Vec<ChartBar> = layout.0.sorted().map(ChartBar::from).collect();
        chart_description(&bars, layout.0.minimum_bp, layout.0.signal_bp, *lang)
    });

    let lang = props.lang;
    let texts = ChartTexts::get(lang);
    let shared = (*layout).clone();
    let layout = &shared.0;
    let chosen = roving
        .selected
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

    let ticks = scale.0.ticks().map(|tenths| {
        let x = scale.x(tenths);
        let label_at = LabelAt {
            x,
            y: axis_y + 18.0,
            anchor: Some("middle"),
            baseline: None,
        };
        tick(tenths, Seg::vertical(x, TOP, axis_y), label_at, lang)
    });

    // Vertical lines, labelled above the bars: the signal value on the top row, the minimum
    // on the row below, left of its line where it fits. A line starts under its own label,
    // so neither label is crossed by the other line (the signal value is the higher one).
    let threshold = |line: ChartLine, bp: u32, label_y: f64, prefer_left: bool| {
        let x = scale.x_bp(bp);
        let label = chart_line_label(line, bp, lang);
        let width = label.chars().count() as f64 * LABEL_CHAR;
        let fits_right = x + 4.0 + width <= WIDTH;
        let fits_left = x - 4.0 - width >= 0.0;
        let (label_x, anchor) = if (prefer_left && fits_left) || !fits_right {
            (x - 4.0, "end")
        } else {
            (x + 4.0, "start")
        };
        let label_at = LabelAt {
            x: label_x,
            y: label_y,
            anchor: Some(anchor),
            baseline: None,
        };
        threshold(
            line,
            Seg::vertical(x, label_y + 5.0, axis_y),
            label,
            label_at,
        )
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
                onfocusbar={roving.onfocus.clone()}
                onactivate={roving.onactivate.clone()}
                mine={props.mine.as_deref() == Some(row.id.as_str())}
            />
        }
    });

    let class = classes!("chart", props.stale.then_some("chart--stale"));
    html! {
        <div {class}>
            if props.stale {
                { stale_marker("chart-stale-marker", texts.stale_marker) }
            }
            <svg
                class="chart-svg"
                viewBox={format!("0 0 {} {}", num(WIDTH), num(height))}
                role="group"
                aria-labelledby={format!("{}-title", *uid)}
                aria-describedby={format!("{}-desc", *uid)}
            >
                { title_and_desc(&uid, Texts::get(lang).chart_heading.to_string(), (*description).clone()) }
                { status_patterns(&uid, &CHART_PATTERNS) }
                <g class="chart-axis" aria-hidden="true">
                    { for ticks }
                    { Seg::vertical(PLOT_LEFT, TOP, axis_y).html("chart-baseline", None) }
                    { Seg::horizontal(PLOT_LEFT, PLOT_RIGHT, axis_y).html("chart-baseline", None) }
                </g>
                // The lines under the bars: the value labels (with a halo, style/chart.css)
                // are never crossed by them.
                <g class="chart-thresholds" aria-hidden="true">
                    { threshold(ChartLine::Signal, layout.signal_bp, 14.0, false) }
                    { threshold(ChartLine::Minimum, layout.minimum_bp, 32.0, true) }
                </g>
                <g class="chart-bars">{ for bars }</g>
            </svg>
            { details_line(classes!("chart-details"), None, Live::Polite, details) }
            { legend(&uid, lang) }
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
    #[prop_or_default]
    mine: bool,
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
    let pitch = layout.pitch;
    let top = TOP + props.pos as f64 * pitch;
    let middle = top + pitch / 2.0;
    let mark = row.percent_tenths.map(|p| {
        html! {
            <rect
                class="bar-mark"
                x={num(PLOT_LEFT)}
                y={num(top + (pitch - BAR_HEIGHT) / 2.0)}
                width={num(scale.x(p) - PLOT_LEFT)}
                height={num(BAR_HEIGHT)}
                fill={pattern_fill(row.status, &props.uid)}
            />
        }
    });
    let value_x = row
        .percent_tenths
        .map_or(PLOT_LEFT + 4.0, |p| scale.x(p) + 4.0);
    let onfocusin = with_id::<FocusEvent>(&props.onfocusbar, &row.id);
    let onclick = with_id::<MouseEvent>(&props.onactivate, &row.id);
    let onkeydown = {
        let cb = props.onactivate.clone();
        let id = row.id.clone();
        Callback::from(move |e: KeyboardEvent| {
            on_list_key(&e, Arrows::UpDown, Some(&|| cb.emit(id.clone())));
        })
    };
    html! {
        <g
            class={classes!("bar", status_class("bar", row.status), props.mine.then_some("is-mine"))}
            id={format!("bar-{}", row.id)}
            data-id={row.id.clone()}
            tabindex={tab_index(props.tab_stop)}
            role="img"
            aria-label={chart_bar_label(&bar, lang)}
            {onfocusin}
            {onclick}
            {onkeydown}
        >
            <rect class="bar-hit" x="0" y={num(top)} width={num(WIDTH)} height={num(pitch)} />
            <text class="bar-name" x={num(NAME_RIGHT)} y={num(middle)} text-anchor="end" dominant-baseline="central">{ truncate(&row.name, NAME_CHARS) }</text>
            { for mark }
            <text class="bar-value" x={num(value_x)} y={num(middle)} dominant-baseline="central">{ chart_value_label(&bar, lang) }</text>
        </g>
    }
}

/// What the symbols and fills mean, in words.
fn legend(uid: &str, lang: Lang) -> Html {
    // No vacated homes: no bar, so no swatch either.
    let items = LEGEND_ORDER.iter().map(|&status| {
        let with_swatch = status != Status::NoVacancies;
        status_legend_item(&CHART_LEGEND, status, uid, with_swatch, lang)
    });
    html! {
        <ul class="chart-legend" aria-label={ChartTexts::get(lang).legend_label}>
            { for items }
        </ul>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bp_thresholds_are_not_rounded_to_tenths() {
        let scale = Scale(NiceScale::new(0, 2000));
        assert_eq!(num(scale.x(0)).as_str(), "146.0");
        assert_eq!(num(scale.x(250)).as_str(), "312.0");
        assert_eq!(num(scale.x_bp(1505)).as_str(), "245.9");
    }
}
