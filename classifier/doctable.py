"""An analysed Doc read once into plain lists, for every stage after the Dutch pipeline.

The detectors, their learned units and the scoring features all read the same few token
attributes of a pair's question and answer (text, lemma, part of speech, morphology,
sentences, figures), each in its own loop over the Doc, sub-question coverage once per
sub-question. Every read through spaCy builds new objects (a Token, a MorphAnalysis, the
Doc's text), so those loops cost more than the work they do. :func:`doc_table` reads a Doc
once into a :class:`DocTable` and keeps it as long as the Doc lives; the stages read the
table. A Doc is not changed after the pipeline, so its table never goes stale.
"""

from __future__ import annotations

import weakref
from bisect import bisect_left
from dataclasses import dataclass

from spacy.attrs import MORPH
from spacy.errors import Errors
from spacy.tokens import Doc, MorphAnalysis
from spacy.vocab import Vocab

from classifier.figures import SPAN_KEY


@dataclass(frozen=True)
class Figure:
    """A span of ``doc.spans["figures"]``: character offsets, label and text."""

    start_char: int
    end_char: int
    label: str
    text: str


@dataclass(frozen=True)
class Sentence:
    """A sentence of ``Doc.sents``: token range and character offsets."""

    start: int
    end: int
    start_char: int
    end_char: int


@dataclass(frozen=True)
class DocTable:
    """Token attributes of a Doc as lists (index = token index), its sentences and figures."""

    text: str
    words: list[str]  # Token.text
    idx: list[int]
    lower: list[str]  # Token.lower_
    lemma: list[str]  # Token.lemma_.lower()
    pos: list[str]  # Token.pos_
    is_punct: list[bool]
    is_space: list[bool]
    verb_form: list[tuple[str, ...]]  # Token.morph.get("VerbForm")
    tense: list[tuple[str, ...]]  # Token.morph.get("Tense")
    figures: list[Figure]
    sentences: list[Sentence] | None  # None: the doc has no sentence boundaries

    def __len__(self) -> int:
        return len(self.words)

    @property
    def sents(self) -> list[Sentence]:
        """The sentences; like ``Doc.sents``, an error when the doc has no boundaries."""
        if self.sentences is None:
            raise ValueError(Errors.E030)
        return self.sentences

    def sentence_text(self, sent: Sentence) -> str:
        return self.text[sent.start_char : sent.end_char]

    def tokens_between(self, start_char: int, end_char: int) -> range:
        """Indices of the tokens that start at a character offset in ``[start_char, end_char)``."""
        first = bisect_left(self.idx, start_char)
        return range(first, max(first, bisect_left(self.idx, end_char)))


_TABLES: weakref.WeakKeyDictionary[Doc, DocTable] = weakref.WeakKeyDictionary()


def doc_table(doc: Doc) -> DocTable:
    """The table of ``doc``, read on first use and kept as long as the Doc lives."""
    table = _TABLES.get(doc)
    if table is None:
        table = _TABLES[doc] = _read(doc)
    return table


def _read(doc: Doc) -> DocTable:
    words: list[str] = []
    idx: list[int] = []
    lower: list[str] = []
    lemma: list[str] = []
    pos: list[str] = []
    is_punct: list[bool] = []
    is_space: list[bool] = []
    for t in doc:
        words.append(t.text)
        idx.append(t.idx)
        lower.append(t.lower_)
        lemma.append(t.lemma_.lower())
        pos.append(t.pos_)
        is_punct.append(t.is_punct)
        is_space.append(t.is_space)
    keys = doc.to_array([MORPH]).tolist() if len(doc) else []
    morph = {key: _verb_form_and_tense(doc.vocab, key) for key in set(keys)}
    figures = [Figure(s.start_char, s.end_char, s.label_, s.text) for s in doc.spans.get(SPAN_KEY, [])]
    sentences = None
    if doc.has_annotation("SENT_START"):
        sentences = [Sentence(s.start, s.end, s.start_char, s.end_char) for s in doc.sents]
    return DocTable(
        text=doc.text,
        words=words,
        idx=idx,
        lower=lower,
        lemma=lemma,
        pos=pos,
        is_punct=is_punct,
        is_space=is_space,
        verb_form=[morph[key][0] for key in keys],
        tense=[morph[key][1] for key in keys],
        figures=figures,
        sentences=sentences,
    )


# A morphological analysis is named by its key, the hash of its FEATS string, and a
# pipeline uses a few hundred at most: each is read once per process.
_MORPH: dict[int, tuple[tuple[str, ...], tuple[str, ...]]] = {}


def _verb_form_and_tense(vocab: Vocab, key: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    found = _MORPH.get(key)
    if found is None:
        analysis = MorphAnalysis.from_id(vocab, key)
        found = _MORPH[key] = (tuple(analysis.get("VerbForm")), tuple(analysis.get("Tense")))
    return found
