//! "Regio samenstellen": build any region from the 342 municipalities of the national data set
//! (issue: "any region"). Search by name or CBS code (a combobox with a multi-select listbox),
//! paste a list of names or codes or a whole table with a preview (the calculator's rules:
//! rows that are no CBS municipality come in as rows of the user's own), or start from Twente
//! or all of the Netherlands; "Maak deze regio" replaces the municipalities through the
//! editor, in the list's order and with the parameters kept, so undo brings the previous
//! ones back and the region's name goes into the link (`n=`, `b=nl:<selection>`).
//!
//! Until the user changes something here, the builder follows the current scenario (its name
//! and its rows, in its order), so undo, a link or a reset show up here too.
use super::EditorCtx;
use crate::i18n::region::{
    added, applied, chosen, current_region, option_meta, paste_added, quick_started, region_texts,
    remove_label, removed, results_status, selected_heading, too_many,
};
use crate::state::Action;
use evt_core::codec::link::MAX_NAME_CHARS;
use evt_core::data::netherlands;
use evt_core::region::{code_of, make_region, national_index, region_row, search, twente_indices};
use evt_core::scenario::{Municipality, Scenario, MAX_MUNICIPALITIES};
use std::rc::Rc;

mod paste;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Search results shown at once; typing more narrows them down.
const SHOWN: usize = 12;

/// Why the region cannot be made yet.
#[derive(Clone, Copy, PartialEq)]
enum NameProblem {
    Empty,
    TooLong,
}

fn name_problem(name: &str) -> Option<NameProblem> {
    if name.trim().is_empty() {
        Some(NameProblem::Empty)
    } else if name.trim().chars().count() > MAX_NAME_CHARS {
        Some(NameProblem::TooLong)
    } else {
        None
    }
}

/// The rows of the national municipalities at `indices`, in that order: the current
/// scenario's row where it has one (what was typed into it stays), else the data's.
fn rows_of(indices: &[usize], current: &Scenario) -> Vec<Municipality> {
    indices
        .iter()
        .filter_map(|&i| region_row(i, current))
        .collect()
}

/// Whether the national row `i` is in the list.
fn holds(list: &[Municipality], i: usize) -> bool {
    netherlands()
        .get(i)
        .is_some_and(|r| list.iter().any(|m| m.id == r.id))
}

/// The id of the remove button of the row with this id at `pos`.
fn remove_id_of(id: &str, pos: usize) -> String {
    match national_index(id) {
        Some(i) => format!("region-remove-{i}"),
        None => format!("region-remove-own-{pos}"),
    }
}

/// The id of the remove button of the list's row at `pos`.
fn remove_id(list: &[Municipality], pos: usize) -> Option<String> {
    list.get(pos).map(|m| remove_id_of(&m.id, pos))
}

/// Scroll the list `list_id` (not the page) so that its option `option_id` is visible.
fn keep_in_view(list_id: &str, option_id: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let element = |id: &str| {
            doc.get_element_by_id(id)
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        };
        let (Some(list), Some(option)) = (element(list_id), element(option_id)) else {
            return;
        };
        // Offsets are relative to the list (it is positioned, see style/region.css).
        let (top, bottom) = (
            option.offset_top(),
            option.offset_top() + option.offset_height(),
        );
        if top < list.scroll_top() {
            list.set_scroll_top(top);
        } else if bottom > list.scroll_top() + list.client_height() {
            list.set_scroll_top(bottom - list.client_height());
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (list_id, option_id);
}

#[component]
pub fn RegionBuilder() -> Html {
    let editor = use_context::<EditorCtx>();
    let current = editor
        .as_ref()
        .map(|e| e.scenario().municipalities.clone())
        .unwrap_or_default();
    let current_name = editor
        .as_ref()
        .map(|e| e.scenario().region_name.clone())
        .unwrap_or_default();
    let name = use_state_eq(|| current_name.clone());
    let selected = use_state_eq(|| current.clone());
    // Changed here since the last "Maak deze regio": stop following the scenario.
    let touched = use_state_eq(|| false);
    let query = use_state_eq(String::new);
    let active = use_state_eq(|| 0usize);
    let paste = use_state_eq(String::new);
    let status = use_state_eq(String::new);
    let name_error = use_state_eq(|| None::<NameProblem>);
    let list_error = use_state_eq(|| false);
    let focus_to = use_state_eq(|| None::<String>);

    {
        let (name, selected, touched) = (name.clone(), selected.clone(), touched.clone());
        use_effect_with((current.clone(), current_name.clone()), move |(ids, n)| {
            if !*touched {
                selected.set(ids.clone());
                name.set(n.clone());
            }
        });
    }
    {
        // Focus moves after the list has re-rendered (a removed chip's button is gone).
        use_effect_with((*focus_to).clone(), move |target| {
            if let Some(id) = target {
                crate::web::focus(id);
            }
        });
    }
    let results = use_memo((*query).clone(), |q| search(q, usize::MAX));
    let lang_now = editor
        .as_ref()
        .map_or(evt_core::numbers::Lang::Nl, |e| e.lang);
    let preview = use_memo(
        ((*paste).clone(), (*selected).clone(), lang_now),
        |(p, list, lang)| paste::read(p, list, *lang),
    );

    {
        // The active option stays in view while the arrow keys move through a long list.
        let active_id = results
            .get((*active).min(SHOWN.saturating_sub(1)))
            .map(|i| format!("region-opt-{i}"));
        use_effect_with(active_id, |id| {
            if let Some(id) = id {
                keep_in_view("region-results", id);
            }
        });
    }

    let Some(editor) = editor else {
        return html! {};
    };
    let lang = editor.lang;
    let t = region_texts(lang);
    let scenario_now: Rc<Scenario> = editor.current.scenario.clone();
    let rows = netherlands();
    let shown: Vec<usize> = results.iter().copied().take(SHOWN).collect();
    let active_pos = (*active).min(shown.len().saturating_sub(1));

    // Add or remove one municipality; says what happened in the status line.
    // Removing keeps the others in their order; adding puts the row at the end.
    let toggle = {
        let (selected, status, touched) = (selected.clone(), status.clone(), touched.clone());
        let list_error = list_error.clone();
        let current = scenario_now.clone();
        move |i: usize| {
            let Some(row) = netherlands().get(i) else {
                return;
            };
            let mut v = (*selected).clone();
            match v.iter().position(|m| m.id == row.id) {
                Some(at) => {
                    v.remove(at);
                    status.set(removed(&row.name, v.len(), lang));
                }
                None if v.len() >= MAX_MUNICIPALITIES => {
                    status.set(too_many(MAX_MUNICIPALITIES, lang));
                    return;
                }
                None => {
                    v.extend(region_row(i, &current));
                    status.set(added(&row.name, v.len(), lang));
                }
            }
            selected.set(v);
            touched.set(true);
            list_error.set(false);
        }
    };

    let on_name = {
        let (name, touched, name_error) = (name.clone(), touched.clone(), name_error.clone());
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let value = input.value();
            // Once an error shows, it follows the typing; it does not appear while typing.
            if name_error.is_some() {
                name_error.set(name_problem(&value));
            }
            name.set(value);
            touched.set(true);
        })
    };
    let on_query = {
        let (query, active) = (query.clone(), active.clone());
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            query.set(input.value());
            active.set(0);
        })
    };
    let on_query_key = {
        let (query, active, shown) = (query.clone(), active.clone(), shown.clone());
        let toggle = toggle.clone();
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "ArrowDown" if !shown.is_empty() => {
                e.prevent_default();
                active.set((active_pos + 1).min(shown.len() - 1));
            }
            "ArrowUp" if !shown.is_empty() => {
                e.prevent_default();
                active.set(active_pos.saturating_sub(1));
            }
            "Enter" => {
                e.prevent_default();
                if let Some(&i) = shown.get(active_pos) {
                    toggle(i);
                    query.set(String::new());
                    active.set(0);
                }
            }
            "Escape" if !query.is_empty() => {
                e.prevent_default();
                query.set(String::new());
            }
            _ => {}
        })
    };
    let quick = |label: &'static str, region_name: &'static str, indices: Vec<usize>| {
        let (name, selected, status, touched) = (
            name.clone(),
            selected.clone(),
            status.clone(),
            touched.clone(),
        );
        let (name_error, list_error) = (name_error.clone(), list_error.clone());
        let current = scenario_now.clone();
        Callback::from(move |_: MouseEvent| {
            let v = rows_of(&indices, &current);
            status.set(quick_started(label, v.len(), lang));
            selected.set(v);
            name.set(region_name.to_string());
            name_error.set(None);
            list_error.set(false);
            touched.set(true);
        })
    };
    let on_twente = quick(t.quick_twente, t.twente_name, twente_indices());
    let on_netherlands = quick(
        t.quick_netherlands,
        t.netherlands_name,
        (0..rows.len()).collect(),
    );
    let on_clear = {
        let (selected, status, touched) = (selected.clone(), status.clone(), touched.clone());
        Callback::from(move |_: MouseEvent| {
            selected.set(Vec::new());
            status.set(t.cleared.to_string());
            touched.set(true);
        })
    };
    let on_paste_input = {
        let paste = paste.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            paste.set(area.value());
        })
    };
    let can_add = preview
        .as_ref()
        .as_ref()
        .is_some_and(|p| paste::adds_anything(p, &selected));
    let on_paste_add = {
        let (selected, status, touched, paste) = (
            selected.clone(),
            status.clone(),
            touched.clone(),
            paste.clone(),
        );
        let list_error = list_error.clone();
        let preview = preview.clone();
        let current = scenario_now.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(p) = preview.as_ref() else {
                return;
            };
            let (v, taken) = paste::added(p, &selected, &current);
            let full = v.len() >= MAX_MUNICIPALITIES && paste::adds_anything(p, &v);
            status.set(if full {
                too_many(MAX_MUNICIPALITIES, lang)
            } else {
                paste_added(taken, v.len(), lang)
            });
            selected.set(v);
            paste.set(String::new());
            touched.set(true);
            list_error.set(false);
            crate::web::focus("region-paste");
        })
    };
    let on_apply = {
        let (name, selected, status, touched) = (
            name.clone(),
            selected.clone(),
            status.clone(),
            touched.clone(),
        );
        let (name_error, list_error) = (name_error.clone(), list_error.clone());
        let editor = editor.clone();
        Callback::from(move |_: MouseEvent| {
            let problem = name_problem(&name);
            name_error.set(problem);
            list_error.set(selected.is_empty());
            if problem.is_some() {
                crate::web::focus("region-name");
                return;
            }
            if selected.is_empty() {
                crate::web::focus("region-search");
                return;
            }
            // The list's order and the parameters as they are. A municipality already in the
            // region keeps its row as the calculator has it now (figures typed since the
            // list was made included); new rows bring their own (pasted) figures.
            let current = editor.scenario();
            let rows: Vec<Municipality> = selected
                .iter()
                .map(|m| {
                    national_index(&m.id)
                        .and_then(|_| current.find(&m.id))
                        .unwrap_or(m)
                        .clone()
                })
                .collect();
            let scenario = make_region(&name, &rows, current);
            status.set(applied(
                &scenario.region_name,
                scenario.municipalities.len(),
                lang,
            ));
            editor.dispatch(Action::Import {
                scenario,
                notice: None,
            });
            touched.set(false);
        })
    };

    let name_error_text = (*name_error).map(|p| match p {
        NameProblem::Empty => t.name_empty,
        NameProblem::TooLong => t.name_too_long,
    });
    let name_described = if name_error_text.is_some() {
        "region-name-help region-name-error"
    } else {
        "region-name-help"
    };
    let expanded = !shown.is_empty();
    let active_id = shown
        .get(active_pos)
        .map(|i| AttrValue::from(format!("region-opt-{i}")));

    let options = shown.iter().enumerate().map(|(pos, &i)| {
        let row = &rows[i];
        let is_selected = holds(&selected, i);
        let onclick = {
            let toggle = toggle.clone();
            let active = active.clone();
            Callback::from(move |_: MouseEvent| {
                active.set(pos);
                toggle(i);
            })
        };
        // Keep focus in the search box when an option is clicked.
        let onmousedown = Callback::from(|e: MouseEvent| e.prevent_default());
        html! {
            <li role="option" id={format!("region-opt-{i}")} data-id={row.id.clone()}
                class={classes!("region-option", (pos == active_pos).then_some("is-active"),
                    is_selected.then_some("is-selected"))}
                aria-selected={if is_selected { "true" } else { "false" }}
                {onclick} {onmousedown}>
                <span class="region-option-check" aria-hidden="true"></span>
                <span class="region-option-text">
                    <span class="region-option-name">{ row.name.clone() }</span>
                    <span class="region-option-meta">
                        { option_meta(code_of(row), row.households, lang) }
                        if is_selected {
                            <span class="visually-hidden">{ ", " }{ chosen(lang) }</span>
                        }
                    </span>
                </span>
            </li>
        }
    });

    // The chosen list only changes with the selection (or the language): keep its markup,
    // so an edit in the calculator does not rebuild up to 342 chips with their callbacks.
    let remove = {
        let (selected, status, touched) = (selected.clone(), status.clone(), touched.clone());
        let focus_to = focus_to.clone();
        Callback::from(move |pos: usize| {
            let mut v = (*selected).clone();
            if pos >= v.len() {
                return;
            }
            let m = v.remove(pos);
            // Focus goes to the chip that took this one's place, else the one before it.
            let next = remove_id(&v, pos)
                .or_else(|| pos.checked_sub(1).and_then(|p| remove_id(&v, p)))
                .unwrap_or_else(|| "region-search".to_string());
            status.set(removed(&m.name, v.len(), lang));
            selected.set(v);
            touched.set(true);
            focus_to.set(Some(next));
        })
    };
    // Keyed on ids and names only: figures typed in the calculator do not rebuild the chips.
    let labels: Vec<(String, String)> = selected
        .iter()
        .map(|m| (m.id.clone(), m.name.clone()))
        .collect();
    let chips = use_memo((labels, lang), move |(labels, lang)| {
        (0..labels.len())
            .map(|pos| chip(labels, pos, &remove, *lang))
            .collect::<Html>()
    });

    let preview_html = preview
        .as_ref()
        .as_ref()
        .map(|p| paste::preview(p, &selected, lang));

    let scenario = editor.scenario();
    html! {
        <div class="region-builder" id="region-builder">
            <p class="region-current" id="region-current">
                { current_region(&scenario.region_name, scenario.municipalities.len(), lang) }
            </p>
            <p class="help region-intro">{ t.intro }</p>

            <div class="region-field">
                <label for="region-name">{ t.name_label }</label>
                <input type="text" id="region-name" value={(*name).clone()} oninput={on_name}
                    autocomplete="off" aria-describedby={name_described}
                    aria-invalid={if name_error_text.is_some() { "true" } else { "false" }} />
                <p class="help" id="region-name-help">{ t.name_help }</p>
                if let Some(text) = name_error_text {
                    <p class="error" id="region-name-error">{ text }</p>
                }
            </div>

            <div class="region-quick" role="group" aria-label={t.quick_label}>
                <button type="button" class="btn btn-quiet" id="region-quick-twente" onclick={on_twente}>{ t.quick_twente }</button>
                <button type="button" class="btn btn-quiet" id="region-quick-nl" onclick={on_netherlands}>{ t.quick_netherlands }</button>
                <button type="button" class="btn btn-quiet" id="region-clear" onclick={on_clear}
                    disabled={selected.is_empty()}>{ t.clear }</button>
            </div>

            <div class="region-field region-search">
                <label for="region-search">{ t.search_label }</label>
                <input type="text" id="region-search" role="combobox" aria-autocomplete="list"
                    aria-expanded={if expanded { "true" } else { "false" }} aria-controls="region-results"
                    aria-activedescendant={active_id} aria-describedby="region-search-help"
                    autocomplete="off" spellcheck="false" value={(*query).clone()}
                    oninput={on_query} onkeydown={on_query_key} />
                <p class="help" id="region-search-help">{ t.search_help }</p>
                <ul class="region-results" id="region-results" role="listbox" aria-label={t.results_label}
                    aria-multiselectable="true" hidden={!expanded}>
                    { for options }
                </ul>
                <p class="visually-hidden" id="region-results-status" role="status">
                    if !query.trim().is_empty() {
                        { results_status(shown.len(), results.len(), lang) }
                    }
                </p>
            </div>

            <h3 class="region-subheading" id="region-selected-heading">{ selected_heading(selected.len(), lang) }</h3>
            if selected.is_empty() {
                <p class="region-empty" id="region-selected-empty">{ t.selected_empty }</p>
            } else {
                <ul class="region-selected" id="region-selected" aria-labelledby="region-selected-heading">
                    { (*chips).clone() }
                </ul>
            }

            <div class="region-field region-paste">
                <label for="region-paste">{ t.paste_label }</label>
                <p class="help" id="region-paste-help">{ t.paste_help }</p>
                <textarea id="region-paste" rows="4" aria-describedby="region-paste-help" spellcheck="false"
                    value={(*paste).clone()} oninput={on_paste_input} />
                { preview_html.unwrap_or_default() }
                <button type="button" class="btn" id="region-paste-add" onclick={on_paste_add}
                    disabled={!can_add}>{ t.paste_add }</button>
            </div>

            <div class="region-apply">
                <p class="help" id="region-apply-help">{ t.apply_help }</p>
                if *list_error {
                    <p class="error" id="region-list-error">{ t.need_municipality }</p>
                }
                <button type="button" class="btn" id="region-apply" onclick={on_apply}
                    aria-describedby="region-apply-help">{ t.apply }</button>
            </div>
            <p class="region-status" id="region-status" role="status">{ (*status).clone() }</p>
        </div>
    }
}

/// One chosen row with its remove button; a row that is no national municipality is marked
/// as the user's own.
fn chip(
    labels: &[(String, String)],
    pos: usize,
    remove: &Callback<usize>,
    lang: evt_core::numbers::Lang,
) -> Html {
    let Some((id, name)) = labels.get(pos) else {
        return Html::default();
    };
    let own = national_index(id).is_none();
    let onclick = remove.reform(move |_: MouseEvent| pos);
    let label = remove_label(name, lang);
    html! {
        <li class={classes!("region-chip", own.then_some("is-own"))} data-id={id.clone()} key={id.clone()}>
            <span class="region-chip-name">{ name.clone() }</span>
            if own {
                { " " }<span class="badge-own">{ region_texts(lang).own_row }</span>
            }
            <button type="button" class="region-chip-remove" id={remove_id_of(id, pos)}
                aria-label={label.clone()} title={label} {onclick}>
                <span class="region-chip-x" aria-hidden="true"></span>
            </button>
        </li>
    }
}
