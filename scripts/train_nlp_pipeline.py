"""Train the bundled Dutch spaCy pipeline from the UD Dutch treebanks in ../shared/ud.

Why this exists: the design names ``nl_core_news_sm``, which cannot be downloaded on
our machines. This script reproduces the fallback pipeline that ships in
``models/nl_ontwijkmeter_ud`` from the UD Dutch Alpino and LassySmall files (only their
dev and test parts are available, about 80k tokens).

Steps (all deterministic):

1. read every ``*.conllu`` file, strip the Alpino compound separators from lemmas
   (``basis_niveau`` -> ``basisniveau``; our detectors compare surface lemmas),
2. split by *paragraph* (never a paragraph in two parts) with a stable hash:
   about 10 % held out for the reported test scores, 5 % dev for checkpoint selection,
   the rest for training,
3. convert to spaCy's binary format and train with ``scripts/nlp/config.cfg``,
4. evaluate the best checkpoint on the held-out part and write the scores into
   ``meta.json`` of the shipped pipeline, with the UD licence beside it.

Usage::

    python scripts/train_nlp_pipeline.py --ud ../shared/ud --out models/nl_ontwijkmeter_ud
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CONFIG = HERE / "nlp" / "config.cfg"
CODE = HERE / "nlp" / "tokenizer_rules.py"
TEST_SHARE = 10  # per cent of documents held out for the reported scores
DEV_SHARE = 5  # per cent of documents used to pick the best checkpoint
PIPELINE_VERSION = "1.1.0"  # 1.1: parser hidden layer 64 x 2 maxout pieces (was 128 x 3), 5,000 steps
TARGETS = {"pos_acc": 0.93, "lemma_acc": 0.91, "dep_las": 0.70, "Tense": 0.88, "VerbForm": 0.88}
REFERENCE = {  # nl_core_news_sm 3.8 meta.json, for comparison only
    "name": "nl_core_news_sm",
    "pos_acc": 0.957,
    "lemma_acc": 0.950,
    "dep_las": 0.802,
}


LICENSE_NOTE = """# Licence of this pipeline

This spaCy pipeline was trained by Ontwijkmeter's `scripts/train_nlp_pipeline.py` on data of
the Universal Dependencies treebanks

* UD_Dutch-Alpino (https://github.com/UniversalDependencies/UD_Dutch-Alpino) and
* UD_Dutch-LassySmall (https://github.com/UniversalDependencies/UD_Dutch-LassySmall),

both by Gosse Bouma and Gertjan van Noord and contributors, licensed under the Creative
Commons Attribution-ShareAlike 4.0 International licence (CC BY-SA 4.0,
https://creativecommons.org/licenses/by-sa/4.0/). Changes: only their dev and test files were
used; lemmas lost the Alpino compound separator "_"; a statistical model was trained on them.

The trained pipeline (this folder) is therefore distributed under the same licence,
CC BY-SA 4.0. Ontwijkmeter's own code is licensed separately (see the repository's LICENSE).
"""


def read_sentences(path: Path) -> list[tuple[str, list[str]]]:
    """Return (paragraph id, lines) per sentence; lemmas lose Alpino's ``_`` separators."""
    sentences: list[tuple[str, list[str]]] = []
    lines: list[str] = []
    doc_id = ""
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            if lines:
                sentences.append((doc_id, lines))
            lines, doc_id = [], ""
            continue
        if raw.startswith("# sent_id"):
            sent_id = raw.split("=", 1)[1].strip()
            # LassySmall: wiki-1181.p.10.s.1 ; Alpino: WR-P-P-H-0000000105\WR-P-P-H-0000000105.p.5.s.4
            # The unit of the split is the paragraph: 110 documents are too few to split evenly.
            doc_id = path.stem.split("__")[0] + ":" + sent_id.split("\\")[-1].rsplit(".s.", 1)[0]
        if not raw.startswith("#"):
            cols = raw.split("\t")
            if len(cols) == 10 and cols[2] != "_":
                cols[2] = cols[2].replace("_", "")
            raw = "\t".join(cols)
        lines.append(raw)
    if lines:
        sentences.append((doc_id, lines))
    return sentences


def stable_key(para_id: str) -> str:
    """Order independent of Python's hash seed."""
    return hashlib.sha256(para_id.encode("utf-8")).hexdigest()


def split(ud_dir: Path, work: Path) -> dict[str, int]:
    """Write train/dev/test .conllu files; return the token count of each part.

    Paragraphs are ordered by a stable hash of their id and taken in that order until the
    test and then the dev share of tokens is filled, so the parts have the intended sizes
    and never share a paragraph.
    """
    files = sorted(ud_dir.glob("*.conllu"))
    if not files:
        sys.exit(f"error: no .conllu files in {ud_dir}")
    paragraphs: dict[str, list[list[str]]] = {}
    for path in files:
        for para_id, lines in read_sentences(path):
            paragraphs.setdefault(para_id, []).append(lines)

    def n_tokens(sents: list[list[str]]) -> int:
        return sum(1 for s in sents for ln in s if ln.split("\t", 1)[0].isdigit())

    total = sum(n_tokens(s) for s in paragraphs.values())
    parts: dict[str, list[list[str]]] = {"train": [], "dev": [], "test": []}
    counts = {"train": 0, "dev": 0, "test": 0}
    for para_id in sorted(paragraphs, key=stable_key):
        sents = paragraphs[para_id]
        if counts["test"] < total * TEST_SHARE / 100:
            part = "test"
        elif counts["dev"] < total * DEV_SHARE / 100:
            part = "dev"
        else:
            part = "train"
        parts[part].extend(sents)
        counts[part] += n_tokens(sents)
    for name, sents in parts.items():
        text = "\n\n".join("\n".join(s) for s in sents) + "\n\n"
        (work / f"{name}.conllu").write_text(text, encoding="utf-8")
    return counts


def run(cmd: list[str]) -> None:
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ud", type=Path, default=Path("../shared/ud"), help="folder with the UD Dutch .conllu files")
    parser.add_argument("--out", type=Path, default=Path("models/nl_ontwijkmeter_ud"), help="where the trained pipeline goes")
    parser.add_argument("--work", type=Path, default=None, help="scratch folder (default: a temporary one)")
    parser.add_argument("--max-steps", type=int, default=None, help="override training.max_steps (smoke tests)")
    args = parser.parse_args()

    work = args.work or Path(tempfile.mkdtemp(prefix="ontwijkmeter-ud-"))
    work.mkdir(parents=True, exist_ok=True)
    counts = split(args.ud, work)
    print("tokens per part:", counts, flush=True)
    for name in ("train", "dev", "test"):
        run(
            [
                sys.executable,
                "-m",
                "spacy",
                "convert",
                str(work / f"{name}.conllu"),
                str(work),
                "--converter",
                "conllu",
                "--n-sents",
                "10",
                "--merge-subtokens",
            ]
        )
    overrides = ["--paths.train", str(work / "train.spacy"), "--paths.dev", str(work / "dev.spacy")]
    if args.max_steps:
        overrides += ["--training.max_steps", str(args.max_steps)]
    started = time.time()
    run([sys.executable, "-m", "spacy", "train", str(CONFIG), "--output", str(work / "training"), "--code", str(CODE), *overrides])
    minutes = (time.time() - started) / 60
    best = work / "training" / "model-best"
    scores_path = work / "test-scores.json"
    run([sys.executable, "-m", "spacy", "evaluate", str(best), str(work / "test.spacy"), "--output", str(scores_path)])
    scores = json.loads(scores_path.read_text())
    per_feat = scores.get("morph_per_feat") or {}
    held_out = {
        "pos_acc": scores.get("pos_acc"),
        "tag_acc": scores.get("tag_acc"),
        "morph_acc": scores.get("morph_acc"),
        "lemma_acc": scores.get("lemma_acc"),
        "dep_uas": scores.get("dep_uas"),
        "dep_las": scores.get("dep_las"),
        "sents_f": scores.get("sents_f"),
        "Tense": (per_feat.get("Tense") or {}).get("f"),
        "VerbForm": (per_feat.get("VerbForm") or {}).get("f"),
        "speed_wps": scores.get("speed"),
    }
    if args.out.exists():
        shutil.rmtree(args.out)
    shutil.copytree(best, args.out)
    # The senter is trained but off by default: the parser sets sentence boundaries, and a
    # stage that needs only sentences can enable the senter and disable the parser.
    cfg_path = args.out / "config.cfg"
    cfg = cfg_path.read_text()
    cfg = cfg.replace("disabled = []", 'disabled = ["senter"]', 1)
    cfg_path.write_text(cfg)
    meta_path = args.out / "meta.json"
    meta = json.loads(meta_path.read_text())
    meta.update(
        {
            "name": "ontwijkmeter_ud",
            "version": PIPELINE_VERSION,
            "description": "Dutch pipeline for Ontwijkmeter trained on UD Dutch Alpino + LassySmall (dev+test files), "
            "lemmas without Alpino compound separators.",
            "license": "CC BY-SA 4.0",
            "sources": [
                {"name": "UD_Dutch-Alpino", "url": "https://github.com/UniversalDependencies/UD_Dutch-Alpino", "license": "CC BY-SA 4.0"},
                {
                    "name": "UD_Dutch-LassySmall",
                    "url": "https://github.com/UniversalDependencies/UD_Dutch-LassySmall",
                    "license": "CC BY-SA 4.0",
                },
            ],
            "ontwijkmeter": {
                "held_out_scores": held_out,
                "held_out_tokens": counts["test"],
                "train_tokens": counts["train"],
                "dev_tokens": counts["dev"],
                "split": f"paragraphs in sha256(id) order: first {TEST_SHARE} % of tokens test, next {DEV_SHARE} % dev, rest train",
                "training_minutes": round(minutes, 1),
                "targets": TARGETS,
                "reference": REFERENCE,
            },
        }
    )
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n")
    (args.out / "LICENSE.md").write_text(LICENSE_NOTE, encoding="utf-8")
    from classifier.integrity import write_manifest

    write_manifest(args.out, args.out.parent / f"{args.out.name}.manifest.json")
    print(json.dumps(held_out, indent=2))
    missed = [k for k, v in TARGETS.items() if (held_out.get(k) or 0) < v]
    print("targets missed:", missed or "none")


if __name__ == "__main__":
    main()
