//! Rendering tests of issue 15 items 2 and 3: the whole page opened with a scenario link
//! (rendered natively with the link as the address's hash) names the region by its own name
//! (heading, subtitle, summary, results caption, print header; the Twente wording only for
//! Twente), and the results table's region row says what the summary says about the region
//! as a whole: housed and not housed of U, and under the statutory fallback the unused
//! places, in the same words.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{figures, slice, text};
use evt_app::app::App;
use evt_app::i18n::layout::print_region;
use evt_app::i18n::page::{page_title, region_subtitle, results_caption};
use evt_app::i18n::Texts;
use evt_core::codec::link::{encode, LinkState};
use evt_core::data::{default_scenario, netherlands, DataRow};
use evt_core::numbers::{format_count, Lang};
use evt_core::scenario::{Method, Params};
use evt_core::Scenario;

/// Nine municipalities of Overijssel outside Twente, in the user's own order.
const VOORBEELD: [&str; 9] = [
    "Zwolle",
    "Deventer",
    "Apeldoorn",
    "Kampen",
    "Zutphen",
    "Raalte",
    "Olst-Wijhe",
    "Dalfsen",
    "Ommen",
];

fn voorbeeld(method: Method, urgents: u64) -> Scenario {
    let rows = VOORBEELD
        .iter()
        .map(|name| {
            netherlands()
                .iter()
                .find(|r| r.name == *name)
                .unwrap_or_else(|| panic!("{name} in the national data"))
        })
        .map(DataRow::to_municipality)
        .collect();
    let params = Params {
        urgents,
        ..Params::default()
    };
    Scenario::new("Regio Voorbeeld", params, method, rows)
}

fn twente(method: Method, urgents: u64) -> Scenario {
    let mut s = default_scenario();
    s.method = method;
    s.params.urgents = urgents;
    s
}

/// The page as a link to `scenario` in `lang` opens it.
async fn page(scenario: &Scenario, lang: Lang) -> String {
    let mut state = LinkState::new(scenario.clone());
    state.lang = Some(lang);
    evt_app::web::set_native_hash(&encode(&state));
    let html = yew::LocalServerRenderer::<App>::new()
        .hydratable(false)
        .render()
        .await;
    evt_app::web::set_native_hash("");
    html
}

/// The text of the element whose start tag holds `marker`, up to the first `close` after
/// its start tag (tags inside dropped).
fn text_at(html: &str, marker: &str, close: &str) -> String {
    let at = html
        .find(marker)
        .unwrap_or_else(|| panic!("no {marker} in {html}"));
    let start = at + html[at..].find('>').expect("the tag ends") + 1;
    let end = start + html[start..].find(close).expect("the element ends");
    text(&html[start..end]).trim().to_string()
}

fn summary(html: &str) -> String {
    text_at(html, r#"id="summary""#, "</p>")
}

/// The region row: its target figure and its outcome sentence (if any).
fn region_row(html: &str) -> (String, Option<String>) {
    let row = slice(html, "<tfoot>", "</tfoot>");
    let target = text_at(row, r#"id="total-target""#, "</td>");
    let outcome = row
        .contains(r#"id="total-outcome""#)
        .then(|| text_at(row, r#"id="total-outcome""#, "</span>"));
    (target, outcome)
}

#[tokio::test(flavor = "current_thread")]
async fn another_region_is_named_by_its_own_name_and_never_twente() {
    for lang in [Lang::Nl, Lang::En] {
        let s = voorbeeld(Method::Households, 800);
        let html = page(&s, lang).await;
        let h1 = text_at(&html, "<h1", "</h1>");
        assert!(h1.ends_with(&page_title("Regio Voorbeeld", lang)), "{h1}");
        assert!(
            h1.contains("Regio Voorbeeld") && !h1.contains("Twente"),
            "{h1}"
        );
        let subtitle = text_at(&html, r#"id="subtitle""#, "</p>");
        assert!(
            subtitle.ends_with(&region_subtitle("Regio Voorbeeld", 9, lang)),
            "{subtitle}"
        );
        // The summary and the results caption name the region; the print header too.
        assert!(summary(&html).contains("Regio Voorbeeld"), "{lang:?}");
        assert!(html.contains(&results_caption("Regio Voorbeeld", lang)));
        assert!(html.contains(&print_region("Regio Voorbeeld", 9, lang)));
        // The urgents help without the agreement's Twente figure.
        let t = Texts::get(lang);
        assert!(html.contains(t.urgents_help) && !html.contains(t.urgents_help_twente));
        // Nothing in the frame and the calculator speaks of Twente (the footer names the
        // agreement the rules come from; the region builder offers Twente as a quick start).
        let before_footer = slice(&html, "<div", "<footer");
        let builder = slice(before_footer, r#"id="region-panel""#, "</details>");
        let rest = before_footer.replace(builder, "");
        assert!(
            !rest.contains("Twente"),
            "{lang:?}: {}",
            &rest[rest.find("Twente").unwrap_or(0).saturating_sub(300)..]
        );
    }
}

#[tokio::test(flavor = "current_thread")]
async fn twente_keeps_its_own_words_and_a_renamed_twente_its_new_name() {
    let html = page(&twente(Method::Households, 800), Lang::Nl).await;
    let t = Texts::get(Lang::Nl);
    let h1 = text_at(&html, "<h1", "</h1>");
    assert!(h1.ends_with(&page_title("Twente", Lang::Nl)), "{h1}");
    assert!(html.contains(t.subtitle));
    assert!(html.contains(t.urgents_help_twente));
    // The same fourteen under another name: the name everywhere, not the Twente wording.
    let mut renamed = twente(Method::Households, 800);
    renamed.region_name = "Regio Oost".into();
    let html = page(&renamed, Lang::Nl).await;
    let h1 = text_at(&html, "<h1", "</h1>");
    assert!(h1.ends_with(&page_title("Regio Oost", Lang::Nl)), "{h1}");
    assert!(!html.contains(t.urgents_help_twente) && html.contains(t.urgents_help));
    assert!(html.contains(&region_subtitle("Regio Oost", 14, Lang::Nl)));
}

/// Under the statutory fallback the region row's figures are the summary's, in the same
/// sentence: the minimum places ΣF as the row's target, then housed and not housed of U, or
/// all housed and the places left unused.
async fn fallback_row_equals_summary(s: &Scenario, lang: Lang) {
    let minima = evt_core::methods::fallback(s).minima_sum;
    let u = s.params.urgents;
    let html = page(s, lang).await;
    let (target, outcome) = region_row(&html);
    let outcome = outcome.expect("the fallback's region row says what it comes to");
    let summary = summary(&html);
    assert_eq!(target, format_count(minima, lang));
    // The summary ends with the region row's sentence, word for word.
    assert!(
        summary.ends_with(&outcome),
        "{lang:?}\n{summary}\n{outcome}"
    );
    let n = |v: u64| format_count(v, lang);
    let expected = if u >= minima {
        vec![n(minima), n(u), n(u - minima)]
    } else {
        vec![n(u), n(minima), n(minima - u)]
    };
    assert_eq!(figures(&outcome), expected, "{lang:?}: {outcome}");
    // The row's target is in the sentence (as the housed or as the places).
    assert!(figures(&outcome).contains(&target));
}

#[tokio::test(flavor = "current_thread")]
async fn fallback_region_row_equals_the_summary_for_u_10_and_800() {
    for lang in [Lang::Nl, Lang::En] {
        for u in [10, 800] {
            fallback_row_equals_summary(&voorbeeld(Method::Fallback, u), lang).await;
            fallback_row_equals_summary(&twente(Method::Fallback, u), lang).await;
        }
    }
    // Twente, U = 800: SPEC's worked example, 724 housed and 76 not; U = 10: all 10 housed,
    // 714 of the 724 places unused.
    let html = page(&twente(Method::Fallback, 800), Lang::Nl).await;
    let (target, outcome) = region_row(&html);
    assert_eq!(target, "724");
    assert_eq!(figures(&outcome.unwrap_or_default()), ["724", "800", "76"]);
    let html = page(&twente(Method::Fallback, 10), Lang::Nl).await;
    let (target, outcome) = region_row(&html);
    assert_eq!(target, "724");
    assert_eq!(figures(&outcome.unwrap_or_default()), ["10", "724", "714"]);
    // The table no longer has a word of its own for those not housed.
    assert!(!html.contains("geplaatst"));
}

#[tokio::test(flavor = "current_thread")]
async fn capped_region_row_says_who_is_housed_as_the_summary_does() {
    for lang in [Lang::Nl, Lang::En] {
        // U = 800 fits under the 20 % cap in Twente (room for 951): everyone housed, and
        // the row says so. U = 2000 does not: 951 housed, 1049 not.
        for u in [800, 2000] {
            let s = twente(Method::HouseholdsCapped, u);
            let outcome = evt_core::methods::compute(&s).expect("computes");
            assert_eq!(outcome.totals.targets, u.min(951));
            let html = page(&s, lang).await;
            let (target, sentence) = region_row(&html);
            let sentence = sentence.expect("the cap's region row says what it comes to");
            assert_eq!(target, format_count(outcome.totals.targets, lang));
            let summary = summary(&html);
            assert!(summary.contains(&sentence), "{summary}\n{sentence}");
            let unplaced = outcome.totals.unplaced;
            let expected: Vec<String> = if unplaced == 0 {
                vec![format_count(u, lang)]
            } else {
                [u - unplaced, u, unplaced]
                    .map(|v| format_count(v, lang))
                    .to_vec()
            };
            assert_eq!(figures(&sentence), expected, "{sentence}");
        }
    }
}

#[tokio::test(flavor = "current_thread")]
async fn apportioning_methods_have_no_outcome_line() {
    let html = page(&voorbeeld(Method::Households, 800), Lang::Nl).await;
    let (target, outcome) = region_row(&html);
    assert_eq!(target, "800");
    assert_eq!(outcome, None);
}
