"""From a path to segmented letters: the read and segment stages behind every command."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from classifier.readers import PairTable, read
from classifier.segment import Letter, segment_document, segment_table


def load_letters(path: str | Path) -> list[Letter]:
    """Read and segment one file; a pair table may hold several letters (its ``doc`` column)."""
    doc = read(path)
    if isinstance(doc, PairTable):
        return segment_table(doc)
    return [segment_document(doc)]


def pair_record(letter: Letter, index: int) -> dict[str, Any]:
    """The ``segment --format jsonl`` record of one pair."""
    p = letter.pairs[index]
    return {
        "doc": letter.doc_id,
        "id": p.id,
        "question_no": p.question_no,
        "question": p.question,
        "answer": p.answer,
        "joint": p.joint,
        "joint_with": list(p.joint_with),
        "reference": p.reference,
        "pure_reference": p.pure_reference,
        "section": p.section,
        "subquestions": [s.text for s in p.subquestions],
        "question_span": list(p.question_span),
        "answer_span": list(p.answer_span),
    }


def letter_record(letter: Letter) -> dict[str, Any]:
    """The ``segment --format json`` record of a letter."""
    return {
        "doc": letter.doc_id,
        "path": letter.path,
        "layout": letter.layout,
        "meta": letter.meta.__dict__,
        "sections": [{"title": s.title, "start": s.start} for s in letter.sections],
        "warnings": letter.warnings,
        "pairs": [pair_record(letter, i) for i in range(len(letter.pairs))],
    }
