//! Rendering tests of the region builder (`components::region_builder`): the ids the browser
//! tests rely on, ARIA of the search combobox and the chosen list, the pre-filled selection,
//! both languages, and no inline styles (strict CSP). Rendered natively.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::figures;
use evt_app::components::region_builder::RegionBuilder;
use evt_app::i18n::region::{current_region, region_texts, remove_label, selected_heading};
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

/// The text of the element with `id` (no child elements), entities read back.
fn text_of_id(html: &str, id: &str) -> String {
    let at = html
        .find(&format!(r#"id="{id}""#))
        .unwrap_or_else(|| panic!("no {id} in {html}"));
    let start = at + html[at..].find('>').expect("tag ends") + 1;
    let end = start + html[start..].find("</").expect("element ends");
    html[start..end]
        .trim()
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
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
    // Twente with its 14 municipalities, all 14 chosen.
    let current = text_of_id(&html, "region-current");
    assert_eq!(current, current_region("Twente", 14, Lang::Nl));
    assert_eq!(figures(&current), ["14"], "{current}");
    assert!(html.contains(r#"value="Twente""#));
    let heading = text_of_id(&html, "region-selected-heading");
    assert_eq!(heading, selected_heading(14, Lang::Nl));
    assert_eq!(figures(&heading), ["14"], "{heading}");
    assert_eq!(count(&html, r#"class="region-chip""#), 14);
    assert!(html.contains(r#"id="region-remove-"#));
    let remove = remove_label("Almelo", Lang::Nl);
    assert!(remove.contains("Almelo"));
    assert!(html.contains(&format!(r#"aria-label="{remove}""#)));
    // The chips carry the national ids (CBS codes for Twente).
    assert!(html.contains(r#"data-id="GM0153""#));
    let t = region_texts(Lang::Nl);
    assert!(html.contains(&format!(
        r#"<label for="region-paste">{}</label>"#,
        t.paste_label
    )));
    assert_eq!(text_of_id(&html, "region-apply"), t.apply);
    assert_eq!(text_of_id(&html, "region-quick-nl"), t.quick_netherlands);
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
    let t = region_texts(Lang::Nl);
    assert!(list.contains(&format!(r#"aria-label="{}""#, t.results_label)));
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
    assert!(html.contains(&format!(r#"role="group" aria-label="{}""#, t.quick_label)));
}

#[tokio::test(flavor = "current_thread")]
async fn english_texts() {
    let html = render(Lang::En, default_scenario()).await;
    assert_eq!(
        text_of_id(&html, "region-current"),
        current_region("Twente", 14, Lang::En)
    );
    assert_eq!(
        text_of_id(&html, "region-selected-heading"),
        selected_heading(14, Lang::En)
    );
    let (en, nl) = (region_texts(Lang::En), region_texts(Lang::Nl));
    assert!(html.contains(&format!(
        r#"<label for="region-paste">{}</label>"#,
        en.paste_label
    )));
    assert_eq!(text_of_id(&html, "region-apply"), en.apply);
    assert_eq!(text_of_id(&html, "region-quick-nl"), en.quick_netherlands);
    assert!(html.contains(&remove_label("Almelo", Lang::En)));
    // English, not Dutch.
    assert_ne!(en.apply, nl.apply);
    assert_ne!(
        current_region("Twente", 14, Lang::En),
        current_region("Twente", 14, Lang::Nl)
    );
    assert!(!html.contains(nl.apply));
}

#[tokio::test(flavor = "current_thread")]
async fn a_built_region_prefills_its_name_and_rows_with_added_rows_marked() {
    let indices: Vec<usize> = (100..140).collect();
    let mut s = build_region("Regio <Oost> & \"co\"", &indices);
    let id = s.next_added_id();
    s.municipalities
        .push(Municipality::new(id, "Zelf toegevoegd", 10));
    let html = render(Lang::Nl, s).await;
    let heading = text_of_id(&html, "region-selected-heading");
    assert_eq!(heading, selected_heading(41, Lang::Nl));
    assert_eq!(figures(&heading), ["41"], "{heading}");
    // Every row, in the scenario's order; the row of the user's own is kept and marked.
    assert_eq!(count(&html, "region-chip\""), 40);
    assert_eq!(count(&html, "region-chip is-own"), 1);
    assert!(html.contains(&format!(r#"data-id="{}""#, netherlands()[100].id)));
    let own = html.find("Zelf toegevoegd").expect("the own row is listed");
    let last_national = html
        .find(&format!(r#"data-id="{}""#, netherlands()[139].id))
        .expect("the last national row");
    assert!(last_national < own, "in the scenario's order");
    let badge = format!(
        r#"<span class="badge-own">{}</span>"#,
        region_texts(Lang::Nl).own_row
    );
    assert_eq!(count(&html, &badge), 1);
    // The current region counts every row; the name is escaped, never markup.
    let current = text_of_id(&html, "region-current");
    assert_eq!(
        current,
        current_region("Regio <Oost> & \"co\"", 41, Lang::Nl)
    );
    assert_eq!(figures(&current), ["41"], "{current}");
    assert!(html.contains("Regio &lt;Oost&gt; &amp;"));
    assert!(!html.contains("<Oost>"));
}

#[tokio::test(flavor = "current_thread")]
async fn all_of_the_netherlands_and_an_empty_selection() {
    let html = render(Lang::Nl, netherlands_scenario()).await;
    let heading = text_of_id(&html, "region-selected-heading");
    assert_eq!(heading, selected_heading(342, Lang::Nl));
    assert_eq!(figures(&heading), ["342"], "{heading}");
    assert_eq!(count(&html, r#"class="region-chip""#), 342);

    // A region of one row of the user's own lists that row (it is kept by "Maak deze
    // regio"); a region without rows lists nothing.
    let mut s = default_scenario();
    s.municipalities = vec![Municipality::new("X1", "Eigen", 10)];
    let html = render(Lang::Nl, s.clone()).await;
    assert_eq!(
        text_of_id(&html, "region-selected-heading"),
        selected_heading(1, Lang::Nl)
    );
    s.municipalities.clear();
    let html = render(Lang::Nl, s).await;
    let heading = text_of_id(&html, "region-selected-heading");
    assert_eq!(heading, selected_heading(0, Lang::Nl));
    assert_eq!(figures(&heading), ["0"], "{heading}");
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
