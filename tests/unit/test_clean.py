"""Cleaning rules on short pieces of real letters (copied from ../shared/corpus)."""

import pytest

from classifier.clean import clean

CASES = [
    # (source text, expected cleaned text)
    ("Heeft u kennisgenomen van het artikel?1\nAntwoord 1", "Heeft u kennisgenomen van het artikel?\nAntwoord 1"),
    ("op vragen1 van de Tweede Kamer", "op vragen van de Tweede Kamer"),
    ("heb ik uw Kamer reeds geïnformeerd3.", "heb ik uw Kamer reeds geïnformeerd."),
    ("(JBR) 2014.[footnoteRef:1] Het programma", "(JBR) 2014. Het programma"),
    ("af. [1:  https://open.overheid.nl/x ] Het", "af. Het"),
    ("«Netjes gezuiverd»[1 ] en «Goede»[2]?", "«Netjes gezuiverd» en «Goede»?"),
    ("de autoritei-\nten hebben", "de autoriteiten hebben"),
    ("Noord-\nHolland blijft", "Noord-\nHolland blijft"),
    ("in m2 en km2 en CO2 en COVID19", "in m2 en km2 en CO2 en COVID19"),
    ("Hadden ze voorkomen kunnen worden, en zo ja, hoe?2. Zou er", "Hadden ze voorkomen kunnen worden, en zo ja, hoe?2. Zou er"),
    ("gegevens.    Wij hebben", "gegevens.\nWij hebben"),
]


@pytest.mark.parametrize(("source", "expected"), CASES)
def test_cleaning_rules(source, expected):
    assert clean(source).text == expected


def test_page_footer_and_footnote_block_removed_and_sentence_joined():
    src = (
        "Daarbij zijn voor een vergelijking van het relatieve aantal\n"
        "1Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 203\n"
        "2Kamerstukken II, vergaderjaar 2022/2023 36 229, nr. 29\n"
        "\n"
        "ah-tk-20242025-580\n"
        "ISSN 0921 - 7398’s-Gravenhage 2024Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1\n"
        "EER-studenten met een aanvullende beurs"
    )
    out = clean(src).text
    assert "Aanhangsel" not in out and "ISSN" not in out and "Kamerstukken" not in out
    assert "relatieve aantal\nEER-studenten" in out


def test_footer_glued_to_answer_marker_keeps_the_marker():
    src = "werken?\nah-tk-20222023-3649\nISSN 0921 - 7398’s-Gravenhage 2023Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel 1Antwoord 3\nBinnen"
    assert "\nAntwoord 3\nBinnen" in clean(src).text


def test_offsets_point_into_the_source():
    src = "Zie de JBR 2014.[footnoteRef:1] Twaalf van de 17 projecten."
    t = clean(src)
    i = t.text.index("Twaalf")
    s, e = t.source_span(i, i + len("Twaalf van de 17"))
    assert src[s:e] == "Twaalf van de 17"


def test_running_page_header_of_flattened_pdf_removed():
    header = "Beantwoording vragen Tweede Kamer over de Resultaten verantwoordingsonderzoek 2020 bij het Ministerie"
    src = f"Vraag 1 Hoe? Antwoord een. {header} 2/5 verder twee. {header} 3/5 en drie. {header} 4/5 vier."
    out = clean(src).text
    assert header not in out
    assert "2/5" not in out and "verder twee" in out
