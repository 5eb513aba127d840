"""Cleaning of extracted letter text, keeping a map to the source offsets.

Real letters arrive as text extracted from PDF or Word (see ../shared/corpus/README.md):
page footers and document ids in the middle of answers, footnote bodies between two
halves of a sentence, footnote markers glued to words ("BDO-onderzoek?1"), words broken
across lines ("autoritei-\\nten"), Markdown residue and ``[footnoteRef:1]`` markup. Each
rule below removes one of those; all of them keep the character map of
:class:`~classifier.textmap.MappedText` so evidence can be shown in the source.

What is deliberately *not* repaired: spaces lost where two PDF lines were joined
("vanvitaal"). Splitting those needs a lexicon of Dutch compounds and would break real
compounds more often than it fixes joins.
"""

from __future__ import annotations

import itertools
import re

from classifier.textmap import Edit, MappedText

# --- markup -----------------------------------------------------------------------------
# Word export markup as in the seed: "...2014.[footnoteRef:1]" and the body "[1:  url ]".
FOOTNOTE_REF = re.compile(r"\[footnoteRef:\d+\]")
FOOTNOTE_INLINE_BODY = re.compile(r"[ \t]*\[\d+:[^\]\n]{0,2000}\][ \t]*")
# Markdown-like extraction: "[1 ]" / "[12]" markers, "**bold**", "#### heading", "-----".
BRACKET_MARKER = re.compile(r"\[\d{1,3} ?\]")
MD_EMPHASIS = re.compile(r"\*\*")
MD_HEADING = re.compile(r"^#{1,6} ", re.M)
MD_RULE = re.compile(r"^-{3,}[ \t]*(?:\n|$)", re.M)

# --- page furniture ---------------------------------------------------------------------
# Lines that are page footers or headers of Handelingen/Kamerstukken PDFs.
_FOOTER_PARTS = (
    r"ah-tk-\d{8}-\d+"  # document id footer
    r"|a?h tk \d{8} \d+"  # the same, as some extractors render it
    r"|ISSN \d{4} ?- ?\d{4}(?:[’']s-Gravenhage \d{4})?"  # ISSN line, often glued to the next footer
    r"|[’']s-Gravenhage \d{4} ?(?=Tweede Kamer)"
    r"|Tweede Kamer, vergaderjaar \d{4}[–-]\d{4}, Aanhangsel(?: \d+)?"
    r"|Tweede Kamer, vergaderjaar \d{4}[–-]\d{4}, \d+ [\dA-Z-]+, nr\. \d+ \d+"
    r"|Pagina \d+ van \d+"
    r"|Page \d+ of \d+"
)
# A line of page furniture (one or more footer parts run together) ...
PAGE_LINE = re.compile(rf"^(?:{_FOOTER_PARTS})+[ \t]*(?:\n|$)", re.M)
# ... or footer parts glued to the first words of the next page ("Aanhangsel 1Antwoord 3").
PAGE_GLUED = re.compile(rf"^(?:{_FOOTER_PARTS})+(?=[A-ZÀ-Ý])", re.M)
# Rekenkamer running page numbers in flattened text: " 3/22 ".
PAGE_FRACTION = re.compile(r"(?<=\s)(\d{1,3})/(\d{1,3})(?=\s|[A-ZÀ-Ý])")

# --- footnote markers glued to words ----------------------------------------------------
# "?1", "vragen1 van", "geïnformeerd3." -- a digit glued to the end of a word of at least
# three lower-case letters (so "m2", "km2", "CO2" and "COVID19" stay).
GLUED_MARKER = re.compile(r"(?:(?<=[a-zà-ÿ]{3})([1-9]\d?)(?=[\s,.;:)]|$)|(?<=[?!»”\"’)])([1-9]\d?)(?=\s|$))")
# "...? 1)" at the end of a question line (footnote in parentheses).
PAREN_MARKER = re.compile(r"(?<=[?.!»”\"’])[ \t]?(\d{1,2}\))[ \t]*$", re.M)

# --- hyphenation and white space --------------------------------------------------------
# "autoritei-\nten": a word broken over a line end; the lower-case start of the next line
# shows it is one word ("Noord-\nHolland" keeps its hyphen).
HYPHEN_BREAK = re.compile(r"(?<=[a-zà-ÿ])-\n(?=[a-zà-ÿ])")
WIDE_GAP = re.compile(r"[ \t]{3,}")  # flattened PDF text: a paragraph break
TRAILING = re.compile(r"[ \t]+$", re.M)
MANY_NEWLINES = re.compile(r"\n{3,}")
# After the footnote number: an optional space and a capital, quote, bracket or digit
# ("1Aanhangsel", "2 De Volkskrant", "32024Z15585"); "2 en over ..." is a marker in text.
FOOTNOTE_BODY_START = re.compile(r" ?[A-ZÀ-Ý«“\"‘'(\d]")
FOOTER_START = re.compile(r"^(?:ah-tk-\d{8}-\d+|a?h tk \d{8} \d+|ISSN \d{4}|Tweede Kamer, vergaderjaar|-{3,})", re.M)


def _footnote_bodies(text: str) -> tuple[list[Edit], list[tuple[int, int]]]:
    """Find footnote bodies printed at the foot of a page.

    A body starts a line with the *next expected* footnote number ("1Aanhangsel ...",
    "2 De Volkskrant ...") and runs to the page footer; the numbering across the letter
    (1, 2, 3, ...) is what tells a footnote from a line that merely starts with a figure.
    Returns the deletions and, per footnote number, where its body starts.
    """
    edits: list[Edit] = []
    found: list[tuple[int, int]] = []
    expected = 1
    footers = [m.start() for m in FOOTER_START.finditer(text)]
    if not footers:
        return edits, found
    line_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
    fi = 0
    i = 0
    while i < len(line_starts):
        start = line_starts[i]
        while fi < len(footers) and footers[fi] < start:
            fi += 1
        if fi >= len(footers):
            break
        num = str(expected)
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        line = text[start:line_end]
        footer = footers[fi]
        if FOOTNOTE_BODY_START.match(line[len(num) :]) and line.startswith(num):
            # The block must end at the page footer within a few lines and hold no
            # question or answer header.
            block = text[start:footer]
            if block.count("\n") <= 14 and not re.search(r"^(?:Vraag|Antwoord)\b", block, re.M):
                # Count the further footnotes in the block to keep the numbering.
                for ln in block.split("\n"):
                    if ln.startswith(str(expected)):
                        found.append((expected, start))
                        expected += 1
                edits.append((start, footer, ""))
                while i < len(line_starts) and line_starts[i] < footer:
                    i += 1
                continue
        i += 1
    return edits, found


def _glued_footnote_markers(text: str, bodies: list[tuple[int, int]]) -> list[Edit]:
    """Remove the marker of each known footnote: the last candidate before its body.

    The search for footnote n starts after the marker of footnote n-1, so markers stay in
    order. Handles the line-start case too ("enPeters\\n2 en over"), which is only safe
    because the footnote's body was found and its number is known.
    """
    edits: list[Edit] = []
    prev = 0
    for number, body_start in bodies:
        num = re.escape(str(number))
        region = text[prev:body_start]
        candidate = None
        for m in re.finditer(rf"(?:(?<=[A-Za-zà-ÿ?!.»”\"’)])|(?<=^))({num})(?=[\s,.;:)]|$)", region, re.M):
            candidate = m
        if candidate is not None:
            s, e = candidate.span(1)
            edits.append((prev + s, prev + e, ""))
            prev = prev + e
    return edits


def _page_fraction_matches(text: str) -> list[re.Match[str]]:
    """Running "k/N" page numbers of flattened PDFs (same N, several k, k <= N)."""
    by_total: dict[str, list[re.Match[str]]] = {}
    for m in PAGE_FRACTION.finditer(text):
        if int(m.group(1)) <= int(m.group(2)):
            by_total.setdefault(m.group(2), []).append(m)
    out: list[re.Match[str]] = []
    for total, matches in by_total.items():
        numerators = {m.group(1) for m in matches}
        if len(numerators) >= 2 or any(m.group(1) == total for m in matches):
            out.extend(matches)
    return sorted(out, key=lambda m: m.start())


def _common_suffix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return a[len(a) - n :] if n else ""


def _page_fractions(text: str) -> list[Edit]:
    """Delete page numbers and the running page header printed just before them.

    The header ("Beantwoording vragen Tweede Kamer over ...") is found as the text that
    the windows before consecutive page numbers have in common; every verbatim
    occurrence of it is deleted.
    """
    matches = _page_fraction_matches(text)
    edits: list[Edit] = [(m.start(), m.end() + 1 if text[m.end() : m.end() + 1] == " " else m.end(), "") for m in matches]
    windows = [text[max(0, m.start() - 300) : m.start()] for m in matches]
    counts: dict[str, int] = {}
    for a, b in itertools.pairwise(windows):
        suffix = _common_suffix(a, b)
        cut = re.search(r"(?:^|\s)(?=[A-ZÀ-Ý(])", suffix)  # start at a capitalised word
        header = suffix[cut.end() :].strip() if cut else ""
        if len(header) >= 25:
            counts[header] = counts.get(header, 0) + 1
    if counts:
        header = max(counts, key=lambda h: (counts[h], len(h)))
        taken = [(s, e) for s, e, _ in edits]
        for m in re.finditer(re.escape(header), text):
            if not any(s < m.end() and m.start() < e for s, e in taken):
                edits.append((m.start(), m.end(), " "))
                taken.append((m.start(), m.end()))
    return edits


def clean(source: str) -> MappedText:
    """Return the cleaned text of a letter, mapped to ``source`` offsets."""
    t = MappedText.identity(source)
    t = t.sub(FOOTNOTE_INLINE_BODY, " ")
    t = t.sub(FOOTNOTE_REF)
    t = t.sub(BRACKET_MARKER)
    t = t.sub(MD_EMPHASIS)
    t = t.sub(MD_HEADING)
    t = t.sub(TRAILING)
    bodies, found = _footnote_bodies(t.text)
    t = t.apply(bodies + _glued_footnote_markers(t.text, found))
    t = t.sub(PAGE_LINE)
    t = t.sub(PAGE_GLUED)
    t = t.sub(MD_RULE)
    t = t.sub(PAREN_MARKER, group=1)
    t = t.sub(GLUED_MARKER, group=1)
    t = t.sub(GLUED_MARKER, group=2)
    t = t.apply(_page_fractions(t.text))
    t = t.sub(WIDE_GAP, "\n")
    t = t.sub(HYPHEN_BREAK)
    t = t.sub(TRAILING)
    t = t.sub(MANY_NEWLINES, "\n\n")
    return t
