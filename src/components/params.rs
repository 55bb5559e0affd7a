//! Region parameters and the method choice, each with a one-line explanation. On narrow
//! screens a panel behind "Uitgangspunten wijzigen" that says what is set while closed; from
//! 60rem on always open beside the results (CSS: the prerendered page and the app agree, so
//! nothing moves at the takeover).
use super::number_field::{param_error, param_field};
use super::EditorCtx;
use crate::i18n::layout::layout_texts;
use crate::i18n::{method_help, method_name, Texts};
use crate::state::Action;
use evt_core::numbers::format_bp;
use evt_core::scenario::{Method, Scenario};
use evt_core::validate::Param;
use yew::prelude::*;

#[derive(Properties, PartialEq, Default)]
pub struct ParamsProps {
    /// The public (embedded) mode: only what is set, nothing to change.
    #[prop_or_default]
    pub read_only: bool,
}

#[component]
pub fn Params(props: &ParamsProps) -> Html {
    let open = use_state(|| false);
    let Some(editor) = use_context::<EditorCtx>() else {
        return html! {};
    };
    let lang = editor.lang;
    let t = Texts::get(lang);
    let lt = layout_texts(lang);
    let field = |param: Param, label: &'static str, help: &'static str| {
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
    // A message in a closed panel would be out of sight: the panel opens for it.
    let has_error = Param::ALL[..5]
        .iter()
        .any(|&p| param_error(&editor, p, lang).is_some());
    {
        let open = open.clone();
        use_effect_with(has_error, move |has_error| {
            if *has_error {
                open.set(true);
            }
        });
    }
    let is_open = *open;
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    if props.read_only {
        return html! {
            <section class="panel params is-read-only" aria-labelledby="params-heading" id="params">
                <div class="params-head">
                    <h2 id="params-heading">{ t.params_heading }</h2>
                    <p class="params-now" id="params-now">{ params_line(editor.scenario(), lang) }</p>
                </div>
            </section>
        };
    }
    html! {
        <section class={classes!("panel", "params", is_open.then_some("is-open"))} aria-labelledby="params-heading" id="params">
            <div class="params-head">
                <h2 id="params-heading">{ t.params_heading }</h2>
                <p class="params-now" id="params-now">
                    <span class="visually-hidden">{ format!("{}: ", lt.params_now) }</span>
                    { params_line(editor.scenario(), lang) }
                </p>
                <button type="button" class="btn params-toggle" id="params-toggle"
                    aria-expanded={if is_open { "true" } else { "false" }} aria-controls="params-body"
                    onclick={toggle}>
                    { if is_open { lt.params_close } else { lt.params_open } }
                </button>
            </div>
            <div class="params-body" id="params-body">
                <fieldset class="methods">
                    <legend>{ t.method_legend }</legend>
                    { for methods }
                </fieldset>
                <div class="param-grid">
                    { field(Param::Urgents, t.urgents_label, crate::i18n::page::urgents_help(editor.scenario(), lang)) }
                    { field(Param::Minimum, t.minimum_label, t.minimum_help) }
                    { field(Param::Signal, t.signal_label, t.signal_help) }
                    { field(Param::Cap, t.cap_label, t.cap_help) }
                    { field(Param::Turnover, t.turnover_label, t.turnover_help) }
                </div>
            </div>
        </section>
    }
}

/// What is set, in one line: the method and the parameters that matter for it
/// ("Naar rato van huishoudens · 800 urgenten · minimum 15% · signaalwaarde 20%").
pub fn params_line(s: &Scenario, lang: evt_core::numbers::Lang) -> String {
    use evt_core::numbers::{format_count, Lang};
    let p = &s.params;
    let (urgents, minimum, signal, cap, turnover) = match lang {
        Lang::Nl => (
            "urgenten per jaar",
            "minimum",
            "signaalwaarde",
            "plafond",
            "mutatiegraad",
        ),
        Lang::En => (
            "urgents a year",
            "minimum",
            "signal value",
            "cap",
            "turnover",
        ),
    };
    let mut parts = vec![
        method_name(s.method, lang).to_string(),
        format!("{} {urgents}", format_count(p.urgents, lang)),
        format!("{minimum} {}", format_bp(p.minimum_bp, lang)),
        format!("{signal} {}", format_bp(p.signal_bp, lang)),
    ];
    if s.method == Method::HouseholdsCapped {
        parts.push(format!("{cap} {}", format_bp(p.cap(), lang)));
    }
    parts.push(format!("{turnover} {}", format_bp(p.turnover_bp, lang)));
    parts.join(" · ")
}
