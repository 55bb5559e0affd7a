//! "Mijn scenario's": save the current scenario under a name, and open, rename, duplicate or
//! delete saved ones (issue "Saving"). Nothing is lost by accident: deleting asks first, and
//! opening another scenario keeps the current work in the list as unsaved work when it is not
//! saved yet. Every button's accessible name includes the scenario's name; results and storage
//! problems are announced in one status line (`#saved-status`).
use super::EditorCtx;
use crate::i18n::saved::{
    action_label, confirm_delete, copy_namer, display_name, name_error, rename_label, saved_on,
    saved_texts, status_text, Status,
};
use crate::state::Action;
use crate::storage::{self, Kept, Kind, NameError, OpError, Problem, StorageError, StoreRef};
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SavedProps {
    /// Where scenarios are kept; the browser's `localStorage` unless a test gives another.
    #[prop_or_else(StoreRef::browser)]
    pub store: StoreRef,
    /// [`storage::Startup::problem`]: shown in the status line at first.
    #[prop_or_default]
    pub problem: Option<Problem>,
    /// [`storage::Startup::kept_unsaved`]: announced at first, and the entry is marked.
    #[prop_or_default]
    pub kept_unsaved: Option<Kept>,
    /// Bumped by the page when something else changed the list (opening a scenario as A in
    /// the compare view keeps the current work there): the list is read again.
    #[prop_or_default]
    pub revision: u32,
}

/// Make `scenario` the current one (one undo step), first keeping the current work in the
/// list as unsaved work unless it is already safe (saved, or the default). Answers the entry
/// that was kept, if any. "Open" here and picking scenario A in the compare view both use it.
pub fn open_keeping_work(
    store: &dyn storage::Store,
    editor: &EditorCtx,
    scenario: evt_core::Scenario,
) -> Option<Kept> {
    let now = storage::now();
    let kept = storage::keep_unsaved(store, editor.scenario(), now, now)
        .ok()
        .flatten();
    editor.dispatch(Action::Replace {
        scenario,
        notice: None,
    });
    kept
}

/// The inline rename form of one entry.
#[derive(Clone, PartialEq)]
struct Renaming {
    id: String,
    text: String,
    error: Option<NameError>,
}

#[component]
pub fn Saved(props: &SavedProps) -> Html {
    let editor = use_context::<EditorCtx>();
    let store = props.store.clone();
    let listing = {
        let store = store.clone();
        use_state(move || storage::list(&*store))
    };
    let status = {
        let first = props
            .problem
            .clone()
            .or_else(|| listing.problem.clone())
            .map(Status::Problem)
            .or_else(|| {
                props
                    .kept_unsaved
                    .as_ref()
                    .map(|k| Status::KeptAtStartup(k.saved_at))
            });
        use_state(move || first)
    };
    {
        let (listing, store) = (listing.clone(), store.clone());
        use_effect_with(props.revision, move |&revision| {
            if revision != 0 {
                listing.set(storage::list(&*store));
            }
        });
    }
    // Another tab saved, renamed or deleted a scenario (or kept this tab's work): the
    // browser's `storage` event fires here, so this list never shows a stale state.
    {
        let (listing, store) = (listing.clone(), store.clone());
        use_effect_with((), move |_| {
            #[cfg(target_arch = "wasm32")]
            let listener = web_sys::window().map(|w| {
                gloo::events::EventListener::new(&w, "storage", move |e| {
                    use wasm_bindgen::JsCast;
                    let key = e.dyn_ref::<web_sys::StorageEvent>().and_then(|e| e.key());
                    // `None`: the whole storage was cleared.
                    if key.as_deref().is_none_or(|k| k == storage::SAVED_KEY) {
                        listing.set(storage::list(&*store));
                    }
                })
            });
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (listing, store);
            move || {
                #[cfg(target_arch = "wasm32")]
                drop(listener);
            }
        });
    }
    let name = use_state(String::new);
    let name_err = use_state(|| None::<NameError>);
    let renaming = use_state(|| None::<Renaming>);
    let confirming = use_state(|| None::<String>);
    // Focus moves after the next render (the element may not exist yet).
    let focus_next: Rc<RefCell<Option<String>>> = use_mut_ref(|| None);
    {
        let focus_next = focus_next.clone();
        use_effect(move || {
            if let Some(id) = focus_next.borrow_mut().take() {
                crate::web::focus(&id);
            }
        });
    }
    let Some(editor) = editor else {
        return html! {};
    };
    let lang = editor.lang;
    let t = saved_texts(lang);
    let unavailable = matches!(
        listing.problem,
        Some(Problem::Storage(StorageError::Unavailable))
    ) || matches!(
        props.problem,
        Some(Problem::Storage(StorageError::Unavailable))
    );

    let refresh = {
        let listing = listing.clone();
        let store = store.clone();
        move || listing.set(storage::list(&*store))
    };
    let focus_after = {
        let focus_next = focus_next.clone();
        move |id: String| *focus_next.borrow_mut() = Some(id)
    };

    let on_name = {
        let name = name.clone();
        let name_err = name_err.clone();
        Callback::from(move |e: InputEvent| {
            name.set(e.target_unchecked_into::<HtmlInputElement>().value());
            name_err.set(None);
        })
    };
    let on_save = {
        let (store, editor, name, name_err, status) = (
            store.clone(),
            editor.clone(),
            name.clone(),
            name_err.clone(),
            status.clone(),
        );
        let (refresh, focus_after) = (refresh.clone(), focus_after.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match storage::save_as(&*store, &name, editor.scenario(), storage::now()) {
                Ok(item) => {
                    name.set(String::new());
                    name_err.set(None);
                    status.set(Some(Status::Saved(item.name)));
                    refresh();
                }
                Err(OpError::Name(n)) => {
                    name_err.set(Some(n));
                    focus_after("saved-name".into());
                }
                Err(other) => status.set(Some(Status::Failed(other))),
            }
        })
    };

    let items = listing.items.iter().map(|item| {
        let id = item.id.clone();
        let shown = display_name(item, lang);
        let kept = props.kept_unsaved.as_ref().is_some_and(|k| k.id == id);
        let class = classes!(
            "saved-item",
            (item.kind == Kind::UnsavedWork).then_some("saved-item-unsaved"),
            kept.then_some("saved-item-kept"),
        );
        let rename_btn = format!("saved-rename-btn-{id}");
        let delete_btn = format!("saved-delete-btn-{id}");

        let on_open = {
            let (store, editor, status, id) =
                (store.clone(), editor.clone(), status.clone(), id.clone());
            let refresh = refresh.clone();
            Callback::from(move |_: MouseEvent| {
                let target = match storage::open(&*store, &id) {
                    Ok(item) => item,
                    Err(e) => {
                        status.set(Some(Status::Failed(e)));
                        refresh();
                        return;
                    }
                };
                let name = display_name(&target, editor.lang);
                let kept = open_keeping_work(&*store, &editor, target.scenario).map(|k| k.saved_at);
                status.set(Some(Status::Opened { name, kept }));
                refresh();
            })
        };
        let on_rename = {
            let renaming = renaming.clone();
            let confirming = confirming.clone();
            let focus_after = focus_after.clone();
            let (id, text) = (id.clone(), match item.kind {
                Kind::Named => item.name.clone(),
                Kind::UnsavedWork => String::new(),
            });
            Callback::from(move |_: MouseEvent| {
                confirming.set(None);
                renaming.set(Some(Renaming {
                    id: id.clone(),
                    text: text.clone(),
                    error: None,
                }));
                focus_after(format!("saved-rename-{id}"));
            })
        };
        let on_duplicate = {
            let (store, status, id) = (store.clone(), status.clone(), id.clone());
            let refresh = refresh.clone();
            Callback::from(move |_: MouseEvent| {
                match storage::duplicate(&*store, &id, &copy_namer(lang), storage::now()) {
                    Ok(copy) => status.set(Some(Status::Duplicated(copy.name))),
                    Err(e) => status.set(Some(Status::Failed(e))),
                }
                refresh();
            })
        };
        let on_delete = {
            let (confirming, renaming, id) = (confirming.clone(), renaming.clone(), id.clone());
            let focus_after = focus_after.clone();
            Callback::from(move |_: MouseEvent| {
                renaming.set(None);
                confirming.set(Some(id.clone()));
                focus_after(format!("saved-delete-confirm-{id}"));
            })
        };

        let body = if renaming.as_ref().is_some_and(|r| r.id == id) {
            let r = renaming.as_ref().cloned().unwrap_or(Renaming {
                id: id.clone(),
                text: String::new(),
                error: None,
            });
            let input_id = format!("saved-rename-{id}");
            let err_id = format!("saved-rename-error-{id}");
            let on_input = {
                let renaming = renaming.clone();
                let r = r.clone();
                Callback::from(move |e: InputEvent| {
                    renaming.set(Some(Renaming {
                        text: e.target_unchecked_into::<HtmlInputElement>().value(),
                        error: None,
                        ..r.clone()
                    }))
                })
            };
            let cancel = {
                let renaming = renaming.clone();
                let focus_after = focus_after.clone();
                let rename_btn = rename_btn.clone();
                move || {
                    renaming.set(None);
                    focus_after(rename_btn.clone());
                }
            };
            let on_key = {
                let cancel = cancel.clone();
                Callback::from(move |e: KeyboardEvent| {
                    if e.key() == "Escape" {
                        e.prevent_default();
                        cancel();
                    }
                })
            };
            let on_cancel = Callback::from(move |_: MouseEvent| cancel());
            let on_submit = {
                let (store, status, renaming, r) =
                    (store.clone(), status.clone(), renaming.clone(), r.clone());
                let (refresh, focus_after) = (refresh.clone(), focus_after.clone());
                let (rename_btn, input_id) = (rename_btn.clone(), input_id.clone());
                Callback::from(move |e: SubmitEvent| {
                    e.prevent_default();
                    match storage::rename(&*store, &r.id, &r.text) {
                        Ok(item) => {
                            renaming.set(None);
                            status.set(Some(Status::Renamed(item.name)));
                            focus_after(rename_btn.clone());
                            refresh();
                        }
                        Err(OpError::Name(n)) => {
                            renaming.set(Some(Renaming {
                                error: Some(n),
                                ..r.clone()
                            }));
                            focus_after(input_id.clone());
                        }
                        Err(other) => {
                            renaming.set(None);
                            status.set(Some(Status::Failed(other)));
                            refresh();
                        }
                    }
                })
            };
            html! {
                <form class="saved-rename-form" onsubmit={on_submit}>
                    <label class="saved-field-label" for={input_id.clone()}>{ rename_label(&shown, lang) }</label>
                    <input type="text" id={input_id} class="saved-rename-input" value={r.text.clone()}
                        autocomplete="off" oninput={on_input} onkeydown={on_key}
                        aria-invalid={r.error.is_some().then_some("true")}
                        aria-describedby={r.error.is_some().then(|| err_id.clone())} />
                    <button type="submit" class="btn saved-rename-save">{ t.rename_save }</button>
                    <button type="button" class="btn btn-quiet saved-rename-cancel" onclick={on_cancel}>{ t.cancel }</button>
                    if let Some(e) = r.error {
                        <p class="field-error saved-error" id={err_id} role="alert">{ name_error(e, lang) }</p>
                    }
                </form>
            }
        } else if confirming.as_ref() == Some(&id) {
            let question_id = format!("saved-delete-question-{id}");
            let on_yes = {
                let (store, status, confirming, id) =
                    (store.clone(), status.clone(), confirming.clone(), id.clone());
                let (refresh, focus_after) = (refresh.clone(), focus_after.clone());
                Callback::from(move |_: MouseEvent| {
                    confirming.set(None);
                    match storage::delete(&*store, &id) {
                        Ok(item) => {
                            status.set(Some(Status::Deleted(display_name(&item, lang))))
                        }
                        Err(e) => status.set(Some(Status::Failed(e))),
                    }
                    focus_after("saved-list-heading".into());
                    refresh();
                })
            };
            let on_no = {
                let (confirming, focus_after) = (confirming.clone(), focus_after.clone());
                let delete_btn = delete_btn.clone();
                Callback::from(move |_: MouseEvent| {
                    confirming.set(None);
                    focus_after(delete_btn.clone());
                })
            };
            html! {
                <div class="saved-confirm" role="group" aria-labelledby={question_id.clone()}>
                    <p id={question_id} class="saved-confirm-question">{ confirm_delete(&shown, lang) }</p>
                    <button type="button" class="btn saved-danger saved-delete-confirm"
                        id={format!("saved-delete-confirm-{id}")} onclick={on_yes}>{ t.delete_yes }</button>
                    <button type="button" class="btn btn-quiet saved-delete-cancel" onclick={on_no}>{ t.cancel }</button>
                </div>
            }
        } else {
            html! {
                <div class="saved-actions">
                    <button type="button" class="btn saved-open" onclick={on_open}
                        aria-label={action_label(t.open, &shown)}>{ t.open }</button>
                    <button type="button" class="btn btn-quiet saved-rename" id={rename_btn} onclick={on_rename}
                        aria-label={action_label(t.rename, &shown)}>{ t.rename }</button>
                    <button type="button" class="btn btn-quiet saved-duplicate" onclick={on_duplicate}
                        aria-label={action_label(t.duplicate, &shown)}>{ t.duplicate }</button>
                    <button type="button" class="btn btn-quiet saved-delete" id={delete_btn} onclick={on_delete}
                        aria-label={action_label(t.delete, &shown)}>{ t.delete }</button>
                </div>
            }
        };
        html! {
            <li key={id.clone()} class={class} data-saved-id={id.clone()}>
                <p class="saved-item-text">
                    <span class="saved-item-name">{ shown.clone() }</span>
                    <span class="saved-item-meta">
                        { match item.kind {
                            Kind::Named => saved_on(item, lang),
                            Kind::UnsavedWork => t.unsaved_hint.to_string(),
                        } }
                    </span>
                </p>
                { body }
            </li>
        }
    });

    let described = if name_err.is_some() {
        "saved-name-help saved-name-error"
    } else {
        "saved-name-help"
    };
    html! {
        <section class="panel saved" id="saved" aria-labelledby="saved-heading">
            <h2 id="saved-heading">{ t.heading }</h2>
            <p class="saved-intro">{ t.intro }</p>
            <form class="saved-form" id="saved-form" onsubmit={on_save}>
                <label class="saved-field-label" for="saved-name">{ t.name_label }</label>
                <div class="saved-form-row">
                    <input type="text" id="saved-name" value={(*name).clone()} oninput={on_name}
                        autocomplete="off" disabled={unavailable} aria-describedby={described}
                        aria-invalid={name_err.is_some().then_some("true")} />
                    <button type="submit" class="btn" id="saved-save" disabled={unavailable}>{ t.save }</button>
                </div>
                <p class="field-help" id="saved-name-help">{ t.name_help }</p>
                if let Some(e) = *name_err {
                    <p class="field-error saved-error" id="saved-name-error" role="alert">{ name_error(e, lang) }</p>
                }
            </form>
            <p class="saved-status" id="saved-status" role="status">
                { status.as_ref().map(|s| status_text(s, lang)).unwrap_or_default() }
            </p>
            <h3 id="saved-list-heading" tabindex="-1">
                { format!("{} ({})", t.list_heading, listing.items.len()) }
            </h3>
            if listing.items.is_empty() {
                <p class="saved-empty" id="saved-empty">{ t.empty }</p>
            } else {
                <ul class="saved-list" id="saved-list">{ for items }</ul>
            }
        </section>
    }
}
