//! Build-time prerender: the page arrives as HTML with the figures in it.
//!
//! Run by Trunk's `post_build` hook (`scripts/post-build.sh`, every `trunk build` and
//! `trunk serve`) on the staging folder: renders the default calculator page and the
//! explanation with the app's own components (Yew's server renderer, natively), and writes
//! them into `index.html` and `uitleg/index.html`. The app takes over when its wasm has
//! started (`web::take_over_prerender`); `web/early.js` hides this default page before the
//! first paint when the visitor's own figures will differ.
//!
//! ```sh
//! cargo run --example prerender -- DIR   # DIR holds Trunk's index.html
//! ```
#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    let Some(dir) = std::env::args_os().nth(1).map(std::path::PathBuf::from) else {
        eprintln!("usage: prerender DIR (the folder with Trunk's index.html)");
        return std::process::ExitCode::from(2);
    };
    match native::run(&dir) {
        Ok(written) => {
            for (path, bytes) in written {
                println!("prerendered {} ({bytes} bytes)", path.display());
            }
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use evt_app::app::App;
    use evt_app::web::EXPLANATION_PAGE;
    use std::path::{Path, PathBuf};

    /// The pages: the address the app sees, and the file written (relative to the folder).
    const PAGES: [(&str, &str); 2] = [("/", "index.html"), ("/uitleg/", "uitleg/index.html")];

    pub fn run(dir: &Path) -> Result<Vec<(PathBuf, usize)>, String> {
        debug_assert_eq!(PAGES[1].0, format!("/{EXPLANATION_PAGE}"));
        let shell_path = dir.join("index.html");
        let shell = std::fs::read_to_string(&shell_path)
            .map_err(|e| format!("cannot read {}: {e}", shell_path.display()))?;
        if shell.contains(r#"id="evt-prerender""#) {
            return Err(format!("{} is prerendered already", shell_path.display()));
        }
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .map_err(|e| format!("no runtime: {e}"))?;
        let mut written = Vec::new();
        for (path, file) in PAGES {
            evt_app::web::set_native_location(path);
            let body = runtime.block_on(
                yew::LocalServerRenderer::<App>::new()
                    .hydratable(false)
                    .render(),
            );
            let page = insert(&shell, &inert(&body))?;
            let out = dir.join(file);
            if let Some(parent) = out.parent() {
                std::fs::create_dir_all(parent)
                    .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
            }
            std::fs::write(&out, &page)
                .map_err(|e| format!("cannot write {}: {e}", out.display()))?;
            written.push((out, page.len()));
        }
        Ok(written)
    }

    /// The page with the rendered app placed as the last element of `<body>`, where the app
    /// mounts itself (so taking over moves nothing).
    pub fn insert(shell: &str, app: &str) -> Result<String, String> {
        let at = shell.rfind("</body>").ok_or("index.html has no </body>")?;
        Ok(format!(
            "{}<div id=\"evt-prerender\">{app}</div>\n{}",
            &shell[..at],
            &shell[at..]
        ))
    }

    /// Prerendered markup is a picture of the page until the app runs: fields are read-only
    /// (nothing typed before the takeover could be lost; with JavaScript, web/boot.js makes
    /// the whole picture inert), radio groups are its own, and nothing claims to be the
    /// ready app (`data-ready`, which tests and the benchmark wait for).
    pub fn inert(html: &str) -> String {
        let html = html.replace(r#" data-ready="true""#, "");
        let mut out = String::with_capacity(html.len() + 1024);
        let mut rest = html.as_str();
        while let Some(i) = rest.find('<') {
            out.push_str(&rest[..i]);
            rest = &rest[i..];
            let tag_end = rest.find('>').map_or(rest.len(), |e| e + 1);
            let tag = &rest[..tag_end];
            let field = tag.starts_with("<input ") || tag.starts_with("<textarea ");
            // Radio groups of their own: a group shared with the app's hidden copy would
            // uncheck the picture's radio while the app renders.
            let tag = if field {
                tag.replace(" name=\"", " name=\"evt-prerender-")
            } else {
                tag.to_string()
            };
            if field && !tag.contains(" readonly") {
                let name_end = tag.find(' ').unwrap_or(tag.len());
                out.push_str(&tag[..name_end]);
                out.push_str(" readonly");
                out.push_str(&tag[name_end..]);
            } else {
                out.push_str(&tag);
            }
            rest = &rest[tag_end..];
        }
        out.push_str(rest);
        out
    }

    #[cfg(test)]
    mod tests {
        #[test]
        fn fields_become_read_only_once() {
            assert_eq!(
                super::inert(concat!(
                    r#"<p data-ready="true">1 &lt; 2</p><input type="text" value="3">"#,
                    r#"<input readonly type="text"><textarea id="t"></textarea>"#,
                    r#"<input type="radio" name="method" checked>"#
                )),
                concat!(
                    r#"<p>1 &lt; 2</p><input readonly type="text" value="3">"#,
                    r#"<input readonly type="text"><textarea readonly id="t"></textarea>"#,
                    r#"<input readonly type="radio" name="evt-prerender-method" checked>"#
                )
            );
        }

        #[test]
        fn app_goes_last_in_body() {
            assert_eq!(
                super::insert("<html><body><p>x</p></body></html>", "<main></main>"),
                Ok("<html><body><p>x</p><div id=\"evt-prerender\"><main></main></div>\n</body></html>".into())
            );
            assert!(super::insert("<html></html>", "").is_err());
        }
    }
}
