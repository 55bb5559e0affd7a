//! English texts of the page frame: views, the link bar, link errors, the comparison view.

use super::En;
use crate::i18n::page::{PageTexts, PageWords};
use crate::state::Notice;
use evt_core::codec::link::{LinkError, View};

const PAGE: PageTexts = PageTexts {
    views_label: "View",
    copy_link: "Copy link",
    share: "Share…",
    copy_embed: "Copy embed code",
    embed_copied: "Embed code copied: an iframe with this scenario in compact mode, to place on a website.",
    link_copied: "Link copied. Paste it into an e-mail or the minutes: whoever opens it sees exactly this scenario.",
    link_copy_failed: "Copying did not work in this browser. Select the link below and copy it yourself.",
    link_field_label: "Link to this scenario",
    share_failed: "Sharing did not work in this browser. Select the link below and copy it yourself.",
    link_too_large: "No link was made: this scenario is too large for a link (over 64 kB, usually because of many half-years of monitoring). Save it under My scenarios, or download the table as a CSV file under Data and send that file.",
    link_not_valid: "No link was made: the input holds something a link cannot carry (see the messages at the input, for example a name of more than 100 characters or more than 400 municipalities). Correct it and copy the link again.",
    shared: "Shared.",
    dismiss: "Close",
    saved_heading: "My scenarios",
    region_heading: "Build a region",
    map_heading: "Map of the region",
    link_default_opened: "The default scenario has been opened.",
    link_kept_current: "Your current scenario is unchanged.",
    compare_heading: "Compare scenarios",
    compare_intro: "Put two scenarios side by side. Municipalities whose status changes come first. Scenario A is the scenario in the calculator.",
    compare_a: "Scenario A",
    compare_b: "Scenario B",
    compare_current: "Current scenario",
    compare_default: "Default scenario (Twente, pro rata to households)",
    compare_from_link: "Scenario from a link",
    compare_link_label: "Link of scenario B",
    compare_link_open: "Compare with this link",
    compare_link_help: "Paste a link made with ‘Copy link’.",
    compare_pick_b: "Choose scenario B",
    compare_pick_a: "Choose scenario A",
    compare_a_help: "Another scenario as A opens in the calculator. Your current work stays in My scenarios.",
    compare_caption: "Comparison per municipality: urgent home seekers per year, percentage and status in A and B",
    compare_col_name: "Municipality",
    compare_col_target: "Urgent home seekers per year",
    compare_col_percent: "Percentage",
    compare_col_status: "Status",
    compare_col_diff: "Difference B − A (urgent home seekers)",
    compare_col_diff_points: "Difference B − A (percentage points)",
    compare_not_in: "not in this scenario",
    compare_changed: "changed",
    compare_status_changed: "status changes",
    compare_a_invalid: "Scenario A cannot be calculated:",
    compare_b_invalid: "Scenario B cannot be calculated:",
    on_demand_loading: "Loading this part of the calculator…",
    on_demand_failed: "This part of the calculator could not be loaded. Check the connection and try again; your scenario stays as it is.",
    on_demand_retry: "Try again",
};

impl PageWords for En {
    fn page_texts(&self) -> &'static PageTexts {
        &PAGE
    }

    fn view_name(&self, view: View) -> &'static str {
        match view {
            View::Calculator => "Calculator",
            View::Growth => "Growth path",
            View::Monitoring => "Monitoring",
            View::Compare => "Compare",
            View::Explanation => "Explanation",
            View::Map => "Map",
        }
    }

    fn link_error(&self, e: &LinkError) -> String {
        match e {
        LinkError::NewerVersion(v) => {
            format!("This link was made by a newer version of the calculator (link version {v}). Update the calculator (reload the page or clear the cache) to open it.")
        }
        LinkError::UnknownDataVersion(d) => {
            format!("This link uses data version ‘{d}’, which this version of the calculator does not have. Update the calculator to open it.")
        }
        LinkError::Checksum => "This link is incomplete or damaged (its check code does not match). Ask the sender to copy the link again, or copy it in full."
        .to_string(),
        LinkError::Empty | LinkError::NotALink => "The part after # in the address is not a scenario link of this calculator."
        .to_string(),
        LinkError::UnsupportedVersion(v) => {
            format!("This link has an unknown version ({v}) and cannot be opened.")
        }
        LinkError::TooLong => "This link is too long to open; it is probably damaged."
        .to_string(),
        LinkError::TooManyMunicipalities => "This link contains more municipalities than the calculator can handle."
        .to_string(),
        LinkError::UnknownKey(k)
        | LinkError::DuplicateKey(k)
        | LinkError::BadValue { key: k }
        | LinkError::OutOfRange { key: k }
        | LinkError::BadRow { key: k } => {
            format!("This link is damaged or was edited by hand: its part ‘{k}’ is invalid.")
        }
        LinkError::DuplicateId(id) => {
            format!("This link is damaged: municipality ‘{id}’ occurs twice.")
        }
        LinkError::BadEscape => "This link is damaged: it contains invalid characters."
        .to_string(),
    }
    }

    fn unnamed_region(&self) -> &'static str {
        "a region of your own"
    }

    fn region_subtitle(&self, region: &str, municipalities: usize) -> String {
        format!(
            "Calculator for distributing home seekers with a statutory urgency over the {municipalities} municipalities of {region}"
        )
    }

    fn results_caption(&self, region: &str) -> String {
        match region {
            "" => "Statutory urgent home seekers per year per municipality, with the percentage of vacated social-rental homes".to_string(),
            region => format!("Statutory urgent home seekers per year per municipality in {region}, with the percentage of vacated social-rental homes"),
        }
    }

    fn compare_opened_a(&self, name: &str, kept: bool) -> String {
        match kept {
        false => format!("‘{name}’ is now scenario A and open in the calculator."),
        true => format!(
            "‘{name}’ is now scenario A and open in the calculator. Your previous work is in My scenarios."
        ),
        }
    }

    fn notice_text(&self, n: &Notice) -> String {
        match n {
            Notice::Removed(name) => format!("{name} was removed. Undo with Ctrl+Z."),
            Notice::Added(name) => format!("{name} was added at the bottom of the table."),
            Notice::Reset => "The default data has been restored.".into(),
            Notice::Undone => "Undone.".into(),
            Notice::Redone => "Redone.".into(),
            Notice::Applied(n) => format!("{n} changes applied."),
            Notice::RegionMade(n) => format!("The pasted table is now the region: {n} municipalities, in your order. Undo with Ctrl+Z."),
        }
    }
}
