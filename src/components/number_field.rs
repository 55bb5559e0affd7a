//! The editor's text inputs for numbers, shared by the views (DESIGN "Number inputs"): the
//! parameter fields of the calculator and the growth path, and the cells of the input table,
//! the growth path's extra vacancies and the monitoring entry table.
//!
//! Always `type="text"` with an `inputmode` (never `type="number"`), so Dutch notation can be
//! typed; a value that does not parse stays in the field with its message beside it
//! (`{id}-error`, `role="alert"`), and the field says so with `aria-invalid` and
//! `aria-describedby`.

use super::EditorCtx;
use crate::i18n::validation::{number_error, validation_error};
use crate::state::{Action, Editor, Key};
use evt_core::numbers::Lang;
use evt_core::validate::{Field, Param};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The message of a parameter: why its text does not parse, else its first validation error.
pub fn param_error(editor: &Editor, param: Param, lang: Lang) -> Option<String> {
    editor
        .parse_errors
        .get(&Key::Param(param))
        .map(|e| number_error(e, lang))
        .or_else(|| {
            editor
                .param_errors(param)
                .first()
                .map(|e| validation_error(e, "", lang))
        })
}

/// The message of one municipality's cell: why its text does not parse, else its first
/// validation error (naming the municipality).
pub fn cell_error(
    editor: &Editor,
    id: &str,
    name: &str,
    field: Field,
    lang: Lang,
) -> Option<String> {
    editor
        .parse_errors
        .get(&Key::Cell(id.to_string(), field))
        .map(|e| number_error(e, lang))
        .or_else(|| {
            editor
                .cell_errors(id, field)
                .first()
                .map(|e| validation_error(e, name, lang))
        })
}

/// Typing into an editor field keeps the text as its draft (`SetCell` / `SetParam` /
/// `SetMonitoringCell`); leaving the field commits it (`Commit`): the `oninput` and
/// `onchange` of that field.
pub fn edit_callbacks(
    dispatch: &UseReducerDispatcher<Editor>,
    key: Key,
) -> (Callback<InputEvent>, Callback<Event>) {
    let oninput = {
        let dispatch = dispatch.clone();
        let key = key.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let text = input.value();
            dispatch.dispatch(match &key {
                Key::Cell(id, field) => Action::SetCell {
                    id: id.clone(),
                    field: *field,
                    text,
                },
                Key::Param(param) => Action::SetParam {
                    param: *param,
                    text,
                },
                #[cfg(evt_full)]
                Key::Monitoring { period, id, figure } => Action::SetMonitoringCell {
                    period: *period,
                    id: id.clone(),
                    figure: *figure,
                    text,
                },
                // The first module has no monitoring view, so no field of it.
                #[cfg(not(evt_full))]
                Key::Monitoring { .. } => return,
            });
        })
    };
    let onchange = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: Event| dispatch.dispatch(Action::Commit(key.clone())))
    };
    (oninput, onchange)
}

/// A tapped or tabbed-to field selects its value, so what is typed replaces it (an estimate
/// is replaced, not appended to).
pub fn select_on_focus() -> Callback<FocusEvent> {
    Callback::from(|e: FocusEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        input.select();
    })
}

/// A labelled parameter field with its help line and message: `<label>`, the input `id`,
/// `{id}-help`, `{id}-error`. Percentages get `inputmode="decimal"` and a `%` unit.
/// `bench` marks the field for the growth benchmark (`data-bench-growth-input`).
pub fn param_field(
    editor: &EditorCtx,
    param: Param,
    id: String,
    label: &'static str,
    help: &'static str,
    bench: Option<&'static str>,
) -> Html {
    let key = Key::Param(param);
    let help_id = format!("{id}-help");
    let err_id = format!("{id}-error");
    let error = param_error(editor, param, editor.lang);
    let (oninput, onchange) = edit_callbacks(&editor.dispatcher(), key.clone());
    let describedby = if error.is_some() {
        format!("{help_id} {err_id}")
    } else {
        help_id.clone()
    };
    html! {
        <div class={classes!("param", error.is_some().then_some("has-error"))}>
            <label for={id.clone()}>{ label }</label>
            <div class="param-input">
                <input id={id.clone()} type="text"
                    inputmode={if param.is_percent() { "decimal" } else { "numeric" }}
                    autocomplete="off" spellcheck="false"
                    value={editor.text(&key)}
                    aria-invalid={error.is_some().then_some("true")}
                    aria-describedby={describedby}
                    data-bench-growth-input={bench}
                    onfocus={select_on_focus()}
                    {oninput} {onchange} />
                if param.is_percent() { <span class="unit" aria-hidden="true">{ "%" }</span> }
            </div>
            <p id={help_id} class="help">{ help }</p>
            if let Some(msg) = error {
                <p id={err_id} class="error" role="alert">{ msg }</p>
            }
        </div>
    }
}

/// A table cell with a text input (labelled by `aria-label`, as the column header and row
/// name say) and, when the text is wrong, its message `{id}-error`.
#[derive(Default)]
pub struct NumberCell {
    /// The input's id; the message is `{id}-error`.
    pub id: String,
    /// Classes of the `<td>`; `has-error` is added while there is a message.
    pub td_class: Classes,
    /// Classes of the `<input>`.
    pub input_class: Classes,
    pub label: String,
    /// `numeric` for counts; `None` for a text cell (the name).
    pub inputmode: Option<&'static str>,
    pub value: String,
    /// The cell's own message.
    pub error: Option<String>,
    /// Further ids that describe the input (after the message): an estimate mark, a row's
    /// message.
    pub describedby: Option<String>,
    /// Invalid also without a message of its own (the row it is in has one).
    pub invalid: bool,
    /// Benchmark marks (`data-bench-input`, `data-bench-growth-input`).
    pub bench_input: Option<&'static str>,
    pub bench_growth_input: Option<&'static str>,
    /// Shown between the input and its message (the estimate badge).
    pub after_input: Html,
    pub oninput: Callback<InputEvent>,
    pub onchange: Callback<Event>,
}

impl NumberCell {
    pub fn view(self) -> Html {
        let err_id = format!("{}-error", self.id);
        let describedby: Vec<&str> = [
            self.error.as_ref().map(|_| err_id.as_str()),
            self.describedby.as_deref(),
        ]
        .into_iter()
        .flatten()
        .collect();
        let has_error = self.error.is_some();
        html! {
            <td class={classes!(self.td_class, has_error.then_some("has-error"))}>
                <input id={self.id} type="text"
                    class={self.input_class}
                    inputmode={self.inputmode}
                    autocomplete="off" spellcheck="false"
                    aria-label={self.label}
                    aria-invalid={(has_error || self.invalid).then_some("true")}
                    aria-describedby={(!describedby.is_empty()).then(|| describedby.join(" "))}
                    data-bench-input={self.bench_input}
                    data-bench-growth-input={self.bench_growth_input}
                    onfocus={select_on_focus()}
                    value={self.value} oninput={self.oninput} onchange={self.onchange} />
                { self.after_input }
                if let Some(msg) = self.error {
                    <span class="error" id={err_id} role="alert">{ msg }</span>
                }
            </td>
        }
    }
}
