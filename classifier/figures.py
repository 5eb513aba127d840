"""Recognising figures in Dutch text: counts, amounts, percentages, dates and periods.

The UD-trained pipeline has no named-entity recogniser, and the missing-figure detector
needs to know whether an answer gives a number of the kind a question asks for. These
are rules over tokens, with the vocabulary in ``resources/figures.json``:

* a *number* is a token of digits ("12", "1.500", "2,5", "2027") or a Dutch number word
  ("twaalf", "honderden"); "een" and ordinals are not numbers;
* a number right after a reference noun ("vraag 19", "artikel 3", "nr. 24") is no figure;
* the span grows over scale, money, percent and period words and month names, and gets a
  label: ``AMOUNT``, ``PERCENT``, ``DATE``, ``PERIOD`` or ``COUNT``.

Results go to ``doc.spans["figures"]``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from classifier.lexicon import load_json, load_words

SPAN_KEY = "figures"
LABELS = ("AMOUNT", "PERCENT", "DATE", "PERIOD", "COUNT")
DIGITS = re.compile(r"^[€$]?\d+(?:[.,]\d+)*(?:%|,-)?$")
YEAR = re.compile(r"^(?:19|20)\d\d$")
DATE_NUMERIC = re.compile(r"^\d{1,2}[-/]\d{1,2}[-/](?:\d{2}|\d{4})$")


@dataclass(frozen=True)
class Vocabulary:
    number_words: frozenset[str]
    scale: frozenset[str]
    money: frozenset[str]
    percent: frozenset[str]
    period: frozenset[str]
    months: frozenset[str]
    date_words: frozenset[str]
    reference_nouns: frozenset[str]


@cache
def vocabulary() -> Vocabulary:
    months = frozenset(k.lower() for k in load_json("calendar")["months"])
    return Vocabulary(
        number_words=load_words("figures", "number_words"),
        scale=load_words("figures", "scale_words"),
        money=load_words("figures", "money_words"),
        percent=load_words("figures", "percent_words"),
        period=load_words("figures", "period_units"),
        months=months | frozenset(m + "." for m in months),
        date_words=load_words("figures", "date_words"),
        reference_nouns=load_words("figures", "reference_nouns"),
    )


def _is_number(text: str, v: Vocabulary) -> bool:
    low = text.lower()
    return bool(DIGITS.match(text)) or low in v.number_words or bool(DATE_NUMERIC.match(text))


def _is_name_part(tok, v: Vocabulary) -> bool:
    """A capitalised number word inside a sentence belongs to a name ("Schijf van Vijf")."""
    return (
        tok.lower_ in v.number_words
        and tok.text[:1].isupper()
        and tok.i > 0
        and not tok.is_sent_start
        and tok.nbor(-1).text not in ("(", '"', "'", ":")
    )


def find_figures(doc: Doc) -> list[Span]:
    """Figure spans of a document, left to right, not overlapping."""
    v = vocabulary()
    spans: list[Span] = []
    i = 0
    n = len(doc)
    in_reference = False  # inside "vraag 4, 5 en 6" / "Kamerstuk 36 441"
    while i < n:
        tok = doc[i]
        low = tok.lower_
        if low in v.reference_nouns:
            in_reference = True
            i += 1
            continue
        if not _is_number(tok.text, v) or _is_name_part(tok, v):
            if in_reference and low not in (",", "en", "t/m", "-", "tot", "en/of"):
                in_reference = False
            i += 1
            continue
        if in_reference:
            i += 1
            continue
        start = i
        if i > 0 and doc[i - 1].text in ("€", "$"):
            start = i - 1
        end = i + 1
        label = "COUNT"
        if DATE_NUMERIC.match(tok.text):
            label = "DATE"
        if tok.text.endswith("%"):
            label = "PERCENT"
        if tok.text.startswith("€") or start < i:
            label = "AMOUNT"
        # Grow to the right: scale, money, percent, period words, months and years.
        while end < n:
            nxt = doc[end].lower_
            if nxt in v.scale or (_is_number(doc[end].text, v) and doc[end].lower_ in v.number_words and low in v.number_words):
                end += 1
                continue
            if nxt in v.money:
                label = "AMOUNT"
                end += 1
                continue
            if nxt in v.percent:
                label = "PERCENT"
                end += 1
                break
            if nxt in v.months:
                label = "DATE"
                end += 1
                if end < n and YEAR.match(doc[end].text):
                    end += 1
                break
            if nxt in v.period and label == "COUNT":
                label = "PERIOD"
                end += 1
                break
            break
        if label == "COUNT" and YEAR.match(tok.text) and start == i and end == i + 1:
            label = "DATE"
        if label in ("COUNT", "DATE") and i > 0:
            # "september 2026", "eind 2024", "voorjaar 2026", "eerste helft van 2027"
            left = doc[i - 1].lower_
            if YEAR.match(tok.text) and (left in v.months or left in v.date_words or left == "van"):
                label = "DATE"
                start = i - 1
                if left == "van" and i > 1 and doc[i - 2].lower_ in v.date_words:
                    start = i - 2
                    if start > 0 and doc[start - 1].lower_ in ("eerste", "tweede", "derde", "vierde", "laatste"):
                        start -= 1
        while spans and spans[-1].end > start:
            spans.pop()  # "helft" inside "eerste helft van 2027"
        spans.append(Span(doc, start, end, label=label))
        i = end
    return spans


@Language.factory("ontwijkmeter_figures", assigns=["doc.spans"])
def make_figures(nlp: Language, name: str) -> FigureRecognizer:
    return FigureRecognizer()


class FigureRecognizer:
    """spaCy component: sets ``doc.spans['figures']``."""

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[SPAN_KEY] = find_figures(doc)
        return doc
