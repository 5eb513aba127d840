"""The learned layer of the detectors: which rule hits and which units really show a technique.

Cue phrases alone over- and under-fire: "verwijzen naar" is a cross-reference only when it
replaces information; a premise correction rarely uses a fixed phrase. For every technique a
logistic regression scores candidate units (answer sentences or sub-questions, see
:mod:`classifier.detectors.units`) from the lexicon rules that fire in them, their words,
morphology and relation to the question. It is trained on the evidence spans of
corpus/annotations. A pair shows the technique when its best unit scores above a threshold
chosen by document-grouped cross-validation; the hit's evidence is the rule match in that
unit when a rule of the technique fired, else the unit itself (rule id ``<technique>.model``).

The fitted layer is persisted as ``models/ontwijkmeter-detectors-<version>.joblib`` with a
SHA-256 sidecar, like the scoring model.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from classifier.detectors.base import Hit, PairContext
from classifier.detectors.units import (
    ANSWER_TECHNIQUES,
    QUESTION_TECHNIQUES,
    Unit,
    add_pair_context,
    add_promise_features,
    answer_units,
    pair_flags,
    question_units,
)

TECHNIQUES = ANSWER_TECHNIQUES + QUESTION_TECHNIQUES
# Evidence reported per answer-side technique and pair, whether the unit model or a kept rule
# found it: a pair's best two sentences say why; more repeat it.
MAX_ANSWER_HITS = 2
_FOLD = re.compile(r"\s+")


def _fold(text: str) -> str:
    return _FOLD.sub(" ", text).strip().lower()


def pair_units(ctx: PairContext, rule_hits: list[Hit], coverage: list[tuple[bool, float]]) -> tuple[list[Unit], list[Unit]]:
    from classifier.detectors.structural import _content_lemmas

    q_lemmas = set(_content_lemmas(ctx.question_doc))
    flags = pair_flags(ctx, rule_hits)
    a_units, q_units = answer_units(ctx, rule_hits, q_lemmas), question_units(ctx, rule_hits, coverage, flags)
    add_pair_context(a_units, q_units, flags)
    add_promise_features(ctx, a_units)
    return a_units, q_units


def unit_labels(units: Sequence[Unit], evidences: Sequence[tuple[str, str]]) -> list[int]:
    """1 for units that contain (or are contained in) a gold evidence of the right field.

    ``evidences`` are (field, text) pairs; ``referenced_answer`` evidence matches units that
    come from the referenced answer. When a pair has evidence but no unit matches exactly
    (an evidence spanning two sentences), the unit sharing most words is taken.
    """
    labels = [0] * len(units)
    for fld, ev in evidences:
        ev_f = _fold(ev)
        want_field = "answer" if fld == "referenced_answer" else fld
        best, best_overlap = None, 0.0
        ev_words = set(ev_f.split())
        for i, u in enumerate(units):
            if u.field != want_field or (fld == "referenced_answer") != (u.via is not None):
                continue
            u_f = _fold(u.text)
            if ev_f in u_f or (len(u_f) > 15 and u_f in ev_f):
                labels[i] = 1
                best = None
                break
            overlap = len(ev_words & set(u_f.split())) / (len(ev_words) or 1)
            if overlap > best_overlap:
                best, best_overlap = i, overlap
        else:
            if best is not None and best_overlap >= 0.5:
                labels[best] = 1
    return labels


@dataclass
class TechniqueModel:
    technique: str
    vectorizer: Any
    classifier: Any
    threshold: float
    cv_f1: float = 0.0
    # Feature-name prefixes this model leaves out (chosen by cross-validation, see
    # ``FEATURE_VARIANTS``); models persisted before the choice existed have none.
    drop: tuple[str, ...] = ()
    # Whether a pair where a rule of the technique fired shows it even when no unit scores
    # above the threshold (the unit model then adds hits but vetoes none). Chosen per technique
    # by the same cross-validation; on the test part never read while writing the rules, the
    # vetoes had cost recall: ignorance F1 0.67 by the rules alone, 0.61 through the layer
    # (scripts/evaluate_detectors.py, 2026-12-07).
    keep_rules: bool = False

    def unit_scores(self, units: Sequence[Unit]) -> np.ndarray:
        if not units:
            return np.zeros(0)
        X = self.vectorizer.transform([without(u.features, self.dropped) for u in units])
        return self.classifier.predict_proba(X)[:, 1]

    @property
    def dropped(self) -> tuple[str, ...]:
        return getattr(self, "drop", ())

    @property
    def keeps_rules(self) -> bool:
        return getattr(self, "keep_rules", False)


# The feature sets a technique's model may be fitted on, chosen per technique by document-
# grouped cross-validation in ``classifier.training.fit_detector_layer``: all features, or --
# for the sub-question techniques -- without the sub-question's own words ("qw=..."). A
# missing figure is told by the kind of figure asked and what the answer gives, not by the
# topic of the question; with some 220 positive pairs the topic words mostly add noise
# (out-of-fold pair F1 of missing_figure 0.63 with them, 0.67 without, C = 0.3).
#
# The promise extractor's features (``add_promise_features``) are for ``deferral``, the
# technique the codebook defines by a promise: the other answer-side models leave them out, so
# they stay as they were fitted before those features existed.
PROMISE_FEATURES = ("promise:",)
FEATURE_VARIANTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "missing_figure": ((), ("qw=",)),
    "no_yes_no": ((), ("qw=",)),
    **{t: (PROMISE_FEATURES,) for t in ("cross_reference", "ignorance", "refusal", "generic", "premise_rejected")},
}


def without(features: dict[str, float], prefixes: tuple[str, ...]) -> dict[str, float]:
    """``features`` minus the names that start with one of ``prefixes``."""
    if not prefixes:
        return features
    return {k: v for k, v in features.items() if not k.startswith(prefixes)}


@dataclass
class LearnedDetectors:
    """All technique models; ``predict`` turns a pair's units into hits and scores."""

    models: dict[str, TechniqueModel] = field(default_factory=dict)
    version: str = ""
    answered: Any = None  # AnsweredModel

    def predict(
        self, ctx: PairContext, rule_hits: list[Hit], coverage: list[tuple[bool, float]]
    ) -> tuple[list[Hit], dict[str, float], list[tuple[bool, float]]]:
        """Hits, the best unit score per technique, and (answered, probability) per sub-question."""
        return self.predict_many([(ctx, rule_hits, coverage)])[0]

    def predict_many(
        self, items: Sequence[tuple[PairContext, list[Hit], list[tuple[bool, float]]]]
    ) -> list[tuple[list[Hit], dict[str, float], list[tuple[bool, float]]]]:
        """``predict`` for many pairs: each model scores the units of all pairs in one call.

        Scikit-learn's per-call overhead (input validation) dominates when a model is asked
        about one pair's three sentences at a time; a unit's score does not depend on the
        other units in the call, so batching changes no result.
        """
        units = [pair_units(ctx, hits, cov) for ctx, hits, cov in items]
        a_bounds = _bounds([len(a) for a, _ in units])
        q_bounds = _bounds([len(q) for _, q in units])
        all_a = [u for a, _ in units for u in a]
        all_q = [u for _, q in units for u in q]
        answer_side, question_side = _UnitMatrices(all_a), _UnitMatrices(all_q)
        scores_of: dict[str, np.ndarray] = {}
        for t, model in self.models.items():
            side = answer_side if t in ANSWER_TECHNIQUES else question_side
            scores_of[t] = side.scores(model.vectorizer, model.classifier, model.dropped)
        answered = question_side.scores(self.answered.vectorizer, self.answered.classifier) if self.answered is not None else None
        out = []
        for k, ((ctx, rule_hits, coverage), (a_units, q_units)) in enumerate(zip(items, units, strict=True)):
            hits: list[Hit] = []
            scores: dict[str, float] = {}
            for t, model in self.models.items():
                own_units, (lo, hi) = (a_units, a_bounds[k]) if t in ANSWER_TECHNIQUES else (q_units, q_bounds[k])
                s = scores_of[t][lo:hi]
                best = float(s.max()) if len(s) else 0.0
                scores[t] = round(best, 4)
                if not len(s) or best < model.threshold:
                    if model.keeps_rules:
                        hits.extend([h for h in rule_hits if h.technique == t][: MAX_ANSWER_HITS if t in ANSWER_TECHNIQUES else None])
                    continue
                for i in np.argsort(-s):
                    if s[i] < model.threshold:
                        break
                    hits.append(_hit_for(t, own_units[int(i)], float(s[i])))
                    if t in ANSWER_TECHNIQUES and len([h for h in hits if h.technique == t]) >= MAX_ANSWER_HITS:
                        break
            new_coverage = coverage
            if answered is not None and q_units:
                if not ctx.pair.answer.strip():
                    new_coverage = [(False, 0.0) for _ in q_units]
                else:
                    lo, hi = q_bounds[k]
                    new_coverage = [(bool(x >= self.answered.threshold), round(float(x), 4)) for x in answered[lo:hi]]
                    # One story per sub-question: an "ignored" sub-question is one the answered
                    # model also finds unanswered.
                    hits = [
                        h
                        for h in hits
                        if h.technique != "unanswered_subquestion" or h.subquestion is None or not new_coverage[h.subquestion][0]
                    ]
            out.append((hits, scores, new_coverage))
        return out


class _UnitMatrices:
    """The units of one side of a batch (answer sentences or sub-questions) and their feature
    matrices, scored as :meth:`TechniqueModel.unit_scores` scores them.

    A FeatureHasher has no fitted state: hashers with the same parameters give the same matrix
    for the same units. The layer's models all hash alike (:func:`unit_vectorizer`), so the
    units are hashed once per side instead of once per model.
    """

    def __init__(self, units: Sequence[Unit]) -> None:
        self.units = units
        self._hashed: dict[str, Any] = {}

    def matrix(self, vectorizer: Any, drop: tuple[str, ...] = ()) -> Any:
        from sklearn.feature_extraction import FeatureHasher

        if not isinstance(vectorizer, FeatureHasher):
            return vectorizer.transform([without(u.features, drop) for u in self.units])
        params = repr((sorted(vectorizer.get_params().items()), drop))
        if params not in self._hashed:
            self._hashed[params] = vectorizer.transform([without(u.features, drop) for u in self.units])
        return self._hashed[params]

    def scores(self, vectorizer: Any, classifier: Any, drop: tuple[str, ...] = ()) -> np.ndarray:
        """Probability of the positive class for every unit."""
        if not self.units:
            return np.zeros(0)
        return classifier.predict_proba(self.matrix(vectorizer, drop))[:, 1]


def _bounds(sizes: Sequence[int]) -> list[tuple[int, int]]:
    out, start = [], 0
    for n in sizes:
        out.append((start, start + n))
        start += n
    return out


def _hit_for(technique: str, unit: Unit, score: float) -> Hit:
    own = [h for h in unit.rule_hits if h.technique == technique]
    if own:
        h = max(own, key=lambda x: x.end - x.start)
        return Hit(technique, h.rule, h.evidence, h.start, h.end, h.field, h.subquestion, h.via_reference)
    sub = unit.index if unit.kind == "subquestion" else None
    return Hit(technique, f"{technique}.model", unit.text, unit.start, unit.end, unit.field, sub, unit.via)


# --- training --------------------------------------------------------------------------------


def build_unit_dataset(
    units_per_pair: Sequence[tuple[list[Unit], list[Unit]]], gold_per_pair: Sequence[dict[str, list[tuple[str, str]]]], technique: str
) -> tuple[list[dict[str, float]], list[int], list[int]]:
    """Features, unit labels and the pair index of every unit, for one technique."""
    feats: list[dict[str, float]] = []
    labels: list[int] = []
    owner: list[int] = []
    for k, ((a_units, q_units), gold) in enumerate(zip(units_per_pair, gold_per_pair, strict=True)):
        units = a_units if technique in ANSWER_TECHNIQUES else q_units
        y = unit_labels(units, gold.get(technique, []))
        feats.extend(u.features for u in units)
        labels.extend(y)
        owner.extend([k] * len(units))
    return feats, labels, owner


HASH_FEATURES = 2**16


def unit_vectorizer() -> Any:
    """Feature hashing: no vocabulary to store, so the persisted layer loads in milliseconds."""
    from sklearn.feature_extraction import FeatureHasher

    return FeatureHasher(n_features=HASH_FEATURES, input_type="dict", alternate_sign=False)


def fit_technique(
    technique: str, feats: Sequence[dict[str, float]], labels: Sequence[int], *, C: float = 0.5, seed: int = 0
) -> tuple[Any, Any]:

    vec = unit_vectorizer()
    clf = fit_matrix(vec.transform(feats), labels, C=C, seed=seed)
    return vec, clf


def fit_matrix(X: Any, labels: Any, *, C: float = 0.5, seed: int = 0) -> Any:
    from sklearn.linear_model import LogisticRegression

    # liblinear: the fastest exact solver for these sparse binary problems
    return LogisticRegression(C=C, class_weight="balanced", solver="liblinear", max_iter=3000, random_state=seed).fit(X, labels)


def pair_max(scores: np.ndarray, owner: Sequence[int], n_pairs: int) -> np.ndarray:
    out = np.zeros(n_pairs)
    for s, k in zip(scores, owner, strict=True):
        out[k] = max(out[k], s)
    return out


def best_threshold(pair_scores: np.ndarray, gold: np.ndarray) -> tuple[float, float]:
    """Threshold on the pair score that maximises F1 (ties: the higher threshold)."""
    best_t, best_f = 0.5, -1.0
    for t in np.linspace(0.2, 0.95, 31):
        pred = pair_scores >= t
        tp = float(np.sum(pred & gold))
        fp = float(np.sum(pred & ~gold))
        fn = float(np.sum(~pred & gold))
        f = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if f >= best_f:
            best_t, best_f = float(t), f
    return best_t, best_f


# --- sub-question answered model ---------------------------------------------------------------

QUESTION_SIDE_EVIDENCE = ("unanswered_subquestion", "missing_figure", "no_yes_no")


def answered_labels(
    q_units: Sequence[Unit], label: str, answered: int, total: int, gold: dict[str, list[tuple[str, str]]]
) -> list[int | None]:
    """Which sub-questions the annotator counted as answered, where the label tells.

    reply: all; non_reply: none; partial: those quoted as ignored / missing a figure / lacking
    a yes-no are unanswered, and when that accounts for every unanswered one the rest are
    answered; otherwise the rest are unknown (None).
    """
    if label == "reply":
        return [1] * len(q_units)
    if label == "non_reply":
        return [0] * len(q_units)
    evid = [(fld, ev) for t in QUESTION_SIDE_EVIDENCE for fld, ev in gold.get(t, []) if fld == "question"]
    marks = unit_labels(q_units, evid)
    out: list[int | None] = [0 if m else None for m in marks]
    n_unanswered = total - answered
    if sum(marks) >= n_unanswered and len(q_units) == total:
        out = [0 if m else 1 for m in marks]
    return out


@dataclass
class AnsweredModel:
    vectorizer: Any
    classifier: Any
    threshold: float = 0.5

    def probabilities(self, q_units: Sequence[Unit]) -> np.ndarray:
        if not q_units:
            return np.zeros(0)
        return self.classifier.predict_proba(self.vectorizer.transform([u.features for u in q_units]))[:, 1]
