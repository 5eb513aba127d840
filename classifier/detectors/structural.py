"""Detectors that compare what was asked with what was answered.

``missing_figure`` (a figure of the requested kind is absent), ``no_yes_no`` (a closed
question without a clear yes or no) and ``unanswered_subquestion`` (a sub-question the
answer does not address). Their evidence is the sub-question concerned (field
``question``). The vocabulary is in ``resources/questions.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from spacy.tokens import Doc

from classifier.detectors.base import Detector, Hit, PairContext, register
from classifier.detectors.lexical import lexicon_rules, match_rules
from classifier.doctable import doc_table
from classifier.lexicon import load_json
from classifier.segment.model import SubQuestion

CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM", "X"}
MIN_SHARED_PREFIX = 5  # Dutch compounds: "werkplek" covers "werkplekvoorziening"
COVERAGE_THRESHOLD = 0.34  # share of a sub-question's content lemmas found in the answer


@dataclass(frozen=True)
class FigureRequest:
    rule: str
    kind: str


@cache
def _questions() -> dict:
    return load_json("questions")


@cache
def _figure_requests() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    return tuple((r["id"], r["kind"], re.compile(r["pattern"], re.I)) for r in _questions()["figure_requests"])


@cache
def _yes_no() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.I | re.M) for p in _questions()["yes_no_patterns"])


@cache
def _time_answers() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.I) for p in _questions()["time_answers"])


@cache
def _figure_denial_words() -> re.Pattern[str]:
    words = _questions()["figure_denial"]["words"]
    return re.compile(r"\b(?:" + "|".join(words) + r")", re.I)


@cache
def _stopwords() -> frozenset[str]:
    return frozenset(w.lower() for w in _questions()["stopwords"])


_WANNEER_PREFIX = re.compile(r"(?:(?:en|of|maar),?\s+)?(?:zo ja,?\s*)?(?:en\s+)?(?:per|sinds|tot|vanaf|tegen)?")


@cache
def _wanneer_verbs() -> frozenset[str]:
    return frozenset(_questions()["not_figure_requests"]["wanneer_verbs"])


_WANNEER_CONDITIONAL = re.compile(r"\b\w+\b[^?]*?\bwanneer\b", re.I)
_CONDITIONAL_START = re.compile(r"^\W*(?:en\s+|of\s+)?zo\s+(?:ja|nee|neen|niet)\b", re.I)


@cache
def _not_figure_requests() -> tuple[tuple[re.Pattern[str], ...], frozenset[str], frozenset[str]]:
    spec = _questions()["not_figure_requests"]
    patterns = tuple(re.compile(p, re.I) for p in spec["patterns"])
    return patterns, frozenset(spec["weak_terms"]), frozenset(spec["request_openers"])


# An enumeration mark or a page note before the question itself: "1. ", "2. a) ", "(pagina 4) ".
_LEADING_MARKS = re.compile(r"^(?:\s*(?:\d{1,2}[.)]|[a-z]\)|\([^)]{0,20}\))\s*)+", re.I)


def question_body(text: str) -> str:
    """A sub-question without its enumeration marks ("1. a) Hoeveel ...?" -> "Hoeveel ...?")."""
    return _LEADING_MARKS.sub("", text, count=1)


def figure_request(sub: SubQuestion) -> FigureRequest | None:
    """The kind of figure a sub-question asks for, if any."""
    text = question_body(sub.text)
    not_requests, weak_terms, request_openers = _not_figure_requests()
    if any(p.search(text) for p in not_requests):
        return None
    for rid, kind, pattern in _figure_requests():
        m = pattern.search(text)
        if not m:
            continue
        if rid == "fig.wanneer" and m.group(0).lower() == "wanneer":
            # "wanneer" opening the question asks "when"; inside a sentence it often means
            # "if", unless a finite verb follows ("..., en wanneer zullen die ...?").
            before = text[: m.start()].strip().lower()
            after = re.match(r"\s*([\wÀ-ÿ']+|\?)", text[m.end() :])
            asks_when = after is not None and (after.group(1) == "?" or after.group(1).lower() in _wanneer_verbs())
            if before and not _WANNEER_PREFIX.fullmatch(before) and not asks_when:
                continue
        if m.group(0).lower() in weak_terms and _closed_body(text):
            first = re.match(r"[\wÀ-ÿ']+", text)
            if first is None or first.group(0).lower() not in request_openers:
                continue  # "Neemt het aantal ongevallen er toe?" asks yes or no, not a number
        return FigureRequest(rid, kind)
    return None


def is_closed(sub: SubQuestion) -> bool:
    """A yes/no question: verb-first ("Bent u ...?", "Klopt het ...?"), not "Kunt u aangeven ...".

    "Kunt u aangeven hoeveel ...?" is a polite request for information, not a yes/no question.
    """
    return _closed_body(sub.text.strip())


def _closed_body(text: str) -> bool:
    text = question_body(text.strip())
    if not text.endswith("?") or _CONDITIONAL_START.match(text):
        return False
    words = re.findall(r"[\wÀ-ÿ']+", text.lower())
    if not words or words[0] not in _closed_openers():
        return False
    if words[0] in ("kunt", "kan", "kunnen", "wilt", "wil", "zou", "zouden") and len(words) > 2:
        follow = words[2:6]
        requests = _open_requests()
        if any(w in requests for w in follow) or " ".join(follow[:2]) in requests:
            return False
        # Dutch puts the infinitive last: "Kan u het tijdpad van de volgende stappen meedelen?"
        if words[-1] in _final_request_verbs():
            return False
    return True


@cache
def _closed_openers() -> frozenset[str]:
    return frozenset(_questions()["closed_openers"])


@cache
def _open_requests() -> frozenset[str]:
    return frozenset(_questions()["open_request_after_kunt_u"])


@cache
def _final_request_verbs() -> frozenset[str]:
    return frozenset(_questions()["request_verbs_final"]["words"])


def asks_position(sub: SubQuestion) -> bool:
    """A closed question that asks for a position or a commitment, not for a fact or a favour.

    "Bent u bereid ...?", "Deelt u ...?", "Zult u ...?" want a yes or no; "Werd de boete
    betaald?" or "Kunt u ... geven?" is answered by the facts (``no_yes_no_fact_openers``).
    """
    first = re.match(r"[\wÀ-ÿ']+", question_body(sub.text.strip()))
    return first is not None and first.group(0).lower() not in _fact_openers()


@cache
def _fact_openers() -> frozenset[str]:
    return frozenset(_questions()["no_yes_no_fact_openers"]["words"])


# An answer is asked these two questions by a detector, the learned units and the features:
# answered once per text.
@lru_cache(maxsize=1024)
def has_yes_no(text: str) -> bool:
    return any(p.search(text) for p in _yes_no())


@lru_cache(maxsize=1024)
def gives_time(text: str) -> bool:
    """The text names a time the way ``time_answers`` in questions.json describe one."""
    return any(p.search(text) for p in _time_answers())


def _answer_figures(doc: Doc, question: str, start: int = 0, end: int | None = None) -> list[str]:
    """Labels of the figures in an answer (in ``[start, end)``), leaving out those that repeat the question.

    A published annex table (its code in a Belgian answer) counts as a ``TABLE`` of figures.
    """
    q = question.lower()
    table = doc_table(doc)  # its text: Doc.text joins every token again on each call
    end = len(table.text) if end is None else end
    labels = [f.label for f in table.figures if start <= f.start_char and f.end_char <= end and f.text.lower() not in q]
    if _annex_table().search(table.text, start, end):
        labels.append("TABLE")
    return labels


@cache
def _annex_table() -> re.Pattern[str]:
    return re.compile(load_json("figures")["annex_table_code"]["pattern"])


def numbered_parts(text: str) -> dict[str, tuple[int, int]]:
    """Character range of each numbered part of an answer ("1. ... 2. ... 3. en 4. ..."), by number.

    Numbers must rise one or two at a time from 1 or 2, so a stray "in 2016. 3 personen"
    does not cut the answer, and "3. 050.599 euro" (a broken thousands separator) is no mark; a part that holds no more than a joining
    word ("1. en 2. In 2016 ...") shares the range of the part after it. Fewer than two
    parts: no parts.
    """
    marks: list[tuple[str, int, int]] = []  # (number, marker start, content start)
    for m in _NUMBERED_PART.finditer(text):
        if _BROKEN_THOUSANDS.match(text, m.end()):
            continue  # "3. 050.599 euro": a thousands separator that lost its digits' join
        n = int(m.group(1))
        last = int(marks[-1][0]) if marks else 0
        if last < n <= last + 2 and (marks or n <= 2):
            marks.append((m.group(1), m.start(), m.end()))
    if len(marks) < 2:
        return {}
    parts: dict[str, tuple[int, int]] = {}
    ends = [mk[1] for mk in marks[1:]] + [len(text)]
    pending: list[str] = []
    for (num, _ms, cs), end in zip(marks, ends, strict=True):
        if _JOINING.fullmatch(text, cs, end):  # "1. en 2." -- joined to the next part
            pending.append(num)
            continue
        for p in (*pending, num):
            parts[p] = (cs, end)
        pending = []
    return parts


@register
class MissingFigure(Detector):
    """A sub-question asks for a figure of some kind and the answer gives none of that kind.

    When question and answer are numbered alike (Belgian written questions: "1. Hoeveel
    ...? 2. ..." answered "1. ... 2. ..."), a sub-question is judged on the answer part of
    its own number: a figure given for question 1 does not answer the "hoeveel" of question 3.
    """

    technique = "missing_figure"

    def detect(self, ctx: PairContext) -> list[Hit]:
        pair = ctx.pair
        if not pair.answer.strip() or _asked_elsewhere(pair.answer):
            return []
        satisfied_by = _questions()["satisfied_by"]
        given: list[str] = []
        for text, doc, _via in ctx.answer_sources():
            given += _answer_figures(doc, pair.question)
            if gives_time(text):
                given.append("TIME")
        requests = [figure_request(sub) for sub in pair.subquestions]
        parts: dict[str, tuple[int, int]] = {}
        items: list[str | None] = [None] * len(requests)
        if any(requests):
            parts = numbered_parts(pair.answer)
            if parts:
                items = _item_numbers(pair.question, pair.subquestions)
        hits = []
        denials: list[tuple[int, int]] | None = None  # found on first need
        for i, (sub, req) in enumerate(zip(pair.subquestions, requests, strict=True)):
            if req is None:
                continue
            ok = set(satisfied_by[req.kind]) | ({"TIME"} if req.kind in ("DATE", "PERIOD") else set())
            span = parts.get(items[i]) if items[i] is not None else None
            lo, hi = span if span is not None else (0, len(pair.answer))
            if span is not None:
                here = _answer_figures(ctx.answer_doc, pair.question, lo, hi)
                if gives_time(pair.answer[lo:hi]):
                    here.append("TIME")
            elif len(pair.subquestions) >= 2 and not any(g in ok for g in given if g == "TIME"):
                here = _figures_on_topic(ctx, sub)
            else:
                here = given
            if any(g in ok for g in here):
                # A figure of the kind is there, but the answer may still say the asked
                # figures are not known ("Het precieze aantal ... is niet gekend").
                if denials is None:
                    denials = _figure_denials(ctx)
                if not any(lo <= d < hi for d, _e in denials):
                    continue
                rule = "fig.denied"
            else:
                rule = req.rule
            hits.append(Hit(self.technique, rule, sub.text, sub.start, sub.end, "question", subquestion=i))
        return hits


def _figures_on_topic(ctx: PairContext, sub: SubQuestion) -> list[str]:
    """Labels of the answer's figures that stand in a sentence sharing a content word with ``sub``."""
    table = doc_table(ctx.answer_doc)
    figures = [f for f in table.figures if f.text.lower() not in ctx.pair.question.lower()]
    if table.sentences is None or not figures:
        return [f.label for f in figures]
    lemmas = [lem for lem in _content_lemmas(ctx.question_doc, sub.start, sub.end) if len(lem) >= 4]
    if not lemmas:
        return [f.label for f in figures]
    out = []
    for sent in table.sentences:
        inside = [f.label for f in figures if sent.start_char <= f.start_char < sent.end_char]
        if not inside:
            continue
        words = set(table.lemma[sent.start : sent.end])
        text = table.sentence_text(sent).lower()
        if any(_covered(lem, words, text) for lem in lemmas):
            out += inside
    return out


def _asked_elsewhere(answer: str) -> bool:
    """A short answer pointing to the answer on another numbered parliamentary question."""
    spec = _questions()["figure_asked_elsewhere"]
    return len(answer) <= spec["max_answer_chars"] and _elsewhere_pattern().search(answer) is not None


@cache
def _elsewhere_pattern() -> re.Pattern[str]:
    return re.compile(_questions()["figure_asked_elsewhere"]["pattern"], re.I)


def _figure_denials(ctx: PairContext) -> list[tuple[int, int]]:
    """Sentences of the answer (offsets) where an ignorance cue denies figures.

    An ignorance cue (``resources/ignorance.json``) in a sentence that names figures
    (``figure_denial`` in questions.json: "aantal", "cijfers", "kostprijs", ...) says that the
    figures asked for are not available, whatever other figures the answer gives.
    """
    text = ctx.pair.answer
    cues = match_rules(lexicon_rules("ignorance"), text, "ignorance")
    if not cues:
        return []
    table = doc_table(ctx.answer_doc)
    if table.sentences is None:
        return []
    words = _figure_denial_words()
    out = []
    for sent in table.sentences:
        if any(sent.start_char <= h.start < sent.end_char for h in cues) and words.search(table.sentence_text(sent)):
            out.append((sent.start_char, sent.end_char))
    return out


@register
class NoYesNo(Detector):
    technique = "no_yes_no"

    def detect(self, ctx: PairContext) -> list[Hit]:
        pair = ctx.pair
        if not pair.answer.strip():
            return []
        closed = [(i, s) for i, s in enumerate(pair.subquestions) if is_closed(s) and asks_position(s)]
        if not closed:
            return []
        texts = [t for t, _d, _v in ctx.answer_sources()]
        if any(has_yes_no(t) for t in texts):
            return []
        i, sub = closed[0]
        return [Hit(self.technique, "yesno.closed_without_answer", sub.text, sub.start, sub.end, "question", subquestion=i)]


# --- sub-question coverage ---------------------------------------------------------------


def _content_lemmas(doc: Doc, start: int = 0, end: int | None = None) -> list[str]:
    """Content lemmas of the tokens that start in ``[start, end)`` of the doc's text."""
    t = doc_table(doc)
    end = len(t.text) if end is None else end
    stop = _stopwords()
    out = []
    for i in t.tokens_between(start, end):
        if t.pos[i] in CONTENT_POS and not t.is_punct[i] and len(t.words[i]) > 2:
            lemma = t.lemma[i] or t.words[i].lower()
            if lemma not in stop and t.lower[i] not in stop:
                out.append(lemma)
    return out


def _covered(lemma: str, answer_lemmas: set[str], answer_text: str) -> bool:
    if lemma in answer_lemmas:
        return True
    if len(lemma) >= MIN_SHARED_PREFIX:
        stem = lemma[: MIN_SHARED_PREFIX + 1] if len(lemma) > MIN_SHARED_PREFIX + 2 else lemma
        return stem in answer_text
    return False


_NUMBERED_PART = re.compile(r"(?:^|(?<=[\s.?!:;]))(\d{1,2})[.)]\s+(?=\S)")
_BROKEN_THOUSANDS = re.compile(r"\d{3}[.,]\d")
_JOINING = re.compile(r"[\s,;:&-]*(?:en|t/m|tot(?: en met)?)?[\s,;:&-]*", re.I)


def subquestion_coverage(ctx: PairContext) -> list[tuple[bool, float]]:
    """(answered, coverage) per sub-question.

    A sub-question counts as addressed when enough of its content lemmas (or their
    compound stems) occur in the answer, when the answer has a numbered part for its
    numbered item, or -- for a one-question pair -- whenever there is an answer at all
    (whether that answer is evasive is for the other techniques to say). "Zo ja/Zo nee"
    follow-ups stand or fall with the question before them.
    """
    pair = ctx.pair
    subs = pair.subquestions
    answer_texts = [t for t, _d, _v in ctx.answer_sources()]
    if not "".join(answer_texts).strip():
        return [(False, 0.0) for _ in subs]
    if len(subs) <= 1:
        return [(True, 1.0) for _ in subs]
    answer_lemmas: set[str] = set()
    for _t, doc, _v in ctx.answer_sources():
        answer_lemmas.update(_content_lemmas(doc))
    joined = " ".join(answer_texts).lower()
    part_numbers = {m.group(1) for t in answer_texts for m in _NUMBERED_PART.finditer(t)}
    item_numbers = _item_numbers(pair.question, subs)
    out: list[tuple[bool, float]] = []
    for i, sub in enumerate(subs):
        lemmas = _content_lemmas(ctx.question_doc, sub.start, sub.end)
        if _CONDITIONAL_START.match(sub.text) and out:
            out.append(out[-1])
            continue
        if item_numbers[i] is not None and len(part_numbers) >= 2:
            ok = item_numbers[i] in part_numbers
            out.append((ok, 1.0 if ok else 0.0))
            continue
        if not lemmas:
            out.append((True, 1.0))
            continue
        covered = sum(1 for lem in lemmas if _covered(lem, answer_lemmas, joined))
        cov = covered / len(lemmas)
        out.append((cov >= COVERAGE_THRESHOLD, cov))
    return out


def _item_numbers(question: str, subs: list[SubQuestion]) -> list[str | None]:
    """The enumeration number ("1", "2") a sub-question falls under, if the question is numbered."""
    marks = [(m.start(), m.group(1)) for m in _NUMBERED_PART.finditer(question)]
    out: list[str | None] = []
    for s in subs:
        if not s.enumerated and not marks:
            out.append(None)
            continue
        label = None
        for pos, num in marks:
            if pos <= s.start:
                label = num
        out.append(label)
    return out


@register
class UnansweredSubquestion(Detector):
    technique = "unanswered_subquestion"

    def detect(self, ctx: PairContext) -> list[Hit]:
        if not ctx.pair.answer.strip():
            return []
        coverage = subquestion_coverage(ctx)
        ctx.notes["coverage"] = coverage
        for i, (answered, cov) in enumerate(coverage):
            if not answered:
                sub = ctx.pair.subquestions[i]
                return [
                    Hit(
                        self.technique,
                        "subq.low_overlap" if cov > 0 else "subq.no_overlap",
                        sub.text,
                        sub.start,
                        sub.end,
                        "question",
                        subquestion=i,
                    )
                ]
        return []
