"""The rule detectors on a table of question/answer pairs: positives and near-misses.

The sentences come from (or are shortened from) answers in ../shared/corpus and the seed
letter; the expected outcome was written down by reading each pair against the codebook,
not taken from the detectors' output. Only the lexicon and structural rules are tested
here (``learned=None``): the learned layer is measured on the corpus by
``scripts/evaluate_detectors.py``.
"""

from __future__ import annotations

import pytest

from classifier.analysis import analyse
from classifier.readers.base import PairRow, PairTable
from classifier.segment.letter import segment_table

# (technique, question, answer, expected: technique detected?)
CASES = [
    # cross_reference: a pointer that stands in for the answer
    ("cross_reference", "Hoeveel meldingen zijn er gedaan?", "Zie het antwoord op vraag 19.", True),
    (
        "cross_reference",
        "Wat is de stand van zaken?",
        "Voor de beantwoording van de vragen verwijs ik u graag naar mijn brief van november jl.",
        True,
    ),
    (
        "cross_reference",
        "Hoeveel gedetineerden zijn er ontsnapt?",
        "Het antwoord op deze vraag komt toe aan de FOD Justitie. Ik verwijs u dan ook door naar minister K. Geens.",
        True,
    ),
    ("cross_reference", "Waarom is het budget verhoogd?", "Zie vraag 4, 5 en 6.", True),
    # near-misses: a question number or a document mentioned without pointing away
    ("cross_reference", "Hoeveel kost dit?", "Zoals gevraagd in vraag 19 geef ik de kosten: die bedragen € 2,5 mln. per jaar.", False),
    (
        "cross_reference",
        "Wat is het oordeel van de minister?",
        "Ik deel de conclusies van het rapport en neem de aanbevelingen over.",
        False,
    ),
    # referrals to the minister who must answer, and references read in the dev part
    (
        "cross_reference",
        "Welke regimes gelden er per deelneming?",
        "Wij stellen voor dat u deze vragen aan de ministers van Financiën en van Economische Zaken voorlegt.",
        True,
    ),
    (
        "cross_reference",
        "Wat doet het kabinet om deze problemen op te lossen?",
        "Het is aan het kabinet om deze vraag te beantwoorden.",
        True,
    ),
    ("cross_reference", "Wat is de stand van zaken?", "Zie voorts ons antwoord bij vraag 4.", True),
    ("cross_reference", "Wat is de stand van zaken?", "Dit vloeit voort uit de verslechterde begroting; zie vraag en antwoord 4.", True),
    (
        "cross_reference",
        "Wat is het standpunt van het kabinet?",
        "In voornoemd Kamerstuk (2024Z00081) is de Kamer recent geïnformeerd over dit standpunt.",
        True,
    ),
    (
        "cross_reference",
        "Hoeveel proefbanken zijn er?",
        "Krachtens de wet van 24 mei 1888, bekendgemaakt in het Belgisch Staatsblad op 8 juni 1888, is er een enkele Proefbank.",
        False,
    ),
    ("cross_reference", "Is de regeling doelmatig?", "Zoals ook aangegeven in het rapport is de regeling niet doelmatig gebleken.", False),
    # version 1.3: sent elsewhere by a request to turn to someone, or to ask for the figures there
    (
        "cross_reference",
        "Hoeveel Turkse militairen vroegen asiel aan?",
        "Voor vragen in verband met mogelijke asielaanvragen van Turkse militairen verzoek ik u zich te wenden tot de staatssecretaris.",
        True,
    ),
    (
        "cross_reference",
        "Hoeveel kinderen werden gevaccineerd?",
        "Indien gewenst kan het aantal vaccins opgevraagd worden aan de respectievelijke regionale autoriteiten.",
        True,
    ),
    (
        "cross_reference",
        "Welke verdragen werden gesloten?",
        "Ik heb de eer het geachte lid te verwijzen naar het antwoord dat ik gaf op 11 januari 2017.",
        True,
    ),
    # near-misses: a document that itself refers, and "te verwijzen naar" aimed at no reader
    (
        "cross_reference",
        "Klopt het dat Turkse Nederlanders werden onderzocht?",
        "In het artikel van Follow the Money wordt verwezen naar een conceptanalyse die in 2016 is opgesteld. Die analyse is nooit gebruikt.",
        False,
    ),
    (
        "cross_reference",
        "Hoe ernstig is de dreiging?",
        "Het volstaat te verwijzen naar de actualiteit, ook in het buitenland. De diensten nemen dergelijke feiten au sérieux.",
        False,
    ),
    (
        "cross_reference",
        "Overweegt u de wet aan te passen?",
        "Het is mogelijk de datum in artikel 46 te schrappen of te verwijzen naar een datum die eraan voorafgaat.",
        False,
    ),
    # version 1.4: the Rekenkamer's own report as the place of the information, "wijzen op",
    # a reference whose number was lost in extraction, "Zie hiervoor de onderzoeken", "jl."
    (
        "cross_reference",
        "Kunnen er meerjarige overzichten worden gemaakt?",
        "In ons rapport staan vanaf pagina 65 factsheets per deelneming.",
        True,
    ),
    (
        "cross_reference",
        "Wat concludeert de Rekenkamer?",
        "In ons rapport staat dat de ministeries hun beheer moeten verbeteren.",
        False,
    ),
    (
        "cross_reference",
        "Is er een benchmark beschikbaar?",
        "Graag willen we u in dit verband wijzen op het project Gemeenten in 3D van de Raad voor het openbaar bestuur.",
        True,
    ),
    ("cross_reference", "Is er een benchmark beschikbaar?", "Wij wijzen u er op dat er geen benchmark beschikbaar is.", False),
    (
        "cross_reference",
        "Herkent u dat omwonenden zich niet serieus genomen voelen?",
        "In Norg loopt sinds 2022 een gebiedsproces (zie ook hetantwoord op vraag .",
        True,
    ),
    ("cross_reference", "Was de zorg doelmatig?", "Zie hiervoor de onderzoeken ‘Basispakket zorgverzekering’ (2015).", True),
    ("cross_reference", "Was de zorg doelmatig?", "Hiervoor hebben we onderzoeken gedaan naar de doelmatigheid van de zorg.", False),
    (
        "cross_reference",
        "Waarom is er nog een aftrek?",
        "In de Kamerbrief van 30 juni jl. is de Kamer geïnformeerd over de resultaten van het onderzoek.",
        True,
    ),
    (
        "cross_reference",
        "Waarom is er nog een aftrek?",
        "De Kamerbrief van 30 juni jl. gaat niet over de aftrek; die blijft bestaan omdat de vloeren werken.",
        False,
    ),
    (
        "cross_reference",
        "Is er minder financiële ruimte?",
        "Het ligt in de rede dat de minister nader toelicht welke ruimte er is.",
        True,
    ),
    ("cross_reference", "Is er minder financiële ruimte?", "Het ligt in de rede dat de ruimte in 2022 kleiner is.", False),
    # deferral: a promise instead of the answer
    ("deferral", "Wat zijn de uitkomsten?", "Over de uitkomsten wordt uw Kamer in de eerste helft van 2027 geïnformeerd.", True),
    ("deferral", "Wanneer komt de evaluatie?", "Ik zal uw Kamer voor het zomerreces informeren over de uitkomsten van de evaluatie.", True),
    ("deferral", "Wanneer gaat de regeling in?", "Het is nu nog te vroeg om daaromtrent een timing te geven.", True),
    (
        "deferral",
        "Wat gaat u doen?",
        "Het kabinet zal in de komende periode nader analyseren of er aanleiding is het beleid aan te passen.",
        True,
    ),
    # near-misses: the information was already given (past tense)
    ("deferral", "Is de Kamer geïnformeerd?", "Ja, uw Kamer is op 12 maart 2024 per brief over de uitkomsten geïnformeerd.", False),
    ("deferral", "Hoeveel kost het?", "Het project kost € 12 miljoen en is in maart 2025 opgeleverd.", False),
    # ignorance: the government says it does not know
    (
        "ignorance",
        "Hoeveel inbreuken zijn er vastgesteld?",
        "Voor de jaren 2012 en 2013 kunnen geen betrouwbare cijfers worden gegeven.",
        True,
    ),
    ("ignorance", "Hoeveel personen betreft het?", "Dat is op dit moment niet bekend.", True),
    ("ignorance", "Wat is de oorzaak?", "Hier hebben wij geen onderzoek naar gedaan.", True),
    (
        "ignorance",
        "Hoeveel personen hebben recht op een tegemoetkoming?",
        "Men weet niet hoeveel personen onder hen een verhoogde tegemoetkoming kunnen genieten.",
        True,
    ),
    # near-misses: "bekend" / "cijfers" in an answer that gives them
    ("ignorance", "Hoeveel meldingen waren er?", "Het aantal is bekend: in 2023 waren het 412 meldingen.", False),
    ("ignorance", "Zijn er cijfers?", "De cijfers over 2023 staan in de tabel hieronder: 412 meldingen, waarvan 12 gegrond.", False),
    # version 1.3 (from the development part's errors): records not kept, estimates not possible
    ("ignorance", "Welke bedrijven zijn actief?", "De overheid houdt geen eigen overzicht bij van deze bedrijven.", True),
    ("ignorance", "Houdt u de bedrijven bij?", "De overheid houdt een overzicht bij van deze bedrijven: het zijn er 14.", False),
    ("ignorance", "Welk percentage is dat?", "Helaas kunnen we dit percentage niet inschatten.", True),
    ("ignorance", "Wat kost het?", "Wij kunnen de kosten goed inschatten: ze bedragen € 2 miljoen.", False),
    ("ignorance", "Zijn de maatregelen voldoende?", "Of die maatregelen voldoende zijn, kan nu nog niet gezegd worden.", True),
    ("ignorance", "Hoeveel mensen betreft het?", "Hierover is geen precies getal te noemen.", True),
    ("ignorance", "Is de regeling doelmatig?", "Ons onderzoek biedt onvoldoende basis voor een antwoord op deze vraag.", True),
    ("ignorance", "Is de regeling doelmatig?", "Ons onderzoek biedt een goede basis voor een antwoord: de regeling is doelmatig.", False),
    ("ignorance", "Wat zijn de oorzaken?", "Wij hebben dit evenmin onderzocht.", True),
    (
        "ignorance",
        "Wat zijn de oorzaken?",
        "Omdat wij geen onderzoek hebben gedaan naar de verrekeningen, verwijzen wij naar de minister.",
        True,
    ),
    ("ignorance", "Hoe groot is het tekort?", "Wij hebben geen precies rijksbreed overzicht door de jaren heen.", True),
    ("ignorance", "Heeft u het overzicht?", "Daarom hebben wij geen beschikking over het door u gevraagde overzicht.", True),
    ("ignorance", "Hoeveel aanvragen waren er?", "Ik heb ze gewoon niet.", True),
    # near-misses: 'hebben niet' with a verb that is no research, litotes
    (
        "ignorance",
        "Wat is de pay-outratio?",
        "De pay-outratio hebben we niet als reeks opgenomen, maar die is af te leiden uit het resultaat.",
        False,
    ),
    (
        "ignorance",
        "Bent u voorstander van fietspaden?",
        "Het is u zeker niet onbekend dat ik een groot voorstander ben van fietspaden.",
        False,
    ),
    ("ignorance", "Hoeveel bedienaars zijn er?", "Het aantal bedienaars is niet gekend.", True),
    (
        "ignorance",
        "Wie krijgt aanvullende steun?",
        "Huishoudens die niet gekend zijn bij het OCMW krijgen na de analyse vaker steun.",
        False,
    ),
    # refusal: declining to answer
    ("refusal", "Wat is er in die zaak gebeurd?", "Ik ga niet in op individuele casuïstiek.", True),
    ("refusal", "Waarom is dat gebeurd?", "Het is niet aan het kabinet hiervoor een verklaring te geven.", True),
    ("refusal", "Wat is de inhoud van het advies?", "Over de inhoud van vertrouwelijke adviezen doe ik geen uitspraken.", True),
    # near-misses
    ("refusal", "Welke punten neemt u over?", "Ik ga in op de drie punten die u noemt: de kosten, de planning en het bereik.", False),
    ("refusal", "Waarom is dat gebeurd?", "Het kabinet geeft hiervoor de volgende verklaring: de aanbesteding liep vertraging op.", False),
    (
        "refusal",
        "Hoe gaat u uitvoering geven aan deze uitspraak?",
        "Voor drie tussenuitspraken is de zaak nog onder de rechter, daarom doet het kabinet op dit moment geen inhoudelijke uitspraken.",
        True,
    ),
    ("refusal", "Hoe vaak zou een evaluatie moeten plaatsvinden?", "Wij hebben geen oordeel over deze frequentie.", True),
    ("refusal", "Waarom kan dat onbestraft gebeuren?", "Het is niet aan het kabinethiervoor een verklaring te geven.", True),
    (
        "refusal",
        "Werd de voorgestelde boete betaald?",
        'Ik citeer het Reglement van de Kamer dat stelt dat "vragen met betrekking tot persoonlijke gevallen" niet ontvankelijk zijn.',
        True,
    ),
    ("refusal", "Wat is de stand van het dossier?", "Bovendien kan ik ook geen commentaar geven over individuele dossiers.", True),
    # pointing to another authority is cross_reference (R12), not refusal
    (
        "refusal",
        "Hoe worden de culturele centra gesubsidieerd?",
        "Ook voor de subsidiëring van de culturele centra ben ik niet bevoegd.",
        False,
    ),
    (
        "refusal",
        "Mag de Kamer de aanvraag inzien?",
        "Op dit moment is die aanvraag nog niet openbaar, maar later is er ruimte voor inspraak.",
        False,
    ),
    # near-misses: a caretaker government, a confidential source as a fact, a policy decision
    (
        "refusal",
        "Komt er extra personeel?",
        "Momenteel is de regering in lopende zaken en er worden dus geen nieuwe acties met budgettaire impact genomen.",
        False,
    ),
    (
        "refusal",
        "Waarom werd de gedetineerde overgeplaatst?",
        "De gedetineerde was onder een bijzonder veiligheidsregime geplaatst op basis van vertrouwelijke informatie van de politie.",
        False,
    ),
    (
        "refusal",
        "Komen er camera's in het station van Diksmuide?",
        "Diksmuide geldt niet als een risicovol station; de NMBS acht het dan ook niet opportuun om er te investeren in camerabewaking.",
        False,
    ),
    ("refusal", "Hoe werkt de rekentool?", "De tool doet geen uitspraken over de werking van een stalsysteem.", False),
    # version 1.3: general Dutch and Belgian forms of declining, and their near-misses
    ("refusal", "Wat is er besproken?", "Ik ga daar niet verder op in.", True),
    ("refusal", "Hoeveel incidenten waren er?", "Ik stel voor dat u daarvoor een schriftelijke vraag indient.", True),
    ("refusal", "Hoeveel incidenten waren er?", "Graag verwijs ik naar mijn antwoord op schriftelijke vraag nr. 527.", False),
    ("refusal", "Waar liggen de installaties?", "Om veiligheidsredenen kan ik de locaties niet prijsgeven.", True),
    ("refusal", "Waar liggen de installaties?", "Ik kan hier niet in detail treden.", True),
    ("refusal", "Wanneer komen de resultaten?", "Wij zullen de resultaten communiceren zodra ze beschikbaar zijn.", False),
    ("refusal", "Wat stond in het akkoord?", "Het is niet gebruikelijk dat begrotingsakkoorden openbaar worden gemaakt.", True),
    ("refusal", "Wat stond in het advies?", "Het is niet aangewezen om daarover in detail te delen.", True),
    ("refusal", "Klopt zijn verklaring?", "Een aantal van zijn uitlatingen zijn niet correct.", False),
    ("refusal", "Hoe werkt de dienst?", "Over de inzet van de diensten worden in het openbaar geen uitspraken gedaan.", True),
    ("refusal", "Wat is de rol van de dienst?", "De dienst wisselt geclassificeerde informatie uit met partners.", False),
    ("refusal", "Wat weet u over de dader?", "Omdat het gerechtelijk onderzoek nog loopt, kan ik daar niets over zeggen.", True),
    (
        "refusal",
        "Wat is de stand van het onderzoek?",
        "Er loopt momenteel een onderzoek van de Algemene Rekenkamer naar dit beleid.",
        False,
    ),
    ("refusal", "Wat is de uitkomst van het overleg?", "Het kabinet loopt daar niet op vooruit.", True),
    ("refusal", "Komt er een investeringsagenda?", "De gesprekken zullen niet vooruitlopen op het besluit over het winningsplan.", False),
    # generic: boilerplate instead of an answer
    (
        "generic",
        "Welke gevolgen heeft de fusie voor de regio?",
        "In zijn algemeenheid geldt dat schaalvergroting tot efficiencywinst kan leiden.",
        True,
    ),
    ("generic", "Hoeveel fte is er bijgekomen?", "Er zijn in 2024 42 fte bijgekomen, vooral bij de uitvoering.", False),
    # premise_rejected: the question's premise is contradicted
    ("premise_rejected", "Waarom stijgen de kosten zo sterk?", "Dat beeld klopt niet: de kosten dalen sinds 2022.", True),
    (
        "premise_rejected",
        "Waarom heeft u de Kamer niet ingelicht?",
        "Die veronderstelling is onjuist; de Kamer is op 3 mei ingelicht.",
        True,
    ),
    ("premise_rejected", "Klopt het dat de kosten stijgen?", "Dat klopt; de kosten stijgen met 4 % per jaar.", False),
    # a bare "is niet" disputes nothing unless the clause ends there (Belgian written answers)
    ("premise_rejected", "Hoeveel klachten kwamen er per Gewest?", "Het is niet mogelijk om een onderscheid te maken per Gewest.", False),
    ("premise_rejected", "Hoeveel boetes werden er geïnd?", "Het is niet mogelijk om deze cijfers verder op te splitsen.", False),
    (
        "premise_rejected",
        "Waarom deed de overheid niets?",
        "Het is niet zo dat de overheid in het verleden geen inspanningen heeft geleverd.",
        True,
    ),
    # missing_figure: a number was asked and none was given
    (
        "missing_figure",
        "Hoeveel meldingen zijn er in 2023 gedaan?",
        "Er zijn veel meldingen gedaan; het aantal is de afgelopen jaren gestegen.",
        True,
    ),
    ("missing_figure", "Hoeveel meldingen zijn er gedaan?", "Zoals beschreven in vraag 19 is het aantal meldingen gestegen.", True),
    ("missing_figure", "Wat zijn de kosten van het project?", "De kosten worden gedekt uit de begroting van het ministerie.", True),
    ("missing_figure", "Hoeveel meldingen zijn er in 2023 gedaan?", "In 2023 zijn 412 meldingen gedaan.", False),
    ("missing_figure", "Hoeveel projecten zijn vertraagd?", "Twaalf van de 17 projecten zijn vertraagd.", False),
    ("missing_figure", "Wat waren de kosten van het project?", "De kosten bedroegen € 2,5 mln.", False),
    # missing_figure, numbered answers: each numbered question is judged on its own answer part
    (
        "missing_figure",
        "1. Hoeveel aanvragen werden in 2016 ingediend? 2. Hoeveel aanvragen werden ingewilligd?",
        "1. In 2016 werden 4.354 regularisatieaanvragen ingediend. 2. De aanvragen worden zorgvuldig behandeld.",
        True,
    ),
    (
        "missing_figure",
        "1. Hoeveel aanvragen werden in 2016 ingediend? 2. Hoeveel aanvragen werden ingewilligd?",
        "1. In 2016 werden 4.354 regularisatieaanvragen ingediend. 2. Het totaal aantal gunstige beslissingen bedroeg 858.",
        False,
    ),
    # several sub-questions: a figure counts for the one whose words stand in its sentence
    (
        "missing_figure",
        "Hoeveel VN-personeelsleden zijn er momenteel ter plaatse in Syrië? Hoe evolueert de situatie?",
        "Meer dan 13,5 miljoen mensen hebben nood aan humanitaire hulp. De situatie blijft zorgwekkend.",
        True,
    ),
    (
        "missing_figure",
        "Hoeveel VN-personeelsleden zijn er momenteel ter plaatse in Syrië? Hoe evolueert de situatie?",
        "Er zijn momenteel 40 VN-personeelsleden ter plaatse. De situatie blijft zorgwekkend.",
        False,
    ),
    # an ignorance cue about the figures asked, next to other figures
    (
        "missing_figure",
        "Hoeveel bedienaars zijn er in dienst?",
        "Er zijn 12 erkende gemeenschappen. Het precieze aantal van deze bedienaars is niet gekend.",
        True,
    ),
    (
        "missing_figure",
        "Hoeveel meldingen waren er in 2023?",
        "In 2023 waren er 412 meldingen. De oorzaak van de stijging is niet bekend.",
        False,
    ),
    # request forms read in the dev part
    ("missing_figure", "Welke timing mogen we verwachten voor deze maatregelen?", "De maatregelen worden met de sector besproken.", True),
    (
        "missing_figure",
        "Wat is het jaarlijkse budget voor de vertaaldienst van uw FOD?",
        "De vertaaldienst werkt met eigen personeel.",
        True,
    ),
    (
        "missing_figure",
        "Wat is het jaarlijkse budget voor de vertaaldienst van uw FOD?",
        "Het jaarlijkse budget bedraagt 1,2 miljoen euro.",
        False,
    ),
    (
        "missing_figure",
        "Kunt u voor 2014 het aantal openstaande boetes weergeven?",
        "De inning van boetes verloopt via de deurwaarder.",
        True,
    ),
    # "wanneer" inside a sentence asks "when" when a finite verb follows it
    (
        "missing_figure",
        "De besluiten zijn aangekondigd, maar wanneer zullen die worden uitgevaardigd?",
        "De besluiten worden voorbereid.",
        True,
    ),
    # near-misses: a judgement, a criterion, or a yes/no question about a number
    ("missing_figure", "Hoe groot acht u het risico op extra vertragingen?", "Het risico op extra vertragingen is reëel.", False),
    (
        "missing_figure",
        "Wanneer is er (inzake subsidiebeheer) sprake van een goed ingevuld reviewbeleid?",
        "Een reviewbeleid is goed ingevuld als de reviews worden vastgelegd en opgevolgd.",
        False,
    ),
    ("missing_figure", "Neemt het aantal ongevallen er toe?", "De veiligheid van de reizigers blijft gewaarborgd.", False),
    (
        "missing_figure",
        "Hoeveel ambtenaren zijn er ter beschikking gesteld van de koning?",
        "Ik verwijs u naar de antwoorden van de eerste minister op de vraag nr. 205 van 30 januari 2017.",
        False,
    ),
    # a published annex table (Belgian answers print its code) counts as figures (R13)
    (
        "missing_figure",
        "Hoeveel fiches werden er opgesteld?",
        "Hieronder ziet u de evolutie van het aantal signalementsfiches.2016201714518-16-1061-bil-1",
        False,
    ),
    # no_yes_no: a closed question with neither yes nor no
    ("no_yes_no", "Klopt het dat de wachttijden zijn opgelopen?", "Het kabinet hecht groot belang aan korte wachttijden in de zorg.", True),
    ("no_yes_no", "Bent u bereid de regeling te verlengen?", "Ik neem uw suggestie mee in de verdere uitwerking van het beleid.", True),
    ("no_yes_no", "Klopt het dat de wachttijden zijn opgelopen?", "Ja, dat klopt. De wachttijd is gestegen naar 14 weken.", False),
    ("no_yes_no", "Bent u bereid de regeling te verlengen?", "Nee. De regeling loopt af op 1 januari 2026.", False),
    # enumeration marks do not hide a closed question; a loose "ik wil ..." is no yes or no
    ("no_yes_no", "1. Bent u bereid een industriële rondetafel op te zetten?", "We staan voor een echte elektriciteitsnoodsituatie.", True),
    ("no_yes_no", "Bent u bereid de regeling te verlengen?", "Ik wil benadrukken dat de regeling goed werkt.", True),
    ("no_yes_no", "Deelt u de conclusie van de onderzoekers?", "Ik deel die conclusie niet.", False),
    # near-misses: a factual question or a request, answered with facts
    ("no_yes_no", "Werd de voorgestelde boete betaald?", "Het dossier werd aan het parket overgemaakt.", False),
    ("no_yes_no", "Kan u het tijdpad van de volgende stappen meedelen?", "De tweede workshop vond plaats in april 2016.", False),
    # a wh-question is never closed
    ("no_yes_no", "Waarom zijn de wachttijden opgelopen?", "Het kabinet hecht groot belang aan korte wachttijden in de zorg.", False),
    # unanswered_subquestion: one of two asked things is left out
    (
        "unanswered_subquestion",
        "Hoeveel heeft het project gekost en welke gemeenten hebben eraan deelgenomen?",
        "Het project heeft € 12 miljoen gekost.",
        True,
    ),
    (
        "unanswered_subquestion",
        "Hoeveel heeft het project gekost en welke gemeenten hebben eraan deelgenomen?",
        "Het project heeft € 12 miljoen gekost. Deelnemende gemeenten waren Utrecht, Zeist en Houten.",
        False,
    ),
]


# numbered parts of an answer: (answer, {number: part text})
PARTS = [
    (
        "1. In 2016 werden 4.354 aanvragen ingediend. 2. Wij weten het niet.",
        {"1": "In 2016 werden 4.354 aanvragen ingediend. ", "2": "Wij weten het niet."},
    ),
    (
        "1. en 2. Op 22 december 2016 werd het besluit ondertekend. 3. Nee.",
        {"1": "Op 22 december 2016 werd het besluit ondertekend. ", "2": "Op 22 december 2016 werd het besluit ondertekend. ", "3": "Nee."},
    ),
    # a stray "3. 050.599 euro" (a broken thousands separator) does not cut the answer
    ("1. De schade bedraagt 3. 050.599 euro. 2. Ja.", {"1": "De schade bedraagt 3. 050.599 euro. ", "2": "Ja."}),
    ("In 2016 waren het er 12.", {}),
]


@pytest.mark.parametrize(("answer", "expected"), PARTS, ids=[p[0][:30] for p in PARTS])
def test_numbered_parts(answer, expected):
    from classifier.detectors.structural import numbered_parts

    assert {k: answer[lo:hi] for k, (lo, hi) in numbered_parts(answer).items()} == expected


def _analyse(nlp, question: str, answer: str):
    table = PairTable(path="<test>", rows=(PairRow(id="t1", question=question, answer=answer, doc="test", question_no="1", line=1),))
    (letter,) = segment_table(table)
    ((analysis,),) = analyse([letter], nlp, learned=None)
    return analysis


@pytest.mark.parametrize(("technique", "question", "answer", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_rule_detectors(nlp, technique, question, answer, expected):
    analysis = _analyse(nlp, question, answer)
    found = [h for h in analysis.hits if h.technique == technique]
    assert bool(found) == expected, f"{technique} on {answer!r}: {[(h.rule, h.evidence) for h in analysis.hits]}"
    for hit in found:
        text = analysis.pair.question if hit.field == "question" else analysis.pair.answer
        # every hit carries its evidence at the offsets it claims
        assert text[hit.start : hit.end] == hit.evidence
        assert hit.rule


def test_table_covers_every_technique():
    from classifier.detectors import all_detectors

    techniques = {d.technique for d in all_detectors()}
    covered_pos = {c[0] for c in CASES if c[3]}
    covered_neg = {c[0] for c in CASES if not c[3]}
    assert techniques == covered_pos
    assert techniques == covered_neg


class _Silent:
    """A unit classifier that scores every unit 0: only ``keep_rules`` can make a hit."""

    def predict_proba(self, X):
        import numpy as np

        return np.tile([1.0, 0.0], (X.shape[0], 1))


@pytest.mark.parametrize("keep_rules", [True, False])
def test_keep_rules_lets_a_rule_hit_through_a_silent_unit_model(nlp, keep_rules):
    from classifier.detectors import PairContext
    from classifier.detectors.learned import LearnedDetectors, TechniqueModel, unit_vectorizer

    a = _analyse(nlp, "Hoeveel aanvragen zijn er ingediend?", "Dat is mij niet bekend.")
    rule = [h for h in a.rule_hits if h.technique == "ignorance"]
    assert rule  # the lexicon finds "niet bekend"
    layer = LearnedDetectors(models={"ignorance": TechniqueModel("ignorance", unit_vectorizer(), _Silent(), 0.5, keep_rules=keep_rules)})
    ctx = PairContext(pair=a.pair, question_doc=a.question_doc, answer_doc=a.answer_doc)
    hits, scores, _cov = layer.predict(ctx, a.rule_hits, a.rule_coverage)
    assert scores["ignorance"] == 0.0
    assert [h.rule for h in hits] == ([rule[0].rule] if keep_rules else [])


def test_promise_features_mark_the_promising_sentence(nlp):
    """The deferral model sees what the promise extractor found: which sentence promises, with or
    without a term, what, and that the Kamer is to be informed (answer adapted from a Tweede Kamer
    letter of the corpus)."""
    from classifier.detectors import PairContext
    from classifier.detectors.learned import pair_units

    a = _analyse(
        nlp,
        "Wat zijn de uitkomsten van het onderzoek naar de wachttijden?",
        "Het onderzoek loopt nog. Over de uitkomsten wordt uw Kamer voor de zomer van 2025 geïnformeerd.",
    )
    ctx = PairContext(pair=a.pair, question_doc=a.question_doc, answer_doc=a.answer_doc)
    a_units, _q_units = pair_units(ctx, a.rule_hits, a.rule_coverage)
    first, second = a_units
    assert "promise:sentence" not in first.features
    assert second.features["promise:sentence"] == 1.0
    assert second.features["promise:deadline"] == 1.0
    assert second.features["promise:informs"] == 1.0
    assert second.features["promise:other_body"] == 0.0
    for u in (first, second):  # the answer's share of promising sentences, on every sentence
        assert u.features["promise:p_any"] == 1.0
        assert u.features["promise:p_frac"] == 0.5


def test_no_promise_features_for_an_answer_of_facts(nlp):
    from classifier.detectors import PairContext
    from classifier.detectors.learned import pair_units

    a = _analyse(nlp, "Hoeveel aanvragen zijn er in 2023 ingediend?", "In 2023 zijn 412 aanvragen ingediend.")
    ctx = PairContext(pair=a.pair, question_doc=a.question_doc, answer_doc=a.answer_doc)
    a_units, _q_units = pair_units(ctx, a.rule_hits, a.rule_coverage)
    assert a_units
    for u in a_units:
        assert u.features["promise:p_any"] == 0.0
        assert not any(k.startswith("promise:") and k != "promise:p_any" and v for k, v in u.features.items())
