"""Draw the annotation sample from the shared corpus and write reading batches.

The sample (written to ``corpus/sample.json``) is drawn once, with a fixed seed:

* tk-letter: every pair of the 26 letters in ``letters/tweede-kamer``;
* rekenkamer: whole letters in seeded random order, segmented by our segmenter, until at
  least ``--rekenkamer`` pairs (whole letters keep in-letter references readable);
* be-written: a seeded random sample of ``--be-written`` records whose question and answer
  together are at most 7,000 characters (longer records take disproportionate reading time;
  the cap excludes about 10 % of the records);
* be-oral: a seeded random sample of ``--be-oral`` records with a Dutch answer, at most
  9,000 characters together.

Batches are JSON files for annotators (outside the repository): per pair the texts as the
loader produces them and, for in-letter references, the referenced answers. Labels are
never pre-filled.

Usage::

    python scripts/annotation_batches.py --out /tmp/annotation [--draw]
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from classifier.corpus import default_corpus_root, fold, text_hash
from classifier.errors import OntwijkmeterError
from classifier.readers import read
from classifier.segment import segment_document

ROOT = Path(__file__).resolve().parent.parent
SEED = 20261128
SEED_LETTER = "seed/lijst-vragen-antwoorden-verantwoordingsonderzoek-2025.txt"


def _pairs_of_letter(path: Path, rel: str, source: str) -> list[dict]:
    letter = segment_document(read(path))
    by_no = {p.question_no: p for p in letter.pairs}
    items = []
    for p in letter.pairs:
        refs = {n: fold(by_no[n].answer) for n in p.references if n in by_no}
        items.append(
            {
                "key": f"{letter.doc_id}#{p.question_no}",
                "source": source,
                "path": rel,
                "doc_id": letter.doc_id,
                "question_no": p.question_no,
                "question": fold(p.question),
                "answer": fold(p.answer),
                "joint_answer": p.joint,
                "joint_with": list(p.joint_with),
                "referenced_answers": refs,
                "question_sha256": text_hash(p.question),
                "answer_sha256": text_hash(p.answer),
            }
        )
    return items


def draw(corpus: Path, n_rk: int, n_bw: int, n_bo: int) -> dict[str, list[str]]:
    rng = random.Random(SEED)
    sample: dict[str, list[str]] = {}
    sample["tk-letter"] = sorted(f"letters/tweede-kamer/{p.name}" for p in (corpus / "letters/tweede-kamer").glob("*.txt"))
    rk = sorted((corpus / "letters/rekenkamer").glob("*.txt"))
    rng.shuffle(rk)
    chosen, total = [], 0
    for path in rk:
        if total >= n_rk:
            break
        try:
            n = len(segment_document(read(path)).pairs)
        except OntwijkmeterError:
            continue
        chosen.append(f"letters/rekenkamer/{path.name}")
        total += n
    sample["rekenkamer"] = sorted(chosen)
    for source, fname, n, cap, lang in (
        ("be-written", "be-written.jsonl", n_bw, 7000, None),
        ("be-oral", "be-oral.jsonl", n_bo, 9000, "nl"),
    ):
        recs = [json.loads(line) for line in (corpus / "pairs" / fname).read_text(encoding="utf-8").splitlines() if line.strip()]
        ok = [
            r["doc_id"]
            for r in recs
            if len(r.get("question") or "") + len(r.get("answer") or "") <= cap and (lang is None or r.get("lang") == lang)
        ]
        ok.sort()
        sample[source] = sorted(rng.sample(ok, n))
    return sample


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=None)
    ap.add_argument("--out", type=Path, required=True, help="folder for the batch files (outside the repository)")
    ap.add_argument("--draw", action="store_true", help="draw the sample anew (otherwise corpus/sample.json is used)")
    ap.add_argument("--rekenkamer", type=int, default=420)
    ap.add_argument("--be-written", type=int, default=440)
    ap.add_argument("--be-oral", type=int, default=130)
    ap.add_argument("--batch-chars", type=int, default=110_000, help="approximate reading size of a batch")
    args = ap.parse_args()
    corpus = args.corpus or default_corpus_root()
    sample_path = ROOT / "corpus/sample.json"
    if args.draw or not sample_path.exists():
        sample = draw(corpus, args.rekenkamer, args.be_written, args.be_oral)
        sample_path.write_text(json.dumps({"seed": SEED, **sample}, indent=1) + "\n")
    sample = json.loads(sample_path.read_text())

    items: list[dict] = []
    items += _pairs_of_letter(corpus.parent / SEED_LETTER, SEED_LETTER, "seed")
    for source in ("tk-letter", "rekenkamer"):
        for rel in sample[source]:
            items += _pairs_of_letter(corpus / rel, rel, source)
    from classifier.corpus import _pair_records, pair_from_record

    for source, fname in (("be-written", "pairs/be-written.jsonl"), ("be-oral", "pairs/be-oral.jsonl")):
        recs = _pair_records(corpus / fname)
        for doc_id in sample[source]:
            p = pair_from_record(recs[doc_id])
            items.append(
                {
                    "key": doc_id,
                    "source": source,
                    "path": fname,
                    "doc_id": doc_id,
                    "question_no": None,
                    "question": fold(p.question),
                    "answer": fold(p.answer),
                    "joint_answer": False,
                    "joint_with": [],
                    "referenced_answers": {},
                    "question_sha256": text_hash(p.question),
                    "answer_sha256": text_hash(p.answer),
                }
            )
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "all_items.json").write_text(json.dumps(items, ensure_ascii=False, indent=1))
    # Batches: documents are never split; sizes by characters.
    batches: list[list[dict]] = []
    current: list[dict] = []
    size = 0
    last_doc = None
    for it in items:
        if it["source"] == "seed":
            continue
        length = len(it["question"]) + len(it["answer"])
        new_doc = it["doc_id"] != last_doc
        if current and new_doc and (size + length > args.batch_chars or current[0]["source"] != it["source"]):
            batches.append(current)
            current, size = [], 0
        current.append(it)
        size += length
        last_doc = it["doc_id"]
    if current:
        batches.append(current)
    for i, batch in enumerate(batches, start=1):
        (args.out / f"batch_{i:02d}.json").write_text(json.dumps(batch, ensure_ascii=False, indent=1))
    counts: dict[str, int] = {}
    for it in items:
        counts[it["source"]] = counts.get(it["source"], 0) + 1
    print(f"{len(items)} pairs {counts}; {len(batches)} batches in {args.out}")
    for i, batch in enumerate(batches, start=1):
        print(
            f"  batch_{i:02d}: {len(batch)} pairs, {batch[0]['source']}, {sum(len(x['question']) + len(x['answer']) for x in batch)} chars"
        )


if __name__ == "__main__":
    main()
