//! A view or panel of the second module, in the first one.
//!
//! The page's first module (the light build, `cfg(not(evt_full))`) leaves out the views few
//! visitors open: map, growth path, monitoring, compare, the explanation (which the explanation
//! page's module has: `cfg(evt_explanation)`, build.rs), building a region and the saved
//! scenarios, and the reader of pasted and imported tables. Where one of them belongs, this stands in: it writes the current state into
//! the address (the link and the autosave, so nothing is lost), then asks `web/boot.js` to
//! start the full module, which opens exactly that state and the same view or panel. Until
//! then it says what is happening, and if loading fails it says so and offers to try again.
use crate::i18n::page::page_texts;
use evt_core::numbers::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OnDemandProps {
    pub lang: Lang,
    /// Writes the current state into the address bar and the autosave.
    pub flush: Callback<()>,
    /// The element the full module focuses (a view tab) or opens (a panel) when it starts.
    pub focus: AttrValue,
    /// Text for the full module's paste preview (a table pasted or imported here).
    #[prop_or_default]
    pub text: Option<AttrValue>,
}

#[component]
pub fn OnDemand(props: &OnDemandProps) -> Html {
    let t = page_texts(props.lang);
    let failed = use_state(|| false);
    let attempt = use_state(|| 0u32);
    {
        let (flush, focus, failed) = (props.flush.clone(), props.focus.clone(), failed.clone());
        let text = props.text.clone();
        use_effect_with(*attempt, move |_| {
            flush.emit(());
            crate::takeover::load_full(&focus, text.as_deref(), move |ok| failed.set(!ok));
        });
    }
    let retry = {
        let (attempt, failed) = (attempt.clone(), failed.clone());
        Callback::from(move |_: MouseEvent| {
            failed.set(false);
            attempt.set(*attempt + 1);
        })
    };
    html! {
        <div class="on-demand" data-on-demand={props.focus.clone()}>
            if *failed {
                <p role="alert">{ t.on_demand_failed }</p>
                <button type="button" class="btn" onclick={retry}>{ t.on_demand_retry }</button>
            } else {
                <p role="status">{ t.on_demand_loading }</p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct OnDemandPanelProps {
    pub lang: Lang,
    pub flush: Callback<()>,
    /// The `<details>`' id, also what the full module opens.
    pub id: AttrValue,
    pub class: Classes,
    pub summary: AttrValue,
}

/// A closed `<details>` panel whose contents live in the full module: opening it loads them.
#[component]
pub fn OnDemandPanel(props: &OnDemandPanelProps) -> Html {
    let (open, ontoggle) = super::use_details_open();
    html! {
        <details class={props.class.clone()} id={props.id.clone()} {ontoggle}>
            <summary>{ props.summary.clone() }</summary>
            if open {
                <OnDemand lang={props.lang} flush={props.flush.clone()} focus={props.id.clone()} />
            }
        </details>
    }
}
