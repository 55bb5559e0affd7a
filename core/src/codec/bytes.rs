//! A spreadsheet file's bytes as text. Dutch Excel saves "CSV (gescheiden door
//! lijstscheidingsteken)" in Windows-1252 and "Unicode-tekst" in UTF-16 (little-endian, with
//! a byte-order mark); LibreOffice and most tools write UTF-8. Decoded by hand: three small
//! rules and one 32-entry table, where `encoding_rs` would bring every encoding's tables.

/// Files larger than this are refused before they are read (a municipal table is a few KB;
/// 400 rows of every column with a long monitoring history stay far below 1 MB).
pub const MAX_FILE_BYTES: u64 = 5 * 1024 * 1024;

/// Why a chosen file was not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileProblem {
    /// Over [`MAX_FILE_BYTES`]: refused before reading.
    TooLarge { bytes: u64 },
    /// The browser could not read it (removed meanwhile, no permission).
    Unreadable,
}

/// Whether a file of `bytes` may be read ([`MAX_FILE_BYTES`] and less).
pub fn check_size(bytes: u64) -> Result<(), FileProblem> {
    if bytes > MAX_FILE_BYTES {
        Err(FileProblem::TooLarge { bytes })
    } else {
        Ok(())
    }
}

/// How a file's bytes were read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextEncoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    Windows1252,
}

/// The text of a file: a byte-order mark decides (UTF-8, UTF-16 LE/BE); without one, valid
/// UTF-8 is UTF-8, text with a zero byte in most odd (even) places is UTF-16 LE (BE), and
/// anything else is Windows-1252 (which decodes every byte). The mark is dropped. Never fails.
pub fn decode_text(bytes: &[u8]) -> (String, TextEncoding) {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return (
            String::from_utf8_lossy(rest).into_owned(),
            TextEncoding::Utf8,
        );
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return (utf16(rest, u16::from_le_bytes), TextEncoding::Utf16Le);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return (utf16(rest, u16::from_be_bytes), TextEncoding::Utf16Be);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        if !looks_utf16(bytes) {
            return (text.to_string(), TextEncoding::Utf8);
        }
    }
    if looks_utf16(bytes) {
        let zeros_odd = zeros_at(bytes, 1);
        let zeros_even = zeros_at(bytes, 0);
        return if zeros_odd >= zeros_even {
            (utf16(bytes, u16::from_le_bytes), TextEncoding::Utf16Le)
        } else {
            (utf16(bytes, u16::from_be_bytes), TextEncoding::Utf16Be)
        };
    }
    (
        bytes.iter().map(|&b| windows_1252(b)).collect(),
        TextEncoding::Windows1252,
    )
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    char::decode_utf16(units)
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

fn zeros_at(bytes: &[u8], parity: usize) -> usize {
    bytes
        .iter()
        .skip(parity)
        .step_by(2)
        .filter(|&&b| b == 0)
        .count()
}

/// ASCII-heavy UTF-16 without a mark: at least 4 bytes and zero bytes in at least 40 % of
/// the odd or the even places (a text file in any 8-bit encoding has no zero bytes).
fn looks_utf16(bytes: &[u8]) -> bool {
    let half = bytes.len() / 2;
    half >= 2 && zeros_at(bytes, 0).max(zeros_at(bytes, 1)) * 5 >= half * 2
}

/// Windows-1252: Latin-1 except 0x80–0x9F, which hold €, curly quotes, dashes, Š, Ž, …
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_needs_zero_bytes_in_two_fifths_of_one_parity() {
        // 20 bytes: 10 odd places; 4 zeros there (40 %) is UTF-16, 3 (30 %) is not.
        let with = |zeros: usize| -> Vec<u8> {
            (0..20)
                .map(|i| if i % 2 == 1 && i / 2 < zeros { 0 } else { b'a' })
                .collect()
        };
        assert!(looks_utf16(&with(4)));
        assert!(!looks_utf16(&with(3)));
        assert!(!looks_utf16(&[0, 0]), "fewer than 4 bytes");
        assert!(looks_utf16(&[b'a', 0, b'b', 0]));
    }

    #[test]
    fn files_up_to_five_megabytes_are_read() {
        assert_eq!(check_size(0), Ok(()));
        assert_eq!(check_size(5 * 1024 * 1024), Ok(()));
        assert_eq!(
            check_size(5_242_881),
            Err(FileProblem::TooLarge { bytes: 5_242_881 })
        );
    }

    #[test]
    fn dutch_excel_csv_in_windows_1252() {
        // "Súdwest-Fryslân;€ 5;“x”" as Dutch Excel writes it.
        let bytes = b"S\xFAdwest-Frysl\xE2n;\x80 5;\x93x\x94\r\n";
        let (text, enc) = decode_text(bytes);
        assert_eq!(enc, TextEncoding::Windows1252);
        assert_eq!(text, "Súdwest-Fryslân;€ 5;“x”\r\n");
    }

    #[test]
    fn excel_unicode_text_is_utf16_le_with_a_mark() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "Gemeente\tHuishoudens\r\nAlmelo\t33.370\r\nSúdwest\t1\r\n".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        let (text, enc) = decode_text(&bytes);
        assert_eq!(enc, TextEncoding::Utf16Le);
        assert!(text.starts_with("Gemeente\tHuishoudens\r\nAlmelo\t33.370"));
        assert!(text.contains("Súdwest"));
    }

    #[test]
    fn utf16_without_a_mark_both_byte_orders() {
        let le: Vec<u8> = "Almelo;1\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let be: Vec<u8> = "Almelo;1\n"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        assert_eq!(
            decode_text(&le),
            ("Almelo;1\n".into(), TextEncoding::Utf16Le)
        );
        assert_eq!(
            decode_text(&be),
            ("Almelo;1\n".into(), TextEncoding::Utf16Be)
        );
        let marked: Vec<u8> = [0xFE, 0xFF].into_iter().chain(be).collect();
        assert_eq!(decode_text(&marked).1, TextEncoding::Utf16Be);
    }

    #[test]
    fn utf8_with_and_without_a_mark() {
        assert_eq!(
            decode_text("Súdwest;1".as_bytes()),
            ("Súdwest;1".into(), TextEncoding::Utf8)
        );
        assert_eq!(
            decode_text(b"\xEF\xBB\xBFAlmelo"),
            ("Almelo".into(), TextEncoding::Utf8)
        );
        assert_eq!(decode_text(b""), (String::new(), TextEncoding::Utf8));
    }

    #[test]
    fn every_byte_decodes_to_something() {
        let all: Vec<u8> = (0..=255).collect();
        let (text, enc) = decode_text(&all);
        assert_eq!(enc, TextEncoding::Windows1252);
        assert_eq!(text.chars().count(), 256);
        // An odd UTF-16 tail and a lone surrogate do not panic.
        let _ = decode_text(&[0xFF, 0xFE, 0x00, 0xD8, 0x41]);
    }
}
