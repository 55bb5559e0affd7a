//! The figures of a tapped map tile, shown on the map (the map keeps you on the map): name,
//! urgents per year, percentage, status and how the number came about.
use crate::i18n::explain::explain_target;
use crate::i18n::layout::layout_texts;
use crate::i18n::{status_label, status_symbol, Texts};
use crate::view::map::tapped;
use crate::view::ResultRow;
use evt_core::numbers::{format_count, format_percent_or_dash, Lang};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MapCardProps {
    pub rows: Rc<Vec<ResultRow>>,
    pub id: AttrValue,
    pub lang: Lang,
    pub onclose: Callback<()>,
}

#[component]
pub fn MapCard(props: &MapCardProps) -> Html {
    let Some(r) = tapped(&props.rows, &props.id) else {
        return html! {};
    };
    let (lang, t, lt) = (props.lang, Texts::get(props.lang), layout_texts(props.lang));
    let onclick = props.onclose.reform(|_: MouseEvent| ());
    html! {
        <section class="map-card" id="map-card" aria-labelledby="map-card-heading" tabindex="-1">
            <h3 id="map-card-heading">{ r.name.clone() }</h3>
            <dl class="map-card-figures">
                <div><dt>{ t.col_target }</dt><dd id="map-card-target">{ format_count(r.target, lang) }</dd></div>
                <div><dt>{ t.col_percent }</dt><dd id="map-card-pct">{ format_percent_or_dash(r.percent_tenths, lang) }</dd></div>
                <div><dt>{ t.col_status }</dt>
                    <dd id="map-card-status" class={classes!("status", format!("status-{}", r.status.code()))}>
                        <span class="status-symbol" aria-hidden="true">{ status_symbol(r.status) }</span>
                        { " " }{ status_label(r.status, lang) }
                    </dd></div>
            </dl>
            <p class="map-card-explain">{ explain_target(r, lang) }</p>
            <button type="button" class="btn btn-quiet" id="map-card-close" {onclick}>{ lt.map_card_close }</button>
        </section>
    }
}
