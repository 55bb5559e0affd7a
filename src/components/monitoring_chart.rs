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

use super::chart_kit::{
    details_line, legend_item, next_uid, num, on_list_key, pattern_fill, status_class,
    status_legend_item, status_patterns, tab_index, threshold, tick, title_and_desc, use_roving,
    Arrows, LabelAt, Live, NiceScale, Seg, CHART_LEGEND, CHART_PATTERNS, LEGEND_ORDER,
};
use crate::i18n::chart::chart_line_label;
use crate::i18n::chart::ChartLine;
use crate::i18n::monitoring::{chart_description, point_label, point_value, MonTexts, PointText};
use crate::view::monitoring::ChartPoint;
use evt_core::monitoring::Period;
use evt_core::numbers::Lang;
use std::rc::Rc;
use yew::prelude::*;

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

/// The realised percentage per half-year of one series.
#[component]
pub fn MonitoringChart(props: &MonitoringChartProps) -> Html {
    let uid = use_state(|| next_uid("mon-chart"));
    let roving = use_roving(Callback::<Period>::noop());
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
    let scale = NiceScale::new(largest, props.signal_bp);
    let y = |tenths: u64| -> f64 { base_y - scale.share(tenths) * PLOT_HEIGHT };
    let y_bp = |bp: u32| -> f64 { y(u64::from(bp).div_ceil(10)) };

    let chosen = roving
        .selected
        .as_ref()
        .and_then(|p| points.iter().position(|q| q.period == *p));
    let tab_stop = chosen.unwrap_or(0);
    let details = chosen
        .and_then(|i| texts.get(i))
        .map(|p| point_label(p, lang))
        .unwrap_or_else(|| t.chart_hint.to_string());

    let ticks = scale.ticks().map(|tenths| {
        let ty = y(tenths);
        let label_at = LabelAt {
            x: LEFT - 6.0,
            y: ty,
            anchor: Some("end"),
            baseline: Some("central"),
        };
        tick(
            tenths,
            Seg::horizontal(LEFT, width - RIGHT + 2.0, ty),
            label_at,
            lang,
        )
    });
    // Labels right of the plot, at their line; two lines close together push the labels
    // apart.
    let (min_y, sig_y) = (y_bp(props.minimum_bp), y_bp(props.signal_bp));
    let spread = (16.0 - (min_y - sig_y)).max(0.0) / 2.0;
    let threshold = |line: ChartLine, bp: u32, label_y: f64| {
        let label_at = LabelAt {
            x: width - RIGHT + 6.0,
            y: label_y,
            anchor: None,
            baseline: Some("central"),
        };
        let at = Seg::horizontal(LEFT, width - RIGHT + 2.0, y_bp(bp));
        threshold(line, at, chart_line_label(line, bp, lang), label_at)
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
        let onfocusin = roving.onfocus.reform(move |_: FocusEvent| period);
        let onclick = roving.onactivate.reform(move |_: MouseEvent| period);
        // No action on Enter: the details line already shows the focused column.
        let onkeydown = Callback::from(|e: KeyboardEvent| on_list_key(&e, Arrows::Both, None));
        let class = classes!(
            "bar",
            "mon-bar",
            if p.figures.is_some() { status_class("bar", p.status) } else { "mon-bar--gap".to_string() },
            p.consecutive.then_some("mon-bar--agenda")
        );
        html! {
            <g {class} key={period.to_string()} id={format!("mon-bar-{period}")}
                tabindex={tab_index(i == tab_stop)} role="img" aria-label={label}
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
                role="group" aria-labelledby={format!("{}-title", *uid)} aria-describedby={format!("{}-desc", *uid)}>
                { title_and_desc(&uid, format!("{} — {}", t.chart_heading, series), chart_description(series, &texts, props.signal_bp, lang)) }
                { status_patterns(&uid, &CHART_PATTERNS) }
                <g class="chart-axis" aria-hidden="true">
                    { for ticks }
                    { Seg::horizontal(LEFT, width - RIGHT + 2.0, base_y).html("chart-baseline", None) }
                </g>
                <g class="chart-bars mon-bars">{ for columns }</g>
                <g class="chart-thresholds" aria-hidden="true">
                    { threshold(ChartLine::Minimum, props.minimum_bp, min_y + spread) }
                    { threshold(ChartLine::Signal, props.signal_bp, sig_y - spread) }
                </g>
            </svg>
            { details_line(classes!("chart-details"), Some("mon-chart-details"), Live::Polite, details) }
            { legend(&uid, lang) }
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

/// What the fills and symbols mean, in words.
fn legend(uid: &str, lang: Lang) -> Html {
    let t = MonTexts::get(lang);
    // Every half-year has vacated homes or is a gap: no "no vacated homes" item.
    let items = LEGEND_ORDER[..3]
        .iter()
        .map(|&status| status_legend_item(&CHART_LEGEND, status, uid, true, lang));
    html! {
        <ul class="chart-legend" aria-label={t.legend_label}>
            { for items }
            { legend_item(&CHART_LEGEND, None, None, "▲▲", t.agenda_flag) }
            { legend_item(&CHART_LEGEND, None, None, "–", t.legend_gap) }
        </ul>
    }
}
