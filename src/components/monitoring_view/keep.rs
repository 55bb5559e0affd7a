//! What the monitoring view keeps while it is not shown: drafts (typed text that does not
//! parse yet, per cell, so it is never lost), half-years added without figures, and the
//! paste box.

use evt_core::codec::monitoring::MonColumn;
use evt_core::monitoring::Period;
use std::collections::HashMap;
use std::rc::Rc;
use yew::prelude::*;

pub type DraftKey = (Period, String, MonColumn);

#[derive(Debug, Default, Clone, PartialEq)]
pub struct Drafts(HashMap<DraftKey, String>);

impl Drafts {
    /// The text kept in a cell, if any.
    pub fn get(&self, key: &DraftKey) -> Option<&String> {
        self.0.get(key)
    }
}

pub enum DraftAction {
    Set(DraftKey, String),
    Remove(DraftKey),
    RemovePeriod(Period),
}

impl Reducible for Drafts {
    type Action = DraftAction;

    fn reduce(self: Rc<Self>, action: DraftAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            DraftAction::Set(k, v) => {
                if next.0.get(&k) == Some(&v) {
                    return self;
                }
                next.0.insert(k, v);
            }
            DraftAction::Remove(k) => {
                if next.0.remove(&k).is_none() {
                    return self;
                }
            }
            DraftAction::RemovePeriod(p) => next.0.retain(|k, _| k.0 != p),
        }
        Rc::new(next)
    }
}

/// What the view keeps while it is not shown: typed text that does not parse yet, half-years
/// added without figures, and the paste box. The page provides it as a context so switching
/// views never loses what was typed; without the context (rendering tests) the view keeps its
/// own.
#[derive(Clone, PartialEq)]
pub struct MonitoringKeep {
    pub drafts: UseReducerHandle<Drafts>,
    pub added: UseStateHandle<Vec<Period>>,
    pub new_period: UseStateHandle<String>,
    pub paste_text: UseStateHandle<String>,
}

#[hook]
pub fn use_monitoring_keep() -> MonitoringKeep {
    MonitoringKeep {
        drafts: use_reducer(Drafts::default),
        added: use_state(Vec::<Period>::new),
        new_period: use_state(String::new),
        paste_text: use_state(String::new),
    }
}
