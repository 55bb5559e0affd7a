//! Placeholder: filled in by the map work. Props as agreed (same shape as the Chart's).
use evt_core::numbers::Lang;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MapProps {
    pub rows: Rc<Vec<crate::view::ResultRow>>,
    pub lang: Lang,
    pub minimum_bp: u32,
    pub signal_bp: u32,
    #[prop_or_default]
    pub stale: bool,
    #[prop_or_default]
    pub onselect: Callback<String>,
}

#[component]
pub fn Map(props: &MapProps) -> Html {
    let _ = props;
    html! {}
}
