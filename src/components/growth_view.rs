//! The growth-path view ("ingroeipad", afspraak 2; SPEC "Growth path"): settings (years,
//! start distribution, horizon, growth of urgents), extra vacancies per municipality (path a),
//! and the results: a per-municipality table for one chosen year with, per municipality, the
//! first year from which it stays within the signal value, and small multiples of every
//! municipality's percentage over the years with their table twin ([`GrowthChart`]).
//!
//! Why one year at a time: 342 municipalities × 31 years are 10 600 cells; rendering them on
//! every keystroke would blow the 16 ms edit budget and no one reads them at once. The table
//! shows the chosen year (default: the horizon) next to the path-a inputs, so an alderman
//! types extra homes and sees the effect in the same row; every year of every municipality
//! stays available in the chart's table twin ("Toon als tabel"), rendered only on request
//! (for a large region, like the table, 50 municipalities at a time).
//!
//! Large regions (more than [`crate::view::growth::PAGE`] municipalities, e.g. all 342 of the Netherlands): table
//! and chart show 50 municipalities at a time, with a name search and previous/next buttons,
//! so one edit re-renders at most 50 rows and 50 small charts (each its own component that
//! skips rendering when its figures did not change) and stays within the 16 ms budget.
//! Summary, region totals and the years ahead always cover every municipality.
//!
//! The path is computed once per change of the scenario (`use_memo`) from the current
//! scenario, or — while the input has validation errors — from the last valid one, marked as
//! out of date.

use super::growth_chart::GrowthChart;
use super::growth_takes::GrowthTakes;
use super::number_field::{cell_error, edit_callbacks, param_field, NumberCell};
use super::EditorCtx;
use crate::i18n::growth::{
    growth_summary, growth_texts, growth_unavailable, horizon_help, horizon_label, page_status,
    standing_text, start_help, start_label, year_option,
};
use crate::i18n::{status_label, status_symbol, Texts};
use crate::state::{Action, Editor, Key};
use crate::view::growth::{compute_model, growth_input, matching, GrowthModel, GrowthSeries, PAGE};
use evt_core::growth::{Horizon, Start};
use evt_core::methods::ComputeError;
use evt_core::numbers::format_percent_or_dash;
use evt_core::numbers::{format_count, Lang};
use evt_core::scenario::GrowthSettings;
use evt_core::validate::{Field, Param};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The growth-path view: settings, path-a inputs, results table, chart.
#[component]
pub fn GrowthView() -> Html {
    let editor = use_context::<EditorCtx>();
    let year_choice = use_state(|| None::<u32>);
    let query = use_state(String::new);
    let page = use_state(|| 0usize);
    // The scenario the path is computed from: the current one unless it is invalid.
    let invalid = editor
        .as_ref()
        .is_some_and(|e| matches!(e.problem, Some(ComputeError::Invalid(_))));
    let input = editor.as_ref().and_then(|e| {
        if invalid {
            e.last_valid.as_ref().map(|c| growth_input(&c.scenario))
        } else {
            Some(growth_input(e.scenario()))
        }
    });
    let model = use_memo(input, |input| input.as_ref().map(compute_model));
    let on_year = {
        let year_choice = year_choice.clone();
        use_callback((), move |e: Event, _| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            year_choice.set(select.value().parse::<u32>().ok());
        })
    };
    let on_query = {
        let (query, page) = (query.clone(), page.clone());
        use_callback((), move |e: InputEvent, _| {
            let input: HtmlInputElement = e.target_unchecked_into();
            query.set(input.value());
            page.set(0);
        })
    };
    let on_page = {
        let page = page.clone();
        use_callback((), move |to: usize, _| page.set(to))
    };
    let Some(editor) = editor else {
        return html! {};
    };
    let lang = editor.lang;
    let g = growth_texts(lang);
    let t = Texts::get(lang);
    let stale = invalid || !editor.parse_errors.is_empty();

    let results = match model.as_ref() {
        None => html! { <p class="growth-problem" role="status">{ g.no_path }</p> },
        Some(Err(u)) => html! {
            <p class="growth-problem" id="growth-problem" role="status">{ growth_unavailable(*u, lang) }</p>
        },
        Some(Ok(m)) => {
            let year = year_choice.unwrap_or(m.years).min(m.years);
            let found = matching(m, &query);
            let pages = found.len().div_ceil(PAGE).max(1);
            let current = (*page).min(pages - 1);
            let visible: Rc<Vec<usize>> = Rc::new(
                found
                    .iter()
                    .skip(current * PAGE)
                    .take(PAGE)
                    .copied()
                    .collect(),
            );
            let pager = (m.series.len() > PAGE).then(|| {
                let status = page_status(
                    current * PAGE + usize::from(!visible.is_empty()),
                    current * PAGE + visible.len(),
                    found.len(),
                    &query,
                    lang,
                );
                let go = |to: usize| {
                    let on_page = on_page.clone();
                    Callback::from(move |_: MouseEvent| on_page.emit(to))
                };
                html! {
                    <div class="growth-pager" role="group" aria-label={g.pager_label}>
                        <div class="growth-filter">
                            <label for="growth-filter">{ g.filter_label }</label>
                            <input id="growth-filter" type="text" autocomplete="off" spellcheck="false"
                                value={(*query).clone()} oninput={on_query.clone()}
                                aria-describedby="growth-filter-help growth-page-status" />
                            <p id="growth-filter-help" class="help">{ g.filter_help }</p>
                        </div>
                        <p id="growth-page-status" class="growth-page-status" role="status">{ status }</p>
                        <div class="growth-page-buttons">
                            <button type="button" class="btn btn-quiet" id="growth-page-prev"
                                disabled={current == 0} onclick={go(current.saturating_sub(1))}
                                aria-controls="growth-table growth-chart-view">{ g.previous_page }</button>
                            <button type="button" class="btn btn-quiet" id="growth-page-next"
                                disabled={current + 1 >= pages} onclick={go(current + 1)}
                                aria-controls="growth-table growth-chart-view">{ g.next_page }</button>
                        </div>
                    </div>
                }
            });
            html! {
                <>
                    <p id="growth-summary" class={classes!("growth-summary", stale.then_some("is-stale"))}
                        aria-live="polite">{ growth_summary(&m.summary_figures(), lang) }</p>
                    if stale {
                        <p class="stale-notice" id="growth-stale">{ t.stale_notice }</p>
                    }
                    <GrowthTakes model={m.clone()} {lang} {stale} />
                    <div class="growth-year-picker">
                        <label for="growth-year">{ g.year_label }</label>
                        <select id="growth-year" key={m.years.to_string()} onchange={on_year.clone()}
                            aria-describedby="growth-year-help">
                            { for (0..=m.years).map(|y| html! {
                                <option value={y.to_string()} selected={y == year}>{ year_option(y, m.years, lang) }</option>
                            }) }
                        </select>
                        <p id="growth-year-help" class="help">{ g.year_help }</p>
                    </div>
                    { for pager }
                    <YearTable model={m.clone()} visible={visible.clone()} {year} {lang} />
                    <GrowthChart model={m.clone()} {visible} {lang} {stale} />
                </>
            }
        }
    };

    html! {
        <section class="panel growth" id="growth" aria-labelledby="growth-heading">
            <h2 id="growth-heading">{ g.heading }</h2>
            <p class="growth-intro">{ g.intro }</p>
            <div class="growth-paths">
                <h3>{ g.paths_heading }</h3>
                <p><strong>{ g.path_a_title }</strong>{ " " }{ g.path_a }</p>
                <p><strong>{ g.path_b_title }</strong>{ " " }{ g.path_b }</p>
            </div>
            <Settings />
            <section class="growth-results" id="growth-results" aria-labelledby="growth-results-heading">
                <h3 id="growth-results-heading">{ g.results_heading }</h3>
                { results }
            </section>
        </section>
    }
}

/// Years, growth of urgents, start and horizon.
#[component]
fn Settings() -> Html {
    let Some(editor) = use_context::<EditorCtx>() else {
        return html! {};
    };
    let lang = editor.lang;
    let g = growth_texts(lang);
    let s = editor.scenario();
    let field = |param: Param, label: &'static str, help: &'static str| {
        let id = format!("growth-{}", param.code().trim_start_matches("growth-"));
        let bench = (param == Param::UrgentsGrowth).then_some("urgents-growth");
        param_field(&editor, param, id, label, help, bench)
    };
    let settings = s.growth;
    let start = s.growth_start();
    let starts = [Start::Origin, Start::Realised, Start::EqualPercentage].map(|option| {
        let code = match option {
            Start::Origin => "origin",
            Start::Realised => "realised",
            Start::EqualPercentage => "equal",
        };
        let available = match option {
            Start::Origin => s.is_given(Field::Origin),
            Start::Realised => s.is_given(Field::Realised),
            Start::EqualPercentage => true,
        };
        let id = format!("growth-start-{code}");
        let onchange = {
            let dispatch = editor.dispatcher();
            Callback::from(move |_: Event| {
                dispatch.dispatch(Action::SetGrowth(GrowthSettings {
                    start: Some(option),
                    ..settings
                }))
            })
        };
        html! {
            <div class="method" key={code}>
                <input type="radio" name="growth-start" id={id.clone()} value={code}
                    checked={option == start} disabled={!available && option != start} {onchange}
                    aria-describedby={format!("{id}-help")} />
                <label for={id.clone()}>{ start_label(option, lang) }</label>
                <p id={format!("{id}-help")} class="help">{ start_help(option, available, lang) }</p>
            </div>
        }
    });
    let horizons = [Horizon::Households, Horizon::HouseholdsCapped].map(|option| {
        let code = match option {
            Horizon::Households => "households",
            Horizon::HouseholdsCapped => "capped",
        };
        let id = format!("growth-horizon-{code}");
        let onchange = {
            let dispatch = editor.dispatcher();
            Callback::from(move |_: Event| {
                dispatch.dispatch(Action::SetGrowth(GrowthSettings {
                    horizon: option,
                    ..settings
                }))
            })
        };
        html! {
            <div class="method" key={code}>
                <input type="radio" name="growth-horizon" id={id.clone()} value={code}
                    checked={option == settings.horizon} {onchange}
                    aria-describedby={format!("{id}-help")} />
                <label for={id.clone()}>{ horizon_label(option, s.params.cap(), lang) }</label>
                <p id={format!("{id}-help")} class="help">{ horizon_help(option, lang) }</p>
            </div>
        }
    });
    html! {
        <div class="growth-settings" role="group" aria-labelledby="growth-settings-heading">
            <h3 id="growth-settings-heading">{ g.settings_heading }</h3>
            <div class="param-grid">
                { field(Param::GrowthYears, g.years_label, g.years_help) }
                { field(Param::UrgentsGrowth, g.urgents_growth_label, g.urgents_growth_help) }
            </div>
            <div class="growth-choices">
                <fieldset class="methods">
                    <legend>{ g.start_legend }</legend>
                    { for starts }
                </fieldset>
                <fieldset class="methods">
                    <legend>{ g.horizon_legend }</legend>
                    { for horizons }
                </fieldset>
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct YearTableProps {
    model: Rc<GrowthModel>,
    /// Positions of the series to show (all, or one page of a large region).
    visible: Rc<Vec<usize>>,
    year: u32,
    lang: Lang,
}

/// Per municipality in the chosen year, with the path-a input in the same row.
#[component]
fn YearTable(props: &YearTableProps) -> Html {
    let Some(editor) = use_context::<EditorCtx>() else {
        return html! {};
    };
    let lang = props.lang;
    let g = growth_texts(lang);
    let t = Texts::get(lang);
    let dispatch = editor.dispatcher();
    let m = &props.model;
    let rows = props.visible.iter().filter_map(|&i| m.series.get(i)).map(|series| {
        let key = Key::Cell(series.id.clone(), Field::ExtraVacancies);
        let error = cell_error(&editor, &series.id, &series.name, Field::ExtraVacancies, lang);
        html! {
            <GrowthRow key={series.id.clone()} series={series.clone()} year={props.year}
                years={m.years} text={editor.text(&key)} {error} {lang} dispatch={dispatch.clone()} />
        }
    });
    let total = m.totals.get(props.year as usize).copied();
    html! {
        <div class="table-scroll" role="region" aria-labelledby="growth-table-caption" tabindex="0">
            <table class="growth-table" id="growth-table">
                <caption id="growth-table-caption">
                    { g.table_caption }{ " — " }{ year_option(props.year, m.years, lang) }
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{ t.col_name }</th>
                        <th scope="col">{ g.col_extra }</th>
                        <th scope="col">{ t.col_target }</th>
                        <th scope="col">{ t.col_vacancies }</th>
                        <th scope="col">{ t.col_percent }</th>
                        <th scope="col">{ t.col_status }</th>
                        <th scope="col">{ g.col_within }</th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
                if let Some(total) = total {
                    <tfoot>
                        <tr data-bench-growth-output="true">
                            <th scope="row">{ t.totals_row }</th>
                            <td></td>
                            <td class="num">{ format_count(total.target, lang) }</td>
                            <td class="num">{ format_count(total.vacancies, lang) }</td>
                            <td class="num">{ format_percent_or_dash(total.percent_tenths, lang) }</td>
                            <td></td>
                            <td></td>
                        </tr>
                    </tfoot>
                }
            </table>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct GrowthRowProps {
    series: Rc<GrowthSeries>,
    year: u32,
    years: u32,
    /// What the path-a input shows (draft or value).
    text: String,
    error: Option<String>,
    lang: Lang,
    dispatch: UseReducerDispatcher<Editor>,
}

/// One municipality: its own component, so an edit re-renders only the rows that change.
#[component]
fn GrowthRow(props: &GrowthRowProps) -> Html {
    let lang = props.lang;
    let g = growth_texts(lang);
    let s = &props.series;
    let id = s.id.clone();
    let (oninput, onchange) = edit_callbacks(
        &props.dispatch,
        Key::Cell(id.clone(), Field::ExtraVacancies),
    );
    let dv_cell = NumberCell {
        id: format!("growth-dv-{id}"),
        td_class: classes!("growth-dv"),
        label: format!("{}: {}", g.col_extra, s.name),
        inputmode: Some("numeric"),
        value: props.text.clone(),
        error: props.error.clone(),
        bench_growth_input: Some("dv"),
        oninput,
        onchange,
        ..NumberCell::default()
    }
    .view();
    let point = s.points.get(props.year as usize).copied();
    let cells = match point {
        Some(p) => html! {
            <>
                <td class="num growth-target">{ format_count(p.target, lang) }</td>
                <td class="num growth-vacancies">{ format_count(p.vacancies, lang) }</td>
                <td class="num growth-pct">{ format_percent_or_dash(p.percent_tenths, lang) }</td>
                <td class={classes!("status", format!("status-{}", p.status.code()))}>
                    <span class="status-symbol" aria-hidden="true">{ status_symbol(p.status) }</span>
                    { " " }{ status_label(p.status, lang) }
                </td>
            </>
        },
        None => html! { <><td></td><td></td><td></td><td></td></> },
    };
    html! {
        <tr data-id={id.clone()}>
            <th scope="row">{ s.name.clone() }</th>
            { dv_cell }
            { cells }
            <td class={classes!("growth-within", s.within_from.is_none().then_some("growth-within--never"))}>
                { standing_text(s.standing, props.years, lang) }
            </td>
        </tr>
    }
}
