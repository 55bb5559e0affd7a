//! Rendering tests of the region builder (`components::region_builder`): the ids the browser
//! tests rely on, ARIA of the search combobox and the chosen list, the pre-filled selection,
//! both languages, and no inline styles (strict CSP). Rendered natively.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use evt_app::components::region_builder::RegionBuilder;
use evt_core::data::{default_scenario, netherlands, netherlands_scenario};
use evt_core::numbers::Lang;
use evt_core::region::build_region;
use evt_core::{Municipality, Scenario};

async fn render(lang: Lang, scenario: Scenario) -> String {
    common::host::<RegionBuilder>(scenario, lang, Vec::new())
        .render()
        .await
}

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

#[tokio::test(flavor = "current_thread")]
async fn default_scenario_prefills_twente() {
    let html = render(Lang::Nl, default_scenario()).await;
    for id in [
        r#"id="region-builder""#,
        r#"id="region-current""#,
        r#"id="region-name""#,
        r#"id="region-quick-twente""#,
        r#"id="region-quick-nl""#,
        r#"id="region-clear""#,
        r#"id="region-search""#,
        r#"id="region-results""#,
        r#"id="region-selected""#,
        r#"id="region-paste""#,
        r#"id="region-paste-add""#,
        r#"id="region-apply""#,
        r#"id="region-status""#,
    ] {
        assert!(html.contains(id), "{id} missing");
    }
    assert!(html.contains("Huidige regio: Twente (14 gemeenten)"));
    assert!(html.contains(r#"value="Twente""#));
    assert!(html.contains("Gekozen gemeenten (14)"));
    assert_eq!(count(&html, r#"class="region-chip""#), 14);
    assert!(html.contains(r#"id="region-remove-"#));
    assert!(html.contains("Verwijder Almelo uit de lijst"));
    // The chips carry the national ids (CBS codes for Twente).
    assert!(html.contains(r#"data-id="GM0153""#));
    assert!(html.contains("Plak een lijst met namen of CBS-codes"));
    assert!(html.contains("Maak deze regio"));
    assert!(html.contains("Heel Nederland"));
}

#[tokio::test(flavor = "current_thread")]
async fn search_is_a_combobox_with_a_multi_select_listbox() {
    let html = render(Lang::Nl, default_scenario()).await;
    let input_start = html.find(r#"id="region-search""#).expect("search box");
    let input = &html[html[..input_start].rfind('<').unwrap_or(0)..];
    let input = &input[..input.find('>').unwrap_or(input.len())];
    for attr in [
        r#"role="combobox""#,
        r#"aria-autocomplete="list""#,
        r#"aria-expanded="false""#,
        r#"aria-controls="region-results""#,
        r#"aria-describedby="region-search-help""#,
    ] {
        assert!(input.contains(attr), "{attr} missing in {input}");
    }
    assert!(
        !input.contains("aria-activedescendant"),
        "no active option while empty"
    );
    let list_start = html.find(r#"id="region-results""#).expect("listbox");
    let list = &html[html[..list_start].rfind('<').unwrap_or(0)..];
    let list = &list[..list.find('>').unwrap_or(list.len())];
    assert!(list.contains(r#"role="listbox""#));
    assert!(list.contains(r#"aria-multiselectable="true""#));
    assert!(list.contains("hidden"), "empty results are hidden: {list}");
    assert!(html.contains(r#"aria-label="Gevonden gemeenten""#));
    // The name field is labelled and described; no error is shown before trying.
    assert!(html.contains(r#"for="region-name""#));
    assert!(html.contains(r#"aria-describedby="region-name-help""#));
    assert!(html.contains(r#"aria-invalid="false""#));
    assert!(!html.contains("region-name-error"));
    // The paste box is labelled and described; "Toevoegen" waits for a list.
    assert!(html.contains(r#"for="region-paste""#));
    assert!(html.contains(r#"aria-describedby="region-paste-help""#));
    let add = html.find(r#"id="region-paste-add""#).expect("add button");
    let add_tag = &html[html[..add].rfind('<').unwrap_or(0)..];
    assert!(add_tag[..add_tag.find('>').unwrap_or(add_tag.len())].contains("disabled"));
    // Quick starts form a labelled group.
    assert!(html.contains(r#"role="group" aria-label="Snel beginnen""#));
}

#[tokio::test(flavor = "current_thread")]
async fn english_texts() {
    let html = render(Lang::En, default_scenario()).await;
    assert!(html.contains("Current region: Twente (14 municipalities)"));
    assert!(html.contains("Chosen municipalities (14)"));
    assert!(html.contains("Paste a list of names or CBS codes"));
    assert!(html.contains("Make this region"));
    assert!(html.contains("All of the Netherlands"));
    assert!(html.contains("Remove Almelo from the list"));
    assert!(!html.contains("Maak deze regio"));
}

#[tokio::test(flavor = "current_thread")]
async fn a_built_region_prefills_its_name_and_rows_but_not_added_rows() {
    let indices: Vec<usize> = (100..140).collect();
    let mut s = build_region("Regio <Oost> & \"co\"", &indices);
    let id = s.next_added_id();
    s.municipalities
        .push(Municipality::new(id, "Zelf toegevoegd", 10));
    let html = render(Lang::Nl, s).await;
    assert!(html.contains("Gekozen gemeenten (40)"));
    assert_eq!(count(&html, r#"class="region-chip""#), 40);
    assert!(html.contains(&format!(r#"data-id="{}""#, netherlands()[100].id)));
    assert!(
        !html.contains("Zelf toegevoegd"),
        "added rows are not national rows"
    );
    // The current region counts every row; the name is escaped, never markup.
    assert!(html.contains("(41 gemeenten)"));
    assert!(html.contains("Huidige regio: Regio &lt;Oost&gt; &amp;"));
    assert!(!html.contains("<Oost>"));
}

#[tokio::test(flavor = "current_thread")]
async fn all_of_the_netherlands_and_an_empty_selection() {
    let html = render(Lang::Nl, netherlands_scenario()).await;
    assert!(html.contains("Gekozen gemeenten (342)"));
    assert_eq!(count(&html, r#"class="region-chip""#), 342);

    let mut s = default_scenario();
    s.municipalities = vec![Municipality::new("X1", "Eigen", 10)];
    let html = render(Lang::Nl, s).await;
    assert!(html.contains("Gekozen gemeenten (0)"));
    assert!(html.contains(r#"id="region-selected-empty""#));
    assert!(!html.contains(r#"id="region-selected""#));
    let clear = html.find(r#"id="region-clear""#).expect("clear button");
    let tag = &html[html[..clear].rfind('<').unwrap_or(0)..];
    assert!(tag[..tag.find('>').unwrap_or(tag.len())].contains("disabled"));
}

#[tokio::test(flavor = "current_thread")]
async fn no_inline_styles_and_nothing_without_an_editor() {
    let html = render(Lang::Nl, default_scenario()).await;
    assert!(
        !html.contains("style="),
        "strict CSP: no inline style attributes"
    );
    assert!(!html.contains("<script"));
    let bare = yew::LocalServerRenderer::<RegionBuilder>::new()
        .render()
        .await;
    assert!(!bare.contains("region-builder"));
}
