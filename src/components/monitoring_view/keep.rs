//! What the monitoring view keeps while it is not shown that is not the editor's: the
//! half-years added without figures, the text of the new half-year field and the paste box.
//! What is typed into the entry table is the editor's (drafts, with undo and redo).

use evt_core::monitoring::Period;
use yew::prelude::*;

/// The page provides it as a context so switching views never loses it; without the context
/// (rendering tests) the view keeps its own.
#[derive(Clone, PartialEq)]
pub struct MonitoringKeep {
    pub added: UseStateHandle<Vec<Period>>,
    pub new_period: UseStateHandle<String>,
    pub paste_text: UseStateHandle<String>,
}

#[hook]
pub fn use_monitoring_keep() -> MonitoringKeep {
    MonitoringKeep {
        added: use_state(Vec::<Period>::new),
        new_period: use_state(String::new),
        paste_text: use_state(String::new),
    }
}
