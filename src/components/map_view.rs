//! `<MapView>`: the map view: the answer, the region's map coloured by status, the figures
//! of a tapped tile, and the same figures as a table.

use crate::components::chart_table::ChartTable;
use crate::components::later::Later;
use crate::components::map::Map;
use crate::components::map_card::MapCard;
use crate::components::summary::Summary;
use crate::components::EditorCtx;
use crate::i18n::page::page_texts;
use crate::view::ResultRow;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MapViewProps {
    /// The result rows of the last valid scenario.
    pub rows: Rc<Vec<ResultRow>>,
    /// "Mijn gemeente", and what picks it.
    pub mine: Option<AttrValue>,
    pub onmine: Callback<Option<AttrValue>>,
    /// The validation problems of the current input, as sentences (shown when nothing
    /// computed yet).
    pub problems: Option<Vec<String>>,
}

#[component]
pub fn MapView(props: &MapViewProps) -> Html {
    let Some(editor) = use_context::<EditorCtx>() else {
        return html! {};
    };
    let MapViewProps {
        rows,
        mine,
        onmine,
        problems,
    } = props;
    let lang = editor.lang;
    let stale = !editor.is_current();
    // Activating a map tile shows that municipality's figures on the map.
    let pick = use_state(|| None::<AttrValue>);
    let on_select = {
        let pick = pick.clone();
        Callback::from(move |id: String| {
            pick.set(Some(id.into()));
            // In view (on a phone it is under the map); focus stays on the tile, whose
            // figures the details line announces.
            #[cfg(target_arch = "wasm32")]
            gloo::timers::callback::Timeout::new(0, || crate::web::reveal("map-card")).forget();
        })
    };
    let on_card_close = {
        let pick = pick.clone();
        Callback::from(move |()| {
            // Back to the tile the card was about (the button that had focus is gone).
            if let Some(id) = (*pick).clone() {
                crate::web::focus(&format!("map-tile-{id}"));
            }
            pick.set(None)
        })
    };
    html! {
        <main id="main" class="layout-single" tabindex="-1">
            if let Some(c) = editor.last_valid.clone() {
                <Summary computed={c.clone()} {lang} {stale} mine={mine.clone()} onmine={onmine.clone()} />
                <section class="panel map-panel" id="map-panel" aria-labelledby="map-heading" data-ready="true">
                    <h2 id="map-heading">{ page_texts(lang).map_heading }</h2>
                    <Later>
                    <Map rows={rows.clone()} {lang} minimum_bp={c.scenario.params.minimum_bp}
                        signal_bp={c.scenario.params.signal_bp} {stale} onselect={on_select}
                        mine={mine.clone()} />
                    </Later>
                    if let Some(id) = (*pick).clone() {
                        <MapCard rows={rows.clone()} {id} {lang} onclose={on_card_close} />
                    }
                    <Later><ChartTable id="map-table" rows={rows.clone()} {lang} /></Later>
                </section>
            } else {
                <div class="problems" role="alert" data-ready="true">
                    <ul>{ for problems.clone().unwrap_or_default().into_iter().map(|p| html! { <li>{ p }</li> }) }</ul>
                </div>
            }
        </main>
    }
}
