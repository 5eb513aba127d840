"""Precision, recall and F1 of every detector against the technique labels of corpus/annotations.

A technique counts as found for a pair when the detector returns at least one hit of it
(pair level, like the annotations). The row ``non_answer`` is a pair with any of refusal,
ignorance or deferral, the unit of Gow, Larcker and Zakolyukina's non-answer rules. The
corpus is split by document into a development part (rules were written by reading its
errors) and a test part (never read): figures are given for both, and for all pairs.
``--show TECHNIQUE`` lists the disagreements of the dev part for reading.

Usage::

    python scripts/evaluate_detectors.py [--corpus ../shared/corpus] [--show deferral] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def prf(gold: list[bool], pred: list[bool]) -> dict[str, float]:
    tp = sum(1 for g, p in zip(gold, pred, strict=True) if g and p)
    fp = sum(1 for g, p in zip(gold, pred, strict=True) if not g and p)
    fn = sum(1 for g, p in zip(gold, pred, strict=True) if g and not p)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"n_gold": tp + fn, "n_pred": tp + fp, "precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


# Gow, Larcker and Zakolyukina's non-answer rule set (earnings calls) reaches F1 0.675 out of
# sample; our comparable unit is a pair with any of refusal, ignorance or deferral.
NON_ANSWER = ("refusal", "ignorance", "deferral")


def gold_of(e, t: str) -> bool:
    ids = e.annotation.technique_ids
    return bool(ids & set(NON_ANSWER)) if t == "non_answer" else t in ids


def pred_of(e, t: str) -> bool:
    wanted = set(NON_ANSWER) if t == "non_answer" else {t}
    return any(h.technique in wanted for h in e.analysis.hits)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=None)
    ap.add_argument("--annotations", type=Path, default=ROOT / "corpus" / "annotations")
    ap.add_argument("--nlp-model", default=None)
    ap.add_argument("--show", default=None, help="list dev-part disagreements of this technique")
    ap.add_argument("--limit", type=int, default=40)
    ap.add_argument("--json", type=Path, default=None, help="also write the figures to this file")
    ap.add_argument("--cache", type=Path, default=None, help="pickle of analysed pairs (development speed-up)")
    args = ap.parse_args()

    from classifier import nlp as nlp_mod
    from classifier.corpus import default_corpus_root, fold
    from classifier.detectors import TECHNIQUES as NINE
    from classifier.training import cached_examples, split_of

    TECHNIQUES = (*NINE, "non_answer")

    nlp, _ = nlp_mod.load(args.nlp_model)
    examples = cached_examples(args.cache, args.annotations, args.corpus or default_corpus_root(), nlp)
    parts = {
        "dev": [e for e in examples if split_of(e.group) == "dev"],
        "test": [e for e in examples if split_of(e.group) == "test"],
        "all": examples,
    }
    table: dict[str, dict[str, dict[str, float]]] = {}
    for part, exs in parts.items():
        table[part] = {}
        for t in TECHNIQUES:
            table[part][t] = prf([gold_of(e, t) for e in exs], [pred_of(e, t) for e in exs])
    print(f"{'technique':24s} " + "  ".join(f"{p:>22s}" for p in parts))
    print(f"{'':24s} " + "  ".join(f"{'P':>6s} {'R':>6s} {'F1':>6s} {'n':>3s}" for _ in parts))
    for t in TECHNIQUES:
        cells = "  ".join(
            f"{table[p][t]['precision']:6.2f} {table[p][t]['recall']:6.2f} {table[p][t]['f1']:6.2f} {table[p][t]['n_gold']:3d}"
            for p in parts
        )
        print(f"{t:24s} {cells}")
    print(f"pairs: dev {len(parts['dev'])}, test {len(parts['test'])}, all {len(examples)}", file=sys.stderr)
    # The learned layer: (1) fitted on the dev part, scored on the test part; (2) out-of-fold
    # decisions of a document-grouped 5-fold cross-fitting over all pairs.
    from classifier.training import apply_detectors, crossfit_detectors, fit_detector_layer, rerun_detectors

    layer_dev, _ = fit_detector_layer(parts["dev"])
    apply_detectors(parts["test"], layer_dev)
    table["learned_test"] = {t: prf([gold_of(e, t) for e in parts["test"]], [pred_of(e, t) for e in parts["test"]]) for t in TECHNIQUES}
    rerun_detectors(examples)
    crossfit_detectors(examples)
    table["learned_cv"] = {t: prf([gold_of(e, t) for e in examples], [pred_of(e, t) for e in examples]) for t in TECHNIQUES}
    print("\nlearned layer")
    print(f"{'technique':24s} {'trained dev -> test':>24s}  {'5-fold CV, all pairs':>24s}")
    for t in TECHNIQUES:
        a, b = table["learned_test"][t], table["learned_cv"][t]
        print(
            f"{t:24s} {a['precision']:6.2f} {a['recall']:6.2f} {a['f1']:6.2f} {a['n_gold']:3d}    "
            f"{b['precision']:6.2f} {b['recall']:6.2f} {b['f1']:6.2f} {b['n_gold']:3d}"
        )
    if args.show:
        rerun_detectors(examples)
        t = args.show
        shown = 0
        for e in parts["dev"]:
            gold = t in e.annotation.technique_ids
            hits = [h for h in e.analysis.hits if h.technique == t]
            if gold == bool(hits):
                continue
            shown += 1
            if shown > args.limit:
                break
            kind = "MISSED" if gold else "FALSE"
            print(f"\n[{kind}] {e.annotation.key} ({e.source}, label {e.label})")
            print("  Q:", fold(e.analysis.pair.question)[:300])
            if gold:
                print("  gold evidence:", [x.evidence[:160] for x in e.annotation.techniques if x.id == t])
                print("  A:", fold(e.analysis.pair.answer)[:500])
            else:
                print("  fired:", [(h.rule, h.evidence[:120]) for h in hits])
                print("  gold techniques:", sorted(e.annotation.technique_ids))
    if args.json:
        args.json.write_text(json.dumps(table, indent=2) + "\n")


if __name__ == "__main__":
    main()
