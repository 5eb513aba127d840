"""Segmentation of a cleaned letter into numbered question/answer pairs.

One pass over the markers of :mod:`classifier.segment.markers` decides the layout, keeps
the markers that fit it, and cuts the text between them. Letters without answer markers
(Rekenkamer lists) are split inside each question block by :func:`split_unmarked`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

import numpy as np

from classifier.clean import clean
from classifier.errors import SegmentationError
from classifier.genre import table_genre
from classifier.readers.base import Document, PairRow, PairTable
from classifier.segment import metadata, references
from classifier.segment.markers import INLINE_ANSWER, Marker, find_markers
from classifier.segment.model import Letter, LetterMeta, Pair, Section
from classifier.segment.subquestions import joint_parts, split_sentences, split_subquestions
from classifier.textmap import MappedText

_SINGLE_NEWLINE = re.compile(r"(?<!\n)\n(?!\n)")
_QUESTION_END = re.compile(r"\?[\"”’»)\]]*$")
# Sentences that open an answer in letters without answer markers.
_ANSWER_OPENER = re.compile(
    r"^(?:Ja|Nee|Neen|Wij|We|Ons|Onze|In ons|Uit ons|De Algemene Rekenkamer|Het kabinet|Ik|Dat|Dit|Deze|Zoals|Nee,|Ja,)\b"
)
_QUESTION_OPENER = re.compile(
    r"^(?:Wat|Wie|Welke?|Waarom|Hoe|Hoeveel|Wanneer|Waar|Waaruit|Waarop|Waardoor|Kunt|Kan|Kunnen|Is|Zijn|Bent|Heeft|Hebben|"
    r"Wordt|Worden|Deelt|Acht|Vindt|Klopt|Zal|Zullen|Gaat|Gaan|Op welke|In hoeverre|In welke|Zo ja|Zo nee|En|Of)\b"
)
MAX_QUESTION_GAP = 6  # largest jump in numbering accepted for a header in running text


@dataclass
class _Block:
    marker: Marker
    question: tuple[int, int]
    answer: tuple[int, int] | None
    answer_marker: Marker | None = None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\n:.-–":
        start += 1
    while end > start and text[end - 1] in " \t\n":
        end -= 1
    return start, end


def _piece(ct: MappedText, start: int, end: int) -> tuple[str, np.ndarray]:
    """Cleaned text of a span with paragraph-internal line breaks made spaces."""
    start, end = _trim(ct.text, start, end)
    text = _SINGLE_NEWLINE.sub(" ", ct.text[start:end])  # same length: the map stays valid
    return text, ct.index[start : end + 1]


def split_unmarked(text: str) -> int:
    """Where the answer starts in a block "question? answer" without an answer marker.

    A paragraph break right after a "?" ends the question (newer Rekenkamer PDFs). In
    flattened text the question runs to the first sentence ending in "?" plus any
    directly following questions ("Hoe ...? Waarom ...?"); a context sentence between two
    questions stays in the question unless it opens like an answer ("Ja.", "Wij ...").
    Returns the offset of the answer in ``text`` (``len(text)`` if none is found).
    """
    inline = INLINE_ANSWER.search(text)
    if inline:
        return inline.end()
    for m in re.finditer(r"\?[\"”’»)]*[ \t]*\n", text):
        return m.end()
    sentences = split_sentences(text)
    first_q = next((i for i, (s, e) in enumerate(sentences) if _QUESTION_END.search(text[s:e])), None)
    if first_q is None:
        # No "?" at all: the first line or sentence is the question.
        nl = text.find("\n")
        if nl > 0:
            return nl + 1
        return sentences[1][0] if len(sentences) > 1 else len(text)
    last_q = first_q
    i = first_q + 1
    while i < len(sentences):
        s, e = sentences[i]
        if _QUESTION_END.search(text[s:e]) and not _ANSWER_OPENER.match(text[s:e]):
            last_q = i
            i += 1
            continue
        # One short context sentence may sit between two questions, when the next one
        # opens like a question ("Hoe ...?", "Kunt u ...?").
        if i + 1 < len(sentences) and not _ANSWER_OPENER.match(text[s:e]) and e - s < 200:
            s2, e2 = sentences[i + 1]
            if _QUESTION_END.search(text[s2:e2]) and _QUESTION_OPENER.match(text[s2:e2]):
                last_q = i + 1
                i += 2
                continue
        break
    return sentences[last_q + 1][0] if last_q + 1 < len(sentences) else len(text)


def _choose_layout(markers: list[Marker]) -> str:
    line_q = [m for m in markers if m.kind == "question" and not m.inline]
    answers = [m for m in markers if m.kind == "answer"]
    numbered_answers = {n for m in answers for n in m.numbers}
    numbered = [m for m in markers if m.kind == "numbered" and m.numbers[0] in numbered_answers]
    if line_q and answers:
        return "vraag-antwoord"
    if numbered and answers:
        return "genummerd"
    if any(m.kind == "question" for m in markers):
        return "vraag-zonder-antwoordkop"
    return "none"


def _accept_headers(markers: list[Marker], layout: str) -> list[Marker]:
    """The question headers that fit the layout, in document order."""
    if layout == "vraag-antwoord":
        return [m for m in markers if m.kind == "question" and not m.inline]
    if layout == "genummerd":
        answer_numbers = {n for m in markers if m.kind == "answer" for n in m.numbers}
        out: list[Marker] = []
        for m in markers:
            if (m.kind == "question" and not m.inline) or (
                m.kind == "numbered" and m.numbers[0] in answer_numbers and all(m.numbers[0] not in o.numbers for o in out)
            ):
                out.append(m)
        return out
    # No answer markers: numbering must go up (or restart at 1 in a new list); headers in
    # running text must also follow within a few numbers of the previous one.
    out = []
    last = 0
    for m in markers:
        if m.kind != "question":
            continue
        lead = re.match(r"\d+", m.numbers[0])
        if not lead:
            continue
        n = int(lead.group(0))
        sub_numbered = n == last and m.numbers[0] != str(n)  # "Vraag 1a" after "Vraag 1"
        if n == 1 or sub_numbered or (last < n <= last + MAX_QUESTION_GAP) or (not m.inline and n > last):
            out.append(m)
            tail = re.match(r"\d+", m.numbers[-1])
            last = int(tail.group(0)) if tail else n
    return out


def _blocks(ct: MappedText, markers: list[Marker], layout: str) -> tuple[list[list[_Block]], list[Section]]:
    """Group question blocks that share one answer; record sections."""
    text = ct.text
    headers = _accept_headers(markers, layout)
    header_starts = {m.start for m in headers}
    sections = [m for m in markers if m.kind == "section"]
    stops = sorted([m.start for m in headers] + [m.start for m in sections] + [len(text)])

    def next_stop(pos: int) -> int:
        i = bisect.bisect_right(stops, pos)
        return stops[i] if i < len(stops) else len(text)

    answers = [m for m in markers if m.kind == "answer"] if layout != "vraag-zonder-antwoordkop" else []
    answer_starts = [a.start for a in answers]

    def first_answer(lo: int, hi: int) -> Marker | None:
        i = bisect.bisect_left(answer_starts, lo)
        while i < len(answers) and answers[i].start < hi:
            if answers[i].start not in header_starts:
                return answers[i]
            i += 1
        return None

    groups: list[list[_Block]] = []
    pending: list[_Block] = []
    for h in headers:
        end = next_stop(h.start)
        answer_marker = first_answer(h.end, end)
        if layout == "vraag-zonder-antwoordkop":
            cut = h.end + split_unmarked(text[h.end : end])
            block = _Block(h, (h.end, cut), (cut, end))
            if not text[cut:end].strip():
                # "Vraag 1 ...? Vraag 2 ...? <answer>": the answer is shared with the next.
                pending.append(_Block(h, (h.end, cut), None))
                continue
            groups.append([*pending, block])
            pending = []
            continue
        if answer_marker is None:
            pending.append(_Block(h, (h.end, end), None))
            continue
        block = _Block(h, (h.end, answer_marker.start), (answer_marker.end, end), answer_marker)
        if pending and answer_marker.numbers:
            # Questions waiting for this answer: joint only when the marker names them.
            named = set(answer_marker.numbers)
            joined = [b for b in pending if set(b.marker.numbers) & named]
            orphans = [b for b in pending if not set(b.marker.numbers) & named]
            groups.extend([b] for b in orphans)
            pending = joined
        groups.append([*pending, block])
        pending = []
    groups.extend([b] for b in pending)
    return groups, [Section(_SINGLE_NEWLINE.sub(" ", text[m.start : m.end]).strip(), int(ct.index[m.start])) for m in sections]


def segment_document(doc: Document) -> Letter:
    """Clean and segment one letter."""
    ct = clean(doc.text)
    markers = find_markers(ct.text)
    layout = _choose_layout(markers)
    if layout == "none":
        raise SegmentationError("geen vragen gevonden: geen kopjes 'Vraag N' of genummerde vragen in deze brief", path=doc.path)
    groups, sections = _blocks(ct, markers, layout)
    if not groups:
        raise SegmentationError("geen vragen gevonden: de vraagnummers vormen geen genummerde lijst", path=doc.path)
    first_start = min(b.marker.start for g in groups for b in g)
    meta = metadata.extract(ct.text[:first_start], doc.text, doc.doc_id)
    section_starts = [int(np.searchsorted(ct.index, s.start)) for s in sections]

    pairs: list[Pair] = []
    warnings: list[str] = list(doc.warnings)
    for group in groups:
        numbers = [n for b in group for n in b.marker.numbers]
        answer_span = next((b.answer for b in reversed(group) if b.answer is not None), None)
        if answer_span is None:
            answer_text, answer_map = "", ct.index[group[-1].question[1] : group[-1].question[1] + 1]
            warnings.append(f"vraag {', '.join(numbers)}: geen antwoord gevonden")
        else:
            answer_text, answer_map = _piece(ct, *answer_span)
        joint = len(numbers) > 1
        for b in group:
            q_text, q_map = _piece(ct, *b.question)
            section = sum(1 for s in section_starts if s <= b.marker.start) or None
            # "Vraag 5, 6 en 7" over one run of text: each number gets its own question when
            # the text can be cut into that many questions (else each gets the whole text).
            parts = joint_parts(q_text, len(b.marker.numbers))
            if parts is None:
                parts = [(0, len(q_text))] * len(b.marker.numbers)
                if len(b.marker.numbers) > 1:
                    warnings.append(
                        f"vragen {', '.join(b.marker.numbers[:-1])} en {b.marker.numbers[-1]}: "
                        "de vraagtekst is niet per vraag te splitsen; elk van deze vragen wordt beoordeeld op de hele tekst"
                    )
            for n, (qs, qe) in zip(b.marker.numbers, parts, strict=True):
                own_text = q_text[qs:qe]
                pairs.append(
                    Pair(
                        doc=doc.doc_id,
                        question_no=n,
                        question=own_text,
                        answer=answer_text,
                        question_map=q_map[qs : qe + 1],
                        answer_map=answer_map,
                        section=section,
                        joint=joint,
                        joint_with=tuple(x for x in numbers if x != n) if joint else (),
                        subquestions=split_subquestions(own_text),
                    )
                )
    seen: dict[str, int] = {}
    for p in pairs:
        if p.question_no in seen:
            warnings.append(f"vraag {p.question_no} komt meer dan eens voor")
        seen[p.question_no or ""] = 1
    references.resolve(pairs)
    return Letter(
        doc_id=doc.doc_id,
        path=doc.path,
        source=doc.text,
        fmt=doc.fmt,
        layout=layout,
        meta=meta,
        sections=sections,
        pairs=pairs,
        warnings=warnings,
    )


def segment_table(table: PairTable) -> list[Letter]:
    """Pair tables become one pseudo-letter per ``doc`` value, pairs in table order.

    Each text is cleaned (the same rules as letters) and its source is the field itself,
    so offsets of evidence point into the table's answer text. The letter's metadata comes
    from the optional columns (``date``, ``answerer``, ``asker``, ``ministry``) when the rows
    of the ``doc`` agree on it.
    """
    by_doc: dict[str, list[PairRow]] = {}
    for row in table.rows:
        by_doc.setdefault(row.doc, []).append(row)
    letters: list[Letter] = []
    conflicts: list[str] = []
    for doc, rows in by_doc.items():
        meta, differ = _table_meta(rows)
        if differ:
            conflicts.append(
                f"{table.path}: de rijen van '{doc}' noemen verschillende waarden voor {', '.join(differ)}; "
                "die zijn weggelaten (geef elke brief een eigen waarde in de kolom doc)"
            )
        pairs = []
        for row in rows:
            q = clean(row.question)
            a = clean(row.answer) if row.answer else MappedText.identity("")
            q_text, q_map = _piece(q, 0, len(q.text))
            a_text, a_map = _piece(a, 0, len(a.text)) if a.text else ("", np.zeros(1, dtype=np.int64))
            pairs.append(
                Pair(
                    doc=doc,
                    question_no=row.question_no,
                    question=q_text,
                    answer=a_text,
                    question_map=q_map,
                    answer_map=a_map,
                    id=row.id,
                    subquestions=split_subquestions(q_text),
                )
            )
        references.resolve(pairs)
        letters.append(
            Letter(
                doc_id=doc,
                path=table.path,
                source="",
                fmt="table",
                layout="table",
                meta=meta,
                sections=[],
                pairs=pairs,
                warnings=list(table.problems) if not letters else [],
                genre=table_genre(t for row in rows for t in (row.question, row.answer)),
            )
        )
    if conflicts:
        letters[0].warnings.extend(conflicts)
    return letters


def _table_meta(rows: list[PairRow]) -> tuple[LetterMeta, list[str]]:
    """The metadata the rows of one ``doc`` give, and the columns on which they disagree
    (left out: a date that holds for some rows only would misplace the others' deadlines)."""
    values: dict[str, str | None] = {}
    differ = []
    for column in ("date", "answerer", "asker", "ministry"):
        seen = {v for r in rows if (v := getattr(r, column))}
        if len(seen) > 1:
            differ.append(column)
        values[column] = seen.pop() if len(seen) == 1 else None
    return LetterMeta(**values), differ
