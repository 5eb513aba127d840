"""The scoring model: one persisted scikit-learn Pipeline, and the judgement it gives.

The pipeline takes rows of :func:`classifier.features.model_input` (a feature dict, the
answer text and the input's genre) and gives calibrated probabilities of ``reply`` /
``partial`` / ``non_reply``; the bundled model wraps it in :class:`GenreDecision`, which
takes the label from those probabilities with class weights per genre (letter or pair
table). The completeness score combines those probabilities with the sub-question coverage of
the detectors (see :func:`completeness`).

Models are joblib files, i.e. pickles: loading one runs code from it. Every model ships
with ``<file>.meta.json`` holding its SHA-256; :func:`load_model` refuses a file whose hash
does not match, and a model trained with another scikit-learn minor version.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from classifier import __version__
from classifier.analysis import PairAnalysis
from classifier.detectors.base import Hit
from classifier.errors import ModelError
from classifier.integrity import verify_file

LABELS = ("reply", "partial", "non_reply")
GENRES = ("letter", "table")
LABELS_NL = {"reply": "beantwoord", "partial": "deels beantwoord", "non_reply": "niet beantwoord"}
ENV_MODEL = "ONTWIJKMETER_MODEL"
ENV_DETECTORS = "ONTWIJKMETER_DETECTORS"
MODEL_FILE = f"ontwijkmeter-{__version__}.joblib"
DETECTORS_FILE = f"ontwijkmeter-detectors-{__version__}.joblib"
# Weights of the completeness score (documented in README, "How the score is computed").
W_PROBABILITY = 0.8
W_COVERAGE = 0.2

_KEEP_OPEN = ExitStack()
_CACHE: dict[str, tuple[Any, dict[str, Any]]] = {}


def feature_part() -> Any:
    """The detector and question-answer features as a scaled sparse matrix."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import FunctionTransformer, MaxAbsScaler

    from classifier.features import select_features

    return Pipeline([("select", FunctionTransformer(select_features)), ("vectorize", DictVectorizer()), ("scale", MaxAbsScaler())])


def text_part() -> Any:
    """The answer text as word 1-2-gram TF-IDF."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import FunctionTransformer

    from classifier.features import select_text

    return Pipeline(
        [
            ("select", FunctionTransformer(select_text)),
            ("tfidf", TfidfVectorizer(lowercase=True, ngram_range=(1, 2), min_df=2, max_features=20000, sublinear_tf=True)),
        ]
    )


def build_pipeline(
    *, C: float = 1.0, class_weight: str | None = "balanced", text_weight: float = 1.0, calibrate: bool = True, seed: int = 0
) -> Any:
    """The model's scikit-learn Pipeline (unfitted)."""
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold
    from sklearn.pipeline import FeatureUnion, Pipeline

    union = FeatureUnion([("features", feature_part()), ("text", text_part())], transformer_weights={"features": 1.0, "text": text_weight})
    clf = LogisticRegression(C=C, class_weight=class_weight, max_iter=5000, random_state=seed)
    if calibrate:
        clf = CalibratedClassifierCV(clf, method="sigmoid", cv=StratifiedKFold(3, shuffle=True, random_state=seed))
    return Pipeline([("union", union), ("classify", clf)])


def bundled_path(name: str) -> Path:
    ref = resources.files("classifier.models").joinpath(name)
    return Path(_KEEP_OPEN.enter_context(resources.as_file(ref)))


def bundled_model_path() -> Path:
    return bundled_path(MODEL_FILE)


def sidecar(path: Path) -> Path:
    """``ontwijkmeter-0.1.0.joblib`` -> ``ontwijkmeter-0.1.0.meta.json``."""
    return path.with_suffix(".meta.json")


def read_meta(model: Path) -> dict[str, Any]:
    meta_file = sidecar(model)
    if not meta_file.is_file():
        raise ModelError(f"metadata {meta_file.name} ontbreekt; een niet-gecontroleerd model wordt niet geladen", path=model)
    try:
        return json.loads(meta_file.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ModelError(f"metadata {meta_file.name} is geen geldige JSON ({exc})", path=model) from exc


def bundled_model_meta() -> dict[str, Any] | None:
    path = bundled_model_path()
    if not path.is_file():
        return None
    meta = read_meta(path)
    meta["file"] = path.name
    return meta


def pipeline_mismatch(meta: dict[str, Any], name: str, version: str) -> str | None:
    """A warning (Dutch, for the user) when the scoring model was trained on the output of
    another Dutch pipeline than the one in use: its features (tags, morphology, parse) then
    differ from those it learned from, and its measured quality does not apply. None when they
    match or the sidecar does not say."""
    trained = meta.get("nlp_pipeline") or {}
    t_name, t_version = trained.get("name"), trained.get("version")
    if not t_name or (t_name, t_version) == (name, version):
        return None
    return (
        f"het scoringsmodel is getraind op de Nederlandse pijplijn {t_name} {t_version or '?'}, "
        f"in gebruik is {name} {version}; labels en scores kunnen afwijken van de gemeten kwaliteit"
    )


def _check_versions(meta: dict[str, Any], path: Path) -> None:
    import sklearn

    trained = str(meta.get("libraries", {}).get("scikit-learn", ""))
    if trained.split(".")[:2] != sklearn.__version__.split(".")[:2]:
        raise ModelError(
            f"model is getraind met scikit-learn {trained or '?'}, geïnstalleerd is {sklearn.__version__}; "
            "installeer de versie uit pyproject.toml of train opnieuw met scripts/train.py",
            path=path,
        )


def load_artifact(path: Path) -> tuple[Any, dict[str, Any]]:
    """A joblib artefact and its sidecar, after the SHA-256 and version checks; once per process."""
    key = str(path.resolve()) if path.exists() else str(path)
    if key in _CACHE:
        return _CACHE[key]
    if not path.is_file():
        raise ModelError("modelbestand niet gevonden (train er een met scripts/train.py)", path=path)
    meta = read_meta(path)
    expected = meta.get("sha256")
    if not isinstance(expected, str):
        raise ModelError("metadata bevat geen sha256; niet geladen", path=path)
    verify_file(path, expected)
    _check_versions(meta, path)
    import joblib

    try:
        obj = joblib.load(path)
    except Exception as exc:  # joblib/pickle raise many types on a broken file
        raise ModelError(f"kan model niet laden ({type(exc).__name__}: {exc})"[:300], path=path) from exc
    _CACHE[key] = (obj, meta)
    return obj, meta


def load_model(path: str | os.PathLike[str] | None = None) -> tuple[Any, dict[str, Any]]:
    """The fitted scoring pipeline and its metadata."""
    return load_artifact(Path(path or os.environ.get(ENV_MODEL) or bundled_model_path()))


def load_detectors(path: str | os.PathLike[str] | None = None) -> tuple[Any, dict[str, Any]]:
    """The learned detector layer and its metadata."""
    return load_artifact(Path(path or os.environ.get(ENV_DETECTORS) or bundled_path(DETECTORS_FILE)))


def detectors_meta(path: str | os.PathLike[str] | None = None) -> dict[str, Any] | None:
    """Metadata of the detector layer :func:`load_detectors` would load (None if there is none)."""
    file = Path(path or os.environ.get(ENV_DETECTORS) or bundled_path(DETECTORS_FILE))
    return read_meta(file) if file.is_file() else None


def save_artifact(obj: Any, path: Path, meta: dict[str, Any]) -> None:
    """Write a joblib artefact and its sidecar (with the file's SHA-256)."""
    import joblib

    from classifier.integrity import sha256_file

    joblib.dump(obj, path, compress=3)
    meta = {**meta, "file": path.name, "sha256": sha256_file(path)}
    sidecar(path).write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


@dataclass
class GenreDecision:
    """The calibrated pipeline and a decision rule per genre: the label is the class with the
    highest probability times its weight for the pair's genre (a Dutch answer letter or a
    Belgian-style pair table, :func:`classifier.features.genre`).

    The probabilities stay those of the calibrated pipeline; only the decision between them is
    weighted, as a cost-sensitive decision on calibrated probabilities is. The weights are
    chosen per genre for macro-F1 on the training part's out-of-fold probabilities
    (:func:`classifier.evaluation.choose_genre_weights`). Why: the pooled model says ``reply``
    for more letter pairs than the annotators do (Dutch letters have fewer partial answers per
    pair than Belgian tables, and their partial answers leave open parts that word overlap does
    not see), so one rule for both genres under-calls ``partial`` on letters. Measured in
    README ("Scoring model").
    """

    pipeline: Any
    weights: dict[str, tuple[float, ...]]  # per genre, aligned with ``classes_``

    @property
    def classes_(self) -> np.ndarray:
        return np.asarray(self.pipeline.classes_)

    def predict_proba(self, rows: Sequence[dict[str, Any]]) -> np.ndarray:
        return self.pipeline.predict_proba(rows)

    def weights_for(self, row: dict[str, Any]) -> np.ndarray:
        return np.asarray(self.weights.get(row.get("genre", "letter"), (1.0,) * len(self.classes_)), dtype=float)

    def predict(self, rows: Sequence[dict[str, Any]]) -> np.ndarray:
        proba = self.predict_proba(rows)
        w = np.vstack([self.weights_for(r) for r in rows]) if len(rows) else np.ones_like(proba)
        return self.classes_[(proba * w).argmax(axis=1)]


def decision_weights(model: Any, row: dict[str, Any]) -> dict[str, float]:
    """The label weights the model applies to this row (all 1 for a model without a genre rule)."""
    if isinstance(model, GenreDecision):
        return {str(c): float(w) for c, w in zip(model.classes_, model.weights_for(row), strict=True)}
    return {label: 1.0 for label in LABELS}


@dataclass
class Judgement:
    label: str
    score: int
    probabilities: dict[str, float]
    subquestions: list[dict[str, Any]] = field(default_factory=list)


def completeness(probabilities: dict[str, float], coverage: Sequence[tuple[bool, float]]) -> int:
    """Completeness 0-100.

    ``80 * (P(reply) + 0.5 * P(partial)) + 20 * share of sub-questions addressed``: the
    model's expected answer level carries most weight; the count of addressed sub-questions
    (as reported, :func:`consistent_coverage`) moves the score of a partial answer (two of
    three answered scores higher than one of three).
    """
    expected = probabilities["reply"] + 0.5 * probabilities["partial"]
    share = (sum(1 for ok, _ in coverage if ok) / len(coverage)) if coverage else expected
    return round(100 * (W_PROBABILITY * expected + W_COVERAGE * share))


def consistent_coverage(label: str, coverage: Sequence[tuple[bool, float]]) -> list[tuple[bool, float]]:
    """The sub-question flags made to agree with the label, as the codebook defines the labels.

    A ``reply`` answers every sub-question and a ``non_reply`` none; a ``partial`` answer to a
    single question leaves it open, and of several answers some but not all. Where the sub-question
    model disagrees with the label, the flags give way (for ``partial``, the least probably
    answered sub-question is marked open, or the most probably answered one answered): the
    label comes from the stronger model, and a report that says "beantwoord" beside "1/3
    deelvragen" contradicts itself. Measured on cross-fitted outputs (README, "How the score is
    computed"): the answered count matches the annotator's in 62.0% of pairs instead of 59.1%.
    """
    cov = list(coverage)
    if not cov:
        return cov
    if label == "reply":
        return [(True, p) for _, p in cov]
    if label == "non_reply":
        return [(False, p) for _, p in cov]
    if len(cov) == 1:
        return [(False, cov[0][1])]
    flags = [ok for ok, _ in cov]
    if all(flags):
        flags[min(range(len(cov)), key=lambda i: cov[i][1])] = False
    elif not any(flags):
        flags[max(range(len(cov)), key=lambda i: cov[i][1])] = True
    return [(ok, p) for ok, (_, p) in zip(flags, cov, strict=True)]


def consistent_hits(hits: Sequence[Hit], label: str) -> list[Hit]:
    """The hits to report for a pair with this label: a ``reply`` has no ignored sub-question
    (the codebook never pairs the two; 172 annotated ``unanswered_subquestion`` pairs are all
    ``partial`` or ``non_reply``)."""
    if label != "reply":
        return list(hits)
    return [h for h in hits if h.technique != "unanswered_subquestion"]


def judge(pipeline: Any, analyses: Sequence[PairAnalysis], *, genre: str | None = None) -> list[Judgement]:
    """Label, probabilities and score for every analysed pair; ``genre`` ("letter" or "table")
    overrides the decision rule each pair's input would choose."""
    from classifier.features import model_input

    if not analyses:
        return []
    rows = [model_input(a) for a in analyses]
    if genre is not None:
        if genre not in GENRES:
            raise ValueError(f"unknown genre {genre!r}; expected one of {GENRES}")
        for r in rows:
            r["genre"] = genre
    proba = pipeline.predict_proba(rows)
    classes = list(pipeline.classes_)
    out = []
    for a, inp, row in zip(analyses, rows, proba, strict=True):
        probs = {label: float(row[classes.index(label)]) if label in classes else 0.0 for label in LABELS}
        probs = {k: round(v, 4) for k, v in probs.items()}
        w = decision_weights(pipeline, inp)
        label = max(LABELS, key=lambda lab: (probs[lab] * w.get(lab, 1.0), -LABELS.index(lab)))
        coverage = consistent_coverage(label, a.coverage)
        subs = [{"text": s.text, "answered": bool(ok)} for s, (ok, _c) in zip(a.pair.subquestions, coverage, strict=False)]
        out.append(Judgement(label, completeness(probs, coverage), probs, subs))
    return out


def predict_labels(pipeline: Any, rows: Sequence[dict[str, Any]]) -> np.ndarray:
    return np.asarray(pipeline.predict(rows))
