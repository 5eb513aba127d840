"""The learned decision of promise extraction: a classifier over what the rules saw.

The rules of :mod:`classifier.promises` read a sentence clause by clause and accept it as a
promise or not. Measured on batches of answer sentences labelled blind after the rules were
written, they found about two in three promises at a precision near 0.6
(``scripts/evaluate_promises.py``). This module turns what the rules looked at into
features -- every anchored clause's kind (``zullen``, ``gaan``, ``willen``, present), its
actor, its head verb and each check that would reject it (negated, conditional, hedged, ...),
the intention phrases, the time expressions ahead of the letter, the parse (subject person
and number, auxiliaries, tense and VerbForm) -- together with the sentence's words and lemmas
(1-2-grams), and a logistic regression decides. The rules' own verdicts (whether they fired,
which clause committed) are left out: with them the classifier learns to copy the rules,
whose verdicts are right on the sentences they were written from and not on new ones
(``scripts/compare_promise_learning.py``, variant ``trace+text``).

A sentence the classifier accepts gets the rules' deadline when the rules accepted it too,
else the first dated time expression ahead of the letter. Who promises and what is promised
are read from the sentence as for a rule promise.

It decides for pair tables only (``Letter.layout == "table"``, :data:`LAYOUTS`), the form in
which the Belgian written and oral answers come: two in three of its training sentences are
Belgian (three in four of its promises), and on the Dutch letters it is behind the rules. Out
of fold (leave one labelled batch out, at the time of training) it found 61% of the Rekenkamer
letters' promises where the rules find 80% (in-sample), and in the seed letter it missed two of
the seven promises with a stated time that the rules find. On the one batch that was unseen by
both when it was chosen (batch 14) it was ahead on the Belgian answers: F1 0.714 against 0.615
(oral) and 0.667 against 0.514 (written). For letters the rules decide alone.

The classifier is trained by ``scripts/train_promises.py`` on the labelled sentences of
``tests/fixtures/promise_sentences*.jsonl`` and shipped as
``models/ontwijkmeter-promises-<version>.joblib`` with its sidecar (SHA-256 checked before
loading, like every artefact). The learned deferral detector reads the rules' decisions
(:func:`classifier.promises.sentence_decisions`), not this classifier's: those sentences are
in its training data, and the detectors are trained on corpus pairs they come from.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Doc, Span

from classifier import __version__
from classifier import promises as P
from classifier.timex import TimeExpression

ENV_PROMISES = "ONTWIJKMETER_PROMISES"
LAYOUTS = frozenset({"table"})  # the letters it decides for (see the module docstring)
TABLE_SOURCES = frozenset({"be-oral", "be-written"})  # labelled sentences from pair tables
PROMISES_FILE = f"ontwijkmeter-promises-{__version__}.joblib"
VERDICTS = ("r:", "c:")  # the rules' own verdicts: fired, deadline, committed clause
C_GRID = (0.3, 1.0, 3.0)
THRESHOLDS = tuple(round(float(x), 2) for x in np.arange(0.2, 0.86, 0.05))


# --- what the rules saw in one sentence -------------------------------------------------------


def _safe(fn: Callable[[], bool]) -> bool:
    """A rule check outside its usual order may meet a case it never sees; treat that as false."""
    try:
        return bool(fn())
    except Exception:  # a check's failure is only a missing feature
        return False


def _gates(a: Any, sent: Span, future: Any) -> dict[str, Callable[[], bool]]:
    return {
        "negated": lambda: P._negated(a),
        "conditional": lambda: P._conditional(a, sent),
        "discourse": lambda: P._discourse(a, sent, future),
        "reported_other": lambda: P._reported_by_other(a, sent),
        "indirect_question": lambda: P._indirect_question(a),
        "expected": lambda: P._expected(a, sent),
        "required": lambda: P._required(a, sent),
        "referral": lambda: P._referral(a),
        "negated_matrix": lambda: P._negated_matrix(a),
        "habitual": lambda: P._habitual(a),
        "hedged": lambda: P._hedged(a),
        "dated": lambda: P._dated(a, future),
        "arrives": lambda: P._arrives(a),
        "state_passive": lambda: P._state_passive(a),
        "cabinet_obligation": lambda: P._cabinet_obligation(a),
        "reported_gov": lambda: P._reported_by_government(a),
    }


def _analyse(sent: Span, letter_date: dt.date | None) -> tuple[bool, Any, Any, dict[str, float]]:
    """The rules' decision and deadline for one sentence, the deadline a promise the rules
    missed would get (the first dated time ahead of the letter), and the features of what
    the rules saw.

    The decision and deadline are those of :func:`classifier.promises.analyse_sentence`
    (same checks, same order); the features add what the rules looked at on the way.
    """
    cues = P._cues()
    text = sent.text
    f: dict[str, float] = {}
    blocked = False
    if text.rstrip().endswith("?"):
        f["g:question"] = 1.0
        blocked = True
    if cues.not_promise.search(text):
        f["g:not_promise"] = 1.0
        blocked = True
    if cues.law_description.search(text):
        f["g:law_description"] = 1.0
        blocked = True
    future = P._Ahead(text, letter_date)
    times = future.times
    if times:
        f["t:ahead"] = 1.0
    for t in times:
        f[f"t:rule={t.rule}"] = 1.0
        if t.rule != "time.vague" and (t.has_range or letter_date is None):
            f["t:dated"] = 1.0
    anchors = P._anchors(sent)
    committed = []
    for a in anchors:
        k = a.kind
        f[f"a:{k}"] = 1.0
        if a.passive:
            f[f"a:{k}:passive"] = 1.0
        actor = _actor(a, sent)
        f[f"a:{k}:actor={actor}"] = 1.0
        f[f"a:actor={actor}"] = 1.0
        f[f"a:{k}:head={P._head_lemma(a.head)}"] = 1.0
        if a.kind != "present" or _safe(lambda a=a: P._may_commit_in_present(a, sent, future)):
            for name, check in _gates(a, sent, future).items():
                if _safe(check):
                    f[f"a:{k}:{name}"] = 1.0
                    f[f"a:{name}"] = 1.0
        if not blocked and _safe(lambda a=a: P._commits(a, sent, future)):
            committed.append(a)
            f[f"c:{k}"] = 1.0
            f[f"c:{k}:actor={actor}"] = 1.0
    intention = _intention_patterns(sent, future)
    for name in intention:
        f[f"i:{name}"] = 1.0
    fired = not blocked and bool(committed or (intention and P._intention(sent, future)))
    deadline = None
    ahead = [t for t in times if not P._period_end(t, text)]
    fallback = P._deadline(ahead, letter_date, []) if times else None
    if fired:
        f["r:fired"] = 1.0
        deadline = P._deadline(ahead, letter_date, committed)
        if deadline is not None:
            f["r:deadline"] = 1.0
        if not committed:
            f["r:by_intention"] = 1.0
    if not anchors:
        f["a:none"] = 1.0
    f.update(_parse_features(sent))
    return fired, deadline, fallback, f


def _actor(a: Any, sent: Span) -> str:
    try:
        return P._actor(a, sent)
    except Exception:  # as in _safe
        return "error"


def _intention_patterns(sent: Span, future: Any) -> list[str]:
    cues = P._cues()
    patterns = {
        "firm": cues.intention_firm,
        "scheduled": cues.intention_scheduled,
        "progressive": cues.progressive,
        "work_on": cues.work_on,
        "agreement": cues.agreement_frame,
        "announcement": cues.announcement_frame,
        "past_intention": cues.past_intention,
        "reader": cues.reader_frame,
        "inform": cues.inform,
    }
    return [name for name, pattern in patterns.items() if pattern.search(sent.text)]


def _parse_features(sent: Span) -> dict[str, float]:
    """Subject person, auxiliaries and modals, tense and VerbForm of the verbs."""
    f: dict[str, float] = {}
    for tok in sent:
        if tok.pos_ in ("VERB", "AUX"):
            form = "|".join(tok.morph.get("VerbForm") + tok.morph.get("Tense")) or "none"
            f[f"p:{tok.pos_}:{form}"] = 1.0
            if tok.pos_ == "AUX" or tok.dep_.startswith("aux"):
                f[f"p:aux={tok.lemma_.lower()}"] = 1.0
        if tok.dep_.startswith("nsubj"):
            person = "".join(tok.morph.get("Person")) or "3"
            number = "".join(tok.morph.get("Number")) or "?"
            f[f"p:{tok.dep_}:{person}{number}"] = 1.0
            if tok.head.dep_ == "ROOT":
                f[f"p:root_subj:{person}{number}"] = 1.0
    root = sent.root
    f[f"p:root_pos={root.pos_}"] = 1.0
    f["p:len_bin"] = min(len(sent), 80) / 80.0
    return f


def text_of(sent: Span) -> str:
    """The words of a sentence as the lexical branch reads them: lowercased lemma stream
    after the word stream (so both word and lemma n-grams, numbers folded)."""
    words = [("0" if t.like_num else t.lower_) for t in sent if not t.is_punct and not t.is_space]
    lemmas = [("0" if t.like_num else "L_" + t.lemma_.lower()) for t in sent if not t.is_punct and not t.is_space]
    return " ".join(words) + " | " + " ".join(lemmas)


def select_features(rows: Sequence[dict[str, Any]], exclude: tuple[str, ...] = ()) -> list[dict[str, float]]:
    """The feature dicts, without the names that start with one of ``exclude``."""
    if not exclude:
        return [r["features"] for r in rows]
    return [{k: v for k, v in r["features"].items() if not k.startswith(exclude)} for r in rows]


def select_text(rows: Sequence[dict[str, Any]]) -> list[str]:
    return [r["text"] for r in rows]


def select_words(rows: Sequence[dict[str, Any]]) -> list[str]:
    """The word stream of :func:`text_of` (before the lemmas)."""
    return [" ".join(part.split(" | ", 1)[0] for part in r["text"].split(" || ")) for r in rows]


def build_pipeline(
    *,
    C: float = 1.0,
    use_features: bool = True,
    use_text: bool = True,
    text_weight: float = 1.0,
    exclude: tuple[str, ...] = (),
    chars: bool = False,
    seed: int = 0,
) -> Any:
    """The promise classifier (unfitted): rule and parse features (without those named by a
    prefix in ``exclude``), word and lemma n-grams (character 2-5-grams of the words with
    ``chars``)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline
    from sklearn.preprocessing import FunctionTransformer

    parts = []
    weights = {}
    if use_features:
        select = FunctionTransformer(select_features, kw_args={"exclude": exclude})
        parts.append(("features", Pipeline([("select", select), ("vectorize", DictVectorizer())])))
        weights["features"] = 1.0
    if use_text:
        tfidf = TfidfVectorizer(lowercase=False, token_pattern=r"[^ |]+", ngram_range=(1, 2), min_df=2, sublinear_tf=True)
        parts.append(("text", Pipeline([("select", FunctionTransformer(select_text)), ("tfidf", tfidf)])))
        weights["text"] = text_weight
    if chars:
        tfidf = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True, max_features=30000)
        parts.append(("chars", Pipeline([("select", FunctionTransformer(select_words)), ("tfidf", tfidf)])))
        weights["chars"] = text_weight
    union = FeatureUnion(parts, transformer_weights=weights)
    clf = LogisticRegression(C=C, class_weight="balanced", max_iter=5000, random_state=seed)
    return Pipeline([("union", union), ("classify", clf)])


# --- one sentence, one labelled row ---------------------------------------------------------


@dataclass
class Trace:
    """The rules' decision and deadline for a sentence, the deadline a promise the rules
    missed would get (the first dated time ahead of the letter), and the classifier's input."""

    fired: bool
    deadline: TimeExpression | None
    fallback: TimeExpression | None
    features: dict[str, float] = field(default_factory=dict)
    text: str = ""

    def row(self) -> dict[str, Any]:
        return {"features": self.features, "text": self.text}

    def deadline_if_promised(self) -> TimeExpression | None:
        return self.deadline if self.fired else self.fallback


def trace_sentence(sent: Span, letter_date: dt.date | None) -> Trace:
    fired, deadline, fallback, features = _analyse(sent, letter_date)
    return Trace(fired, deadline, fallback, features, text_of(sent))


def trace_text(doc: Doc, letter_date: dt.date | None) -> Trace:
    """One labelled sentence, which the parser may split: the union of its parts' features
    (the extractor reports the sentence if any part holds a promise)."""
    out = Trace(False, None, None)
    texts = []
    for sent in doc.sents if len(doc) else []:
        t = trace_sentence(sent, letter_date)
        for k, v in t.features.items():
            out.features[k] = max(out.features.get(k, 0.0), v)
        if t.fired:
            out.deadline = out.deadline if out.fired else t.deadline
            out.fired = True
        out.fallback = out.fallback or t.fallback
        texts.append(t.text)
    out.text = " || ".join(texts)
    return out


# --- the shipped classifier -----------------------------------------------------------------


@dataclass
class PromiseModel:
    """A fitted pipeline over :meth:`Trace.row` and its decision threshold."""

    pipeline: Any
    threshold: float
    C: float

    def probabilities(self, traces: Sequence[Trace]) -> np.ndarray:
        if not traces:
            return np.zeros(0)
        return self.pipeline.predict_proba([t.row() for t in traces])[:, 1]

    def decisions(self, doc: Doc, letter_date: dt.date | None) -> dict[int, tuple[bool, TimeExpression | None]]:
        """``(promised, deadline)`` for every sentence of an analysed answer, by its first
        character, as :func:`classifier.promises.sentence_decisions` gives the rules' (cached
        on the Doc per letter date)."""
        key = ("ontwijkmeter.promises.learned", letter_date.isoformat() if letter_date else None)
        cached = doc.user_data.get(key)
        if cached is None:
            sents = list(doc.sents) if len(doc) else []
            traces = [trace_sentence(s, letter_date) for s in sents]
            prob = self.probabilities(traces)
            cached = {}
            for s, t, p in zip(sents, traces, prob, strict=True):
                yes = bool(p >= self.threshold)
                cached[s.start_char] = (yes, t.deadline_if_promised() if yes else None)
            doc.user_data[key] = cached
        return cached


def for_layout(model: PromiseModel | None, layout: str) -> PromiseModel | None:
    """The model when it decides for letters of this layout, else None (the rules decide)."""
    return model if layout in LAYOUTS else None


def promises_path(path: str | os.PathLike[str] | None = None) -> Path:
    from classifier.model import bundled_path

    return Path(path or os.environ.get(ENV_PROMISES) or bundled_path(PROMISES_FILE))


def load_promise_model(path: str | os.PathLike[str] | None = None) -> tuple[PromiseModel, dict[str, Any]]:
    """The shipped promise classifier and its metadata, after the SHA-256 and version checks."""
    from classifier.errors import ModelError
    from classifier.model import load_artifact

    file = promises_path(path)
    obj, meta = load_artifact(file)
    if not isinstance(obj, PromiseModel):
        raise ModelError(f"geen toezeggingenmodel maar {type(obj).__name__}; niet gebruikt", path=file)
    return obj, meta


# --- training ---------------------------------------------------------------------------------


def fit_pipeline(rows: Sequence[dict[str, Any]], y: np.ndarray, C: float, seed: int, **options: Any) -> Any:
    return build_pipeline(C=C, seed=seed, **{"exclude": VERDICTS, **options}).fit(list(rows), y)


def f1(gold: np.ndarray, pred: np.ndarray) -> float:
    tp = float(np.sum(gold & pred))
    denominator = float(np.sum(gold) + np.sum(pred))
    return 2 * tp / denominator if denominator else 0.0


def out_of_fold(
    rows: Sequence[dict[str, Any]], y: np.ndarray, groups: np.ndarray, docs: np.ndarray, C: float, seed: int, **options: Any
) -> np.ndarray:
    """Out-of-fold probabilities, leave one group out, without the held-out group's letters
    in training (so each figure is for unseen letters)."""
    prob = np.zeros(len(y))
    for g in np.unique(groups):
        test = groups == g
        train = ~test & ~np.isin(docs, docs[test])
        model = fit_pipeline([rows[i] for i in np.flatnonzero(train)], y[train], C, seed, **options)
        prob[test] = model.predict_proba([rows[i] for i in np.flatnonzero(test)])[:, 1]
    return prob


def choose(
    rows: Sequence[dict[str, Any]], y: np.ndarray, groups: np.ndarray, docs: np.ndarray, seed: int, **options: Any
) -> tuple[float, float, float, np.ndarray]:
    """C and threshold with the best out-of-fold F1 of a promise; also that F1 and the
    out-of-fold probabilities of the chosen C."""
    best: tuple[float, float, float, np.ndarray] = (-1.0, C_GRID[0], 0.5, np.zeros(len(y)))
    for C in C_GRID:
        prob = out_of_fold(rows, y, groups, docs, C, seed, **options)
        for t in THRESHOLDS:
            score = f1(y, prob >= t)
            if score > best[0] + 1e-9:
                best = (score, C, t, prob)
    return best[1], best[2], best[0], best[3]
