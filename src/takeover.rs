//! The paced start and the hand-over between modules (see [`crate::boot`] for the whole
//! story): parts wrapped in [`crate::components::later::Later`] render one task at a time
//! ([`later`], [`later_done`]); [`take_over_when_ready`] replaces the prerendered page with the
//! app in one task; the first module's state ([`Handover`]) passes to the full one
//! ([`take_start_focus`] … [`take_start_session`], [`handover`], [`load_full`]).
//!
//! This module knows nothing of the app component: the app and its components use it, and
//! [`crate::boot`] (which mounts the app) calls [`begin`] and [`end`].
//!
//! Natively (tests, the prerender) there is nothing to take over: everything renders at
//! once and these functions do nothing.

#[cfg(target_arch = "wasm32")]
mod imp {
    use std::cell::{Cell, RefCell};
    use std::collections::VecDeque;
    use std::rc::Rc;
    use wasm_bindgen::JsCast;

    /// A part waiting to render: whether it still exists, and what renders it.
    type Part = (Rc<Cell<bool>>, Box<dyn FnOnce()>);

    thread_local! {
        static ROOT: RefCell<Option<web_sys::Element>> = const { RefCell::new(None) };
        static QUEUE: RefCell<VecDeque<Part>> = const { RefCell::new(VecDeque::new()) };
        static IN_FLIGHT: Cell<bool> = const { Cell::new(false) };
        static SCHEDULED: Cell<bool> = const { Cell::new(false) };
        static AFTER: RefCell<Option<Box<dyn FnOnce()>>> = const { RefCell::new(None) };
        static TAKEN_OVER: Cell<bool> = const { Cell::new(false) };
        static START_FOCUS: RefCell<Option<String>> = const { RefCell::new(None) };
        static START_KEPT: RefCell<Option<String>> = const { RefCell::new(None) };
        static START_TEXT: RefCell<Option<String>> = const { RefCell::new(None) };
        static START_SESSION: RefCell<Option<String>> = const { RefCell::new(None) };
        static HANDOVER: RefCell<Option<Rc<dyn Fn() -> String>>> = const { RefCell::new(None) };
        static KEPT: RefCell<Option<String>> = const { RefCell::new(None) };
    }

    fn document() -> Option<web_sys::Document> {
        web_sys::window().and_then(|w| w.document())
    }

    /// What the first module hands to the full one when that takes over.
    pub struct Handover {
        /// See [`take_start_focus`].
        pub focus: Option<String>,
        /// See [`take_start_kept`].
        pub kept: Option<String>,
        /// See [`take_start_text`].
        pub text: Option<String>,
        /// See [`take_start_session`].
        pub session: Option<String>,
    }

    /// Keep what the first module handed over and the root the app renders into (outside the
    /// document until [`take_over_when_ready`] puts it in).
    pub fn begin(handover: Handover, root: web_sys::Element) {
        START_FOCUS.with(|f| *f.borrow_mut() = handover.focus);
        START_KEPT.with(|k| *k.borrow_mut() = handover.kept);
        START_TEXT.with(|t| *t.borrow_mut() = handover.text);
        START_SESSION.with(|t| *t.borrow_mut() = handover.session);
        ROOT.with(|r| *r.borrow_mut() = Some(root));
    }

    /// Forget the root (the app was unmounted); returns it for removal.
    pub fn end() -> Option<web_sys::Element> {
        ROOT.with(|r| r.borrow_mut().take())
    }

    /// Whether the app shows (later parts then render at once).
    pub fn taken_over() -> bool {
        TAKEN_OVER.with(Cell::get)
    }

    /// Queue a part ([`crate::components::later::Later`]): `render` is called in a task of
    /// its own once the parts before it have rendered; `alive` false skips it (unmounted).
    pub fn later(alive: Rc<Cell<bool>>, render: impl FnOnce() + 'static) {
        QUEUE.with(|q| q.borrow_mut().push_back((alive, Box::new(render))));
        schedule();
    }

    /// The part in flight has rendered (or is gone): on to the next, in a new task.
    pub fn later_done() {
        IN_FLIGHT.with(|f| f.set(false));
        schedule();
    }

    /// Take over once every queued part has rendered, then run `after`.
    pub fn take_over_when_ready(after: impl FnOnce() + 'static) {
        AFTER.with(|a| *a.borrow_mut() = Some(Box::new(after)));
        schedule();
    }

    fn schedule() {
        if SCHEDULED.with(|s| s.replace(true)) {
            return;
        }
        gloo::timers::callback::Timeout::new(0, step).forget();
    }

    /// One task: render the next part, or take over when none is left.
    fn step() {
        SCHEDULED.with(|s| s.set(false));
        if IN_FLIGHT.with(Cell::get) {
            return;
        }
        loop {
            let Some((alive, render)) = QUEUE.with(|q| q.borrow_mut().pop_front()) else {
                break;
            };
            if alive.get() {
                IN_FLIGHT.with(|f| f.set(true));
                render();
                return;
            }
        }
        if let Some(after) = AFTER.with(|a| a.borrow_mut().take()) {
            take_over();
            after();
        }
    }

    fn take_over() {
        TAKEN_OVER.with(|t| t.set(true));
        let Some(doc) = document() else { return };
        for id in ["evt-prerender", "boot-status"] {
            if let Some(el) = doc.get_element_by_id(id) {
                el.remove();
            }
        }
        if let Some(root) = doc.document_element() {
            let classes = root.class_name();
            let kept: Vec<&str> = classes
                .split_whitespace()
                .filter(|c| *c != "evt-pending")
                .collect();
            root.set_class_name(&kept.join(" "));
        }
        if let (Some(root), Some(body)) = (ROOT.with(|r| r.borrow().clone()), doc.body()) {
            let _ = body.append_child(&root);
        }
        if let Ok(event) = web_sys::Event::new("evt-takeover") {
            let _ = doc.dispatch_event(&event);
        }
    }

    /// The element the full module focuses (a view tab) or opens (a panel) when it has taken
    /// over from the first one.
    pub fn take_start_focus() -> Option<String> {
        START_FOCUS.with(|f| f.borrow_mut().take())
    }

    /// The id of the unsaved work the first module kept in the list when it opened a link.
    pub fn take_start_kept() -> Option<String> {
        START_KEPT.with(|k| k.borrow_mut().take())
    }

    /// Text the first module was asked to preview (pasted or imported): the full module
    /// opens with it in its paste preview.
    pub fn take_start_text() -> Option<String> {
        START_TEXT.with(|t| t.borrow_mut().take())
    }

    /// The first module's editor session ([`crate::state::Editor::session`]): what it had
    /// typed (also text that does not parse), its undo and redo.
    pub fn take_start_session() -> Option<String> {
        START_SESSION.with(|t| t.borrow_mut().take())
    }

    /// What [`handover`] does: set by the app on every render (write the state into the
    /// address and the autosave, return the editor session).
    pub fn on_handover(f: impl Fn() -> String + 'static) {
        HANDOVER.with(|h| *h.borrow_mut() = Some(Rc::new(f)));
    }

    /// The first module, right before the full one starts (web/boot.js): its state as it is
    /// now, with every edit made while the full module was loading.
    pub fn handover() -> Option<String> {
        let f = HANDOVER.with(|h| h.borrow().clone())?;
        Some(f())
    }

    /// The unsaved work kept on opening, passed on by [`load_full`].
    pub fn remember_kept(id: Option<String>) {
        KEPT.with(|k| *k.borrow_mut() = id);
    }

    /// Ask `web/boot.js` to start the full module (the rarely used views), which takes over
    /// from this one and then focuses or opens the element `focus` (and previews `text`).
    /// `done(false)` when it could not be loaded; on success this module is stopped and
    /// nothing more is reported.
    pub fn load_full(focus: &str, text: Option<&str>, done: impl FnOnce(bool) + 'static) {
        let load = web_sys::window()
            .and_then(|w| js_sys::Reflect::get(&w, &"evtLoadFull".into()).ok())
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        let Some(load) = load else {
            done(false);
            return;
        };
        let kept: wasm_bindgen::JsValue = KEPT
            .with(|k| k.borrow().clone())
            .map_or(wasm_bindgen::JsValue::UNDEFINED, |id| id.into());
        let text = text.map_or(wasm_bindgen::JsValue::UNDEFINED, Into::into);
        match load
            .call3(&wasm_bindgen::JsValue::NULL, &focus.into(), &kept, &text)
            .map(|p| js_sys::Promise::resolve(&p))
        {
            Ok(promise) => wasm_bindgen_futures::spawn_local(async move {
                if wasm_bindgen_futures::JsFuture::from(promise).await.is_err() {
                    done(false);
                }
            }),
            Err(_) => done(false),
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    /// What the first module hands to the full one (only in the browser).
    pub struct Handover;
    pub fn taken_over() -> bool {
        true
    }
    pub fn later(_alive: std::rc::Rc<std::cell::Cell<bool>>, render: impl FnOnce() + 'static) {
        render();
    }
    pub fn later_done() {}
    pub fn take_over_when_ready(after: impl FnOnce() + 'static) {
        let _ = after;
    }
    pub fn take_start_focus() -> Option<String> {
        None
    }
    pub fn take_start_kept() -> Option<String> {
        None
    }
    pub fn remember_kept(_id: Option<String>) {}
    pub fn take_start_text() -> Option<String> {
        None
    }
    pub fn take_start_session() -> Option<String> {
        None
    }
    pub fn on_handover(_f: impl Fn() -> String + 'static) {}
    pub fn load_full(_focus: &str, _text: Option<&str>, done: impl FnOnce(bool) + 'static) {
        done(false);
    }
}

pub use imp::*;
