"""The detector contract: one detector per evasion technique, every hit explained.

A detector looks at one pair (question and answer, both analysed by the Dutch pipeline)
and returns :class:`Hit` objects: technique id, the rule that fired, the evidence text and
its offsets in the question or answer text. The detection stage maps those offsets to the
letter's source text for reports.
"""

from __future__ import annotations

import abc
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import ClassVar

from spacy.tokens import Doc

from classifier.segment.model import Pair


@dataclass(frozen=True)
class Hit:
    technique: str
    rule: str
    evidence: str
    start: int  # offsets in the text of ``field`` (of ``pair``, or of the referenced pair)
    end: int
    field: str = "answer"  # "answer" or "question"
    subquestion: int | None = None  # index of the sub-question concerned, if any
    via_reference: str | None = None  # question number whose answer the evidence comes from


@dataclass
class PairContext:
    """Everything a detector may look at for one pair."""

    pair: Pair
    question_doc: Doc
    answer_doc: Doc
    # For a pure in-letter reference ("Zie vraag 19"): the referenced pair and its analysed answer.
    referenced: Pair | None = None
    referenced_doc: Doc | None = None
    notes: dict[str, object] = field(default_factory=dict)
    letter_date: dt.date | None = None  # the letter's date: what counts as the future for a promise

    @cached_property
    def answer_text(self) -> str:
        return self.pair.answer

    def answer_sources(self) -> list[tuple[str, Doc, str | None]]:
        """(text, doc, via) pairs to search for answer-side cues: the answer itself and, for a
        pure reference, the referenced answer (rule R2 of the codebook)."""
        out: list[tuple[str, Doc, str | None]] = [(self.pair.answer, self.answer_doc, None)]
        if self.referenced is not None and self.referenced_doc is not None:
            out.append((self.referenced.answer, self.referenced_doc, self.referenced.question_no))
        return out


class Detector(abc.ABC):
    """One evasion technique."""

    technique: ClassVar[str]

    @abc.abstractmethod
    def detect(self, ctx: PairContext) -> list[Hit]:
        """Hits for this pair (an empty list when the technique is absent)."""


REGISTRY: dict[str, Callable[[], Detector]] = {}


def register(cls: type[Detector]) -> type[Detector]:
    REGISTRY[cls.technique] = cls
    return cls


def glue_tolerant(pattern: str) -> str:
    """Let a literal space in a lexicon pattern also match no space at all.

    PDF extraction loses the space where two lines were joined ("ikonderzoeken",
    "zalanalyseren"); cue phrases must still match.
    """
    return re.sub(r"(?<!\\) ", r"\\s*", pattern)
