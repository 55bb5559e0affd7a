//! Placeholder: filled in by the region_builder work.
use yew::prelude::*;

#[component]
pub fn RegionBuilder() -> Html {
    html! {}
}
