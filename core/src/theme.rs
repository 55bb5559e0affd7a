//! Embed theming (docs/embed.md): a host's primary colour is used for buttons (white text on
//! it) and for links and headings on white. A light host colour would fail WCAG contrast, so
//! it is darkened, keeping its hue, until it reaches 4.5:1 against white.

/// WCAG 2 relative luminance of an sRGB colour.
pub fn luminance([r, g, b]: [u8; 3]) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/// WCAG 2 contrast ratio of two colours (1 to 21).
pub fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = (la.max(lb), la.min(lb));
    (hi + 0.05) / (lo + 0.05)
}

/// Minimum contrast for normal text (WCAG 2.1 AA).
pub const MIN_CONTRAST: f64 = 4.5;

/// The host's colour, darkened in steps of 5 % until white text on it (and it on white)
/// has at least [`MIN_CONTRAST`]. Dark colours come back unchanged.
pub fn accessible_primary(rgb: [u8; 3]) -> [u8; 3] {
    const WHITE: [u8; 3] = [255, 255, 255];
    let mut c = rgb;
    // 0.95^90 < 0.01: always ends (black has 21:1).
    for _ in 0..90 {
        if contrast(c, WHITE) >= MIN_CONTRAST {
            return c;
        }
        c = c.map(|x| (f64::from(x) * 0.95).floor() as u8);
    }
    [0, 0, 0]
}

/// `#rrggbb`.
pub fn hex([r, g, b]: [u8; 3]) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_matches_wcag_examples() {
        assert!((contrast([0, 0, 0], [255, 255, 255]) - 21.0).abs() < 1e-9);
        assert!((contrast([255, 255, 255], [0, 0, 0]) - 21.0).abs() < 1e-9);
        assert!((contrast([255, 255, 255], [255, 255, 255]) - 1.0).abs() < 1e-9);
        // #767676 on white is the classic 4.54:1.
        assert!((contrast([0x76, 0x76, 0x76], [255, 255, 255]) - 4.54).abs() < 0.01);
    }

    #[test]
    fn luminance_of_dark_channels_is_linear() {
        // Channels up to 10/255 are on the linear part of sRGB: c / 12.92.
        assert!((luminance([10, 10, 10]) - 0.003_035_27).abs() < 1e-8);
        assert_eq!(luminance([0, 0, 0]), 0.0);
        assert!((luminance([255, 255, 255]) - 1.0).abs() < 1e-12);
    }

    #[test]
    fn yellow_is_darkened_in_five_percent_steps_keeping_its_hue() {
        // 14 steps of ×0,95 (rounded down): 255 → 119; not black.
        assert_eq!(accessible_primary([255, 255, 0]), [119, 119, 0]);
    }

    #[test]
    fn dark_colours_are_kept_and_light_ones_darkened() {
        assert_eq!(accessible_primary([0x00, 0x52, 0x8a]), [0x00, 0x52, 0x8a]);
        for c in [
            [255, 255, 0],
            [255, 255, 255],
            [0x1f, 0x6f, 0xeb],
            [200, 120, 255],
        ] {
            let a = accessible_primary(c);
            assert!(
                contrast(a, [255, 255, 255]) >= MIN_CONTRAST,
                "{c:?} → {a:?}"
            );
            assert!(
                a.iter().zip(c).all(|(x, y)| *x <= y),
                "only darker: {c:?} → {a:?}"
            );
        }
        assert_eq!(hex([0, 82, 138]), "#00528a");
    }
}

/// The CSS `font-family` for a theme font (`tf`): a family name quoted, a generic family
/// (`serif`, `sans-serif`, `monospace`, `system-ui`, …) as the keyword it is (quoted it
/// would name a font called "serif"); the page's own fonts after it.
pub fn font_stack(font: &str) -> String {
    const GENERIC: [&str; 13] = [
        "serif",
        "sans-serif",
        "monospace",
        "cursive",
        "fantasy",
        "system-ui",
        "ui-serif",
        "ui-sans-serif",
        "ui-monospace",
        "ui-rounded",
        "math",
        "emoji",
        "fangsong",
    ];
    let lower = font.trim().to_ascii_lowercase();
    if GENERIC.contains(&lower.as_str()) {
        format!("{lower}, system-ui, sans-serif")
    } else {
        format!("\"{font}\", system-ui, sans-serif")
    }
}

#[cfg(test)]
mod font_tests {
    use super::font_stack;

    #[test]
    fn generic_families_stay_keywords() {
        assert_eq!(font_stack("serif"), "serif, system-ui, sans-serif");
        assert_eq!(font_stack("Monospace"), "monospace, system-ui, sans-serif");
        assert_eq!(font_stack("Georgia"), "\"Georgia\", system-ui, sans-serif");
        assert_eq!(
            font_stack("Open Sans"),
            "\"Open Sans\", system-ui, sans-serif"
        );
    }
}
