//! Spreadsheet habits: paste a block from Excel/LibreOffice (or read a CSV file) with a
//! preview of what changes and what is rejected before anything is applied; download the
//! results as CSV (`;`, UTF-8 BOM, Dutch decimals); copy them as a table for Excel; print.
pub use super::paste_box::clipboard_text;
use super::paste_box::{
    file_import, oninput_clears_preview, onpaste_previews, paste_texts, PasteBox, PasteLines,
};
use super::EditorCtx;
use crate::i18n::{change_line, import_note, reject_reason, Texts};
use crate::state::{Action, Notice};
use evt_core::codec::{apply, export_csv, export_tsv, parse_table, Preview};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DataToolsProps {
    /// Text pasted elsewhere (onto the input table) to preview here.
    #[prop_or_default]
    pub pasted: Option<AttrValue>,
    /// Called when the pasted text has been taken over into the box.
    #[prop_or_default]
    pub onpastedconsumed: Callback<()>,
}

#[component]
pub fn DataTools(props: &DataToolsProps) -> Html {
    let Some(editor) = use_context::<EditorCtx>() else {
        return html! {};
    };
    let lang = editor.lang;
    let t = Texts::get(lang);
    let text = use_state(String::new);
    let preview = use_state(|| None::<Preview>);
    let copy_status = use_state(|| None::<bool>);

    // Text pasted onto the table arrives through props: show it here with its preview.
    {
        let text = text.clone();
        let preview = preview.clone();
        let editor = editor.clone();
        let consumed = props.onpastedconsumed.clone();
        use_effect_with(props.pasted.clone(), move |pasted| {
            if let Some(p) = pasted {
                text.set(p.to_string());
                preview.set(Some(parse_table(p, editor.scenario(), editor.lang)));
                crate::web::focus("paste-input");
                consumed.emit(());
            }
        });
    }

    let make_preview = {
        let text = text.clone();
        let preview = preview.clone();
        let editor = editor.clone();
        Callback::from(move |_: MouseEvent| {
            preview.set(Some(parse_table(&text, editor.scenario(), editor.lang)));
        })
    };
    let oninput = oninput_clears_preview(&text, &preview);
    let onpaste = {
        let preview = preview.clone();
        let text = text.clone();
        let editor = editor.clone();
        // Preview at once when a block is pasted into the box.
        onpaste_previews(move |pasted| {
            text.set(pasted.clone());
            preview.set(Some(parse_table(&pasted, editor.scenario(), editor.lang)));
        })
    };
    let on_apply = {
        let preview = preview.clone();
        let text = text.clone();
        let editor = editor.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(p) = &*preview {
                let n = p.changes.len();
                editor.dispatch(Action::Replace {
                    scenario: apply(p, editor.scenario()),
                    notice: Some(Notice::Applied(n)),
                });
            }
            preview.set(None);
            text.set(String::new());
        })
    };
    let on_cancel = {
        let preview = preview.clone();
        Callback::from(move |_: MouseEvent| preview.set(None))
    };
    let on_export = {
        let editor = editor.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(c) = &editor.last_valid {
                let csv = export_csv(&c.scenario, &c.outcome, editor.lang);
                crate::web::download("evenwichtige-verdeling.csv", "text/csv;charset=utf-8", &csv);
            }
        })
    };
    let on_copy = {
        let editor = editor.clone();
        let copy_status = copy_status.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(c) = &editor.last_valid {
                let tsv = export_tsv(&c.scenario, &c.outcome, editor.lang);
                let copy_status = copy_status.clone();
                crate::web::copy_text(&tsv, move |ok| copy_status.set(Some(ok)));
            }
        })
    };
    let on_print = Callback::from(|_: MouseEvent| crate::web::print());
    let on_file = {
        let text = text.clone();
        let preview = preview.clone();
        let editor = editor.clone();
        Callback::from(move |e: Event| {
            let text = text.clone();
            let preview = preview.clone();
            let editor = editor.clone();
            crate::web::read_file_text(&e, move |content| {
                preview.set(Some(parse_table(&content, editor.scenario(), editor.lang)));
                text.set(content);
            });
        })
    };

    let paste_box = PasteBox {
        prefix: "",
        rows: "5",
        texts: paste_texts!(t),
        text: (*text).clone(),
        preview: preview.as_ref().map(|p| PasteLines {
            changes: p.changes.iter().map(|c| change_line(c, lang)).collect(),
            notes: p.notes.iter().map(|n| import_note(n, lang)).collect(),
            rejected: p
                .rejected
                .iter()
                .map(|r| {
                    let who = line_name(&text, r.line, p.delimiter.as_char())
                        .map(|n| format!(" ({n})"))
                        .unwrap_or_default();
                    format!(
                        "{} {}{who}: ‘{}’ — {}",
                        t.paste_line,
                        r.line,
                        r.text,
                        reject_reason(&r.reason, lang)
                    )
                })
                .collect(),
        }),
        oninput,
        onpaste,
        onpreview: make_preview,
        onapply: on_apply,
        oncancel: on_cancel,
    }
    .view();

    html! {
        <section class="panel data-tools" aria-labelledby="tools-heading">
            <h2 id="tools-heading">{ t.tools_heading }</h2>
            <div class="toolbar">
                <button type="button" class="btn" id="export-csv" onclick={on_export}>{ t.export_csv }</button>
                <button type="button" class="btn" id="copy-table" onclick={on_copy}>{ t.copy_table }</button>
                <button type="button" class="btn" id="print" onclick={on_print}>{ t.print }</button>
                { file_import("import-csv", t.import_csv, on_file) }
            </div>
            <p class="notice" role="status" id="copy-status">
                { match *copy_status { Some(true) => t.copied, Some(false) => t.copy_failed, None => "" } }
            </p>
            { paste_box }
        </section>
    }
}

/// The first text (non-numeric) cell of a pasted line: the municipality it is about.
fn line_name(text: &str, line: usize, delimiter: char) -> Option<String> {
    let l = text
        .trim_start_matches('\u{feff}')
        .lines()
        .nth(line.checked_sub(1)?)?;
    l.split(delimiter)
        .map(|c| c.trim().trim_matches('"').trim())
        .find(|c| !c.is_empty() && c.chars().any(char::is_alphabetic) && !c.starts_with("GM"))
        .map(str::to_string)
}
