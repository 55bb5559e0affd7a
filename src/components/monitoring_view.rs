//! The half-yearly monitoring view (SPEC "Half-yearly monitoring", afspraak 4): enter or
//! paste per half-year and municipality the urgency applications, decisions granted,
//! statutory urgents housed, all allocations and how many were housed suitably (afspraak
//! 1a/1b); see the realised percentage with its status, the half-years above the signal
//! value (two in a row: a topic for the administrative consultation, afspraak 3 and 4c), the
//! cumulative housed against the households horizon, the share housed suitably, the date
//! of the evaluation after three years (afspraak 4b), a chart over the half-years with its
//! table twin, and CSV import/export.
//!
//! The figures live in the scenario and what is typed into a cell is the editor's draft
//! (`Action::SetMonitoringCell`, one undo step per cell like the input table; a pasted or
//! imported block is `Action::SetMonitoring`, one step); text that does not parse stays in
//! the cell with its message until it is corrected. The
//! calculation is `evt_core::monitoring`; records that contradict each other are listed and
//! left out of the results until corrected.

mod keep;
mod tables;

pub use keep::{use_monitoring_keep, MonitoringKeep};
use tables::{overview_table, ResultsTable, SeriesTable};

use super::monitoring_chart::MonitoringChart;
use super::number_field::{edit_callbacks, NumberCell};
use super::paste_box::{file_import, paste_texts, use_paste_flow, PasteBox, PasteLines};
use super::EditorCtx;
use crate::i18n::monitoring::{
    agenda_item, applied_text, change_line, column_label, entry_caption, evaluation_text,
    monitoring_error, note, period_error, rejected_line, removed_text, results_caption, summary,
    MonTexts,
};
use crate::i18n::validation::number_error;
use crate::state::{Action, Figure, Key};
use crate::view::monitoring::{
    column_code, error_key, period_choices, region_line, result_lines, AgendaBasis, MonModel,
};
use evt_core::codec::monitoring::{
    apply_monitoring, export_monitoring_csv, parse_monitoring, MonitoringPreview,
};
use evt_core::monitoring::Period;
use std::collections::{BTreeSet, HashMap};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[component]
pub fn MonitoringView() -> Html {
    let editor = use_context::<EditorCtx>();
    let own = use_monitoring_keep();
    let keep = use_context::<MonitoringKeep>().unwrap_or(own);
    let added = keep.added;
    let selected = use_state(|| None::<Period>);
    let new_period = keep.new_period;
    let period_problem = use_state(|| None::<String>);
    let period_notice = use_state(|| None::<&'static str>);
    let paste_text = keep.paste_text;
    let flow = use_paste_flow::<MonitoringPreview>(paste_text.clone());
    let notice = use_state(String::new);
    let series = use_state(String::new);
    let as_table = use_state(|| false);
    // Recomputed once per change of the editor (every change bumps its revision).
    let model = {
        let editor = editor.clone();
        use_memo(editor.as_ref().map(|e| e.revision), move |_| {
            editor.map(|e| MonModel::new(e.scenario()))
        })
    };
    // The half-years to choose from: those with figures, those typed into and those just
    // added.
    let periods: Vec<Period> = model
        .as_ref()
        .as_ref()
        .map(|m| m.periods.clone())
        .unwrap_or_default()
        .into_iter()
        .chain(added.iter().copied())
        .chain(editor.iter().flat_map(|e| e.monitoring_draft_periods()))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let current = (*selected)
        .filter(|p| periods.contains(p))
        .or_else(|| periods.last().copied());

    // `selected` on an option does not move a select the user has already changed: set the
    // value itself when the chosen half-year changes (after a paste, an add or a removal).
    let period_ref = use_node_ref();
    {
        let period_ref = period_ref.clone();
        use_effect_with(current, move |current| {
            if let (Some(el), Some(p)) = (period_ref.cast::<HtmlSelectElement>(), current) {
                el.set_value(&p.to_string());
            }
        });
    }
    // The list of half-years to add follows the typed text: it shows the half-year typed
    // when it is in the list, else its first option.
    let pick_ref = use_node_ref();
    {
        let pick_ref = pick_ref.clone();
        use_effect_with((*new_period).clone(), move |typed| {
            if let Some(el) = pick_ref.cast::<HtmlSelectElement>() {
                let typed = Period::parse(typed)
                    .map(|p| p.to_string())
                    .unwrap_or_default();
                el.set_value(&typed);
                if el.value() != typed {
                    el.set_value("");
                }
            }
        });
    }

    let (Some(editor), Some(model)) = (editor, model.as_ref().as_ref()) else {
        return html! {};
    };
    let lang = editor.lang;
    let t = MonTexts::get(lang);
    let s = editor.scenario();

    // --- callbacks -------------------------------------------------------------------------
    let on_select = {
        let selected = selected.clone();
        Callback::from(move |e: Event| {
            let el: HtmlSelectElement = e.target_unchecked_into();
            selected.set(Period::parse(&el.value()).ok());
        })
    };
    let on_pick_period = {
        let new_period = new_period.clone();
        let period_problem = period_problem.clone();
        let period_notice = period_notice.clone();
        Callback::from(move |e: Event| {
            let el: HtmlSelectElement = e.target_unchecked_into();
            new_period.set(el.value());
            period_problem.set(None);
            period_notice.set(None);
        })
    };
    let on_new_period_input = {
        let new_period = new_period.clone();
        let period_problem = period_problem.clone();
        Callback::from(move |e: InputEvent| {
            let el: HtmlInputElement = e.target_unchecked_into();
            new_period.set(el.value());
            period_problem.set(None);
        })
    };
    let add_period = {
        let new_period = new_period.clone();
        let period_problem = period_problem.clone();
        let period_notice = period_notice.clone();
        let added = added.clone();
        let selected = selected.clone();
        let periods = periods.clone();
        move || match Period::parse(&new_period) {
            Ok(p) => {
                if periods.contains(&p) {
                    period_notice.set(Some(MonTexts::get(lang).period_exists));
                } else {
                    let mut v = (*added).clone();
                    v.push(p);
                    added.set(v);
                    period_notice.set(None);
                }
                selected.set(Some(p));
                new_period.set(String::new());
                period_problem.set(None);
            }
            Err(e) => {
                period_notice.set(None);
                period_problem.set(Some(period_error(&e, &new_period, lang)));
            }
        }
    };
    let on_add_period = {
        let add = add_period.clone();
        Callback::from(move |_: MouseEvent| add())
    };
    let on_new_period_key = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" {
            e.prevent_default();
            add_period();
        }
    });
    let on_remove_period = {
        let editor = editor.clone();
        let added = added.clone();
        let notice = notice.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(p) = current else { return };
            editor.dispatch(Action::RemoveMonitoringPeriod(p));
            added.set(added.iter().copied().filter(|q| *q != p).collect());
            notice.set(removed_text(p, editor.lang));
        })
    };
    let on_undo = {
        let editor = editor.clone();
        Callback::from(move |_: MouseEvent| editor.dispatch(Action::Undo))
    };
    let on_redo = {
        let editor = editor.clone();
        Callback::from(move |_: MouseEvent| editor.dispatch(Action::Redo))
    };

    let flow = {
        let editor = editor.clone();
        flow.reading(move |text| {
            Some(parse_monitoring(
                text,
                editor.scenario(),
                editor.lang,
                current,
            ))
        })
    };
    let preview = flow.preview.clone();
    let on_paste_input = flow.oninput();
    let on_paste = flow.onpaste();
    let on_preview = flow.onpreview();
    let on_file = flow.onfile(|| crate::web::open_details("mon-paste-panel"));
    let on_apply = {
        let editor = editor.clone();
        let selected = selected.clone();
        let notice = notice.clone();
        flow.onapply(move |p: &MonitoringPreview| {
            editor.dispatch(Action::SetMonitoring(apply_monitoring(
                p,
                editor.scenario(),
            )));
            if let Some(last) = p.periods().last() {
                selected.set(Some(*last));
            }
            notice.set(applied_text(p.changes.len(), editor.lang));
        })
    };
    let on_cancel = flow.oncancel();
    let on_export = {
        let editor = editor.clone();
        Callback::from(move |_: MouseEvent| {
            let csv = export_monitoring_csv(editor.scenario(), editor.lang);
            crate::web::download("monitoring.csv", "text/csv;charset=utf-8", &csv);
        })
    };
    let on_series = {
        let series = series.clone();
        Callback::from(move |e: Event| {
            let el: HtmlSelectElement = e.target_unchecked_into();
            series.set(el.value());
        })
    };
    let on_toggle = {
        let as_table = as_table.clone();
        Callback::from(move |_: MouseEvent| as_table.set(!*as_table))
    };

    // --- overview ---------------------------------------------------------------------------
    let evaluation = match (model.result.evaluation_date, model.result.periods.first()) {
        (Some(d), Some(first)) => evaluation_text(d, *first, lang),
        _ => t.evaluation_pending.to_string(),
    };
    let summary_text = model
        .result
        .periods
        .last()
        .map(|p| {
            summary(
                &model.summary(
                    s,
                    current
                        .filter(|c| model.result.periods.contains(c))
                        .unwrap_or(*p),
                ),
                lang,
            )
        })
        .unwrap_or_else(|| t.no_data.to_string());
    let agenda = model.agenda();
    let problems: Vec<String> = model
        .errors
        .iter()
        .map(|e| monitoring_error(e, model.name_of(error_key(e).0), lang))
        .collect();

    let intro = html! {
        <section class="panel mon-intro" aria-labelledby="mon-heading">
            <h2 id="mon-heading">{ t.heading }</h2>
            <p class="mon-lead">{ t.intro }</p>
            <p class="mon-summary" id="mon-summary" aria-live="polite">{ summary_text }</p>
            <p class="mon-evaluation" id="mon-evaluation">
                <strong>{ format!("{}: ", t.evaluation_label) }</strong>
                <span id="mon-evaluation-date">{ evaluation }</span>
            </p>
            <div class="mon-agenda" id="mon-agenda">
                <h3>{ t.agenda_heading }</h3>
                if agenda.is_empty() {
                    <p id="mon-agenda-none">{ match model.agenda_basis() {
                        AgendaBasis::NoFigures => t.agenda_no_figures,
                        AgendaBasis::NotTwoInARow => t.agenda_not_two,
                        AgendaBasis::TwoInARow => t.agenda_none,
                    } }</p>
                } else {
                    <ul>
                        { for agenda.iter().map(|(name, runs)| html! {
                            <li><span class="mon-flag-agenda" aria-hidden="true">{ "▲▲" }</span>{ " " }{ agenda_item(name, runs, lang) }</li>
                        }) }
                    </ul>
                }
            </div>
            if !problems.is_empty() {
                <div class="problems" role="alert" id="mon-problems">
                    <p>{ t.problems_intro }</p>
                    <ul>{ for problems.iter().map(|p| html! { <li>{ p.clone() }</li> }) }</ul>
                </div>
            }
        </section>
    };

    // --- entry ------------------------------------------------------------------------------
    let period_describedby = if period_problem.is_some() {
        "mon-new-period-help mon-new-period-error"
    } else {
        "mon-new-period-help"
    };
    // Half-years to add: around today and around the ones there are.
    let today = crate::storage::now().date();
    let typed = Period::parse(&new_period).ok();
    let choices = period_choices(today, &periods);
    let entry_table = current.map(|period| {
        let row_errors: HashMap<&str, String> = model
            .errors
            .iter()
            .filter(|e| error_key(e).1 == period)
            .map(|e| {
                let id = error_key(e).0;
                (id, monitoring_error(e, model.name_of(id), lang))
            })
            .collect();
        let rows = s.municipalities.iter().map(|m| {
            let row_error = row_errors.get(m.id.as_str()).cloned();
            let row_error_id = format!("mon-row-error-{}", m.id);
            let cells = Figure::ALL.iter().map(|&figure| {
                let column = figure.column();
                let key = Key::Monitoring {
                    period,
                    id: m.id.clone(),
                    figure,
                };
                let error = editor
                    .monitoring_error(&key)
                    .map(|e| number_error(&e, lang));
                let value = editor.text(&key);
                let (oninput, onchange) = edit_callbacks(&editor.dispatcher(), key);
                NumberCell {
                    id: format!("mon-in-{}-{}", column_code(column), m.id),
                    td_class: classes!("mon-cell"),
                    label: format!("{}: {}, {}", column_label(column, lang), m.name, period),
                    inputmode: Some("numeric"),
                    value,
                    error,
                    describedby: row_error.as_ref().map(|_| row_error_id.clone()),
                    invalid: row_error.is_some(),
                    oninput,
                    onchange,
                    ..NumberCell::default()
                }
                .view()
            });
            html! {
                <tr key={m.id.clone()} data-id={m.id.clone()}>
                    <th scope="row">
                        { m.name.clone() }
                        if let Some(msg) = row_error.clone() {
                            <span class="error" id={row_error_id.clone()}>{ msg }</span>
                        }
                    </th>
                    { for cells }
                </tr>
            }
        });
        html! {
            <div class="table-scroll" role="region" aria-labelledby="mon-entry-caption" tabindex="0">
                <table class="mon-entry-table" id="mon-entry-table">
                    <caption id="mon-entry-caption">{ entry_caption(period, lang) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t.col_name }</th>
                            { for Figure::ALL.iter().map(|&f| html! { <th scope="col">{ column_label(f.column(), lang) }</th> }) }
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        }
    });

    let paste_box = PasteBox {
        prefix: "mon-",
        rows: "6",
        texts: paste_texts!(t),
        text: (*paste_text).clone(),
        preview: preview.as_ref().map(|p| PasteLines {
            changes: p.changes.iter().map(|c| change_line(c, lang)).collect(),
            notes: p.notes.iter().map(|n| note(n, lang)).collect(),
            rejected: p.rejected.iter().map(|r| rejected_line(r, lang)).collect(),
        }),
        oninput: on_paste_input,
        onpaste: on_paste,
        onpreview: on_preview,
        onapply: on_apply,
        oncancel: on_cancel,
    }
    .view();

    let entry = html! {
        <section class="panel mon-entry" aria-labelledby="mon-entry-heading">
            <h2 id="mon-entry-heading">{ t.entry_heading }</h2>
            <div class="toolbar" role="toolbar" aria-label={t.entry_heading}>
                <button type="button" class="btn" id="mon-undo" onclick={on_undo}
                    disabled={editor.undo.is_empty()} aria-keyshortcuts="Control+Z">{ t.undo }</button>
                <button type="button" class="btn" id="mon-redo" onclick={on_redo}
                    disabled={editor.redo.is_empty()} aria-keyshortcuts="Control+Shift+Z">{ t.redo }</button>
                <button type="button" class="btn" id="mon-export-csv" onclick={on_export}
                    disabled={s.monitoring.is_empty()}>{ t.export_csv }</button>
                { file_import("mon-import-csv", t.import_csv, on_file, (*flow.file_problem).map(|p| crate::i18n::import::file_problem(p, lang))) }
            </div>
            <p class="notice" role="status" id="mon-notice">{ (*notice).clone() }</p>
            <div class="mon-period-bar">
                if !periods.is_empty() {
                    <div class="mon-field">
                        <label for="mon-period">{ t.period_label }</label>
                        <select id="mon-period" ref={period_ref} onchange={on_select}>
                            { for periods.iter().map(|p| html! {
                                <option value={p.to_string()} selected={Some(*p) == current}>{ p.to_string() }</option>
                            }) }
                        </select>
                    </div>
                }
                <div class="mon-field mon-add-period">
                    <label for="mon-new-period">{ t.new_period_label }</label>
                    <div class="mon-add-row">
                        <select id="mon-period-pick" ref={pick_ref} onchange={on_pick_period}
                            aria-label={t.pick_period_label} aria-describedby="mon-new-period-help">
                            <option value="" selected={typed.is_none_or(|p| !choices.contains(&p))}>{ t.pick_period_none }</option>
                            { for choices.iter().map(|p| html! {
                                <option value={p.to_string()} selected={typed == Some(*p)}>{ p.to_string() }</option>
                            }) }
                        </select>
                        <input type="text" id="mon-new-period" autocomplete="off" spellcheck="false"
                            aria-describedby={period_describedby}
                            aria-invalid={period_problem.is_some().then_some("true")}
                            value={(*new_period).clone()} oninput={on_new_period_input} onkeydown={on_new_period_key} />
                        <button type="button" class="btn" id="mon-add-period" onclick={on_add_period}>{ t.add_period }</button>
                    </div>
                    <p class="help" id="mon-new-period-help">{ t.new_period_help }</p>
                    if let Some(msg) = (*period_problem).clone() {
                        <p class="error" id="mon-new-period-error" role="alert">{ msg }</p>
                    }
                    if let Some(msg) = *period_notice {
                        <p class="notice" role="status" id="mon-period-notice">{ msg }</p>
                    }
                </div>
                if current.is_some() {
                    <button type="button" class="btn btn-quiet" id="mon-remove-period" onclick={on_remove_period}>
                        { t.remove_period }
                    </button>
                }
            </div>
            { entry_table.unwrap_or_else(|| html! { <p id="mon-entry-empty">{ t.entry_empty }</p> }) }
            { paste_box }
        </section>
    };

    // --- results of the chosen half-year ------------------------------------------------------
    let results = current.map(|period| {
        let rows = model.rows(s, period);
        let region = model.region(s, period);
        html! {
            <section class="panel mon-results" aria-labelledby="mon-results-heading">
                <h2 id="mon-results-heading">{ format!("{} {period}", t.results_heading) }</h2>
                <ResultsTable rows={result_lines(&rows, lang)} region={region_line(model, s, period, region, t.region_total, lang)}
                    caption={results_caption(period, model.result.periods.first().copied(), lang)} {lang} />
            </section>
        }
    });

    // --- chart over the half-years ------------------------------------------------------------
    let chart = (!model.result.periods.is_empty()).then(|| {
        let id = (!series.is_empty()).then(|| series.as_str());
        let points = Rc::new(model.series(s, id));
        let series_name = id
            .map(|id| model.name_of(id).to_string())
            .unwrap_or_else(|| {
                let region = s.region_name.trim();
                if region.is_empty() {
                    t.region_series.to_string()
                } else {
                    format!("{} ({region})", t.region_series)
                }
            });
        html! {
            <section class="panel mon-chart-panel" aria-labelledby="mon-chart-heading">
                <div class="panel-head">
                    <h2 id="mon-chart-heading">{ t.chart_heading }</h2>
                    <button type="button" class="btn btn-quiet" id="mon-chart-toggle" aria-controls="mon-chart-view" onclick={on_toggle}>
                        { if *as_table { t.show_chart } else { t.show_table } }
                    </button>
                </div>
                <div class="mon-field mon-series">
                    <label for="mon-series">{ t.series_label }</label>
                    <select id="mon-series" onchange={on_series}>
                        <option value="" selected={series.is_empty()}>{ t.region_series }</option>
                        { for model.municipalities.iter().map(|(id, name)| html! {
                            <option value={id.clone()} selected={*series == *id}>{ name.clone() }</option>
                        }) }
                    </select>
                </div>
                <div id="mon-chart-view">
                    if *as_table {
                        <SeriesTable points={points.clone()} series={AttrValue::from(series_name.clone())} {lang} />
                    } else {
                        <MonitoringChart {points} series={AttrValue::from(series_name)} {lang}
                            minimum_bp={model.minimum_bp} signal_bp={model.signal_bp} />
                    }
                </div>
            </section>
        }
    });

    let overview = (!model.result.periods.is_empty()).then(|| overview_table(model, lang));

    html! {
        <div class="mon" id="mon-view">
            { intro }
            { entry }
            { for results }
            { for chart }
            { for overview }
        </div>
    }
}
