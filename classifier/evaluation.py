"""Nested, document-grouped comparison of the scoring model with its baselines.

All systems are scored on the same outer folds (no letter or record in two folds):

* ``majority`` -- always the most frequent label of the training folds;
* ``rules`` -- the fixed decision rule over the lexicon detectors (:func:`training.rule_label`);
* ``tfidf_lr`` -- TF-IDF of the answer text and logistic regression;
* ``full`` -- the complete model: within each outer training part the learned detector layer
  is fitted (and cross-fitted for the training features), the scoring model's
  hyper-parameters are chosen by an inner grouped CV, and the result is applied to the
  outer test part. Nothing of the test part is seen before it is scored.
"""

from __future__ import annotations

import copy
import itertools
import time
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from classifier.model import GENRES
from classifier.training import (
    SEED,
    Example,
    apply_detectors,
    crossfit_detectors,
    fit_detector_layer,
    folds,
    rule_label,
    scores,
    tfidf_lr,
)

SCORING_GRID = (
    {"C": 0.3, "text_weight": 0.5},
    {"C": 1.0, "text_weight": 0.5},
    {"C": 0.3, "text_weight": 1.0},
    {"C": 1.0, "text_weight": 1.0},
)
INNER_FOLDS = 3
# Candidate weights of the per-genre decision rule (multiplying partial's and non_reply's
# probability against reply's).
DECISION_GRID = (0.6, 0.8, 1.0, 1.25, 1.5, 2.0)


def select_scoring_params(
    rows: Sequence[dict[str, Any]], y: Sequence[str], groups: Sequence[str], seed: int = SEED
) -> tuple[dict[str, Any], list[dict[str, Any]], np.ndarray, list[str]]:
    """Hyper-parameters of the scoring model by grouped inner CV (macro-F1); also the chosen
    setting's out-of-fold probabilities (columns in the order of the returned classes)."""
    from sklearn.model_selection import StratifiedGroupKFold

    from classifier.model import build_pipeline

    split = list(StratifiedGroupKFold(n_splits=INNER_FOLDS, shuffle=True, random_state=seed + 3).split(np.zeros(len(y)), y, groups))
    classes = sorted(set(y))
    table = []
    probas = []
    for params in SCORING_GRID:
        proba = np.zeros((len(y), len(classes)))
        for tr, te in split:
            model = build_pipeline(**params, seed=seed).fit([rows[i] for i in tr], [y[i] for i in tr])
            cols = [list(model.classes_).index(c) for c in classes]
            proba[te] = model.predict_proba([rows[i] for i in te])[:, cols]
        pred = [classes[k] for k in proba.argmax(axis=1)]
        table.append({"params": params, "macro_f1": scores(list(y), pred)["macro_f1"]})
        probas.append(proba)
    best = max(range(len(table)), key=lambda k: table[k]["macro_f1"])
    return table[best]["params"], table, probas[best], classes


def choose_genre_weights(
    proba: np.ndarray, y: Sequence[str], genres: Sequence[str], classes: Sequence[str]
) -> dict[str, tuple[float, ...]]:
    """Per genre, the class weights (``reply`` fixed at 1) whose weighted argmax of the
    out-of-fold probabilities gives the highest macro-F1 on that genre's pairs; among equals,
    the weights closest to 1. A genre without training pairs keeps weights 1."""
    y_arr = np.asarray(y)
    g_arr = np.asarray(genres)
    names = np.asarray(classes)
    ref = list(classes).index("reply") if "reply" in classes else 0
    grid = [np.asarray(w, dtype=float) for w in itertools.product(DECISION_GRID, repeat=len(classes)) if w[ref] == 1.0]
    out: dict[str, tuple[float, ...]] = {}
    for genre in GENRES:
        mask = g_arr == genre
        if not mask.any():
            out[genre] = (1.0,) * len(classes)
            continue

        def quality(w: np.ndarray, mask: np.ndarray = mask) -> tuple[float, float]:
            pred = names[(proba[mask] * w).argmax(axis=1)]
            return scores(list(y_arr[mask]), list(pred))["macro_f1"], -float(np.abs(np.log(w)).sum())

        out[genre] = tuple(float(v) for v in max(grid, key=quality))
    return out


def fit_full(train: Sequence[Example], *, seed: int = SEED, cs: dict[str, float] | None = None) -> tuple[Any, Any, dict[str, Any]]:
    """Detector layer and scoring model fitted on ``train`` (examples are modified in place:
    their analyses carry out-of-fold detector outputs afterwards)."""
    from classifier.features import model_input
    from classifier.model import GenreDecision, build_pipeline

    layer, det_report = fit_detector_layer(train, seed=seed, cs=cs)
    crossfit_detectors(train, seed=seed, cs={t: r["C"] for t, r in det_report.items() if t != "answered"})
    rows = [model_input(e.analysis) for e in train]
    y = [e.label for e in train]
    params, table, oof, classes = select_scoring_params(rows, y, [e.group for e in train], seed=seed)
    pipeline = build_pipeline(**params, seed=seed).fit(rows, y)
    chosen = choose_genre_weights(oof, y, [r["genre"] for r in rows], classes)
    order = [classes.index(str(c)) for c in pipeline.classes_]
    weights = {g: tuple(w[k] for k in order) for g, w in chosen.items()}
    model = GenreDecision(pipeline, weights)
    named = {g: dict(zip(map(str, pipeline.classes_), w, strict=True)) for g, w in weights.items()}
    return layer, model, {"detectors": det_report, "params": params, "selection": table, "decision_weights": named}


def compare(examples: Sequence[Example], *, seed: int = SEED, progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Out-of-fold predictions and scores of every system, overall and per source."""
    from classifier.features import genre, model_input
    from classifier.training import rerun_detectors

    say = progress or (lambda _m: None)
    started = time.time()
    y = [e.label for e in examples]
    sources = [e.source for e in examples]
    outer = folds(examples, seed=seed)
    preds: dict[str, list[str]] = {k: [""] * len(y) for k in ("majority", "rules", "tfidf_lr", "full")}
    full_proba: list[dict[str, float]] = [{} for _ in y]
    chosen = []
    for k, (tr, te) in enumerate(outer, start=1):
        train = [copy.copy(examples[i]) for i in tr]
        for e in train:
            e.analysis = copy.copy(e.analysis)
        test = [copy.copy(examples[i]) for i in te]
        for e in test:
            e.analysis = copy.copy(e.analysis)
        rerun_detectors(train + test)  # rule-level analyses, as the lexicons give them
        majority = Counter(e.label for e in train).most_common(1)[0][0]
        for i in te:
            preds["majority"][i] = majority
        for i, e in zip(te, test, strict=True):
            preds["rules"][i] = rule_label(e.analysis)
        text_model = tfidf_lr(seed).fit([model_input(e.analysis) for e in train], [e.label for e in train])
        for i, p in zip(te, text_model.predict([model_input(e.analysis) for e in test]), strict=True):
            preds["tfidf_lr"][i] = str(p)
        layer, model, info = fit_full(train, seed=seed)
        apply_detectors(test, layer)
        rows = [model_input(e.analysis) for e in test]
        proba = model.predict_proba(rows)
        classes = list(map(str, model.classes_))
        for i, row, label in zip(te, proba, model.predict(rows), strict=True):
            full_proba[i] = {c: float(row[classes.index(c)]) for c in classes}
            preds["full"][i] = str(label)
        chosen.append({**info["params"], "decision_weights": info["decision_weights"]})
        took = time.time() - started
        say(f"outer fold {k}/{len(outer)} done ({took:.0f} s; params {info['params']}, weights {info['decision_weights']})")
    report: dict[str, Any] = {
        "method": f"{len(outer)} outer folds, StratifiedGroupKFold by document, seed {seed}; the full model's detector "
        f"layer and hyper-parameters are fitted inside each outer training part",
        "n_pairs": len(y),
        "n_documents": len({e.group for e in examples}),
        "labels": dict(Counter(y)),
        "systems": {name: scores(y, p) for name, p in preds.items()},
        "per_source": {},
        "params_per_fold": chosen,
        "seconds": round(time.time() - started, 1),
    }
    for src in sorted(set(sources)):
        idx = [i for i, s in enumerate(sources) if s == src]
        report["per_source"][src] = {name: scores([y[i] for i in idx], [p[i] for i in idx])["macro_f1"] for name, p in preds.items()}
    genres = [genre(e.analysis) for e in examples]
    report["per_genre"] = {}
    for g in GENRES:
        idx = [i for i, v in enumerate(genres) if v == g]
        if idx:
            report["per_genre"][g] = {name: scores([y[i] for i in idx], [p[i] for i in idx])["macro_f1"] for name, p in preds.items()}
    report["brier_full"] = round(
        float(
            np.mean(
                [
                    sum((full_proba[i].get(c, 0.0) - (1.0 if y[i] == c else 0.0)) ** 2 for c in ("reply", "partial", "non_reply"))
                    for i in range(len(y))
                ]
            )
        ),
        4,
    )
    return report


def render(report: dict[str, Any]) -> str:
    """The comparison as a plain-text table."""
    lines = [
        f"{report['n_pairs']} pairs from {report['n_documents']} documents; labels {report['labels']}",
        report["method"],
        "",
        f"{'system':10s} {'macro-F1':>9s} {'accuracy':>9s} {'F1 reply':>9s} {'F1 partial':>11s} {'F1 non_reply':>13s}",
    ]
    for name, s in report["systems"].items():
        lines.append(
            f"{name:10s} {s['macro_f1']:9.3f} {s['accuracy']:9.3f} {s['f1']['reply']:9.3f} {s['f1']['partial']:11.3f} {s['f1']['non_reply']:13.3f}"  # noqa: E501
        )
    lines += ["", "macro-F1 per source:", f"{'source':12s} " + " ".join(f"{n:>9s}" for n in report["systems"])]
    for src, row in report["per_source"].items():
        lines.append(f"{src:12s} " + " ".join(f"{row[n]:9.3f}" for n in report["systems"]))
    for g, row in report.get("per_genre", {}).items():
        lines.append(f"{'all ' + g + 's':12s} " + " ".join(f"{row[n]:9.3f}" for n in report["systems"]))
    cm = report["systems"]["full"]["confusion"]
    lines += ["", "confusion matrix of the full model (rows gold, columns predicted): " + ", ".join(cm["labels"])]
    lines += [f"  {lab:10s} {row}" for lab, row in zip(cm["labels"], cm["matrix"], strict=True)]
    lines.append(f"\nBrier score of the full model's probabilities: {report['brier_full']}")
    return "\n".join(lines) + "\n"
