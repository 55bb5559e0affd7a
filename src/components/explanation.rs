//! Placeholder: filled in by the explanation work.
use yew::prelude::*;

#[component]
pub fn Explanation() -> Html {
    html! {}
}
