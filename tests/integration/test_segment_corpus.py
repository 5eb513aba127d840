"""Segmentation of the real letters in ../shared/corpus.

The expected question numbers of the Tweede Kamer letters were written down by reading
the letters (tests/fixtures/tk_expected_questions.json), not taken from the segmenter.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from classifier.letters import load_letters

FIXTURE = json.loads((Path(__file__).parent.parent / "fixtures" / "tk_expected_questions.json").read_text())
TK_LETTERS = sorted(k for k in FIXTURE if not k.startswith("_"))


@pytest.mark.parametrize("doc_id", TK_LETTERS)
def test_tk_letter_questions_all_found(corpus, doc_id):
    letter = load_letters(corpus / "letters" / "tweede-kamer" / f"{doc_id}.txt")[0]
    assert [p.question_no for p in letter.pairs] == FIXTURE[doc_id]
    numbers = set(FIXTURE[doc_id])
    for p in letter.pairs:
        assert p.answer.strip() or p.joint, f"vraag {p.question_no} has no answer"
        # No pair swallows the next question: no question header inside an answer.
        headers = re.findall(r"(?:^|\n)\s*Vraag (\d+)\b", p.answer)
        assert not [h for h in headers if h in numbers], f"vraag {p.question_no} swallows a question"


def test_tk_joint_answers(corpus):
    for doc_id, groups in FIXTURE["_joint"].items():
        letter = load_letters(corpus / "letters" / "tweede-kamer" / f"{doc_id}.txt")[0]
        for group in groups:
            pairs = [letter.pair(n) for n in group]
            assert all(p.joint for p in pairs), (doc_id, group)
            assert len({p.answer for p in pairs}) == 1, (doc_id, group)


def test_rekenkamer_against_reference_pairs(corpus):
    """Targets of issue 2: >= 95 % of reference numbers found, >= 90 % same starts."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "evaluate_segmentation", Path(__file__).parents[2] / "scripts" / "evaluate_segmentation.py"
    )
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    scores = mod.evaluate_rekenkamer(corpus, show=False)
    assert scores["rk_found"] >= 0.95
    assert scores["rk_same_q"] >= 0.90
    assert scores["rk_same_a"] >= 0.90


def test_ministry_letter_layout_numbered(corpus):
    letter = load_letters(corpus / "letters" / "tweede-kamer" / "tk-zaak-2024Z14247.txt")[0]
    assert letter.layout == "genummerd"
    assert letter.meta.answerer.startswith("minister Van Hijum")
    p3 = letter.pair("3")
    assert "1,4 miljoen" in p3.answer


def test_belgian_record_subquestions(corpus):
    from classifier.corpus import find_pair

    p = find_pair("pairs/be-written.jsonl", "dekamer-184501", None, root=corpus)
    assert len(p.subquestions) == 7
    assert p.answer.startswith("1. De noodrem werd geactiveerd")
