"""Can a learned classifier improve promise detection? Rules against learned variants, in grouped CV.

The rules of classifier/promises.py read an answer sentence clause by clause. This script turns
what they saw into features: whether they fired and found a deadline, every anchored clause's
kind (``zullen``, ``gaan``, ``willen``, present), its actor, its head verb and each check that
would reject it (negated, conditional, hedged, ...), the intention phrases, the time expressions
ahead of the letter, the parse (subject person and number, auxiliaries, tense and VerbForm of
the verbs) and the words (word and lemma 1-2-grams, optionally character 2-5-grams). Logistic
regressions on them are compared with the rules.

Data: the labelled sentences of tests/fixtures/promise_sentences{,_fresh,_dev}.jsonl (not the unread
batch of promise_sentences_unread.jsonl) except the final-check
batch of promise_sentences_dev.jsonl (``FINAL_BATCH`` of scripts/evaluate_promises.py: batch 8
for the first result below, batch 9 for the second, batch 10 for the third, batch 11 for the
fourth, batch 12 for the fifth, batch 13 for the sixth, batch 14 for the seventh, batch 15 for
the eighth), which is
dropped on reading. Groups: the 260 set, the fresh set and the development batches.

Development figures are leave-one-group-out: a fold's classifier is trained on the other
groups only, without the sentences of any letter that occurs in the held-out group (so the
figures are for unseen letters), and its C and threshold are chosen by an inner
leave-one-group-out on that training part alone (nested). Caveat: the rules were written and
tuned on all these groups, so the rules' line, and the rule features the classifiers learn
from, are in-sample there; only the final-check batch shows the rules on unseen sentences.

Variants (a promise's deadline is the rules' deadline when the rules fired, else the first
dated time ahead of the letter):

* rules: the extractor of classifier.promises alone;
* text / text+chars: words only (text+chars is slow, not run by default);
* features: the rules' trace and the parse, no words;
* trace+text: the rules' trace without their verdicts (fired, committed clause), parse, words;
* hybrid: everything;
* veto: the rules' positives the hybrid does not reject;
* veto+accept: the hybrid with one threshold for rule positives and one for the rest.

``--final`` then fits every variant on all development sentences (C and threshold by the same
grouped CV) and reports the final-check batch, totals only, no sentences. Run it once, with the
configuration frozen; its result chooses nothing.

Result (2026-12-06, Dutch pipeline nl_ontwijkmeter_ud 1.1, promise cues of round 6), promise
P / R / F1 and with deadline P / R / F1:

    development CV       rules (in-sample)  0.902 0.915 0.908   0.917 0.880 0.898
                         text               0.475 0.700 0.566   0.688 0.587 0.633
                         features           0.899 0.911 0.905   0.904 0.880 0.892
                         trace+text         0.792 0.819 0.805   0.800 0.747 0.772
                         hybrid             0.899 0.911 0.905   0.904 0.880 0.892
                         veto               0.902 0.911 0.907   0.917 0.880 0.898
                         veto+accept        0.899 0.911 0.905   0.904 0.880 0.892
    batch 8 (one run,    rules              0.484 0.556 0.517   0.556 0.556 0.556
    after the decision)  text               0.328 0.815 0.468   0.615 0.889 0.727
                         features           0.515 0.630 0.567   0.636 0.778 0.700
                         trace+text         0.472 0.630 0.540   0.636 0.778 0.700
                         hybrid             0.500 0.593 0.542   0.600 0.667 0.632
                         veto               0.484 0.556 0.517   0.556 0.556 0.556
                         veto+accept        0.500 0.593 0.542   0.600 0.667 0.632

No learned variant beats the rules in development, so none is used by the extractor: the
hybrid learns to copy the rules' verdict (which is right on about 90% of the sentences it is
trained on, because they were tuned there), and without that verdict or with words alone it is
clearly worse. On batch 8 (27 promises, 9 with deadline) the variants with the rules' features
find 16 or 17 promises where the rules find 15, with about as many false ones: differences of one
or two sentences, within what one batch of this size can tell apart; words alone find 22 at
precision 0.33.

Second result (2026-12-07, promise cues of round 8, batch 8 now among the development groups,
``--final`` run once on batch 9, 143 sentences, 35 promises, 14 with deadline):

    development CV       rules (in-sample)  0.885 0.894 0.890   0.889 0.857 0.873
                         text               0.486 0.694 0.571   0.725 0.690 0.707
                         hybrid             0.879 0.887 0.883   0.875 0.833 0.854
    batch 9 (one run)    rules              0.737 0.800 0.767   0.778 0.500 0.609
                         text               0.556 0.714 0.625   0.727 0.571 0.640
                         features           0.737 0.800 0.767   0.778 0.500 0.609
                         trace+text         0.683 0.800 0.737   0.727 0.571 0.640
                         hybrid, veto, veto+accept: the same totals as the rules

Every variant that sees the rules' trace gives the rules' totals on batch 9; words alone are
worse.

Third result (2026-12-07, promise cues of round 9, batches 8 and 9 among the development
groups, ``--final`` run once on batch 10, 109 sentences, 23 promises, 7 with deadline):

    development CV       rules (in-sample)  0.871 0.896 0.883   0.884 0.857 0.870
                         text               0.518 0.690 0.592   0.710 0.673 0.691
                         trace+text         0.743 0.772 0.757   0.730 0.745 0.737
                         hybrid             0.864 0.899 0.881   0.867 0.867 0.867
    batch 10 (one run)   rules              0.654 0.739 0.694   0.800 0.571 0.667
                         text               0.400 0.783 0.529   0.429 0.429 0.429
                         features           0.630 0.739 0.680   0.800 0.571 0.667
                         trace+text         0.636 0.913 0.750   0.714 0.714 0.714
                         hybrid             0.643 0.783 0.706   0.833 0.714 0.769
                         veto, veto+accept: the rules' totals

On batch 10 trace+text finds 21 of the 23 promises where the rules find 17, with 12 false ones
against 9. Summed over the three unseen batches (8, 9 and 10, 85 promises; each run fitted on
what was development data at the time) trace+text finds 66 at precision 0.60 and the rules 60
at 0.63: F1 about 0.68 against 0.67. The finding stands: no learned layer over these
sentences generalises clearly better than the rules.

Fourth result (2026-12-07, promise cues of round 10, batches 8 to 10 among the development
groups, ``--final`` run once on batch 11, 194 sentences, 28 promises, 12 with deadline; half of
the batch is letter sentences with only a broad time or future cue):

    development CV       rules (in-sample)  0.877 0.902 0.889   0.893 0.876 0.885
                         text               0.511 0.664 0.578   0.723 0.648 0.683
                         trace+text         0.746 0.778 0.762   0.732 0.781 0.756
                         hybrid             0.869 0.897 0.883   0.867 0.867 0.867
    batch 11 (one run)   rules              0.625 0.714 0.667   0.625 0.417 0.500
                         text               0.364 0.714 0.482   0.889 0.667 0.762
                         trace+text         0.647 0.786 0.710   0.700 0.583 0.636
                         features, hybrid, veto, veto+accept: the rules' totals

Summed over the four unseen batches (8 to 11, 113 promises, each run fitted on what was
development data at the time) trace+text finds 88 with 144 predicted (P 0.611, R 0.779, F1
0.685) and the rules 80 with 127 (P 0.630, R 0.708, F1 0.667): more recall for a little
precision, a difference of 8 promises in 113. Still not clearly better, so the extractor
keeps the rules; trace+text is the variant to try again when more unseen batches exist.

Fifth result (2026-12-07, promise cues of round 10 unchanged, batches 8 to 11 among the
development groups, ``--final`` run once on batch 12, 249 sentences, 40 promises, 12 with
deadline, labelled by two readers who saw neither the extractor nor its code):

    development CV       rules (in-sample)  0.857 0.889 0.873   0.874 0.829 0.851
                         text               0.495 0.675 0.571   0.717 0.650 0.682
                         trace+text         0.745 0.783 0.764   0.731 0.744 0.737
                         hybrid             0.853 0.889 0.871   0.843 0.829 0.836
    batch 12 (one run)   rules              0.522 0.600 0.558   0.600 0.250 0.353
                         text               0.448 0.750 0.561   0.500 0.417 0.455
                         trace+text         0.531 0.650 0.584   0.444 0.333 0.381
                         features           0.511 0.600 0.552   0.500 0.250 0.333
                         hybrid, veto, veto+accept: the rules' totals

Summed over the five unseen batches (8 to 12, 153 promises) trace+text finds 114 with 193
predicted (P 0.591, R 0.745, F1 0.659) and the rules 104 with 173 (P 0.601, R 0.680, F1
0.638). The same picture: a little more recall for a little less precision, not clearly
better.

Sixth result (2026-12-07, stop 22; promise cues of round 10 unchanged, batches 8 to 12 among
the development groups, ``--final`` run once on batch 13, 237 sentences, 33 promises, 12 with
deadline, labelled by two readers who saw neither the extractor nor its code; 18 min):

    development CV       rules (in-sample)  0.824 0.863 0.843   0.862 0.775 0.816
                         text               0.533 0.652 0.587   0.755 0.620 0.681
                         trace+text         0.723 0.767 0.744   0.697 0.713 0.705
                         hybrid             0.815 0.861 0.838   0.820 0.775 0.797
    batch 13 (one run)   rules              0.600 0.727 0.658   0.500 0.583 0.538
                         text               0.385 0.758 0.510   0.381 0.667 0.485
                         trace+text         0.579 0.667 0.620   0.438 0.583 0.500
                         features, hybrid, veto, veto+accept: the rules' totals

Summed over the six unseen batches (8 to 13, 186 promises) trace+text finds 136 with 231
predicted (P 0.589, R 0.731, F1 0.652) and the rules 128 with 213 (P 0.601, R 0.688, F1
0.642): still not clearly better, so the extractor keeps the rules.

Seventh result (2026-12-07, stop 23; round-11 rules as committed in c0aa785, whose decisions
on batch 14 are those of the shipped 3.1 rules; batches 8 to 13 among the development groups,
``--final`` run once on batch 14, 233 sentences, 43 promises, 10 with deadline, labelled by
two readers who saw neither the extractor nor its code; 46 min on a shared machine):

    development CV       rules (in-sample)  0.817 0.858 0.837   0.828 0.787 0.807
                         text               0.517 0.643 0.573   0.706 0.631 0.667
                         trace+text         0.701 0.772 0.735   0.658 0.723 0.689
                         hybrid             0.798 0.850 0.823   0.753 0.780 0.767
    batch 14 (one run)   rules              0.543 0.581 0.562   0.500 0.200 0.286
                         text               0.550 0.767 0.641   0.545 0.600 0.571
                         features           0.551 0.628 0.587   0.571 0.400 0.471
                         trace+text         0.627 0.744 0.681   0.667 0.600 0.632
                         hybrid             0.542 0.605 0.571   0.500 0.300 0.375
                         veto, veto+accept: the rules' totals

Summed over the seven unseen batches (8 to 14, 229 promises) trace+text finds 168 with 282
predicted (P 0.596, R 0.734, F1 0.658) and the rules 153 with 259 (P 0.591, R 0.668, F1
0.627). Batch 14 is the first where the learned variant is clearly ahead (7 more promises
found with 5 more predictions, and 6 of the 10 deadlines against 2); over all seven the gap
(+0.031 F1, about one standard error on 229 promises) leans the same way but is not yet beyond
doubt. It is the candidate for the next round: ship trace+text as a second stage behind the
rules, then check it once on a fresh batch.

Eighth result (2026-12-07, stop 24; round-11 rules, batches 8 to 14 among the development
groups, ``--final --variants text,trace+text,hybrid`` run once on batch 15, 227 sentences, 37
promises, 9 with deadline, labelled by two readers who saw neither the extractor nor its code;
run from a worktree at b544a2e, 40 min on a shared machine):

    development CV       rules (in-sample)  0.793 0.835 0.813   0.819 0.748 0.782
                         text               0.520 0.661 0.582   0.681 0.623 0.651
                         trace+text         0.704 0.757 0.729   0.669 0.748 0.706
                         hybrid             0.760 0.839 0.798   0.692 0.775 0.731
    batch 15 (one run)   rules              0.657 0.622 0.639   0.556 0.556 0.556
                         text               0.483 0.757 0.589   0.455 0.556 0.500
                         trace+text         0.629 0.595 0.611   0.385 0.556 0.455
                         hybrid             0.667 0.703 0.684   0.538 0.778 0.636

Before this run trace+text had been shipped as a decision for pair tables (a2ffd9b: trained on
every development sentence, the same model as this run's; letters kept the rules, because there
it trailed them) with a condition set beforehand: keep it if its F1 on batch 15's Belgian
sentences is not below the rules'. It was below (0.588 against 0.618, 35 promises), so it was
withdrawn (b0d55ac). Summed over the eight unseen batches (8 to 15, 266 promises) trace+text
finds 190 with 317 predicted (P 0.599, R 0.714, F1 0.652) and the rules 176 with 294 (P 0.599,
R 0.662, F1 0.629); the hybrid, which keeps the rules' verdicts as features and mostly copies
them, gave the rules' totals on four batches and found one to three more promises on the other
four, never fewer: 182 with 303 predicted (P 0.601, R 0.684, F1 0.640). Neither difference is
beyond a standard error, and the trace+text lead comes from batch 14 alone. The extractor keeps
the rules; a learned layer would need more unseen batches to show a lead, and since round 12
(written from batches 14 and 15) the hybrid's rule features have changed under it.

Usage::

    python scripts/compare_promise_learning.py [--variants text,hybrid,...] [--final] [--json out.json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from spacy.tokens import Span  # noqa: E402

from classifier import promises as P  # noqa: E402

sys.path.insert(0, str(ROOT / "scripts"))
from evaluate_promises import FINAL_BATCH, load_rows, pr  # noqa: E402

SEED = 20261206
C_GRID = (0.3, 1.0, 3.0)
THRESHOLDS = tuple(round(float(x), 2) for x in np.arange(0.2, 0.86, 0.05))


# --- features of one sentence ---------------------------------------------------------------


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


def analyse(sent: Span, letter_date: dt.date | None) -> tuple[bool, Any, Any, dict[str, float]]:
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


# --- data and cross-validation ---------------------------------------------------------------


def development_rows() -> list[dict]:
    """Every labelled sentence but the final-check batch, each with its CV group."""
    out = []
    for r in load_rows("promise_sentences.jsonl"):
        out.append({**r, "group": "set260"})
    for r in load_rows("promise_sentences_fresh.jsonl"):
        out.append({**r, "group": "fresh"})
    for r in load_rows("promise_sentences_dev.jsonl"):
        batch = r["n"] // 1000
        if batch == FINAL_BATCH:
            continue  # the final check: not read, not parsed, not learned from
        out.append({**r, "group": f"batch{batch}"})
    return out


def final_rows() -> list[dict]:
    """The final-check batch: only for the one run after the configuration is frozen."""
    return [r for r in load_rows("promise_sentences_dev.jsonl") if r["n"] // 1000 == FINAL_BATCH]


def letter_date(r: dict) -> dt.date | None:
    return dt.date.fromisoformat(r["letter_date"]) if r.get("letter_date") else None


def featurise(nlp: Any, rows: Sequence[dict]) -> list[dict[str, Any]]:
    """One classifier row per labelled sentence; a sentence the parser splits is read as the
    union of its parts (the extractor reports it if any part holds a promise)."""
    out = []
    for r, doc in zip(rows, nlp.pipe([r["sentence"] for r in rows]), strict=True):
        date = letter_date(r)
        feats: dict[str, float] = {}
        fired, deadline, fallback = False, None, None
        for sent in doc.sents:
            f_fired, f_deadline, f_fallback, f = analyse(sent, date)
            for k, v in f.items():
                feats[k] = max(feats.get(k, 0.0), v)
            if f_fired:
                fired = True
                deadline = deadline or f_deadline
            fallback = fallback or f_fallback
        text = " || ".join(text_of(s) for s in doc.sents)
        out.append({"features": feats, "text": text, "rules": fired, "deadline": deadline, "fallback": fallback})
    return out


def prf(gold: Sequence[bool], pred: Sequence[bool]) -> dict[str, float]:
    p, r, f1, n_gold = pr(list(gold), list(pred))
    return {"P": round(p, 3), "R": round(r, 3), "F1": round(f1, 3), "gold": n_gold, "pred": sum(map(bool, pred))}


def labels_of(decided: Sequence[bool], feats: Sequence[dict[str, Any]]) -> list[str]:
    """``promise_deadline`` / ``promise_no_deadline`` / ``none`` from a promise decision."""
    out = []
    for d, x in zip(decided, feats, strict=True):
        if not d:
            out.append("none")
        else:
            deadline = x["deadline"] if x["rules"] else x["fallback"]
            out.append("promise_deadline" if deadline is not None else "promise_no_deadline")
    return out


def scores(gold: Sequence[str], pred: Sequence[str]) -> dict[str, dict[str, float]]:
    return {
        "promise": prf([g != "none" for g in gold], [p != "none" for p in pred]),
        "deadline": prf([g == "promise_deadline" for g in gold], [p == "promise_deadline" for p in pred]),
    }


# --- the variants -------------------------------------------------------------------------

VERDICTS = ("r:", "c:")  # the rules' own verdicts: fired, deadline, committed clause
VARIANTS = {
    # name: (pipeline options, mode)
    "text": ({"use_features": False}, "decide"),
    "text+chars": ({"use_features": False, "chars": True}, "decide"),
    "features": ({"use_text": False}, "decide"),
    "trace+text": ({"exclude": VERDICTS}, "decide"),
    "hybrid": ({}, "decide"),
    "veto": ({}, "veto"),
    "veto+accept": ({}, "two"),
}


def _fit(X: list[dict], y: np.ndarray, options: dict[str, Any], C: float) -> Any:
    return build_pipeline(C=C, seed=SEED, **options).fit(X, y)


def decide(prob: np.ndarray, rules: np.ndarray, mode: str, t: tuple[float, float]) -> np.ndarray:
    """A decision from the probability: ``decide`` one threshold; ``veto`` keep rule positives
    at or over t[0]; ``two`` t[0] for rule positives, t[1] for the rest."""
    if mode == "decide":
        return prob >= t[0]
    if mode == "veto":
        return rules & (prob >= t[0])
    return np.where(rules, prob >= t[0], prob >= t[1])


def _threshold_grid(mode: str) -> list[tuple[float, float]]:
    if mode == "two":
        return [(a, b) for a in THRESHOLDS for b in THRESHOLDS if b >= a]
    return [(a, a) for a in THRESHOLDS]


def _f1(gold: np.ndarray, pred: np.ndarray) -> float:
    tp = float(np.sum(gold & pred))
    denominator = float(np.sum(gold) + np.sum(pred))
    return 2 * tp / denominator if denominator else 0.0


def _oof(X: list[dict], y: np.ndarray, groups: np.ndarray, docs: np.ndarray, options: dict[str, Any], C: float) -> np.ndarray:
    """Out-of-fold probabilities, leave one group out, without the held-out group's letters."""
    prob = np.zeros(len(y))
    for g in np.unique(groups):
        test = groups == g
        train = ~test & ~np.isin(docs, docs[test])
        model = _fit([X[i] for i in np.flatnonzero(train)], y[train], options, C)
        prob[test] = model.predict_proba([X[i] for i in np.flatnonzero(test)])[:, 1]
    return prob


_OOF_CACHE: dict[tuple, np.ndarray] = {}


def choose(
    X: list[dict], y: np.ndarray, groups: np.ndarray, docs: np.ndarray, variant: str, key: str = ""
) -> tuple[float, tuple[float, float], float]:
    """C and threshold(s) with the best out-of-fold F1 of a promise on these sentences
    (``key`` names the sentences, so variants of one model share its out-of-fold run)."""
    options, mode = VARIANTS[variant]
    rules = np.array([x["rules"] for x in X])
    best = (-1.0, 1.0, (0.5, 0.5))
    for C in C_GRID:
        cache_key = (key, json.dumps(options, sort_keys=True), C)
        if not key or cache_key not in _OOF_CACHE:
            _OOF_CACHE[cache_key] = _oof(X, y, groups, docs, options, C)
        prob = _OOF_CACHE[cache_key]
        for t in _threshold_grid(mode):
            f1 = _f1(y, decide(prob, rules, mode, t))
            if f1 > best[0] + 1e-9:
                best = (f1, C, t)
    return best[1], best[2], best[0]


def nested_cv(X: list[dict], y: np.ndarray, groups: np.ndarray, docs: np.ndarray, variant: str) -> tuple[np.ndarray, list[dict]]:
    """Out-of-fold decisions with C and threshold chosen inside each training part."""
    options, mode = VARIANTS[variant]
    rules = np.array([x["rules"] for x in X])
    pred = np.zeros(len(y), dtype=bool)
    chosen = []
    for g in np.unique(groups):
        test = groups == g
        train = ~test & ~np.isin(docs, docs[test])
        idx = np.flatnonzero(train)
        Xt = [X[i] for i in idx]
        C, t, inner = choose(Xt, y[train], groups[train], docs[train], variant, key=f"without {g}")
        model = _fit(Xt, y[train], options, C)
        tidx = np.flatnonzero(test)
        prob = model.predict_proba([X[i] for i in tidx])[:, 1]
        pred[test] = decide(prob, rules[test], mode, t)
        chosen.append({"group": str(g), "C": C, "threshold": [float(x) for x in t], "inner_f1": round(inner, 3)})
    return pred, chosen


def _group_scores(gold: list[str], X: list[dict], decided: Sequence[bool], groups: np.ndarray) -> dict[str, Any]:
    out = {}
    for g in np.unique(groups):
        idx = np.flatnonzero(groups == g)
        out[str(g)] = scores([gold[i] for i in idx], labels_of([bool(decided[i]) for i in idx], [X[i] for i in idx]))
    return out


def development_table(X: list[dict], rows: list[dict], variants: Sequence[str], log: Any = print) -> dict[str, Any]:
    """Pooled out-of-fold figures of the rules and every variant, and per group."""
    gold = [r["label"] for r in rows]
    y = np.array([g != "none" for g in gold])
    groups = np.array([r["group"] for r in rows])
    docs = np.array([r["doc_id"] for r in rows])
    rules = [x["rules"] for x in X]
    table: dict[str, Any] = {"rules": scores(gold, labels_of(rules, X))}
    per_group: dict[str, Any] = {"rules": _group_scores(gold, X, rules, groups)}
    for v in variants:
        start = time.perf_counter()
        pred, chosen = nested_cv(X, y, groups, docs, v)
        table[v] = {**scores(gold, labels_of(list(pred), X)), "folds": chosen}
        per_group[v] = _group_scores(gold, X, list(pred), groups)
        log(f"  {v}: {time.perf_counter() - start:.0f} s")
    return {"pooled": table, "per_group": per_group, "sentences": len(rows), "groups": sorted(set(groups.tolist()))}


HEADER = f"{'':28s} {'promise P':>9s} {'R':>6s} {'F1':>6s} {'pred':>5s}   {'deadline P':>10s} {'R':>6s} {'F1':>6s} {'pred':>5s}"


def line(name: str, s: dict[str, Any]) -> str:
    a, b = s["promise"], s["deadline"]
    return (
        f"{name:28s} {a['P']:9.3f} {a['R']:6.3f} {a['F1']:6.3f} {a['pred']:5d}   {b['P']:10.3f} {b['R']:6.3f} {b['F1']:6.3f} {b['pred']:5d}"
    )


def print_table(result: dict[str, Any]) -> None:
    print(
        f"development: grouped CV over {result['sentences']} sentences in {len(result['groups'])} groups "
        "(leave one group out, letters of the held-out group left out of training, C and threshold nested)"
    )
    print(HEADER)
    for name, s in result["pooled"].items():
        print(line(name + (" (in-sample)" if name == "rules" else ""), s))
    first = result["pooled"]["rules"]
    print(f"(gold: {first['promise']['gold']} promises, {first['deadline']['gold']} with deadline)")


def final_check(nlp: Any, X: list[dict], rows: list[dict], variants: Sequence[str]) -> None:
    """Every variant fitted on all development sentences, C and threshold by grouped CV there;
    the final-check batch scored once, totals only."""
    y = np.array([r["label"] != "none" for r in rows])
    groups = np.array([r["group"] for r in rows])
    docs = np.array([r["doc_id"] for r in rows])
    final = final_rows()
    gold = [r["label"] for r in final]
    Xf = featurise(nlp, final)
    rules = np.array([x["rules"] for x in Xf])
    print(f"final check, batch {FINAL_BATCH} ({len(final)} sentences, unseen; models fitted on all development sentences)")
    print(HEADER)
    print(line("rules", scores(gold, labels_of(list(rules), Xf))))
    for v in variants:
        start = time.perf_counter()
        options, mode = VARIANTS[v]
        C, t, inner = choose(X, y, groups, docs, v, key="all")
        model = _fit(X, y, options, C)
        pred = decide(model.predict_proba(Xf)[:, 1], rules, mode, t)
        s = scores(gold, labels_of(list(pred), Xf))
        print(
            line(v, s) + f"   (C {C}, threshold {t[0]:.2f}/{t[1]:.2f}, development CV F1 {inner:.3f}, {time.perf_counter() - start:.0f} s)"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    default = [v for v in VARIANTS if v != "text+chars"]
    ap.add_argument("--variants", default=",".join(default), help=f"comma-separated, of {', '.join(VARIANTS)}")
    ap.add_argument("--final", action="store_true", help=f"then fit on all development sentences and score batch {FINAL_BATCH} once")
    ap.add_argument("--nlp-model", default=None)
    ap.add_argument("--json", type=Path, default=None, help="also write the development table as JSON")
    args = ap.parse_args()
    variants = [v for v in args.variants.split(",") if v]
    unknown = set(variants) - set(VARIANTS)
    if unknown:
        ap.error(f"unknown variants: {', '.join(sorted(unknown))}")

    from classifier import nlp as nlp_mod

    start = time.perf_counter()
    nlp, _ = nlp_mod.load(args.nlp_model)
    rows = development_rows()
    X = featurise(nlp, rows)
    print(f"{len(rows)} sentences parsed and featurised in {time.perf_counter() - start:.0f} s")
    result = development_table(X, rows, variants)
    print_table(result)
    if args.json:
        args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    if args.final:
        print()
        final_check(nlp, X, rows, variants)


if __name__ == "__main__":
    main()
