"""The analysis stage: Dutch pipeline over every question and answer, then the detectors.

Each distinct text of a letter is parsed once (joint answers share their text), in one
``nlp.pipe`` call per batch of letters.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from classifier.detectors import Hit, PairContext, all_detectors, run_detectors
from classifier.detectors.structural import subquestion_coverage
from classifier.nlp import BATCH_SIZE
from classifier.promises import letter_date
from classifier.segment import Letter, Pair
from classifier.segment.references import referenced_pair

MAX_ANALYSED = 100_000


@dataclass
class PairAnalysis:
    letter: Letter
    pair: Pair
    hits: list[Hit]
    coverage: list[tuple[bool, float]]
    question_doc: Doc
    answer_doc: Doc
    referenced: Pair | None = None
    referenced_doc: Doc | None = None
    rule_hits: list[Hit] = field(default_factory=list)  # the lexicon rules' hits, before the learned layer
    rule_coverage: list[tuple[bool, float]] = field(default_factory=list)
    tech_scores: dict[str, float] = field(default_factory=dict)  # learned layer: best unit score per technique

    def context(self) -> PairContext:
        """The detectors' view of this pair again (to rerun them or refit their learned layer)."""
        return PairContext(
            pair=self.pair,
            question_doc=self.question_doc,
            answer_doc=self.answer_doc,
            referenced=self.referenced,
            referenced_doc=self.referenced_doc,
            letter_date=letter_date(self.letter.meta.__dict__),
        )

    def source_span(self, hit: Hit) -> tuple[int, int]:
        """Offsets of a hit's evidence in the letter's source text (or the table field)."""
        pair = self.referenced if hit.via_reference and self.referenced is not None else self.pair
        index = pair.question_map if hit.field == "question" else pair.answer_map
        if hit.end <= hit.start or len(index) == 0:
            return (0, 0)
        return int(index[hit.start]), int(index[min(hit.end, len(index) - 1) - 1]) + 1


def question_disabled(nlp: Language) -> list[str]:
    """Components not needed for question texts: the parser, when sentence boundaries are set
    before it (by Ontwijkmeter's sentence component), so that questions still have sentences."""
    names = nlp.pipe_names
    if "parser" in names and "ontwijkmeter_sentences" in names and names.index("ontwijkmeter_sentences") < names.index("parser"):
        return ["parser"]
    return []


def _lean(docs: Iterable[Doc]) -> Iterator[Doc]:
    """Drop each Doc's tok2vec tensor once the pipeline is done with it.

    Nothing after the pipeline reads it, and it is the largest part of an analysed Doc (96
    floats per token), which the analyses keep until their letter's results are made.
    """
    import numpy

    empty = numpy.zeros((0,), dtype="float32")
    for doc in docs:
        doc.tensor = empty
        yield doc


def analyse(
    letters: Sequence[Letter], nlp: Language, *, learned: Any = None, batch_size: int = BATCH_SIZE, n_process: int = 1
) -> list[list[PairAnalysis]]:
    """Analysed pairs per letter, in letter and pair order.

    ``learned`` is the learned detector layer (:mod:`classifier.detectors.learned`); without
    it the hits are those of the lexicon rules alone.
    """
    answers: list[str] = []
    questions: list[str] = []
    seen: set[str] = set()
    for letter in letters:
        for p in letter.pairs:
            if p.answer not in seen:
                seen.add(p.answer)
                answers.append(p.answer)
    for letter in letters:
        for p in letter.pairs:
            if p.question not in seen:
                seen.add(p.question)
                questions.append(p.question)
    # An answer longer than MAX_ANALYSED characters is not a normal answer (a whole report
    # pasted in): only its start is analysed, so one such text cannot exhaust memory.
    docs = list(_lean(nlp.pipe((t[:MAX_ANALYSED] for t in answers), batch_size=batch_size, n_process=n_process)))
    # Questions are read for tokens, tags, morphology, lemmas and sentences only: no detector
    # looks at their dependency tree, so the parser (the costliest component) is skipped.
    skip = question_disabled(nlp)
    docs += _lean(nlp.pipe((t[:MAX_ANALYSED] for t in questions), batch_size=batch_size, n_process=n_process, disable=skip))
    index = {t: k for k, t in enumerate(answers + questions)}
    detectors = all_detectors()
    pending: list[tuple[int, Pair, PairContext, list[Hit], list[tuple[bool, float]]]] = []
    for k, letter in enumerate(letters):
        date = letter_date(letter.meta.__dict__)
        for j, p in enumerate(letter.pairs):
            ref = referenced_pair(letter.pairs, j) if p.pure_reference else None
            ctx = PairContext(
                pair=p,
                question_doc=docs[index[p.question]],
                answer_doc=docs[index[p.answer]],
                referenced=ref,
                referenced_doc=docs[index[ref.answer]] if ref is not None else None,
                letter_date=date,
            )
            rule_hits = run_detectors(ctx, detectors)
            rule_coverage = list(ctx.notes.get("coverage") or subquestion_coverage(ctx))
            pending.append((k, p, ctx, rule_hits, rule_coverage))
    if learned is not None:
        # one call per model for the whole batch (see LearnedDetectors.predict_many)
        predicted = learned.predict_many([(ctx, rh, rc) for _l, _p, ctx, rh, rc in pending])
    else:
        predicted = [(rh, {}, rc) for _l, _p, _ctx, rh, rc in pending]
    out: list[list[PairAnalysis]] = [[] for _ in letters]
    for (k, p, ctx, rule_hits, rule_coverage), (hits, scores, coverage) in zip(pending, predicted, strict=True):
        out[k].append(
            PairAnalysis(
                letters[k],
                p,
                hits,
                coverage,
                ctx.question_doc,
                ctx.answer_doc,
                ctx.referenced,
                ctx.referenced_doc,
                rule_hits,
                rule_coverage,
                scores,
            )
        )
    return out
