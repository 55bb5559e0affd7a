//! The input table: per municipality households, vacancies (typed or a marked estimate) and,
//! on demand, the optional columns. Text inputs with `inputmode`, Dutch notation accepted;
//! a bad value gets its message at the cell and is never thrown away.
use super::EditorCtx;
use crate::i18n::{field_label, number_error, validation_error, Texts};
use crate::state::{Action, Editor, FieldKey, Key};
use evt_core::numbers::Lang;
use evt_core::scenario::VacancySource;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// One cell, prepared so unchanged rows skip rendering.
#[derive(Clone, PartialEq)]
pub struct CellView {
    pub field: FieldKey,
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
}

#[component]
pub fn InputRow(props: &InputRowProps) -> Html {
    let t = Texts::get(props.lang);
    let cells = props.cells.iter().map(|c| {
        let field = c.field;
        let id = props.id.clone();
        let input_id = format!("in-{}-{}", field.code(), props.id);
        let err_id = format!("{input_id}-error");
        let oninput = {
            let dispatch = props.dispatch.clone();
            let id = id.clone();
            Callback::from(move |e: InputEvent| {
                let input: HtmlInputElement = e.target_unchecked_into();
                dispatch.dispatch(Action::SetCell { id: id.clone(), field, text: input.value() });
            })
        };
        let onchange = {
            let dispatch = props.dispatch.clone();
            let id = id.clone();
            Callback::from(move |_: Event| dispatch.dispatch(Action::Commit(Key::Cell(id.clone(), field))))
        };
        let label = format!("{}: {}", field_label(field.field(), props.lang), props.name);
        let is_name = field == FieldKey::Name;
        let estimated = field == FieldKey::Vacancies && props.estimated;
        let describedby = match (&c.error, estimated) {
            (Some(_), true) => Some(format!("{err_id} est-{}", props.id)),
            (Some(_), false) => Some(err_id.clone()),
            (None, true) => Some(format!("est-{}", props.id)),
            (None, false) => None,
        };
        html! {
            <td class={classes!("cell", format!("cell-{}", field.code()), c.error.is_some().then_some("has-error"))}>
                <input id={input_id.clone()} type="text"
                    class={classes!(estimated.then_some("is-estimate"))}
                    inputmode={if is_name { None } else { Some("numeric") }}
                    autocomplete="off" spellcheck="false"
                    aria-label={label}
                    aria-invalid={c.error.is_some().then_some("true")}
                    aria-describedby={describedby}
                    data-bench-input={(field == FieldKey::Vacancies).then_some("true")}
                    value={c.text.clone()} {oninput} {onchange} />
                if estimated {
                    <span class="badge-estimate" id={format!("est-{}", props.id)} title={t.estimate_title}>{ t.estimate }</span>
                }
                if let Some(msg) = &c.error {
                    <span class="error" id={err_id} role="alert">{ msg.clone() }</span>
                }
            </td>
        }
    });
    let onremove = {
        let dispatch = props.dispatch.clone();
        let id = props.id.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.dispatch(Action::RemoveMunicipality(id.clone()))
        })
    };
    html! {
        <tr data-id={props.id.clone()}>
            { for cells }
            <td class="cell-actions">
                <button type="button" class="btn btn-quiet" onclick={onremove}
                    aria-label={format!("{} {}", t.remove, props.name)}>{ t.remove }</button>
            </td>
        </tr>
    }
}

#[derive(Properties, PartialEq)]
pub struct InputTableProps {
    /// Show the optional columns (inflow, realised, status holders, extra vacancies).
    pub show_optional: bool,
}

#[component]
pub fn InputTable(props: &InputTableProps) -> Html {
    let Some(editor) = use_context::<EditorCtx>() else {
        return html! {};
    };
    let lang = editor.lang;
    let t = Texts::get(lang);
    let s = editor.scenario();
    let mut fields = vec![FieldKey::Name, FieldKey::Households, FieldKey::Vacancies];
    if props.show_optional {
        fields.extend(FieldKey::OPTIONAL);
    }
    let dispatch = editor.dispatcher();
    let rows = s.municipalities.iter().map(|m| {
        let cells: Vec<CellView> = fields
            .iter()
            .map(|&f| {
                let key = Key::Cell(m.id.clone(), f);
                let error = editor
                    .parse_errors
                    .get(&key)
                    .map(|e| number_error(e, lang))
                    .or_else(|| {
                        editor
                            .cell_errors(&m.id, f)
                            .first()
                            .map(|e| validation_error(e, &m.name, lang))
                    });
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
                {estimated} {lang} dispatch={dispatch.clone()} />
        }
    });
    html! {
        <div class="table-scroll" role="region" aria-labelledby="inputs-caption" tabindex="0">
            <table class="input-table" id="input-table">
                <caption id="inputs-caption">{ t.inputs_caption }</caption>
                <thead>
                    <tr>
                        { for fields.iter().map(|f| html! { <th scope="col">{ field_label(f.field(), lang) }</th> }) }
                        <th scope="col"><span class="visually-hidden">{ t.col_actions }</span></th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}
