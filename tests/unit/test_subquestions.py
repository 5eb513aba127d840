"""Sub-question splitting (codebook section 3), on questions copied from the corpus."""

import pytest

from classifier.segment.subquestions import split_sentences, split_subquestions

CASES = [
    # seed Vraag 1: one interrogative sentence
    ("Hoe verklaart u de trends rondom online criminaliteit?", 1),
    # seed Vraag 19: "Welke niet, en waarom niet?" is two (rule 3.3)
    (
        "Welke aanbevelingen of acties uit het Uitvoeringsprogramma Compacte Rijksdienst zijn, 16 jaar na de start, "
        "volwaardig geïmplementeerd? Welke niet, en waarom niet?",
        3,
    ),
    # ah-tk-20242025-593: "?"-sentences glued without a space by PDF extraction
    (
        "Kunt u de brandbrief van de GGD-arts met de Kamer delen?Klopt het dat meerdere jonge kinderen daar zijn "
        "afgevallen tot ondergewicht?Zijn maatregelen noodzakelijk? Zo ja, welke?",
        4,
    ),
    # context sentence is no sub-question
    (
        "In het bericht staat dat APG voor vier miljoen mensen pensioenen regelt. Kunt u aangeven hoeveel mensen "
        "momenteel via APG een maandelijkse pensioenuitkering ontvangen?",
        1,
    ),
    # Belgian numbered items, each with its own "?" sentences (be-written dekamer-184501)
    (
        "De treinen werden omgeleid via Leuven. 1. Wat was de precieze oorzaak van de technische problemen? Hadden ze "
        "voorkomen kunnen worden, en zo ja, hoe?2. Zou er voor dergelijke situaties een procedure kunnen worden "
        "gehanteerd?3. Doen er zich vaak dergelijke technische incidenten voor? Hoeveel technische storingen moet de "
        "NMBS jaarlijks verhelpen, en welke maatregelen worden er genomen?",
        7,
    ),
    # enumeration inside one question
    ("Kunt u aangeven: a) hoeveel mensen een uitkering krijgen; b) wat de kosten zijn?", 2),
    # imperative without "?"
    ("Graag een toelichting op de uitvoeringskosten.", 1),
    # a list of objects under one question word does not split
    ("Hoeveel studenten en docenten zijn er in 2024 naar het buitenland vertrokken?", 1),
    # abbreviations do not end sentences
    ("Is o.a. de NVWA betrokken, bijv. via art. 3 van de wet? Zo nee, waarom niet?", 2),
    # Belgian written questions (be-written, 2017): lettered lists inside numbered items, the
    # markers glued to the sentence before them by the source's text extraction (rule 3.2)
    (
        "1. Over hoeveel woningen beschikt de CDSCA op dit moment in Limburg? 2. Wat is de gemiddelde huurprijs "
        "van een woning in Limburg?3. Hoeveel Limburgse woningen worden verhuurd aan:a) militairen;b) burgerpersoneel "
        "van Defensie;c) gepensioneerden;d) niet-gerechtigden?4. a) Hoeveel Limburgse woningen kregen in 2015 en "
        "2016 een andere bestemming?b) Hoeveel werden er vervreemd?",
        8,
    ),
    (
        "1. Kan u van de voorbije vijf jaar de volgende cijfers aanleveren:a) het totaal aantal vaststellingen van "
        "kankers;b) het totaal aantal unieke personen dat getroffen werd door kanker?2. Kunt u binnen de provincie "
        "Antwerpen verder uitsplitsen:a) per gemeente het aantal vaststellingen van kankers;b) per gemeente het "
        "aantal unieke personen dat getroffen werd door kanker?",
        4,
    ),
    (
        "Over de voorziene werken.a) Over welke investeringen en werkzaamheden gaat het exact?b) Welke timing zal "
        "nagestreefd worden voor uitvoering van de werken?c) Hoe hoog is de totaal geraamde kostprijs van de werken?",
        3,
    ),
    # markers that name earlier items are no list of their own (be-written)
    (
        "1. a) Wat is de omzet van de e-commerce in 2016?b) Hoe verhoudt de omzet zich tot de rest van de "
        "handelsactiviteiten?c) Kunt u me voor a) en b) cijfers per arrondissement bezorgen?2. Welke impact heeft dit?",
        4,
    ),
    # a list running past "h"
    (
        "Kan u voor elke reis het volgende meedelen:a) datum en duur;b) bestemming;c) doel;d) reis op eigen "
        "initiatief;e) het aantal ambtenaren;f) het aantal kabinetsleden;g) het aantal perslui;h) de "
        "familieleden;i) andere personen;j) totale kostprijs ten laste van de overheid?",
        10,
    ),
    # a request without "?" after a question is a sub-question of its own (rule 3.5) ...
    (
        "1. Hoeveel processen-verbaal werden de afgelopen vijf jaar opgesteld in verband met feiten van "
        "domiciliefraude? Graag cijfers per jaar. 2. In hoeveel gevallen leidde dit tot strafrechtelijke vervolging?",
        3,
    ),
    # ... but not one that announces the questions, nor a question that introduces the list
    ("Graag had ik de minister de volgende vragen gesteld. Hoeveel controles vonden plaats in 2016?", 1),
    (
        "Kan u voor 2012 tot en met 2016, op jaarbasis, volgende gegevens meedelen?1. Hoeveel NBMV's meldden zich "
        "aan?2. Hoeveel van hen vroegen in Belgie asiel aan?",
        2,
    ),
    # a "§" that the source's encoding turned into "?" does not end a sentence
    (
        "Bent u op de hoogte dat artikel 29, ? 1, derde lid van de Wegverkeerswet werd aangepast? Zo ja, welke stappen zijn al genomen?",
        2,
    ),
    # Rekenkamer lists join a second question with a semicolon (rule 3.3) ...
    (
        "Deelt u het oordeel van de staatssecretaris van Financiën dat de complexiteit van het huidige stelsel de "
        "uitvoerbaarheid van het heffen van belastingen steeds meer bemoeilijkt; en welke rol speelt de personele "
        "capaciteit van de Belastingdienst hierin?",
        2,
    ),
    # ... and a statement before the semicolon is context, not a request
    (
        "Het doel van veel belastingfaciliteiten is het bevorderen van de arbeidsparticipatie en het "
        "ondernemerschap; is er zicht op of de faciliteiten die ondernemerschap bevorderen ook effect hebben op de "
        "arbeidsparticipatie?",
        1,
    ),
    ("Van maar 12 van de 24 belastinginstrumenten is bekend wat het financieel belang is; wat zijn de redenen?", 1),
    # "en" before "wat" and a clause: a second request
    (
        "Zijn burgers de dupe geworden van het onvoldoende naleven van de privacy-regels? Zo ja, om hoeveel mensen "
        "gaat het en wat was de persoonlijke schade?",
        3,
    ),
    # ... while a French question mark after a space still ends a numbered question
    ("1. Quelle est la situation actuelle ? 2. Combien de contrôles ont eu lieu ?", 2),
    # a year before "?" still ends the question
    ("Hoeveel controles waren er in 2016?Hoeveel in 2017?", 2),
]


@pytest.mark.parametrize(("question", "expected"), CASES)
def test_subquestion_counts(question, expected):
    subs = split_subquestions(question)
    assert len(subs) == expected, [s.text for s in subs]
    for s in subs:
        assert question[s.start : s.end] == s.text


def test_sentences_do_not_split_on_initials_or_abbreviations():
    text = "Volgens J. de Vries is het nr. 3 van de lijst. Dat klopt."
    assert len(split_sentences(text)) == 2
