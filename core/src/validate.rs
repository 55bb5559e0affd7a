//! Validation of a scenario against SPEC "Inputs": typed errors that name the municipality
//! and the field, so the interface can show each one next to its input.

use crate::scenario::{
    Municipality, Scenario, VacancySource, FULL_BP, MAX_COUNT, MAX_GROWTH_YEARS,
    MAX_MUNICIPALITIES, MAX_NAME_CHARS,
};

pub use crate::field::{Field, Param};

/// Everything that makes a scenario invalid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValidationError {
    /// The region has no municipalities.
    NoMunicipalities,
    /// More than [`MAX_MUNICIPALITIES`].
    TooManyMunicipalities { count: usize },
    /// A name is empty (or only spaces).
    EmptyName { id: String },
    /// Two municipalities share a name.
    DuplicateName { id: String, name: String },
    /// A name longer than [`MAX_NAME_CHARS`] characters (a scenario link cannot carry it).
    NameTooLong { id: String, chars: usize },
    /// Two municipalities share an id (a corrupt import).
    DuplicateId { id: String },
    /// A count above [`MAX_COUNT`].
    CountTooLarge {
        id: String,
        field: Field,
        value: u64,
    },
    /// Neither vacancies nor corporation homes to estimate them from.
    MissingVacancies { id: String },
    /// A parameter outside its range `min..=max` (basis points for percentages).
    ParamOutOfRange {
        param: Param,
        value: u64,
        min: u64,
        max: u64,
    },
    /// The signal value is below the statutory minimum.
    SignalBelowMinimum { minimum_bp: u32, signal_bp: u32 },
}

impl ValidationError {
    /// The municipality this error is about, if any.
    pub fn municipality(&self) -> Option<&str> {
        match self {
            ValidationError::EmptyName { id }
            | ValidationError::DuplicateName { id, .. }
            | ValidationError::NameTooLong { id, .. }
            | ValidationError::DuplicateId { id }
            | ValidationError::CountTooLarge { id, .. }
            | ValidationError::MissingVacancies { id } => Some(id),
            _ => None,
        }
    }

    /// The field this error is about, if it is a municipality field.
    pub fn field(&self) -> Option<Field> {
        match self {
            ValidationError::EmptyName { .. }
            | ValidationError::DuplicateName { .. }
            | ValidationError::NameTooLong { .. } => Some(Field::Name),
            ValidationError::CountTooLarge { field, .. } => Some(*field),
            ValidationError::MissingVacancies { .. } => Some(Field::Vacancies),
            _ => None,
        }
    }
}

/// Check every rule of SPEC "Inputs"; an empty list means the scenario is valid.
pub fn validate(scenario: &Scenario) -> Vec<ValidationError> {
    let mut errors = Vec::new();
    let p = &scenario.params;
    let mut range = |param: Param, value: u64, min: u64, max: u64| {
        if value < min || value > max {
            errors.push(ValidationError::ParamOutOfRange {
                param,
                value,
                min,
                max,
            });
        }
    };
    let full = u64::from(FULL_BP);
    range(Param::Urgents, p.urgents, 0, MAX_COUNT);
    range(Param::Minimum, u64::from(p.minimum_bp), 0, full);
    range(Param::Signal, u64::from(p.signal_bp), 0, full);
    if let Some(cap) = p.cap_bp {
        range(Param::Cap, u64::from(cap), 0, full);
    }
    range(Param::Turnover, u64::from(p.turnover_bp), 0, full);
    range(
        Param::GrowthYears,
        u64::from(p.growth_years),
        1,
        u64::from(MAX_GROWTH_YEARS),
    );
    range(Param::UrgentsGrowth, p.urgents_growth, 0, MAX_COUNT);
    if p.signal_bp < p.minimum_bp {
        errors.push(ValidationError::SignalBelowMinimum {
            minimum_bp: p.minimum_bp,
            signal_bp: p.signal_bp,
        });
    }

    let n = scenario.municipalities.len();
    if n == 0 {
        errors.push(ValidationError::NoMunicipalities);
    } else if n > MAX_MUNICIPALITIES {
        errors.push(ValidationError::TooManyMunicipalities { count: n });
    }

    // Duplicates: ids compare exactly, names trimmed and case-insensitively.
    let ms = &scenario.municipalities;
    let duplicate_id = later_duplicates(
        ms.iter().map(|m| Some(fnv1a(m.id.bytes().map(u32::from)))),
        |a, b| ms[a].id == ms[b].id,
    );
    let duplicate_name = later_duplicates(
        ms.iter().map(|m| {
            let name = m.name.trim();
            (!name.is_empty()).then(|| folded_hash(name))
        }),
        |a, b| folded(ms[a].name.trim()).eq(folded(ms[b].name.trim())),
    );
    for (i, m) in ms.iter().enumerate() {
        if duplicate_id[i] {
            errors.push(ValidationError::DuplicateId { id: m.id.clone() });
        }
        let name = m.name.trim();
        if name.is_empty() {
            errors.push(ValidationError::EmptyName { id: m.id.clone() });
        } else if duplicate_name[i] {
            errors.push(ValidationError::DuplicateName {
                id: m.id.clone(),
                name: name.to_string(),
            });
        }
        // The link counts the name as typed (spaces included), so this does too.
        let chars = m.name.chars().count();
        if chars > MAX_NAME_CHARS {
            errors.push(ValidationError::NameTooLong {
                id: m.id.clone(),
                chars,
            });
        }
        for (field, value) in counts(m) {
            if let Some(v) = value {
                if v > MAX_COUNT {
                    errors.push(ValidationError::CountTooLarge {
                        id: m.id.clone(),
                        field,
                        value: v,
                    });
                }
            }
        }
        if m.effective_vacancies(p.turnover_bp).1 == VacancySource::Missing {
            errors.push(ValidationError::MissingVacancies { id: m.id.clone() });
        }
    }
    errors
}

/// Which entries repeat an earlier one: `flags[j]` is true when some `i < j` has the same key
/// (`same(i, j)`); entries whose hash is `None` take no part. Every entry but the first of
/// each group of equals is flagged.
///
/// A small open-addressing table of 64-bit hashes instead of sorting the strings: no string
/// allocation per municipality and no long string comparisons (validation runs on every
/// recalculation, and sorting was half the core's time for 342 municipalities). Equal
/// hashes are confirmed with `same`, so a collision never reports a false duplicate.
fn later_duplicates(
    hashes: impl ExactSizeIterator<Item = Option<u64>>,
    same: impl Fn(usize, usize) -> bool,
) -> Vec<bool> {
    let n = hashes.len();
    let bits = (2 * n).max(2).next_power_of_two().trailing_zeros();
    let mask = (1usize << bits) - 1;
    // (hash, index + 1) of the first entry of each key; index 0 marks an empty slot.
    let mut slots: Vec<(u64, usize)> = vec![(0, 0); mask + 1];
    let mut flags = vec![false; n];
    for (j, hash) in hashes.enumerate() {
        let Some(h) = hash else { continue };
        // Fibonacci hashing spreads FNV's weaker low bits over the table.
        let mut slot = (h.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - bits)) as usize;
        loop {
            match slots[slot] {
                (_, 0) => {
                    slots[slot] = (h, j + 1);
                    break;
                }
                (other, i) if other == h && same(i - 1, j) => {
                    flags[j] = true;
                    break;
                }
                _ => slot = (slot + 1) & mask,
            }
        }
    }
    flags
}

/// The characters of a (trimmed) name, case-folded and without invisible characters:
/// "Almelo", "almelo" and "Alm\u{200B}elo" (a zero-width space pasted along) are the same
/// name.
fn folded(name: &str) -> impl Iterator<Item = char> + '_ {
    crate::text::composed(name.chars().filter(|&c| !crate::text::is_invisible(c)))
        .map(crate::text::lower_char)
}

/// The hash of a name's folded characters. ASCII names (nearly all) skip the Unicode case
/// tables; an ASCII letter's lowercase is the same character either way, so equal folded
/// names always hash alike.
fn folded_hash(name: &str) -> u64 {
    if name.is_ascii() {
        fnv1a(name.bytes().map(|b| u32::from(b.to_ascii_lowercase())))
    } else {
        fnv1a(folded(name).map(u32::from))
    }
}

/// 64-bit FNV-1a over a sequence of values (bytes or characters' scalar values).
fn fnv1a(values: impl Iterator<Item = u32>) -> u64 {
    values.fold(0xcbf2_9ce4_8422_2325, |h, v| {
        (h ^ u64::from(v)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

fn counts(m: &Municipality) -> [(Field, Option<u64>); 7] {
    [
        (Field::Households, Some(m.households)),
        (Field::CorporationHomes, m.corporation_homes),
        (Field::Vacancies, m.vacancies),
        (Field::Origin, m.origin),
        (Field::Realised, m.realised),
        (Field::StatusHolders, m.status_holders),
        (Field::ExtraVacancies, m.extra_vacancies),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_later_equal_entry_is_flagged_and_collisions_are_confirmed() {
        let keys = ["a", "b", "a", "c", "b", "a"];
        // All hashes collide: only `same` tells equals apart.
        let flags = later_duplicates(keys.iter().map(|_| Some(7)), |i, j| keys[i] == keys[j]);
        assert_eq!(flags, [false, false, true, false, true, true]);
        // Distinct hashes for distinct keys give the same answer.
        let flags = later_duplicates(keys.iter().map(|k| Some(folded_hash(k))), |i, j| {
            keys[i] == keys[j]
        });
        assert_eq!(flags, [false, false, true, false, true, true]);
    }

    #[test]
    fn entries_without_a_hash_take_no_part() {
        let flags = later_duplicates([None, Some(1), None, Some(1)].into_iter(), |_, _| true);
        assert_eq!(flags, [false, false, false, true]);
        assert_eq!(
            later_duplicates([Some(1)].into_iter(), |_, _| true),
            [false]
        );
        assert!(later_duplicates(std::iter::empty(), |_, _| true).is_empty());
    }

    #[test]
    fn invisible_characters_do_not_make_a_name_different() {
        assert!(folded("Ensc\u{200B}hede").eq(folded("Enschede")));
        assert_eq!(folded_hash("Ensc\u{200B}hede"), folded_hash("Enschede"));
        assert_eq!(
            folded_hash("\u{FEFF}Enschede\u{200E}"),
            folded_hash("enschede")
        );
        assert_eq!(
            folded_hash("\u{202E}edehcsnE\u{202C}"),
            folded_hash("edehcsnE")
        );
    }

    #[test]
    fn composed_and_decomposed_accents_are_the_same_name() {
        assert!(folded("Su\u{301}dwest-Frysla\u{302}n").eq(folded("Súdwest-Fryslân")));
        assert_eq!(
            folded_hash("Su\u{301}dwest-Frysla\u{302}n"),
            folded_hash("SÚDWEST-FRYSLÂN")
        );
        assert!(!folded("Súdwest").eq(folded("Sudwest")));
        let mut s = crate::data::default_scenario();
        s.municipalities[0].name = "Enschede\u{301}".into();
        s.municipalities[1].name = "Enschedé".into();
        assert!(validate(&s)
            .iter()
            .any(|e| matches!(e, ValidationError::DuplicateName { .. })));
    }

    #[test]
    fn names_fold_case_including_non_ascii() {
        assert!(folded("Súdwest-Fryslân").eq(folded("SÚDWEST-FRYSLÂN")));
        assert_eq!(folded_hash("Ede"), folded_hash("EDE"));
        assert!(!folded("Ede").eq(folded("Edam")));
        // The ASCII shortcut hashes exactly like the Unicode path.
        assert_eq!(folded_hash("Ede"), fnv1a(folded("Ede").map(u32::from)));
        // A non-ASCII name can fold to an ASCII one (KELVIN SIGN → 'k'): same hash.
        assert!(folded("\u{212A}ampen").eq(folded("Kampen")));
        assert_eq!(folded_hash("\u{212A}ampen"), folded_hash("Kampen"));
    }

    #[test]
    fn a_name_a_link_cannot_carry_is_an_error_at_its_cell() {
        let mut s = crate::data::default_scenario();
        s.municipalities[0].name = "x".repeat(MAX_NAME_CHARS);
        assert!(validate(&s).is_empty());
        // The same 100 characters decode from a link.
        let link = crate::codec::link::encode(&crate::codec::link::LinkState::new(s.clone()));
        assert!(crate::codec::link::decode(&link).is_ok());
        s.municipalities[0].name = "é".repeat(MAX_NAME_CHARS + 1);
        let errors = validate(&s);
        assert_eq!(
            errors,
            vec![ValidationError::NameTooLong {
                id: s.municipalities[0].id.clone(),
                chars: 101
            }]
        );
        assert_eq!(errors[0].field(), Some(Field::Name));
        assert_eq!(
            errors[0].municipality(),
            Some(s.municipalities[0].id.as_str())
        );
    }
}
