//! Placeholder: filled in by the monitoring_view work.
use yew::prelude::*;

#[component]
pub fn MonitoringView() -> Html {
    html! {}
}
