"""Splitting a question into sub-questions.

The rule (corpus/CODEBOOK.md, section 3): every interrogative sentence (ending in "?") is
one sub-question, and so is every enumerated item ("1) ... 2) ...", "a. ... b. ...",
bullets) of a question; context sentences are not. An item that itself holds several
interrogative sentences gives one sub-question per sentence. A question without any "?"
(an imperative such as "Graag een toelichting.") counts as one sub-question.
"""

from __future__ import annotations

import itertools
import re

from classifier.segment.model import SubQuestion

# Abbreviations whose dot does not end a sentence in these letters.
ABBREVIATIONS = frozenset(
    [
        "o.a",
        "bijv",
        "bv",
        "m.b.t",
        "t.a.v",
        "i.v.m",
        "n.a.v",
        "d.w.z",
        "c.q",
        "ca",
        "nr",
        "nrs",
        "art",
        "jl",
        "mln",
        "mld",
        "mrd",
        "resp",
        "incl",
        "excl",
        "e.d",
        "enz",
        "etc",
        "evt",
        "vgl",
        "zgn",
        "min",
        "max",
        "blz",
        "dhr",
        "mevr",
        "mw",
        "prof",
        "dr",
        "drs",
        "mr",
        "ir",
        "ing",
        "st",
        "jr",
        "e.a",
        "p",
        "pag",
        "vs",
        "cf",
        "o.b.v",
        "t.b.v",
        "i.o.m",
        "m.i.v",
        "i.c.m",
        "z.s.m",
        "a.s",
        "j.l",
        "ong",
        "gem",
        "e.v",
        "vnl",
        "nl",
    ]
)
_CANDIDATE = re.compile(r"[.?!…][\"”’»)]*(\s+|(?=[A-ZÀ-Ý\"“‘«(]))")
_STARTS_SENTENCE = re.compile(r"[\"“‘«(]?[A-ZÀ-Ý0-9•·▪–-]")


def _word_before(text: str, end: int) -> str:
    r"""The run of non-space characters that ends at ``end`` (or just before a newline there).

    What ``re.search(r"(\S+)$", text[:end])`` finds, without searching the whole text
    before ``end`` for every candidate boundary.
    """
    if end > 0 and text[end - 1] == "\n":
        end -= 1
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def _is_boundary(text: str, m: re.Match[str]) -> bool:
    after = m.end()
    if not _STARTS_SENTENCE.match(text, after):
        return False
    if text[m.start()] != ".":
        return True
    token = _word_before(text, m.start()).lstrip('("“‘«').lower()
    if token in ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
        return False
    if not m.group(1):  # "studeren.Deze": a PDF join, a boundary only after a real word
        return len(token) >= 3 and token.isalpha()
    return True


# Enumeration markers: "1)", "1.", "(1)", "a)", "a.", "(a)", and bullets.
ENUM = re.compile(
    r"(?:(?<=^)|(?<=[\s:;,?!]))(?:\((?P<p>\d{1,2}|[a-h])\)|(?P<n>\d{1,2}|[a-h])[.)])(?=\s|[A-ZÀ-Ý])|(?:(?<=^)|(?<=\s))[•·▪◦–-](?=\s)",
    re.M,
)
# Rule 3.3 of the codebook: a second, different request joined by "en"/"of" inside one
# sentence ("Welke niet, en waarom niet?", "…onderzocht, en zo ja, kunt u …?", "Hoeveel heeft
# het gekost en welke gemeenten deden mee?"). Without a comma only "en" before a question
# word followed by a clause splits, so "Hoeveel studenten en docenten …" stays one.
COORDINATED = re.compile(
    r"(?:,\s+(?:en|of)\s+|(?<=\w{3})\s+en\s+(?=(?:waarom|hoe|wanneer|welke|hoeveel|in hoeverre|op welke)\s+\w+\s+\w+))"
    r"(?=(?:zo ja|zo nee|zo niet|waarom|hoe|wanneer|welke|wat|hoeveel|wie|waar|"
    r"in hoeverre|op welke|kunt u|bent u|wilt u|gaat u|is het|heeft u)\b)",
    re.I,
)
QUESTION_END = re.compile(r"\?[\"”’»)\]]*\s*$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans by punctuation; good enough for questions, which are short."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _CANDIDATE.finditer(text):
        if not _is_boundary(text, m):
            continue
        end = m.end() - len(m.group(1))
        if text[pos:end].strip():
            spans.append(_strip(text, pos, end))
        pos = m.end()
    if text[pos:].strip():
        spans.append(_strip(text, pos, len(text)))
    return spans


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _is_question(text: str) -> bool:
    return bool(QUESTION_END.search(text))


def _enumeration(text: str) -> list[tuple[int, int]]:
    """Start/end of each enumerated item, when the question holds a real enumeration.

    A real enumeration starts at 1 or a and goes on in sequence (1, 2, 3 / a, b, c), or is
    a run of at least two bullets; stray "2." in a sentence is not one.
    """
    matches = list(ENUM.finditer(text))
    if len(matches) < 2:
        return []
    labelled = [(m, m.group("p") or m.group("n")) for m in matches if (m.group("p") or m.group("n"))]
    chosen: list[re.Match[str]] = []
    for i, (first, label) in enumerate(labelled):
        if label not in ("1", "a"):
            continue
        chain = [first]
        expected = "2" if label == "1" else "b"
        for m, lab in labelled[i + 1 :]:
            if lab == expected:
                chain.append(m)
                expected = str(int(lab) + 1) if lab.isdigit() else chr(ord(lab) + 1)
        if len(chain) > len(chosen):
            chosen = chain
    if len(chosen) < 2:
        # Bullets count only as a list: at least two, each starting a line.
        chosen = [m for m in matches if m.group("p") is None and m.group("n") is None and (m.start() == 0 or text[m.start() - 1] == "\n")]
    if len(chosen) < 2:
        return []
    items = []
    for i, m in enumerate(chosen):
        end = chosen[i + 1].start() if i + 1 < len(chosen) else len(text)
        items.append((m.start(), end))
    return items


def _coordinated(question: str, s: int, e: int, enumerated: bool = False) -> list[SubQuestion]:
    """One sub-question per coordinated request inside the sentence ``question[s:e]``."""
    cuts = [m.start() for m in COORDINATED.finditer(question, s, e)]
    bounds = [s, *cuts, e]
    out = []
    for a, b in itertools.pairwise(bounds):
        while a < b and question[a] in ", ;":
            a += 1
        a, b = _strip(question, a, b)
        if b > a:
            out.append(SubQuestion(question[a:b], a, b, enumerated=enumerated))
    return out


def split_subquestions(question: str) -> list[SubQuestion]:
    items = _enumeration(question)
    out: list[SubQuestion] = []
    if items:
        intro_end = items[0][0]
        intro = question[:intro_end]
        for s, e in split_sentences(intro):
            piece = question[s:e]
            # The sentence that introduces the list ("Kunt u aangeven:") is not asked on its own.
            if _is_question(piece) and not piece.rstrip().endswith(":"):
                out.extend(_coordinated(question, s, e))
        list_is_question = _is_question(question[items[-1][0] :]) or intro.rstrip().endswith((":", "?"))
        for s, e in items:
            s, e = _strip(question, s, e)
            sentences = [(a + s, b + s) for a, b in split_sentences(question[s:e])]
            asked = [(a, b) for a, b in sentences if _is_question(question[a:b])]
            if len(asked) > 1:
                for a, b in asked:
                    out.extend(_coordinated(question, a, b, enumerated=True))
            elif asked or list_is_question:
                out.append(SubQuestion(question[s:e], s, e, enumerated=True))
    else:
        for s, e in split_sentences(question):
            if _is_question(question[s:e]):
                out.extend(_coordinated(question, s, e))
    if not out and question.strip():
        sentences = split_sentences(question)
        s, e = sentences[-1] if sentences else _strip(question, 0, len(question))
        out.append(SubQuestion(question[s:e], s, e))
    return out
