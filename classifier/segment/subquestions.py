"""Splitting a question into sub-questions.

The rule (corpus/CODEBOOK.md, section 3): every interrogative sentence (ending in "?") is
one sub-question, and so is every enumerated item ("1) ... 2) ...", "a. ... b. ...",
bullets) of a question; context sentences are not. An item that itself holds several
interrogative sentences gives one sub-question per sentence, and an item holding an
enumeration of its own ("1. a) ... b) ... 2. ...") one per inner item. A request without
"?" ("Graag cijfers per jaar.", rule 3.5) is a sub-question of its own; a question without
any "?" (an imperative such as "Graag een toelichting.") counts as one sub-question.
"""

from __future__ import annotations

import itertools
import re
from functools import cache

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
_CANDIDATE = re.compile(r"[.?!…][\"”’»)]*(\s+|(?=[A-ZÀ-Ý\"“‘«(]|\(?[a-p]\)\s*\w))")
_STARTS_SENTENCE = re.compile(r"[\"“‘«(]?[A-ZÀ-Ý0-9•·▪–-]")
# An enumeration marker glued to the end of the previous sentence by text extraction
# ("... verlopen?b) Zullen ...", "... werken.a) Over welke ...").
_GLUED_MARKER = re.compile(r"\(?[a-p]\)\s*\w")
# A "§" the source's encoding turned into "?" ("artikel 29, ? 1, derde lid"): after the comma
# that follows an article number, before a paragraph number. A question mark follows its
# word directly (French "… ? 2. Quelle …" keeps its space but has no comma before it).
_SECTION_SIGN = re.compile(r"\?{1,2}\s*\d")


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
    if not _STARTS_SENTENCE.match(text, after) and not _GLUED_MARKER.match(text, after):
        return False
    if _SECTION_SIGN.match(text, m.start()) and re.search(r",\s$", text[max(0, m.start() - 2) : m.start()]):
        return False
    if text[m.start()] != ".":
        return True
    token = _word_before(text, m.start()).lstrip('("“‘«').lower()
    if token in ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
        return False
    if not m.group(1):  # "studeren.Deze", ".xlsx-formaat.Wat": a join, a boundary only after a real word
        word = re.search(r"[^\W\d_]+$", token)
        return word is not None and len(word.group(0)) >= 3 and (word.group(0) == token or not token[0].isalnum() or "-" in token)
    return True


# Enumeration markers: "1)", "1.", "(1)", "a)", "a.", "(a)", and bullets.
# Letters run to "p": lists of a dozen items ("a) datum en duur; ... j) totale kostprijs")
# occur in Belgian written questions; a stray letter never joins a list, which must run in
# sequence from "a" (``_enumeration``).
ENUM = re.compile(
    r"(?:(?<=^)|(?<=[\s:;,?!]))(?:\((?P<p>\d{1,2}|[a-p])\)|(?P<n>\d{1,2}|[a-p])[.)])(?=\s|[A-ZÀ-Ý])"
    # "... werken.a) Over welke ...": a letter item glued to the sentence before it
    r"|(?<=[a-zà-ÿ]\.)(?P<g>[a-p])\)(?=\s*[A-ZÀ-Ý])"
    r"|(?:(?<=^)|(?<=\s))[•·▪◦–-](?=\s)",
    re.M,
)
# Rule 3.3 of the codebook: a second, different request joined by "en"/"of" inside one
# sentence ("Welke niet, en waarom niet?", "…onderzocht, en zo ja, kunt u …?", "Hoeveel heeft
# het gekost en welke gemeenten deden mee?"). Without a comma only "en" before a question
# word followed by a clause splits, so "Hoeveel studenten en docenten …" stays one.
COORDINATED = re.compile(
    r"(?:,\s+(?:en|of)\s+|(?<=\w{3})\s+en\s+(?=(?:waarom|hoe|wanneer|welke?|wat|hoeveel|in hoeverre|op welke)\s+\w+\s+\w+))"
    r"(?=(?:zo ja|zo nee|zo niet|waarom|hoe|wanneer|welke|wat|hoeveel|wie|waar|"
    r"in hoeverre|op welke|kunt u|bent u|wilt u|gaat u|is het|heeft u)\b)"
    # Rekenkamer lists join a second question with a semicolon: "...bemoeilijkt; en welke rol
    # speelt ...?", "...regelingen; is Nederland bijvoorbeeld uitzonderlijk ...?"
    r"|;\s+(?:en\s+|of\s+)?(?=(?:zo ja|zo nee|zo niet|waarom|hoe|wanneer|welke?|wat|hoeveel|wie|waar|in hoeverre|op welke|"
    r"is|zijn|kan|kunt|kunnen|zou|zouden|wordt|worden|heeft|hebt|hebben|bent|deelt|acht|vindt|klopt)\b)",
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


def _label(m: re.Match[str]) -> str | None:
    return m.group("p") or m.group("n") or m.group("g")


def _enumeration(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Start/end of each enumerated item of ``text[start:end]``, when it holds a real enumeration.

    A real enumeration starts at 1 or a and goes on in sequence (1, 2, 3 / a, b, c), or is
    a run of at least two bullets; stray "2." in a sentence is not one. Of several lists the
    outer one is the one that starts first ("1. a) ... b) ... 2. a) ..." is numbered, with
    lettered lists inside its items); of lists starting at the same place, the longest.
    """
    end = len(text) if end is None else end
    matches = list(ENUM.finditer(text, start, end))
    if len(matches) < 2:
        return []
    labelled = [(m, lab) for m in matches if (lab := _label(m))]
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
        if _mentions(text, chain):
            continue
        if len(chain) >= 2 and (not chosen or (len(chain) > len(chosen) and chain[0].start() == chosen[0].start())):
            chosen = chain
    if len(chosen) < 2:
        # Bullets count only as a list: at least two, each starting a line.
        chosen = [m for m in matches if _label(m) is None and (m.start() == 0 or text[m.start() - 1] == "\n")]
    if len(chosen) < 2:
        return []
    items = []
    for i, m in enumerate(chosen):
        items.append((m.start(), chosen[i + 1].start() if i + 1 < len(chosen) else end))
    return items


def _mentions(text: str, chain: list[re.Match[str]]) -> bool:
    """Markers that name items rather than open them ("Kunt u voor a) en b) cijfers geven?"):
    one runs into the next with at most a joining word between them."""
    return any(_JOINER.fullmatch(text, m.end(), n.start()) for m, n in itertools.pairwise(chain))


_JOINER = re.compile(r"[\s,;&]*(?:en|of|tot|t/m)?[\s,;&]*", re.I)


@cache
def _interrogative_openers() -> frozenset[str]:
    """First words of a question: question words and the verbs that open a yes/no question
    (``closed_openers`` of resources/questions.json)."""
    from classifier.lexicon import load_json

    return frozenset(load_json("questions")["closed_openers"]) | _QUESTION_WORDS


_QUESTION_WORDS = frozenset(["waarom", "hoe", "wanneer", "welke", "welk", "wat", "hoeveel", "wie", "waar"])
# "In hoeverre ...", "Op welke wijze ...", "Met hoeveel ..."
_PREPOSED = re.compile(r"(?:in|op|om|met|voor|van|tot|uit|aan|bij|naar|door|sinds)\s+(?:welke?|wat|hoeveel|wie|hoeverre)\b", re.I)


def _opens_question(question: str, a: int, b: int) -> bool:
    first = re.match(r"\W*(?:\(?(?:\d{1,2}|[a-p])[.)]\s*)?([^\W\d_]+)", question[a:b])
    if first is None:
        return False
    return first.group(1).lower() in _interrogative_openers() or bool(_PREPOSED.match(question, a + first.start(1)))


def _coordinated(question: str, s: int, e: int, enumerated: bool = False) -> list[SubQuestion]:
    """One sub-question per coordinated request inside the sentence ``question[s:e]``.

    Before a semicolon that opens a question, a statement is context ("Van maar 12 van de 24
    instrumenten is het financieel belang bekend; wat zijn de redenen ...?"), not a request.
    """
    cuts = [m.start() for m in COORDINATED.finditer(question, s, e)]
    bounds = [s, *cuts, e]
    out = []
    for a, b in itertools.pairwise(bounds):
        while a < b and question[a] in ", ;":
            a += 1
        a, b = _strip(question, a, b)
        if b <= a:
            continue
        if b < e and question[b] == ";" and not _opens_question(question, a, b):
            continue
        out.append(SubQuestion(question[a:b], a, b, enumerated=enumerated))
    return out


# Rule 3.5 of the codebook: a request without "?" is a sub-question ("Graag cijfers per
# jaar.", "Gelieve het bedrag te specificeren."). A request that announces the questions
# ("Graag had ik de volgende vragen gesteld.") or a list (ending in ":") is not one.
REQUEST = re.compile(
    r"^\W*(?:\(?(?:\d{1,2}|[a-p])[.)]\s*)?(?:graag|gaarne|gelieve|(?:ik|wij|we)\s+(?:had|hadden|zou|zouden|kreeg|kregen|verneem|vernemen|ontving|ontvingen)"
    r"\s+(?:\w+\s+)?graag)\b",
    re.I,
)
_ANNOUNCES = re.compile(r"\b(?:volgende|vragen|vraag)\b", re.I)
_INTRODUCES = re.compile(r"\bvolgende\b", re.I)


def _is_request(text: str) -> bool:
    text = text.strip()
    return bool(REQUEST.match(text)) and not text.endswith(":") and not _ANNOUNCES.search(text)


def _asked(question: str, s: int, e: int, enumerated: bool = False) -> list[SubQuestion]:
    """Sub-questions of ``question[s:e]``, a stretch without an enumeration of its own."""
    out: list[SubQuestion] = []
    for a, b in split_sentences(question[s:e]):
        a, b = a + s, b + s
        piece = question[a:b]
        if _is_question(piece):
            out.extend(_coordinated(question, a, b, enumerated=enumerated))
        elif _is_request(piece):
            out.append(SubQuestion(piece, a, b, enumerated=enumerated))
    return out


def _split(question: str, start: int, end: int, depth: int = 0, items: list[tuple[int, int]] | None = None) -> list[SubQuestion]:
    """Sub-questions of ``question[start:end]``; ``items`` are its enumerated items when the
    caller has found them already. Lists are read two deep: the items of an item's own list."""
    if items is None:
        items = _enumeration(question, start, end)
    if not items:
        return _asked(question, start, end, enumerated=depth > 0)
    out: list[SubQuestion] = []
    intro_end = items[0][0]
    for s, e in split_sentences(question[start:intro_end]):
        piece = question[s + start : e + start]
        # The sentence that introduces the list ("Kunt u aangeven:", "Kan u volgende gegevens
        # meedelen?") is not asked on its own.
        if _is_question(piece) and not piece.rstrip().endswith(":") and not _INTRODUCES.search(piece):
            out.extend(_coordinated(question, s + start, e + start, enumerated=depth > 0))
        # A request before a list ("Graag kreeg ik meer informatie.") is what its items ask.
    intro = question[start:intro_end]
    list_is_question = _is_question(question[items[-1][0] : end]) or intro.rstrip().endswith((":", "?"))
    for s, e in items:
        s, e = _strip(question, s, e)
        marker = ENUM.match(question, s)
        body = marker.end() if marker else s
        inner = _enumeration(question, body, e) if depth == 0 else []
        if inner:
            out.extend(_split(question, body, e, depth + 1, inner))
            continue
        asked = _asked(question, s, e, enumerated=True)
        if len(asked) > 1:
            out.extend(asked)
        elif asked or list_is_question:
            out.append(SubQuestion(question[s:e], s, e, enumerated=True))
    return out


def split_subquestions(question: str) -> list[SubQuestion]:
    out = _split(question, 0, len(question))
    if not out and question.strip():
        sentences = split_sentences(question)
        s, e = sentences[-1] if sentences else _strip(question, 0, len(question))
        out.append(SubQuestion(question[s:e], s, e))
    return out


# A sub-question that continues the one before it rather than asking a question of its own:
# "Zo ja, ...?", "Indien niet, ...?", "Waarom (niet)?", or a request without "?" after it.
_FOLLOW_UP = re.compile(
    r"^\W*(?:en\s+|of\s+)?(?:zo\s*(?:ja|nee|neen|niet|wel)\b|indien\s+(?:ja|nee|neen|niet|wel|zo|dat)\b"
    r"|als\s+(?:dat|dit|het)\s+(?:niet\s+)?(?:zo|het\s+geval)\b|waarom\s+(?:wel|niet)?\s*\?\s*$|en\s+waarom\b|wat\s+is\s+(?:daarvan|hiervan)\s+de\s+reden\b)",
    re.I,
)


def joint_parts(question: str, n: int) -> list[tuple[int, int]] | None:
    """Spans of ``question`` for the ``n`` questions printed together under one joint header.

    Aanhangsel letters answer "Vraag 5, 6 en 7" together and print the three questions as one
    run of text, without their numbers. The codebook judges each number on its own question,
    so the text is cut after the last sub-question of each of the ``n`` questions: a question
    is a sub-question that does not continue the one before it ("Zo ja, ...?", "Waarom
    niet?", a request without "?", the items of one list), and context sentences go with the
    question they introduce. When the text does not hold exactly ``n`` such questions there
    is no way to tell which part is whose, and the result is None (every number keeps the whole
    text).
    """
    if n < 2:
        return None
    subs = split_subquestions(question)
    groups: list[list[SubQuestion]] = []
    for sub in subs:
        body = sub.text.strip()
        continues = groups and (
            _FOLLOW_UP.match(body) is not None or not body.endswith("?") or (sub.enumerated and groups[-1][-1].enumerated)
        )
        if continues:
            groups[-1].append(sub)
        else:
            groups.append([sub])
    if len(groups) != n:
        return None
    cuts = [0] + [g[-1].end for g in groups[:-1]] + [len(question)]
    parts = [_strip(question, a, b) for a, b in itertools.pairwise(cuts)]
    if any(b <= a for a, b in parts):
        return None
    return parts
