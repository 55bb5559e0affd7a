//! Region parameters and the method choice, each with a one-line explanation.
use super::number_field::param_field;
use super::EditorCtx;
use crate::i18n::{method_help, method_name, Texts};
use crate::state::{Action, ParamKey};
use evt_core::scenario::Method;
use yew::prelude::*;

#[component]
pub fn Params() -> Html {
    let Some(editor) = use_context::<EditorCtx>() else {
        return html! {};
    };
    let lang = editor.lang;
    let t = Texts::get(lang);
    let field = |param: ParamKey, label: &'static str, help: &'static str| {
        param_field(
            &editor,
            param,
            format!("param-{}", param.code()),
            label,
            help,
            None,
        )
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
