//! `<CompareView>`: the compare view's choices around `<Compare>`: A is the current
//! scenario (or a saved one, opened in the calculator with the replaced work kept), B the
//! default, a saved one or a pasted link.

use crate::components::compare::{Choice, Compare};
use crate::components::saved::open_keeping_work;
use crate::components::EditorCtx;
use crate::i18n::page::page_texts;
use crate::storage::{self, StoreRef};
use evt_core::Scenario;
use std::rc::Rc;
use yew::prelude::*;

/// Scenario B with the key of the choice it came from (`None`: a pasted link).
pub type CompareB = Option<(Option<AttrValue>, Rc<Scenario>)>;

#[derive(Properties, PartialEq)]
pub struct CompareViewProps {
    pub store: StoreRef,
    /// Kept by the app: it is part of the link.
    pub compare_b: UseStateHandle<CompareB>,
    /// Bumped when opening A keeps work in "Mijn scenario's", so that list is read again.
    pub saved_revision: UseStateHandle<u32>,
}

#[component]
pub fn CompareView(props: &CompareViewProps) -> Html {
    let Some(editor) = use_context::<EditorCtx>() else {
        return html! {};
    };
    let CompareViewProps {
        store,
        compare_b,
        saved_revision,
    } = props;
    let lang = editor.lang;
    let default = Rc::new(evt_core::data::default_scenario());
    let mut choices = vec![Choice {
        key: "default".into(),
        label: page_texts(lang).compare_default.into(),
        scenario: default.clone(),
    }];
    choices.extend(
        storage::list(&**store)
            .items
            .into_iter()
            .map(|item| Choice {
                key: item.id.into(),
                label: match item.kind {
                    storage::Kind::Named => item.name.into(),
                    storage::Kind::UnsavedWork => {
                        crate::i18n::saved::unsaved_label(item.saved_at, lang).into()
                    }
                },
                scenario: Rc::new(item.scenario),
            }),
    );
    let (b_key, b) = (**compare_b)
        .clone()
        .unwrap_or_else(|| (Some("default".into()), default));
    let onpick = {
        let compare_b = compare_b.clone();
        Callback::from(move |(key, s): (Option<AttrValue>, Rc<Scenario>)| {
            compare_b.set(Some((key, s)))
        })
    };
    let onpick_a = {
        let (store, editor) = (store.clone(), editor.clone());
        let saved_revision = saved_revision.clone();
        Callback::from(move |c: Choice| {
            let kept = open_keeping_work(&*store, &editor, (*c.scenario).clone()).is_some();
            if kept {
                saved_revision.set(saved_revision.wrapping_add(1).max(1));
            }
            kept
        })
    };
    html! {
        <main id="main" class="layout-single" tabindex="-1" data-ready="true">
            <Compare a={editor.current.scenario.clone()} {b} {b_key} {choices} {lang} {onpick} {onpick_a} />
        </main>
    }
}
