//! The input table: per municipality households, vacancies (typed or a marked estimate) and,
//! on demand, the optional columns. Text inputs with `inputmode`, Dutch notation accepted;
//! a bad value gets its message at the cell and is never thrown away.
use super::number_field::{cell_error, edit_callbacks, NumberCell};
use super::EditorCtx;
use crate::i18n::validation::field_label;
use crate::i18n::Texts;
use crate::state::{Action, Editor, Key};
use evt_core::numbers::Lang;
use evt_core::scenario::VacancySource;
use evt_core::validate::Field;
use yew::prelude::*;

/// One cell, prepared so unchanged rows skip rendering.
#[derive(Clone, PartialEq)]
pub struct CellView {
    pub field: Field,
    pub text: String,
    pub error: Option<String>,
}

#[derive(Properties, PartialEq)]
pub struct InputRowProps {
    pub id: String,
    pub name: String,
    pub cells: Vec<CellView>,
    pub estimated: bool,
    pub lang: Lang,
    pub dispatch: UseReducerDispatcher<Editor>,
    /// This row's result as it is now ("18,4% ● binnen de bandbreedte"), beside its inputs,
    /// so an edit shows its effect where it is made.
    pub result: Option<(String, evt_core::methods::Status)>,
    pub stale: bool,
}

#[component]
pub fn InputRow(props: &InputRowProps) -> Html {
    let t = Texts::get(props.lang);
    let mut cells = props.cells.iter().map(|c| {
        let field = c.field;
        let (oninput, onchange) =
            edit_callbacks(&props.dispatch, Key::Cell(props.id.clone(), field));
        let estimated = field == Field::Vacancies && props.estimated;
        let estimate_id = format!("est-{}", props.id);
        NumberCell {
            id: format!("in-{}-{}", field.code(), props.id),
            td_class: classes!("cell", format!("cell-{}", field.code())),
            input_class: classes!(estimated.then_some("is-estimate")),
            label: format!("{}: {}", field_label(field, props.lang), props.name),
            inputmode: (field != Field::Name).then_some("numeric"),
            value: c.text.clone(),
            error: c.error.clone(),
            describedby: estimated.then(|| estimate_id.clone()),
            bench_input: (field == Field::Vacancies).then_some("true"),
            after_input: html! {
                if estimated {
                    <span class="badge-estimate" id={estimate_id} title={t.estimate_title}>{ t.estimate }</span>
                }
            },
            oninput,
            onchange,
            ..NumberCell::default()
        }
        .view()
    });
    let onremove = {
        let dispatch = props.dispatch.clone();
        let id = props.id.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.dispatch(Action::RemoveMunicipality(id.clone()))
        })
    };
    let result = props.result.as_ref().map(|(pct, status)| {
        html! {
            <>
                <span class="result-pct">{ pct.clone() }</span>{ " " }
                <span class={classes!("status", format!("status-{}", status.code()))}>
                    <span aria-hidden="true">
                        <span class="status-symbol">{ crate::i18n::status_symbol(*status) }</span>
                        { " " }{ crate::i18n::layout::status_short(*status, props.lang) }
                    </span>
                    <span class="visually-hidden">{ crate::i18n::status_label(*status, props.lang) }</span>
                </span>
            </>
        }
    });
    html! {
        <tr data-id={props.id.clone()}>
            // Name, households, vacancies; the result; then the optional columns.
            { for cells.by_ref().take(3) }
            <td class={classes!("cell-result", props.stale.then_some("is-stale"))} id={format!("out-{}", props.id)}>
                { for result }
            </td>
            { for cells }
            <td class="cell-actions">
                <button type="button" class="btn btn-quiet" onclick={onremove}
                    aria-label={format!("{} {}", t.remove, props.name)}>{ t.remove }</button>
            </td>
        </tr>
    }
}

/// The columns of the input table: name, households and vacancies always; on demand every
/// other column the import reads (corporation homes, the basis of the vacancy estimate, then
/// the optional figures of [`Field::OPTIONAL`]), so nothing a pasted table set is hidden.
pub fn input_columns(show_optional: bool) -> Vec<Field> {
    let mut fields = vec![Field::Name, Field::Households, Field::Vacancies];
    if show_optional {
        fields.push(Field::CorporationHomes);
        fields.extend(Field::OPTIONAL);
    }
    fields
}

#[derive(Properties, PartialEq)]
pub struct InputTableProps {
    /// Show the other columns (corporation homes, inflow, realised, status holders, extra
    /// vacancies).
    pub show_optional: bool,
    /// The results, for each row's result beside its inputs.
    #[prop_or_default]
    pub rows: std::rc::Rc<Vec<crate::view::ResultRow>>,
    /// The results do not reflect pending input errors.
    #[prop_or_default]
    pub stale: bool,
}

#[component]
pub fn InputTable(props: &InputTableProps) -> Html {
    let Some(editor) = use_context::<EditorCtx>() else {
        return html! {};
    };
    let lang = editor.lang;
    let t = Texts::get(lang);
    let s = editor.scenario();
    let fields = input_columns(props.show_optional);
    let dispatch = editor.dispatcher();
    let results: std::collections::HashMap<&str, &crate::view::ResultRow> =
        props.rows.iter().map(|r| (r.id.as_str(), r)).collect();
    let rows = s.municipalities.iter().map(|m| {
        let result = results.get(m.id.as_str()).map(|r| {
            (
                evt_core::numbers::format_percent_or_dash(r.percent_tenths, lang),
                r.status,
            )
        });
        let cells: Vec<CellView> = fields
            .iter()
            .map(|&f| {
                let key = Key::Cell(m.id.clone(), f);
                let error = cell_error(&editor, &m.id, &m.name, f, lang);
                CellView {
                    field: f,
                    text: editor.text(&key),
                    error,
                }
            })
            .collect();
        let estimated = m.vacancies.is_none()
            && m.effective_vacancies(s.params.turnover_bp).1 == VacancySource::Estimated;
        html! {
            <InputRow key={m.id.clone()} id={m.id.clone()} name={m.name.clone()} {cells}
                {estimated} {lang} dispatch={dispatch.clone()} {result} stale={props.stale} />
        }
    });
    html! {
        <div class="table-scroll" role="region" aria-labelledby="inputs-caption" tabindex="0">
            <table class="input-table" id="input-table">
                <caption id="inputs-caption">{ t.inputs_caption }</caption>
                <thead>
                    <tr>
                        { for fields.iter().take(3).map(|f| html! { <th scope="col">{ field_label(*f, lang) }</th> }) }
                        <th scope="col" class="col-result">{ crate::i18n::layout::layout_texts(lang).col_result }</th>
                        { for fields.iter().skip(3).map(|f| html! { <th scope="col">{ field_label(*f, lang) }</th> }) }
                        <th scope="col"><span class="visually-hidden">{ t.col_actions }</span></th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}
