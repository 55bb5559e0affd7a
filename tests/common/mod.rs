//! Helpers shared by the rendering tests (`mod common;` in each): a host that gives a view the
//! editor context as the app does, and ways to read the rendered markup.
// Each test file uses only some of them.
#![allow(dead_code)]

use evt_app::components::EditorCtx;
use evt_app::state::{Action, Editor};
use evt_core::numbers::Lang;
use evt_core::Scenario;
use yew::prelude::*;
use yew::LocalServerRenderer;

#[derive(Properties, PartialEq)]
pub struct HostProps {
    pub scenario: Scenario,
    pub lang: Lang,
    /// Actions applied before rendering (e.g. a bad value typed into a field).
    #[prop_or_default]
    pub actions: Vec<Action>,
}

/// The view `V` inside an editor context, as the app provides it.
#[component]
pub fn Host<V>(props: &HostProps) -> Html
where
    V: BaseComponent,
    V::Properties: Default,
{
    let editor = use_reducer(|| {
        let mut e = std::rc::Rc::new(Editor::new(props.scenario.clone(), props.lang));
        for a in &props.actions {
            e = yew::Reducible::reduce(e, a.clone());
        }
        std::rc::Rc::unwrap_or_clone(e)
    });
    html! {
        <ContextProvider<EditorCtx> context={editor}>
            <V ..V::Properties::default() />
        </ContextProvider<EditorCtx>>
    }
}

/// A renderer of the view `V` in its host, after `actions`.
pub fn host<V>(scenario: Scenario, lang: Lang, actions: Vec<Action>) -> LocalServerRenderer<Host<V>>
where
    V: BaseComponent,
    V::Properties: Default,
{
    LocalServerRenderer::<Host<V>>::with_props(HostProps {
        scenario,
        lang,
        actions,
    })
}

/// The markup of the view `V` in its host, after `actions` (no hydration marks).
pub async fn render_view<V>(scenario: Scenario, lang: Lang, actions: Vec<Action>) -> String
where
    V: BaseComponent,
    V::Properties: Default,
{
    host::<V>(scenario, lang, actions)
        .hydratable(false)
        .render()
        .await
}

/// The markup from the first `from` up to (not including) the first `to` after it, or up to
/// the end when there is none.
pub fn slice<'a>(html: &'a str, from: &str, to: &str) -> &'a str {
    let start = html
        .find(from)
        .unwrap_or_else(|| panic!("no {from} in {html}"));
    let end = html[start..].find(to).map_or(html.len(), |e| start + e);
    &html[start..end]
}

/// The text content of a fragment (tags dropped), for reading sentences across inline
/// elements.
pub fn text(fragment: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in fragment.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// The result rows of a scenario, as the results, the chart and the map read them.
pub fn rows_of(scenario: Scenario) -> std::rc::Rc<Vec<evt_app::view::ResultRow>> {
    let outcome = evt_core::methods::compute(&scenario).expect("the scenario computes");
    std::rc::Rc::new(evt_app::view::result_rows(&evt_app::state::Computed {
        scenario: scenario.into(),
        outcome,
    }))
}

/// The value of `attr` on the element that starts at `from`.
pub fn attr<'a>(html: &'a str, from: usize, attr: &str) -> Option<&'a str> {
    let tag_end = from + html[from..].find('>')?;
    let tag = &html[from..tag_end];
    let key = format!(" {attr}=\"");
    let start = tag.find(&key)? + key.len();
    let end = start + tag[start..].find('"')?;
    Some(&tag[start..end])
}

/// Where the first `<tag>` whose class list contains `class` starts, from `from`.
pub fn find_with_class(html: &str, from: usize, tag: &str, class: &str) -> Option<usize> {
    html[from..]
        .match_indices(&format!("<{tag} "))
        .map(|(i, _)| from + i)
        .find(|&i| attr(html, i, "class").is_some_and(|c| c.split(' ').any(|c| c == class)))
}

/// The figures of a text in reading order: each run of digits with its decimal and
/// thousands marks and a following `%` ("37,1%", "81.045", "724"), without the punctuation
/// that ends a clause. Tests compare these rather than the words around them: a copy edit
/// leaves them alone, while a wrong figure, order or number notation changes them.
pub fn figures(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut run = String::new();
    let mut end = |run: &mut String| {
        if !run.is_empty() {
            out.push(run.trim_end_matches([',', '.']).to_string());
            run.clear();
        }
    };
    for c in text.chars() {
        if c.is_ascii_digit() || (!run.is_empty() && matches!(c, ',' | '.' | '%')) {
            run.push(c);
        } else {
            end(&mut run);
        }
    }
    end(&mut run);
    out
}

/// Whether `needles` occur in `haystack` in this order (each after the end of the previous).
pub fn in_order(haystack: &str, needles: &[&str]) -> bool {
    let mut from = 0;
    needles.iter().all(|n| match haystack[from..].find(n) {
        Some(i) => {
            from += i + n.len();
            true
        }
        None => false,
    })
}
