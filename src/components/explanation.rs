//! The public explanation ("Uitleg"): the Twente agreement in plain language for residents,
//! with the figures of the current scenario woven in, and the sources.
//!
//! What it explains, and where it comes from in the agreement: who the statutory urgents are
//! (bijlage, Grinwis amendment; status holders outside, footnote 1), why a balanced
//! distribution (introductie, overwegingen), the horizon pro rata to households, the
//! home-municipality principle and its exceptions via the regional matching table (afspraak
//! 1), the 15 % minimum and the 20 % signal value (afspraken 2b and 3), the two growth paths
//! (afspraak 2), half-yearly monitoring, the evaluation after three years and the emergency
//! button (afspraak 4). All texts are in `i18n/explanation.rs`.
//!
//! The figures are those of the current scenario; while the input has an error they are the
//! last valid ones (`Editor::last_valid`), with a notice saying so.

use super::EditorCtx;
use crate::i18n::explanation::{explanation_texts, figures, live, Block, Section};
use crate::state::Computed;
use crate::view::explanation::{ExplanationModel, FiguresNote};
use evt_core::numbers::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq, Default)]
pub struct ExplanationProps {
    /// "Mijn gemeente": the worked example is about it.
    #[prop_or_default]
    pub mine: Option<AttrValue>,
}

#[component]
pub fn Explanation(props: &ExplanationProps) -> Html {
    let Some(editor) = use_context::<EditorCtx>() else {
        return html! {};
    };
    let lang = editor.lang;
    let t = explanation_texts(lang);
    let model = ExplanationModel::new(&editor, props.mine.as_deref());
    let c = model.figures;

    let figures_box = html! {
        <section id="uitleg-cijfers" class="uitleg-cijfers" aria-labelledby="uitleg-cijfers-heading">
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

    html! {
        <article id="uitleg" class="uitleg" aria-labelledby="uitleg-heading">
            <h2 id="uitleg-heading">{ t.heading }</h2>
            <div class="uitleg-intro">
                { for t.intro.iter().map(|p| html! { <p>{ *p }</p> }) }
            </div>
            { figures_box }
            { for t.sections.iter().map(|s| section(s, c, lang, model.mine)) }
            <section id="uitleg-bronnen" class="uitleg-section">
                <h3 id="uitleg-bronnen-heading">{ t.sources_heading }</h3>
                <ul class="uitleg-sources">
                    { for t.sources.iter().map(|(title, text)| html! {
                        <li><strong>{ *title }</strong>{ " " }{ *text }</li>
                    }) }
                </ul>
                <p id="uitleg-licentie" class="uitleg-licence">{ t.licence }</p>
            </section>
        </article>
    }
}

fn section(s: &Section, c: Option<&Computed>, lang: Lang, mine: Option<&str>) -> Html {
    let heading_id = format!("{}-heading", s.id);
    html! {
        <section id={s.id} class="uitleg-section">
            <h3 id={heading_id}>{ s.heading }</h3>
            { for s.blocks.iter().map(|b| block(b, c, lang, mine)) }
        </section>
    }
}

fn block(b: &Block, c: Option<&Computed>, lang: Lang, mine: Option<&str>) -> Html {
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
        Block::Live(which) => match c.and_then(|c| live(which, c, lang, mine)) {
            Some(text) => html! { <p id={which.id()} class="uitleg-live">{ text }</p> },
            None => html! {},
        },
    }
}
