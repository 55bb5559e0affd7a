//! "Hoe berekend?": a disclosure with the rule and the actual numbers behind one result.
use crate::i18n::explain::{explain_other, explain_status, explain_target};
use crate::i18n::Texts;
use crate::view::ResultRow;
use evt_core::numbers::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExplainProps {
    pub row: ResultRow,
    pub lang: Lang,
    pub minimum_bp: u32,
    pub signal_bp: u32,
}

#[component]
pub fn Explain(props: &ExplainProps) -> Html {
    let t = Texts::get(props.lang);
    let (open, ontoggle) = super::use_details_open();
    html! {
        <details class="explain" id={format!("explain-{}", props.row.id)} {ontoggle}>
            <summary>{ t.explain_summary }<span class="visually-hidden">{ format!(" ({})", props.row.name) }</span></summary>
            // The text is built only when opened: 342 rows stay cheap to render.
            if open {
                <div class="explain-body">
                    <p>{ explain_target(&props.row, props.lang) }</p>
                    <p>{ explain_status(&props.row, props.minimum_bp, props.signal_bp, props.lang) }</p>
                    <p>{ explain_other(&props.row, props.lang) }</p>
                </div>
            }
        </details>
    }
}
