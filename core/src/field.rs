//! The names of what a user enters: the per-municipality fields and the region parameters.
//! The ground floor: it imports nothing, so the scenario, the validation, the codecs and the
//! app all name fields with these one lists.

/// A per-municipality field: the one list of them (the input table's cells, the import's
/// columns and the validation messages all name fields with it; `Ord` so it can key a map).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
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
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Param {
    Urgents,
    Minimum,
    Signal,
    Cap,
    Turnover,
    /// Growth-path years `N`.
    GrowthYears,
    /// Growth of urgents per year `ΔU`.
    UrgentsGrowth,
}

impl Field {
    /// The optional fields, shown on demand.
    pub const OPTIONAL: [Field; 4] = [
        Field::Origin,
        Field::Realised,
        Field::StatusHolders,
        Field::ExtraVacancies,
    ];

    /// Stable short code for element ids and test hooks.
    pub fn code(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::Households => "hh",
            Field::CorporationHomes => "corp",
            Field::Vacancies => "vac",
            Field::Origin => "origin",
            Field::Realised => "realised",
            Field::StatusHolders => "sh",
            Field::ExtraVacancies => "dv",
        }
    }
}

impl Param {
    pub const ALL: [Param; 7] = [
        Param::Urgents,
        Param::Minimum,
        Param::Signal,
        Param::Cap,
        Param::Turnover,
        Param::GrowthYears,
        Param::UrgentsGrowth,
    ];

    /// Stable short code for element ids and test hooks.
    pub fn code(self) -> &'static str {
        match self {
            Param::Urgents => "urgents",
            Param::Minimum => "minimum",
            Param::Signal => "signal",
            Param::Cap => "cap",
            Param::Turnover => "turnover",
            Param::GrowthYears => "growth-years",
            Param::UrgentsGrowth => "urgents-growth",
        }
    }

    /// Whether the parameter is a percentage (typed as `15` or `15,5`, kept in basis points).
    pub fn is_percent(self) -> bool {
        !matches!(
            self,
            Param::Urgents | Param::GrowthYears | Param::UrgentsGrowth
        )
    }
}
