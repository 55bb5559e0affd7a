//! The plain-language summary on top, announced after every recalculation, with the choice
//! of "Mijn gemeente" (whose figures then come first).
use crate::i18n::layout::layout_texts;
use crate::i18n::summary::summary;
use crate::i18n::Texts;
use crate::state::Computed;
use evt_core::numbers::Lang;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub computed: Rc<Computed>,
    pub lang: Lang,
    /// The results do not reflect pending input errors.
    #[prop_or_default]
    pub stale: bool,
    /// "Mijn gemeente": its figures come first.
    #[prop_or_default]
    pub mine: Option<AttrValue>,
    /// A municipality was picked (`None`: no choice). Without it there is no picker.
    #[prop_or_default]
    pub onmine: Option<Callback<Option<AttrValue>>>,
}

#[component]
pub fn Summary(props: &SummaryProps) -> Html {
    let t = Texts::get(props.lang);
    let lt = layout_texts(props.lang);
    let text = summary(&props.computed, props.lang, props.mine.as_deref());
    let picker = props.onmine.clone().map(|onmine| {
        let onchange = Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let v = select.value();
            onmine.emit((!v.is_empty()).then(|| AttrValue::from(v)));
        });
        let mine = props.mine.as_deref().unwrap_or("");
        html! {
            <div class="mine-pick">
                <label for="mine">{ lt.mine_label }</label>
                <select id="mine" {onchange} aria-describedby="mine-help">
                    <option value="" selected={mine.is_empty()}>{ lt.mine_none }</option>
                    { for props.computed.scenario.municipalities.iter().map(|m| html! {
                        <option value={m.id.clone()} selected={m.id == mine}>{ m.name.clone() }</option>
                    }) }
                </select>
                <p class="help" id="mine-help">{ lt.mine_help }</p>
            </div>
        }
    });
    html! {
        <section class="summary" aria-labelledby="summary-heading">
            <h2 id="summary-heading" class="visually-hidden">{ t.summary_heading }</h2>
            <p id="summary" class={classes!("summary-text", props.stale.then_some("is-stale"))}
               aria-live="polite" aria-atomic="true">{ text }</p>
            if props.stale {
                <p class="stale-notice" role="status" id="stale-notice">{ t.stale_notice }</p>
            }
            { for picker }
        </section>
    }
}
