//! Placeholder: filled in by the compare work.
use yew::prelude::*;

#[component]
pub fn Compare() -> Html {
    html! {}
}
