"""The learned detector layer's per-technique feature sets: what a model leaves out, and that a
layer persisted before the choice existed still scores with all features."""

from __future__ import annotations

import numpy as np
import pytest

from classifier.detectors.learned import FEATURE_VARIANTS, PROMISE_FEATURES, TechniqueModel, _UnitMatrices, unit_vectorizer, without
from classifier.detectors.units import Unit

# (features of a sub-question unit, prefixes left out, names kept); the words are those of
# "Hoeveel militairen zijn de jongste drie jaar naar Arizona op training geweest?"
CASES = [
    (
        {"qw=hoeveel": 1.0, "qw=militairen": 1.0, "request=COUNT": 1.0, "rule=fig.hoeveel": 1.0},
        ("qw=",),
        {"request=COUNT", "rule=fig.hoeveel"},
    ),
    ({"qw=hoeveel": 1.0, "qfirst=hoeveel": 1.0, "given=COUNT": 1.0}, ("qw=",), {"qfirst=hoeveel", "given=COUNT"}),
    ({"qw=hoeveel": 1.0, "request=COUNT": 1.0}, (), {"qw=hoeveel", "request=COUNT"}),
    ({}, ("qw=",), set()),
]


@pytest.mark.parametrize(("features", "drop", "kept"), CASES)
def test_without(features, drop, kept):
    assert set(without(features, drop)) == kept


def test_variants_choose_only_for_subquestion_techniques():
    from classifier.detectors.units import QUESTION_TECHNIQUES

    for t, variants in FEATURE_VARIANTS.items():
        if t in QUESTION_TECHNIQUES:
            assert () in variants  # all features always stay a candidate
        else:
            assert variants == (PROMISE_FEATURES,), t


def test_promise_features_only_for_deferral():
    from classifier.detectors.units import ANSWER_TECHNIQUES

    assert "deferral" not in FEATURE_VARIANTS  # deferral sees every feature
    for t in set(ANSWER_TECHNIQUES) - {"deferral"}:
        names = {"promise:sentence": 1.0, "promise:p_any": 1.0, "promise:what=brief": 1.0, "w=zal": 1.0, "w=promotie": 1.0}
        (variant,) = FEATURE_VARIANTS[t]
        assert set(without(names, variant)) == {"w=zal", "w=promotie"}, t


def _units():
    feats = [
        {"qw=hoeveel": 1.0, "request=COUNT": 1.0, "given=COUNT": 0.0},
        {"qw=wanneer": 1.0, "request=DATE": 1.0, "given=DATE": 1.0},
    ]
    return [Unit("subquestion", "q", 0, 1, "question", features=f) for f in feats]


def test_dropped_features_change_nothing_for_an_old_model():
    from sklearn.linear_model import LogisticRegression

    units = _units()
    vec = unit_vectorizer()
    clf = LogisticRegression().fit(vec.transform([u.features for u in units]), [1, 0])
    model = TechniqueModel("missing_figure", vec, clf, 0.5)
    del model.__dict__["drop"]  # as unpickled from a layer saved before the field existed
    assert model.dropped == ()
    side = _UnitMatrices(units)
    assert np.allclose(side.scores(vec, clf, model.dropped), model.unit_scores(units))


def test_matrix_cache_keeps_feature_sets_apart():
    units = _units()
    side = _UnitMatrices(units)
    vec = unit_vectorizer()
    full, reduced = side.matrix(vec), side.matrix(vec, ("qw=",))
    assert full.nnz > reduced.nnz
