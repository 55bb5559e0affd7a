//! Placeholder: filled in by the growth_view work.
use yew::prelude::*;

#[component]
pub fn GrowthView() -> Html {
    html! {}
}
