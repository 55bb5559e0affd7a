//! English texts of the region builder.

use super::En;
use crate::i18n::region::{RegionTexts, RegionWords};

const REGION: RegionTexts = RegionTexts {
    intro: "Build your own region from the 342 municipalities of the Netherlands (CBS, 1 January 2023): search by name or CBS code, or paste a list or a whole table. ‘Make this region’ makes these the scenario's municipalities, in the list's order; urgent home seekers per year, minimum, signal value, cap and turnover rate stay as they are. You can undo it.",
    name_label: "Name of the region",
    name_help: "Required, at most 100 characters. The name goes into the link.",
    name_empty: "Give the region a name.",
    name_too_long: "The name is too long: at most 100 characters.",
    quick_label: "Quick start",
    quick_twente: "Twente",
    quick_netherlands: "All of the Netherlands",
    clear: "Clear the list",
    search_label: "Search a municipality",
    search_help: "Type a name or a CBS code (GM0153; codes are known for the Twente municipalities). Choose with the arrow keys and Enter, or click.",
    results_label: "Municipalities found",
    nothing_found: "No municipality found.",
    selected_empty: "No municipalities chosen yet.",
    paste_label: "Paste a list of names or CBS codes",
    paste_help: "One per line, or separated by tabs, commas or semicolons: a column or row from Excel works as it is. A table with a header or figures (as under ‘Paste from Excel’) works too: rows that are no CBS municipality, such as a district or a future merged municipality, come in with their households as rows of your own.",
    paste_unknown_hint: "Check the spelling. For names that occur more than once, such as Bergen, write the name as CBS does: Bergen (L.) or Bergen (NH.).",
    paste_add: "Add",
    apply: "Make this region",
    apply_help: "Replaces the municipalities of the current scenario with this list, in this order; the parameters stay.",
    need_municipality: "Choose at least one municipality.",
    cleared: "The list has been cleared.",
    twente_name: "Twente",
    own_row: "own row",
    netherlands_name: "Nederland",
};

impl RegionWords for En {
    fn region_texts(&self) -> &'static RegionTexts {
        &REGION
    }

    fn municipalities(&self, count: usize, n: &str) -> String {
        match count {
            1 => "1 municipality".to_string(),
            _ => format!("{n} municipalities"),
        }
    }

    fn no_name(&self) -> &'static str {
        "(no name)"
    }

    fn current_region(&self, name: &str, municipalities: &str) -> String {
        format!("Current region: {name} ({municipalities})")
    }

    fn selected_heading(&self, n: &str) -> String {
        format!("Chosen municipalities ({n})")
    }

    fn households(&self, households: &str) -> String {
        format!("{households} households")
    }

    fn chosen(&self) -> &'static str {
        "chosen"
    }

    fn results_some(&self, shown: &str, total: &str) -> String {
        format!("{shown} of {total} found; keep typing to narrow down.")
    }

    fn results_all(&self, municipalities: &str) -> String {
        format!("{municipalities} found.")
    }

    fn remove_label(&self, name: &str) -> String {
        format!("Remove {name} from the list")
    }

    fn added(&self, name: &str, municipalities: &str) -> String {
        format!("{name} added; {municipalities} chosen.")
    }

    fn removed(&self, name: &str, municipalities: &str) -> String {
        format!("{name} removed; {municipalities} chosen.")
    }

    fn quick_started(&self, label: &str, municipalities: &str) -> String {
        format!("{label} chosen: {municipalities}.")
    }

    fn paste_found_all(&self, municipalities: &str) -> String {
        format!("Recognised: {municipalities}.")
    }

    fn paste_found_some(&self, municipalities: &str, new: &str) -> String {
        format!("Recognised: {municipalities}, of which {new} new to the list.")
    }

    fn paste_unknown(&self, n: &str, list: &str) -> String {
        format!("Not recognised ({n}): {list}.")
    }

    fn paste_duplicates(&self, n: &str, list: &str) -> String {
        format!("Named more than once ({n}): {list}; counted once.")
    }

    fn paste_added(&self, municipalities: &str, total: &str) -> String {
        format!("{municipalities} added; {total} chosen.")
    }

    fn applied(&self, name: &str, municipalities: &str) -> String {
        format!(
            "Region ‘{name}’ made with {municipalities}. ‘Undo’ brings back the previous scenario."
        )
    }

    fn too_many(&self, municipalities: &str) -> String {
        format!("At most {municipalities} in one region.")
    }
}
