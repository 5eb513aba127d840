"""Letter metadata from the text before the first question: who asked, who answered, when."""

from __future__ import annotations

import re
from datetime import date

from classifier.lexicon import load_json
from classifier.segment.model import LetterMeta

_WS = re.compile(r"\s+")


def months() -> dict[str, int]:
    return {k: int(v) for k, v in load_json("calendar")["months"].items()}


def _month_pattern() -> str:
    names = sorted(months(), key=len, reverse=True)
    return "(?:" + "|".join(names) + r")\.?"


def parse_dutch_date(text: str) -> str | None:
    """'9 juni 2026' -> '2026-06-09'; None when there is no valid date."""
    m = re.search(rf"\b(\d{{1,2}})\s+({_month_pattern()})\s+(\d{{4}})\b", text, re.I)
    if not m:
        return None
    month = months().get(m.group(2).lower().rstrip("."))
    try:
        return date(int(m.group(3)), month or 0, int(m.group(1))).isoformat()
    except ValueError:
        return None


def _flat(text: str) -> str:
    return _WS.sub(" ", text).strip()


def _first(patterns: list[str], text: str, flags: int = re.I) -> re.Match[str] | None:
    for p in patterns:
        m = re.search(p, text, flags)
        if m:
            return m
    return None


def extract(head: str, source: str, doc_id: str) -> LetterMeta:
    """Metadata from ``head`` (the cleaned text before the first question).

    ``source`` is searched only for document ids that cleaning removes as page furniture.
    """
    flat = _flat(head)
    answer_date = None
    m = _first(
        [
            r"\(ontvangen\s+([^)]{6,30})\)",
            r"bij brief van\s+(\d{1,2}\s+\w+\.?\s+\d{4})",
            r"\bDATUM\s+(\d{1,2}\s+\w+\s+\d{4})",
            r"vastgesteld\s+(?:op\s+)?(\d{1,2}\s+\w+\s+\d{4})",
        ],
        flat,
    )
    if m:
        answer_date = parse_dutch_date(m.group(1))
    if answer_date is None:
        iso = re.search(r"^\s*(\d{4}-\d{2}-\d{2})\s*$", head[:400], re.M)
        if iso:
            answer_date = iso.group(1)

    asker = None
    m = _first(
        [
            r"Vragen? van (?:het lid|de leden)\s+(.{3,300}?)\s+aan de\s",
            r"(?:De|de)\s+((?:vaste\s+)?commissie voor [^.,]{3,120}?)\s+heeft",
            r"door de\s+((?:vaste\s+)?commissie voor [^.,]{3,120}?)\s+gestelde",
        ],
        flat,
    )
    if m:
        asker = next(g for g in m.groups() if g)

    answerer = ministry = None
    m = re.search(
        r"Antwoord van\s+((?:[Mm]inister|[Ss]taatssecretaris|[Mm]inister-[Pp]resident)\s+[^()]{2,60}?)\s*\(([^)]{3,120})\)?", flat
    )
    if m:
        answerer, ministry = m.group(1).strip(), m.group(2).strip().rstrip(",")
    else:
        m = re.search(
            r"voorgelegd aan (?:de|het)\s+((?:minister|staatssecretaris|ministers|staatssecretarissen)\b[^.]{3,200}?)(?:\s+inzake|\.)",
            flat,
            re.I,
        )
        if m:
            answerer = m.group(1).strip()
        elif re.search(r"Algemene Rekenkamer", flat[:4000]):
            answerer = "Algemene Rekenkamer"

    kamerstuk = None
    m = re.search(r"\bah-tk-\d{8}-\d+\b", source[:200000]) or re.search(r"\b(\d{4}Z\d{5})\b", flat)
    if m:
        kamerstuk = m.group(0)
    else:
        m = re.search(r"Kamerstuk(?:ken)?\s+(?:II\s+)?([\d ]{5,6}(?:-[A-Z]+)?(?:-\d+)?(?:,\s*nr\.\s*\d+)?)", flat)
        if m:
            kamerstuk = m.group(1).strip()
        elif re.match(r"ah-tk-\d{8}-\d+$", doc_id):
            kamerstuk = doc_id

    title = None
    m = re.search(r"\bover\s+(.{5,300}?)\s*\(ingezonden", flat)
    if m:
        title = m.group(1).strip()
    else:
        lines = [ln.strip() for ln in head.splitlines() if ln.strip()]
        for ln in lines[:6]:
            if re.match(r"(Lijst van vragen en antwoorden|Beantwoording|Antwoorden|Vragen)", ln):
                title = _flat(ln)[:200]
                break
        if title and title.lower().startswith("lijst van vragen"):
            m = re.search(r"inzake (?:het )?(.{5,200}?)(?:\(|;|\.)", flat)
            if m:
                title = f"{title} inzake {m.group(1).strip()}"
    return LetterMeta(title=title, kamerstuk=kamerstuk, date=answer_date, asker=asker, answerer=answerer, ministry=ministry)
