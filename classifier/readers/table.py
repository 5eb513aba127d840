"""Pair tables for batch scoring: JSON Lines or CSV with ``id, question, answer``.

Optional columns: ``doc`` (the letter a pair belongs to), ``question_no``, and the letter's
metadata: ``date`` (ISO ``YYYY-MM-DD`` or Dutch ``DD-MM-YYYY``, the day of the answer; also ``letter_date``), which
places relative deadlines of promises and the periods of ``stats``, and ``answerer``,
``asker`` and ``ministry``. An invalid date is reported and left out; the row is kept. Records in
the shape of ../shared/corpus/pairs (``doc_id`` instead of ``id``/``doc``) are accepted
too. A bad row is reported with its line number and skipped; the other rows are kept. A
row whose optional ``lang`` column names another language than Dutch is skipped too; those
rows are reported together, in one line per table (a Belgian oral table has hundreds).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from pathlib import Path

from classifier.errors import InputError
from classifier.readers.base import PairRow, PairTable, read_bytes
from classifier.readers.text import decode

REQUIRED = ("question", "answer")
DUTCH = frozenset({"nl", "nld", "dut", "nl-nl", "nl-be", "nederlands", "dutch"})
SHOWN_LINES = 5  # line numbers named in the report of skipped other-language rows
# Python's csv module refuses fields over 128 KiB by default; a long answer is no error
CSV_FIELD_LIMIT = 64 * 1024 * 1024


class OtherLanguage(ValueError):
    """A row in another language than Dutch (skipped, reported with the others of its table)."""

    def __init__(self, lang: str) -> None:
        super().__init__(f"taal '{lang}' wordt niet ondersteund (alleen Nederlands); rij overgeslagen")
        self.lang = lang


def _row_from_mapping(rec: dict[str, object], line: int, default_doc: str) -> PairRow:
    missing = [k for k in REQUIRED if k not in rec]
    if missing:
        raise ValueError(f"ontbrekend veld {', '.join(missing)}")
    lang = rec.get("lang")
    if lang not in (None, "") and str(lang).strip().lower() not in DUTCH:
        raise OtherLanguage(str(lang).strip())
    question_no = rec.get("question_no")
    question_no = None if question_no in (None, "") else str(question_no)
    ident = rec.get("id")
    doc = rec.get("doc") or rec.get("doc_id") or default_doc
    if ident in (None, ""):
        if rec.get("doc_id"):
            ident = f"{rec['doc_id']}#{question_no}" if question_no is not None else str(rec["doc_id"])
        else:
            raise ValueError("ontbrekend veld id")
    question, answer = rec["question"], rec["answer"]
    if question is None:
        question = ""
    if answer is None:
        answer = ""  # an empty answer is a real case (no answer received)
    if not isinstance(question, str) or not isinstance(answer, str):
        raise ValueError("question en answer moeten tekst zijn")
    if not question.strip():
        raise ValueError("lege vraag")
    date, note = _date(rec.get("date") if rec.get("date") not in (None, "") else rec.get("letter_date"))
    return PairRow(
        id=str(ident),
        question=question,
        answer=answer,
        doc=str(doc),
        question_no=question_no,
        line=line,
        date=date,
        answerer=_text(rec.get("answerer")),
        asker=_text(rec.get("asker")),
        ministry=_text(rec.get("ministry")),
        note=note,
    )


def _text(value: object) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None


# A Dutch day-month-year date as a spreadsheet in a Dutch locale writes it: "4-1-2017", "04/01/2017"
_DUTCH_DATE = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")


def _date(value: object) -> tuple[str | None, str | None]:
    """(ISO date, problem) of a date cell: ``2017-01-04``, also with a time after it
    (``2017-01-04T10:00``), or day-month-year as Dutch spreadsheets write it (``4-1-2017``,
    ``04/01/2017``); anything else is reported and left out."""
    text = _text(value)
    if text is None:
        return None, None
    try:
        dutch = _DUTCH_DATE.fullmatch(text)
        if dutch:
            day, month, year = (int(g) for g in dutch.groups())
            return dt.date(year, month, day).isoformat(), None
        if len(text) > 10 and text[10] not in "T ":
            raise ValueError
        return dt.date.fromisoformat(text[:10]).isoformat(), None
    except ValueError:
        return None, f"ongeldige datum '{text[:40]}' (verwacht JJJJ-MM-DD of DD-MM-JJJJ); datum genegeerd, rij wel beoordeeld"


def read_jsonl(path: Path) -> PairTable:
    data = read_bytes(path)
    text, _, _ = decode(data, path)
    rows: list[PairRow] = []
    problems: list[str] = []
    skipped: list[tuple[int, str]] = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            if not isinstance(rec, dict):
                raise ValueError("geen JSON-object")
            rows.append(_row_from_mapping(rec, n, path.stem))
        except json.JSONDecodeError as exc:
            problems.append(f"{path}:{n}: ongeldige JSON ({exc.msg}, kolom {exc.colno})")
        except OtherLanguage as exc:
            skipped.append((n, exc.lang))
        except ValueError as exc:
            problems.append(f"{path}:{n}: {exc}"[:300])
    return _finish(path, rows, problems, skipped)


def read_csv(path: Path) -> PairTable:
    data = read_bytes(path)
    text, _, _ = decode(data, path)
    try:
        dialect = csv.Sniffer().sniff(text[:8192], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    if csv.field_size_limit() < CSV_FIELD_LIMIT:
        csv.field_size_limit(CSV_FIELD_LIMIT)
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    try:
        fields = [f.strip().lower() for f in (reader.fieldnames or [])]
    except csv.Error as exc:
        raise InputError(f"ongeldige CSV-kop ({exc})", path=path) from exc
    missing = [k for k in REQUIRED if k not in fields]
    if missing:
        raise InputError(f"CSV-kop mist kolom {', '.join(missing)} (gevonden: {', '.join(fields) or 'geen'})", path=path)
    rows: list[PairRow] = []
    problems: list[str] = []
    skipped: list[tuple[int, str]] = []
    end = reader.line_num  # the header's last line
    try:
        for rec in reader:
            start, end = end + 1, reader.line_num  # a quoted cell may span lines
            clean = {(k or "").strip().lower(): v for k, v in rec.items() if k is not None}
            try:
                if rec.get(None):
                    # more cells than the header names: an unquoted separator split a text
                    raise ValueError(
                        f"{len(fields) + len(rec[None])} cellen waar de kop er {len(fields)} noemt "
                        "(tekst met een scheidingsteken zonder aanhalingstekens?); rij overgeslagen"
                    )
                if any(clean.get(k) is None for k in REQUIRED):
                    last = next((str(v) for v in reversed(list(clean.values())) if v is not None), "")
                    if "\n" in last and dialect.delimiter in last:
                        # an opening quote never closed: the cell ran on over the following rows
                        raise ValueError(
                            f"aanhalingsteken op regel {start} niet afgesloten: de rest van het bestand viel in één cel; rij overgeslagen"
                        )
                    raise ValueError(f"te weinig cellen voor de kop ({len(fields)} kolommen); rij overgeslagen")
                rows.append(_row_from_mapping(clean, reader.line_num, path.stem))
            except OtherLanguage as exc:
                skipped.append((reader.line_num, exc.lang))
            except ValueError as exc:
                problems.append(f"{path}:{reader.line_num}: {exc}")
    except csv.Error as exc:
        problems.append(f"{path}:{reader.line_num}: ongeldige CSV ({exc})")
    return _finish(path, rows, problems, skipped)


def _skipped_report(path: Path, skipped: list[tuple[int, str]]) -> str:
    """One line for all rows skipped for their language: how many, which languages, where."""
    langs = ", ".join(f"'{lang}'" for lang in dict.fromkeys(lang for _n, lang in skipped))
    lines = ", ".join(str(n) for n, _lang in skipped[:SHOWN_LINES])
    more = f" en {len(skipped) - SHOWN_LINES} andere" if len(skipped) > SHOWN_LINES else ""
    rows = "rij" if len(skipped) == 1 else "rijen"
    why = f"taal {langs}; alleen Nederlands wordt ondersteund"
    return f"{path}: {len(skipped)} {rows} in een andere taal overgeslagen ({why}): regel {lines}{more}"


def _duplicates_report(path: Path, rows: list[PairRow]) -> list[str]:
    """One line per id used by more than one row: both are scored, but results joined back on
    ``id`` would be ambiguous."""
    lines: dict[str, list[int]] = {}
    for r in rows:
        lines.setdefault(r.id, []).append(r.line)
    return [
        f"{path}: id '{ident}' staat op {len(ns)} rijen (regel {', '.join(map(str, ns[:SHOWN_LINES]))}); "
        "alle zijn beoordeeld, maar op id terugkoppelen is niet eenduidig"
        for ident, ns in lines.items()
        if len(ns) > 1
    ]


def _finish(path: Path, rows: list[PairRow], problems: list[str], skipped: list[tuple[int, str]] | None = None) -> PairTable:
    problems = [*problems, *(f"{path}:{r.line}: {r.note}" for r in rows if r.note)]
    if skipped:
        problems = [*problems, _skipped_report(path, skipped)]
    problems = [*problems, *_duplicates_report(path, rows)]
    if not rows:
        detail = f"; eerste probleem: {problems[0]}" if problems else ""
        raise InputError(f"geen geldige rijen met vraag en antwoord{detail}", path=path)
    return PairTable(path=str(path), rows=tuple(rows), problems=tuple(problems))
