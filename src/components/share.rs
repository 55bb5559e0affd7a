//! "Kopieer link" and, where the device has it, "Delen…" (Web Share API). The button is always
//! there: inside an iframe the user cannot see our address. A failed copy shows the link in a
//! read-only field to copy by hand, so the link is never out of reach.
use crate::i18n::page::page_texts;
use evt_core::codec::link::LinkError;
use evt_core::numbers::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    /// Builds the hash of the current state on demand (encoding on every keystroke would be
    /// wasted work), or why a fresh visit could not open it (`encode_checked`: a 101-character
    /// name or a long monitoring history gives a link the decoder refuses; the address bar's
    /// own check is not enough); `true` asks for the compact embed mode (`e=1`).
    pub link: Callback<bool, Result<String, LinkError>>,
    pub lang: Lang,
    /// Title for the share sheet.
    pub title: AttrValue,
    /// Offer "Kopieer insluitcode" (not in the public, embedded mode).
    #[prop_or(true)]
    pub embed_code: bool,
}

#[derive(Clone, PartialEq)]
enum Outcome {
    Copied,
    EmbedCopied,
    /// The copy failed: the text to copy by hand, and whether it is the embed code.
    CopyFailed(String, bool),
    /// The share sheet was refused: the link to copy by hand.
    ShareFailed(String),
    Shared,
    /// Nothing was handed out: a fresh visit could not open this link.
    Refused(LinkError),
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
            let hash = match link.emit(false) {
                Ok(hash) => hash,
                Err(e) => return outcome.set(Some(Outcome::Refused(e))),
            };
            let url = crate::web::page_url(&hash);
            let outcome = outcome.clone();
            let text = url.clone();
            crate::web::copy_text(&text, move |ok| {
                outcome.set(Some(if ok {
                    Outcome::Copied
                } else {
                    Outcome::CopyFailed(url, false)
                }))
            });
        })
    };
    let on_share = {
        let link = props.link.clone();
        let outcome = outcome.clone();
        let title = props.title.clone();
        Callback::from(move |_: MouseEvent| {
            let hash = match link.emit(false) {
                Ok(hash) => hash,
                Err(e) => return outcome.set(Some(Outcome::Refused(e))),
            };
            let url = crate::web::page_url(&hash);
            let outcome = outcome.clone();
            crate::web::share(&title, &url.clone(), move |shared| match shared {
                crate::web::Shared::Yes => outcome.set(Some(Outcome::Shared)),
                crate::web::Shared::Cancelled => {}
                // Never a silent failure: the link to copy by hand.
                crate::web::Shared::Failed => outcome.set(Some(Outcome::ShareFailed(url))),
            });
        })
    };

    let on_embed = {
        let link = props.link.clone();
        let outcome = outcome.clone();
        let title = props.title.clone();
        Callback::from(move |_: MouseEvent| {
            // The public mode of this scenario (prerendered, light to load).
            let hash = match link.emit(true) {
                Ok(hash) => hash,
                Err(e) => return outcome.set(Some(Outcome::Refused(e))),
            };
            let url = crate::web::app_url("", &hash);
            let snippet = embed_snippet(&url, &title);
            let outcome = outcome.clone();
            crate::web::copy_text(&snippet.clone(), move |ok| {
                outcome.set(Some(if ok {
                    Outcome::EmbedCopied
                } else {
                    Outcome::CopyFailed(snippet, true)
                }))
            });
        })
    };

    let message = match &*outcome {
        Some(Outcome::Copied) => t.link_copied,
        Some(Outcome::EmbedCopied) => t.embed_copied,
        Some(Outcome::CopyFailed(..)) => t.link_copy_failed,
        Some(Outcome::ShareFailed(_)) => t.share_failed,
        Some(Outcome::Shared) => t.shared,
        Some(Outcome::Refused(LinkError::TooLong)) => t.link_too_large,
        Some(Outcome::Refused(_)) => t.link_not_valid,
        None => "",
    };
    // What to copy by hand after a failed copy or share, and whether it is the embed code.
    let by_hand = match &*outcome {
        Some(Outcome::CopyFailed(text, is_embed)) => Some((text.clone(), *is_embed)),
        Some(Outcome::ShareFailed(url)) => Some((url.clone(), false)),
        _ => None,
    };
    html! {
        <div class="share-bar">
            <button type="button" class="btn btn-primary" id="copy-link" onclick={on_copy}>{ t.copy_link }</button>
            if props.embed_code {
                <button type="button" class="btn btn-quiet" id="copy-embed" onclick={on_embed}>{ t.copy_embed }</button>
            }
            // Inside a frame of another site sharing is refused; the copy (or its field) works.
            if *can_share && !crate::web::in_frame() {
                <button type="button" class="btn" id="share-link" onclick={on_share}>{ t.share }</button>
            }
            <p class={classes!("share-status", matches!(&*outcome, Some(Outcome::Refused(_))).then_some("is-error"))}
                role="status" id="link-status">{ message }</p>
            if let Some((text, is_embed)) = by_hand {
                <label class="share-field">
                    <span>{ if is_embed { crate::i18n::layout::layout_texts(props.lang).embed_field_label } else { t.link_field_label } }</span>
                    if is_embed {
                        <textarea id="link-field" readonly=true rows="6" value={text.clone()} />
                    } else {
                        <input type="text" id="link-field" readonly=true value={text.clone()}
                            onfocus={super::number_field::select_on_focus()} />
                    }
                </label>
            }
        </div>
    }
}

/// The snippet of docs/embed.md for this link: the iframe (with `allow` for the copy and
/// share buttons inside it) and the host page's height listener, which only trusts messages
/// from this frame and from the calculator's own origin.
pub fn embed_snippet(url: &str, title: &str) -> String {
    let esc = |s: &str| {
        s.replace('&', "&amp;")
            .replace('"', "&quot;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    // "https://host:port" of the url; in the script as a plain JS string.
    let origin: String = url
        .split_once("://")
        .map(|(scheme, rest)| {
            format!(
                "{scheme}://{}",
                rest.split(['/', '#', '?']).next().unwrap_or("")
            )
        })
        .unwrap_or_default()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, ':' | '/' | '.' | '-' | '[' | ']'))
        .collect();
    format!(
        "<iframe id=\"evt-rekenhulp\" title=\"{}\" src=\"{}\" width=\"100%\" height=\"{EMBED_HEIGHT}\" allow=\"clipboard-write; web-share\" loading=\"lazy\"></iframe>\n\
<script>\n\
window.addEventListener(\"message\", function (event) {{\n\
  var frame = document.getElementById(\"evt-rekenhulp\");\n\
  if (!frame || event.source !== frame.contentWindow || event.origin !== \"{origin}\") return;\n\
  if (event.data && event.data.type === \"evt-height\" && typeof event.data.height === \"number\") {{\n\
    frame.style.height = Math.max(event.data.height, {EMBED_MIN_HEIGHT}) + \"px\";\n\
  }}\n\
}});\n\
</script>",
        esc(title),
        esc(url)
    )
}

/// The frame's height before its first message: about the public page's own height, so
/// the host page hardly moves when the listener sets the real one.
pub const EMBED_HEIGHT: u32 = 1000;
/// The listener never makes the frame lower than this.
pub const EMBED_MIN_HEIGHT: u32 = 480;

#[cfg(test)]
mod tests {
    #[test]
    fn snippet_escapes_attributes_and_names_the_origin() {
        let s = super::embed_snippet("https://x.example:8443/#evt1;n=%22;k=0000", "A \"B\" <C>");
        assert!(s.starts_with(
            "<iframe id=\"evt-rekenhulp\" title=\"A &quot;B&quot; &lt;C&gt;\" src=\"https://x.example:8443/#evt1;n=%22;k=0000\" width=\"100%\" height=\"1000\" allow=\"clipboard-write; web-share\" loading=\"lazy\"></iframe>\n<script>\n"
        ), "{s}");
        assert!(
            s.contains("event.origin !== \"https://x.example:8443\""),
            "{s}"
        );
        assert!(s.contains("Math.max(event.data.height, 480)"), "{s}");
        assert!(s.ends_with("</script>"), "{s}");
        // Nothing from the link can end the script early.
        let hostile = super::embed_snippet("https://x.example\"</script>/#evt1", "t");
        assert_eq!(hostile.matches("</script>").count(), 1, "{hostile}");
    }
}
