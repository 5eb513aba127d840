"""Statistics of the annotated corpus and the inter-annotator agreement, as Markdown.

Label and technique distribution per source, question and answer lengths, sub-question
counts; agreement between the first labelling and the independent second labelling of
corpus/agreement (Cohen's kappa of the 3-way label, per-technique kappa and agreement), and the
F1 of one labelling scored against the other: the agreement a detector or a model would need
to match a second annotator (F1 is symmetric between two labellings: swapping them swaps
precision and recall).

Usage::

    python scripts/corpus_stats.py [--corpus ../shared/corpus] > stats.md
"""

from __future__ import annotations

import argparse
import json
import statistics
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELS = ("reply", "partial", "non_reply")


def kappa(a: list, b: list) -> tuple[float, float]:
    """Cohen's kappa and raw agreement."""
    n = len(a)
    po = sum(x == y for x, y in zip(a, b, strict=True)) / n
    cats = set(a) | set(b)
    pe = sum((a.count(c) / n) * (b.count(c) / n) for c in cats)
    return ((po - pe) / (1 - pe) if pe < 1 else 1.0), po


def f1_between(a: list, b: list, positive: object = 1) -> float:
    """F1 of labelling ``a`` scored against ``b`` for one class (the same the other way round)."""
    both = sum(x == positive and y == positive for x, y in zip(a, b, strict=True))
    total = sum(x == positive for x in a) + sum(y == positive for y in b)
    return 2 * both / total if total else 1.0


def f1_interval(a: list, b: list, *, resamples: int = 2000, seed: int = 0) -> tuple[float, float]:
    """95% percentile bootstrap interval of :func:`f1_between`, resampling pairs (seeded)."""
    import random

    rng = random.Random(seed)
    n = len(a)
    values = []
    for _ in range(resamples):
        idx = [rng.randrange(n) for _ in range(n)]
        values.append(f1_between([a[i] for i in idx], [b[i] for i in idx]))
    values.sort()
    return values[int(0.025 * resamples)], values[int(0.975 * resamples) - 1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=None)
    ap.add_argument("--annotations", type=Path, default=ROOT / "corpus" / "annotations")
    ap.add_argument("--agreement", type=Path, default=ROOT / "corpus" / "agreement")
    args = ap.parse_args()

    from classifier.corpus import TECHNIQUES, default_corpus_root, join, read_annotations

    anns = read_annotations(args.annotations)
    joined = join(anns, args.corpus or default_corpus_root())
    by_source: dict[str, list] = defaultdict(list)
    for a, p in joined:
        by_source[a.source].append((a, p))
    order = ["seed", "tk-letter", "rekenkamer", "be-written", "be-oral"]
    out = [
        "| source | pairs | documents | reply | partial | non_reply | median words Q | median words A | sub-questions (mean) | answered share |",  # noqa: E501
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for src in [*order, "all"]:
        rows = joined if src == "all" else by_source.get(src, [])
        if not rows:
            continue
        c = Counter(a.label for a, _ in rows)
        qw = statistics.median(len(p.question.split()) for _, p in rows)
        aw = statistics.median(len(p.answer.split()) for _, p in rows)
        subq = statistics.mean(a.subquestions_total for a, _ in rows)
        ans = sum(a.subquestions_answered for a, _ in rows) / sum(a.subquestions_total for a, _ in rows)
        n = len(rows)
        out.append(
            f"| {src} | {n} | {len({a.doc_id for a, _ in rows})} | {c['reply']} ({100 * c['reply'] / n:.0f}%) | "
            f"{c['partial']} ({100 * c['partial'] / n:.0f}%) | {c['non_reply']} ({100 * c['non_reply'] / n:.0f}%) | "
            f"{qw:.0f} | {aw:.0f} | {subq:.1f} | {100 * ans:.0f}% |"
        )
    out += [
        "",
        "Techniques (pairs with the technique, per source):",
        "",
        "| technique | " + " | ".join(order) + " | all |",
        "|---|" + "---|" * (len(order) + 1),
    ]
    for t in TECHNIQUES:
        cells = [str(sum(1 for a, _ in by_source.get(s, []) if t in a.technique_ids)) for s in order]
        out.append(f"| {t} | " + " | ".join(cells) + f" | {sum(1 for a, _ in joined if t in a.technique_ids)} |")
    # Sub-question counts: annotators vs. the splitter
    same = sum(1 for a, p in joined if a.subquestions_total == len(p.subquestions))
    out += [
        "",
        f"Sub-question count of the annotator equal to the splitter's: {same} of {len(joined)} pairs ({100 * same / len(joined):.0f}%; "
        + ", ".join(
            f"{s} {sum(1 for a, p in by_source.get(s, []) if a.subquestions_total == len(p.subquestions))} of {len(by_source.get(s, []))}"
            for s in order
        )
        + ").",
    ]
    # Agreement
    first = {f"{r['doc_id']}#{r['question_no']}": r for r in map(json.loads, (args.agreement / "first.jsonl").read_text().splitlines())}
    second = {f"{r['doc_id']}#{r['question_no']}": r for r in map(json.loads, (args.agreement / "second.jsonl").read_text().splitlines())}
    keys = sorted(second)
    la = [first[k]["label"] for k in keys]
    lb = [second[k]["label"] for k in keys]
    k3, po = kappa(la, lb)
    out += [
        "",
        f"## Agreement ({len(keys)} pairs labelled twice, independently)",
        "",
        f"3-way label: Cohen's kappa **{k3:.3f}**, raw agreement {100 * po:.1f}%, macro-F1 of one labelling "
        f"against the other {sum(f1_between(la, lb, c) for c in LABELS) / len(LABELS):.3f} "
        f"({' / '.join(f'{c} {f1_between(la, lb, c):.3f}' for c in LABELS)}).",
        "",
        "| source | pairs | kappa | agreement |",
        "|---|---|---|---|",
    ]
    src_of = {k: second[k]["source"] for k in keys}
    for src in order:
        ks = [k for k in keys if src_of[k] == src]
        if ks:
            kk, pp = kappa([first[k]["label"] for k in ks], [second[k]["label"] for k in ks])
            out.append(f"| {src} | {len(ks)} | {kk:.3f} | {100 * pp:.1f}% |")
    out += ["", "| technique | first | second | kappa | agreement | F1 between the two (95% bootstrap) |", "|---|---|---|---|---|---|"]
    for t in TECHNIQUES:
        ta = [int(any(x["id"] == t for x in first[k]["techniques"])) for k in keys]
        tb = [int(any(x["id"] == t for x in second[k]["techniques"])) for k in keys]
        kk, pp = kappa(ta, tb)
        low, high = f1_interval(ta, tb)
        out.append(f"| {t} | {sum(ta)} | {sum(tb)} | {kk:.3f} | {100 * pp:.1f}% | {f1_between(ta, tb):.2f} ({low:.2f}–{high:.2f}) |")
    cm = Counter(zip(la, lb, strict=True))
    out += ["", "Label confusion (rows first labelling, columns second):", "", "| | " + " | ".join(LABELS) + " |", "|---|---|---|---|"]
    for x in LABELS:
        out.append(f"| {x} | " + " | ".join(str(cm[(x, y)]) for y in LABELS) + " |")
    adj = [json.loads(line) for line in (args.agreement / "adjudication.jsonl").read_text().splitlines() if line.strip()]
    out += [
        "",
        f"Adjudicated: {len(adj)} pairs where label or techniques differed (decisions: {dict(Counter(a['decision'] for a in adj))}).",
    ]
    print("\n".join(out))


if __name__ == "__main__":
    main()
