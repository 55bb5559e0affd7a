//! The explanation's worked example: why one municipality ("Mijn gemeente", or the one with
//! the most households) houses the number of urgent home seekers it does, in numbered steps
//! with its own figures, a picker that chooses it (and so sets "Mijn gemeente"), and the
//! calculator's chart of every municipality's percentage with the minimum and the signal
//! value, the example's municipality highlighted. The chart names itself (`<title>`,
//! `<desc>`) and labels every bar; nothing in it needs a pointer.

use crate::components::chart::Chart;
use crate::components::EditorCtx;
use crate::i18n::explanation::example::{example_heading, example_lead, example_steps};
use crate::i18n::explanation::explanation_texts;
use crate::view::explanation::{Choice, Example};
use crate::view::ResultRow;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExampleProps {
    /// The section's element id (the contents list links to it).
    pub id: &'static str,
    pub example: Example,
    /// Every municipality's results, for the chart.
    pub rows: Rc<Vec<ResultRow>>,
    /// The municipalities the picker offers, in region order.
    pub choices: Vec<Choice>,
    /// The figures are the last valid ones (the input has an error).
    #[prop_or_default]
    pub stale: bool,
    /// Sets "Mijn gemeente"; without it the picker cannot change anything.
    #[prop_or_default]
    pub onmine: Option<Callback<Option<AttrValue>>>,
}

#[component]
pub fn ExampleSection(props: &ExampleProps) -> Html {
    let Some(editor) = use_context::<EditorCtx>() else {
        return html! {};
    };
    let lang = editor.lang;
    let t = explanation_texts(lang);
    let ex = &props.example;
    let onchange = props.onmine.clone().map(|onmine| {
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let v = select.value();
            onmine.emit((!v.is_empty()).then(|| AttrValue::from(v)));
        })
    });
    let (minimum_bp, signal_bp) = editor.last_valid.as_ref().map_or((0, 0), |c| {
        (c.scenario.params.minimum_bp, c.scenario.params.signal_bp)
    });
    let heading_id = format!("{}-heading", props.id);
    html! {
        <section id={props.id} class="uitleg-section uitleg-example" tabindex="-1">
            <h3 id={heading_id}>{ example_heading(ex, lang) }</h3>
            <div class="uitleg-pick">
                <label for="uitleg-gemeente">{ t.picker_label }</label>
                <select id="uitleg-gemeente" {onchange} aria-describedby="uitleg-gemeente-help">
                    { for props.choices.iter().map(|c| html! {
                        <option value={c.id.clone()} selected={c.id == ex.row.id}>{ c.name.clone() }</option>
                    }) }
                </select>
                <p class="help" id="uitleg-gemeente-help">{ t.picker_help }</p>
            </div>
            <p id="uitleg-voorbeeld-inleiding">{ example_lead(ex, lang) }</p>
            <ol id="uitleg-stappen" class="uitleg-steps" data-id={ex.row.id.clone()}>
                { for example_steps(ex, lang).into_iter().map(|s| html! { <li>{ s }</li> }) }
            </ol>
            <figure id="uitleg-grafiek" class="uitleg-chart">
                <figcaption id="uitleg-grafiek-bijschrift">{ t.chart_caption }</figcaption>
                <Chart rows={props.rows.clone()} {lang} {minimum_bp} {signal_bp} stale={props.stale}
                    mine={Some(AttrValue::from(ex.row.id.clone()))} tappable={false} />
            </figure>
        </section>
    }
}
