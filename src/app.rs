//! Placeholder app (replaced by the calculator page).
use yew::prelude::*;

#[component]
pub fn App() -> Html {
    html! {
        <main id="main">
            <h1>{ "Evenwichtige Verdeling Twente" }</h1>
            <p id="results" data-ready="true">{ "800" }</p>
        </main>
    }
}
