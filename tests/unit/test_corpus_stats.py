"""The agreement figures of scripts/corpus_stats.py: F1 of one labelling against another."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "corpus_stats.py"


@pytest.fixture(scope="module")
def stats():
    spec = importlib.util.spec_from_file_location("corpus_stats", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_f1_between_counts_shared_positives_against_both_totals(stats):
    # first: 3 positives, second: 2, shared: 2 -> F1 = 2 * 2 / (3 + 2)
    assert stats.f1_between([1, 1, 1, 0, 0], [1, 1, 0, 0, 0]) == pytest.approx(0.8)


def test_f1_between_is_symmetric_and_per_class(stats):
    a = ["reply", "partial", "reply", "non_reply"]
    b = ["reply", "reply", "reply", "non_reply"]
    assert stats.f1_between(a, b, "reply") == stats.f1_between(b, a, "reply") == pytest.approx(0.8)
    assert stats.f1_between(a, b, "partial") == 0.0
    assert stats.f1_between(a, b, "non_reply") == 1.0


def test_f1_interval_brackets_the_estimate_and_is_seeded(stats):
    a = [1] * 10 + [0] * 30 + [1] * 5
    b = [1] * 10 + [0] * 30 + [0] * 5
    low, high = stats.f1_interval(a, b)
    assert low <= stats.f1_between(a, b) <= high < 1.0
    assert stats.f1_interval(a, b) == (low, high)
