//! The monitoring view's tables: the results of one half-year ([`ResultsTable`]), the
//! chart's table twin ([`SeriesTable`]) and the overview of all half-years.

use crate::i18n::monitoring::{
    agenda_short, ahead, ahead_word, column_label, ordinal_text, MonTexts,
};
use crate::i18n::{status_label, status_symbol};
use crate::view::monitoring::{ChartPoint, MonModel, ResultLine};
use crate::view::percent_tenths;
use evt_core::codec::monitoring::MonColumn;
use evt_core::methods::Status;
use evt_core::numbers::{format_count, format_percent_or_dash, format_percent_tenths, Lang};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub(super) struct ResultsTableProps {
    pub(super) rows: Rc<Vec<ResultLine>>,
    pub(super) region: ResultLine,
    pub(super) caption: String,
    pub(super) lang: Lang,
}

#[component]
pub(super) fn ResultsTable(props: &ResultsTableProps) -> Html {
    let lang = props.lang;
    let t = MonTexts::get(lang);
    let none = t.no_figures;
    // Status in words and a symbol; above the signal value also which half-year in a row,
    // and from the second on the agenda flag (afspraak 3 and 4c).
    let status_cell = |r: &ResultLine| match r.status {
        Some(st) => html! {
            <td class={classes!("status", "mon-status", format!("status-{}", st.code()))}>
                <span class="status-symbol" aria-hidden="true">{ status_symbol(st) }</span>{ " " }{ status_label(st, lang) }
                if st == Status::AboveSignal && r.run > 0 {
                    <span class="mon-run">{ format!(" ({})", ordinal_text(r.run, lang)) }</span>
                }
                if r.consecutive {
                    { " " }<strong class="mon-flag-agenda">{ format!("▲▲ {}", t.agenda_flag) }</strong>
                }
            </td>
        },
        None => html! { <td></td> },
    };
    let ahead_cell = |a: Option<i64>| match a {
        Some(a) => html! {
            <td class={classes!("num", "mon-ahead", (a < 0).then_some("mon-ahead--behind"))}>
                { format!("{} {}", ahead(a, lang), ahead_word(a, lang)) }
            </td>
        },
        None => html! { <td class="num"></td> },
    };
    let rows = props.rows.iter().map(|r| {
        let has = r.status.is_some();
        html! {
            <tr key={r.id.clone()} data-id={r.id.clone()} class={classes!(r.consecutive.then_some("mon-row--agenda"))}>
                <th scope="row">{ r.name.clone() }</th>
                if has {
                    <td class="num">{ r.housed.clone() }</td>
                    <td class="num">{ r.allocations.clone() }</td>
                    <td class="num mon-percent">{ if r.percent.is_empty() { "–".to_string() } else { r.percent.clone() } }</td>
                } else {
                    <td class="mon-none" colspan="3">{ none }</td>
                }
                { status_cell(r) }
                <td class="num">{ if r.suitable.is_empty() { "–".to_string() } else { r.suitable.clone() } }</td>
                <td class="num">{ r.cumulative.clone() }</td>
                <td class="num">{ r.horizon.clone() }</td>
                { ahead_cell(r.ahead) }
            </tr>
        }
    });
    let region = &props.region;
    html! {
        <div class="table-scroll" role="region" aria-labelledby="mon-results-caption" tabindex="0">
            <table class="mon-results-table" id="mon-results-table">
                <caption id="mon-results-caption">{ props.caption.clone() }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ t.col_name }</th>
                        <th scope="col">{ column_label(MonColumn::Housed, lang) }</th>
                        <th scope="col">{ column_label(MonColumn::Allocations, lang) }</th>
                        <th scope="col">{ t.col_percent }</th>
                        <th scope="col">{ t.col_status }</th>
                        <th scope="col">{ t.col_suitable }</th>
                        <th scope="col">{ t.col_cumulative }</th>
                        <th scope="col">{ t.col_horizon }</th>
                        <th scope="col">{ t.col_ahead }</th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
                <tfoot>
                    <tr id="mon-results-total">
                        <th scope="row">{ region.name.clone() }</th>
                        <td class="num">{ region.housed.clone() }</td>
                        <td class="num">{ region.allocations.clone() }</td>
                        <td class="num">{ region.percent.clone() }</td>
                        { status_cell(region) }
                        <td class="num">{ region.suitable.clone() }</td>
                        <td class="num">{ region.cumulative.clone() }</td>
                        <td class="num">{ region.horizon.clone() }</td>
                        <td></td>
                    </tr>
                </tfoot>
            </table>
        </div>
    }
}

// ---------------------------------------------------------------------------------------------
// The chart's table twin and the overview of all half-years
// ---------------------------------------------------------------------------------------------

#[derive(Properties, PartialEq)]
pub(super) struct SeriesTableProps {
    pub(super) points: Rc<Vec<ChartPoint>>,
    pub(super) series: AttrValue,
    pub(super) lang: Lang,
}

/// The chart as a table: the same points, in the same order.
#[component]
pub(super) fn SeriesTable(props: &SeriesTableProps) -> Html {
    let lang = props.lang;
    let t = MonTexts::get(lang);
    let rows = props.points.iter().map(|p| {
        let (housed, allocations) = p
            .figures
            .map(|(h, a)| (format_count(h, lang), format_count(a, lang)))
            .unwrap_or_default();
        html! {
            <tr key={p.period.to_string()}>
                <th scope="row">{ p.period.to_string() }</th>
                if p.figures.is_some() {
                    <td class="num">{ housed }</td>
                    <td class="num">{ allocations }</td>
                    <td class="num">{ format_percent_or_dash(p.percent_tenths, lang) }</td>
                    <td class="status">
                        <span class="status-symbol" aria-hidden="true">{ status_symbol(p.status) }</span>{ " " }{ status_label(p.status, lang) }
                        if p.consecutive {
                            { " — " }<strong class="mon-flag-agenda">{ t.agenda_flag }</strong>
                        }
                    </td>
                } else {
                    <td class="mon-none" colspan="4">{ t.no_figures }</td>
                }
            </tr>
        }
    });
    html! {
        <div class="table-scroll" role="region" aria-labelledby="mon-chart-table-caption" tabindex="0">
            <table class="mon-chart-table" id="mon-chart-table">
                <caption id="mon-chart-table-caption">{ format!("{} — {}", t.chart_heading, props.series) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ t.col_period }</th>
                        <th scope="col">{ column_label(MonColumn::Housed, lang) }</th>
                        <th scope="col">{ column_label(MonColumn::Allocations, lang) }</th>
                        <th scope="col">{ t.col_percent }</th>
                        <th scope="col">{ t.col_status }</th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}

/// Per municipality and half-year: the percentage, ▲ above the signal value, ▲▲ and
/// "agendapunt" for the second in a row.
pub(super) fn overview_table(model: &MonModel, lang: Lang) -> Html {
    let t = MonTexts::get(lang);
    let periods = &model.result.periods;
    let rows = model.municipalities.iter().map(|(id, name)| {
        let cells = periods.iter().map(|&p| match model.result_of(id, p) {
            None => html! { <td class="mon-none">{ "–" }</td> },
            Some(r) => {
                let pct = r
                    .percent
                    .map(|x| format_percent_tenths(percent_tenths(x), lang))
                    .unwrap_or_else(|| "–".into());
                let (symbol, hidden) = match (r.status, r.consecutive_above) {
                    (Status::AboveSignal, true) => ("▲▲", Some(t.agenda_flag)),
                    (Status::AboveSignal, false) => ("▲", Some(t.above_flag)),
                    (Status::BelowMinimum, _) => ("▼", Some(status_label(Status::BelowMinimum, lang))),
                    _ => ("", None),
                };
                html! {
                    <td class={classes!("num", format!("status-{}", r.status.code()), r.consecutive_above.then_some("mon-cell--agenda"))}>
                        { pct }
                        if !symbol.is_empty() {
                            { " " }<span aria-hidden="true">{ symbol }</span>
                        }
                        if r.consecutive_above {
                            { " " }<span class="mon-flag-agenda mon-flag-short">{ agenda_short(lang) }</span>
                        } else if let Some(h) = hidden {
                            <span class="visually-hidden">{ format!(" ({h})") }</span>
                        }
                    </td>
                }
            }
        });
        html! {
            <tr key={id.clone()} data-id={id.clone()}>
                <th scope="row">{ name.clone() }</th>
                { for cells }
            </tr>
        }
    });
    html! {
        <section class="panel mon-overview" aria-labelledby="mon-overview-heading">
            <h2 id="mon-overview-heading">{ t.overview_heading }</h2>
            <div class="table-scroll" role="region" aria-labelledby="mon-overview-caption" tabindex="0">
                <table class="mon-overview-table" id="mon-overview-table">
                    <caption id="mon-overview-caption">{ t.overview_caption }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t.col_name }</th>
                            { for periods.iter().map(|p| html! { <th scope="col">{ p.to_string() }</th> }) }
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </section>
    }
}
