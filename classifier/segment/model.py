"""The letter model: what segmentation produces and every later stage reads."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


@dataclass(frozen=True)
class SubQuestion:
    """One thing asked: an interrogative sentence or an enumerated item of a question.

    ``start``/``end`` are offsets in the pair's question text.
    """

    text: str
    start: int
    end: int
    enumerated: bool = False


@dataclass
class Pair:
    """One numbered question with the answer text that belongs to it.

    ``question``/``answer`` are cleaned texts (line breaks inside paragraphs become
    spaces, so offsets within them are stable); ``question_map``/``answer_map`` give, per
    character, the offset in the letter's source text, used for evidence spans.
    """

    doc: str
    question_no: str | None
    question: str
    answer: str
    question_map: np.ndarray
    answer_map: np.ndarray
    id: str | None = None
    section: int | None = None
    joint: bool = False
    joint_with: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    reference: str | None = None
    pure_reference: bool = False
    subquestions: list[SubQuestion] = field(default_factory=list)

    def _span(self, index: np.ndarray, text: str) -> tuple[int, int]:
        if not text:
            pos = int(index[0]) if len(index) else 0
            return pos, pos
        return int(index[0]), int(index[len(text) - 1]) + 1

    @property
    def question_span(self) -> tuple[int, int]:
        return self._span(self.question_map, self.question)

    @property
    def answer_span(self) -> tuple[int, int]:
        return self._span(self.answer_map, self.answer)

    def answer_source_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the answer text to offsets in the letter's source text."""
        if end <= start:
            pos = int(self.answer_map[min(start, len(self.answer_map) - 1)])
            return pos, pos
        return int(self.answer_map[start]), int(self.answer_map[end - 1]) + 1

    @property
    def key(self) -> str:
        """Stable identifier within a batch: the table id, or doc#question_no."""
        return self.id or f"{self.doc}#{self.question_no}"


@dataclass(frozen=True)
class Section:
    title: str
    start: int  # source offset of the heading


@dataclass(frozen=True)
class LetterMeta:
    title: str | None = None
    kamerstuk: str | None = None
    date: str | None = None  # ISO date of the answer (letter date), when found
    asker: str | None = None
    answerer: str | None = None
    ministry: str | None = None


@dataclass
class Letter:
    """A segmented letter (or a pair table, ``layout == 'table'``)."""

    doc_id: str
    path: str
    source: str
    fmt: str
    layout: str
    meta: LetterMeta
    sections: list[Section]
    pairs: list[Pair]
    warnings: list[str] = field(default_factory=list)
    # the scoring model's decision rule: "letter" (Dutch answer letters) or "table" (Belgian
    # pair tables); a letter file is always "letter", a table's letter is read by its text
    # (classifier.genre)
    genre: str = "letter"

    def pair(self, question_no: str) -> Pair | None:
        for p in self.pairs:
            if p.question_no == question_no:
                return p
        return None
