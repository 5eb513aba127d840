"""Sentence boundaries in the seed letter's answers, against boundaries made by hand.

For each answer the expected sentences are given by their first words, written down by
reading the answer (not from the pipeline's output).
"""

import pytest

EXPECTED = {
    "3": ["Accreditaties worden", "Aan kritieke,", "Van de informatiesystemen"],
    "8": ["Het iTrechter-systsem is", "De politie heeft"],
    "11": ["De verplichting voor", "Aangezien een GEB", "Er zal een"],
    "13": ["iTrechterfunctionaliteit wordt", "Aanbevelingen uit het"],
    "14": ["De Algemene Rekenkamer", "De ARK heeft", "Inzage hierover is", "Er valt op"],
    "21": [
        "De keuze voor",
        "Zeven departementen hebben",
        "Drie departementen hebben",
        "Er is geen",
        "Zoals eerder genoemd",
        "SSC-ICT, DICTU en",
        "Daarmee worden stappen",
    ],
    "24": ["Er is inmiddels", "De uitkomsten zijn"],
    "27": ["Uit het onderzoek", "DICTU gaat nu"],
    "33": ["Het valt niet"],
    "35": ["De grootste functionele", "De opslag voor", "De ‘Digitale Werkomgeving’", "De ‘Cloud Werkplek’", "De belangrijkste public"],
    "36": ["Er heeft een", "Dit is recent", "EZK en BZK"],
    "2": [
        "Zoals geconstateerd door",
        "Hieronder kort uiteengezet",
        "1. Accreditaties Het",
        "Daarnaast heeft het",
        "Op basis hiervan",
        "Een deel van",
        "2. Opvolging verbeterpunten",
        "Het hiervoor opgestelde",
        "Daarnaast wordt door",
        "3. Informatiedeling Aan",
        "Verder is informatiebeveiliging",
    ],
}


@pytest.mark.parametrize("question_no", sorted(EXPECTED, key=int))
def test_sentences_of_seed_answers(nlp, seed_letter, question_no):
    doc = nlp(seed_letter.pair(question_no).answer)
    got = [" ".join(s.text.split()) for s in doc.sents if s.text.strip()]
    expected = EXPECTED[question_no]
    assert len(got) == len(expected), got
    for sentence, start in zip(got, expected, strict=True):
        assert sentence.startswith(start), (sentence[:60], start)
