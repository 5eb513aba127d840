"""A pure reference ("Zie het antwoord op vraag 2") is judged on the answer it names; in a
letter with two numbered lists that is the pair of its own list."""

from __future__ import annotations

import numpy as np

from classifier.segment.model import Pair
from classifier.segment.references import referenced_pair, resolve


def _pair(no: str, answer: str) -> Pair:
    question = f"Vraag {no}?"
    return Pair("d", no, question, answer, np.arange(len(question) + 1), np.arange(len(answer) + 1))


def test_a_reference_points_back_within_its_own_list_else_forward():
    pairs = [
        _pair("1", "Eerste lijst, antwoord 1."),
        _pair("2", "Eerste lijst, antwoord 2."),
        _pair("3", "Zie het antwoord op vraag 2."),  # first list: its own vraag 2
        _pair("1", "Zie het antwoord op vraag 3."),  # second list, vraag 3 comes later
        _pair("2", "Tweede lijst, antwoord 2."),
        _pair("3", "Zie het antwoord op vraag 2."),  # second list: its own vraag 2
    ]
    resolve(pairs)
    assert [p.reference for p in pairs] == [None, None, "2", "3", None, "2"]
    assert referenced_pair(pairs, 2) is pairs[1]
    assert referenced_pair(pairs, 5) is pairs[4]
    assert referenced_pair(pairs, 3) is pairs[2]  # the nearest earlier vraag 3: the first list's
    assert referenced_pair(pairs, 0) is None


def test_one_list_finds_the_only_pair_of_that_number_in_either_direction():
    pairs = [_pair("1", "Zie vraag 3."), _pair("2", "Ja."), _pair("3", "Nee, want het budget is op.")]
    resolve(pairs)
    assert referenced_pair(pairs, 0) is pairs[2]
