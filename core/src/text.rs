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

/// Canonical composition (NFC) for the Latin letters this tool meets: an ASCII letter followed
/// by a combining accent (U+0300–U+0328) becomes the precomposed letter of Latin-1 or Latin
/// Extended-A, so "Su\u{301}dwest" (as some Mac and web sources write it) equals "Súdwest".
/// 161 pairs from the Unicode decomposition data, instead of the full normalisation tables.
pub fn compose(base: char, mark: char) -> Option<char> {
    let offset = u32::from(mark).checked_sub(0x300).filter(|o| *o <= 0x28)?;
    let base = u8::try_from(base).ok()?;
    COMPOSED
        .iter()
        .find(|(b, m, _)| *b == base && u32::from(*m) == offset)
        .and_then(|(_, _, c)| char::from_u32(u32::from(*c)))
}

/// (ASCII base, combining mark − U+0300, precomposed letter).
const COMPOSED: [(u8, u8, u16); 161] = [
    (b'A', 0x00, 0x0C0),
    (b'A', 0x01, 0x0C1),
    (b'A', 0x02, 0x0C2),
    (b'A', 0x03, 0x0C3),
    (b'A', 0x08, 0x0C4),
    (b'A', 0x0A, 0x0C5),
    (b'C', 0x27, 0x0C7),
    (b'E', 0x00, 0x0C8),
    (b'E', 0x01, 0x0C9),
    (b'E', 0x02, 0x0CA),
    (b'E', 0x08, 0x0CB),
    (b'I', 0x00, 0x0CC),
    (b'I', 0x01, 0x0CD),
    (b'I', 0x02, 0x0CE),
    (b'I', 0x08, 0x0CF),
    (b'N', 0x03, 0x0D1),
    (b'O', 0x00, 0x0D2),
    (b'O', 0x01, 0x0D3),
    (b'O', 0x02, 0x0D4),
    (b'O', 0x03, 0x0D5),
    (b'O', 0x08, 0x0D6),
    (b'U', 0x00, 0x0D9),
    (b'U', 0x01, 0x0DA),
    (b'U', 0x02, 0x0DB),
    (b'U', 0x08, 0x0DC),
    (b'Y', 0x01, 0x0DD),
    (b'a', 0x00, 0x0E0),
    (b'a', 0x01, 0x0E1),
    (b'a', 0x02, 0x0E2),
    (b'a', 0x03, 0x0E3),
    (b'a', 0x08, 0x0E4),
    (b'a', 0x0A, 0x0E5),
    (b'c', 0x27, 0x0E7),
    (b'e', 0x00, 0x0E8),
    (b'e', 0x01, 0x0E9),
    (b'e', 0x02, 0x0EA),
    (b'e', 0x08, 0x0EB),
    (b'i', 0x00, 0x0EC),
    (b'i', 0x01, 0x0ED),
    (b'i', 0x02, 0x0EE),
    (b'i', 0x08, 0x0EF),
    (b'n', 0x03, 0x0F1),
    (b'o', 0x00, 0x0F2),
    (b'o', 0x01, 0x0F3),
    (b'o', 0x02, 0x0F4),
    (b'o', 0x03, 0x0F5),
    (b'o', 0x08, 0x0F6),
    (b'u', 0x00, 0x0F9),
    (b'u', 0x01, 0x0FA),
    (b'u', 0x02, 0x0FB),
    (b'u', 0x08, 0x0FC),
    (b'y', 0x01, 0x0FD),
    (b'y', 0x08, 0x0FF),
    (b'A', 0x04, 0x100),
    (b'a', 0x04, 0x101),
    (b'A', 0x06, 0x102),
    (b'a', 0x06, 0x103),
    (b'A', 0x28, 0x104),
    (b'a', 0x28, 0x105),
    (b'C', 0x01, 0x106),
    (b'c', 0x01, 0x107),
    (b'C', 0x02, 0x108),
    (b'c', 0x02, 0x109),
    (b'C', 0x07, 0x10A),
    (b'c', 0x07, 0x10B),
    (b'C', 0x0C, 0x10C),
    (b'c', 0x0C, 0x10D),
    (b'D', 0x0C, 0x10E),
    (b'd', 0x0C, 0x10F),
    (b'E', 0x04, 0x112),
    (b'e', 0x04, 0x113),
    (b'E', 0x06, 0x114),
    (b'e', 0x06, 0x115),
    (b'E', 0x07, 0x116),
    (b'e', 0x07, 0x117),
    (b'E', 0x28, 0x118),
    (b'e', 0x28, 0x119),
    (b'E', 0x0C, 0x11A),
    (b'e', 0x0C, 0x11B),
    (b'G', 0x02, 0x11C),
    (b'g', 0x02, 0x11D),
    (b'G', 0x06, 0x11E),
    (b'g', 0x06, 0x11F),
    (b'G', 0x07, 0x120),
    (b'g', 0x07, 0x121),
    (b'G', 0x27, 0x122),
    (b'g', 0x27, 0x123),
    (b'H', 0x02, 0x124),
    (b'h', 0x02, 0x125),
    (b'I', 0x03, 0x128),
    (b'i', 0x03, 0x129),
    (b'I', 0x04, 0x12A),
    (b'i', 0x04, 0x12B),
    (b'I', 0x06, 0x12C),
    (b'i', 0x06, 0x12D),
    (b'I', 0x28, 0x12E),
    (b'i', 0x28, 0x12F),
    (b'I', 0x07, 0x130),
    (b'J', 0x02, 0x134),
    (b'j', 0x02, 0x135),
    (b'K', 0x27, 0x136),
    (b'k', 0x27, 0x137),
    (b'L', 0x01, 0x139),
    (b'l', 0x01, 0x13A),
    (b'L', 0x27, 0x13B),
    (b'l', 0x27, 0x13C),
    (b'L', 0x0C, 0x13D),
    (b'l', 0x0C, 0x13E),
    (b'N', 0x01, 0x143),
    (b'n', 0x01, 0x144),
    (b'N', 0x27, 0x145),
    (b'n', 0x27, 0x146),
    (b'N', 0x0C, 0x147),
    (b'n', 0x0C, 0x148),
    (b'O', 0x04, 0x14C),
    (b'o', 0x04, 0x14D),
    (b'O', 0x06, 0x14E),
    (b'o', 0x06, 0x14F),
    (b'O', 0x0B, 0x150),
    (b'o', 0x0B, 0x151),
    (b'R', 0x01, 0x154),
    (b'r', 0x01, 0x155),
    (b'R', 0x27, 0x156),
    (b'r', 0x27, 0x157),
    (b'R', 0x0C, 0x158),
    (b'r', 0x0C, 0x159),
    (b'S', 0x01, 0x15A),
    (b's', 0x01, 0x15B),
    (b'S', 0x02, 0x15C),
    (b's', 0x02, 0x15D),
    (b'S', 0x27, 0x15E),
    (b's', 0x27, 0x15F),
    (b'S', 0x0C, 0x160),
    (b's', 0x0C, 0x161),
    (b'T', 0x27, 0x162),
    (b't', 0x27, 0x163),
    (b'T', 0x0C, 0x164),
    (b't', 0x0C, 0x165),
    (b'U', 0x03, 0x168),
    (b'u', 0x03, 0x169),
    (b'U', 0x04, 0x16A),
    (b'u', 0x04, 0x16B),
    (b'U', 0x06, 0x16C),
    (b'u', 0x06, 0x16D),
    (b'U', 0x0A, 0x16E),
    (b'u', 0x0A, 0x16F),
    (b'U', 0x0B, 0x170),
    (b'u', 0x0B, 0x171),
    (b'U', 0x28, 0x172),
    (b'u', 0x28, 0x173),
    (b'W', 0x02, 0x174),
    (b'w', 0x02, 0x175),
    (b'Y', 0x02, 0x176),
    (b'y', 0x02, 0x177),
    (b'Y', 0x08, 0x178),
    (b'Z', 0x01, 0x179),
    (b'z', 0x01, 0x17A),
    (b'Z', 0x07, 0x17B),
    (b'z', 0x07, 0x17C),
    (b'Z', 0x0C, 0x17D),
    (b'z', 0x0C, 0x17E),
];

/// `chars` with every composable base + accent pair composed ([`compose`]).
pub fn composed(chars: impl Iterator<Item = char>) -> impl Iterator<Item = char> {
    let mut chars = chars.peekable();
    std::iter::from_fn(move || {
        let c = chars.next()?;
        match chars.peek().and_then(|&m| compose(c, m)) {
            Some(precomposed) => {
                chars.next();
                Some(precomposed)
            }
            None => Some(c),
        }
    })
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
        // İ lowers to "i̇" (two chars) in Rust; a name search wants the plain i.
        assert_eq!(lower("İSTANBUL"), "istanbul");
        assert_eq!(
            lower_char('\u{212B}'),
            '\u{212B}'.to_lowercase().next().unwrap()
        );
    }

    #[test]
    fn composes_latin_letters_like_nfc() {
        // Every pair agrees with the Unicode decomposition it came from.
        for &(b, m, c) in &COMPOSED {
            let decomposed: String = [char::from(b), char::from_u32(0x300 + u32::from(m)).unwrap()]
                .iter()
                .collect();
            let precomposed = char::from_u32(u32::from(c)).unwrap();
            assert_eq!(
                composed(decomposed.chars()).collect::<String>(),
                precomposed.to_string()
            );
        }
        assert_eq!(
            composed("Su\u{301}dwest-Frysla\u{302}n".chars()).collect::<String>(),
            "Súdwest-Fryslân"
        );
        // Nothing to compose: unchanged (a lone accent, an accent on a digit).
        assert_eq!(
            composed("\u{301}a1\u{301}".chars()).collect::<String>(),
            "\u{301}a1\u{301}"
        );
    }
}
