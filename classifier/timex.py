"""Dutch time expressions in promises, normalised to a date range relative to the letter's date.

The expressions and the calendar conventions are data (``resources/time_expressions.json``);
this module applies them. A range is ``(start, end)`` of :class:`datetime.date`, either end
may be open (``None``); relative expressions without a letter date give no range.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from classifier.lexicon import load_json
from classifier.prefilter import lowered, may_match

Range = tuple[dt.date | None, dt.date | None]


@dataclass(frozen=True)
class TimeExpression:
    text: str
    start: int
    end: int
    rule: str
    range_start: dt.date | None
    range_end: dt.date | None
    vague: bool = False

    @property
    def has_range(self) -> bool:
        return self.range_start is not None or self.range_end is not None


@cache
def _data() -> dict[str, Any]:
    return load_json("time_expressions")


@cache
def _months() -> dict[str, int]:
    return {k: int(v) for k, v in load_json("calendar")["months"].items()}


@cache
def _weekdays() -> dict[str, int]:
    return {k: int(v) for k, v in load_json("calendar")["weekdays"].items()}


@cache
def time_rules() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    names = sorted(_months(), key=len, reverse=True)
    month = "(?:" + "|".join(names) + r")\.?"
    weekday = "(?:" + "|".join(_weekdays()) + ")"
    out = []
    for r in _data()["rules"]:
        pattern = r["pattern"].replace("{MONTH}", month).replace("{WEEKDAY}", weekday)
        out.append((r["id"], r["rule"], re.compile(pattern, re.I)))
    return tuple(out)


def _month_no(name: str) -> int:
    return _months()[name.lower().rstrip(".")]


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(d: dt.date, months: int) -> dt.date:
    m = d.month - 1 + months
    y = d.year + m // 12
    m = m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _nth_friday(year: int, month: int, n: int) -> dt.date:
    d = dt.date(year, month, 1)
    d += dt.timedelta(days=(4 - d.weekday()) % 7)
    return d + dt.timedelta(weeks=n - 1)


def _season_range(season: str, year: int) -> tuple[dt.date, dt.date]:
    spec = _data()["seasons"][season]

    def point(s: str) -> dt.date:
        m = re.fullmatch(r"(first|third)-friday-(\d\d)(?:\+(\d+))?", s)
        if m:
            base = _nth_friday(year, int(m.group(2)), 1 if m.group(1) == "first" else 3)
            return base + dt.timedelta(days=int(m.group(3) or 0))
        mm, dd = (int(x) for x in s.split("-"))
        return dt.date(year, mm, dd)

    a, b = point(spec[0]), point(spec[1])
    if b < a:  # winter, jaarwisseling: into the next year
        b = dt.date(year + 1, b.month, b.day)
    return a, b


def _relative_year(rel: str | None, letter: dt.date | None) -> int | None:
    if letter is None:
        return None
    rel = (rel or "").lower()
    if rel in ("volgend", "komend", "het komende", "het volgende"):
        return letter.year + 1
    return letter.year


@cache
def _planned_for() -> re.Pattern[str]:
    return re.compile(_data()["planned_for_pattern"], re.I)


# "ten laatste" is the Belgian "uiterlijk" ("Het monument zal ten laatste op 15 maart worden opgeleverd")
_BEFORE = re.compile(r"\b(?:voor|vóór|uiterlijk|tegen|ten laatste)(?:\s+(?:in|op|eind|begin))?\s*$", re.I)


def normalise(rule: str, m: re.Match[str], letter: dt.date | None, preceding: str = "") -> tuple[Range, bool]:
    """(range, vague) for one match of a rule; ``preceding`` is the text just before the match
    ("uiterlijk in juli 2017": a deadline up to the end of July)."""
    g = {k: (v.lower() if isinstance(v, str) else v) for k, v in m.groupdict().items()}
    text = m.group(0).lower()
    # "gepland voor 2026", "voorzien voor november": the planned year or month, not a term before it
    planned = bool(_planned_for().search(preceding))
    before = (bool(re.match(r"\s*(voor|uiterlijk|tegen|vóór)\b", text)) or bool(_BEFORE.search(preceding))) and not planned
    if rule == "day":
        year = int(g["year"]) if g.get("year") else _relative_year(g.get("rel"), letter)
        if year is None:
            return (None, None), False
        d = dt.date(year, _month_no(g["month"]), int(g["day"]))
        return ((letter, d) if before else (d, d)), False
    if rule == "day_next":
        if letter is None:
            return (None, None), False
        month, day = _month_no(g["month"]), int(g["day"])
        year = letter.year if (month, day) >= (letter.month, letter.day) else letter.year + 1
        d = dt.date(year, month, day)
        return ((letter, d) if before else (d, d)), False
    if rule in ("month", "month_next"):
        month = _month_no(g["month"])
        if rule == "month":
            year = int(g["year"])
        else:
            if letter is None:
                return (None, None), False
            year = letter.year if month >= letter.month else letter.year + 1
        start, end = dt.date(year, month, 1), _last_day(year, month)
        edge = g.get("edge")
        if edge == "begin":
            end = dt.date(year, month, 10)
        elif edge in ("medio", "half", "halverwege"):
            start, end = dt.date(year, month, 11), dt.date(year, month, 20)
        elif edge in ("eind", "einde"):
            start = dt.date(year, month, 21)
        return ((letter, end) if before and letter else (start, end)), False
    if rule == "half":
        first = g["half"] in ("eerste", "1e", "1ste")
        return _part_of_year(1 if first else 7, 6, g.get("year") or g.get("year2"), g.get("rel") or g.get("rel2"), letter), False
    if rule == "quarter":
        q = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "laatste": 4}.get(g.get("q") or "", 0) or int(g.get("qn") or 0)
        if not q:
            return (None, None), False
        return _part_of_year(3 * q - 2, 3, g.get("year") or g.get("year2"), g.get("rel"), letter), False
    if rule == "months_of_year":
        num = g.get("num")
        n = int(num) if num and num.isdigit() else int(_data()["number_words"].get(num, 0)) if num else 3
        if not 1 <= n <= 12:
            return (None, None), False
        first_month = 1 if g["edge"] == "eerste" else 13 - n
        return _part_of_year(first_month, n, g.get("year"), g.get("rel"), letter), False
    if rule == "season":
        return _season(g, letter), False
    if rule == "year_edge":
        year = int(g["year"]) if g.get("year") else _relative_year(g.get("rel"), letter)
        if year is None:
            return (None, None), False
        edge = re.sub(r"\s+", " ", g["edge"])
        by = edge.startswith(("voor", "tegen"))  # "tegen het einde van 2017": up to that edge
        if "begin" in edge:
            return ((letter, dt.date(year, 1, 1)) if by else (dt.date(year, 1, 1), dt.date(year, 3, 31))), False
        if by:
            return (letter, dt.date(year, 12, 31)), False
        if "eind" in edge:
            return (dt.date(year, 10, 1), dt.date(year, 12, 31)), False
        if edge in ("medio", "midden", "halverwege"):
            return (dt.date(year, 5, 1), dt.date(year, 8, 31)), False
        if edge == "vanaf":
            return (dt.date(year, 1, 1), None), False
        return (dt.date(year, 1, 1), dt.date(year, 12, 31)), False
    if rule == "week_month_rel":
        return _week_month(g, letter), False
    if rule == "named_year":
        return _named_year(g, letter, before and not planned), False
    if rule == "year_rel":
        if letter is None:
            return (None, None), False
        if g["rel"] == "dit":
            return (letter, dt.date(letter.year, 12, 31)), False
        return (dt.date(letter.year + 1, 1, 1), dt.date(letter.year + 1, 12, 31)), False
    if rule == "year":
        year = int(g["year"])
        prep = g["prep"]
        if prep == "voor" and not planned:
            return (letter, dt.date(year - 1, 12, 31)), False
        if prep in ("uiterlijk", "tegen", "tot"):
            return (letter, dt.date(year, 12, 31)), False
        if prep == "vanaf":
            return (dt.date(year, 1, 1), None), False
        if prep == "na":
            return (dt.date(year + 1, 1, 1), None), False
        return (dt.date(year, 1, 1), dt.date(year, 12, 31)), False
    if rule == "year_span":
        first, last = sorted((int(g["year"]), int(g["year2"])))
        return (dt.date(first, 1, 1), dt.date(last, 12, 31)), False
    if rule == "within":
        return _within(g, letter)
    if rule == "coming":
        return _coming(g, letter)
    if rule == "weekday":
        return _weekday(g, letter), False
    if rule == "soon":
        if letter is None:
            return (None, None), True
        return (letter, letter + dt.timedelta(days=int(_data()["soon_days"]))), True
    return (None, None), False


def _part_of_year(first_month: int, months: int, year: str | None, rel: str | None, letter: dt.date | None) -> Range:
    """``months`` months from ``first_month`` (a half year, a quarter, "de eerste drie maanden")
    of the year written, of the year ``rel`` names ("dit", "volgend", "het"), or, with neither,
    of the first year in which that part has not ended by the letter's date ("in het derde
    kwartaal", "in de tweede jaarhelft")."""
    if year:
        y = int(year)
    elif letter is None:
        return (None, None)
    elif rel:
        y = _relative_year(rel, letter) or letter.year
    else:
        y = letter.year if _last_day(letter.year, first_month + months - 1) >= letter else letter.year + 1
    return (dt.date(y, first_month, 1), _last_day(y, first_month + months - 1))


def _season(g: dict[str, Any], letter: dt.date | None) -> Range:
    season = g["season"]
    prep = g.get("prep") or "in"
    rel = g.get("rel")
    if g.get("year"):
        year = int(g["year"])
    elif letter is None:
        return (None, None)
    elif rel in ("volgend", "volgende"):
        year = letter.year + 1
    else:
        # "dit", "komend" or nothing: the first such season that has not yet ended.
        year = letter.year
        if _season_range(season, year)[1] < letter:
            year += 1
    start, end = _season_range(season, year)
    summer = season in _data()["summer_seasons"]  # "de zomer", "de zomerperiode", "de zomervakantie"
    if summer and prep == "voor":
        # "voor de zomer": before the summer break, by the end of June in government usage.
        return (letter, dt.date(year, 6, 30))
    if summer and prep == "na":
        return (dt.date(year, 9, 1), dt.date(year, 10, 31))
    if prep == "voor":
        return (letter, start - dt.timedelta(days=1))
    if prep == "na":
        return (end + dt.timedelta(days=1), end + dt.timedelta(days=61))
    if prep == "begin":
        return (start, start + (end - start) / 3)
    if prep == "eind":
        return (end - (end - start) / 3, end)
    return (start, end)


def _named_year(g: dict[str, Any], letter: dt.date | None, before: bool) -> Range:
    """A year that does not run from January ("het komende gerechtelijk jaar", "het schooljaar
    2017-2018") or the budget year: its span by the conventions of ``named_years``, "komende" the
    first one that starts after the letter, "lopende"/"dit" the one that holds it; then the edge."""
    kind = re.sub(r"\s+", " ", g["kind"].lower())
    kind = _data()["named_year_aliases"].get(kind, kind)  # spelling variants: "academisch jaar"
    (sm, sd), (em, ed) = ((int(x) for x in p.split("-")) for p in _data()["named_years"][kind])
    if g.get("year") or g.get("year2"):
        first = int(g.get("year") or g["year2"])
    elif letter is None:
        return (None, None)
    elif g.get("rel") in ("lopende", "huidige", "dit"):
        first = letter.year if letter >= dt.date(letter.year, sm, sd) else letter.year - 1
    else:
        first = letter.year if dt.date(letter.year, sm, sd) > letter else letter.year + 1
    start = dt.date(first, sm, sd)
    end = dt.date(first + (1 if (em, ed) < (sm, sd) else 0), em, ed)
    edge = g.get("edge") or ""
    if edge.startswith(("voor", "tegen")) or before:
        return (letter, end)
    if edge.startswith(("begin", "aan het begin", "bij")):
        return (start, _add_months(start, 3) - dt.timedelta(days=1))
    if edge.startswith(("eind", "aan het eind")):
        return (_add_months(end, -3) + dt.timedelta(days=1), end)
    if edge == "vanaf":
        return (start, None)
    return (start, end)


def _week_month(g: dict[str, Any], letter: dt.date | None) -> Range:
    """'deze week/maand' runs from the letter's date; 'volgende/komende' is the whole next one."""
    if letter is None:
        return (None, None)
    this = g["rel"] == "deze"
    if g["unit"] == "week":
        monday = letter - dt.timedelta(days=letter.weekday())
        if this:
            return (letter, monday + dt.timedelta(days=6))
        return (monday + dt.timedelta(days=7), monday + dt.timedelta(days=13))
    first = dt.date(letter.year, letter.month, 1) if this else _add_months(dt.date(letter.year, letter.month, 1), 1)
    start, end = first, _last_day(first.year, first.month)
    edge = g.get("edge")
    if edge == "begin":
        end = first.replace(day=10)
    elif edge == "medio":
        start, end = first.replace(day=11), first.replace(day=20)
    elif edge in ("eind", "einde"):
        start = first.replace(day=21)
    if this:
        start = max(start, letter)
    return (start, max(start, end))


def _weekday(g: dict[str, Any], letter: dt.date | None) -> Range:
    """'vrijdag', 'aanstaande maandag': the first such day after the letter's date."""
    if letter is None:
        return (None, None)
    ahead = (_weekdays()[g["weekday"].lower()] - letter.weekday() - 1) % 7 + 1
    day = letter + dt.timedelta(days=ahead)
    return (day, day)


def _within(g: dict[str, Any], letter: dt.date | None) -> tuple[Range, bool]:
    if letter is None:
        return (None, None), False
    data = _data()
    unit = g["unit"]
    days_per = data["within_units_days"][unit]
    num = (g.get("num") or "een").strip()
    vague = False
    if num in data["vague_numbers"]:
        lo, hi = data["vague_numbers"][num]
        vague = True
    else:
        n = re.search(r"\d+", num)
        value = int(n.group(0)) if n else int(data["number_words"].get(num, 1))
        lo = hi = value
    if g["prep"] == "binnen":
        if unit.startswith("maand"):
            return (letter, _add_months(letter, hi)), vague
        return (letter, letter + dt.timedelta(days=round(hi * days_per))), vague
    # "over N maanden" / "na N weken": around that moment
    if unit.startswith("maand"):
        return (_add_months(letter, lo), _add_months(letter, hi + (0 if vague else 1)) - dt.timedelta(days=1)), vague
    if unit.startswith("jaar"):
        start = _add_months(letter, 12 * lo)
        return (start, _add_months(letter, 12 * hi + (0 if vague else 3))), vague
    start = letter + dt.timedelta(days=round(lo * days_per))
    return (start, letter + dt.timedelta(days=round(hi * days_per) + (0 if vague else round(days_per)))), vague


def _coming(g: dict[str, Any], letter: dt.date | None) -> tuple[Range, bool]:
    """'de komende weken': from the letter's date to N units later; without a number the
    upper bound of the vague 'enkele'."""
    if letter is None:
        return (None, None), True
    data = _data()
    num = (g.get("num") or "enkele").strip()
    vague = num in data["vague_numbers"]
    if vague:
        count = data["vague_numbers"][num][1]
    else:
        n = re.search(r"\d+", num)
        count = int(n.group(0)) if n else int(data["number_words"].get(num, 1))
    unit = g["unit"]
    if unit.startswith("maand"):
        return (letter, _add_months(letter, count)), vague
    return (letter, letter + dt.timedelta(days=round(count * data["within_units_days"][unit]))), vague


def _fix_order(a: dt.date | None, b: dt.date | None) -> Range:
    """A "before X" range whose start (the letter date) lies after X is open at the start."""
    if a is not None and b is not None and a > b:
        return None, b
    return a, b


@cache
def _glued_season() -> re.Pattern[str]:
    return re.compile(_data()["glued_season_pattern"], re.I)


def find_time_expressions(text: str, letter_date: dt.date | None = None) -> list[TimeExpression]:
    """Every time expression of ``text``, longest first where they overlap; also where PDF
    extraction glued a season to its determiner or to the next word ("ditvoorjaar", "dit
    voorjaarinzichtelijk"): found in a copy with the spaces restored, reported with the offsets
    and text of the original."""
    pieces: list[str] = []
    origin: list[int] = []  # for every character of the copy, its offset in ``text``
    last = 0
    for m in _glued_season().finditer(text):
        cuts = [i for i, glued in ((m.end(1), not m.group(2)), (m.end(3), m.group(4) is not None)) if glued]
        for cut in cuts:
            pieces.append(text[last:cut] + " ")
            origin.extend([*range(last, cut), cut])
            last = cut
    if not pieces:
        return _find(text, letter_date)
    pieces.append(text[last:])
    origin.extend(range(last, len(text) + 1))
    out = []
    for t in _find("".join(pieces), letter_date):
        start, end = origin[t.start], origin[t.end - 1] + 1
        out.append(replace(t, text=text[start:end], start=start, end=end))
    return out


def _find(text: str, letter_date: dt.date | None) -> list[TimeExpression]:
    found: list[TimeExpression] = []
    low_ascii = lowered(text)
    for rid, rule, pattern in time_rules():
        if not may_match(pattern, text, low_ascii):
            continue  # the rule needs a word the text does not hold (e.g. a month name, "zomer")
        for m in pattern.finditer(text):
            if not m.group(0).strip():
                continue
            try:
                (a, b), vague = normalise(rule, m, letter_date, text[max(0, m.start() - 20) : m.start()])
            except (ValueError, KeyError):
                continue
            a, b = _fix_order(a, b)
            s, e = m.span()
            while s < e and text[s].isspace():
                s += 1
            found.append(TimeExpression(text[s:e], s, e, rid, a, b, vague))
    found.sort(key=lambda t: (t.start, -(t.end - t.start)))
    out: list[TimeExpression] = []
    for t in found:
        if out and t.start < out[-1].end:
            continue
        out.append(t)
    low = text.lower()
    for phrase in _data()["vague"]:
        for m in re.finditer(re.escape(phrase), low):
            if not any(o.start <= m.start() < o.end for o in out):
                out.append(TimeExpression(text[m.start() : m.end()], m.start(), m.end(), "time.vague", None, None, True))
    return sorted(out, key=lambda t: t.start)
