//! The paste box shared by the calculator's data tools and the monitoring view (DESIGN
//! "Spreadsheets"): paste a block from Excel or LibreOffice, or read a CSV file, see what it
//! would change and what is rejected, then apply it or cancel. Both views show the same
//! structure under their own ids (`{prefix}paste-…`, `{prefix}import-csv`) and texts; what
//! each line of the preview says is the view's own.

use evt_core::codec::bytes::FileProblem;
use std::rc::Rc;
use yew::prelude::*;

/// What the file picker of a CSV import offers.
const IMPORT_ACCEPT: &str = ".csv,.tsv,.txt,text/csv,text/plain";

/// The plain text of a paste event, if it is one.
pub fn clipboard_text(e: &Event) -> Option<String> {
    use wasm_bindgen::JsCast;
    e.dyn_ref::<web_sys::ClipboardEvent>()
        .and_then(|c| c.clipboard_data())
        .and_then(|d| d.get_data("text/plain").ok())
        .filter(|s| !s.is_empty())
}

/// Typing in the box: the text is kept and the preview, which no longer matches it, closes.
pub fn oninput_clears_preview<P: 'static>(
    text: &UseStateHandle<String>,
    preview: &UseStateHandle<Option<P>>,
) -> Callback<InputEvent> {
    let (text, preview) = (text.clone(), preview.clone());
    Callback::from(move |e: InputEvent| {
        let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
        text.set(area.value());
        preview.set(None);
    })
}

/// Pasting a block into the box previews it at once (`show` gets the pasted text).
pub fn onpaste_previews(show: impl Fn(String) + 'static) -> Callback<Event> {
    Callback::from(move |e: Event| {
        if let Some(pasted) = clipboard_text(&e) {
            e.prevent_default();
            show(pasted);
        }
    })
}

/// The hidden file input `id` with its visible label, styled as a button.
pub fn file_import(
    id: &'static str,
    label: &'static str,
    onchange: Callback<Event>,
    problem: Option<String>,
) -> Html {
    let error_id = format!("{id}-error");
    html! {
        <>
            <input type="file" {id} class="visually-hidden" accept={IMPORT_ACCEPT} {onchange}
                aria-describedby={problem.is_some().then(|| error_id.clone())} />
            <label class="btn btn-quiet file-label" for={id}>{ label }</label>
            if let Some(text) = problem {
                <p class="error file-error" role="alert" id={error_id}>{ text }</p>
            }
        </>
    }
}

/// The texts of the box, in the active language.
pub struct PasteTexts {
    pub heading: &'static str,
    pub label: &'static str,
    pub help: &'static str,
    pub preview: &'static str,
    pub nothing: &'static str,
    pub changes: &'static str,
    pub rejected: &'static str,
    pub apply: &'static str,
    pub cancel: &'static str,
}

/// The box's texts out of a view's own texts (`Texts`, `MonTexts`), which name them alike
/// (`paste_heading`, `paste_label`, …).
macro_rules! paste_texts {
    ($t:expr) => {
        $crate::components::paste_box::PasteTexts {
            heading: $t.paste_heading,
            label: $t.paste_label,
            help: $t.paste_help,
            preview: $t.paste_preview,
            nothing: $t.paste_nothing,
            changes: $t.paste_changes,
            rejected: $t.paste_rejected,
            apply: $t.paste_apply,
            cancel: $t.paste_cancel,
        }
    };
}
pub(crate) use paste_texts;

/// A preview of pasted text, one line of text per change, note and rejected row.
pub struct PasteLines {
    pub changes: Vec<String>,
    pub notes: Vec<String>,
    pub rejected: Vec<String>,
}

/// What the calculator's preview adds to the box: the rows the region does not have yet
/// (each marked "nieuw") and the offer to make the pasted rows the region.
#[derive(Default)]
pub struct PasteExtra {
    /// Heading and mark of the new rows.
    pub new_heading: &'static str,
    pub new_badge: &'static str,
    /// One line per new row.
    pub new_rows: Vec<String>,
    /// "Make this my region": what it does, the button's label and its action.
    pub region: Option<(String, &'static str, Callback<MouseEvent>)>,
    /// Whether "apply" is offered; `None`: when there are changes.
    pub can_apply: Option<bool>,
}

/// The paste box: a `<details>` with the labelled text area, the preview button and, once
/// previewed, the changes, notes and rejected rows with "apply" and "cancel".
pub struct PasteBox {
    /// Prefix of every id (`""` or `"mon-"`); a non-empty prefix also adds the classes
    /// `{prefix}paste` and `{prefix}paste-preview`.
    pub prefix: &'static str,
    /// Rows of the text area.
    pub rows: &'static str,
    pub texts: PasteTexts,
    pub text: String,
    pub preview: Option<PasteLines>,
    pub oninput: Callback<InputEvent>,
    pub onpaste: Callback<Event>,
    pub onpreview: Callback<MouseEvent>,
    pub onapply: Callback<MouseEvent>,
    pub oncancel: Callback<MouseEvent>,
}

impl PasteBox {
    pub fn view(self) -> Html {
        self.view_with(PasteExtra::default())
    }

    /// The box with the calculator's additions (new rows, "make this my region").
    pub fn view_with(self, extra: PasteExtra) -> Html {
        let PasteBox {
            prefix,
            rows,
            texts: t,
            text,
            preview,
            oninput,
            onpaste,
            onpreview,
            onapply,
            oncancel,
        } = self;
        let id = |name: &str| format!("{prefix}{name}");
        let own_class = |name: &str| (!prefix.is_empty()).then(|| id(name));
        let open = preview.is_some() || !text.is_empty();
        let preview_html = preview.map(|p| {
            let can_apply = extra.can_apply.unwrap_or(!p.changes.is_empty());
            let nothing =
                p.changes.is_empty() && extra.new_rows.is_empty() && extra.region.is_none();
            let new_rows = (!extra.new_rows.is_empty()).then(|| html! {
                <>
                    <h4>{ format!("{} ({})", extra.new_heading, extra.new_rows.len()) }</h4>
                    <ul id={id("paste-new")} class="paste-new">
                        { for extra.new_rows.iter().map(|r| html! {
                            <li><span class="badge-new">{ extra.new_badge }</span>{ " " }{ r }</li>
                        }) }
                    </ul>
                </>
            });
            let region = extra.region.as_ref().map(|(text, label, onclick)| html! {
                <div class="paste-region">
                    <p id={id("paste-region-help")}>{ text }</p>
                    <button type="button" class={classes!("btn", can_apply.then_some("btn-quiet"))}
                        id={id("paste-region")} onclick={onclick.clone()}
                        aria-describedby={id("paste-region-help")}>{ *label }</button>
                </div>
            });
            html! {
                <div class={classes!("paste-preview", own_class("paste-preview"))} id={id("paste-result")}
                    role="region" aria-labelledby={id("paste-result-heading")}>
                    <h3 id={id("paste-result-heading")} class="visually-hidden">{ t.preview }</h3>
                    if nothing {
                        <p role="status">{ t.nothing }</p>
                    } else if !p.changes.is_empty() {
                        <h4>{ format!("{} ({})", t.changes, p.changes.len()) }</h4>
                        <ul id={id("paste-changes")}>
                            { for p.changes.iter().map(|c| html! { <li>{ c }</li> }) }
                        </ul>
                    }
                    { new_rows.unwrap_or_default() }
                    if !p.notes.is_empty() {
                        <ul class="paste-notes" id={id("paste-notes")}>
                            { for p.notes.iter().map(|n| html! { <li>{ n }</li> }) }
                        </ul>
                    }
                    if !p.rejected.is_empty() {
                        <h4>{ format!("{} ({})", t.rejected, p.rejected.len()) }</h4>
                        <ul id={id("paste-rejected")}>
                            { for p.rejected.iter().map(|r| html! { <li>{ r }</li> }) }
                        </ul>
                    }
                    { region.unwrap_or_default() }
                    <div class="toolbar">
                        if can_apply || extra.region.is_none() {
                            <button type="button" class="btn" id={id("paste-apply")} onclick={onapply}
                                disabled={!can_apply}>{ t.apply }</button>
                        }
                        <button type="button" class="btn btn-quiet" id={id("paste-cancel")} onclick={oncancel}>{ t.cancel }</button>
                    </div>
                </div>
            }
        });
        html! {
            <details class={classes!("paste", own_class("paste"))} id={id("paste-panel")} {open}>
                <summary>{ t.heading }</summary>
                <label for={id("paste-input")}>{ t.label }</label>
                <p class="help" id={id("paste-help")}>{ t.help }</p>
                <textarea id={id("paste-input")} {rows} aria-describedby={id("paste-help")} spellcheck="false"
                    value={text.clone()} {oninput} {onpaste} />
                <div class="toolbar">
                    <button type="button" class="btn" id={id("paste-preview")} onclick={onpreview}
                        disabled={text.trim().is_empty()}>{ t.preview }</button>
                </div>
                { preview_html.unwrap_or_default() }
            </details>
        }
    }
}

/// The paste box's flow, the same in every view that has one: the text in the box, its
/// preview, and a file that could not be read. Only how a text is read (`parse`) and what
/// applying does are the view's own.
pub struct PasteFlow<P: 'static> {
    pub text: UseStateHandle<String>,
    pub preview: UseStateHandle<Option<P>>,
    pub file_problem: UseStateHandle<Option<FileProblem>>,
    parse: Reader<P>,
}

/// How a view reads a text into its preview.
type Reader<P> = Rc<dyn Fn(&str) -> Option<P>>;

/// The flow of a paste box whose text lives in `text` (kept by the caller, so it can
/// outlive the view); [`PasteFlow::reading`] says how a text is read.
#[hook]
pub fn use_paste_flow<P: 'static>(text: UseStateHandle<String>) -> PasteFlow<P> {
    let preview = use_state(|| None::<P>);
    let file_problem = use_state(|| None::<FileProblem>);
    PasteFlow {
        text,
        preview,
        file_problem,
        parse: Rc::new(|_: &str| None),
    }
}

impl<P: 'static> PasteFlow<P> {
    /// How this render reads a text into its preview (`None`: nothing to preview here,
    /// e.g. the first module hands the text over to the full one).
    pub fn reading(self, parse: impl Fn(&str) -> Option<P> + 'static) -> PasteFlow<P> {
        PasteFlow {
            parse: Rc::new(parse),
            ..self
        }
    }

    /// Puts `content` in the box with its preview.
    pub fn show(&self) -> Rc<dyn Fn(String)> {
        let (text, preview, parse) = (self.text.clone(), self.preview.clone(), self.parse.clone());
        Rc::new(move |content: String| {
            if let Some(p) = parse(&content) {
                preview.set(Some(p));
            }
            text.set(content);
        })
    }

    /// Typing in the box: the text is kept and the preview, which no longer matches, closes.
    pub fn oninput(&self) -> Callback<InputEvent> {
        oninput_clears_preview(&self.text, &self.preview)
    }

    /// Pasting a block into the box previews it at once.
    pub fn onpaste(&self) -> Callback<Event> {
        let show = self.show();
        onpaste_previews(move |pasted| show(pasted))
    }

    /// "Voorbeeld tonen": previews what is in the box.
    pub fn onpreview(&self) -> Callback<MouseEvent> {
        let (show, text) = (self.show(), self.text.clone());
        Callback::from(move |_: MouseEvent| show((*text).clone()))
    }

    /// "Annuleren": the preview closes, the text stays.
    pub fn oncancel(&self) -> Callback<MouseEvent> {
        let preview = self.preview.clone();
        Callback::from(move |_: MouseEvent| preview.set(None))
    }

    /// "Toepassen": `apply` gets the preview (one undo step is the view's business), then
    /// the box and its preview empty.
    pub fn onapply(&self, apply: impl Fn(&P) + 'static) -> Callback<MouseEvent> {
        let (text, preview) = (self.text.clone(), self.preview.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(p) = &*preview {
                apply(p);
            }
            preview.set(None);
            text.set(String::new());
        })
    }

    /// A chosen file is read and shown with its preview, then `then` runs; a file that
    /// cannot be read (too large, unreadable) is said at the import button.
    pub fn onfile(&self, then: impl Fn() + 'static) -> Callback<Event> {
        let (show, problem) = (self.show(), self.file_problem.clone());
        let then = Rc::new(then);
        Callback::from(move |e: Event| {
            let (show, problem, then) = (show.clone(), problem.clone(), then.clone());
            crate::web::read_file_text(&e, move |content| match content {
                Ok(content) => {
                    problem.set(None);
                    show(content);
                    then();
                }
                Err(p) => problem.set(Some(p)),
            });
        })
    }
}
