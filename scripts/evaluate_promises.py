"""Precision and recall of promise extraction on hand-labelled answer sentences.

tests/fixtures/promise_sentences.jsonl holds answer sentences from the corpus labelled by
reading as ``promise_deadline``, ``promise_no_deadline`` or ``none``. Each sentence is analysed
on its own (so without the detectors' deferral hits) with the letter's date.

Reported: detection of a promise (either kind) and of a promise with a deadline, plus the
confusion of the three classes.

Usage::

    python scripts/evaluate_promises.py [--show]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def pr(gold: list[bool], pred: list[bool]) -> tuple[float, float, float, int]:
    tp = sum(g and p for g, p in zip(gold, pred, strict=True))
    fp = sum(p and not g for g, p in zip(gold, pred, strict=True))
    fn = sum(g and not p for g, p in zip(gold, pred, strict=True))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0), tp + fn


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--nlp-model", default=None)
    ap.add_argument("--show", action="store_true", help="print the disagreements")
    args = ap.parse_args()

    from classifier import nlp as nlp_mod
    from classifier.promises import extract

    rows = [json.loads(line) for line in (ROOT / "tests/fixtures/promise_sentences.jsonl").read_text().splitlines()[1:] if line.strip()]
    nlp, _ = nlp_mod.load(args.nlp_model)
    docs = list(nlp.pipe([r["sentence"] for r in rows]))
    pred_labels = []
    for r, doc in zip(rows, docs, strict=True):
        date = dt.date.fromisoformat(r["letter_date"]) if r["letter_date"] else None
        found = extract(doc, letter_date=date)
        if not found:
            pred_labels.append("none")
        else:
            pred_labels.append("promise_deadline" if any(p.kind == "met_termijn" for p in found) else "promise_no_deadline")
    gold = [r["label"] for r in rows]
    parts = {
        "all": list(range(len(rows))),
        "development (odd n)": [i for i, r in enumerate(rows) if r["n"] % 2 == 1],
        "held out (even n)": [i for i, r in enumerate(rows) if r["n"] % 2 == 0],
    }
    for name, idx in parts.items():
        g = [gold[i] for i in idx]
        q = [pred_labels[i] for i in idx]
        a = pr([x != "none" for x in g], [x != "none" for x in q])
        b = pr([x == "promise_deadline" for x in g], [x == "promise_deadline" for x in q])
        print(f"{name:20s} promise P {a[0]:.3f} R {a[1]:.3f} (gold {a[3]});  with deadline P {b[0]:.3f} R {b[1]:.3f} (gold {b[3]})")
    p1 = pr([g != "none" for g in gold], [p != "none" for p in pred_labels])
    p2 = pr([g == "promise_deadline" for g in gold], [p == "promise_deadline" for p in pred_labels])
    print(f"{len(rows)} sentences: {dict(Counter(gold))}")
    print(f"promise (either kind):  precision {p1[0]:.3f}  recall {p1[1]:.3f}  F1 {p1[2]:.3f}  (gold {p1[3]})")
    print(f"promise with deadline:  precision {p2[0]:.3f}  recall {p2[1]:.3f}  F1 {p2[2]:.3f}  (gold {p2[3]})")
    cm = Counter(zip(gold, pred_labels, strict=True))
    labels = ["promise_deadline", "promise_no_deadline", "none"]
    print("confusion (rows gold, columns predicted):", labels)
    for g in labels:
        print(f"  {g:22s}", [cm[(g, p)] for p in labels])
    if args.show:
        for r, p in zip(rows, pred_labels, strict=True):
            if r["label"] != p and r["n"] % 2 == 1:
                print(f"\n[{r['label']} -> {p}] {r['sentence']}")


if __name__ == "__main__":
    main()
