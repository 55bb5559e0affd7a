//! Texts of the public explanation ("Uitleg", `components/explanation.rs`): the agreement in
//! plain Dutch (B1) and English — who the statutory urgents are (the appendix and the
//! Grinwis amendment), why a balanced distribution, the horizon pro rata to households, the
//! home-municipality principle and its exceptions (afspraak 1), the 15 % minimum and the
//! 20 % signal value (afspraken 2b and 3), the two growth paths (afspraak 2), monitoring,
//! evaluation and the emergency brake (afspraak 4) — with status holders explicitly outside
//! (footnote 1).
//!
//! The article is data: per language a list of [`Section`]s made of [`Block`]s, so both
//! languages have the same structure. Sentences with figures of the current scenario are
//! functions ([`figures`], [`live`]); every number goes through `evt_core::numbers`.

use super::{join_names, method_name};
use crate::state::Computed;
use evt_core::methods::Status;
use evt_core::numbers::{format_bp, format_count, format_percent_tenths, Lang};
use evt_core::scenario::Method;

/// A part of a section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Block {
    /// A short paragraph.
    P(&'static str),
    /// A paragraph with an element id (for tests and for the callout style).
    Note(&'static str, &'static str),
    /// A bulleted list.
    Ul(&'static [&'static str]),
    /// A list whose items start with a term in bold: (term, text).
    Terms(&'static [(&'static str, &'static str)]),
    /// A sentence with figures of the current scenario.
    Live(Live),
}

/// Where a sentence with live figures is woven into the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Live {
    /// The largest municipality's share of households and its horizon target.
    HorizonExample,
    /// How many stay unhoused with the minimum alone, next to the agreement's footnote.
    Fallback,
    /// The growth-path length set in the calculator.
    GrowthYears,
    /// The first monitoring period and the evaluation date, if figures are entered.
    Monitoring,
}

impl Live {
    /// Element id of the paragraph.
    pub fn id(self) -> &'static str {
        match self {
            Live::HorizonExample => "uitleg-voorbeeld",
            Live::Fallback => "uitleg-terugval",
            Live::GrowthYears => "uitleg-ingroei-nu",
            Live::Monitoring => "uitleg-evaluatie",
        }
    }
}

/// One section of the article: an `h3` and its blocks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Section {
    /// Element id of the section (`uitleg-…`); the heading gets `{id}-heading`.
    pub id: &'static str,
    pub heading: &'static str,
    pub blocks: &'static [Block],
}

/// Static texts of the explanation, per language.
pub struct ExplanationTexts {
    pub heading: &'static str,
    pub intro: &'static [&'static str],
    pub figures_heading: &'static str,
    pub figures_intro: &'static str,
    /// Shown when the current input has an error and the figures are the last valid ones.
    pub figures_stale: &'static str,
    /// Shown when no input has computed yet.
    pub figures_none: &'static str,
    /// Sections before the sources.
    pub sections: &'static [Section],
    pub sources_heading: &'static str,
    pub sources: &'static [(&'static str, &'static str)],
    pub licence: &'static str,
}

/// The texts of `lang`.
pub fn explanation_texts(lang: Lang) -> &'static ExplanationTexts {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

const NL: ExplanationTexts = ExplanationTexts {
    heading: "Uitleg",
    intro: &[
        "Sommige mensen krijgen van de wet voorrang op een sociale huurwoning. De veertien gemeenten in Twente hebben afgesproken hoe zij deze mensen samen een woning geven. Op deze pagina leest u wat die afspraken zijn, en wat deze rekenhulp ermee doet.",
        "De cijfers op deze pagina komen uit het scenario dat nu in de rekenhulp staat. Verandert u daar iets, dan veranderen de cijfers hier ook.",
    ],
    figures_heading: "In cijfers: het scenario van nu",
    figures_intro: "Dit zijn de belangrijkste cijfers van het scenario in de rekenhulp.",
    figures_stale: "Let op: de invoer in de rekenhulp bevat nu een fout. Daarom ziet u hier de cijfers van de laatste invoer zonder fout.",
    figures_none: "Er zijn nog geen cijfers, want de invoer in de rekenhulp bevat een fout. Herstel de fout in de rekenhulp; dan verschijnen de cijfers hier.",
    sections: &[
        Section {
            id: "uitleg-wie",
            heading: "Wie zijn wettelijk urgenten?",
            blocks: &[
                Block::P("Urgentie betekent voorrang. Wie urgent is, krijgt eerder een sociale huurwoning dan andere woningzoekenden. Een wettelijk urgent is iemand die deze voorrang krijgt omdat de wet dat zegt. Dat staat in de nieuwe Wet versterking regie volkshuisvesting. Die wet gaat naar verwachting in op 1 januari 2026."),
                Block::P("Het gaat vooral om mensen die een tijd in een instelling woonden en nu weer zelfstandig gaan wonen. De afspraken noemen onder meer:"),
                Block::Ul(&[
                    "mensen die uit de maatschappelijke opvang komen (de opvang voor dak- en thuislozen);",
                    "mensen die uit de vrouwenopvang komen;",
                    "mensen die uit beschermd wonen komen (wonen met begeleiding, bijvoorbeeld bij psychische problemen);",
                    "jongeren die in de jeugdzorg woonden;",
                    "mensen die uit een kliniek van de ggz komen (de geestelijke gezondheidszorg);",
                    "mensen die uit de gevangenis komen;",
                    "mantelzorgers en de mensen voor wie zij zorgen: zij krijgen voorrang om dicht bij elkaar te wonen;",
                    "dakloze gezinnen met kinderen onder de 18 jaar. Deze groep is later aan de wet toegevoegd (het amendement-Grinwis). Wie er precies bij hoort, wordt nog bepaald. Als dat bekend is, tellen ook deze gezinnen mee in het aantal urgenten per jaar.",
                ]),
                Block::P("De volledige lijst staat in de bijlage bij de afspraken. Die komt uit de Staatscourant van juli 2024."),
                Block::Note("uitleg-statushouders", "Vergunninghouders (ook wel statushouders genoemd) vallen niet onder deze afspraken. Vergunninghouders zijn vluchtelingen die in Nederland mogen blijven. Elke gemeente moet hen al een woning geven volgens een eigen wettelijke taak, die elk half jaar wordt vastgesteld. Zij kunnen wel urgent zijn, maar zij zijn geen wettelijk urgenten in de zin van deze afspraken. Ook andere groepen die een gemeente zelf voorrang geeft, vallen erbuiten."),
            ],
        },
        Section {
            id: "uitleg-waarom",
            heading: "Waarom een evenwichtige verdeling?",
            blocks: &[
                Block::P("Een sociale huurwoning is een huurwoning met een lage huur. De meeste zijn van een woningcorporatie. Een vrijkomende sociale huurwoning is zo’n woning die leeg komt, omdat de huurder verhuist. De woning gaat dan naar een nieuwe huurder."),
                Block::P("Niet elke gemeente heeft evenveel sociale huurwoningen. Zonder afspraken komen urgenten vooral terecht waar veel woningen vrijkomen: in de steden, en in wijken met veel sociale huur. Dat kan zwaar zijn voor die wijken."),
                Block::P("Daarom moeten de gemeenten in een regio volgens de wet samen afspreken hoe zij de wettelijk urgenten verdelen. Zo doet elke gemeente een eerlijk deel. In Twente heet dat de Evenwichtige Verdeling. Elders heet het ook wel ‘fair share’."),
                Block::Ul(&[
                    "Iedereen moet een passende woning kunnen vinden. Niemand mag op straat belanden.",
                    "Mensen wonen het liefst dicht bij familie en vrienden, op een plek waar zij zich thuis voelen.",
                    "Er moet genoeg ruimte overblijven voor andere woningzoekenden. Ook zij wachten op een sociale huurwoning.",
                ]),
                Block::P("De afspraken gaan alleen over de verdeling tussen gemeenten. Welke woning iemand binnen een gemeente krijgt, bepalen de woningcorporaties samen met de wijkteams. Zij kennen de wijken en dorpen het best."),
            ],
        },
        Section {
            id: "uitleg-horizon",
            heading: "Het einddoel: naar rato van huishoudens",
            blocks: &[
                Block::P("Een huishouden is één persoon, of een groep mensen die samen in één woning wonen. Het einddoel van de regio is een verdeling naar rato van huishoudens. In de afspraken heet dat de ‘stip op de horizon’."),
                Block::P("Naar rato van huishoudens betekent: een gemeente met een tiende van de huishoudens in de regio, geeft ook een tiende van de wettelijk urgenten een woning. Het idee is dat de problemen waardoor mensen in een instelling komen, overal in Twente ongeveer even vaak voorkomen."),
                Block::Live(Live::HorizonExample),
                Block::P("Dit einddoel is niet meteen haalbaar. Daarom groeien de gemeenten er in een aantal jaren naartoe. Zie hieronder: de twee ingroeipaden."),
            ],
        },
        Section {
            id: "uitleg-woonplaats",
            heading: "Terug naar de eigen woonplaats, met uitzonderingen",
            blocks: &[
                Block::P("Het belangrijkste is dat iemand passend woont. Voor de meeste wettelijk urgenten betekent dat: terug naar de gemeente waar zij vandaan kwamen. Daar hebben zij vaak familie, vrienden en andere contacten. Dit heet het woonplaatsbeginsel."),
                Block::P("Bij het woonplaatsbeginsel geldt ‘instroom = uitstroom’. Instroom betekent: iemand gaat in een instelling wonen, zoals de opvang of beschermd wonen. Uitstroom betekent: iemand verlaat de instelling en gaat weer zelfstandig wonen. Wie uit een gemeente instroomt, stroomt daar later ook weer uit."),
                Block::P("Soms is terugkeren naar de oude woonplaats niet goed. Dan geldt het woonplaatsbeginsel niet. Bijvoorbeeld:"),
                Block::Ul(&[
                    "als de oude woonplaats niet veilig is voor iemand;",
                    "als oude problemen daar kunnen terugkomen of kunnen blijven bestaan;",
                    "bij mantelzorg: wie urgent is vanwege mantelzorg, verhuist naar de plek van de ander.",
                ]),
                Block::P("Dan kijkt een regionale bemiddelingstafel per persoon wat passend is. Die tafel bouwt voort op de transferpunten voor de maatschappelijke opvang en beschermd wonen. De tafel weegt twee dingen tegen elkaar af: wat goed is voor de persoon, en een evenwichtige verdeling over de regio."),
                Block::P("Deze rekenhulp beslist niet over personen. Hij rekent alleen met aantallen per gemeente."),
            ],
        },
        Section {
            id: "uitleg-grenzen",
            heading: "Het minimum van 15% en de signaalwaarde van 20%",
            blocks: &[
                Block::P("Het percentage toewijzingen is het deel van de vrijkomende sociale huurwoningen in een gemeente dat naar wettelijk urgenten gaat. Een voorbeeld: in een gemeente komen 200 woningen vrij, en 30 daarvan gaan naar wettelijk urgenten. Het percentage is dan 15%."),
                Block::Terms(&[
                    ("Het minimum.", "Volgens de wet geeft elke gemeente minstens 15% van haar vrijkomende sociale huurwoningen aan wettelijk urgenten. Dit percentage staat in een regeling van de minister en kan later veranderen. Woningen voor vergunninghouders tellen hierbij niet mee."),
                    ("Het terugvalscenario.", "Maken gemeenten geen afspraken, dan geldt alleen het minimum. Dat heet het wettelijk terugvalscenario. Dan krijgt niet iedereen een woning. De afspraken zeggen daarom: alleen het minimum is niet genoeg. Volgens de afspraken blijven bij 15% ongeveer 90 van de 800 wettelijk urgenten zonder woning."),
                    ("De signaalwaarde.", "Dit is een grens van 20%. Geeft een gemeente meer dan 20% van haar vrijkomende woningen aan wettelijk urgenten? Dan praten de woningcorporaties en de gemeente samen over de situatie. Zij kijken of er iets moet veranderen. Boven de signaalwaarde zitten is dus geen fout. Het is een seintje om te overleggen."),
                ]),
                Block::Live(Live::Fallback),
            ],
        },
        Section {
            id: "uitleg-ingroeipaden",
            heading: "Twee ingroeipaden",
            blocks: &[
                Block::P("Niet alle gemeenten beginnen op dezelfde plek. Gemeenten met veel sociale huurwoningen geven nu al meer urgenten een woning. Gemeenten met weinig sociale huurwoningen hebben weinig woningen om te geven. Daarom groeien de gemeenten in een aantal jaren naar het einddoel toe. Dat heet een ingroeipad. Er zijn twee ingroeipaden, en die lopen tegelijk:"),
                Block::Terms(&[
                    ("Ingroeipad a: meer passende woningen.", "Elke gemeente zorgt voor meer kleine sociale huurwoningen met een lage huur. Dat kan door te bouwen, of door bestaande woningen te splitsen of te delen. Dan komen er meer woningen vrij, en daalt het percentage dat naar urgenten gaat."),
                    ("Ingroeipad b: een gelijker percentage.", "Stap voor stap gaan de gemeenten een vergelijkbaar deel van hun vrijkomende woningen aan wettelijk urgenten geven. De signaalwaarde van 20% helpt om dat te volgen."),
                ]),
                Block::P("Enschede heeft aangeboden om tijdens het ingroeipad zo nodig meer dan haar eigen deel te huisvesten. Dat geldt zolang het ingroeipad echt leidt tot een evenwichtige verdeling."),
                Block::Live(Live::GrowthYears),
                Block::P("Er is meer nodig dan een verdeling. De afspraken noemen ook: inwoners die nieuwe buren goed ontvangen, aandacht voor de wijk, passende begeleiding en zorg, en meer kleine, betaalbare woningen."),
            ],
        },
        Section {
            id: "uitleg-monitoring",
            heading: "Volgen en evalueren",
            blocks: &[
                Block::P("Elk half jaar kijken de gemeenten en de woningcorporaties hoe het gaat. Dat heet monitoren. Zij tellen per gemeente:"),
                Block::Ul(&[
                    "hoeveel mensen urgentie hebben aangevraagd;",
                    "hoeveel mensen urgentie hebben gekregen;",
                    "hoeveel wettelijk urgenten een woning hebben gekregen;",
                    "welk deel van de vrijkomende woningen naar wettelijk urgenten ging;",
                    "hoeveel mensen een passende woning kregen, en waarom dat soms niet lukte.",
                ]),
                Block::P("Zij kijken ook of de verdeling dichter bij het einddoel komt: naar rato van huishoudens. Deze cijfers horen bij de monitor van de regionale Woondeal. Die houdt onder meer bij hoeveel kleine, betaalbare sociale huurwoningen erbij komen."),
                Block::P("Na drie jaar bekijken de gemeenten en de corporaties opnieuw hoe de afspraken werken. Dat heet de evaluatie. Daarna kunnen zij de afspraken aanpassen."),
                Block::Live(Live::Monitoring),
                Block::P("Ontstaat er eerder een situatie die niet houdbaar is? Dan kunnen de partijen op de ‘noodknop’ drukken. De evaluatie en de aanpassing komen dan op de agenda van het eerstvolgende bestuurlijk overleg."),
            ],
        },
        Section {
            id: "uitleg-niet",
            heading: "Wat doet deze rekenhulp niet?",
            blocks: &[
                Block::Ul(&[
                    "Hij beslist niet wie welke woning krijgt. Dat doen de woningcorporaties, de wijkteams en de regionale bemiddelingstafel.",
                    "Hij gebruikt geen persoonsgegevens. U vult alleen aantallen per gemeente in.",
                    "Hij stuurt niets naar een server. Alles wordt in uw eigen browser berekend. Uw scenario staat alleen in de link in de adresbalk en, als u dat kiest, in uw eigen browser.",
                    "Hij verdeelt geen vergunninghouders. Die vallen buiten deze afspraken. U kunt wel invullen hoeveel woningen naar vergunninghouders gaan. Dan ziet u hoeveel ruimte er overblijft voor andere woningzoekenden.",
                    "Hij rekent niet met andere groepen die een gemeente zelf voorrang geeft.",
                    "Hij kent het echte aantal vrijkomende woningen niet. Dat wordt niet per gemeente gepubliceerd. Daarom maakt de rekenhulp een schatting. U kunt de echte cijfers zelf invullen.",
                ]),
            ],
        },
    ],
    sources_heading: "Bronnen",
    sources: &[
        ("Evenwichtige Verdeelafspraken regio Twente.", "De afspraken van de veertien Twentse gemeenten over de verdeling van wettelijk urgenten: de overwegingen, de afspraken 1 tot en met 4 en de bijlage met de wettelijk urgenten (uit de Staatscourant van juli 2024)."),
        ("CBS, tabel 86063NED ‘Huishoudens; samenstelling, woonruimte, regio’.", "Het aantal particuliere huishoudens per gemeente op 31 december 2022. Het CBS rondt deze aantallen af op vijftallen."),
        ("CBS, tabel 82900NED ‘Voorraad woningen; eigendom, type verhuurder, bewoning, regio’.", "Het aantal woningen en het aantal woningen van woningcorporaties per gemeente op 1 januari 2023, met de gemeentegrenzen van 2023."),
        ("Vrijkomende sociale huurwoningen: een schatting.", "Deze aantallen worden niet per gemeente gepubliceerd. De rekenhulp schat ze als 6,0% van de corporatiewoningen per jaar. Volgens het CBS kreeg in 2022 ongeveer 7% van de corporatiewoningen een nieuw huishouden, nieuwbouw meegeteld. De cijfers in de afspraken passen bij bijna 6%. U kunt het percentage aanpassen, of echte cijfers invullen."),
        ("800 wettelijk urgenten per jaar.", "Dit aantal komt uit voetnoot 4 van de afspraken. U kunt het aanpassen."),
    ],
    licence: "De cijfers van het Centraal Bureau voor de Statistiek zijn open data met de licentie CC BY 4.0. Bron: CBS.",
};

const EN: ExplanationTexts = ExplanationTexts {
    heading: "Explanation",
    intro: &[
        "By law, some people get priority for a social-rental home. The fourteen municipalities of Twente have agreed how they find these people a home together. This page explains the agreement, and what this calculator does with it.",
        "The figures on this page come from the scenario that is in the calculator now. If you change something there, the figures here change too.",
    ],
    figures_heading: "In figures: the current scenario",
    figures_intro: "These are the main figures of the scenario in the calculator.",
    figures_stale: "Note: the input in the calculator has an error now. So these are the figures of the last input without errors.",
    figures_none: "There are no figures yet, because the input in the calculator has an error. Fix the error in the calculator and the figures appear here.",
    sections: &[
        Section {
            id: "uitleg-wie",
            heading: "Who are statutory urgents?",
            blocks: &[
                Block::P("Urgency means priority. Someone with urgency gets a social-rental home before other home seekers. A statutory urgent is someone who gets this priority because the law says so. This is in the new Act on strengthening the direction of public housing (Wet versterking regie volkshuisvesting). The act is expected to take effect on 1 January 2026."),
                Block::P("Most of them are people who lived in an institution for a while and are now going to live on their own again. The agreement names, among others:"),
                Block::Ul(&[
                    "people leaving a shelter for homeless people (maatschappelijke opvang);",
                    "people leaving a women’s shelter;",
                    "people leaving sheltered housing (living with support, for example with mental-health problems);",
                    "young people who lived in youth care;",
                    "people leaving a mental-health clinic;",
                    "people leaving prison;",
                    "informal carers and the people they care for: they get priority to live close to each other;",
                    "homeless families with children under 18. This group was added to the law later (the Grinwis amendment). Exactly who belongs to it is still to be decided. Once that is known, these families also count in the number of urgents per year.",
                ]),
                Block::P("The full list is in the appendix to the agreement. It comes from the Government Gazette (Staatscourant) of July 2024."),
                Block::Note("uitleg-statushouders", "Status holders (refugees with a residence permit, vergunninghouders) are not part of this agreement. Every municipality already has to house them under a separate legal task, set every six months. They can be urgent, but they are not statutory urgents in the sense of this agreement. Other groups that a municipality gives priority on its own are not part of it either."),
            ],
        },
        Section {
            id: "uitleg-waarom",
            heading: "Why a balanced distribution?",
            blocks: &[
                Block::P("A social-rental home is a rented home with a low rent. Most belong to a housing corporation. A vacated social-rental home is such a home that becomes empty because the tenant moves. The home then goes to a new tenant."),
                Block::P("Not every municipality has the same number of social-rental homes. Without an agreement, urgents mostly end up where many homes become free: in the cities, and in neighbourhoods with a lot of social rent. That can be hard on those neighbourhoods."),
                Block::P("That is why the law says the municipalities of a region must agree together how they distribute the statutory urgents. This way every municipality does a fair share. In Twente this is called the Balanced Distribution (Evenwichtige Verdeling). Elsewhere it is also called ‘fair share’."),
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
                Block::P("Pro rata to households means: a municipality with a tenth of the region’s households also gives a home to a tenth of the statutory urgents. The idea is that the problems that bring people into an institution occur about equally often everywhere in Twente."),
                Block::Live(Live::HorizonExample),
                Block::P("This end goal cannot be reached at once. So the municipalities grow towards it over a number of years. See below: the two growth paths."),
            ],
        },
        Section {
            id: "uitleg-woonplaats",
            heading: "Back to the home municipality, with exceptions",
            blocks: &[
                Block::P("What matters most is that someone lives in a suitable place. For most statutory urgents that means: back to the municipality they came from. They often have family, friends and other contacts there. This is called the home-municipality principle (woonplaatsbeginsel)."),
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
                Block::P("The allocation percentage is the part of a municipality’s vacated social-rental homes that goes to statutory urgents. An example: 200 homes become free in a municipality, and 30 of them go to statutory urgents. The percentage is then 15%."),
                Block::Terms(&[
                    ("The minimum.", "By law, every municipality gives at least 15% of its vacated social-rental homes to statutory urgents. This percentage is set in a ministerial regulation and may change later. Homes for status holders do not count towards it."),
                    ("The fallback.", "If municipalities make no agreement, only the minimum applies. This is called the statutory fallback. Then not everyone gets a home. So the agreement says: the minimum alone is not enough. According to the agreement, at 15% about 90 of the 800 statutory urgents stay without a home."),
                    ("The signal value.", "This is a limit of 20%. Does a municipality give more than 20% of its vacated homes to statutory urgents? Then the housing corporations and the municipality discuss the situation together. They look at whether something needs to change. So being above the signal value is not a mistake. It is a signal to talk."),
                ]),
                Block::Live(Live::Fallback),
            ],
        },
        Section {
            id: "uitleg-ingroeipaden",
            heading: "Two growth paths",
            blocks: &[
                Block::P("Not all municipalities start from the same place. Municipalities with many social-rental homes already house more urgents now. Municipalities with few social-rental homes have few homes to offer. So the municipalities grow towards the end goal over a number of years. This is called a growth path. There are two growth paths, and they run at the same time:"),
                Block::Terms(&[
                    ("Growth path a: more suitable homes.", "Every municipality adds more small social-rental homes with a low rent. This can be done by building, or by splitting or sharing existing homes. Then more homes become free, and the percentage that goes to urgents goes down."),
                    ("Growth path b: a more equal percentage.", "Step by step, the municipalities give a similar part of their vacated homes to statutory urgents. The signal value of 20% helps to follow this."),
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
                    "how many statutory urgents got a home;",
                    "what part of the vacated homes went to statutory urgents;",
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
        ("Evenwichtige Verdeelafspraken regio Twente (Balanced Distribution Agreement, Twente region).", "The agreement of the fourteen Twente municipalities on distributing statutory urgents: the considerations, agreements 1 to 4 and the appendix on who the statutory urgents are (from the Government Gazette of July 2024). In Dutch."),
        ("Statistics Netherlands (CBS), table 86063NED ‘Huishoudens; samenstelling, woonruimte, regio’ (households).", "The number of private households per municipality on 31 December 2022. CBS rounds these numbers to multiples of five."),
        ("Statistics Netherlands (CBS), table 82900NED ‘Voorraad woningen; eigendom, type verhuurder, bewoning, regio’ (housing stock).", "The number of homes and of homes owned by housing corporations per municipality on 1 January 2023, with the municipal boundaries of 2023."),
        ("Vacated social-rental homes: an estimate.", "These numbers are not published per municipality. The calculator estimates them as 6.0% of the corporation homes per year. According to CBS, about 7% of corporation homes got a new household in 2022, new builds included. The figures in the agreement fit almost 6%. You can change the percentage, or enter real figures."),
        ("800 statutory urgents per year.", "This number comes from footnote 4 of the agreement. You can change it."),
    ],
    licence: "The figures of Statistics Netherlands (Centraal Bureau voor de Statistiek) are open data under the licence CC BY 4.0. Source: CBS (Bron: CBS).",
};

/// "1 gemeente" / "14 gemeenten".
fn municipalities(n: usize, lang: Lang) -> String {
    match (lang, n) {
        (Lang::Nl, 1) => "1 gemeente".into(),
        (Lang::Nl, n) => format!("{} gemeenten", format_count(n as u64, lang)),
        (Lang::En, 1) => "1 municipality".into(),
        (Lang::En, n) => format!("{} municipalities", format_count(n as u64, lang)),
    }
}

/// The names of the municipalities with `status`, in region order.
fn names_with(c: &Computed, status: Status) -> Vec<String> {
    c.outcome
        .rows
        .iter()
        .filter(|r| r.status == status)
        .filter_map(|r| c.scenario.municipalities.get(r.index))
        .map(|m| m.name.clone())
        .collect()
}

/// The sentences of the "in figures" box, each with its element id.
pub fn figures(c: &Computed, lang: Lang) -> Vec<(&'static str, String)> {
    let s = &c.scenario;
    let o = &c.outcome;
    let p = &s.params;
    let t = &o.totals;
    let n = o.rows.len();
    let cnt = |v: u64| format_count(v, lang);
    let (min, sig) = (format_bp(p.minimum_bp, lang), format_bp(p.signal_bp, lang));
    let mut out = Vec::new();

    out.push((
        "uitleg-cijfer-regio",
        match lang {
            Lang::Nl => format!(
                "De regio {} heeft {} met samen {} huishoudens.",
                s.region_name,
                municipalities(n, lang),
                cnt(t.households)
            ),
            Lang::En => format!(
                "The region {} has {} with {} households in all.",
                s.region_name,
                municipalities(n, lang),
                cnt(t.households)
            ),
        },
    ));

    let estimate = match (lang, t.estimated) {
        (_, 0) => "",
        (Lang::Nl, e) if e >= n => " (een schatting)",
        (Lang::Nl, _) => " (deels een schatting)",
        (Lang::En, e) if e >= n => " (an estimate)",
        (Lang::En, _) => " (partly an estimate)",
    };
    out.push((
        "uitleg-cijfer-urgenten",
        match lang {
            Lang::Nl => format!(
                "Elk jaar zoeken {} wettelijk urgenten een woning. Er komen elk jaar {} sociale huurwoningen vrij{estimate}.",
                cnt(p.urgents),
                cnt(t.vacancies)
            ),
            Lang::En => format!(
                "Every year {} statutory urgents look for a home. Every year {} social-rental homes become free{estimate}.",
                cnt(p.urgents),
                cnt(t.vacancies)
            ),
        },
    ));

    let mut method = match lang {
        Lang::Nl => format!("Gekozen verdeling: {}.", method_name(o.method, lang)),
        Lang::En => format!("Chosen distribution: {}.", method_name(o.method, lang)),
    };
    if let Some(pct) = t.percent_tenths() {
        method.push(' ');
        method.push_str(&match lang {
            Lang::Nl => format!(
                "Dan gaat in de hele regio {} van de vrijkomende woningen naar wettelijk urgenten.",
                format_percent_tenths(pct, lang)
            ),
            Lang::En => format!(
                "Then {} of the vacated homes in the whole region go to statutory urgents.",
                format_percent_tenths(pct, lang)
            ),
        });
    }
    if o.method == Method::HouseholdsCapped && t.unplaced > 0 {
        method.push(' ');
        method.push_str(&match lang {
            Lang::Nl => format!(
                "Met het plafond van {} kunnen {} urgenten nergens terecht.",
                format_bp(p.cap(), lang),
                cnt(t.unplaced)
            ),
            Lang::En => format!(
                "With the cap of {}, {} urgents cannot go anywhere.",
                format_bp(p.cap(), lang),
                cnt(t.unplaced)
            ),
        });
    }
    out.push(("uitleg-cijfer-methode", method));

    out.push(("uitleg-cijfer-status", status_sentence(c, lang, &min, &sig)));
    out.push(("uitleg-cijfer-terugval", fallback_sentence(c, lang)));

    let mut settings = match lang {
        Lang::Nl => format!(
            "Ingesteld in de rekenhulp: minimum {min}, signaalwaarde {sig}, ingroeipad van {} jaar.",
            p.growth_years
        ),
        Lang::En => format!(
            "Set in the calculator: minimum {min}, signal value {sig}, growth path of {} {}.",
            p.growth_years,
            if p.growth_years == 1 { "year" } else { "years" }
        ),
    };
    if t.estimated > 0 {
        settings.push(' ');
        settings.push_str(&match lang {
            Lang::Nl => format!(
                "De schatting van de vrijkomende woningen is {} van de corporatiewoningen per jaar.",
                format_bp(p.turnover_bp, lang)
            ),
            Lang::En => format!(
                "The estimate of vacated homes is {} of the corporation homes per year.",
                format_bp(p.turnover_bp, lang)
            ),
        });
    }
    out.push(("uitleg-cijfer-instellingen", settings));
    out
}

/// "9 van de 14 gemeenten komen boven de signaalwaarde van 20%. 2 gemeenten blijven onder
/// het minimum van 15%: Almelo en Enschede."
fn status_sentence(c: &Computed, lang: Lang, min: &str, sig: &str) -> String {
    let n = c.outcome.rows.len();
    let above = c.outcome.totals.above_signal;
    let below = names_with(c, Status::BelowMinimum);
    let listed = |names: &[String]| -> String {
        if (1..=4).contains(&names.len()) {
            format!(": {}", join_names(names, lang))
        } else {
            String::new()
        }
    };
    let a = match (lang, above) {
        (Lang::Nl, 0) => {
            format!("Geen van de {n} gemeenten komt boven de signaalwaarde van {sig}.")
        }
        (Lang::Nl, 1) => format!("1 van de {n} gemeenten komt boven de signaalwaarde van {sig}."),
        (Lang::Nl, k) => {
            format!("{k} van de {n} gemeenten komen boven de signaalwaarde van {sig}.")
        }
        (Lang::En, 0) => {
            format!("None of the {n} municipalities is above the signal value of {sig}.")
        }
        (Lang::En, 1) => format!("1 of the {n} municipalities is above the signal value of {sig}."),
        (Lang::En, k) => {
            format!("{k} of the {n} municipalities are above the signal value of {sig}.")
        }
    };
    let b = match (lang, below.len()) {
        (Lang::Nl, 0) => format!("Geen gemeente blijft onder het minimum van {min}."),
        (Lang::Nl, 1) => format!(
            "1 gemeente blijft onder het minimum van {min}{}.",
            listed(&below)
        ),
        (Lang::Nl, k) => format!(
            "{k} gemeenten blijven onder het minimum van {min}{}.",
            listed(&below)
        ),
        (Lang::En, 0) => format!("No municipality stays below the minimum of {min}."),
        (Lang::En, 1) => format!(
            "1 municipality stays below the minimum of {min}{}.",
            listed(&below)
        ),
        (Lang::En, k) => format!(
            "{k} municipalities stay below the minimum of {min}{}.",
            listed(&below)
        ),
    };
    format!("{a} {b}")
}

/// How many get a home with the statutory minimum alone (pooled over the region), and
/// without pooling when home-municipality figures are given.
fn fallback_sentence(c: &Computed, lang: Lang) -> String {
    let p = &c.scenario.params;
    let f = &c.outcome.fallback;
    let cnt = |v: u64| format_count(v, lang);
    let min = format_bp(p.minimum_bp, lang);
    let mut out = match (lang, f.pooled_unhoused) {
        (Lang::Nl, 0) => format!(
            "Als alleen het wettelijk minimum van {min} geldt, krijgen alle {} wettelijk urgenten een woning.",
            cnt(p.urgents)
        ),
        (Lang::Nl, u) => format!(
            "Als alleen het wettelijk minimum van {min} geldt, krijgen {} van de {} wettelijk urgenten een woning. {} mensen krijgen dan geen woning.",
            cnt(f.pooled_housed),
            cnt(p.urgents),
            cnt(u)
        ),
        (Lang::En, 0) => format!(
            "If only the statutory minimum of {min} applies, all {} statutory urgents get a home.",
            cnt(p.urgents)
        ),
        (Lang::En, u) => format!(
            "If only the statutory minimum of {min} applies, {} of the {} statutory urgents get a home. {} people then get no home.",
            cnt(f.pooled_housed),
            cnt(p.urgents),
            cnt(u)
        ),
    };
    if let Some((housed, unhoused)) = f.per_municipality {
        out.push(' ');
        out.push_str(&match lang {
            Lang::Nl => format!(
                "En als elke gemeente dan alleen mensen uit de eigen gemeente huisvest: {} krijgen een woning, {} niet.",
                cnt(housed),
                cnt(unhoused)
            ),
            Lang::En => format!(
                "And if every municipality then only houses people from its own municipality: {} get a home, {} do not.",
                cnt(housed),
                cnt(unhoused)
            ),
        });
    }
    out
}

/// A sentence with figures woven into the text; `None` when the figures do not allow it.
/// The worked example is about `mine` ("Mijn gemeente") when it is in the scenario.
pub fn live(which: Live, c: &Computed, lang: Lang, mine: Option<&str>) -> Option<String> {
    let s = &c.scenario;
    let o = &c.outcome;
    let p = &s.params;
    let cnt = |v: u64| format_count(v, lang);
    match which {
        Live::HorizonExample => {
            // "Mijn gemeente", else the municipality with the most households (the first
            // one on a tie).
            let with_target = || o.rows.iter().filter(|r| r.horizon_target.is_some());
            let chosen = mine.and_then(|id| {
                with_target().find(|r| s.municipalities.get(r.index).is_some_and(|m| m.id == id))
            });
            let row = chosen.or_else(|| {
                with_target().fold(
                    None,
                    |best: Option<&evt_core::methods::Row>, r| match best {
                        Some(b) if b.households >= r.households => Some(b),
                        _ => Some(r),
                    },
                )
            })?;
            let name = &s.municipalities.get(row.index)?.name;
            let target = row.horizon_target?;
            let share = row.household_share.map(crate::view::percent_tenths)?;
            Some(match lang {
                Lang::Nl => format!(
                    "Een voorbeeld met de cijfers van nu: {name} heeft {} van de {} huishoudens in de regio. Dat is {}. Naar rato van huishoudens geeft {name} dan {} van de {} wettelijk urgenten per jaar een woning.",
                    cnt(row.households), cnt(o.totals.households), format_percent_tenths(share, lang), cnt(target), cnt(p.urgents)
                ),
                Lang::En => format!(
                    "An example with the current figures: {name} has {} of the {} households in the region. That is {}. Pro rata to households, {name} then gives a home to {} of the {} statutory urgents per year.",
                    cnt(row.households), cnt(o.totals.households), format_percent_tenths(share, lang), cnt(target), cnt(p.urgents)
                ),
            })
        }
        Live::Fallback => {
            let f = &o.fallback;
            let min = format_bp(p.minimum_bp, lang);
            Some(match (lang, f.pooled_unhoused) {
                (Lang::Nl, 0) => format!(
                    "Met de cijfers van nu krijgen met alleen het minimum van {min} alle {} wettelijk urgenten een woning.",
                    cnt(p.urgents)
                ),
                (Lang::Nl, u) => format!(
                    "Met de cijfers van nu en alleen het minimum van {min} blijven {} van de {} wettelijk urgenten zonder woning.",
                    cnt(u), cnt(p.urgents)
                ),
                (Lang::En, 0) => format!(
                    "With the current figures and only the minimum of {min}, all {} statutory urgents get a home.",
                    cnt(p.urgents)
                ),
                (Lang::En, u) => format!(
                    "With the current figures and only the minimum of {min}, {} of the {} statutory urgents stay without a home.",
                    cnt(u), cnt(p.urgents)
                ),
            })
        }
        Live::GrowthYears => {
            let n = p.growth_years;
            Some(match lang {
                Lang::Nl => format!(
                    "In de rekenhulp duurt het ingroeipad nu {n} jaar. Onder ‘Ingroeipad’ ziet u per jaar en per gemeente hoeveel wettelijk urgenten een woning krijgen."
                ),
                Lang::En => format!(
                    "In the calculator the growth path now takes {n} {}. Under ‘Growth path’ you see per year and per municipality how many statutory urgents get a home.",
                    if n == 1 { "year" } else { "years" }
                ),
            })
        }
        Live::Monitoring => {
            let first = s
                .monitoring
                .iter()
                .map(|r| r.period)
                .filter(|p| p.is_valid())
                .min();
            let evaluation = first.and_then(|f| f.evaluation_date().map(|d| (f, d)));
            Some(match (lang, evaluation) {
                (Lang::Nl, Some((f, d))) => format!(
                    "In de rekenhulp staan monitoringcijfers vanaf {f}. De evaluatie na drie jaar valt dan op {}.",
                    super::monitoring::long_date(d, lang)
                ),
                (Lang::En, Some((f, d))) => format!(
                    "The calculator has monitoring figures from {f}. The evaluation after three years is then due on {}.",
                    super::monitoring::long_date(d, lang)
                ),
                (Lang::Nl, None) => "In de rekenhulp zijn nog geen monitoringcijfers ingevuld. Dat kan onder ‘Monitoring’. Begint de monitoring in het eerste halfjaar van 2026 (2026-H1), dan is de evaluatie op 1 januari 2029.".into(),
                (Lang::En, None) => "No monitoring figures have been entered in the calculator yet. You can do so under ‘Monitoring’. If monitoring starts in the first half of 2026 (2026-H1), the evaluation is on 1 January 2029.".into(),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn computed() -> Computed {
        let scenario = evt_core::data::default_scenario();
        let outcome = evt_core::compute(&scenario).expect("valid");
        Computed {
            scenario: scenario.into(),
            outcome,
        }
    }

    #[test]
    fn figures_of_the_default_scenario() {
        let c = computed();
        let f = figures(&c, Lang::Nl);
        let text = |id: &str| {
            f.iter()
                .find(|(i, _)| *i == id)
                .map(|(_, s)| s.clone())
                .unwrap_or_default()
        };
        assert_eq!(
            text("uitleg-cijfer-regio"),
            "De regio Twente heeft 14 gemeenten met samen 285.625 huishoudens."
        );
        assert!(text("uitleg-cijfer-urgenten").contains("800 wettelijk urgenten"));
        assert!(text("uitleg-cijfer-urgenten")
            .contains("4.774 sociale huurwoningen vrij (een schatting)"));
        assert!(text("uitleg-cijfer-methode").contains("16,8%"));
        assert_eq!(
            text("uitleg-cijfer-status"),
            "9 van de 14 gemeenten komen boven de signaalwaarde van 20%. 2 gemeenten blijven onder het minimum van 15%: Almelo en Enschede."
        );
        assert!(text("uitleg-cijfer-terugval").contains("724 van de 800"));
        assert!(text("uitleg-cijfer-terugval").contains("76 mensen krijgen dan geen woning"));
    }

    #[test]
    fn the_horizon_example_is_the_largest_municipality() {
        let c = computed();
        let nl = live(Live::HorizonExample, &c, Lang::Nl, None).unwrap_or_default();
        assert!(
            nl.contains("Enschede heeft 81.045 van de 285.625 huishoudens"),
            "{nl}"
        );
        assert!(
            nl.contains("28,4%") && nl.contains("227 van de 800"),
            "{nl}"
        );
        let en = live(Live::HorizonExample, &c, Lang::En, None).unwrap_or_default();
        assert!(
            en.contains("81,045 of the 285,625") && en.contains("28.4%"),
            "{en}"
        );
        // "Mijn gemeente" Almelo: the example is about Almelo; an unknown id falls back.
        let almelo = live(Live::HorizonExample, &c, Lang::Nl, Some("GM0141")).unwrap_or_default();
        assert!(
            almelo.contains("Almelo heeft 33.370 van de 285.625"),
            "{almelo}"
        );
        let other = live(Live::HorizonExample, &c, Lang::Nl, Some("GM9999")).unwrap_or_default();
        assert_eq!(other, nl);
    }

    #[test]
    fn both_languages_have_the_same_structure() {
        let (nl, en) = (explanation_texts(Lang::Nl), explanation_texts(Lang::En));
        assert_eq!(nl.sections.len(), en.sections.len());
        for (a, b) in nl.sections.iter().zip(en.sections) {
            assert_eq!(a.id, b.id);
            assert_eq!(a.blocks.len(), b.blocks.len(), "{}", a.id);
            for (x, y) in a.blocks.iter().zip(b.blocks) {
                assert_eq!(
                    std::mem::discriminant(x),
                    std::mem::discriminant(y),
                    "{}",
                    a.id
                );
            }
        }
        assert_eq!(nl.sources.len(), en.sources.len());
    }
}
