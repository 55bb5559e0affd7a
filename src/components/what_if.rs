//! "Wat als": the vacancies of one municipality or of all changed by a percentage in one
//! step (one undo step), e.g. "10 % minder vrijkomende woningen in Enschede".
use super::EditorCtx;
use crate::i18n::layout::layout_texts;
use crate::state::{Action, Notice};
use evt_core::numbers::{parse_percent, Lang};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The change in basis points for the typed text and direction (`more`): "10" fewer is
/// −1 000; a typed minus sign always means fewer. `None` when the text is no percentage.
pub fn change_bp(text: &str, more: bool) -> Option<i32> {
    let t = text.trim();
    let (minus, rest) = match t.strip_prefix(['-', '\u{2212}']) {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let bp = i32::try_from(parse_percent(rest).ok()?).ok()?;
    Some(if minus || !more { -bp } else { bp })
}

#[component]
pub fn WhatIf() -> Html {
    let text = use_state(|| "10".to_string());
    let more = use_state(|| false);
    let scope = use_state(String::new);
    let error = use_state(|| false);
    // What the last "Toepassen" did not do, said at the button.
    let refused = use_state(|| None::<&'static str>);
    let Some(editor) = use_context::<EditorCtx>() else {
        return html! {};
    };
    let lang = editor.lang;
    let lt = layout_texts(lang);
    let oninput = {
        let (text, error) = (text.clone(), error.clone());
        Callback::from(move |e: InputEvent| {
            let i: HtmlInputElement = e.target_unchecked_into();
            text.set(i.value());
            error.set(false);
        })
    };
    let ondir = {
        let more = more.clone();
        Callback::from(move |e: Event| {
            let s: HtmlSelectElement = e.target_unchecked_into();
            more.set(s.value() == "more");
        })
    };
    let onscope = {
        let scope = scope.clone();
        let refused = refused.clone();
        Callback::from(move |e: Event| {
            let s: HtmlSelectElement = e.target_unchecked_into();
            scope.set(s.value());
            refused.set(None);
        })
    };
    // A municipality chosen before it was removed (or another link opened): all of them.
    let only = Some(scope.to_string())
        .filter(|id| editor.scenario().municipalities.iter().any(|m| m.id == *id));
    let onsubmit = {
        let (text, more, error, refused, editor, only) = (
            text.clone(),
            more.clone(),
            error.clone(),
            refused.clone(),
            editor.clone(),
            only.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(bp) = change_bp(&text, *more) else {
                error.set(true);
                return;
            };
            // Text typed into the table that does not parse would be lost by the change.
            if !editor.parse_errors.is_empty() || editor.problem.is_some() {
                refused.set(Some(layout_texts(editor.lang).whatif_fix_first));
                return;
            }
            let (scenario, n) =
                evt_core::scenario::scale_vacancies(editor.scenario(), only.as_deref(), bp);
            if n == 0 {
                refused.set(Some(layout_texts(editor.lang).whatif_nothing));
                return;
            }
            refused.set(None);
            editor.dispatch(Action::Replace {
                scenario,
                notice: Some(Notice::Applied(n)),
            });
        })
    };
    let (fewer, more_label) = match lang {
        Lang::Nl => ("% minder", "% meer"),
        Lang::En => ("% fewer", "% more"),
    };
    html! {
        <form class="what-if" id="what-if" {onsubmit} aria-labelledby="what-if-legend">
            <p class="what-if-legend" id="what-if-legend">{ lt.whatif_legend }</p>
            <div class="what-if-row">
                <label for="what-if-pct" class="visually-hidden">{ lt.whatif_percent }</label>
                <input id="what-if-pct" type="text" inputmode="decimal" autocomplete="off" size="5"
                    value={(*text).clone()} {oninput}
                    aria-invalid={error.then_some("true")}
                    aria-describedby={if *error { "what-if-help what-if-error" } else { "what-if-help" }} />
                <label for="what-if-dir" class="visually-hidden">{ lt.whatif_direction }</label>
                <select id="what-if-dir" onchange={ondir}>
                    <option value="fewer" selected={!*more}>{ fewer }</option>
                    <option value="more" selected={*more}>{ more_label }</option>
                </select>
                <label for="what-if-scope">{ lt.whatif_scope }</label>
                <select id="what-if-scope" onchange={onscope}>
                    <option value="" selected={only.is_none()}>{ lt.whatif_all }</option>
                    { for editor.scenario().municipalities.iter().map(|m| html! {
                        <option value={m.id.clone()} selected={only.as_deref() == Some(m.id.as_str())}>{ m.name.clone() }</option>
                    }) }
                </select>
                <button type="submit" class="btn" id="what-if-apply">{ lt.whatif_apply }</button>
            </div>
            <p class="help" id="what-if-help">{ lt.whatif_help }</p>
            if *error {
                <p class="error" id="what-if-error" role="alert">{ lt.whatif_bad }</p>
            }
            if let Some(msg) = *refused {
                <p class="error" id="what-if-refused" role="alert">{ msg }</p>
            }
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::change_bp;

    #[test]
    fn reads_the_change() {
        assert_eq!(change_bp("10", false), Some(-1000));
        assert_eq!(change_bp("10", true), Some(1000));
        assert_eq!(change_bp("-5,5", true), Some(-550));
        assert_eq!(change_bp("−2", false), Some(-200));
        assert_eq!(change_bp("+3 %", true), Some(300));
        assert_eq!(change_bp("veel", true), None);
        assert_eq!(change_bp("101", true), None);
    }
}
