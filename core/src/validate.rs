//! Validation of a scenario against SPEC "Inputs": typed errors that name the municipality
//! and the field, so the interface can show each one next to its input.

use crate::scenario::{
    Municipality, Scenario, VacancySource, FULL_BP, MAX_COUNT, MAX_GROWTH_YEARS, MAX_MUNICIPALITIES,
};

/// A per-municipality field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Name,
    Households,
    CorporationHomes,
    Vacancies,
    Origin,
    Realised,
    StatusHolders,
    ExtraVacancies,
}

/// A region parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Param {
    Urgents,
    Minimum,
    Signal,
    Cap,
    Turnover,
    GrowthYears,
    UrgentsGrowth,
}

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
            | ValidationError::DuplicateId { id }
            | ValidationError::CountTooLarge { id, .. }
            | ValidationError::MissingVacancies { id } => Some(id),
            _ => None,
        }
    }

    /// The field this error is about, if it is a municipality field.
    pub fn field(&self) -> Option<Field> {
        match self {
            ValidationError::EmptyName { .. } | ValidationError::DuplicateName { .. } => {
                Some(Field::Name)
            }
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

    // Duplicates by sorting (no hashing, no allocation): names compare case-insensitively.
    let ms = &scenario.municipalities;
    let mut by_id: Vec<usize> = (0..ms.len()).collect();
    by_id.sort_by(|&a, &b| ms[a].id.cmp(&ms[b].id).then(a.cmp(&b)));
    let mut duplicate_id = vec![false; ms.len()];
    for w in by_id.windows(2) {
        if ms[w[0]].id == ms[w[1]].id {
            duplicate_id[w[1]] = true;
        }
    }
    // Case-folded, trimmed names computed once (ASCII names without allocation-heavy
    // Unicode folding), then sorted: duplicates end up side by side.
    let mut by_name: Vec<(String, usize)> = ms
        .iter()
        .enumerate()
        .filter(|(_, m)| !m.name.trim().is_empty())
        .map(|(i, m)| (fold(&m.name), i))
        .collect();
    by_name.sort_unstable();
    let mut duplicate_name = vec![false; ms.len()];
    for w in by_name.windows(2) {
        if w[0].0 == w[1].0 {
            duplicate_name[w[1].1] = true;
        }
    }
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

/// A name trimmed and case-folded: "Almelo" and " almelo " are the same name.
fn fold(name: &str) -> String {
    let t = name.trim();
    if t.is_ascii() {
        t.to_ascii_lowercase()
    } else {
        t.chars().flat_map(char::to_lowercase).collect()
    }
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
