"""The upper-bound and decision-rule variants of scripts/compare_scoring_models.py do what the
figures in its docstring claim: Gold adds only the annotator's facts it is asked for, and
GenrePrior weighs the model's probabilities by the row's genre."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np


def _module():
    spec = importlib.util.spec_from_file_location(
        "compare_scoring_models", Path(__file__).parents[2] / "scripts" / "compare_scoring_models.py"
    )
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


ROW = {
    "features": {"overlap": 0.5},
    "source": "tk-letter",
    "gold": {"techniques": ["deferral", "no_yes_no"], "total": 4, "answered": 3},
}


def test_gold_adds_the_requested_techniques_only():
    mod = _module()
    (one,) = mod.Gold("techniques", only="no_yes_no").transform([ROW])
    assert one["features"] == {"overlap": 0.5, "gold_no_yes_no": 1.0}
    (both,) = mod.Gold("techniques").transform([ROW])
    assert both["features"] == {"overlap": 0.5, "gold_deferral": 1.0, "gold_no_yes_no": 1.0}
    assert ROW["features"] == {"overlap": 0.5}  # the input row is not changed


def test_gold_coverage_is_the_answered_share():
    mod = _module()
    (row,) = mod.Gold("coverage").transform([ROW])
    assert row["features"] == {"overlap": 0.5, "gold_answered_share": 0.75, "gold_all_answered": 0.0}
    (none,) = mod.Gold("coverage").transform([{**ROW, "gold": {"techniques": [], "total": 0, "answered": 0}}])
    assert none["features"] == {"overlap": 0.5}


class _Fixed:
    classes_ = np.array(["non_reply", "partial", "reply"])

    def predict_proba(self, rows):
        return np.array([[0.2, 0.35, 0.45]] * len(rows))


def test_genre_prior_weighs_each_genre_apart():
    mod = _module()
    model = mod.GenrePrior()
    model.model_, model.classes_ = _Fixed(), _Fixed.classes_
    model.weights_ = {"letter": np.array([1.0, 1.5, 1.0]), "table": np.array([1.0, 1.0, 1.0])}
    got = model.predict([{"source": "rekenkamer"}, {"source": "be-written"}, {"source": "seed"}])
    assert list(got) == ["partial", "reply", "partial"]
