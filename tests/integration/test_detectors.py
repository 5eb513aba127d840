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
    # refusal: declining to answer
    ("refusal", "Wat is er in die zaak gebeurd?", "Ik ga niet in op individuele casuïstiek.", True),
    ("refusal", "Waarom is dat gebeurd?", "Het is niet aan het kabinet hiervoor een verklaring te geven.", True),
    ("refusal", "Wat is de inhoud van het advies?", "Over de inhoud van vertrouwelijke adviezen doe ik geen uitspraken.", True),
    # near-misses
    ("refusal", "Welke punten neemt u over?", "Ik ga in op de drie punten die u noemt: de kosten, de planning en het bereik.", False),
    ("refusal", "Waarom is dat gebeurd?", "Het kabinet geeft hiervoor de volgende verklaring: de aanbesteding liep vertraging op.", False),
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
    # no_yes_no: a closed question with neither yes nor no
    ("no_yes_no", "Klopt het dat de wachttijden zijn opgelopen?", "Het kabinet hecht groot belang aan korte wachttijden in de zorg.", True),
    ("no_yes_no", "Bent u bereid de regeling te verlengen?", "Ik neem uw suggestie mee in de verdere uitwerking van het beleid.", True),
    ("no_yes_no", "Klopt het dat de wachttijden zijn opgelopen?", "Ja, dat klopt. De wachttijd is gestegen naar 14 weken.", False),
    ("no_yes_no", "Bent u bereid de regeling te verlengen?", "Nee. De regeling loopt af op 1 januari 2026.", False),
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
