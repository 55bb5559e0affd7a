//! All browser glue in one place: panic hook, document language, keyboard shortcuts,
//! clipboard, downloads. Every function has a native no-op twin so the crate (and its
//! rendering tests) compile natively.

#[cfg(target_arch = "wasm32")]
mod imp {
    use wasm_bindgen::JsCast;

    /// Show a friendly, visible message instead of a silently dead page.
    pub fn install_panic_hook() {
        std::panic::set_hook(Box::new(|info| {
            web_sys::console::error_1(&format!("{info}").into());
            let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
                return;
            };
            if let Some(el) = doc.get_element_by_id("boot-error") {
                let _ = el.remove_attribute("hidden");
            }
            if let Some(el) = doc.get_element_by_id("boot-status") {
                el.remove();
            }
        }));
    }

    pub fn set_document_lang(lang: &str) {
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = el.set_attribute("lang", lang);
        }
    }

    pub fn set_title(title: &str) {
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            doc.set_title(title);
        }
    }

    pub fn focus(id: &str) {
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    }

    /// Offer `content` as a file download.
    pub fn download(filename: &str, mime: &str, content: &str) {
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
        let opts = web_sys::BlobPropertyBag::new();
        opts.set_type(mime);
        let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
            return;
        };
        let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
            return;
        };
        if let Ok(a) = doc
            .create_element("a")
            .map(|e| e.unchecked_into::<web_sys::HtmlAnchorElement>())
        {
            a.set_href(&url);
            a.set_download(filename);
            if let Some(body) = doc.body() {
                let _ = body.append_child(&a);
                a.click();
                let _ = body.remove_child(&a);
            }
        }
        // Revoked a while later: WebKit starts the download after click() returns and fails
        // on an address revoked at once.
        gloo::timers::callback::Timeout::new(60_000, move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        })
        .forget();
    }

    /// Copy text to the clipboard; calls `done(true)` on success.
    pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
        let Some(window) = web_sys::window() else {
            done(false);
            return;
        };
        let promise = window.navigator().clipboard().write_text(text);
        wasm_bindgen_futures::spawn_local(async move {
            let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
            done(ok);
        });
    }

    pub fn print() {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    }

    /// Put `hash` (starting with `#`) in the address bar without a history entry.
    pub fn replace_hash(hash: &str) {
        let Some(w) = web_sys::window() else {
            return;
        };
        if w.location().hash().ok().as_deref() == Some(hash) {
            return;
        }
        if let Ok(history) = w.history() {
            let _ = history.replace_state_with_url(&super::HISTORY_MARK.into(), "", Some(hash));
        }
    }

    /// The main pointer is a finger (phones, tablets): tap targets get larger.
    pub fn coarse_pointer() -> bool {
        web_sys::window()
            .and_then(|w| w.match_media("(pointer: coarse)").ok().flatten())
            .is_some_and(|m| m.matches())
    }

    /// The page runs inside a frame (of a host site).
    pub fn in_frame() -> bool {
        web_sys::window().is_some_and(|w| {
            w.parent().ok().flatten().is_some_and(|p| {
                !wasm_bindgen::JsValue::from(p).eq(&wasm_bindgen::JsValue::from(w))
            })
        })
    }

    /// A new history entry with this hash (a change of view: Back returns to the previous
    /// one). Fires no `hashchange`.
    pub fn push_hash(hash: &str) {
        let Some(w) = web_sys::window() else {
            return;
        };
        if w.location().hash().ok().as_deref() == Some(hash) {
            return;
        }
        if let Ok(history) = w.history() {
            let _ = history.push_state_with_url(&super::HISTORY_MARK.into(), "", Some(hash));
        }
    }

    /// Mark the current history entry as the app's (same address): a link the visitor
    /// opened is from then on an entry like the app's own, so Back to it restores its view
    /// only, never its older scenario.
    pub fn mark_history_entry() {
        let Some(w) = web_sys::window() else {
            return;
        };
        if let (Ok(history), Ok(href)) = (w.history(), w.location().href()) {
            let _ = history.replace_state_with_url(&super::HISTORY_MARK.into(), "", Some(&href));
        }
    }

    /// The current history entry was written by the app (a view change or the live link),
    /// not by the visitor (a link pasted into the address bar or followed in the page).
    pub fn history_entry_is_ours() -> bool {
        web_sys::window()
            .and_then(|w| w.history().ok())
            .and_then(|h| h.state().ok())
            .and_then(|s| s.as_string())
            .is_some_and(|s| s == super::HISTORY_MARK)
    }

    /// A class on the root element, on or off (`evt-embed` follows the page's mode).
    pub fn set_root_class(class: &str, on: bool) {
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let list = root.class_list();
            let _ = if on {
                list.add_1(class)
            } else {
                list.remove_1(class)
            };
        }
    }

    /// Bring an element into view (the nearest edge), without moving focus.
    pub fn reveal(id: &str) {
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
        {
            el.scroll_into_view_with_bool(false);
        }
    }

    /// Scroll an element to the top of the view and move focus to it (a link of a contents
    /// list: the address keeps the scenario, so the link does not change the hash).
    pub fn jump_to(id: &str) {
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
        {
            el.scroll_into_view_with_bool(true);
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    }

    /// Embed theming: the host's primary colour (already made accessible) and font, as CSS
    /// custom properties on the root element (CSSOM, which the strict CSP allows).
    pub fn set_theme(primary: Option<&str>, font: Option<&str>) {
        let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            return;
        };
        let style = root.style();
        match primary {
            Some(c) => {
                let _ = style.set_property("--evt-color-primary", c);
            }
            None => {
                let _ = style.remove_property("--evt-color-primary");
            }
        }
        match font {
            Some(f) => {
                let _ = style.set_property("--evt-font-family", &evt_core::theme::font_stack(f));
            }
            None => {
                let _ = style.remove_property("--evt-font-family");
            }
        }
    }

    /// Remove the hash from the address bar without a history entry.
    pub fn clear_hash() {
        let Some(w) = web_sys::window() else {
            return;
        };
        let l = w.location();
        if l.hash().map(|h| h.is_empty()).unwrap_or(true) {
            return;
        }
        let url = format!(
            "{}{}",
            l.pathname().unwrap_or_default(),
            l.search().unwrap_or_default()
        );
        if let Ok(history) = w.history() {
            let _ = history.replace_state_with_url(&super::HISTORY_MARK.into(), "", Some(&url));
        }
    }

    /// The page's path (`/`, `/uitleg/`).
    pub fn location_path() -> String {
        web_sys::window()
            .and_then(|w| w.location().pathname().ok())
            .unwrap_or_default()
    }

    /// The address of another page of the app (`""` the calculator, `"uitleg/"` the
    /// explanation) with this hash: what "Kopieer insluitcode" puts in the snippet.
    pub fn app_url(page: &str, hash: &str) -> String {
        address(|path| format!("{}{page}", super::base_dir(path)), hash)
    }

    /// This page's address with another hash: what "Kopieer link" copies.
    pub fn page_url(hash: &str) -> String {
        address(str::to_string, hash)
    }

    /// origin + `path(pathname)` + search + `hash`.
    fn address(path: impl FnOnce(&str) -> String, hash: &str) -> String {
        let Some(w) = web_sys::window() else {
            return hash.to_string();
        };
        let l = w.location();
        format!(
            "{}{}{}{}",
            l.origin().unwrap_or_default(),
            path(&l.pathname().unwrap_or_default()),
            l.search().unwrap_or_default(),
            hash
        )
    }

    /// Whether the device offers the Web Share API (tablets, phones).
    pub fn can_share() -> bool {
        web_sys::window()
            .map(|w| js_sys::Reflect::has(&w.navigator(), &"share".into()).unwrap_or(false))
            .unwrap_or(false)
    }

    /// Open the system share sheet; `done` says whether it shared, was closed or refused.
    pub fn share(title: &str, url: &str, done: impl FnOnce(super::Shared) + 'static) {
        let Some(w) = web_sys::window() else {
            done(super::Shared::Failed);
            return;
        };
        let data = web_sys::ShareData::new();
        data.set_title(title);
        data.set_url(url);
        let promise = w.navigator().share_with_data(&data);
        wasm_bindgen_futures::spawn_local(async move {
            done(match wasm_bindgen_futures::JsFuture::from(promise).await {
                Ok(_) => super::Shared::Yes,
                // The user closed the share sheet: nothing to say.
                Err(e)
                    if js_sys::Reflect::get(&e, &"name".into())
                        .ok()
                        .and_then(|n| n.as_string())
                        .as_deref()
                        == Some("AbortError") =>
                {
                    super::Shared::Cancelled
                }
                Err(_) => super::Shared::Failed,
            });
        });
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use std::cell::RefCell;

    thread_local! {
        static PATH: RefCell<String> = RefCell::new("/".to_string());
        static HASH: RefCell<String> = const { RefCell::new(String::new()) };
    }

    /// Natively (the build-time prerender) the page being rendered: `/` or `/uitleg/`.
    pub fn set_native_location(path: &str) {
        PATH.with(|p| *p.borrow_mut() = path.to_string());
    }
    /// Natively (rendering tests) the address's hash, without `#`: a scenario link renders
    /// the page as that link opens it. Empty (the default page) unless set.
    pub fn set_native_hash(hash: &str) {
        HASH.with(|h| *h.borrow_mut() = hash.to_string());
    }
    pub(super) fn native_hash() -> String {
        HASH.with(|h| h.borrow().clone())
    }
    pub fn location_path() -> String {
        PATH.with(|p| p.borrow().clone())
    }
    pub fn install_panic_hook() {}
    pub fn set_document_lang(_lang: &str) {}
    pub fn set_title(_title: &str) {}
    pub fn focus(_id: &str) {}
    pub fn download(_filename: &str, _mime: &str, _content: &str) {}
    pub fn copy_text(_text: &str, done: impl FnOnce(bool) + 'static) {
        done(false);
    }
    pub fn print() {}
    pub fn replace_hash(_hash: &str) {}
    pub fn push_hash(_hash: &str) {}
    pub fn history_entry_is_ours() -> bool {
        false
    }
    pub fn mark_history_entry() {}
    pub fn set_root_class(_class: &str, _on: bool) {}
    pub fn reveal(_id: &str) {}
    pub fn jump_to(_id: &str) {}
    pub fn in_frame() -> bool {
        false
    }
    pub fn coarse_pointer() -> bool {
        false
    }
    pub fn clear_hash() {}
    pub fn set_theme(_primary: Option<&str>, _font: Option<&str>) {}
    pub fn page_url(hash: &str) -> String {
        hash.to_string()
    }
    pub fn app_url(page: &str, hash: &str) -> String {
        format!("{}{page}{hash}", super::base_dir(&location_path()))
    }
    pub fn can_share() -> bool {
        false
    }
    pub fn share(_title: &str, _url: &str, done: impl FnOnce(super::Shared) + 'static) {
        done(super::Shared::Failed);
    }
}

pub use imp::*;

/// How the share sheet ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shared {
    Yes,
    /// Closed by the user.
    Cancelled,
    /// Refused by the browser (a frame without `allow="web-share"`, no user gesture, …).
    Failed,
}

/// The state of the history entries the app writes (see `history_entry_is_ours`).
#[cfg(target_arch = "wasm32")]
const HISTORY_MARK: &str = "evt";

/// The explanation's own address, relative to the app's base (prerendered there at build
/// time, and what the embed code points at).
pub const EXPLANATION_PAGE: &str = "uitleg/";

/// The app's base folder in a page path: `/` for `/`, `/index.html` and `/uitleg/`;
/// `/tools/evt/` for `/tools/evt/uitleg/index.html`.
pub fn base_dir(path: &str) -> &str {
    let dir = path.strip_suffix("index.html").unwrap_or(path);
    let dir = match dir.rfind('/') {
        Some(i) => &dir[..=i],
        None => "/",
    };
    dir.strip_suffix(EXPLANATION_PAGE)
        .filter(|d| d.ends_with('/'))
        .unwrap_or(dir)
}

/// A new id for this tab (storage module, "Several tabs"): time and a random part, so two
/// tabs opened in the same millisecond still differ.
pub fn fresh_tab_id() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let random = (js_sys::Math::random() * 4_294_967_296.0) as u64;
        format!("t{:x}{random:x}", js_sys::Date::now() as u64)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        "t0".into()
    }
}

/// Read the first file of a file input's change event as text and hand it to `done`:
/// refused before reading when it is over 5 MB, and decoded from UTF-8, UTF-16 or
/// Windows-1252 (Dutch Excel's CSV) by [`evt_core::codec::bytes::decode_text`].
pub fn read_file_text(
    e: &yew::Event,
    done: impl FnOnce(Result<String, evt_core::codec::bytes::FileProblem>) + 'static,
) {
    #[cfg(target_arch = "wasm32")]
    {
        use evt_core::codec::bytes::{check_size, decode_text, FileProblem};
        use wasm_bindgen::JsCast;
        let Some(input) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        let file = gloo::file::File::from(file);
        // Reset so choosing the same file again fires `change` again.
        input.set_value("");
        if let Err(too_large) = check_size(file.size()) {
            return done(Err(too_large));
        }
        wasm_bindgen_futures::spawn_local(async move {
            done(match gloo::file::futures::read_as_bytes(&file).await {
                Ok(bytes) => Ok(decode_text(&bytes).0),
                Err(_) => Err(FileProblem::Unreadable),
            });
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (e, done);
    }
}

/// Whether the `<details>` a `toggle` event came from is open now (`None` natively).
pub fn details_open(e: &yew::Event) -> Option<bool> {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        e.target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
            .map(|d| d.open())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = e;
        None
    }
}

/// The page's location hash without `#` (natively the one set by `set_native_hash`, empty
/// unless set).
pub fn location_hash() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .map(|h| h.trim_start_matches('#').to_string())
            .unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        imp::native_hash()
    }
}

/// Open the `<details>` with this id and move focus to its summary.
pub fn open_details(id: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        if let Some(d) = doc
            .get_element_by_id(id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlDetailsElement>().ok())
        {
            d.set_open(true);
            if let Some(s) = d
                .query_selector("summary")
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = s.focus();
            }
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = id;
}

#[cfg(test)]
mod tests {
    use super::base_dir;

    #[test]
    fn base_dir_of_every_page() {
        assert_eq!(base_dir("/"), "/");
        assert_eq!(base_dir("/index.html"), "/");
        assert_eq!(base_dir("/uitleg/"), "/");
        assert_eq!(base_dir("/uitleg/index.html"), "/");
        assert_eq!(base_dir("/tools/evt/"), "/tools/evt/");
        assert_eq!(base_dir("/tools/evt/uitleg/index.html"), "/tools/evt/");
        assert_eq!(base_dir("/tools/evt/uitleg"), "/tools/evt/");
        assert_eq!(base_dir(""), "/");
    }
}
