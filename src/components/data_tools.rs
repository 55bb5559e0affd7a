//! Spreadsheet habits: paste a block from Excel/LibreOffice (or read a CSV file) with a
//! preview of what changes and what is rejected before anything is applied; download the
//! results as CSV (`;`, UTF-8 BOM, Dutch decimals); copy them as a table for Excel; print.
//!
//! The reader of pasted and imported tables (and its preview) is in the full module only
//! (`cfg(evt_full)`): in the first module, text to preview is handed over to the full one,
//! which opens with that text in its preview (see `components::on_demand`).
use super::on_demand::OnDemand;
pub use super::paste_box::clipboard_text;
use super::paste_box::{
    file_import, paste_texts, use_paste_flow, PasteBox, PasteExtra, PasteLines,
};
use super::EditorCtx;
#[cfg(evt_full)]
use crate::i18n::import::{
    change_line, import_note, import_texts, new_row_line, region_offer, reject_reason,
};
use crate::i18n::Texts;
#[cfg(evt_full)]
use crate::state::{Action, Notice};
#[cfg(evt_full)]
use evt_core::codec::{apply_as_region, apply_with_new_rows, parse_table};
use evt_core::codec::{export_csv, export_tsv, Preview};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DataToolsProps {
    /// Text pasted elsewhere (onto the input table) to preview here.
    #[prop_or_default]
    pub pasted: Option<AttrValue>,
    /// Called when the pasted text has been taken over into the box.
    #[prop_or_default]
    pub onpastedconsumed: Callback<()>,
    /// Writes the state into the address before the full module takes over (the first
    /// module hands text to preview over to it).
    #[prop_or_default]
    pub flush: Callback<()>,
}

#[component]
pub fn DataTools(props: &DataToolsProps) -> Html {
    let Some(editor) = use_context::<EditorCtx>() else {
        return html! {};
    };
    let lang = editor.lang;
    let t = Texts::get(lang);
    let text = use_state(String::new);
    let flow = use_paste_flow::<Preview>(text.clone());
    let copy_status = use_state(|| None::<bool>);
    // Text to preview: read here (full module), or handed over to the full module.
    #[cfg(not(evt_full))]
    let handover = use_state(|| None::<AttrValue>);
    #[cfg(evt_full)]
    let flow = {
        let editor = editor.clone();
        flow.reading(move |content| Some(parse_table(content, editor.scenario(), editor.lang)))
    };
    #[cfg(not(evt_full))]
    let flow = {
        let handover = handover.clone();
        flow.reading(move |content| {
            handover.set(Some(content.to_string().into()));
            None
        })
    };
    let show = flow.show();
    #[cfg(evt_full)]
    let preview = flow.preview.clone();

    // Text pasted onto the table arrives through props: show it here with its preview.
    {
        let show = show.clone();
        let consumed = props.onpastedconsumed.clone();
        use_effect_with(props.pasted.clone(), move |pasted| {
            if let Some(p) = pasted {
                show(p.to_string());
                crate::web::focus("paste-input");
                consumed.emit(());
            }
        });
    }

    let make_preview = flow.onpreview();
    let oninput = flow.oninput();
    // Preview at once when a block is pasted into the box.
    let onpaste = flow.onpaste();
    // "Apply": the changes, and the rows the region does not have added at the end; one undo
    // step that keeps the parameters as typed.
    let on_apply = {
        #[cfg(evt_full)]
        let editor = editor.clone();
        flow.onapply(move |_preview: &Preview| {
            #[cfg(evt_full)]
            editor.dispatch(Action::Import {
                scenario: apply_with_new_rows(_preview, editor.scenario()),
                notice: Some(Notice::Applied(
                    _preview.changes.len() + _preview.new_rows.len(),
                )),
            });
        })
    };
    // "Make this my region": exactly the pasted rows, in their order, parameters kept. A
    // table with no row of the current region also gives the region a name of its own (the
    // old one would name another region).
    #[cfg(evt_full)]
    let on_region = {
        let editor = editor.clone();
        flow.onapply(move |preview: &Preview| {
            let mut scenario = apply_as_region(preview, editor.scenario());
            if !preview.fits_region() {
                scenario.region_name = import_texts(editor.lang).own_region_name.to_string();
            }
            let n = scenario.municipalities.len();
            editor.dispatch(Action::Import {
                scenario,
                notice: Some(Notice::RegionMade(n)),
            });
        })
    };
    let on_cancel = flow.oncancel();
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
    // The report's link is brought up to date first (an edit of less than 300 ms ago), and
    // the page renders it before the print dialog blocks.
    let on_print = {
        let flush = props.flush.clone();
        Callback::from(move |_: MouseEvent| {
            flush.emit(());
            #[cfg(target_arch = "wasm32")]
            gloo::timers::callback::Timeout::new(0, crate::web::print).forget();
        })
    };
    let on_file = flow.onfile(|| {});
    // The text's lines once (not a scan of the text per rejected row).
    #[cfg(evt_full)]
    let text_lines: Vec<&str> = if preview.is_some() {
        text.trim_start_matches('\u{feff}').lines().collect()
    } else {
        Vec::new()
    };
    #[cfg(evt_full)]
    let lines = preview.as_ref().map(|p| PasteLines {
        changes: p.changes.iter().map(|c| change_line(c, lang)).collect(),
        notes: p.notes.iter().map(|n| import_note(n, lang)).collect(),
        rejected: p
            .rejected
            .iter()
            .map(|r| {
                let who = line_name(&text_lines, r.line, p.delimiter.as_char())
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
    });
    #[cfg(not(evt_full))]
    let lines = None::<PasteLines>;
    #[cfg(evt_full)]
    let extra = preview
        .as_ref()
        .map(|p| {
            let words = import_texts(lang);
            // Offered when the table is of another region, or brings rows the region does not
            // have; a table of some of the region's own rows only updates them.
            let offer =
                p.changes_region(editor.scenario()) && (!p.fits_region() || !p.new_rows.is_empty());
            let region = offer.then(|| {
                (
                    region_offer(p.order.len(), p.fits_region(), lang),
                    words.region_apply,
                    on_region.clone(),
                )
            });
            PasteExtra {
                new_heading: words.new_heading,
                new_badge: words.new_badge,
                new_rows: p.new_rows.iter().map(|r| new_row_line(r, lang)).collect(),
                can_apply: Some(!p.is_empty() && (p.fits_region() || region.is_none())),
                region,
            }
        })
        .unwrap_or_default();
    #[cfg(not(evt_full))]
    let extra = PasteExtra::default();

    let paste_box = PasteBox {
        prefix: "",
        rows: "5",
        texts: paste_texts!(t),
        text: (*text).clone(),
        preview: lines,
        oninput,
        onpaste,
        onpreview: make_preview,
        onapply: on_apply,
        oncancel: on_cancel,
    }
    .view_with(extra);

    #[cfg(evt_full)]
    let handover_text: Option<AttrValue> = None;
    #[cfg(not(evt_full))]
    let handover_text = (*handover).clone();
    html! {
        <section class="panel data-tools" aria-labelledby="tools-heading">
            <h2 id="tools-heading">{ t.tools_heading }</h2>
            <div class="toolbar">
                <button type="button" class="btn" id="export-csv" onclick={on_export}>{ t.export_csv }</button>
                <button type="button" class="btn" id="copy-table" onclick={on_copy}>{ t.copy_table }</button>
                <button type="button" class="btn" id="print" onclick={on_print}>{ t.print }</button>
                { file_import("import-csv", t.import_csv, on_file, (*flow.file_problem).map(|p| crate::i18n::import::file_problem(p, lang))) }
            </div>
            <p class="notice" role="status" id="copy-status">
                { match *copy_status { Some(true) => t.copied, Some(false) => t.copy_failed, None => "" } }
            </p>
            { paste_box }
            // The first module: the full one opens with this text in its preview.
            if let Some(pasted) = handover_text {
                <OnDemand {lang} flush={props.flush.clone()} focus="paste-input" text={pasted} />
            }
        </section>
    }
}

/// The first text (non-numeric) cell of a pasted line: the municipality it is about.
#[cfg(evt_full)]
fn line_name(lines: &[&str], line: usize, delimiter: char) -> Option<String> {
    let l = lines.get(line.checked_sub(1)?)?;
    l.split(delimiter)
        .map(|c| c.trim().trim_matches('"').trim())
        .find(|c| !c.is_empty() && c.chars().any(char::is_alphabetic) && !c.starts_with("GM"))
        .map(str::to_string)
}
