//! The public explanation ("Uitleg"): the Twente agreement in plain language for residents,
//! with the figures of the current scenario woven in, a worked example for the reader's own
//! municipality, and the sources.
//!
//! What it explains, and where it comes from in the agreement: who the statutory urgent home
//! seekers are (bijlage, Grinwis amendment; status holders outside, footnote 1), why a
//! balanced distribution (introductie, overwegingen), the horizon pro rata to households, the
//! home-municipality principle and its exceptions via the regional matching table (afspraak
//! 1), the 15 % minimum and the 20 % signal value (afspraken 2b and 3), the two growth paths
//! (afspraak 2), half-yearly monitoring, the evaluation after three years and the emergency
//! button (afspraak 4). All texts are in `i18n/explanation.rs`.
//!
//! On top a contents list (links that scroll to a section and move focus there, without
//! touching the address, which holds the scenario); then the figures box and the worked
//! example ("Mijn gemeente", with a picker and the calculator's chart of every
//! municipality's percentage: `explanation/example.rs`). The figures are those of the
//! current scenario; while the input has an error they are the last valid ones
//! (`Editor::last_valid`), with a notice saying so. Sentences that depend on the date are
//! worded for `today` (the browser's date; a property for tests).

mod example;

use super::EditorCtx;
use crate::i18n::explanation::{
    explanation_texts, figures, law, live, Block, ExplanationTexts, Section, Source,
};
use crate::view::explanation::{ExplanationModel, FiguresNote};
use chrono::NaiveDate;
use evt_core::numbers::Lang;
use example::ExampleSection;
use yew::prelude::*;

/// The worked example's section id.
const EXAMPLE_ID: &str = "uitleg-uw-gemeente";

#[derive(Properties, PartialEq, Default)]
pub struct ExplanationProps {
    /// "Mijn gemeente": the worked example is about it.
    #[prop_or_default]
    pub mine: Option<AttrValue>,
    /// Picks "Mijn gemeente" (the example's picker); without it the picker is read-only.
    #[prop_or_default]
    pub onmine: Option<Callback<Option<AttrValue>>>,
    /// Today, for sentences that depend on the date; `None` is the browser's date.
    #[prop_or_default]
    pub today: Option<NaiveDate>,
}

#[component]
pub fn Explanation(props: &ExplanationProps) -> Html {
    let Some(editor) = use_context::<EditorCtx>() else {
        return html! {};
    };
    let lang = editor.lang;
    let t = explanation_texts(lang);
    let today = props
        .today
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let model = ExplanationModel::new(&editor, props.mine.as_deref(), today);
    let c = model.figures;

    let figures_box = html! {
        <section id="uitleg-cijfers" class="uitleg-cijfers" aria-labelledby="uitleg-cijfers-heading" tabindex="-1">
            <h3 id="uitleg-cijfers-heading">{ t.figures_heading }</h3>
            if let Some(c) = c {
                if model.note == FiguresNote::Stale {
                    <p id="uitleg-cijfers-verouderd" class="uitleg-stale">{ t.figures_stale }</p>
                } else {
                    <p class="uitleg-figures-intro">{ t.figures_intro }</p>
                }
                <ul class="uitleg-figures">
                    { for figures(c, lang).into_iter().map(|(id, text)| html! {
                        <li><p {id}>{ text }</p></li>
                    }) }
                </ul>
            } else {
                <p id="uitleg-cijfers-geen" class="uitleg-stale">{ t.figures_none }</p>
            }
        </section>
    };
    let example = model.example.as_ref().map(|ex| {
        html! {
            <ExampleSection id={EXAMPLE_ID} example={ex.clone()} rows={std::rc::Rc::new(model.rows.clone())}
                choices={model.choices.clone()} stale={model.note == FiguresNote::Stale}
                onmine={props.onmine.clone()} />
        }
    });
    let example_entry = model
        .example
        .as_ref()
        .map(|_| (EXAMPLE_ID, t.example_contents));

    html! {
        <article id="uitleg" class="uitleg" aria-labelledby="uitleg-heading">
            <h2 id="uitleg-heading">{ t.heading }</h2>
            <div class="uitleg-intro">
                { for t.intro.iter().map(|p| html! { <p>{ *p }</p> }) }
            </div>
            { contents(t, example_entry) }
            { figures_box }
            { for example }
            { for t.sections.iter().map(|s| section(s, &model, lang)) }
            <section id="uitleg-bronnen" class="uitleg-section" tabindex="-1">
                <h3 id="uitleg-bronnen-heading">{ t.sources_heading }</h3>
                <ul class="uitleg-sources">
                    { for t.sources.iter().map(source) }
                </ul>
                <p id="uitleg-licentie" class="uitleg-licence">{ t.licence }</p>
            </section>
        </article>
    }
}

/// The contents list: one link per section, in page order. A link scrolls its section to
/// the top and moves focus there; the address (the scenario) stays as it is.
fn contents(t: &ExplanationTexts, example: Option<(&'static str, &'static str)>) -> Html {
    let entries = std::iter::once(("uitleg-cijfers", t.figures_heading))
        .chain(example)
        .chain(t.sections.iter().map(|s| (s.id, s.heading)))
        .chain(std::iter::once(("uitleg-bronnen", t.sources_heading)));
    html! {
        <nav id="uitleg-inhoud" class="uitleg-contents" aria-label={t.contents_label}>
            <p class="uitleg-contents-title" aria-hidden="true">{ t.contents_title }</p>
            <ol>
                { for entries.map(|(id, text)| {
                    let onclick = Callback::from(move |e: MouseEvent| {
                        e.prevent_default();
                        crate::web::jump_to(id);
                    });
                    html! { <li><a href={format!("#{id}")} {onclick}>{ text }</a></li> }
                }) }
            </ol>
        </nav>
    }
}

fn source(s: &Source) -> Html {
    let title = match s.href {
        Some(href) => {
            html! { <a {href} class="uitleg-source-link"><strong>{ s.title }</strong></a> }
        }
        None => html! { <strong>{ s.title }</strong> },
    };
    html! { <li>{ title }{ " " }{ s.text }</li> }
}

fn section(s: &Section, m: &ExplanationModel, lang: Lang) -> Html {
    let heading_id = format!("{}-heading", s.id);
    html! {
        <section id={s.id} class="uitleg-section" tabindex="-1">
            <h3 id={heading_id}>{ s.heading }</h3>
            { for s.blocks.iter().map(|b| block(b, m, lang)) }
        </section>
    }
}

fn block(b: &Block, m: &ExplanationModel, lang: Lang) -> Html {
    match *b {
        Block::P(text) => html! { <p>{ text }</p> },
        Block::Note(id, text) => html! { <p {id} class="uitleg-note">{ text }</p> },
        Block::Ul(items) => html! {
            <ul class="uitleg-list">{ for items.iter().map(|i| html! { <li>{ *i }</li> }) }</ul>
        },
        Block::Terms(items) => html! {
            <ul class="uitleg-terms">
                { for items.iter().map(|(term, text)| html! {
                    <li><strong>{ *term }</strong>{ " " }{ *text }</li>
                }) }
            </ul>
        },
        Block::Live(which) => match live(which, m, lang) {
            Some(text) => html! { <p id={which.id()} class="uitleg-live">{ text }</p> },
            None => html! {},
        },
        Block::Law => html! { <p id="uitleg-wet">{ law(m.law, lang) }</p> },
    }
}
