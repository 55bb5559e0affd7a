//! "Kopieer link" and, where the device has it, "Delen…" (Web Share API). The button is always
//! there: inside an iframe the user cannot see our address. A failed copy shows the link in a
//! read-only field to copy by hand, so the link is never out of reach.
use crate::i18n::page::page_texts;
use evt_core::numbers::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    /// Builds the hash of the current state on demand (encoding on every keystroke would be
    /// wasted work); `true` asks for the compact embed mode (`e=1`).
    pub link: Callback<bool, String>,
    pub lang: Lang,
    /// Title for the share sheet.
    pub title: AttrValue,
}

#[derive(Clone, PartialEq)]
enum Outcome {
    Copied,
    EmbedCopied,
    CopyFailed(String),
    Shared,
}

#[component]
pub fn Share(props: &ShareProps) -> Html {
    let t = page_texts(props.lang);
    let outcome = use_state(|| None::<Outcome>);
    let can_share = use_state(crate::web::can_share);

    let on_copy = {
        let link = props.link.clone();
        let outcome = outcome.clone();
        Callback::from(move |_: MouseEvent| {
            let url = crate::web::page_url(&link.emit(false));
            let outcome = outcome.clone();
            let text = url.clone();
            crate::web::copy_text(&text, move |ok| {
                outcome.set(Some(if ok {
                    Outcome::Copied
                } else {
                    Outcome::CopyFailed(url)
                }))
            });
        })
    };
    let on_share = {
        let link = props.link.clone();
        let outcome = outcome.clone();
        let title = props.title.clone();
        Callback::from(move |_: MouseEvent| {
            let url = crate::web::page_url(&link.emit(false));
            let outcome = outcome.clone();
            crate::web::share(&title, &url, move |ok| {
                if ok {
                    outcome.set(Some(Outcome::Shared));
                }
            });
        })
    };

    let on_embed = {
        let link = props.link.clone();
        let outcome = outcome.clone();
        let title = props.title.clone();
        Callback::from(move |_: MouseEvent| {
            // The embed shows the explanation page (prerendered, light to load).
            let url = crate::web::app_url(crate::app::EXPLANATION_PAGE, &link.emit(true));
            let snippet = embed_snippet(&url, &title);
            let outcome = outcome.clone();
            crate::web::copy_text(&snippet.clone(), move |ok| {
                outcome.set(Some(if ok {
                    Outcome::EmbedCopied
                } else {
                    Outcome::CopyFailed(snippet)
                }))
            });
        })
    };

    let message = match &*outcome {
        Some(Outcome::Copied) => t.link_copied,
        Some(Outcome::EmbedCopied) => t.embed_copied,
        Some(Outcome::CopyFailed(_)) => t.link_copy_failed,
        Some(Outcome::Shared) => t.shared,
        None => "",
    };
    html! {
        <div class="share-bar">
            <button type="button" class="btn btn-primary" id="copy-link" onclick={on_copy}>{ t.copy_link }</button>
            <button type="button" class="btn btn-quiet" id="copy-embed" onclick={on_embed}>{ t.copy_embed }</button>
            if *can_share {
                <button type="button" class="btn" id="share-link" onclick={on_share}>{ t.share }</button>
            }
            <p class="share-status" role="status" id="link-status">{ message }</p>
            if let Some(Outcome::CopyFailed(url)) = &*outcome {
                <label class="share-field">
                    <span>{ t.link_field_label }</span>
                    <input type="text" id="link-field" readonly=true value={url.clone()} />
                </label>
            }
        </div>
    }
}

/// The iframe snippet of docs/embed.md for this link.
pub fn embed_snippet(url: &str, title: &str) -> String {
    let esc = |s: &str| {
        s.replace('&', "&amp;")
            .replace('"', "&quot;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    format!(
        "<iframe id=\"evt-rekenhulp\" title=\"{}\" src=\"{}\" width=\"100%\" height=\"900\" loading=\"lazy\"></iframe>",
        esc(title),
        esc(url)
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn snippet_escapes_attributes() {
        let s = super::embed_snippet("https://x.example/#evt1;n=%22;k=0000", "A \"B\" <C>");
        assert_eq!(
            s,
            "<iframe id=\"evt-rekenhulp\" title=\"A &quot;B&quot; &lt;C&gt;\" src=\"https://x.example/#evt1;n=%22;k=0000\" width=\"100%\" height=\"900\" loading=\"lazy\"></iframe>"
        );
    }
}
