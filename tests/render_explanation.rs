//! Rendered markup of the public explanation ("Uitleg", native SSR): the headings of every
//! part of the agreement, the live figures of the default scenario (SPEC's worked example:
//! 800 urgents, 724 housed and 76 not with the minimum alone), both languages, status
//! holders explicitly outside, the sources, stale and missing figures, and no inline styles;
//! the worked example for "Mijn gemeente" (Hengelo's own figures), the contents list, the
//! chart, the sources as links and the law's date.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use chrono::NaiveDate;
use evt_app::components::explanation::Explanation;
use evt_app::i18n::explanation::{explanation_texts, law};
use evt_app::state::Action;
use evt_app::view::explanation::LawDate;
use evt_core::data::default_scenario;
use evt_core::numbers::Lang;
use evt_core::scenario::Scenario;
use evt_core::validate::{Field, Param};
use yew::prelude::*;

async fn render_with(scenario: Scenario, lang: Lang, actions: Vec<Action>) -> String {
    common::render_view::<Explanation>(scenario, lang, actions).await
}

async fn render(lang: Lang) -> String {
    render_with(default_scenario(), lang, Vec::new()).await
}

/// The text of the element that carries `id="{id}"`, up to the first `close` after it.
fn by_id<'a>(html: &'a str, id: &str, close: &str) -> &'a str {
    let needle = format!(r#"id="{id}""#);
    let at = html
        .find(&needle)
        .unwrap_or_else(|| panic!("no element with {needle} in {html}"));
    let start = html[..at].rfind('<').unwrap_or(at);
    let end = html[at..]
        .find(close)
        .map_or(html.len(), |e| at + e + close.len());
    &html[start..end]
}

#[tokio::test(flavor = "current_thread")]
async fn headings_cover_every_part_of_the_agreement() {
    let html = render(Lang::Nl).await;
    let article = by_id(&html, "uitleg", ">");
    assert!(
        article.starts_with("<article") && article.contains(r#"aria-labelledby="uitleg-heading""#),
        "{article}"
    );
    assert!(
        html.contains(r#"<h2 id="uitleg-heading">Uitleg</h2>"#),
        "{html}"
    );
    // The headings as the article's table has them, each under its own id.
    let t = explanation_texts(Lang::Nl);
    let section = |id: &str| {
        t.sections
            .iter()
            .find(|s| s.id == id)
            .map(|s| s.heading)
            .unwrap_or_else(|| panic!("no section {id}"))
    };
    for (id, heading) in [
        ("uitleg-cijfers-heading", t.figures_heading),
        ("uitleg-wie-heading", section("uitleg-wie")),
        ("uitleg-waarom-heading", section("uitleg-waarom")),
        ("uitleg-horizon-heading", section("uitleg-horizon")),
        ("uitleg-woonplaats-heading", section("uitleg-woonplaats")),
        ("uitleg-grenzen-heading", section("uitleg-grenzen")),
        (
            "uitleg-ingroeipaden-heading",
            section("uitleg-ingroeipaden"),
        ),
        ("uitleg-monitoring-heading", section("uitleg-monitoring")),
        ("uitleg-niet-heading", section("uitleg-niet")),
        ("uitleg-bronnen-heading", t.sources_heading),
    ] {
        assert!(
            html.contains(&format!(r#"<h3 id="{id}">{heading}</h3>"#)),
            "{id}: {heading}"
        );
    }
    // One h2, the rest h3: a flat outline under the page's h1 (the sections, the figures
    // box, the worked example and the sources).
    assert_eq!(html.matches("<h2").count(), 1);
    assert_eq!(html.matches("<h3").count(), t.sections.len() + 3);
    // The content a resident needs: categories, the Grinwis families, the exceptions and
    // the matching table, both growth paths, monitoring, evaluation and the emergency button.
    for phrase in [
        "maatschappelijke opvang",
        "beschermd wonen",
        "jeugdzorg",
        "gevangenis",
        "mantelzorg",
        "dakloze gezinnen met kinderen onder de 18 jaar",
        "woonplaatsbeginsel",
        "instroom = uitstroom",
        "regionale bemiddelingstafel",
        "Ingroeipad a: meer passende woningen.",
        "Ingroeipad b: een gelijker percentage.",
        "Elk half jaar",
        "Na drie jaar",
        "noodknop",
        "signaalwaarde",
    ] {
        assert!(html.contains(phrase), "missing: {phrase}");
    }
    // The strict CSP forbids inline styles.
    assert!(!html.contains("style="), "inline style found");
}

#[tokio::test(flavor = "current_thread")]
async fn live_figures_of_the_default_scenario() {
    let html = render(Lang::Nl).await;
    let box_ = by_id(&html, "uitleg-cijfers", "</section>");
    assert!(!box_.contains("uitleg-cijfers-verouderd"), "{box_}");
    assert!(by_id(&html, "uitleg-cijfer-regio", "</p>")
        .contains("De regio Twente heeft 14 gemeenten met samen 285.625 huishoudens."));
    let urgents = by_id(&html, "uitleg-cijfer-urgenten", "</p>");
    assert!(
        urgents.contains("Elk jaar zoeken 800 wettelijk urgenten een woning."),
        "{urgents}"
    );
    assert!(
        urgents.contains("4.774 sociale huurwoningen vrij (een schatting)"),
        "{urgents}"
    );
    let method = by_id(&html, "uitleg-cijfer-methode", "</p>");
    assert!(
        method.contains("Naar rato van huishoudens (stip op de horizon)"),
        "{method}"
    );
    assert!(method.contains("16,8%"), "{method}");
    assert!(by_id(&html, "uitleg-cijfer-status", "</p>").contains(
        "9 van de 14 gemeenten komen boven de signaalwaarde van 20%. 2 gemeenten blijven onder het minimum van 15%: Almelo en Enschede."
    ));
    // SPEC's worked example: the minima sum to 724, so 76 of 800 stay unhoused.
    let fallback = by_id(&html, "uitleg-cijfer-terugval", "</p>");
    assert!(
        fallback.contains("krijgen 724 van de 800 wettelijk urgenten een woning. 76 mensen krijgen dan geen woning."),
        "{fallback}"
    );
    let settings = by_id(&html, "uitleg-cijfer-instellingen", "</p>");
    assert!(
        settings.contains("minimum 15%, signaalwaarde 20%, ingroeipad van 5 jaar"),
        "{settings}"
    );
    assert!(
        settings.contains("6% van de corporatiewoningen"),
        "{settings}"
    );
    // Figures woven into the text.
    assert!(by_id(&html, "uitleg-voorbeeld", "</p>").contains(
        "Enschede heeft 81.045 van de 285.625 huishoudens in de regio. Dat is 28,4%. Naar rato van huishoudens geeft Enschede dan 227 van de 800"
    ));
    // The agreement's "about 90" and today's 76 side by side, in one sentence.
    let compared = common::text(by_id(&html, "uitleg-terugval", "</p>"));
    assert!(
        compared.contains("90") && compared.contains(" 76"),
        "{compared}"
    );
    assert_eq!(compared.matches(". ").count(), 0, "{compared}");
    assert!(by_id(&html, "uitleg-ingroei-nu", "</p>").contains("duurt het ingroeipad nu 5 jaar"));
    assert!(by_id(&html, "uitleg-evaluatie", "</p>").contains("nog geen monitoringcijfers"));
}

#[tokio::test(flavor = "current_thread")]
async fn figures_follow_the_parameters() {
    let actions = vec![Action::SetParam {
        param: Param::Urgents,
        text: "1.000".into(),
    }];
    let html = render_with(default_scenario(), Lang::Nl, actions).await;
    assert!(by_id(&html, "uitleg-cijfer-urgenten", "</p>")
        .contains("Elk jaar zoeken 1.000 wettelijk urgenten"));
    // The minima still sum to 724: now 276 stay unhoused.
    assert!(by_id(&html, "uitleg-cijfer-terugval", "</p>")
        .contains("724 van de 1.000 wettelijk urgenten een woning. 276 mensen"));
}

#[tokio::test(flavor = "current_thread")]
async fn status_holders_are_explicitly_outside() {
    let nl = render(Lang::Nl).await;
    let note = by_id(&nl, "uitleg-statushouders", "</p>");
    assert!(
        note.contains(
            "Vergunninghouders (ook wel statushouders genoemd) vallen niet onder deze afspraken."
        ),
        "{note}"
    );
    assert!(nl.contains("Hij verdeelt geen vergunninghouders. Die vallen buiten deze afspraken."));
    assert!(nl.contains("Woningen voor vergunninghouders tellen hierbij niet mee."));
    let en = render(Lang::En).await;
    assert!(by_id(&en, "uitleg-statushouders", "</p>")
        .contains("Status holders (refugees with a residence permit, vergunninghouders) are not part of this agreement."));
}

#[tokio::test(flavor = "current_thread")]
async fn english_version_with_english_notation() {
    let html = render(Lang::En).await;
    assert!(html.contains(r#"<h2 id="uitleg-heading">Explanation</h2>"#));
    assert!(
        html.contains(r#"<h3 id="uitleg-wie-heading">Who are statutory urgent home seekers?</h3>"#)
    );
    assert!(html.contains(
        r#"<h3 id="uitleg-grenzen-heading">The 15% minimum and the 20% signal value</h3>"#
    ));
    assert!(html.contains(r#"<h3 id="uitleg-ingroeipaden-heading">Two growth paths</h3>"#));
    assert!(html.contains(r#"<h3 id="uitleg-bronnen-heading">Sources</h3>"#));
    assert!(by_id(&html, "uitleg-cijfer-regio", "</p>")
        .contains("The region Twente has 14 municipalities with 285,625 households in all."));
    assert!(by_id(&html, "uitleg-cijfer-urgenten", "</p>").contains("Every year 800 statutory urgent home seekers look for a home. Every year 4,774 social-rental homes become free (an estimate)."));
    assert!(by_id(&html, "uitleg-cijfer-status", "</p>").contains(
        "9 of the 14 municipalities are above the signal value of 20%. 2 municipalities stay below the minimum of 15%: Almelo and Enschede."
    ));
    assert!(by_id(&html, "uitleg-cijfer-terugval", "</p>").contains(
        "724 of the 800 statutory urgent home seekers get a home. 76 people then get no home."
    ));
    // Never "urgents" as a noun (docs/glossary.md).
    assert!(!common::text(&html).contains("urgents"), "{html}");
    assert!(html.contains("16.8%"));
    assert!(!html.contains("Wie zijn wettelijk urgenten?"));
}

#[tokio::test(flavor = "current_thread")]
async fn sources_cite_the_agreement_and_the_cbs_tables() {
    for (lang, licence) in [
        (Lang::Nl, "CC BY 4.0. Bron: CBS."),
        (Lang::En, "CC BY 4.0. Source: CBS (Bron: CBS)."),
    ] {
        let html = render(lang).await;
        let sources = by_id(&html, "uitleg-bronnen", "</section>");
        assert!(
            sources.contains("Evenwichtige Verdeelafspraken regio Twente"),
            "{sources}"
        );
        assert!(
            sources.contains("86063NED") && sources.contains("82900NED"),
            "{sources}"
        );
        assert!(sources.contains("Huishoudens; samenstelling, woonruimte, regio"));
        assert!(sources.contains("Voorraad woningen; eigendom, type verhuurder, bewoning, regio"));
        match lang {
            Lang::Nl => {
                assert!(sources.contains("31 december 2022") && sources.contains("1 januari 2023"))
            }
            Lang::En => {
                assert!(sources.contains("31 December 2022") && sources.contains("1 January 2023"))
            }
        }
        assert!(sources.contains(licence), "{sources}");
        // The law and the CBS tables are links (only addresses: nothing is fetched from
        // elsewhere, no image).
        for href in [
            "https://opendata.cbs.nl/statline/#/CBS/nl/dataset/86063NED/table",
            "https://opendata.cbs.nl/statline/#/CBS/nl/dataset/82900NED/table",
            "https://www.tweedekamer.nl/kamerstukken/wetsvoorstellen/detail?cfg=wetsvoorsteldetails&amp;qry=wetsvoorstel%3A36512",
        ] {
            assert!(sources.contains(&format!(r#"<a href="{href}""#)), "{href}: {sources}");
        }
        assert!(!html.contains("<img"));
        // "Bronnen" / "Sources" once.
        let heading = explanation_texts(lang).sources_heading;
        assert_eq!(
            html.matches(&format!(">{heading}</h")).count(),
            1,
            "{heading}"
        );
    }
}

#[tokio::test(flavor = "current_thread")]
async fn an_input_error_shows_the_last_valid_figures_with_a_notice() {
    let dinkelland = "GM1774".to_string();
    let actions = vec![
        Action::SetParam {
            param: Param::Urgents,
            text: "900".into(),
        },
        Action::SetCell {
            id: dinkelland,
            field: Field::Households,
            text: "tien".into(),
        },
    ];
    let html = render_with(default_scenario(), Lang::Nl, actions).await;
    let notice = by_id(&html, "uitleg-cijfers-verouderd", "</p>");
    assert!(
        notice.contains("de invoer in de rekenhulp bevat nu een fout"),
        "{notice}"
    );
    // The last valid input: 900 urgents.
    assert!(by_id(&html, "uitleg-cijfer-urgenten", "</p>").contains("900 wettelijk urgenten"));
}

#[tokio::test(flavor = "current_thread")]
async fn without_any_valid_input_the_figures_say_so() {
    let mut scenario = default_scenario();
    scenario.municipalities.clear();
    let html = render_with(scenario, Lang::En, Vec::new()).await;
    assert!(by_id(&html, "uitleg-cijfers-geen", "</p>").contains("There are no figures yet"));
    assert!(!html.contains(r#"id="uitleg-cijfer-regio""#));
    assert!(!html.contains(r#"id="uitleg-voorbeeld""#));
    // The explanation itself is still there.
    assert!(html.contains(r#"id="uitleg-statushouders""#));
}

/// "Mijn gemeente" is Hengelo (GM0164), on a day before the law's planned start.
#[component]
fn HengeloExplanation() -> Html {
    html! {
        <Explanation mine={Some(AttrValue::from("GM0164"))} onmine={Some(Callback::noop())}
            today={NaiveDate::from_ymd_opt(2025, 6, 1)} />
    }
}

/// No "Mijn gemeente", on a day after the law's planned start.
#[component]
fn LaterExplanation() -> Html {
    html! { <Explanation today={NaiveDate::from_ymd_opt(2026, 3, 1)} /> }
}

/// The numbers in a text, as written (Dutch notation: "39.355", "13,8").
fn numbers(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .map(|w| w.trim_matches(|c| c == '.' || c == ','))
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect()
}

#[tokio::test(flavor = "current_thread")]
async fn the_worked_example_follows_mijn_gemeente() {
    for lang in [Lang::Nl, Lang::En] {
        let html =
            common::render_view::<HengeloExplanation>(default_scenario(), lang, Vec::new()).await;
        let section = by_id(&html, "uitleg-uw-gemeente", "</section>");
        // The heading asks the question with Hengelo's figure: 110 a year (SPEC).
        let heading = common::text(by_id(section, "uitleg-uw-gemeente-heading", "</h3>"));
        assert!(
            heading.contains("Hengelo") && numbers(&heading) == ["110"],
            "{heading}"
        );
        // The picker is labelled and has Hengelo chosen.
        assert!(
            section.contains(r#"<label for="uitleg-gemeente">"#),
            "{section}"
        );
        let chosen = by_id(section, "uitleg-gemeente", "</select>");
        assert!(
            chosen.contains(r#"<option value="GM0164" selected="selected">Hengelo</option>"#),
            "{chosen}"
        );
        // The steps with Hengelo's own figures, in order: 39.355 of 285.625 households =
        // 13,8 %; 800 × that = 110,23 → 110; about 730 vacated homes (6 %); 110 of 730 =
        // 15,1 %, against 15 % and 20 %.
        let steps = by_id(section, "uitleg-stappen", "</ol>");
        assert!(steps.contains(r#"data-id="GM0164""#), "{steps}");
        let items: Vec<Vec<String>> = steps
            .split("<li>")
            .skip(1)
            .map(|li| numbers(&common::text(li)))
            .collect();
        let en = lang == Lang::En;
        let n = |nl_s: &str, en_s: &str| String::from(if en { en_s } else { nl_s });
        assert_eq!(
            items,
            [
                vec![
                    n("39.355", "39,355"),
                    n("285.625", "285,625"),
                    n("13,8", "13.8")
                ],
                vec![
                    n("800", "800"),
                    n("110,23", "110.23"),
                    n("110", "110"),
                    n("800", "800")
                ],
                vec![n("730", "730"), n("6", "6")],
                vec![
                    n("110", "110"),
                    n("730", "730"),
                    n("15,1", "15.1"),
                    n("15", "15"),
                    n("20", "20")
                ],
            ],
            "{steps}"
        );
        // Its verdict in the glossary's words.
        assert!(steps.contains(evt_app::i18n::status_label(
            evt_core::methods::Status::WithinRange,
            lang
        )));
        // The chart of every municipality, Hengelo highlighted, with its caption.
        let chart = by_id(section, "uitleg-grafiek", "</figure>");
        assert!(
            chart.contains("<svg") && chart.contains("<title"),
            "{chart}"
        );
        assert!(chart.contains("<figcaption"), "{chart}");
        assert_eq!(chart.matches(r#"role="img""#).count(), 14, "{chart}");
        // The horizon sentence follows it too.
        let horizon = common::text(by_id(&html, "uitleg-voorbeeld", "</p>"));
        assert!(horizon.contains("Hengelo"), "{horizon}");
    }
}

#[tokio::test(flavor = "current_thread")]
async fn without_mijn_gemeente_the_example_is_enschede() {
    let html = render(Lang::Nl).await;
    let steps = by_id(&html, "uitleg-stappen", "</ol>");
    assert!(steps.contains(r#"data-id="GM0153""#), "{steps}");
    let heading = common::text(by_id(&html, "uitleg-uw-gemeente-heading", "</h3>"));
    assert!(
        heading.contains("Enschede") && numbers(&heading) == ["227"],
        "{heading}"
    );
}

#[tokio::test(flavor = "current_thread")]
async fn the_contents_list_links_to_every_section() {
    let html = render(Lang::Nl).await;
    let nav = by_id(&html, "uitleg-inhoud", "</nav>");
    assert!(
        nav.starts_with("<nav") && nav.contains("aria-label="),
        "{nav}"
    );
    let targets: Vec<&str> = nav
        .split(r##"href="#"##)
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect();
    let t = explanation_texts(Lang::Nl);
    let mut expected = vec!["uitleg-cijfers", "uitleg-uw-gemeente"];
    expected.extend(t.sections.iter().map(|s| s.id));
    expected.push("uitleg-bronnen");
    assert_eq!(targets, expected);
    // Each target is a section on the page, in the same order, that can take focus.
    let mut at = 0;
    for id in targets {
        let needle = format!(r#"<section id="{id}""#);
        let found = html[at..]
            .find(&needle)
            .unwrap_or_else(|| panic!("{id} missing or out of order"));
        at += found;
        assert!(
            common::attr(&html, at, "tabindex") == Some("-1"),
            "{id} cannot take focus"
        );
    }
}

#[tokio::test(flavor = "current_thread")]
async fn the_laws_date_is_worded_for_today() {
    let before =
        common::render_view::<HengeloExplanation>(default_scenario(), Lang::Nl, Vec::new()).await;
    let after =
        common::render_view::<LaterExplanation>(default_scenario(), Lang::Nl, Vec::new()).await;
    let sentence = |html: &str| common::text(by_id(html, "uitleg-wet", "</p>"));
    assert_eq!(sentence(&before), law(LawDate::Ahead, Lang::Nl));
    assert_eq!(sentence(&after), law(LawDate::Passed, Lang::Nl));
    assert_ne!(sentence(&before), sentence(&after));
}
