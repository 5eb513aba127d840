"""Precision and recall of promise extraction on hand-labelled answer sentences.

tests/fixtures/promise_sentences.jsonl holds answer sentences from the corpus labelled by
reading as ``promise_deadline``, ``promise_no_deadline`` or ``none``; its odd-numbered
sentences are the development half, the even-numbered ones are held out.
tests/fixtures/promise_sentences_fresh.jsonl is a fresh held-out set drawn by
scripts/draw_promise_heldout.py and labelled before the rule changes of the ``promises``
branch; it is reported on its own (main draw, strong-cue supplement, both).
tests/fixtures/promise_sentences_dev.jsonl holds later batches, reported one by one under the
number the draw gave them (batch K is n K001 onwards, ``--dev-batch K`` of
scripts/draw_promise_heldout.py): batches 1 to 5 were drawn and labelled during the work and
are development data, and so are batches 6 and 7 (the final checks of the fourth and fifth
rounds), and so are batch 8 (the final check of the sixth and seventh), batch 9 (the
eighth's), batch 10 (the ninth's, n 10001-10109) and batch 11 (the tenth's, n 11001-11194);
batch 12 (n 12001-12249) was drawn and labelled after the last (tenth) round of rule changes
and was the final check until its errors were read (stop 21, no rule changed); batch 13 (n
13001-13237) was drawn and labelled after that, with no rule change since round 10, and was the
final check of round 10 until the eleventh round of rule changes was written from the errors of
batches 11 to 13 (stop 23); batch 14 (n 14001-14233) was drawn before that round and labelled
by readers who saw neither the extractor nor its code, and its labels were read only after the
round-11 rules were committed, the final check of round 11; batch 15 (n 15001-15227) was drawn
after round 11 and served once as the final check of a learned decision that was withdrawn
(stop 24), and batch 16 (n 16001-16227) was drawn after that and read only after the round-12
rules were committed and was their final check; batch 17 (n 17001-17227) was drawn after that
and read only after the time expressions 1.11 were committed: the final check (before a final
batch is added to the fixture the final set is empty, and the report says so). Each sentence is analysed on its
own (so without the detectors' deferral hits) with the letter's date.

Reported: detection of a promise (either kind) and of a promise with a deadline, plus the
confusion of the three classes; and, when more than one batch was drawn after the shipped rules
were written with no rule changed after they were read, those batches pooled.

Usage::

    python scripts/evaluate_promises.py [--show] [--show-set dev|even|fresh|batch1..batch14|final]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# n 17001-17227: labelled blind after batch 16 was used, kept unread until the time
# expressions 1.11 were committed with the round-12 rules (ea3158c)
FINAL_BATCH = 17
# The shipped rules (round 12, with the time expressions 1.11) were written with batches 1 to 16
# read; batches from this one to the final one were drawn and labelled before that and never read
# while making them (round 10's rules had batches 11 to 13 as such a pool, round 11's batches 14
# and 15, round 12's batch 16).
FIRST_POOLED_BATCH = 17


def pr(gold: list[bool], pred: list[bool]) -> tuple[float, float, float, int]:
    tp = sum(g and p for g, p in zip(gold, pred, strict=True))
    fp = sum(p and not g for g, p in zip(gold, pred, strict=True))
    fn = sum(g and not p for g, p in zip(gold, pred, strict=True))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0), tp + fn


def load_rows(name: str) -> list[dict]:
    path = ROOT / "tests/fixtures" / name
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()[1:] if line.strip()]


def predict(nlp, rows: list[dict]) -> list[str]:
    """The extractor's label of every sentence, each analysed on its own with its letter date."""
    from classifier.promises import extract

    out = []
    for r, doc in zip(rows, nlp.pipe([r["sentence"] for r in rows]), strict=True):
        date = dt.date.fromisoformat(r["letter_date"]) if r["letter_date"] else None
        found = extract(doc, letter_date=date)
        if not found:
            out.append("none")
        else:
            out.append("promise_deadline" if any(p.kind == "met_termijn" for p in found) else "promise_no_deadline")
    return out


def report_line(name: str, g: list[str], q: list[str]) -> None:
    a = pr([x != "none" for x in g], [x != "none" for x in q])
    b = pr([x == "promise_deadline" for x in g], [x == "promise_deadline" for x in q])
    print(f"{name:24s} promise P {a[0]:.3f} R {a[1]:.3f} (gold {a[3]});  with deadline P {b[0]:.3f} R {b[1]:.3f} (gold {b[3]})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--nlp-model", default=None)
    ap.add_argument("--show", action="store_true", help="print the disagreements (of --show-set)")
    sets = ["dev", "even", "fresh", *(f"batch{k}" for k in range(1, FINAL_BATCH + 1)), "final"]
    ap.add_argument(
        "--show-set",
        choices=sets,
        default="dev",
        help=f"sentences --show prints: dev, even, fresh, batch1..batch{FINAL_BATCH} or final "
        f"(= batch{FINAL_BATCH}, empty until it is added); default: dev",
    )
    args = ap.parse_args()

    from classifier import nlp as nlp_mod

    nlp, _ = nlp_mod.load(args.nlp_model)
    rows = load_rows("promise_sentences.jsonl")
    fresh = load_rows("promise_sentences_fresh.jsonl")
    dev2 = load_rows("promise_sentences_dev.jsonl")
    pred_labels = predict(nlp, rows)
    fresh_pred = predict(nlp, fresh)
    dev2_pred = predict(nlp, dev2)
    gold = [r["label"] for r in rows]
    parts = {
        "all": list(range(len(rows))),
        "development (odd n)": [i for i, r in enumerate(rows) if r["n"] % 2 == 1],
        "held out (even n)": [i for i, r in enumerate(rows) if r["n"] % 2 == 0],
    }
    for name, idx in parts.items():
        report_line(name, [gold[i] for i in idx], [pred_labels[i] for i in idx])
    if fresh:
        print("fresh held-out (labelled before the rule changes):")
        fresh_parts = {
            "  main draw": [i for i, r in enumerate(fresh) if r.get("drawn") != "strong-cue"],
            "  strong-cue suppl.": [i for i, r in enumerate(fresh) if r.get("drawn") == "strong-cue"],
            "  fresh, all": list(range(len(fresh))),
        }
        for name, idx in fresh_parts.items():
            report_line(name, [fresh[i]["label"] for i in idx], [fresh_pred[i] for i in idx])
    for batch in sorted({r["n"] // 1000 for r in dev2}):
        idx = [i for i, r in enumerate(dev2) if r["n"] // 1000 == batch]
        name = f"final check, batch {batch}" if batch == FINAL_BATCH else f"development batch {batch}"
        report_line(name, [dev2[i]["label"] for i in idx], [dev2_pred[i] for i in idx])
    if not any(r["n"] // 1000 == FINAL_BATCH for r in dev2):
        print(f"{'final check, batch ' + str(FINAL_BATCH):24s} empty (not yet in the fixture)")
    unseen = [i for i, r in enumerate(dev2) if r["n"] // 1000 >= FIRST_POOLED_BATCH]
    if unseen and FIRST_POOLED_BATCH < FINAL_BATCH:
        name = f"batches {FIRST_POOLED_BATCH}-{FINAL_BATCH}, unseen"
        report_line(name, [dev2[i]["label"] for i in unseen], [dev2_pred[i] for i in unseen])
    print()
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
        batch = FINAL_BATCH if args.show_set == "final" else None
        if args.show_set.startswith("batch"):
            batch = int(args.show_set.removeprefix("batch"))
        if batch is not None:
            later = [(r, p) for r, p in zip(dev2, dev2_pred, strict=True) if r["n"] // 1000 == batch]
            if not later:
                print(f"\nbatch {batch} is empty (not yet in the fixture): nothing to show")
            chosen, chosen_pred = (list(x) for x in zip(*later, strict=True)) if later else ([], [])
        elif args.show_set == "fresh":
            chosen, chosen_pred = fresh, fresh_pred
        else:
            parity = 1 if args.show_set == "dev" else 0
            chosen = [r for r in rows if r["n"] % 2 == parity]
            chosen_pred = [p for r, p in zip(rows, pred_labels, strict=True) if r["n"] % 2 == parity]
        for r, p in zip(chosen, chosen_pred, strict=True):
            if r["label"] != p:
                print(f"\n[{r['label']} -> {p}] n={r['n']} {r['sentence']}")


if __name__ == "__main__":
    main()
