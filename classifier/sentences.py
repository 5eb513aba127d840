"""Sentence boundaries for answer texts, set before the parser.

The UD-trained parser splits sentences well on newspaper text but stumbles on the typography
of government letters (curly quotes around names, enumerations, paragraph breaks). This
component fixes the boundaries by rule -- a sentence ends at ".", "?", "!" or "…" followed by a
token that can start a sentence, and at a paragraph break -- and the parser respects them.
Abbreviations ("o.a.", "nr.") are single tokens, so their dots never end a sentence.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import SENT_START
from spacy.errors import Errors
from spacy.language import Language
from spacy.tokens import Doc

from classifier.segment.subquestions import ABBREVIATIONS

END = frozenset({".", "?", "!", "…", "?!", "!?"})
CLOSERS = frozenset({")", "”", "’", "'", '"', "»"})


def _can_start(text: str) -> bool:
    c = text[:1]
    return c.isupper() or c.isdigit() or c in "“‘\"'«(•·–-"


@Language.factory("ontwijkmeter_sentences", assigns=["token.is_sent_start"])
def make_sentences(nlp: Language, name: str) -> SentenceRules:
    return SentenceRules()


class SentenceRules:
    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n < 2:
            return doc
        if doc.has_annotation("DEP"):
            raise ValueError(Errors.E043)  # boundaries are set before the parser, never after it
        # Decided on plain lists and written in one go: Token.is_sent_start's setter checks the
        # whole doc for a parse on every call, which made setting token by token quadratic.
        texts = [t.text for t in doc]
        spaces = [t.is_space for t in doc]
        starts = doc.to_array([SENT_START]).astype(np.int64)  # the first token keeps its value
        for i in range(1, n):
            paragraph = spaces[i - 1] and "\n\n" in texts[i - 1]
            starts[i] = 1 if paragraph or (not spaces[i] and _can_start(texts[i]) and _ends_sentence(doc, texts, spaces, starts, i)) else -1
        doc.from_array([SENT_START], starts.astype(np.uint64))
        return doc


def _ends_sentence(doc: Doc, texts: list[str], spaces: list[bool], starts: np.ndarray, i: int) -> bool:
    """Whether a sentence ends before token ``i`` (spaces and closing quotes in between)."""
    j = i - 1
    while j > 0 and (spaces[j] or texts[j] in CLOSERS):
        j -= 1
    last = texts[j]
    if last in END or (len(last) > 1 and last[-1] in "?!" and not doc[j].like_url):
        # "2. Opvolging ...": an enumeration marker, not a sentence of its own
        marker = last == "." and j >= 1 and texts[j - 1].isdigit() and len(texts[j - 1]) <= 2 and (j == 1 or starts[j - 1] == 1)
        return not marker
    if len(last) > 2 and last.endswith(".") and not doc[j].like_url:
        # A token with its own dot ("al.", "jl."): the end of a sentence unless it is a known
        # abbreviation or an initial ("o.a.", "nr.", "J.").
        stem = doc[j].lower_[:-1]
        return stem not in ABBREVIATIONS and not (len(stem) == 1 and stem.isalpha()) and "." not in stem
    return False
