"""The reported sub-questions and techniques agree with the label (codebook definitions)."""

from __future__ import annotations

import pytest

from classifier.detectors.base import Hit
from classifier.model import completeness, consistent_coverage, consistent_hits


@pytest.mark.parametrize(
    ("label", "coverage", "expected"),
    [
        # reply: every sub-question answered, whatever the sub-question model said
        ("reply", [(True, 0.9), (False, 0.2), (False, 0.4)], [True, True, True]),
        # non_reply: none answered
        ("non_reply", [(True, 0.8), (False, 0.1)], [False, False]),
        # partial of one question: that question is open (answered 0 of 1)
        ("partial", [(True, 0.7)], [False]),
        # partial, model says all answered: the least probable one is open
        ("partial", [(True, 0.9), (True, 0.55), (True, 0.8)], [True, False, True]),
        # partial, model says none answered: the most probable one is answered
        ("partial", [(False, 0.1), (False, 0.45), (False, 0.3)], [False, True, False]),
        # partial with a mix already: unchanged
        ("partial", [(True, 0.9), (False, 0.2)], [True, False]),
        # no sub-questions: nothing to reconcile
        ("reply", [], []),
    ],
)
def test_coverage_follows_the_label(label, coverage, expected):
    out = consistent_coverage(label, coverage)
    assert [ok for ok, _ in out] == expected
    # the sub-question model's probabilities are kept
    assert [p for _, p in out] == [p for _, p in coverage]


def test_score_uses_the_reconciled_share():
    probs = {"reply": 0.6, "partial": 0.3, "non_reply": 0.1}
    raw = [(True, 0.9), (False, 0.3)]
    assert completeness(probs, consistent_coverage("reply", raw)) > completeness(probs, raw)


def _hit(technique: str) -> Hit:
    return Hit(technique, f"{technique}.rule", "bewijs", 0, 6, "answer")


def test_a_reply_reports_no_ignored_subquestion():
    hits = [_hit("unanswered_subquestion"), _hit("generic")]
    assert [h.technique for h in consistent_hits(hits, "reply")] == ["generic"]
    for label in ("partial", "non_reply"):
        assert [h.technique for h in consistent_hits(hits, label)] == ["unanswered_subquestion", "generic"]
