//! Placeholder: filled in by the map work.
use yew::prelude::*;

#[component]
pub fn Map() -> Html {
    html! {}
}
