"""Train Ontwijkmeter's models on corpus/annotations and write them to models/.

1. the learned detector layer (``ontwijkmeter-detectors-<version>.joblib``): per technique a
   unit scorer over lexicon hits and text, plus the sub-question answered model;
2. the scoring model (``ontwijkmeter-<version>.joblib``): one scikit-learn Pipeline over
   detector features, question-answer relation features and the answer text, trained on
   out-of-fold detector outputs (cross-fitting), its hyper-parameters chosen by grouped CV.

Before fitting the final models, the whole procedure is evaluated by nested, document-grouped
cross-validation together with the baselines (see classifier/evaluation.py); the figures
go into the sidecars and into models/evaluation.json. Seeds are fixed: the same data give the
same models.

Usage::

    python scripts/train.py [--corpus ../shared/corpus] [--annotations corpus/annotations] [--out models]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def git_commit() -> str:
    """HEAD, with "+dirty" when tracked files differ from it (the model is then not reproducible from HEAD)."""
    try:
        head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no", "--", "classifier", "scripts", "corpus"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        return head + ("+dirty" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def say(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=None)
    ap.add_argument("--annotations", type=Path, default=ROOT / "corpus" / "annotations")
    ap.add_argument("--out", type=Path, default=ROOT / "models")
    ap.add_argument("--nlp-model", default=None)
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--skip-evaluation", action="store_true", help="fit the final models only (no nested CV)")
    ap.add_argument("--cache", type=Path, default=None, help="pickle of analysed pairs (development speed-up)")
    args = ap.parse_args()

    import joblib
    import numpy as np
    import sklearn
    import spacy

    from classifier import __version__
    from classifier import nlp as nlp_mod
    from classifier.corpus import default_corpus_root
    from classifier.evaluation import compare, fit_full, render
    from classifier.model import DETECTORS_FILE, MODEL_FILE, save_artifact
    from classifier.training import SEED, cached_examples, data_hash, one_blas_thread, rerun_detectors, seed_everything

    seed = SEED if args.seed is None else args.seed
    seed_everything(seed)
    one_blas_thread()
    started = time.time()
    nlp, pinfo = nlp_mod.load(args.nlp_model)
    say(f"Dutch pipeline: {pinfo.name} {pinfo.version} ({pinfo.source})")
    examples = cached_examples(args.cache, args.annotations, args.corpus or default_corpus_root(), nlp)
    y = [e.label for e in examples]
    say(f"{len(y)} annotated pairs from {len({e.group for e in examples})} documents, labels {dict(Counter(y))}")

    report = None
    if not args.skip_evaluation:
        report = compare(examples, seed=seed, progress=say)
        print(render(report))
        rerun_detectors(examples)
    layer, model, info = fit_full(examples, seed=seed)
    common = {
        "version": __version__,
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
        "training_data": {
            "annotations_sha256": data_hash(args.annotations),
            "pairs": len(y),
            "documents": len({e.group for e in examples}),
            "labels": dict(Counter(y)),
            "codebook_versions": dict(Counter(e.annotation.codebook_version for e in examples)),
        },
        "seed": seed,
    }
    args.out.mkdir(parents=True, exist_ok=True)
    save_artifact(layer, args.out / DETECTORS_FILE, {**common, "name": "ontwijkmeter-detectors", "techniques": info["detectors"]})
    cv = None
    if report is not None:
        full = report["systems"]["full"]
        cv = {
            "method": report["method"],
            "macro_f1": full["macro_f1"],
            "accuracy": full["accuracy"],
            "f1": full["f1"],
            "confusion": full["confusion"],
            "per_source": {s: v["full"] for s, v in report["per_source"].items()},
            "per_genre": {g: v["full"] for g, v in report.get("per_genre", {}).items()},
            "baselines": {k: v["macro_f1"] for k, v in report["systems"].items() if k != "full"},
            "brier": report["brier_full"],
        }
        (args.out / "evaluation.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    save_artifact(
        model,
        args.out / MODEL_FILE,
        {
            **common,
            "name": "ontwijkmeter",
            "params": info["params"],
            "decision_weights": info["decision_weights"],
            "selection_cv": info["selection"],
            "cv_scores": cv,
            "training_seconds": round(time.time() - started, 1),
        },
    )
    say(f"wrote {args.out / DETECTORS_FILE} and {args.out / MODEL_FILE} in {time.time() - started:.0f} s")


if __name__ == "__main__":
    main()
