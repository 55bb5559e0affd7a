//! English texts of the public explanation ("Uitleg"): the article and its sentences with
//! figures. The worked example's words are in `explanation/example.rs`.

mod example;

use super::En;
use crate::i18n::explanation::{Block, ExplanationTexts, ExplanationWords, Live, Section, Source};
use crate::view::explanation::LawDate;
use evt_core::monitoring::Period;
use evt_core::numbers::{format_count, Lang};

const LANG: Lang = Lang::En;

/// The bill's page at the Tweede Kamer (bill 36 512, in Dutch).
const LAW_HREF: &str =
    "https://www.tweedekamer.nl/kamerstukken/wetsvoorstellen/detail?cfg=wetsvoorsteldetails&qry=wetsvoorstel%3A36512";
/// CBS StatLine, table 86063NED (households; in Dutch).
const CBS_HOUSEHOLDS_HREF: &str =
    "https://opendata.cbs.nl/statline/#/CBS/nl/dataset/86063NED/table";
/// CBS StatLine, table 82900NED (housing stock; in Dutch).
const CBS_HOMES_HREF: &str = "https://opendata.cbs.nl/statline/#/CBS/nl/dataset/82900NED/table";

const EXPLANATION: ExplanationTexts = ExplanationTexts {
    heading: "Explanation",
    intro: &[
        "By law, some people get priority for a social-rental home. The fourteen municipalities of Twente have agreed how they find these people a home together. This page explains the agreement, and what this calculator does with it.",
        "The figures on this page come from the scenario that is in the calculator now. If you change something there, the figures here change too.",
    ],
    figures_heading: "In figures: the current scenario",
    figures_intro: "These are the main figures of the scenario in the calculator.",
    figures_stale: "Note: the input in the calculator has an error now. So these are the figures of the last input without errors.",
    figures_none: "There are no figures yet, because the input in the calculator has an error. Fix the error in the calculator and the figures appear here.",
    contents_title: "On this page",
    contents_label: "Contents of the explanation",
    example_contents: "An example: your municipality",
    picker_label: "Municipality in the example",
    picker_help: "Your choice is also ‘My municipality’ in the calculator.",
    chart_caption: "All municipalities: the part of the vacated homes that goes to statutory urgent home seekers, with the minimum and the signal value as lines. The municipality of the example is highlighted.",
    sections: &[
        Section {
            id: "uitleg-wie",
            heading: "Who are statutory urgent home seekers?",
            blocks: &[
                Block::P("Urgency means priority. Someone with urgency gets a social-rental home before other home seekers. A statutory urgent home seeker is someone who gets this priority because the law says so. This is in the new Act on strengthening the direction of public housing (Wet versterking regie volkshuisvesting)."),
                Block::Law,
                Block::P("Most of them are people who lived in an institution for a while and are now going to live on their own again. The agreement names, among others:"),
                Block::Ul(&[
                    "people leaving a shelter for homeless people (maatschappelijke opvang);",
                    "people leaving a women’s shelter;",
                    "people leaving sheltered housing (living with support, for example with mental-health problems);",
                    "young people who lived in youth care;",
                    "people leaving a mental-health clinic;",
                    "people leaving prison;",
                    "informal carers and the people they care for: they get priority to live close to each other;",
                    "homeless families with children under 18. This group was added to the law later (the Grinwis amendment). Exactly who belongs to it is still to be decided. Once that is known, these families also count in the number of urgent home seekers per year.",
                ]),
                Block::P("The full list is in the appendix to the agreement. It comes from the Government Gazette (Staatscourant) of July 2024."),
                Block::Note("uitleg-statushouders", "Status holders (refugees with a residence permit, vergunninghouders) are not part of this agreement. Every municipality already has to house them under a separate legal task, set every six months. They can be urgent, but they are not statutory urgent home seekers in the sense of this agreement. Other groups that a municipality gives priority on its own are not part of it either."),
            ],
        },
        Section {
            id: "uitleg-waarom",
            heading: "Why a balanced distribution?",
            blocks: &[
                Block::P("A social-rental home is a rented home with a low rent. Most belong to a housing corporation. A vacated social-rental home is such a home that becomes empty because the tenant moves. The home then goes to a new tenant."),
                Block::P("Not every municipality has the same number of social-rental homes. Without an agreement, urgent home seekers mostly end up where many homes become free: in the cities, and in neighbourhoods with a lot of social rent. That can be hard on those neighbourhoods."),
                Block::P("That is why the law says the municipalities of a region must agree together how they distribute the statutory urgent home seekers. This way every municipality does a fair share. In Twente this is called the Balanced Distribution (Evenwichtige Verdeling). Elsewhere it is also called ‘fair share’."),
                Block::Ul(&[
                    "Everyone must be able to find a suitable home. No one may end up on the street.",
                    "People prefer to live close to family and friends, in a place where they feel at home.",
                    "Enough room must be left for other home seekers. They are waiting for a social-rental home too.",
                ]),
                Block::P("The agreement is only about the distribution between municipalities. Which home someone gets within a municipality is decided by the housing corporations together with the neighbourhood teams. They know the neighbourhoods and villages best."),
            ],
        },
        Section {
            id: "uitleg-horizon",
            heading: "The end goal: pro rata to households",
            blocks: &[
                Block::P("A household is one person, or a group of people living together in one home. The region’s end goal is a distribution pro rata to households. The agreement calls it the ‘dot on the horizon’."),
                Block::P("Pro rata to households means: a municipality with a tenth of the region’s households also gives a home to a tenth of the statutory urgent home seekers. The idea is that the problems that bring people into an institution occur about equally often everywhere in Twente."),
                Block::Live(Live::HorizonExample),
                Block::P("This end goal cannot be reached at once. So the municipalities grow towards it over a number of years. See below: the two growth paths."),
            ],
        },
        Section {
            id: "uitleg-woonplaats",
            heading: "Back to the home municipality, with exceptions",
            blocks: &[
                Block::P("What matters most is that someone lives in a suitable place. For most statutory urgent home seekers that means: back to the municipality they came from. They often have family, friends and other contacts there. This is called the home-municipality principle (woonplaatsbeginsel)."),
                Block::P("The home-municipality principle means ‘inflow = outflow’. Inflow means: someone goes to live in an institution, such as a shelter or sheltered housing. Outflow means: someone leaves the institution and lives on their own again. Whoever flows in from a municipality later flows out to it again."),
                Block::P("Sometimes going back to the old home town is not good. Then the home-municipality principle does not apply. For example:"),
                Block::Ul(&[
                    "when the old home town is not safe for someone;",
                    "when old problems could come back or continue there;",
                    "with informal care: someone who is urgent because of informal care moves to where the other person lives.",
                ]),
                Block::P("Then a regional matching table decides, person by person, what is suitable. This table builds on the transfer points for homeless shelters and sheltered housing. The table weighs two things against each other: what is good for the person, and a balanced distribution over the region."),
                Block::P("This calculator does not decide about people. It only calculates with numbers per municipality."),
            ],
        },
        Section {
            id: "uitleg-grenzen",
            heading: "The 15% minimum and the 20% signal value",
            blocks: &[
                Block::P("The allocation percentage is the part of a municipality’s vacated social-rental homes that goes to statutory urgent home seekers. An example: 200 homes become free in a municipality, and 30 of them go to statutory urgent home seekers. The percentage is then 15%."),
                Block::Terms(&[
                    ("The minimum.", "By law, every municipality gives at least 15% of its vacated social-rental homes to statutory urgent home seekers. This percentage is set in a ministerial regulation and may change later. Homes for status holders do not count towards it."),
                    ("The fallback.", "If municipalities make no agreement, only the minimum applies. This is called the statutory fallback. Then not everyone gets a home. So the agreement says: the minimum alone is not enough."),
                ]),
                Block::Live(Live::Fallback),
                Block::Terms(&[
                    ("The signal value.", "This is a limit of 20%. Does a municipality give more than 20% of its vacated homes to statutory urgent home seekers? Then the housing corporations and the municipality discuss the situation together. They look at whether something needs to change. So being above the signal value is not a mistake. It is a signal to talk."),
                ]),
            ],
        },
        Section {
            id: "uitleg-ingroeipaden",
            heading: "Two growth paths",
            blocks: &[
                Block::P("Not all municipalities start from the same place. Municipalities with many social-rental homes already house more urgent home seekers now. Municipalities with few social-rental homes have few homes to offer. So the municipalities grow towards the end goal over a number of years. This is called a growth path. There are two growth paths, and they run at the same time:"),
                Block::Terms(&[
                    ("Growth path a: more suitable homes.", "Every municipality adds more small social-rental homes with a low rent. This can be done by building, or by splitting or sharing existing homes. Then more homes become free, and the percentage that goes to urgent home seekers goes down."),
                    ("Growth path b: a more equal percentage.", "Step by step, the municipalities give a similar part of their vacated homes to statutory urgent home seekers. The signal value of 20% helps to follow this."),
                ]),
                Block::P("Enschede has offered to house more than its own share during the growth path if needed. This holds as long as the growth path really leads to a balanced distribution."),
                Block::Live(Live::GrowthYears),
                Block::P("More is needed than a distribution. The agreement also names: residents who welcome new neighbours, attention for the neighbourhood, suitable support and care, and more small, affordable homes."),
            ],
        },
        Section {
            id: "uitleg-monitoring",
            heading: "Monitoring and evaluation",
            blocks: &[
                Block::P("Every six months the municipalities and the housing corporations look at how things are going. This is called monitoring. Per municipality they count:"),
                Block::Ul(&[
                    "how many people applied for urgency;",
                    "how many people were granted urgency;",
                    "how many statutory urgent home seekers got a home;",
                    "what part of the vacated homes went to statutory urgent home seekers;",
                    "how many people got a suitable home, and why that sometimes did not work out.",
                ]),
                Block::P("They also check whether the distribution comes closer to the end goal: pro rata to households. These figures are part of the monitor of the regional Housing Deal (Woondeal). That monitor also keeps track of how many small, affordable social-rental homes are added."),
                Block::P("After three years the municipalities and the corporations look again at how the agreement works. This is the evaluation. After that they can change the agreement."),
                Block::Live(Live::Monitoring),
                Block::P("Does a situation arise earlier that cannot go on? Then the parties can press the ‘emergency button’ (noodknop). The evaluation and the changes then go on the agenda of the next administrative meeting."),
            ],
        },
        Section {
            id: "uitleg-niet",
            heading: "What this calculator does not do",
            blocks: &[
                Block::Ul(&[
                    "It does not decide who gets which home. The housing corporations, the neighbourhood teams and the regional matching table do that.",
                    "It uses no personal data. You only enter numbers per municipality.",
                    "It sends nothing to a server. Everything is calculated in your own browser. Your scenario is only in the link in the address bar and, if you choose so, in your own browser.",
                    "It does not distribute status holders. They are outside this agreement. You can enter how many homes go to status holders. Then you see how much room is left for other home seekers.",
                    "It does not calculate with other groups that a municipality gives priority on its own.",
                    "It does not know the real number of vacated homes. That number is not published per municipality. So the calculator makes an estimate. You can enter the real figures yourself.",
                ]),
            ],
        },
    ],
    sources_heading: "Sources",
    sources: &[
        Source {
            title: "Evenwichtige Verdeelafspraken regio Twente (Balanced Distribution Agreement, Twente region).",
            href: None,
            text: "The agreement of the fourteen Twente municipalities on distributing statutory urgent home seekers: the considerations, agreements 1 to 4 and the appendix on who the statutory urgent home seekers are (from the Government Gazette of July 2024). In Dutch.",
        },
        Source {
            title: "Wet versterking regie volkshuisvesting (Act on strengthening the direction of public housing, bill 36 512).",
            href: Some(LAW_HREF),
            text: "The act that says who is a statutory urgent home seeker and that the municipalities of a region agree on the distribution together. This page of the House of Representatives (in Dutch) shows how far the act has come.",
        },
        Source {
            title: "Statistics Netherlands (CBS), table 86063NED ‘Huishoudens; samenstelling, woonruimte, regio’ (households).",
            href: Some(CBS_HOUSEHOLDS_HREF),
            text: "The number of private households per municipality on 31 December 2022. CBS rounds these numbers to multiples of five.",
        },
        Source {
            title: "Statistics Netherlands (CBS), table 82900NED ‘Voorraad woningen; eigendom, type verhuurder, bewoning, regio’ (housing stock).",
            href: Some(CBS_HOMES_HREF),
            text: "The number of homes and of homes owned by housing corporations per municipality on 1 January 2023, with the municipal boundaries of 2023.",
        },
        Source {
            title: "Vacated social-rental homes: an estimate.",
            href: None,
            text: "These numbers are not published per municipality. The calculator estimates them as 6.0% of the corporation homes per year. According to CBS, about 7% of corporation homes got a new household in 2022, new builds included. The figures in the agreement fit almost 6%. You can change the percentage, or enter real figures.",
        },
        Source {
            title: "800 statutory urgent home seekers per year.",
            href: None,
            text: "This number comes from footnote 4 of the agreement. You can change it.",
        },
    ],
    licence: "The figures of Statistics Netherlands (Centraal Bureau voor de Statistiek) are open data under the licence CC BY 4.0. Source: CBS (Bron: CBS).",
};

impl ExplanationWords for En {
    fn texts(&self) -> &'static ExplanationTexts {
        &EXPLANATION
    }

    fn municipalities(&self, n: usize) -> String {
        match n {
            1 => "1 municipality".into(),
            n => format!("{} municipalities", format_count(n as u64, LANG)),
        }
    }

    fn region(&self, region: &str, municipalities: &str, households: &str) -> String {
        format!("The region {region} has {municipalities} with {households} households in all.")
    }

    fn estimate(&self, all: bool) -> &'static str {
        if all {
            " (an estimate)"
        } else {
            " (partly an estimate)"
        }
    }

    fn urgents(&self, urgents: &str, vacancies: &str, estimate: &str) -> String {
        format!(
            "Every year {urgents} statutory urgent home seekers look for a home. Every year {vacancies} social-rental homes become free{estimate}."
        )
    }

    fn method(&self, name: &str) -> String {
        format!("Chosen distribution: {name}.")
    }

    fn region_percent(&self, percent: &str) -> String {
        format!("Then {percent} of the vacated homes in the whole region go to statutory urgent home seekers.")
    }

    fn unplaced(&self, cap: &str, unplaced: &str) -> String {
        format!("With the cap of {cap}, {unplaced} urgent home seekers are not housed.")
    }

    fn status_above(&self, above: usize, n: usize, sig: &str) -> String {
        match above {
            0 => format!("None of the {n} municipalities is above the signal value of {sig}."),
            1 => format!("1 of the {n} municipalities is above the signal value of {sig}."),
            k => format!("{k} of the {n} municipalities are above the signal value of {sig}."),
        }
    }

    fn status_below(&self, below: usize, min: &str, listed: &str) -> String {
        match below {
            0 => format!("No municipality stays below the minimum of {min}."),
            1 => format!("1 municipality stays below the minimum of {min}{listed}."),
            k => format!("{k} municipalities stay below the minimum of {min}{listed}."),
        }
    }

    fn fallback_pooled(&self, min: &str, urgents: u64, housed: u64, unhoused: u64) -> String {
        let cnt = |v: u64| format_count(v, LANG);
        match unhoused {
            0 => format!(
                "If only the statutory minimum of {min} applies, all {} statutory urgent home seekers get a home.",
                cnt(urgents)
            ),
            u => format!(
                "If only the statutory minimum of {min} applies, {} of the {} statutory urgent home seekers get a home. {} people then get no home.",
                cnt(housed),
                cnt(urgents),
                cnt(u)
            ),
        }
    }

    fn fallback_own(&self, housed: u64, unhoused: u64) -> String {
        format!(
            "And if every municipality then only houses people from its own municipality: {} get a home, {} do not.",
            format_count(housed, LANG),
            format_count(unhoused, LANG)
        )
    }

    fn settings(&self, min: &str, sig: &str, years: u32) -> String {
        format!(
            "Set in the calculator: minimum {min}, signal value {sig}, growth path of {} {}.",
            years,
            if years == 1 { "year" } else { "years" }
        )
    }

    fn turnover(&self, turnover: &str) -> String {
        format!("The estimate of vacated homes is {turnover} of the corporation homes per year.")
    }

    fn horizon_example(
        &self,
        name: &str,
        households: &str,
        total: &str,
        share: &str,
        target: &str,
        urgents: &str,
    ) -> String {
        format!(
            "An example with the current figures: {name} has {households} of the {total} households in the region. That is {share}. Pro rata to households, {name} then gives a home to {target} of the {urgents} statutory urgent home seekers per year."
        )
    }

    fn fallback_compared(
        &self,
        same: bool,
        min: &str,
        urgents: &str,
        unhoused: &str,
        vacancies: &str,
        estimate: &str,
    ) -> String {
        if same {
            format!(
                "The agreement says that at 15% about 90 of the 800 statutory urgent home seekers are not housed, while the calculator now finds {unhoused}: the agreement used earlier figures from the housing corporations, the calculator uses the {vacancies} vacated homes it holds now{estimate}."
            )
        } else {
            format!(
                "The agreement says that at 15% about 90 of the 800 statutory urgent home seekers are not housed, while the calculator now finds {unhoused} of {urgents} at {min}: the agreement used earlier figures from the housing corporations and 15% and 800 people, the calculator uses the settings and the {vacancies} vacated homes it holds now{estimate}."
            )
        }
    }

    fn fallback_agreement(&self) -> &'static str {
        "The agreement says that at 15% about 90 of the 800 statutory urgent home seekers are not housed; it worked this out with earlier figures from the housing corporations."
    }

    fn law(&self, when: LawDate) -> &'static str {
        match when {
            LawDate::Ahead => "The act is expected to take effect on 1 January 2026.",
            LawDate::Passed => "The act was planned to take effect on 1 January 2026. How far it has come is on the page of the House of Representatives (see Sources).",
        }
    }

    fn growth_years(&self, n: u32) -> String {
        format!(
            "In the calculator the growth path now takes {n} {}. Under ‘Growth path’ you see per year and per municipality how many statutory urgent home seekers get a home.",
            if n == 1 { "year" } else { "years" }
        )
    }

    fn monitoring(&self, evaluation: Option<(Period, &str)>) -> String {
        match evaluation {
            Some((f, d)) => format!(
                "The calculator has monitoring figures from {f}. The evaluation after three years is then due on {d}."
            ),
            None => "No monitoring figures have been entered in the calculator yet. You can do so under ‘Monitoring’. If monitoring starts in the first half of 2026 (2026-H1), the evaluation is on 1 January 2029.".into(),
        }
    }
}
