//! The head of the printed report (A4, `@media print`): when it was printed, the region by
//! its own name, the method and parameters in one line, the data source, and the scenario link as text and as a QR code,
//! so a council member gets back to exactly this scenario from paper.
//!
//! The link comes from the page's own link flush (300 ms after the last change, and before
//! a print), through `hub`: only this component renders again, and the QR code is computed
//! once per new link, not per keystroke.
use crate::i18n::layout::layout_texts;
use evt_core::numbers::Lang;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Where the flush hands the current link to the report.
pub type PrintHub = Rc<RefCell<Option<Callback<String>>>>;

/// Links longer than this get no QR code (it would need a version-40 code too dense to scan
/// from paper); the text link is always printed.
const QR_MAX_BYTES: usize = 1200;

#[derive(Properties)]
pub struct PrintReportProps {
    pub hub: PrintHub,
    pub lang: Lang,
    /// "Afgedrukt op …".
    pub printed: AttrValue,
    /// Method and parameters in one line.
    pub params: AttrValue,
    /// The region by its own name and size ("Regio: Twente (14 gemeenten)").
    pub region: AttrValue,
}

impl PartialEq for PrintReportProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.hub, &other.hub)
            && self.lang == other.lang
            && self.printed == other.printed
            && self.params == other.params
            && self.region == other.region
    }
}

#[component]
pub fn PrintReport(props: &PrintReportProps) -> Html {
    let link = use_state(String::new);
    {
        let set = link.setter();
        let current = (*link).clone();
        *props.hub.borrow_mut() = Some(Callback::from(move |url: String| {
            if url != current {
                set.set(url);
            }
        }));
    }
    let qr = use_memo((*link).clone(), |url| qr_path(url));
    let lt = layout_texts(props.lang);
    html! {
        <div class="print-only print-header" id="print-report">
            <p>{ props.printed.clone() }</p>
            <p id="print-region">{ props.region.clone() }</p>
            <p id="print-params">{ props.params.clone() }</p>
            <p class="print-source">{ lt.print_source }</p>
            if !link.is_empty() {
                <div class="print-link">
                    <div class="print-link-text">
                        <p><strong>{ lt.print_link }</strong></p>
                        <p class="print-url" id="print-url">{ (*link).clone() }</p>
                        <p>{ if qr.is_some() { lt.print_qr } else { lt.print_qr_too_long } }</p>
                    </div>
                    if let Some((width, path)) = (*qr).clone() {
                        <svg class="print-qr" id="print-qr" role="img" aria-label={lt.print_qr}
                            viewBox={format!("-4 -4 {} {}", width + 8, width + 8)}
                            width="120" height="120">
                            <rect x="-4" y="-4" width={(width + 8).to_string()} height={(width + 8).to_string()} fill="#fff" />
                            <path d={path} fill="#000" />
                        </svg>
                    }
                </div>
            }
        </div>
    }
}

/// The QR code of `url` as one SVG path of unit squares, with its width in modules; `None`
/// for an empty or too long link.
pub fn qr_path(url: &str) -> Option<(usize, String)> {
    if url.is_empty() || url.len() > QR_MAX_BYTES {
        return None;
    }
    // Byte mode in the smallest version that holds the link: the crate's mode optimiser
    // (mixing numeric and alphanumeric segments) is not worth its size in the first module.
    let ec = qrcode::EcLevel::L;
    let code = (1..=40).find_map(|v| {
        let mut bits = qrcode::bits::Bits::new(qrcode::Version::Normal(v));
        bits.push_byte_data(url.as_bytes()).ok()?;
        bits.push_terminator(ec).ok()?;
        qrcode::QrCode::with_bits(bits, ec).ok()
    })?;
    let width = code.width();
    let mut d = String::new();
    for (i, c) in code.to_colors().into_iter().enumerate() {
        if c == qrcode::Color::Dark {
            use std::fmt::Write;
            let _ = write!(d, "M{} {}h1v1h-1z", i % width, i / width);
        }
    }
    Some((width, d))
}

#[cfg(test)]
mod tests {
    use super::qr_path;

    #[test]
    fn qr_of_a_link_and_none_for_too_long() {
        let (w, d) = qr_path("https://rekenhulp.example/#evt1;d=cbs2023;b=tw;k=7a62").unwrap();
        assert!((21..=177).contains(&w));
        assert!(d.starts_with("M0 0h1v1h-1z"), "finder pattern first: {d}");
        assert!(qr_path("").is_none());
        assert!(qr_path(&"x".repeat(1201)).is_none());
    }
}
