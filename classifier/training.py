"""Building the training set from corpus/annotations and evaluating models on it.

Used by ``scripts/train.py``, ``scripts/evaluate.py`` and ``scripts/evaluate_detectors.py``
so that all three see exactly the same pairs, features and folds.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from classifier.analysis import PairAnalysis, analyse
from classifier.corpus import Annotation, join, read_annotations, resolve_path
from classifier.segment import Letter

SEED = 20261128
N_FOLDS = 5


@dataclass
class Example:
    annotation: Annotation
    analysis: PairAnalysis

    @property
    def label(self) -> str:
        return self.annotation.label

    @property
    def group(self) -> str:
        return self.annotation.group

    @property
    def source(self) -> str:
        return self.annotation.source


def load_examples(annotations_dir: Path, corpus_root: Path, nlp: Any, *, progress: Any = None) -> list[Example]:
    """Every annotated pair with its analysis (letters are analysed whole, once each)."""
    from classifier.corpus import _letter, _pair_records, letter_from_record

    annotations = read_annotations(annotations_dir)
    joined = join(annotations, corpus_root)
    letters: dict[str, Letter] = {}
    table_pairs: dict[str, Letter] = {}
    for a, _pair in joined:
        full = resolve_path(a.path, corpus_root)
        if a.path.startswith("pairs/"):
            if a.doc_id not in table_pairs:
                table_pairs[a.doc_id] = letter_from_record(_pair_records(full)[a.doc_id], a.path)
        elif a.path not in letters:
            letters[a.path] = _letter(full)
    all_letters = list(letters.values()) + list(table_pairs.values())
    analysed: dict[tuple[str, str | None], PairAnalysis] = {}
    step = 50
    for i in range(0, len(all_letters), step):
        chunk = all_letters[i : i + step]
        for letter, pas in zip(chunk, analyse(chunk, nlp), strict=True):
            for pa in pas:
                analysed[(letter.doc_id, pa.pair.question_no if letter.layout != "table" else None)] = pa
        if progress:
            progress(min(i + step, len(all_letters)), len(all_letters))
    out = []
    for a, _pair in joined:
        pa = analysed[(a.doc_id, a.question_no)]
        out.append(Example(a, pa))
    return out


def folds(examples: Sequence[Example], n_folds: int = N_FOLDS, seed: int = SEED) -> list[tuple[np.ndarray, np.ndarray]]:
    """Document-grouped, label-stratified folds: no letter (or record) in two folds."""
    from sklearn.model_selection import StratifiedGroupKFold

    y = [e.label for e in examples]
    groups = [e.group for e in examples]
    splitter = StratifiedGroupKFold(n_splits=n_folds, shuffle=True, random_state=seed)
    return [(np.asarray(tr), np.asarray(te)) for tr, te in splitter.split(np.zeros(len(y)), y, groups)]


def data_hash(annotations_dir: Path) -> str:
    """SHA-256 over the annotation files (names and bytes), in name order."""
    h = hashlib.sha256()
    for f in sorted(Path(annotations_dir).glob("*.jsonl")):
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return h.hexdigest()


def scores(y_true: Sequence[str], y_pred: Sequence[str]) -> dict[str, Any]:
    from sklearn.metrics import accuracy_score, confusion_matrix, f1_score

    labels = ["reply", "partial", "non_reply"]
    per_class = f1_score(y_true, y_pred, labels=labels, average=None, zero_division=0)
    return {
        "n": len(y_true),
        "macro_f1": round(float(f1_score(y_true, y_pred, labels=labels, average="macro", zero_division=0)), 4),
        "accuracy": round(float(accuracy_score(y_true, y_pred)), 4),
        "f1": {lab: round(float(v), 4) for lab, v in zip(labels, per_class, strict=True)},
        "confusion": {"labels": labels, "matrix": confusion_matrix(y_true, y_pred, labels=labels).tolist()},
    }


def seed_everything(seed: int = SEED) -> None:
    random.seed(seed)
    np.random.seed(seed)


def one_blas_thread() -> None:
    """Run the rest of the process with one BLAS thread.

    The models here are small (sparse linear models, unit matrices of a few thousand rows):
    BLAS threads cost more in start-up and contention than they save. On the 2-core
    development machine the nested CV of ``scripts/evaluate.py`` took 317 s with OpenBLAS's
    default threads and 208 s with one, with identical results (2026-12-07); two runs at once
    with default threads took 7 minutes per fold instead of 45 s.
    """
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")


def dump(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2)


def groups_of(examples: Iterable[Example]) -> list[str]:
    return [e.group for e in examples]


# --- models compared by scripts/evaluate.py ------------------------------------------------

GRID = [{"C": c, "text_weight": tw} for c in (0.3, 1.0, 3.0) for tw in (0.5, 1.0)]


def cv_predict(make_model: Any, rows: Sequence[Any], y: Sequence[str], split: Sequence[tuple[np.ndarray, np.ndarray]]) -> list[str]:
    """Out-of-fold predictions of a model factory on the given folds."""
    pred: list[str | None] = [None] * len(y)
    for tr, te in split:
        model = make_model()
        model.fit([rows[i] for i in tr], [y[i] for i in tr])
        for i, p in zip(te, model.predict([rows[i] for i in te]), strict=True):
            pred[i] = str(p)
    return [p or "reply" for p in pred]


def select_params(
    rows: Sequence[Any], y: Sequence[str], groups: Sequence[str], seed: int = SEED, grid: Sequence[dict[str, Any]] = GRID
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Choose the model's hyper-parameters by document-grouped CV (macro-F1)."""
    from sklearn.model_selection import StratifiedGroupKFold

    from classifier.model import build_pipeline

    splitter = StratifiedGroupKFold(n_splits=N_FOLDS, shuffle=True, random_state=seed + 1)
    split = [(np.asarray(a), np.asarray(b)) for a, b in splitter.split(np.zeros(len(y)), y, groups)]
    table = []
    for params in grid:
        pred = cv_predict(lambda p=params: build_pipeline(**p, seed=seed), rows, y, split)
        table.append({"params": params, **scores(y, pred)})
    best = max(table, key=lambda t: t["macro_f1"])
    return best["params"], table


def rule_label(a: PairAnalysis) -> str:
    """The fixed rules-only baseline: a decision over detector outputs, no learning.

    empty answer -> non_reply; every sub-question addressed and no evasion technique ->
    reply; nothing addressed, or only evasion and no figure where one was asked -> non_reply;
    everything else -> partial.
    """
    if not a.pair.answer.strip():
        return "non_reply"
    techs = {h.technique for h in a.rule_hits}
    evasive = techs & {"deferral", "ignorance", "refusal", "missing_figure", "unanswered_subquestion", "no_yes_no"}
    answered = sum(1 for ok, _ in a.rule_coverage if ok)
    if answered == len(a.rule_coverage) and not evasive:
        return "reply"
    if answered == 0 or (a.pair.pure_reference and techs & {"ignorance", "refusal", "deferral"}):
        return "non_reply"
    if techs & {"ignorance", "refusal"} and len(a.coverage) <= 1:
        return "non_reply"
    return "partial"


def tfidf_lr(seed: int = SEED) -> Any:
    """The text-only baseline: TF-IDF of the answer and logistic regression."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import FunctionTransformer

    from classifier.features import select_text

    return Pipeline(
        [
            ("select", FunctionTransformer(select_text)),
            ("tfidf", TfidfVectorizer(ngram_range=(1, 2), min_df=2, max_features=20000, sublinear_tf=True)),
            ("lr", LogisticRegression(C=1.0, class_weight="balanced", max_iter=5000, random_state=seed)),
        ]
    )


DEV_SHARE = 6  # of 10: documents whose hash bucket is below this are the development part


def split_of(group: str) -> str:
    """Fixed document split for detector development: "dev" (~60 %) or "test" (~40 %).

    Lexicons and rules are developed by reading errors on the dev part only; the test part
    is only ever scored, never read, so its figures are held-out estimates.
    """
    bucket = int(hashlib.sha256(group.encode("utf-8")).hexdigest(), 16) % 10
    return "dev" if bucket < DEV_SHARE else "test"


def rerun_detectors(examples: Sequence[Example]) -> None:
    """Run the detectors again on already analysed pairs (after a lexicon change)."""
    from classifier.detectors import all_detectors, run_detectors
    from classifier.detectors.structural import subquestion_coverage

    detectors = all_detectors()
    for e in examples:
        a = e.analysis
        ctx = a.context()
        a.hits = a.rule_hits = run_detectors(ctx, detectors)
        a.coverage = a.rule_coverage = list(ctx.notes.get("coverage") or subquestion_coverage(ctx))
        a.tech_scores = {}


def cached_examples(cache: Path | None, annotations_dir: Path, corpus_root: Path, nlp: Any) -> list[Example]:
    """Examples from a pickle cache when given and present (development speed-up), else analysed."""
    import pickle

    if cache is not None and cache.exists():
        examples = pickle.loads(cache.read_bytes())
        rerun_detectors(examples)
        return examples
    examples = load_examples(annotations_dir, corpus_root, nlp)
    if cache is not None:
        cache.write_bytes(pickle.dumps(examples))
    return examples


# --- the learned layer of the detectors ----------------------------------------------------

DETECTOR_C_GRID = (0.3,)  # a grid (0.1, 0.3, 1.0) chose 0.3 or near it for most techniques; one value keeps CV affordable
# missing_figure (about 220 positive pairs, sparse sub-question features) gained from stronger
# regularisation in grouped out-of-fold runs (pair F1 0.668 at C 0.3, 0.684 at C 0.1, without
# the question's words): the layer's inner CV chooses between the two.
DETECTOR_C_GRIDS: dict[str, tuple[float, ...]] = {"missing_figure": (0.1, 0.3)}
ANSWERED_C = 0.3


def detector_inputs(examples: Sequence[Example]) -> list[tuple[Any, list, list, dict[str, list[tuple[str, str]]]]]:
    """(context, rule hits, rule coverage, gold evidence by technique) per example."""
    out = []
    for e in examples:
        a = e.analysis
        ctx = a.context()
        gold: dict[str, list[tuple[str, str]]] = {}
        for t in e.annotation.techniques:
            gold.setdefault(t.id, []).append((t.field, t.evidence))
        out.append((ctx, a.rule_hits, a.rule_coverage, gold))
    return out


def group_folds(examples: Sequence[Example], n_folds: int = N_FOLDS, seed: int = SEED) -> np.ndarray:
    """Fold number per example; every document (letter or record) in exactly one fold."""
    groups = np.array([e.group for e in examples])
    rng = np.random.RandomState(seed)
    perm = {g: i for i, g in enumerate(rng.permutation(np.unique(groups)))}
    return np.array([perm[g] % n_folds for g in groups])


def _cached_units(example: Example, ctx: Any, rule_hits: list, coverage: list) -> Any:
    """Units of a pair depend only on its analysis and rule hits: computed once per example."""
    from classifier.detectors.learned import pair_units

    key = (id(example.analysis.pair), len(rule_hits))
    cached = example.__dict__.get("_units")
    if cached is None or cached[0] != key:
        cached = (key, pair_units(ctx, rule_hits, coverage))
        example.__dict__["_units"] = cached
    return cached[1]


def fit_detector_layer(
    examples: Sequence[Example], *, seed: int = SEED, n_folds: int = N_FOLDS, cs: dict[str, float] | None = None, progress: Any = None
) -> tuple[Any, dict[str, Any]]:
    """Fit the learned detectors and the sub-question answered model on ``examples``.

    For every technique, C (unless given in ``cs``) and the pair threshold are chosen on
    out-of-fold pair scores of a document-grouped K-fold inside ``examples``; the final
    unit model is then fitted on all of them.
    """
    from classifier import __version__
    from classifier.detectors.learned import (
        FEATURE_VARIANTS,
        TECHNIQUES,
        AnsweredModel,
        LearnedDetectors,
        TechniqueModel,
        answered_labels,
        best_threshold,
        build_unit_dataset,
        fit_matrix,
        pair_max,
        unit_vectorizer,
        without,
    )

    inputs = detector_inputs(examples)
    units_per_pair = [
        _cached_units(e, ctx, rule_hits, coverage) for e, (ctx, rule_hits, coverage, _gold) in zip(examples, inputs, strict=True)
    ]
    gold_per_pair = [gold for _c, _r, _cov, gold in inputs]
    fold_of_pair = group_folds(examples, n_folds, seed)
    n = len(examples)
    learned = LearnedDetectors(version=__version__)
    report: dict[str, Any] = {}
    for t in TECHNIQUES:
        feats, labels, owner = build_unit_dataset(units_per_pair, gold_per_pair, t)
        owner_a = np.asarray(owner)
        labels_a = np.asarray(labels)
        gold_pairs = np.array([t in e.annotation.technique_ids for e in examples])
        # pairs where a rule of the technique fired: with ``keep_rules`` they count whatever
        # the unit model says (see TechniqueModel.keep_rules)
        rule_pairs = np.array([any(h.technique == t for h in rule_hits) for _c, rule_hits, _cov, _g in inputs])
        best = None
        matrices = {}
        for drop in FEATURE_VARIANTS.get(t, ((),)):
            # hashing: stateless, nothing fitted across folds; kept for the final fit below
            X = matrices[drop] = unit_vectorizer().transform([without(f, drop) for f in feats])
            for C in (cs[t],) if cs and t in cs else DETECTOR_C_GRIDS.get(t, DETECTOR_C_GRID):
                unit_scores = np.zeros(len(labels))
                for k in range(n_folds):
                    te = fold_of_pair[owner_a] == k
                    tr = ~te
                    if labels_a[tr].sum() == 0 or not te.any():
                        continue
                    unit_scores[te] = fit_matrix(X[tr], labels_a[tr], C=C, seed=seed).predict_proba(X[te])[:, 1]
                ps = pair_max(unit_scores, owner, n)
                for keep in (False, True):
                    scored = np.where(rule_pairs, 1.0, ps) if keep else ps
                    thr, f1 = best_threshold(scored, gold_pairs)
                    if best is None or f1 > best[2]:
                        best = (C, thr, f1, drop, keep, _precision_recall(scored >= thr, gold_pairs))
        C, thr, f1, drop, keep, (precision, recall) = best
        vec = unit_vectorizer()
        clf = fit_matrix(matrices[drop], labels_a, C=C, seed=seed)
        learned.models[t] = TechniqueModel(t, vec, clf, thr, round(f1, 4), drop, keep)
        report[t] = {
            "C": C,
            "threshold": round(thr, 3),
            "inner_oof_f1": round(f1, 4),
            # at the chosen threshold, over the same out-of-fold pair scores: how often a
            # reported hit is right (shown to users beside the technique, see
            # classifier.report.reliability)
            "inner_oof_precision": round(precision, 4),
            "inner_oof_recall": round(recall, 4),
            "keep_rules": keep,
            "dropped_features": list(drop),
            "units": len(labels),
            "positive_units": int(labels_a.sum()),
        }
        if progress:
            progress(t, report[t])
    # Sub-question answered model: units whose status the label and the evidence tell.
    feats, labels = [], []
    for (_a_units, q_units), gold, e in zip(units_per_pair, gold_per_pair, examples, strict=True):
        ann = e.annotation
        for u, lab in zip(
            q_units, answered_labels(q_units, ann.label, ann.subquestions_answered, ann.subquestions_total, gold), strict=True
        ):
            if lab is not None:
                feats.append(u.features)
                labels.append(lab)
    vec = unit_vectorizer()
    clf = fit_matrix(vec.transform(feats), np.asarray(labels), C=ANSWERED_C, seed=seed)
    learned.answered = AnsweredModel(vec, clf)
    report["answered"] = {"C": ANSWERED_C, "units": len(labels), "answered_units": int(sum(labels))}
    return learned, report


def _precision_recall(predicted: np.ndarray, gold: np.ndarray) -> tuple[float, float]:
    tp = float(np.sum(predicted & gold))
    return (tp / float(np.sum(predicted)) if predicted.any() else 0.0), (tp / float(np.sum(gold)) if gold.any() else 0.0)


def apply_detectors(examples: Sequence[Example], learned: Any) -> None:
    """Replace every example's hits, scores and coverage by the learned layer's (in place)."""
    inputs = [(ctx, rule_hits, coverage) for ctx, rule_hits, coverage, _gold in detector_inputs(examples)]
    for (hits, scores, cov), e in zip(learned.predict_many(inputs), examples, strict=True):
        e.analysis.hits, e.analysis.tech_scores, e.analysis.coverage = hits, scores, cov


def crossfit_detectors(
    examples: Sequence[Example], *, seed: int = SEED, n_folds: int = N_FOLDS, cs: dict[str, float] | None = None
) -> None:
    """Out-of-fold detector outputs for every example: the layer applied to fold k was fitted
    on the other folds only, so the scoring model never trains on detector outputs that saw
    the pair's own labels."""
    fold_of_pair = group_folds(examples, n_folds, seed + 7)
    for k in range(n_folds):
        train = [e for e, f in zip(examples, fold_of_pair, strict=True) if f != k]
        test = [e for e, f in zip(examples, fold_of_pair, strict=True) if f == k]
        if not test:
            continue
        layer, _ = fit_detector_layer(train, seed=seed, n_folds=n_folds, cs=cs)
        apply_detectors(test, layer)
