//! The plain-language summary on top, announced after every recalculation.
use crate::i18n::{summary, Texts};
use crate::state::Computed;
use evt_core::numbers::Lang;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub computed: Rc<Computed>,
    pub lang: Lang,
    /// The results do not reflect pending input errors.
    #[prop_or_default]
    pub stale: bool,
}

#[component]
pub fn Summary(props: &SummaryProps) -> Html {
    let t = Texts::get(props.lang);
    let text = summary(&props.computed, props.lang);
    html! {
        <section class="summary" aria-labelledby="summary-heading">
            <h2 id="summary-heading" class="visually-hidden">{ t.summary_heading }</h2>
            <p id="summary" class={classes!("summary-text", props.stale.then_some("is-stale"))}
               aria-live="polite" aria-atomic="true">{ text }</p>
            if props.stale {
                <p class="stale-notice" role="status" id="stale-notice">{ t.stale_notice }</p>
            }
        </section>
    }
}
