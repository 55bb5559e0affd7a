//! Region parameters and the method choice, each with a one-line explanation.
use super::EditorCtx;
use crate::i18n::{method_help, method_name, number_error, validation_error, Texts};
use crate::state::{Action, Key, ParamKey};
use evt_core::scenario::Method;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[component]
pub fn Params() -> Html {
    let Some(editor) = use_context::<EditorCtx>() else {
        return html! {};
    };
    let lang = editor.lang;
    let t = Texts::get(lang);
    let field = |param: ParamKey, label: &'static str, help: &'static str| {
        let key = Key::Param(param);
        let id = format!("param-{}", param.code());
        let help_id = format!("{id}-help");
        let err_id = format!("{id}-error");
        let error = editor
            .parse_errors
            .get(&key)
            .map(|e| number_error(e, lang))
            .or_else(|| {
                editor
                    .param_errors(param)
                    .first()
                    .map(|e| validation_error(e, "", lang))
            });
        let oninput = {
            let editor = editor.clone();
            Callback::from(move |e: InputEvent| {
                let input: HtmlInputElement = e.target_unchecked_into();
                editor.dispatch(Action::SetParam {
                    param,
                    text: input.value(),
                });
            })
        };
        let onchange = {
            let editor = editor.clone();
            let key = key.clone();
            Callback::from(move |_: Event| editor.dispatch(Action::Commit(key.clone())))
        };
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
                        {oninput} {onchange} />
                    if param.is_percent() { <span class="unit" aria-hidden="true">{ "%" }</span> }
                </div>
                <p id={help_id} class="help">{ help }</p>
                if let Some(msg) = error {
                    <p id={err_id} class="error" role="alert">{ msg }</p>
                }
            </div>
        }
    };
    let method = editor.scenario().method;
    let methods = Method::ALL.iter().map(|&m| {
        let id = format!("method-{}", m.code());
        let onchange = {
            let editor = editor.clone();
            Callback::from(move |_: Event| editor.dispatch(Action::SetMethod(m)))
        };
        html! {
            <div class="method" key={m.code()}>
                <input type="radio" name="method" id={id.clone()} value={m.code()}
                    checked={m == method} {onchange}
                    aria-describedby={format!("{id}-help")} />
                <label for={id.clone()}>{ method_name(m, lang) }</label>
                <p id={format!("{id}-help")} class="help">{ method_help(m, lang) }</p>
            </div>
        }
    });
    html! {
        <section class="panel params" aria-labelledby="params-heading">
            <h2 id="params-heading">{ t.params_heading }</h2>
            <fieldset class="methods">
                <legend>{ t.method_legend }</legend>
                { for methods }
            </fieldset>
            <div class="param-grid">
                { field(ParamKey::Urgents, t.urgents_label, t.urgents_help) }
                { field(ParamKey::Minimum, t.minimum_label, t.minimum_help) }
                { field(ParamKey::Signal, t.signal_label, t.signal_help) }
                { field(ParamKey::Cap, t.cap_label, t.cap_help) }
                { field(ParamKey::Turnover, t.turnover_label, t.turnover_help) }
            </div>
        </section>
    }
}
