"""Sentence boundaries for answer texts, set before the parser.

The UD-trained parser splits sentences well on newspaper text but stumbles on the typography
of government letters (curly quotes around names, enumerations, paragraph breaks). This
component fixes the boundaries by rule -- a sentence ends at ".", "?", "!" or "…" followed by a
token that can start a sentence, and at a paragraph break -- and the parser respects them.
Abbreviations ("o.a.", "nr.") are single tokens, so their dots never end a sentence.
"""

from __future__ import annotations

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
        for i in range(1, n):
            tok = doc[i]
            prev = doc[i - 1]
            if prev.is_space and "\n\n" in prev.text:
                tok.is_sent_start = True
                continue
            if tok.is_space:
                tok.is_sent_start = False
                continue
            j = i - 1
            while j > 0 and (doc[j].is_space or doc[j].text in CLOSERS):
                j -= 1
            end = doc[j].text in END or (len(doc[j].text) > 1 and doc[j].text[-1] in "?!" and not doc[j].like_url)
            if not end and len(doc[j].text) > 2 and doc[j].text.endswith(".") and not doc[j].like_url:
                # A token with its own dot ("al.", "jl."): the end of a sentence unless it is a
                # known abbreviation or an initial ("o.a.", "nr.", "J.").
                stem = doc[j].lower_[:-1]
                end = stem not in ABBREVIATIONS and not (len(stem) == 1 and stem.isalpha()) and "." not in stem
            if (
                end
                and doc[j].text == "."
                and j >= 1
                and doc[j - 1].text.isdigit()
                and len(doc[j - 1].text) <= 2
                and (j == 1 or doc[j - 1].is_sent_start)
            ):
                end = False  # "2. Opvolging ...": an enumeration marker, not a sentence of its own
            tok.is_sent_start = bool(
                end
                and j < i
                and _can_start(tok.text)
                and (
                    j == i - 1
                    or doc[j + 1 : i].text.strip() in CLOSERS | {""}
                    or all(t.is_space or t.text in CLOSERS for t in doc[j + 1 : i])
                )
            )
        return doc
