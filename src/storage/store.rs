//! Where data is stored: the [`Store`] trait, the browser's `localStorage` and
//! `sessionStorage` ([`LocalStore`], [`SessionStore`]), an in-memory store for tests
//! ([`MemoryStore`]), and the shared handle the page passes around ([`StoreRef`]).

use chrono::NaiveDateTime;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

/// Why the store refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// No storage: disabled by the user or the browser (SecurityError), or not a browser.
    Unavailable,
    /// The quota is used up (QuotaExceededError).
    Full,
    /// Anything else, with the browser's error name for diagnosis.
    Other(String),
}

/// A string key–value store: `localStorage` in the browser, memory in tests.
pub trait Store {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError>;
    fn remove(&self, key: &str) -> Result<(), StorageError>;
}

/// The browser's `localStorage`. Natively (tests, SSR) it is always [`StorageError::Unavailable`].
#[derive(Debug, Clone, Copy, Default)]
pub struct LocalStore;

/// This tab's `sessionStorage` (kept over a reload of the tab, not shared with other tabs).
/// Natively always [`StorageError::Unavailable`].
#[derive(Debug, Clone, Copy, Default)]
pub struct SessionStore;

#[cfg(target_arch = "wasm32")]
impl LocalStore {
    /// In Chromium with site data blocked, reading `window.localStorage` itself throws.
    fn storage() -> Result<web_sys::Storage, StorageError> {
        browser_storage(web_sys::window().map(|w| w.local_storage()))
    }
}

#[cfg(target_arch = "wasm32")]
impl SessionStore {
    fn storage() -> Result<web_sys::Storage, StorageError> {
        browser_storage(web_sys::window().map(|w| w.session_storage()))
    }
}

#[cfg(target_arch = "wasm32")]
fn browser_storage(
    storage: Option<Result<Option<web_sys::Storage>, wasm_bindgen::JsValue>>,
) -> Result<web_sys::Storage, StorageError> {
    match storage {
        Some(Ok(Some(s))) => Ok(s),
        Some(Err(e)) => Err(js_error(&e)),
        _ => Err(StorageError::Unavailable),
    }
}

/// Map a thrown DOMException to a [`StorageError`] by its name (and legacy code).
#[cfg(target_arch = "wasm32")]
fn js_error(e: &wasm_bindgen::JsValue) -> StorageError {
    let get = |k: &str| js_sys::Reflect::get(e, &wasm_bindgen::JsValue::from_str(k)).ok();
    let name = get("name").and_then(|v| v.as_string()).unwrap_or_default();
    let code = get("code").and_then(|v| v.as_f64()).unwrap_or(0.0);
    match name.as_str() {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StorageError::Full,
        "SecurityError" => StorageError::Unavailable,
        _ if code == 22.0 || code == 1014.0 => StorageError::Full,
        _ if code == 18.0 => StorageError::Unavailable,
        _ => StorageError::Other(name),
    }
}

/// `Store` for the browser's two storage areas (the same calls on another object).
macro_rules! browser_store {
    ($t:ty) => {
        #[cfg(target_arch = "wasm32")]
        impl Store for $t {
            fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
                Self::storage()?.get_item(key).map_err(|e| js_error(&e))
            }
            fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
                Self::storage()?
                    .set_item(key, value)
                    .map_err(|e| js_error(&e))
            }
            fn remove(&self, key: &str) -> Result<(), StorageError> {
                Self::storage()?.remove_item(key).map_err(|e| js_error(&e))
            }
        }

        #[cfg(not(target_arch = "wasm32"))]
        impl Store for $t {
            fn get(&self, _key: &str) -> Result<Option<String>, StorageError> {
                Err(StorageError::Unavailable)
            }
            fn set(&self, _key: &str, _value: &str) -> Result<(), StorageError> {
                Err(StorageError::Unavailable)
            }
            fn remove(&self, _key: &str) -> Result<(), StorageError> {
                Err(StorageError::Unavailable)
            }
        }
    };
}
browser_store!(LocalStore);
browser_store!(SessionStore);

/// An in-memory store for tests: optionally disabled, or with a quota in characters (keys plus
/// values, as browsers count).
#[derive(Debug, Default)]
pub struct MemoryStore {
    data: RefCell<BTreeMap<String, String>>,
    quota: Option<usize>,
    disabled: bool,
}

impl MemoryStore {
    pub fn new() -> MemoryStore {
        MemoryStore::default()
    }

    /// Every call fails with [`StorageError::Unavailable`].
    pub fn disabled() -> MemoryStore {
        MemoryStore {
            disabled: true,
            ..MemoryStore::default()
        }
    }

    /// `set` fails with [`StorageError::Full`] beyond `chars` characters in total.
    pub fn with_quota(chars: usize) -> MemoryStore {
        MemoryStore {
            quota: Some(chars),
            ..MemoryStore::default()
        }
    }

    /// Write directly, bypassing the quota (to set up a test).
    pub fn put(&self, key: &str, value: &str) {
        self.data.borrow_mut().insert(key.into(), value.into());
    }

    /// Read directly.
    pub fn raw(&self, key: &str) -> Option<String> {
        self.data.borrow().get(key).cloned()
    }

    /// Change the quota of an existing store.
    pub fn set_quota(&mut self, chars: Option<usize>) {
        self.quota = chars;
    }
}

impl Store for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        if self.disabled {
            return Err(StorageError::Unavailable);
        }
        Ok(self.raw(key))
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        if self.disabled {
            return Err(StorageError::Unavailable);
        }
        if let Some(quota) = self.quota {
            let used: usize = self
                .data
                .borrow()
                .iter()
                .filter(|(k, _)| k.as_str() != key)
                .map(|(k, v)| k.chars().count() + v.chars().count())
                .sum();
            if used + key.chars().count() + value.chars().count() > quota {
                return Err(StorageError::Full);
            }
        }
        self.put(key, value);
        Ok(())
    }
    fn remove(&self, key: &str) -> Result<(), StorageError> {
        if self.disabled {
            return Err(StorageError::Unavailable);
        }
        self.data.borrow_mut().remove(key);
        Ok(())
    }
}

/// A shared store handle for component props; equal when it is the same store.
#[derive(Clone)]
pub struct StoreRef(pub Rc<dyn Store>);

impl StoreRef {
    pub fn new(store: impl Store + 'static) -> StoreRef {
        StoreRef(Rc::new(store))
    }

    /// The browser's `localStorage` (one shared handle, so props stay equal between renders).
    pub fn browser() -> StoreRef {
        thread_local! {
            static BROWSER: StoreRef = StoreRef::new(LocalStore);
        }
        BROWSER.with(StoreRef::clone)
    }

    /// This tab's `sessionStorage`.
    pub fn session() -> StoreRef {
        thread_local! {
            static SESSION: StoreRef = StoreRef::new(SessionStore);
        }
        SESSION.with(StoreRef::clone)
    }
}

impl PartialEq for StoreRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for StoreRef {
    type Target = dyn Store;
    fn deref(&self) -> &(dyn Store + 'static) {
        &*self.0
    }
}

impl std::fmt::Debug for StoreRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("StoreRef")
    }
}

/// The local date and time, for timestamps.
pub fn now() -> NaiveDateTime {
    chrono::Local::now().naive_local()
}
