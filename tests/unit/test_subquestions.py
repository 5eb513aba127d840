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
