//! Lower case for the names this tool meets (Dutch municipality names, column labels):
//! ASCII, Latin-1 and Latin Extended-A, without the standard library's Unicode case tables
//! (they cost the first wasm module about 16 KB; see docs/performance.md "ranked cuts").
//! Other scripts are left as they are.

/// `c` in lower case, for ASCII, Latin-1 and Latin Extended-A; any other character as is.
pub fn lower_char(c: char) -> char {
    let u = u32::from(c);
    let lower = match u {
        0x41..=0x5A => u + 0x20,
        // À–Þ except × (U+00D7).
        0xC0..=0xDE if u != 0xD7 => u + 0x20,
        // Latin Extended-A: pairs of upper (even or odd, by range) and lower.
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if u % 2 == 0 => u + 1,
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => u + 1,
        0x130 => 0x69,  // İ → i
        0x178 => 0xFF,  // Ÿ → ÿ
        0x212A => 0x6B, // KELVIN SIGN → k (a look-alike of "K")
        0x212B => 0xE5, // ANGSTROM SIGN → å
        _ => u,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// Characters that show nothing but make two names differ: zero-width spaces and joiners,
/// the word joiner, the byte-order mark, soft hyphen and the bidirectional controls.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

/// `s` in lower case (see [`lower_char`]).
pub fn lower(s: &str) -> String {
    s.chars().map(lower_char).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_the_standard_library_where_it_applies() {
        for u in (0x20u32..0x250).filter_map(char::from_u32) {
            let std: String = u.to_lowercase().collect();
            let ours = lower_char(u).to_string();
            if u32::from(u) < 0x180 && std.chars().count() == 1 {
                assert_eq!(ours, std, "{u:?} U+{:04X}", u32::from(u));
            }
        }
        assert_eq!(lower("Súdwest-Fryslân"), "súdwest-fryslân");
        assert_eq!(lower("'S-GRAVENHAGE"), "'s-gravenhage");
        assert_eq!(lower("ŁÓDŹ Œ"), "łódź œ");
        assert_eq!(lower("ΑΘΗΝΑ"), "ΑΘΗΝΑ", "other scripts stay");
        assert_eq!(lower("\u{212A}ampen"), "kampen");
        assert_eq!(
            lower_char('\u{212B}'),
            '\u{212B}'.to_lowercase().next().unwrap()
        );
    }
}
