"""Odd and hostile input: a clean error or a sensible result, within a generous time bound,
never a traceback or a hang. (Whole-pipeline cases are in tests/integration/test_cli.py.)"""

from __future__ import annotations

import time

import pytest

from classifier.clean import clean
from classifier.errors import InputError, SegmentationError
from classifier.readers import read
from classifier.readers.base import Document
from classifier.segment import segment_document

BOUND = 30.0  # seconds; generous, this is about hangs, not speed


def segment_text(text: str):
    return segment_document(Document(path="x.txt", doc_id="x", text=text, fmt="txt"))


def timed(fn, *args):
    t = time.perf_counter()
    try:
        return fn(*args)
    finally:
        assert time.perf_counter() - t < BOUND


def test_letter_without_question_markers():
    with pytest.raises(SegmentationError, match="geen vragen gevonden"):
        segment_text("Geachte voorzitter,\n\nHierbij stuur ik u de jaarrapportage.\n\nMet vriendelijke groet,\nDe minister")


def test_duplicate_missing_and_unordered_numbers():
    text = "Vraag 1\nWat?\nAntwoord\nDit.\nVraag 3\nEn dat?\nAntwoord\nDat.\nVraag 2\nOok?\nAntwoord\nJa.\nVraag 3\nNogmaals?\nAntwoord\nNee.\n"
    letter = segment_text(text)
    assert [p.question_no for p in letter.pairs] == ["1", "3", "2", "3"]
    assert any("meer dan eens" in w for w in letter.warnings)
    assert [p.answer for p in letter.pairs] == ["Dit.", "Dat.", "Ja.", "Nee."]


def test_french_and_english_text_give_a_sensible_result():
    fr = "Question 1\nQuel est le coût?\nRéponse\nLe coût est de 5 millions."
    with pytest.raises(SegmentationError):
        segment_text(fr)
    en = "Vraag 1\nWhat does it cost?\nAntwoord\nIt costs five million euros."
    assert segment_text(en).pairs[0].answer == "It costs five million euros."


@pytest.mark.parametrize(
    "text",
    [
        "Vraag " * 50_000,
        "Vraag 1\n" * 20_000,
        "?" * 200_000,
        "1. " * 60_000,
        "a" * 500_000 + "?",
        ("Vraag 1 " + "woord " * 100_000 + "?\n") * 3,
        "[footnoteRef:1]" * 30_000,
        "ah-tk-20242025-580\n" * 30_000,
        "2/4 " * 100_000,
        "-\n" * 100_000,
        ("zie vraag 1, 2, 3, 4, 5 en " * 20_000) + "6",
    ],
    ids=[
        "vraag-x50k",
        "vraag1-lines",
        "questionmarks",
        "enumeration",
        "one-word",
        "long-sentence",
        "footnoteRef",
        "footer-lines",
        "page-fractions",
        "hyphen-lines",
        "reference-chain",
    ],
)
def test_pathological_inputs_finish(text):
    def run():
        clean(text)
        try:
            letter = segment_text(text)
        except SegmentationError:
            return
        assert all(p.question_span[0] <= p.question_span[1] for p in letter.pairs)

    timed(run)


def test_fifty_megabyte_text_is_refused_quickly(tmp_path):
    path = tmp_path / "groot.txt"
    with path.open("w", encoding="utf-8") as fh:
        chunk = "Vraag 1\nWat kost het?\nAntwoord\nVeel.\n" * 1000
        while fh.tell() < 50 * 1024 * 1024:
            fh.write(chunk)
    t = time.perf_counter()
    with pytest.raises(InputError, match="te groot"):
        read(path)
    assert time.perf_counter() - t < 5


def test_extremely_long_single_sentence_in_a_letter():
    text = "Vraag 1\nWaarom?\nAntwoord\n" + ("Dit is een zeer lange zin zonder einde " * 20_000) + "."
    letter = timed(segment_text, text)
    assert len(letter.pairs) == 1 and len(letter.pairs[0].answer) > 500_000
