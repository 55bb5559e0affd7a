//! Placeholder: filled in by the saved work.
use yew::prelude::*;

#[component]
pub fn Saved() -> Html {
    html! {}
}
