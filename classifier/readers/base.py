"""What every reader returns, and the checks every reader shares."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from classifier.errors import InputError, os_reason

DEFAULT_MAX_MB = 25.0


def max_bytes() -> int:
    """Largest input accepted, from ``ONTWIJKMETER_MAX_MB`` (default 25 MB).

    Real answer letters are a few hundred kB; the limit keeps one wrong file (a data
    dump, a video renamed to .txt) from taking a batch's memory and time.
    """
    raw = os.environ.get("ONTWIJKMETER_MAX_MB")
    try:
        mb = float(raw) if raw else DEFAULT_MAX_MB
    except ValueError:
        mb = DEFAULT_MAX_MB
    return int(mb * 1024 * 1024)


@dataclass(frozen=True)
class Document:
    """A letter as its reader extracted it.

    ``text`` is the *source* text: every character offset the tool reports
    (evidence spans, question and answer spans) points into it.
    """

    path: str
    doc_id: str
    text: str
    fmt: str
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class PairRow:
    """One row of a pair table (.jsonl/.csv)."""

    id: str
    question: str
    answer: str
    doc: str
    question_no: str | None
    line: int
    # optional columns: the letter's metadata, as the segmenter finds it in a letter's head
    date: str | None = None  # ISO date of the answer
    answerer: str | None = None
    asker: str | None = None
    ministry: str | None = None
    note: str | None = None  # a cell that was read but not used (an invalid date), for the report


@dataclass(frozen=True)
class PairTable:
    """A table of question/answer pairs; rows that could not be read are in ``problems``."""

    path: str
    rows: tuple[PairRow, ...]
    problems: tuple[str, ...] = field(default=())


def read_bytes(path: Path) -> bytes:
    """Read a file with the checks every format needs (exists, not empty, not too large)."""
    if not path.exists():
        raise InputError("bestand niet gevonden", path=path)
    if path.is_dir():
        raise InputError("is een map, geen bestand", path=path)
    size = path.stat().st_size
    if size == 0:
        raise InputError("bestand is leeg", path=path)
    limit = max_bytes()
    if size > limit:
        raise InputError(
            f"bestand is te groot ({size / 1e6:.1f} MB; de grens is {limit / 1e6:.0f} MB, verhoog die met ONTWIJKMETER_MAX_MB)",
            path=path,
        )
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"kan bestand niet lezen ({os_reason(exc)})", path=path) from exc


def require_text(text: str, path: Path, what: str) -> str:
    if not text.strip():
        raise InputError(f"{what} bevat geen tekst", path=path)
    return text
