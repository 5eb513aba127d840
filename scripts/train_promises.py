"""Train the learned decision of promise extraction and write it to models/.

The classifier of :mod:`classifier.promise_model` (the ``trace+text`` variant of
``scripts/compare_promise_learning.py``: what the rules saw, without their verdicts, plus the
sentence's words and lemmas) is fitted on every labelled answer sentence of
``tests/fixtures/promise_sentences.jsonl``, ``promise_sentences_fresh.jsonl`` and
``promise_sentences_dev.jsonl`` except the final-check batch (``FINAL_BATCH`` of
scripts/evaluate_promises.py), which is neither parsed nor read here. The unread batch
(``promise_sentences_unread.jsonl``) is never used.

C and the decision threshold are chosen by the best out-of-fold F1 of a promise, leave one
group out (the 260 set, the fresh set and each development batch are groups), with the
held-out group's letters left out of training, so the chosen figures are for unseen letters.
The sidecar records them, the data's hashes and the cue files' versions.

Usage::

    python scripts/train_promises.py [--out models] [--nlp-model PATH]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import platform
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from evaluate_promises import FINAL_BATCH, load_rows  # noqa: E402
from train import git_commit, say  # noqa: E402

SEED = 20261206  # the seed of compare_promise_learning.py, whose measurements chose this model
FIXTURES = ("promise_sentences.jsonl", "promise_sentences_fresh.jsonl", "promise_sentences_dev.jsonl")


def training_rows() -> list[dict]:
    """Every labelled sentence but the final-check batch, each with its group."""
    out = [{**r, "group": "set260"} for r in load_rows(FIXTURES[0])]
    out += [{**r, "group": "fresh"} for r in load_rows(FIXTURES[1])]
    for r in load_rows(FIXTURES[2]):
        batch = r["n"] // 1000
        if batch != FINAL_BATCH:
            out.append({**r, "group": f"batch{batch}"})
    return out


def rows_hash(rows: list[dict]) -> str:
    """SHA-256 of the sentences and labels trained on (independent of the fixtures' other rows)."""
    h = hashlib.sha256()
    for r in rows:
        h.update(f"{r['n']}\x1f{r['sentence']}\x1f{r['label']}\x1f{r.get('letter_date')}\x1e".encode())
    return h.hexdigest()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=ROOT / "models")
    ap.add_argument("--nlp-model", default=None)
    args = ap.parse_args()

    import joblib
    import numpy as np
    import sklearn
    import spacy

    from classifier import __version__
    from classifier import nlp as nlp_mod
    from classifier import promise_model as PM
    from classifier.lexicon import load_json
    from classifier.model import save_artifact

    started = time.time()
    nlp, pinfo = nlp_mod.load(args.nlp_model)
    say(f"Dutch pipeline: {pinfo.name} {pinfo.version} ({pinfo.source})")
    rows = training_rows()
    traces = []
    for r, doc in zip(rows, nlp.pipe([r["sentence"] for r in rows]), strict=True):
        date = dt.date.fromisoformat(r["letter_date"]) if r.get("letter_date") else None
        traces.append(PM.trace_text(doc, date))
    X = [t.row() for t in traces]
    gold = [r["label"] for r in rows]
    y = np.array([g != "none" for g in gold])
    groups = np.array([r["group"] for r in rows])
    docs = np.array([r["doc_id"] for r in rows])
    say(f"{len(rows)} sentences ({int(y.sum())} promises) in {len(set(groups))} groups traced; final batch {FINAL_BATCH} left out")

    C, threshold, oof_f1, prob = PM.choose(X, y, groups, docs, SEED)
    pred = prob >= threshold
    tp = int(np.sum(pred & y))
    deadline_gold = np.array([g == "promise_deadline" for g in gold])
    deadline_pred = np.array([bool(p) and t.deadline_if_promised() is not None for p, t in zip(pred, traces, strict=True)])
    dtp = int(np.sum(deadline_gold & deadline_pred))
    rules = np.array([t.fired for t in traces])
    say(f"chosen C {C}, threshold {threshold:.2f}: out-of-fold F1 {oof_f1:.3f} (rules in-sample {PM.f1(y, rules):.3f})")

    model = PM.PromiseModel(PM.fit_pipeline(X, y, C, SEED), threshold, C)
    cues = {name: load_json(name)["provenance"].get("version") for name in ("promises", "time_expressions")}
    meta = {
        "version": __version__,
        "name": "ontwijkmeter-promises",
        "trained_at": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        "git_commit": git_commit(),
        "libraries": {
            "scikit-learn": sklearn.__version__,
            "spacy": spacy.__version__,
            "numpy": np.__version__,
            "joblib": joblib.__version__,
            "python": platform.python_version(),
        },
        "nlp_pipeline": {"name": pinfo.name, "version": pinfo.version, "source": pinfo.source},
        "cues": cues,
        "training_data": {
            "fixtures": list(FIXTURES),
            "sentences_sha256": rows_hash(rows),
            "sentences": len(rows),
            "labels": dict(Counter(gold)),
            "groups": dict(sorted(Counter(groups.tolist()).items())),
            "final_batch_left_out": FINAL_BATCH,
        },
        "seed": SEED,
        "C": C,
        "threshold": threshold,
        "selection": {
            "method": "leave one group out, held-out group's letters left out of training; C and threshold by promise F1",
            "C_grid": list(PM.C_GRID),
            "thresholds": list(PM.THRESHOLDS),
            "oof_promise": {
                "P": round(tp / max(1, int(pred.sum())), 4),
                "R": round(tp / max(1, int(y.sum())), 4),
                "F1": round(oof_f1, 4),
            },
            "oof_deadline": {
                "P": round(dtp / max(1, int(deadline_pred.sum())), 4),
                "R": round(dtp / max(1, int(deadline_gold.sum())), 4),
            },
            "rules_in_sample_promise_f1": round(PM.f1(y, rules), 4),
        },
        "training_seconds": round(time.time() - started, 1),
    }
    args.out.mkdir(parents=True, exist_ok=True)
    save_artifact(model, args.out / PM.PROMISES_FILE, meta)
    say(f"wrote {args.out / PM.PROMISES_FILE} ({time.time() - started:.0f} s)")


if __name__ == "__main__":
    main()
