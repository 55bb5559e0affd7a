//! Two scenarios side by side: per municipality the target, percentage and status in A and B,
//! the difference, and the municipalities whose status changes first. A is the current
//! scenario (picking another one as A opens it in the calculator, keeping the current work in
//! "Mijn scenario's"); B is the default scenario, a saved scenario or one opened from a pasted
//! link. The column headings name both; a totals row closes the table; on a phone each row
//! is a card (still a table to a screen reader).
use crate::i18n::compare::{
    cell_label, compare_summary, percent_points_difference, side_heading, target_difference,
    total_label, CHANGED_MARK, CURRENT_SEPARATOR, SIDE_A, SIDE_B, STATUS_CHANGED_MARK, SYMBOL_GAP,
};
use crate::i18n::page::{compare_opened_a, link_error, page_texts, PageTexts};
use crate::i18n::validation::problems;
use crate::i18n::{status_label, status_symbol};
use crate::view::compare::{compare_model, link_fragment, Change, CompareLine, TotalsLine};
use evt_core::compare::{CompareError, Side, TotalSide};
use evt_core::numbers::{format_count, format_percent_or_dash, Lang};
use evt_core::Scenario;
use std::rc::Rc;
use yew::prelude::*;

/// A scenario the user can pick as B.
#[derive(Clone, PartialEq)]
pub struct Choice {
    pub key: AttrValue,
    pub label: AttrValue,
    pub scenario: Rc<Scenario>,
}

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    /// Scenario A: the current scenario.
    pub a: Rc<Scenario>,
    /// Scenario B.
    pub b: Rc<Scenario>,
    /// The key of B among `choices`, if it is one of them.
    #[prop_or_default]
    pub b_key: Option<AttrValue>,
    /// Scenarios to pick as B (default, saved ones).
    pub choices: Vec<Choice>,
    pub lang: Lang,
    pub onpick: Callback<(Option<AttrValue>, Rc<Scenario>)>,
    /// Open one of `choices` as the current scenario (A); answers whether the work it
    /// replaced was kept in "Mijn scenario's" (false when that was already safe).
    pub onpick_a: Callback<Choice, bool>,
}

#[component]
pub fn Compare(props: &CompareProps) -> Html {
    let t = page_texts(props.lang);
    let lang = props.lang;
    let result = use_memo((props.a.clone(), props.b.clone()), |(a, b)| {
        compare_model(a, b)
    });
    let link_text = use_state(String::new);
    let link_problem = use_state(|| None::<String>);
    // The scenario last opened as A and whether the work it replaced was kept; the sentence
    // is written at render time, so it follows a language switch.
    let a_opened = use_state(|| None::<(AttrValue, bool)>);

    let on_select = {
        let choices = props.choices.clone();
        let onpick = props.onpick.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_dyn_into::<web_sys::HtmlSelectElement>()
                .map(|s| s.value())
                .unwrap_or_default();
            if let Some(c) = choices.iter().find(|c| c.key.as_str() == value) {
                onpick.emit((Some(c.key.clone()), c.scenario.clone()));
            }
        })
    };
    let on_select_a = {
        let choices = props.choices.clone();
        let onpick_a = props.onpick_a.clone();
        let a_opened = a_opened.clone();
        Callback::from(move |e: Event| {
            let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() else {
                return;
            };
            if let Some(c) = choices.iter().find(|c| c.key.as_str() == select.value()) {
                let kept = onpick_a.emit(c.clone());
                a_opened.set(Some((c.label.clone(), kept)));
            }
            // The picked scenario is the current one now: the picker shows "current" again.
            select.set_value("");
        })
    };
    let on_link_input = {
        let link_text = link_text.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(i) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                link_text.set(i.value());
            }
        })
    };
    let on_link_open = {
        let link_text = link_text.clone();
        let link_problem = link_problem.clone();
        let onpick = props.onpick.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match evt_core::codec::link::decode(link_fragment(&link_text)) {
                Ok(state) => {
                    link_problem.set(None);
                    onpick.emit((None, Rc::new(state.scenario)));
                }
                Err(err) => link_problem.set(Some(link_error(&err, lang))),
            }
        })
    };

    // The two scenarios by the names the pickers give them: A the one opened last (else the
    // current work), B the picked one (else the link's).
    let a_name = match &*a_opened {
        Some((name, _)) => name.to_string(),
        None => format!(
            "{}{CURRENT_SEPARATOR}{}",
            t.compare_current, props.a.region_name
        ),
    };
    let b_name = props
        .b_key
        .as_ref()
        .and_then(|k| props.choices.iter().find(|c| c.key == *k))
        .map_or_else(
            || {
                format!(
                    "{}{CURRENT_SEPARATOR}{}",
                    t.compare_from_link, props.b.region_name
                )
            },
            |c| c.label.to_string(),
        );
    let body = match &*result {
        Err(CompareError::A(e)) => html! {
            <div class="problems" role="alert" id="cmp-problem">
                <p>{ t.compare_a_invalid }</p>
                <ul>{ for problems(e, |id| props.a.name_of(id), lang).into_iter().map(|p| html! { <li>{ p }</li> }) }</ul>
            </div>
        },
        Err(CompareError::B(e)) => html! {
            <div class="problems" role="alert" id="cmp-problem">
                <p>{ t.compare_b_invalid }</p>
                <ul>{ for problems(e, |id| props.b.name_of(id), lang).into_iter().map(|p| html! { <li>{ p }</li> }) }</ul>
            </div>
        },
        // The roles are those the elements have already: they keep the table a table for
        // screen readers where a phone shows its rows as cards (style/main.css).
        Ok(c) => {
            let (head_a, head_b) = (
                side_heading(t.compare_a, &a_name),
                side_heading(t.compare_b, &b_name),
            );
            html! {
            <>
            <p class="cmp-summary" id="cmp-summary" role="status">{ compare_summary(c.status_changes, c.total, lang) }</p>
            <div class="table-scroll cmp-scroll" role="region" aria-labelledby="cmp-caption" tabindex="0">
                <table class="results-table cmp-table" id="cmp-table" role="table">
                    <caption id="cmp-caption">{ t.compare_caption }</caption>
                    <thead role="rowgroup">
                        <tr class="cmp-groups" role="row">
                            <td role="cell"></td>
                            <th scope="colgroup" colspan="3" id="cmp-head-a" role="columnheader">{ head_a }</th>
                            <th scope="colgroup" colspan="3" id="cmp-head-b" role="columnheader">{ head_b }</th>
                            <td colspan="2" role="cell"></td>
                        </tr>
                        <tr class="cmp-cols" role="row">
                            <th scope="col" role="columnheader">{ t.compare_col_name }</th>
                            <th scope="col" role="columnheader">{ t.compare_col_target }</th>
                            <th scope="col" role="columnheader">{ t.compare_col_percent }</th>
                            <th scope="col" role="columnheader">{ t.compare_col_status }</th>
                            <th scope="col" role="columnheader">{ t.compare_col_target }</th>
                            <th scope="col" role="columnheader">{ t.compare_col_percent }</th>
                            <th scope="col" role="columnheader">{ t.compare_col_status }</th>
                            <th scope="col" role="columnheader">{ t.compare_col_diff }</th>
                            <th scope="col" role="columnheader">{ t.compare_col_diff_points }</th>
                        </tr>
                    </thead>
                    <tbody role="rowgroup">
                        { for c.lines.iter().map(|r| row(r, t, lang)) }
                    </tbody>
                    <tfoot role="rowgroup">
                        { totals_row(&c.totals, t, lang) }
                    </tfoot>
                </table>
            </div>
            </>
            }
        }
    };

    let selected = props.b_key.clone().unwrap_or_default();
    html! {
        <section class="panel compare" aria-labelledby="cmp-heading" id="compare">
            <h2 id="cmp-heading">{ t.compare_heading }</h2>
            <p>{ t.compare_intro }</p>
            <div class="cmp-pickers">
                <label class="field">
                    <span class="field-label">{ t.compare_pick_a }</span>
                    <select id="cmp-a" onchange={on_select_a} aria-describedby="cmp-a-help">
                        <option value="" selected=true>{ t.compare_current }{ CURRENT_SEPARATOR }{ props.a.region_name.clone() }</option>
                        { for props.choices.iter().map(|c| html! {
                            <option key={c.key.as_str()} value={c.key.clone()}>{ c.label.clone() }</option>
                        }) }
                    </select>
                </label>
                <p class="field-help cmp-a-help" id="cmp-a-help">{ t.compare_a_help }</p>
                <p class="cmp-a-status" role="status" id="cmp-a-status">
                    if let Some((name, kept)) = &*a_opened { { compare_opened_a(name, *kept, lang) } }
                </p>
                <label class="field">
                    <span class="field-label">{ t.compare_pick_b }</span>
                    <select id="cmp-b" onchange={on_select}>
                        if props.b_key.is_none() {
                            <option value="" selected=true>{ t.compare_from_link }</option>
                        }
                        { for props.choices.iter().map(|c| html! {
                            <option key={c.key.as_str()} value={c.key.clone()} selected={c.key == selected}>{ c.label.clone() }</option>
                        }) }
                    </select>
                </label>
                <form class="cmp-link-form" onsubmit={on_link_open}>
                    <label class="field">
                        <span class="field-label">{ t.compare_link_label }</span>
                        <input type="text" id="cmp-link" value={(*link_text).clone()} oninput={on_link_input}
                            aria-describedby="cmp-link-help" aria-invalid={if link_problem.is_some() { "true" } else { "false" }}
                            autocomplete="off" spellcheck="false" />
                    </label>
                    <button type="submit" class="btn" id="cmp-link-open">{ t.compare_link_open }</button>
                    <p class="field-help" id="cmp-link-help">{ t.compare_link_help }</p>
                    if let Some(p) = &*link_problem {
                        <p class="field-error" role="alert" id="cmp-link-error">{ p.clone() }</p>
                    }
                </form>
            </div>
            { body }
        </section>
    }
}

/// The column labels a cell shows on a phone, for side `side` ("A", "B").
fn labels(side: &str, t: &PageTexts) -> [String; 3] {
    [
        cell_label(side, t.compare_col_target),
        cell_label(side, t.compare_col_percent),
        cell_label(side, t.compare_col_status),
    ]
}

fn side_cells(side: Option<Side>, code: &str, t: &PageTexts, lang: Lang) -> Html {
    let [target, percent, status] = labels(if code == "a" { SIDE_A } else { SIDE_B }, t);
    match side {
        Some(s) => html! {
            <>
            <td class={classes!("num", format!("cmp-{code}-target"))} role="cell" data-label={target}>{ format_count(s.target, lang) }</td>
            <td class={classes!("num", format!("cmp-{code}-percent"))} role="cell" data-label={percent}>{ format_percent_or_dash(s.percent_tenths, lang) }</td>
            <td class="status" role="cell" data-label={status}><span class="status-symbol" aria-hidden="true">{ status_symbol(s.status) }</span>{ SYMBOL_GAP }{ status_label(s.status, lang) }</td>
            </>
        },
        None => {
            html! { <td colspan="3" class="cmp-absent" role="cell" data-label={target}>{ t.compare_not_in }</td> }
        }
    }
}

/// The two difference cells, B − A.
fn diff_cells(persons: Option<i64>, tenths: Option<i64>, t: &PageTexts, lang: Lang) -> Html {
    html! {
        <>
        <td class="num cmp-diff" role="cell" data-label={t.compare_col_diff}>{ target_difference(persons, lang) }</td>
        <td class="num cmp-diff-points" role="cell" data-label={t.compare_col_diff_points}>{ percent_points_difference(tenths, lang) }</td>
        </>
    }
}

fn row(r: &CompareLine, t: &PageTexts, lang: Lang) -> Html {
    let class = classes!(match r.change {
        Change::Status => Some("cmp-status-changed"),
        Change::Figures => Some("cmp-changed"),
        Change::None => None,
    });
    html! {
        <tr key={r.id.clone()} data-id={r.id.clone()} {class} role="row">
            <th scope="row" role="rowheader">
                { r.name.clone() }
                if r.change == Change::Status {
                    <span class="cmp-flag">{ STATUS_CHANGED_MARK }{ t.compare_status_changed }</span>
                } else if r.change == Change::Figures {
                    <span class="cmp-flag cmp-flag-quiet">{ CHANGED_MARK }{ t.compare_changed }</span>
                }
            </th>
            { side_cells(r.a, "a", t, lang) }
            { side_cells(r.b, "b", t, lang) }
            { diff_cells(r.target_diff, r.percent_diff, t, lang) }
        </tr>
    }
}

/// The totals row: per scenario the sum of the rows and the region's percentage (a region
/// has no status of its own), and the differences.
fn totals_row(tl: &TotalsLine, t: &PageTexts, lang: Lang) -> Html {
    let side = |s: TotalSide, code: &str, letter: &str| {
        let [target, percent, _] = labels(letter, t);
        html! {
            <>
            <td class={classes!("num", format!("cmp-{code}-target"))} role="cell" data-label={target}>{ format_count(s.target, lang) }</td>
            <td class={classes!("num", format!("cmp-{code}-percent"))} role="cell" data-label={percent}>{ format_percent_or_dash(s.percent_tenths, lang) }</td>
            <td class="cmp-no-status" role="cell"></td>
            </>
        }
    };
    html! {
        <tr class="cmp-total" id="cmp-total" role="row">
            <th scope="row" role="rowheader">{ total_label(lang) }</th>
            { side(tl.a, "a", SIDE_A) }
            { side(tl.b, "b", SIDE_B) }
            { diff_cells(Some(tl.target_diff), tl.percent_diff, t, lang) }
        </tr>
    }
}
