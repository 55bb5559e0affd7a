//! Dutch texts of the public explanation ("Uitleg"): the article and its sentences with
//! figures. The worked example's words are in `explanation/example.rs`.

mod example;

use super::Nl;
use crate::i18n::explanation::{Block, ExplanationTexts, ExplanationWords, Live, Section, Source};
use crate::view::explanation::LawDate;
use evt_core::monitoring::Period;
use evt_core::numbers::{format_count, Lang};

const LANG: Lang = Lang::Nl;

/// The bill's page at the Tweede Kamer (wetsvoorstel 36 512).
const LAW_HREF: &str =
    "https://www.tweedekamer.nl/kamerstukken/wetsvoorstellen/detail?cfg=wetsvoorsteldetails&qry=wetsvoorstel%3A36512";
/// CBS StatLine, table 86063NED (households).
const CBS_HOUSEHOLDS_HREF: &str =
    "https://opendata.cbs.nl/statline/#/CBS/nl/dataset/86063NED/table";
/// CBS StatLine, table 82900NED (housing stock).
const CBS_HOMES_HREF: &str = "https://opendata.cbs.nl/statline/#/CBS/nl/dataset/82900NED/table";

const EXPLANATION: ExplanationTexts = ExplanationTexts {
    heading: "Uitleg",
    intro: &[
        "Sommige mensen krijgen van de wet voorrang op een sociale huurwoning. De veertien gemeenten in Twente hebben afgesproken hoe zij deze mensen samen een woning geven. Op deze pagina leest u wat die afspraken zijn, en wat deze rekenhulp ermee doet.",
        "De cijfers op deze pagina komen uit het scenario dat nu in de rekenhulp staat. Verandert u daar iets, dan veranderen de cijfers hier ook.",
    ],
    figures_heading: "In cijfers: het scenario van nu",
    figures_intro: "Dit zijn de belangrijkste cijfers van het scenario in de rekenhulp.",
    figures_stale: "Let op: de invoer in de rekenhulp bevat nu een fout. Daarom ziet u hier de cijfers van de laatste invoer zonder fout.",
    figures_none: "Er zijn nog geen cijfers, want de invoer in de rekenhulp bevat een fout. Herstel de fout in de rekenhulp; dan verschijnen de cijfers hier.",
    contents_title: "Op deze pagina",
    contents_label: "Inhoud van de uitleg",
    example_contents: "Een voorbeeld: uw gemeente",
    picker_label: "Gemeente in het voorbeeld",
    picker_help: "Uw keuze is ook ‘Mijn gemeente’ in de rekenhulp.",
    chart_caption: "Alle gemeenten: welk deel van de vrijkomende woningen naar wettelijk urgenten gaat, met het minimum en de signaalwaarde als lijnen. De gemeente uit het voorbeeld is gemarkeerd.",
    sections: &[
        Section {
            id: "uitleg-wie",
            heading: "Wie zijn wettelijk urgenten?",
            blocks: &[
                Block::P("Urgentie betekent voorrang. Wie urgent is, krijgt eerder een sociale huurwoning dan andere woningzoekenden. Een wettelijk urgent is iemand die deze voorrang krijgt omdat de wet dat zegt. Dat staat in de nieuwe Wet versterking regie volkshuisvesting."),
                Block::Law,
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
                    ("Het terugvalscenario.", "Maken gemeenten geen afspraken, dan geldt alleen het minimum. Dat heet het wettelijk terugvalscenario. Dan krijgt niet iedereen een woning. De afspraken zeggen daarom: alleen het minimum is niet genoeg."),
                ]),
                Block::Live(Live::Fallback),
                Block::Terms(&[
                    ("De signaalwaarde.", "Dit is een grens van 20%. Geeft een gemeente meer dan 20% van haar vrijkomende woningen aan wettelijk urgenten? Dan praten de woningcorporaties en de gemeente samen over de situatie. Zij kijken of er iets moet veranderen. Boven de signaalwaarde zitten is dus geen fout. Het is een seintje om te overleggen."),
                ]),
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
        Source {
            title: "Evenwichtige Verdeelafspraken regio Twente.",
            href: None,
            text: "De afspraken van de veertien Twentse gemeenten over de verdeling van wettelijk urgenten: de overwegingen, de afspraken 1 tot en met 4 en de bijlage met de wettelijk urgenten (uit de Staatscourant van juli 2024).",
        },
        Source {
            title: "Wet versterking regie volkshuisvesting (wetsvoorstel 36 512).",
            href: Some(LAW_HREF),
            text: "De wet die zegt wie wettelijk urgent is en dat gemeenten in een regio de verdeling samen afspreken. Op deze pagina van de Tweede Kamer staat hoe ver de wet is.",
        },
        Source {
            title: "CBS, tabel 86063NED ‘Huishoudens; samenstelling, woonruimte, regio’.",
            href: Some(CBS_HOUSEHOLDS_HREF),
            text: "Het aantal particuliere huishoudens per gemeente op 31 december 2022. Het CBS rondt deze aantallen af op vijftallen.",
        },
        Source {
            title: "CBS, tabel 82900NED ‘Voorraad woningen; eigendom, type verhuurder, bewoning, regio’.",
            href: Some(CBS_HOMES_HREF),
            text: "Het aantal woningen en het aantal woningen van woningcorporaties per gemeente op 1 januari 2023, met de gemeentegrenzen van 2023.",
        },
        Source {
            title: "Vrijkomende sociale huurwoningen: een schatting.",
            href: None,
            text: "Deze aantallen worden niet per gemeente gepubliceerd. De rekenhulp schat ze als 6,0% van de corporatiewoningen per jaar. Volgens het CBS kreeg in 2022 ongeveer 7% van de corporatiewoningen een nieuw huishouden, nieuwbouw meegeteld. De cijfers in de afspraken passen bij bijna 6%. U kunt het percentage aanpassen, of echte cijfers invullen.",
        },
        Source {
            title: "800 wettelijk urgenten per jaar.",
            href: None,
            text: "Dit aantal komt uit voetnoot 4 van de afspraken. U kunt het aanpassen.",
        },
    ],
    licence: "De cijfers van het Centraal Bureau voor de Statistiek zijn open data met de licentie CC BY 4.0. Bron: CBS.",
};

impl ExplanationWords for Nl {
    fn texts(&self) -> &'static ExplanationTexts {
        &EXPLANATION
    }

    fn municipalities(&self, n: usize) -> String {
        match n {
            1 => "1 gemeente".into(),
            n => format!("{} gemeenten", format_count(n as u64, LANG)),
        }
    }

    fn region(&self, region: &str, municipalities: &str, households: &str) -> String {
        format!("De regio {region} heeft {municipalities} met samen {households} huishoudens.")
    }

    fn estimate(&self, all: bool) -> &'static str {
        if all {
            " (een schatting)"
        } else {
            " (deels een schatting)"
        }
    }

    fn urgents(&self, urgents: &str, vacancies: &str, estimate: &str) -> String {
        format!(
            "Elk jaar zoeken {urgents} wettelijk urgenten een woning. Er komen elk jaar {vacancies} sociale huurwoningen vrij{estimate}."
        )
    }

    fn method(&self, name: &str) -> String {
        format!("Gekozen verdeling: {name}.")
    }

    fn region_percent(&self, percent: &str) -> String {
        format!(
            "Dan gaat in de hele regio {percent} van de vrijkomende woningen naar wettelijk urgenten."
        )
    }

    fn unplaced(&self, cap: &str, unplaced: &str) -> String {
        format!("Met het plafond van {cap} worden {unplaced} wettelijk urgenten niet gehuisvest.")
    }

    fn status_above(&self, above: usize, n: usize, sig: &str) -> String {
        match above {
            0 => format!("Geen van de {n} gemeenten komt boven de signaalwaarde van {sig}."),
            1 => format!("1 van de {n} gemeenten komt boven de signaalwaarde van {sig}."),
            k => format!("{k} van de {n} gemeenten komen boven de signaalwaarde van {sig}."),
        }
    }

    fn status_below(&self, below: usize, min: &str, listed: &str) -> String {
        match below {
            0 => format!("Geen gemeente blijft onder het minimum van {min}."),
            1 => format!("1 gemeente blijft onder het minimum van {min}{listed}."),
            k => format!("{k} gemeenten blijven onder het minimum van {min}{listed}."),
        }
    }

    fn fallback_pooled(&self, min: &str, urgents: u64, housed: u64, unhoused: u64) -> String {
        let cnt = |v: u64| format_count(v, LANG);
        match unhoused {
            0 => format!(
                "Als alleen het wettelijk minimum van {min} geldt, krijgen alle {} wettelijk urgenten een woning.",
                cnt(urgents)
            ),
            u => format!(
                "Als alleen het wettelijk minimum van {min} geldt, krijgen {} van de {} wettelijk urgenten een woning. {} mensen krijgen dan geen woning.",
                cnt(housed),
                cnt(urgents),
                cnt(u)
            ),
        }
    }

    fn fallback_own(&self, housed: u64, unhoused: u64) -> String {
        format!(
            "En als elke gemeente dan alleen mensen uit de eigen gemeente huisvest: {} krijgen een woning, {} niet.",
            format_count(housed, LANG),
            format_count(unhoused, LANG)
        )
    }

    fn settings(&self, min: &str, sig: &str, years: u32) -> String {
        format!(
            "Ingesteld in de rekenhulp: minimum {min}, signaalwaarde {sig}, ingroeipad van {} jaar.",
            years
        )
    }

    fn turnover(&self, turnover: &str) -> String {
        format!(
            "De schatting van de vrijkomende woningen is {turnover} van de corporatiewoningen per jaar."
        )
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
            "Een voorbeeld met de cijfers van nu: {name} heeft {households} van de {total} huishoudens in de regio. Dat is {share}. Naar rato van huishoudens geeft {name} dan {target} van de {urgents} wettelijk urgenten per jaar een woning."
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
                "Volgens de afspraken worden bij 15% ongeveer 90 van de 800 wettelijk urgenten niet gehuisvest, en de rekenhulp komt nu op {unhoused}: de afspraken rekenden met eerdere cijfers van de woningcorporaties, de rekenhulp rekent met de {vacancies} vrijkomende woningen die er nu in staan{estimate}."
            )
        } else {
            format!(
                "Volgens de afspraken worden bij 15% ongeveer 90 van de 800 wettelijk urgenten niet gehuisvest, en de rekenhulp komt nu bij {min} op {unhoused} van de {urgents}: de afspraken rekenden met eerdere cijfers van de woningcorporaties en met 15% en 800 urgenten, de rekenhulp rekent met de instellingen en de {vacancies} vrijkomende woningen die er nu in staan{estimate}."
            )
        }
    }

    fn fallback_agreement(&self) -> &'static str {
        "Volgens de afspraken worden bij 15% ongeveer 90 van de 800 wettelijk urgenten niet gehuisvest; dat is berekend met eerdere cijfers van de woningcorporaties."
    }

    fn law(&self, when: LawDate) -> &'static str {
        match when {
            LawDate::Ahead => "Die wet gaat naar verwachting in op 1 januari 2026.",
            LawDate::Passed => "Volgens de planning zou die wet op 1 januari 2026 ingaan. Hoe ver de wet nu is, leest u op de pagina van de Tweede Kamer (zie Bronnen).",
        }
    }

    fn growth_years(&self, n: u32) -> String {
        format!(
            "In de rekenhulp duurt het ingroeipad nu {n} jaar. Onder ‘Ingroeipad’ ziet u per jaar en per gemeente hoeveel wettelijk urgenten een woning krijgen."
        )
    }

    fn monitoring(&self, evaluation: Option<(Period, &str)>) -> String {
        match evaluation {
            Some((f, d)) => format!(
                "In de rekenhulp staan monitoringcijfers vanaf {f}. De evaluatie na drie jaar valt dan op {d}."
            ),
            None => "In de rekenhulp zijn nog geen monitoringcijfers ingevuld. Dat kan onder ‘Monitoring’. Begint de monitoring in het eerste halfjaar van 2026 (2026-H1), dan is de evaluatie op 1 januari 2029.".into(),
        }
    }
}
