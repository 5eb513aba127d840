"""Finding question headers and answer markers in a cleaned letter.

Layouts seen in real letters (../shared/corpus):

* ``Vraag N`` on its own line, then ``Antwoord`` or ``Antwoord N`` (seed, Aanhangsel);
* ``N. question`` then ``Antwoord vraag N:`` (ministry letters), joint as ``Antwoord vraag 4-7:``;
* ``Vraag N question? answer`` with no answer marker and often no line breaks (Rekenkamer);
* joint headers ``Vraag 1 en 4``, ``Vraag 2 t/m 6``, ``Vragen 4, 5 en 6``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NUM = r"\d{1,3}(?:[a-z](?![a-zà-ÿ])|\s?[a-dA-D](?![\wà-ÿ]))?"  # 12, 1a, "1 a", "1 C"
NUMS = rf"{NUM}(?:\s*(?:,|en|t/m|tot en met|-|–|&)\s*{NUM})*"
JOINERS = re.compile(r"\s*(?:,|en|&)\s*")
RANGE = re.compile(rf"({NUM})\s*(?:t/m|tot en met|-|–)\s*({NUM})")

# "Vraag 12", "Vraag 1 en 4", "Vragen 2 t/m 6", optionally followed by ":" or "." and then
# either the end of the line or the question text (flattened letters).
QUESTION_HEAD = re.compile(
    rf"(?P<lead>^[ \t]*|(?<=\S)[ \t]{{1,2}})(?P<word>\w+[ \t]+)?Vra(?:ag|gen)[ \t]+\.?(?P<nums>{NUMS})[ \t]*[:.]?"
    rf"(?:[ \t]*(?:\n|$)|[ \t]+(?=[A-Z“\"‘'(«À-Ý]))",
    re.M,
)
# A header in running text is not one when the word before it makes it a reference
# ("zie Vraag 3", "op Vraag 3") or continues a sentence.
NOT_BEFORE_INLINE_HEAD = frozenset(
    [
        "zie",
        "op",
        "bij",
        "van",
        "in",
        "naar",
        "onder",
        "aan",
        "met",
        "en",
        "of",
        "de",
        "het",
        "als",
        "uit",
        "over",
        "zoals",
        "voor",
        "tot",
        "dan",
    ]
)
# A single unnumbered question: "... (III). Vraag Heeft de ARK onderzocht ...?"
UNNUMBERED_HEAD = re.compile(r"(?:^|(?<=\S)[ \t]{1,2})(?P<word>\w+[ \t]+)?Vraag[ \t]*:?[ \t]+(?=[A-ZÀ-Ý][a-zà-ÿ])", re.M)
# "? Antwoord In ons rapport ...": an answer marker in running text.
INLINE_ANSWER = re.compile(rf"(?<=[?.:)])[ \t]+Antwoord(?:[ \t]+(?:op[ \t]+)?(?:vraag[ \t]+)?{NUM})?[ \t]*:?[ \t]+(?=[A-ZÀ-Ý0-9“\"‘])")
# "1. Bent u ...", "12) Kunt u ..." at the start of a line (ministry-letter layout).
NUMBERED_HEAD = re.compile(rf"^[ \t]*(?P<nums>{NUM})[.)][ \t]+(?=\S)", re.M)
# "Antwoord", "Antwoord 3", "Antwoord vraag 4-7:", "Antwoord op vragen 4, 5 en 6", "Antwoorden 2 en 3".
ANSWER_HEAD = re.compile(
    rf"^[ \t]*Antwoord(?:en)?(?:[ \t]+(?:op[ \t]+)?(?:de[ \t]+)?(?:vra(?:ag|gen)[ \t]+)?(?P<nums>{NUMS}))?[ \t]*:?[ \t]*(?:\n|$|(?<=:)[ \t]*(?=\S))",  # noqa: E501
    re.M,
)
SECTION_HEAD = re.compile(
    r"^[ \t]*(?P<title>Vragen en antwoorden (?:inzake|over|bij|naar aanleiding van|met betrekking tot)\b[^\n]{3,300})$",
    re.M,
)


@dataclass(frozen=True)
class Marker:
    kind: str  # "question", "numbered", "answer", "section"
    start: int  # where the marker begins
    end: int  # where the text after it begins
    numbers: tuple[str, ...]
    inline: bool = False  # header in running text (not at a line start)


def expand_numbers(spec: str | None) -> tuple[str, ...]:
    """'1 en 4' -> (1, 4); '2 t/m 6' -> (2..6); '4, 5 en 6' -> (4, 5, 6)."""
    if not spec:
        return ()
    out: list[str] = []
    for part in JOINERS.split(spec.strip()):
        if not part:
            continue
        m = RANGE.fullmatch(part.strip())
        if m and m.group(1).isdigit() and m.group(2).isdigit():
            lo, hi = int(m.group(1)), int(m.group(2))
            if 0 < hi - lo <= 30:
                out.extend(str(n) for n in range(lo, hi + 1))
                continue
        out.extend(p for p in re.split(r"\s*(?:t/m|tot en met|-|–)\s*", part) if p)
    seen: dict[str, None] = {}
    for n in out:
        seen.setdefault(re.sub(r"\s+", "", n).lower(), None)
    return tuple(seen)


def find_markers(text: str) -> list[Marker]:
    """All candidate markers in document order (filtering happens in the segmenter)."""
    markers: list[Marker] = []
    for m in QUESTION_HEAD.finditer(text):
        word = (m.group("word") or "").strip()
        start = m.start("word") if word else m.start() + len(m.group("lead"))
        if word:
            # The word belongs to the running text; the header starts after it.
            start = m.start() + len(m.group("lead")) + len(m.group("word"))
            if word.lower() in NOT_BEFORE_INLINE_HEAD:
                continue
        inline = start > 0 and text[start - 1] != "\n" and text[:start].rsplit("\n", 1)[-1].strip() != ""
        markers.append(Marker("question", start, m.end(), expand_numbers(m.group("nums")), inline=inline))
    if not any(mk.kind == "question" for mk in markers):
        for m in UNNUMBERED_HEAD.finditer(text):
            if (m.group("word") or "").strip().lower() in NOT_BEFORE_INLINE_HEAD:
                continue
            start = m.end() - len(m.group(0).lstrip().removeprefix(m.group("word") or ""))
            markers.append(Marker("question", start, m.end(), ("1",), inline=True))
            break
    for m in NUMBERED_HEAD.finditer(text):
        markers.append(Marker("numbered", m.start(), m.end(), (m.group("nums"),)))
    for m in ANSWER_HEAD.finditer(text):
        markers.append(Marker("answer", m.start(), m.end(), expand_numbers(m.group("nums"))))
    for m in SECTION_HEAD.finditer(text):
        markers.append(Marker("section", m.start("title"), m.end(), ()))
    markers.sort(key=lambda mk: (mk.start, mk.kind))
    return markers
