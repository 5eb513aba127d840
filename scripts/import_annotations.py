"""Bring labelled batches into corpus/annotations, in the corpus record format.

Annotators work outside the repository on the batches of ``scripts/annotation_batches.py``
and write one JSON line per pair (key, label, techniques with evidence, counts, note). This
script checks every record against the codebook's schema and the text it labels, adds the
source pointer, the text hashes, the annotator and the codebook version, and writes one file
per source. The order of precedence for a pair labelled more than once:

1. a relabelling after a segmentation fix (the text changed; older labels no longer apply),
2. the adjudicated record of the double-annotated sample,
3. a harmonisation review under a newer codebook version (``changed: true``),
4. the first labelling.

Usage::

    python scripts/import_annotations.py --work /work/annotation --out corpus/annotations
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from classifier.corpus import fold, validate_record

# The codebook version each step worked under (corpus/CODEBOOK.md, changelog).
CODEBOOK_OF = {"first": "1.1", "harmonised": "1.2", "relabelled": "1.2", "adjudicated": "1.3"}
SOURCES_FILES = {
    "tk-letter": "tk-letters.jsonl",
    "rekenkamer": "rekenkamer.jsonl",
    "be-written": "be-written.jsonl",
    "be-oral": "be-oral.jsonl",
}


def read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def evidence_ok(t: dict, item: dict) -> bool:
    ev = fold(t.get("evidence", ""))
    if t.get("field") == "referenced_answer":
        return any(ev in fold(x) for x in item.get("referenced_answers", {}).values())
    return ev in fold(item.get(t.get("field", ""), ""))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--work", type=Path, required=True, help="annotation work folder")
    ap.add_argument("--out", type=Path, default=Path("corpus/annotations"))
    ap.add_argument("--allow-missing", action="store_true", help="skip unlabelled pairs (development only)")
    args = ap.parse_args()
    w = args.work

    old_items = {}
    for it in json.loads((w / "all_items.json").read_text()):
        old_items.setdefault(it["key"], []).append(it)
    items = {it["key"]: it for it in json.loads((w / "v2" / "all_items.json").read_text())}

    def unchanged(key: str) -> bool:
        old = old_items.get(key)
        return (
            bool(old)
            and len(old) == 1
            and old[0]["question_sha256"] == items[key]["question_sha256"]
            and old[0]["answer_sha256"] == items[key]["answer_sha256"]
        )

    annotator_of: dict[str, str] = {}
    for n in range(1, 37):
        annotator_of[f"batch_{n:02d}"] = f"A{(n - 1) % 6 + 1}"
    chosen: dict[str, tuple[dict, str, str]] = {}  # key -> (record, annotator, origin)
    for f in sorted((w / "out").glob("batch_*.jsonl")):
        for r in read_jsonl(f):
            if r["key"] in items and unchanged(r["key"]):
                chosen[r["key"]] = (r, annotator_of[f.stem], "first")
    for f in sorted(w.glob("harmonise_*.jsonl")):
        for r in read_jsonl(f):
            if r.get("changed") and r["key"] in chosen and unchanged(r["key"]):
                prev = chosen[r["key"]]
                chosen[r["key"]] = (r, prev[1] + "+H", "harmonised")
    for r in read_jsonl(w / "adjudicated.jsonl"):
        if r["key"] in items and unchanged(r["key"]) and items[r["key"]]["source"] != "seed":
            chosen[r["key"]] = (r, "ADJ", "adjudicated")
    for r in read_jsonl(w / "v2" / "relabel.jsonl"):
        if r["key"] in items:
            chosen[r["key"]] = (r, "A7", "relabelled")

    problems: list[str] = []
    out: dict[str, list[dict]] = {s: [] for s in SOURCES_FILES}
    origins: Counter[str] = Counter()
    for key, item in items.items():
        if item["source"] == "seed":
            continue
        if key not in chosen:
            if not args.allow_missing:
                problems.append(f"{key}: not labelled")
            continue
        r, annotator, origin = chosen[key]
        for t in r.get("techniques", []):
            if not evidence_ok(t, item):
                problems.append(f"{key}: evidence of {t.get('id')} not found in {t.get('field')}")
        rec = {
            "source": item["source"],
            "path": item["path"],
            "doc_id": item["doc_id"],
            "question_no": item["question_no"],
            "question_sha256": item["question_sha256"],
            "answer_sha256": item["answer_sha256"],
            "label": r["label"],
            "techniques": [{"id": t["id"], "evidence": t["evidence"], "field": t["field"]} for t in r.get("techniques", [])],
            "subquestions_total": r["subquestions_total"],
            "subquestions_answered": r["subquestions_answered"],
            "resolved_reference": r.get("resolved_reference"),
            "joint_answer": bool(item["joint_answer"]),
            "annotator": annotator,
            "codebook_version": CODEBOOK_OF[origin],
            "note": (r.get("note") or "").strip(),
        }
        problems.extend(validate_record(rec, key))
        out[item["source"]].append(rec)
        origins[origin] += 1
    if problems:
        print("\n".join(problems[:50]), file=sys.stderr)
        sys.exit(f"{len(problems)} problem(s); nothing written")
    args.out.mkdir(parents=True, exist_ok=True)
    for source, recs in out.items():
        path = args.out / SOURCES_FILES[source]
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
        print(f"{path}: {len(recs)} records, {Counter(r['label'] for r in recs)}")
    print("origin of the records:", dict(origins))


if __name__ == "__main__":
    main()
