"""Measure the segmenter on the shared corpus.

* Tweede Kamer letters: question numbers found vs. the hand-written fixture
  ``tests/fixtures/tk_expected_questions.json``.
* Rekenkamer letters: vs. the reference pairs in ``pairs/rekenkamer.jsonl`` (extracted by
  the source repository's author; 92-95 % verbatim, so a reference, not ground truth):
  share of reference question numbers found, and share whose question and answer texts
  start the same after normalising white space.

Usage::

    python scripts/evaluate_segmentation.py [--corpus ../shared/corpus] [--misses]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from classifier.corpus import default_corpus_root, rekenkamer_letter_for
from classifier.errors import OntwijkmeterError
from classifier.readers import read
from classifier.segment import segment_document

ROOT = Path(__file__).resolve().parent.parent
PREFIX = 60  # characters compared at the start of question and answer


def norm(text: str) -> str:
    """White space folded; also quotes and a leading "(pagina 4)" page reference, which
    the reference extraction dropped but which belong to the question as written."""
    text = re.sub(r"[\u00ad]", "", text)
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = re.sub(r"^\s*\((?:pagina|pag\.|p\.|blz\.)[^)]{1,30}\)\s*", "", text, flags=re.I)
    return re.sub(r"\s+", " ", text).strip().lower()


def same_start(a: str, b: str, n: int = PREFIX) -> bool:
    a, b = norm(a), norm(b)
    k = min(n, len(a), len(b))
    return k > 0 and a[:k] == b[:k]


def evaluate_tk(corpus: Path, show: bool) -> dict[str, float]:
    expected = json.loads((ROOT / "tests/fixtures/tk_expected_questions.json").read_text())
    total = found = extra = 0
    for doc_id, numbers in expected.items():
        if doc_id.startswith("_"):
            continue
        letter = segment_document(read(corpus / "letters/tweede-kamer" / f"{doc_id}.txt"))
        got = [p.question_no for p in letter.pairs]
        total += len(numbers)
        found += sum(1 for n in numbers if n in got)
        extra += sum(1 for n in got if n not in numbers)
        if show and got != numbers:
            print(f"  TK {doc_id}: expected {numbers}, got {got}")
    print(f"Tweede Kamer: {found}/{total} questions found ({100 * found / total:.1f} %), {extra} spurious")
    return {"tk_found": found / total, "tk_spurious": extra}


def evaluate_rekenkamer(corpus: Path, show: bool) -> dict[str, float]:
    refs = [json.loads(line) for line in (corpus / "pairs/rekenkamer.jsonl").read_text().splitlines() if line.strip()]
    by_doc: dict[str, list[dict]] = {}
    for r in refs:
        by_doc.setdefault(r["doc_id"], []).append(r)
    n_ref = n_found = n_same_q = n_same_a = 0
    misses: list[str] = []
    for doc_id, records in sorted(by_doc.items()):
        path = rekenkamer_letter_for(doc_id, corpus, probe=records[0]["question"])
        if path is None:
            misses.append(f"{doc_id}: no letter file")
            n_ref += len(records)
            continue
        try:
            letter = segment_document(read(path))
            pairs = {p.question_no: p for p in letter.pairs}
        except OntwijkmeterError as exc:
            pairs = {}
            misses.append(f"{path.name}: {exc}")
        for r in records:
            n_ref += 1
            qn = str(r["question_no"]).removesuffix(".0")
            p = pairs.get(qn)
            if p is None:
                misses.append(f"{path.name} vraag {qn}: not found")
                continue
            n_found += 1
            sq, sa = same_start(p.question, r["question"]), same_start(p.answer, r["answer"])
            n_same_q += sq
            n_same_a += sa
            if not (sq and sa):
                misses.append(
                    f"{path.name} vraag {qn}: {'Q' if not sq else ''}{'A' if not sa else ''} differ\n"
                    f"      ours Q: {norm(p.question)[:90]!r}\n      ref  Q: {norm(r['question'])[:90]!r}\n"
                    f"      ours A: {norm(p.answer)[:90]!r}\n      ref  A: {norm(r['answer'])[:90]!r}"
                )
    both = n_found and min(n_same_q, n_same_a)
    print(
        f"Rekenkamer: {n_found}/{n_ref} reference questions found ({100 * n_found / n_ref:.1f} %); "
        f"question starts the same {100 * n_same_q / n_ref:.1f} %, answer {100 * n_same_a / n_ref:.1f} %"
    )
    if show:
        print("\n".join("  " + m for m in misses))
    return {"rk_found": n_found / n_ref, "rk_same_q": n_same_q / n_ref, "rk_same_a": n_same_a / n_ref, "rk_both": both}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=None)
    ap.add_argument("--misses", action="store_true", help="list every miss")
    args = ap.parse_args()
    corpus = args.corpus or default_corpus_root()
    if not corpus.exists():
        sys.exit(f"error: corpus not found at {corpus}")
    evaluate_tk(corpus, args.misses)
    evaluate_rekenkamer(corpus, args.misses)


if __name__ == "__main__":
    main()
