//! One public component per file, named after the file (DESIGN rule 5).

pub mod calculator;
pub mod chart;
pub mod chart_kit;
pub mod chart_table;
pub mod compare;
pub mod compare_view;
pub mod data_tools;
pub mod explain;
#[cfg(evt_explanation)]
pub mod explanation;
pub mod growth_chart;
pub mod growth_takes;
pub mod growth_view;
pub mod input_table;
pub mod later;
pub mod map;
pub mod map_card;
pub mod map_view;
pub mod monitoring_chart;
#[cfg(evt_full)]
pub mod monitoring_view;
pub mod number_field;
pub mod on_demand;
pub mod params;
pub mod paste_box;
pub mod print_report;
pub mod region_builder;
pub mod results_table;
pub mod saved;
pub mod share;
pub mod summary;
pub mod view_nav;
pub mod what_if;

/// The editor, shared through a context so components dispatch typed actions.
pub type EditorCtx = yew::UseReducerHandle<crate::state::Editor>;

/// Whether a `<details>` is open, and the `ontoggle` that keeps it so: for contents built
/// only once opened.
#[yew::hook]
pub fn use_details_open() -> (bool, yew::Callback<yew::Event>) {
    let open = yew::use_state(|| false);
    let ontoggle = {
        let open = open.clone();
        yew::Callback::from(move |e: yew::Event| {
            if let Some(o) = crate::web::details_open(&e) {
                open.set(o);
            }
        })
    };
    (*open, ontoggle)
}
