//! The chart's text twin: the same rows as the bar chart, in its order, as a small table.

use crate::i18n::Texts;
use evt_core::numbers::Lang;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChartTableProps {
    pub id: AttrValue,
    pub rows: Rc<Vec<crate::view::ResultRow>>,
    pub lang: Lang,
}

/// The chart's text twin: the same rows and order, as a small table.
#[component]
pub fn ChartTable(props: &ChartTableProps) -> Html {
    use crate::i18n::{status_label, status_symbol};
    use evt_core::numbers::{format_count, format_percent_or_dash};
    let t = Texts::get(props.lang);
    let lt = crate::i18n::layout::layout_texts(props.lang);
    let lang = props.lang;
    let all = &props.rows;
    let rows: Vec<&crate::view::ResultRow> = evt_core::sort::stable_order(all.len(), &|a, b| {
        let (a, b) = (&all[a], &all[b]);
        b.percent_tenths
            .cmp(&a.percent_tenths)
            .then_with(|| a.name.cmp(&b.name))
    })
    .into_iter()
    .map(|i| &all[i])
    .collect();
    html! {
        <div class="results-wrap">
        <div class="table-scroll" role="region" aria-labelledby={format!("{}-caption", props.id)} tabindex="0">
            <table id={props.id.clone()} class="results-table">
                <caption id={format!("{}-caption", props.id)}>{ t.chart_heading }</caption>
                <thead><tr>
                    <th scope="col">{ t.col_name }</th>
                    <th scope="col">
                        <span class="label-long">{ t.col_percent }</span>
                        <span class="label-short" aria-hidden="true">{ lt.col_percent_short }</span>
                    </th>
                    <th scope="col">{ t.col_status }</th>
                    <th scope="col">
                        <span class="label-long">{ t.col_target }</span>
                        <span class="label-short" aria-hidden="true">{ lt.col_target_short }</span>
                    </th>
                </tr></thead>
                <tbody>
                    { for rows.iter().map(|r| html! {
                        <tr key={r.id.clone()} data-id={r.id.clone()}>
                            <th scope="row">{ r.name.clone() }</th>
                            <td class="num">{ format_percent_or_dash(r.percent_tenths, lang) }</td>
                            <td class="status"><span class="status-symbol" aria-hidden="true">{ status_symbol(r.status) }</span>{ " " }<span class="label-long">{ status_label(r.status, lang) }</span><span class="label-short" aria-hidden="true">{ crate::i18n::layout::status_short(r.status, lang) }</span></td>
                            <td class="num">{ format_count(r.target, lang) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
        </div>
    }
}
