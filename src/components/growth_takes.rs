//! The growth view's two blocks above the results table: where the path starts and ends
//! (afspraak 2, paths a and b), and "what it takes" (growth path a,
//! `evt_core::growth::what_it_takes`): for every municipality that ends above the signal
//! value, the extra vacated homes per year and the small homes that give them, with one
//! "Pas toe" that types them in as one undo step.
//!
//! A list, not a table: each municipality is one sentence, so the block wraps on a phone and
//! never scrolls sideways.

use super::EditorCtx;
use crate::i18n::growth::{growth_texts, path_ends, takes_intro, takes_none, takes_text};
use crate::state::{Action, Notice};
use crate::view::growth::{apply_what_it_takes, GrowthModel};
use evt_core::methods::ComputeError;
use evt_core::numbers::Lang;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TakesProps {
    pub model: Rc<GrowthModel>,
    pub lang: Lang,
    /// The model is of the last valid scenario: applying is refused until the input is fixed.
    pub stale: bool,
}

/// Where the path starts and ends; then "what it takes": one line per municipality that ends
/// above the signal value, and the button that applies them all.
#[component]
pub fn GrowthTakes(props: &TakesProps) -> Html {
    let editor = use_context::<EditorCtx>();
    let refused = use_state(|| false);
    let Some(editor) = editor else {
        return html! {};
    };
    let lang = props.lang;
    let g = growth_texts(lang);
    let m = &props.model;
    let onclick = {
        let (editor, refused) = (editor.clone(), refused.clone());
        Callback::from(move |_: MouseEvent| {
            // Text typed into the table that does not parse would be lost by the change. (A
            // method the calculator cannot use does not stop the growth path.)
            let invalid = matches!(editor.problem, Some(ComputeError::Invalid(_)));
            if !editor.parse_errors.is_empty() || invalid {
                refused.set(true);
                return;
            }
            refused.set(false);
            if let Some((scenario, n)) = apply_what_it_takes(editor.scenario()) {
                editor.dispatch(Action::Replace {
                    scenario,
                    notice: Some(Notice::Applied(n)),
                });
            }
        })
    };
    let reachable = m.takes.iter().any(|r| r.extra.is_some());
    let body = if m.takes.is_empty() {
        html! { <p id="growth-takes-none">{ takes_none(m.years, lang) }</p> }
    } else {
        html! {
            <>
                <p class="help">{ takes_intro(m.years, m.signal_bp, lang) }</p>
                <ul class="growth-takes-list" id="growth-takes-list">
                    { for m.takes.iter().map(|r| html! {
                        <li key={r.id.clone()} data-id={r.id.clone()}
                            data-extra={r.extra.map(|e| e.to_string())}
                            data-homes={r.homes.map(|h| h.to_string())}>
                            <strong class="growth-takes-name">{ r.name.clone() }</strong>
                            { ": " }{ takes_text(r, m.years, lang) }
                        </li>
                    }) }
                </ul>
                if reachable {
                    <div class="growth-takes-apply">
                        <button type="button" class="btn" id="growth-takes-apply" {onclick}
                            disabled={props.stale} aria-describedby="growth-takes-apply-help">
                            { g.takes_apply }
                        </button>
                        <p id="growth-takes-apply-help" class="help">{ g.takes_apply_help }</p>
                    </div>
                }
                if *refused {
                    <p class="field-error" id="growth-takes-refused" role="alert">{ g.takes_fix_first }</p>
                }
            </>
        }
    };
    let [start, end, outcome] = path_ends(&m.ends(), lang);
    html! {
        <>
            <section class="growth-ends" id="growth-ends" aria-labelledby="growth-ends-heading">
                <h4 id="growth-ends-heading">{ g.ends_heading }</h4>
                <p>{ start }{ " " }{ end }</p>
                <p id="growth-outcome">{ outcome }</p>
            </section>
            <section class="growth-takes" id="growth-takes" aria-labelledby="growth-takes-heading">
                <h4 id="growth-takes-heading">{ g.takes_heading }</h4>
                { body }
            </section>
        </>
    }
}
