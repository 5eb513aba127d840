"""Feature dictionaries for the scoring model, from an analysed pair.

Three groups, all computed from what the detectors and the Dutch pipeline already
produced (nothing is parsed twice):

* detector features: hits per technique, rules of note, sub-question coverage;
* question-answer relation: content overlap, lengths, figures asked vs. given, closed
  questions answered yes/no, pure references;
* the answer text itself, for the TF-IDF branch of the model (:func:`answer_text`).

The functions used inside the persisted scikit-learn pipeline (:func:`select_features`,
:func:`select_text`) live here, at module level, so a saved model loads without the
training script.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Any

from classifier.analysis import PairAnalysis
from classifier.detectors import TECHNIQUES
from classifier.detectors.structural import _content_lemmas, figure_request, has_yes_no, is_closed
from classifier.doctable import DocTable, doc_table
from classifier.segment import Letter

_OPENING_YES_NO = re.compile(r"^\W*(ja|nee|neen)\b", re.I)
# Techniques whose place in the answer matters: an answer that *opens* with "Wij hebben geen
# onderzoek gedaan naar ..." or "Zie het antwoord op vraag 3" is usually built around it,
# whereas the same words after a full answer are often a side remark.
POSITIONAL = ("cross_reference", "missing_figure", "deferral", "ignorance", "refusal", "generic", "premise_rejected")


def _ratio(a: float, b: float) -> float:
    return a / b if b else 0.0


def pair_features(a: PairAnalysis) -> dict[str, float]:
    """Numeric features of one analysed pair (names are stable: the model depends on them)."""
    p = a.pair
    f: dict[str, float] = {}
    techniques = [h.technique for h in a.hits]
    for t in TECHNIQUES:
        n = techniques.count(t)
        f[f"tech_{t}"] = float(n > 0)
        f[f"tech_{t}_n"] = math.log1p(n)
    rules = {h.rule for h in a.hits}
    for rule in sorted(rules):
        f[f"rule_{rule}"] = 1.0
    f["hits_via_reference"] = float(sum(1 for h in a.hits if h.via_reference))
    answer, question = doc_table(a.answer_doc), doc_table(a.question_doc)
    f.update(_position_features(a, answer))
    for t, score in a.tech_scores.items():  # learned layer: best unit score per technique
        f[f"score_{t}"] = float(score)
    # References
    f["pure_reference"] = float(p.pure_reference)
    f["has_reference"] = float(bool(p.references))
    f["joint"] = float(p.joint)
    # Sub-question coverage
    n_sub = len(p.subquestions)
    answered = sum(1 for ok, _ in a.coverage if ok)
    f["subq_n"] = math.log1p(n_sub)
    f["subq_answered_frac"] = _ratio(answered, n_sub) if n_sub else 1.0
    f["subq_unanswered_n"] = float(n_sub - answered)
    covs = [c for _, c in a.coverage] or [1.0]
    f["subq_cov_min"] = min(covs)
    f["subq_cov_mean"] = sum(covs) / len(covs)
    f["subq_cov_max"] = max(covs)
    f["subq_all_answered"] = float(answered == n_sub and n_sub > 0)
    f["subq_none_answered"] = float(answered == 0)
    # Lengths
    answer_words = _word_count(answer)
    question_words = _word_count(question)
    f["answer_empty"] = float(not p.answer.strip())
    f["answer_len_log"] = math.log1p(answer_words)
    f["question_len_log"] = math.log1p(question_words)
    f["len_ratio_log"] = math.log1p(answer_words) - math.log1p(question_words)
    f["answer_sents_log"] = math.log1p(len(answer.sentences or ()))  # no boundaries: no sentences
    if a.referenced_doc is not None:
        f["referenced_len_log"] = math.log1p(len(a.referenced_doc))
    # Content overlap between question and answer (lemmas, both ways)
    q_lemmas = set(_content_lemmas(a.question_doc))
    a_lemmas = set(_content_lemmas(a.answer_doc))
    if a.referenced_doc is not None:
        a_lemmas |= set(_content_lemmas(a.referenced_doc))
    f["overlap_q_in_a"] = _ratio(len(q_lemmas & a_lemmas), len(q_lemmas))
    f["overlap_a_in_q"] = _ratio(len(q_lemmas & a_lemmas), len(a_lemmas))
    # Figures asked and given
    requests = [figure_request(s) for s in p.subquestions]
    kinds = {r.kind for r in requests if r is not None}
    f["figure_requested"] = float(bool(kinds))
    for k in ("COUNT", "AMOUNT", "PERCENT", "DATE", "PERIOD"):
        f[f"figure_requested_{k}"] = float(k in kinds)
    f["figures_in_answer_log"] = math.log1p(len(answer.figures))
    for k in ("COUNT", "AMOUNT", "PERCENT", "DATE", "PERIOD"):
        f[f"figure_given_{k}"] = float(any(fig.label == k for fig in answer.figures))
    # Closed questions and yes/no
    closed = sum(1 for s in p.subquestions if is_closed(s))
    f["closed_n"] = math.log1p(closed)
    f["closed_frac"] = _ratio(closed, n_sub)
    f["answer_yes_no"] = float(has_yes_no(p.answer))
    f["answer_opens_yes_no"] = float(bool(_OPENING_YES_NO.match(p.answer)))
    # Tense profile of the answer: share of future/present-passive auxiliaries
    verbs = [i for i, pos in enumerate(answer.pos) if pos in ("VERB", "AUX")]
    future = [i for i in verbs if answer.lemma[i] in ("zullen", "gaan") and "Fin" in answer.verb_form[i]]
    past = [i for i in verbs if "Past" in answer.tense[i]]
    f["future_aux_frac"] = _ratio(len(future), len(verbs))
    f["past_frac"] = _ratio(len(past), len(verbs))
    return f


def _position_features(a: PairAnalysis, answer: DocTable) -> dict[str, float]:
    """Where in the answer the evasion evidence sits: in its first sentence, in how many of
    its sentences, and how early (0 = at the start, 1 = nowhere)."""
    bounds = [(s.start_char, s.end_char) for s in answer.sentences or ()]
    first_end = bounds[0][1] if bounds else len(a.pair.answer)
    own = [h for h in a.hits if h.field == "answer" and not h.via_reference and h.technique in POSITIONAL]
    f = {f"lead_{t}": float(any(h.technique == t and h.start < first_end for h in own)) for t in POSITIONAL}
    if bounds:
        with_hit = sum(1 for lo, hi in bounds if any(lo <= h.start < hi for h in own))
        f["evasive_sent_frac"] = with_hit / len(bounds)
        f["evasive_all_sents"] = float(with_hit == len(bounds))
    f["evasive_first_pos"] = _ratio(min((h.start for h in own), default=len(a.pair.answer)), len(a.pair.answer)) if a.pair.answer else 1.0
    return f


def _word_count(t: DocTable) -> int:
    """Tokens that are neither whitespace nor punctuation."""
    return sum(1 for space, punct in zip(t.is_space, t.is_punct, strict=True) if not space and not punct)


def answer_text(a: PairAnalysis) -> str:
    """The answer as the text branch sees it (the referenced answer stands in for "Zie vraag N")."""
    if a.pair.pure_reference and a.referenced is not None:
        return f"{a.pair.answer} {a.referenced.answer}"
    return a.pair.answer


def genre(a: PairAnalysis) -> str:
    """``"letter"`` for a pair segmented from an answer letter or from a table's letter that reads
    as Dutch, ``"table"`` for one from a Belgian-style question/answer table (JSONL/CSV; see
    :mod:`classifier.genre`): known at scoring time, it picks the model's decision rule
    (:class:`classifier.model.GenreDecision`)."""
    return letter_genre(a.letter)


def letter_genre(letter: Letter) -> str:
    """The genre of every pair of ``letter`` (see :func:`genre`)."""
    return letter.genre if letter.layout == "table" else "letter"


def model_input(a: PairAnalysis) -> dict[str, Any]:
    """One row of model input: the feature dict, the answer text and the input's genre."""
    return {"features": pair_features(a), "text": answer_text(a), "genre": genre(a)}


def select_features(rows: Sequence[dict[str, Any]]) -> list[dict[str, float]]:
    return [r["features"] for r in rows]


def select_text(rows: Sequence[dict[str, Any]]) -> list[str]:
    return [r["text"] for r in rows]
