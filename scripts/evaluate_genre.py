"""How well the default decision rule of a pair table is chosen (classifier/genre.py).

A pair table's letter (its rows with one ``doc`` value) is judged with the scoring model's
rule for Dutch answer letters when its text reads as Dutch, else with the rule for Belgian
tables. Measured on ../shared/corpus: every Belgian written and oral record with a Dutch text
(one letter each, as in the corpus tables), every Rekenkamer letter of the pair table
``pairs/rekenkamer.jsonl`` (rows grouped by ``doc_id``), and every Tweede Kamer, Rekenkamer and
seed letter's pairs read as one table letter.

Usage::

    python scripts/evaluate_genre.py [--corpus ../shared/corpus] [--show]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from classifier.corpus import default_corpus_root  # noqa: E402
from classifier.genre import country_counts, table_genre  # noqa: E402


def corpus_letters(corpus: Path) -> list[tuple[str, str, str, list[str]]]:
    """(source, doc, expected genre, texts) for every letter of the corpus, as a table would hold it."""
    from classifier.errors import OntwijkmeterError
    from classifier.readers import read
    from classifier.segment import segment_document

    out = []
    for name, expected in (("be-written", "table"), ("be-oral", "table"), ("rekenkamer", "letter")):
        docs: dict[str, list[str]] = defaultdict(list)
        with (corpus / "pairs" / f"{name}.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if rec.get("lang") not in (None, "", "nl"):
                    continue
                docs[rec["doc_id"]] += [rec.get("question") or "", rec.get("answer") or ""]
        out += [(f"pairs/{name}", doc, expected, texts) for doc, texts in docs.items()]
    seed = corpus.parent / "seed"
    for path in sorted((corpus / "letters").rglob("*.txt")) + sorted(seed.glob("*.txt")):
        try:
            letter = segment_document(read(path))
        except OntwijkmeterError:
            continue
        source = "seed" if path.parent == seed else f"letters/{path.parent.name}"
        out.append((source, path.name, "letter", [t for p in letter.pairs for t in (p.question, p.answer)]))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=None)
    ap.add_argument("--show", action="store_true", help="list the letters read as the other genre")
    args = ap.parse_args()
    corpus = args.corpus or default_corpus_root()
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses = []
    for source, doc, expected, texts in corpus_letters(corpus):
        got = table_genre(texts)
        totals[source][0] += got == expected
        totals[source][1] += 1
        if got != expected:
            misses.append((source, doc, expected, country_counts(texts)))
    for source, (ok, n) in totals.items():
        print(f"{source:26s} {ok:5d} of {n:5d} read as intended ({ok / n:.1%})")
    for genre, sources in (
        ("table", ("pairs/be-written", "pairs/be-oral")),
        ("letter", tuple(s for s in totals if s not in ("pairs/be-written", "pairs/be-oral"))),
    ):
        ok = sum(totals[s][0] for s in sources)
        n = sum(totals[s][1] for s in sources)
        print(f"all expected '{genre}':{'':8s} {ok:5d} of {n:5d} ({ok / n:.1%})")
    if args.show:
        for source, doc, expected, (b, n) in misses:
            print(f"  {source}: {doc} (expected {expected}; Belgian forms {b}, Dutch forms {n})")


if __name__ == "__main__":
    main()
