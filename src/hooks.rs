//! The page's browser hooks: the live link and autosave flush, page hide, Back and Forward
//! between views, a link opened in the open page, printing from the browser menu, and the
//! undo shortcuts. Natively (rendering tests, the prerender) they do nothing; the stores are
//! in-memory.

#[cfg(target_arch = "wasm32")]
use crate::address::{view_of_path, view_only, PUBLIC_NAV};
#[cfg(target_arch = "wasm32")]
use crate::state::Action;
use crate::state::Editor;
use crate::storage;
use evt_core::codec::link::{self, LinkError, View};
use evt_core::Scenario;
use std::rc::Rc;
use yew::prelude::*;

/// Writes the link into the address bar and autosaves.
pub(crate) type Flush = Rc<dyn Fn()>;

/// Keep the address bar's hash on the current state: 300 ms after the last change, with
/// `history.replaceState` (no history entry per keystroke).
#[hook]
pub(crate) fn use_live_link<D: PartialEq + 'static>(deps: D, flush: Flush) {
    use_effect_with(deps, move |_| {
        #[cfg(target_arch = "wasm32")]
        let timeout = gloo::timers::callback::Timeout::new(300, move || flush());
        #[cfg(not(target_arch = "wasm32"))]
        let _ = flush;
        move || {
            #[cfg(target_arch = "wasm32")]
            drop(timeout);
        }
    });
}

/// Flush the link and the autosave when the page is hidden (reload, tab closed, app switch).
#[hook]
pub(crate) fn use_page_hide(latest: Rc<std::cell::RefCell<Option<Flush>>>) {
    use_effect_with((), move |_| {
        #[cfg(target_arch = "wasm32")]
        let listener = web_sys::window().map(|w| {
            gloo::events::EventListener::new(&w, "pagehide", move |_| {
                let flush = latest.borrow().clone();
                if let Some(f) = flush {
                    f();
                }
            })
        });
        #[cfg(not(target_arch = "wasm32"))]
        let _ = latest;
        move || {
            #[cfg(target_arch = "wasm32")]
            drop(listener);
        }
    });
}

/// Back and Forward between views: a history entry made by a change of view gives back only
/// its view; the scenario stays as it is now (the address is brought up to date by the next
/// flush). Its `hashchange` is not a pasted link.
#[hook]
pub(crate) fn use_history_views(
    set_view: UseStateSetter<View>,
    written: Rc<std::cell::RefCell<String>>,
) {
    use_effect_with((), move |_| {
        #[cfg(target_arch = "wasm32")]
        let listener = web_sys::window().map(|w| {
            gloo::events::EventListener::new(&w, "popstate", move |_| {
                // A link pasted into the address bar (or followed in the page) also pops a
                // state, a new one of the visitor's: that is the hashchange listener's.
                if !crate::web::history_entry_is_ours() {
                    return;
                }
                let hash = crate::web::location_hash();
                let view = if hash.starts_with("evt") {
                    link::decode(&hash).map(|s| s.view).ok()
                } else {
                    view_only(&hash).or_else(|| {
                        hash.is_empty()
                            .then(|| view_of_path(&crate::web::location_path()))
                    })
                };
                if let Some(v) = view {
                    *written.borrow_mut() = format!("#{hash}");
                    set_view.set(v);
                }
            })
        });
        #[cfg(not(target_arch = "wasm32"))]
        let _ = (set_view, written);
        move || {
            #[cfg(target_arch = "wasm32")]
            drop(listener);
        }
    });
}

/// This tab's `sessionStorage`; natively an empty in-memory store.
pub(crate) fn app_session() -> storage::StoreRef {
    browser_or_memory(storage::StoreRef::session, 1)
}

/// Where scenarios are saved: the browser's `localStorage`; natively (rendering tests) an
/// empty in-memory store.
pub(crate) fn app_store() -> storage::StoreRef {
    browser_or_memory(storage::StoreRef::browser, 0)
}

/// `browser()` in the browser; natively in-memory store number `n` (one per storage area).
pub(crate) fn browser_or_memory(browser: fn() -> storage::StoreRef, n: usize) -> storage::StoreRef {
    #[cfg(target_arch = "wasm32")]
    {
        let _ = n;
        browser()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = browser;
        thread_local! {
            static STORES: [storage::StoreRef; 2] = std::array::from_fn(|_| {
                storage::StoreRef::new(storage::MemoryStore::new())
            });
        }
        STORES.with(|s| s[n].clone())
    }
}

/// What a newly opened link sets on the page besides the scenario (read by the browser's
/// `hashchange` listener only).
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub(crate) struct PageSetters {
    pub(crate) view: UseStateSetter<View>,
    pub(crate) compare: UseStateSetter<Option<(Option<AttrValue>, Rc<Scenario>)>>,
    pub(crate) problem: UseStateSetter<Option<(LinkError, bool)>>,
    pub(crate) mine: UseStateSetter<Option<AttrValue>>,
    pub(crate) page: UseStateSetter<(bool, link::Theme)>,
    pub(crate) note: UseStateSetter<StorageNote>,
    #[cfg(evt_full)]
    pub(crate) saved_revision: UseStateHandle<u32>,
}

/// What the storage line says (see `storage_note` in [`crate::app::App`]).
#[derive(Clone, PartialEq)]
pub(crate) struct StorageNote {
    pub(crate) kept: Option<storage::Kept>,
    /// `kept` is another tab's work (not the work a link replaced).
    pub(crate) other_tab: bool,
    pub(crate) problem: Option<storage::Problem>,
}

/// The current work, for a link opened in the open page.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub(crate) struct HashChangeWork {
    pub(crate) editor: Rc<std::cell::RefCell<Option<UseReducerHandle<Editor>>>>,
    pub(crate) autosave_allowed: Rc<std::cell::RefCell<bool>>,
}

/// A link pasted into the address bar of an open page (or a link followed within the page)
/// opens like a fresh visit: the work it replaces is kept in "Mijn scenario's" first (or,
/// when that fails, the user is told and the autosave stops, so nothing overwrites it), the
/// scenario is replaced as one undo step, and the link's view, language, public mode and
/// theme apply.
#[hook]
pub(crate) fn use_hash_change(
    store: storage::StoreRef,
    dispatch: UseReducerDispatcher<Editor>,
    set: PageSetters,
    work: HashChangeWork,
    written: Rc<std::cell::RefCell<String>>,
) {
    use_effect_with((), move |_| {
        #[cfg(target_arch = "wasm32")]
        let listener = web_sys::window().map(|w| {
            gloo::events::EventListener::new(&w, "hashchange", move |_| {
                let hash = crate::web::location_hash();
                if !hash.starts_with("evt") || format!("#{hash}") == *written.borrow() {
                    return;
                }
                crate::web::mark_history_entry();
                match link::decode(&hash) {
                    Ok(state) => {
                        set.problem.set(None);
                        // The link wins; the work it replaces stays in "Mijn scenario's".
                        let current = work.editor.borrow().clone();
                        if let Some(current) = current.filter(|e| *e.scenario() != state.scenario) {
                            let now = storage::now();
                            let note = match storage::keep_unsaved(
                                &*store,
                                current.scenario(),
                                now,
                                now,
                            ) {
                                Ok(kept) => StorageNote {
                                    kept,
                                    other_tab: false,
                                    problem: None,
                                },
                                Err(e) => {
                                    // Not kept: the autosave keeps the old work from now on
                                    // (Ctrl+Z brings it back in this page).
                                    *work.autosave_allowed.borrow_mut() = false;
                                    StorageNote {
                                        kept: None,
                                        other_tab: false,
                                        problem: Some(match e {
                                            storage::OpError::Problem(p) => p,
                                            _ => storage::Problem::Storage(
                                                storage::StorageError::Other(String::new()),
                                            ),
                                        }),
                                    }
                                }
                            };
                            set.note.set(note);
                            #[cfg(evt_full)]
                            set.saved_revision.set(*set.saved_revision + 1);
                        }
                        set.page.set((state.embed, state.theme.clone()));
                        if let Some(l) = state.lang {
                            dispatch.dispatch(Action::SetLang(l));
                        }
                        dispatch.dispatch(Action::Replace {
                            scenario: state.scenario,
                            notice: None,
                        });
                        // A public link to a view the public mode does not have opens the answer.
                        set.view.set(match state.view {
                            v if state.embed && !PUBLIC_NAV.contains(&v) => View::Calculator,
                            v => v,
                        });
                        set.mine.set(state.mine.map(AttrValue::from));
                        set.compare.set(state.compare.map(|s| (None, Rc::new(s))));
                    }
                    Err(e) => set.problem.set(Some((e, false))),
                }
            })
        });
        #[cfg(not(target_arch = "wasm32"))]
        let _ = (store, dispatch, set, work, written);
        move || {
            #[cfg(target_arch = "wasm32")]
            drop(listener);
        }
    });
}

/// Keep the report's "printed on" time and its link current when the user prints from the
/// browser menu (the link of an edit made less than 300 ms before).
#[hook]
pub(crate) fn use_before_print(
    set: UseStateSetter<chrono::NaiveDateTime>,
    latest: Rc<std::cell::RefCell<Option<Flush>>>,
) {
    use_effect_with((), move |_| {
        #[cfg(target_arch = "wasm32")]
        let listener = web_sys::window().map(|w| {
            gloo::events::EventListener::new(&w, "beforeprint", move |_| {
                let flush = latest.borrow().clone();
                if let Some(f) = flush {
                    f();
                }
                set.set(chrono::Local::now().naive_local());
            })
        });
        #[cfg(not(target_arch = "wasm32"))]
        let _ = (set, latest);
        move || {
            #[cfg(target_arch = "wasm32")]
            drop(listener);
        }
    });
}

/// Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl+Y redo, anywhere on the page.
#[hook]
pub(crate) fn use_shortcuts(dispatch: UseReducerDispatcher<Editor>) {
    use_effect_with((), move |_| {
        #[cfg(target_arch = "wasm32")]
        let listener = web_sys::window().and_then(|w| w.document()).map(|doc| {
            use wasm_bindgen::JsCast;
            // Not passive: prevent_default must stop the browser's own text undo.
            let options = gloo::events::EventListenerOptions::enable_prevent_default();
            gloo::events::EventListener::new_with_options(&doc, "keydown", options, move |e| {
                let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                    return;
                };
                if !(e.ctrl_key() || e.meta_key()) || e.alt_key() {
                    return;
                }
                let key = e.key().to_ascii_lowercase();
                let action = match (key.as_str(), e.shift_key()) {
                    ("z", false) => Action::Undo,
                    ("z", true) | ("y", false) => Action::Redo,
                    _ => return,
                };
                e.prevent_default();
                dispatch.dispatch(action);
            })
        });
        #[cfg(not(target_arch = "wasm32"))]
        let _ = dispatch;
        move || {
            #[cfg(target_arch = "wasm32")]
            drop(listener);
        }
    });
}
