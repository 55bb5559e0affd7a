//! `<ViewNav>`: the view tabs (calculator, map, growth path, monitoring, compare,
//! explanation). A change of view is a history entry (Back returns to the previous view,
//! never to an older scenario: see `hooks::use_history_views`); an edit never is. The tabs
//! are real links: opened in a new tab they show the same scenario in that view (the link is
//! brought up to date when a tab is pointed at or focused).

use crate::address::{NAV, PUBLIC_NAV};
use crate::i18n::page::{page_texts, view_name};
use crate::web::EXPLANATION_PAGE;
use evt_core::codec::link::View;
use evt_core::numbers::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ViewNavProps {
    pub view: View,
    pub lang: Lang,
    /// The public mode (`e=1`): its views only, and a view change replaces the host page's
    /// history entry instead of adding one.
    pub embed: bool,
    /// The scenario link in a view (`None`: in the current one).
    pub link_of: Callback<Option<View>, String>,
    /// A tab was activated (plain click, not a new-tab click).
    pub onselect: Callback<View>,
}

#[component]
pub fn ViewNav(props: &ViewNavProps) -> Html {
    let ViewNavProps {
        view,
        lang,
        embed,
        link_of,
        onselect,
    } = props;
    let (view, lang, embed) = (*view, *lang, *embed);
    let tab = |v: View| {
        let onclick = {
            let (link_of, onselect) = (link_of.clone(), onselect.clone());
            Callback::from(move |e: MouseEvent| {
                if e.button() != 0 || e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() {
                    return;
                }
                e.prevent_default();
                if view == v {
                    return;
                }
                // Inside a host page's frame a view change would add to the host's history:
                // there it replaces the entry.
                if embed {
                    crate::web::replace_hash(&link_of.emit(Some(v)));
                } else {
                    // The entry left behind is the app's, with the scenario of now (an edit
                    // of less than 300 ms ago included): Back restores its view.
                    crate::web::replace_hash(&link_of.emit(None));
                    crate::web::mark_history_entry();
                    crate::web::push_hash(&link_of.emit(Some(v)));
                }
                onselect.emit(v);
            })
        };
        let refresh = {
            let link_of = link_of.clone();
            move |target: Option<web_sys::EventTarget>| {
                use wasm_bindgen::JsCast;
                if let Some(a) =
                    target.and_then(|t| t.dyn_into::<web_sys::HtmlAnchorElement>().ok())
                {
                    a.set_href(&crate::web::page_url(&link_of.emit(Some(v))));
                }
            }
        };
        let (r1, r2) = (refresh.clone(), refresh);
        let onfocus = Callback::from(move |e: FocusEvent| r1(e.target()));
        let onpointerdown = Callback::from(move |e: PointerEvent| r2(e.target()));
        let page = if v == View::Explanation {
            EXPLANATION_PAGE
        } else {
            ""
        };
        let href = if v == View::Calculator || v == View::Explanation {
            crate::web::app_url(page, "")
        } else {
            crate::web::app_url(page, &format!("#v={}", v.code()))
        };
        html! {
            <li>
                <a class={classes!("view-tab", (view == v).then_some("is-active"))}
                    id={format!("view-{}", v.code())} {href}
                    aria-current={if view == v { "page" } else { "false" }}
                    {onclick} {onfocus} {onpointerdown}>{ view_name(v, lang) }</a>
            </li>
        }
    };
    html! {
        <nav class="view-nav" aria-label={page_texts(lang).views_label}>
            <ul>
                { for NAV.into_iter().filter(|v| !embed || PUBLIC_NAV.contains(v)).map(tab) }
            </ul>
        </nav>
    }
}
