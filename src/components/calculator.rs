//! `<Calculator>`: the calculator view: the answer (summary, results, chart), the
//! assumptions, the input table with its tools, and the region builder.

use crate::components::chart::Chart;
use crate::components::chart_table::ChartTable;
use crate::components::data_tools::{clipboard_text, DataTools};
use crate::components::input_table::InputTable;
use crate::components::later::Later;
#[cfg(not(evt_full))]
use crate::components::on_demand::OnDemandPanel;
use crate::components::params::Params;
#[cfg(evt_full)]
use crate::components::region_builder::RegionBuilder;
use crate::components::results_table::ResultsTable;
use crate::components::summary::Summary;
use crate::components::what_if::WhatIf;
use crate::components::EditorCtx;
use crate::i18n::page::page_texts;
use crate::i18n::Texts;
use crate::state::Action;
use crate::view::ResultRow;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CalculatorProps {
    /// The result rows of the last valid scenario.
    pub rows: Rc<Vec<ResultRow>>,
    /// The public mode (`e=1`): the answer only, nothing to edit.
    pub embed: bool,
    /// "Mijn gemeente", and what picks it.
    pub mine: Option<AttrValue>,
    pub onmine: Callback<Option<AttrValue>>,
    /// The validation problems of the current input, as sentences.
    pub problems: Option<Vec<String>>,
    /// The line the live region announces ("Almelo verwijderd").
    pub notice: Option<String>,
    /// Kept by the app, so they survive a visit to another view.
    pub show_optional: UseStateHandle<bool>,
    pub chart_as_table: UseStateHandle<bool>,
    /// A block pasted onto the input table, waiting in the paste preview.
    pub pasted: UseStateHandle<Option<AttrValue>>,
    /// Writes the link and autosaves at once (before the full module takes over).
    pub flush: Callback<()>,
}

#[component]
pub fn Calculator(props: &CalculatorProps) -> Html {
    let Some(editor) = use_context::<EditorCtx>() else {
        return html! {};
    };
    let CalculatorProps {
        rows,
        embed,
        mine,
        onmine,
        problems,
        notice,
        show_optional,
        chart_as_table,
        pasted,
        flush,
    } = props;
    let embed = *embed;
    let lang = editor.lang;
    let t = Texts::get(lang);
    let stale = !editor.is_current();
    let simple = |action: Action| {
        let editor = editor.clone();
        Callback::from(move |_: MouseEvent| editor.dispatch(action.clone()))
    };
    let toggle = |state: &UseStateHandle<bool>| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.set(!*state))
    };
    // Activating a bar opens that municipality's "Hoe berekend?" in the results table.
    let on_select_bar = use_callback((), |id: String, _| {
        crate::web::open_details(&format!("explain-{id}"))
    });
    // A block pasted onto the input table goes to the paste preview (never applied at once).
    let on_table_paste = {
        let pasted = pasted.clone();
        Callback::from(move |e: Event| {
            if let Some(text) = clipboard_text(&e) {
                if text.contains('\n') || text.contains('\t') {
                    e.prevent_default();
                    pasted.set(Some(text.into()));
                }
            }
        })
    };
    let on_pasted_consumed = {
        let pasted = pasted.clone();
        Callback::from(move |_| pasted.set(None))
    };
    let pt = page_texts(lang);
    #[cfg(evt_full)]
    let region_panel = html! {
        <details class="panel region-panel" id="region-panel">
            <summary>{ pt.region_heading }</summary>
            <RegionBuilder />
        </details>
    };
    #[cfg(not(evt_full))]
    let region_panel = html! {
        <OnDemandPanel {lang} flush={flush.clone()} id="region-panel" class={classes!("panel", "region-panel")} summary={pt.region_heading} />
    };
    html! {
        <main id="main" class="layout calc" tabindex="-1">
            if let Some(c) = editor.last_valid.clone() {
                <Summary computed={c.clone()} {lang} {stale} mine={mine.clone()} onmine={onmine.clone()} />
            }
            <Params read_only={embed} />
            if let Some(c) = editor.last_valid.clone() {
                // The public mode shows the chart (or its table) only.
                if !embed {
                <section class="panel results" id="results" aria-labelledby="results-heading"
                    data-ready="true" tabindex="-1">
                    <h2 id="results-heading">{ t.results_heading }</h2>
                    <Later>
                    <ResultsTable rows={rows.clone()} totals={c.outcome.totals.clone()} {lang}
                        outcome={crate::view::region_outcome(&c)} region={c.scenario.region_name.clone()}
                        minimum_bp={c.scenario.params.minimum_bp} signal_bp={c.scenario.params.signal_bp} {stale}
                        mine={mine.clone()} />
                    </Later>
                </section>
                }
                <section class="panel chart-panel" id="chart-panel" aria-labelledby="chart-heading"
                    data-ready={embed.then_some("true")}>
                    <div class="panel-head">
                        <h2 id="chart-heading">{ t.chart_heading }</h2>
                        <button type="button" class="btn btn-quiet" id="chart-toggle"
                            aria-controls="chart-view" onclick={toggle(chart_as_table)}>
                            { if **chart_as_table { t.show_chart } else { t.show_table } }
                        </button>
                    </div>
                    <div id="chart-view"><Later>
                        if **chart_as_table {
                            <ChartTable id="chart-table" rows={rows.clone()} {lang} />
                        } else {
                            <div id="chart">
                            <Chart rows={rows.clone()} {lang} minimum_bp={c.scenario.params.minimum_bp}
                                signal_bp={c.scenario.params.signal_bp} {stale} onselect={on_select_bar.clone()}
                                mine={mine.clone()} tappable={!embed} />
                            </div>
                        }
                    </Later></div>
                </section>
            }
            if !embed {
            <section class="panel inputs" aria-labelledby="inputs-heading">
                <h2 id="inputs-heading">{ t.inputs_heading }</h2>
                <div class="toolbar" role="toolbar" aria-label={t.inputs_heading}>
                    <button type="button" class="btn" id="undo" onclick={simple(Action::Undo)}
                        disabled={editor.undo.is_empty()} aria-keyshortcuts="Control+Z">{ t.undo }</button>
                    <button type="button" class="btn" id="redo" onclick={simple(Action::Redo)}
                        disabled={editor.redo.is_empty()} aria-keyshortcuts="Control+Shift+Z">{ t.redo }</button>
                    <button type="button" class="btn" id="add" onclick={simple(Action::AddMunicipality)}>{ t.add_municipality }</button>
                    <button type="button" class="btn" id="toggle-optional" onclick={toggle(show_optional)}
                        aria-pressed={if **show_optional { "true" } else { "false" }}>
                        { if **show_optional { t.hide_optional } else { t.show_optional } }
                    </button>
                    <button type="button" class="btn btn-quiet" id="reset" onclick={simple(Action::Reset)}>{ t.reset }</button>
                </div>
                <p class="notice" role="status" id="notice">{ notice.clone().unwrap_or_default() }</p>
                if let Some(list) = problems.clone() {
                    <div class="problems" role="alert" id="problems">
                        <ul>{ for list.into_iter().map(|p| html! { <li>{ p }</li> }) }</ul>
                    </div>
                }
                <WhatIf />
                <div onpaste={on_table_paste}>
                    <Later><InputTable show_optional={**show_optional} rows={rows.clone()} {stale} /></Later>
                </div>
            </section>
            <div class="col-full">
                <Later><DataTools pasted={(**pasted).clone()} onpastedconsumed={on_pasted_consumed} flush={flush.clone()} /></Later>
            </div>
            <div class="col-region">{ region_panel }</div>
            }
        </main>
    }
}
