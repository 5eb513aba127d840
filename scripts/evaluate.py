"""Compare the scoring model with its baselines by nested, document-grouped cross-validation.

Prints one table with, on the same folds: majority class, the rules-only decision over the
lexicon detectors, TF-IDF + logistic regression on the answer, and the full model; macro-F1,
per-class F1, accuracy, the confusion matrix and macro-F1 per source. ``--json`` writes the
full report.

Usage::

    python scripts/evaluate.py [--corpus ../shared/corpus] [--json report.json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=None)
    ap.add_argument("--annotations", type=Path, default=ROOT / "corpus" / "annotations")
    ap.add_argument("--nlp-model", default=None)
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--cache", type=Path, default=None, help="pickle of analysed pairs (development speed-up)")
    args = ap.parse_args()

    from classifier import nlp as nlp_mod
    from classifier.corpus import default_corpus_root
    from classifier.evaluation import compare, render
    from classifier.training import SEED, cached_examples, one_blas_thread, seed_everything

    seed = SEED if args.seed is None else args.seed
    seed_everything(seed)
    one_blas_thread()
    nlp, _ = nlp_mod.load(args.nlp_model)
    examples = cached_examples(args.cache, args.annotations, args.corpus or default_corpus_root(), nlp)
    report = compare(examples, seed=seed, progress=lambda m: print(f"[{time.strftime('%H:%M:%S')}] {m}", file=sys.stderr))
    print(render(report))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
