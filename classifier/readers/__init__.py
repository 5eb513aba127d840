"""Readers: one small module per input kind, chosen by extension and sniffed content.

Letters come back as a :class:`Document`, pair tables as a :class:`PairTable`. Every
failure is an :class:`~classifier.errors.InputError` naming the file and the problem.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from classifier.errors import InputError, os_reason
from classifier.readers.base import Document, PairRow, PairTable

LETTER_SUFFIXES = (".txt", ".pdf", ".docx", ".html", ".htm", ".xml")
TABLE_SUFFIXES = (".jsonl", ".csv")
SUPPORTED = LETTER_SUFFIXES + TABLE_SUFFIXES


def _reader_for(path: Path) -> Callable[[Path], Document | PairTable]:
    # Imported lazily: pypdf, python-docx and lxml cost import time a txt letter never needs.
    suffix = path.suffix.lower()
    if suffix == ".txt":
        from classifier.readers.text import read_text

        return read_text
    if suffix == ".pdf":
        from classifier.readers.pdf import read_pdf

        return read_pdf
    if suffix == ".docx":
        from classifier.readers.docx import read_docx

        return read_docx
    if suffix in (".html", ".htm", ".xml"):
        from classifier.readers.html import read_html

        return read_html
    if suffix == ".jsonl":
        from classifier.readers.table import read_jsonl

        return read_jsonl
    if suffix == ".csv":
        from classifier.readers.table import read_csv

        return read_csv
    if suffix == ".doc":
        raise InputError("oude Word-bestanden (.doc) worden niet ondersteund; sla op als .docx of PDF", path=path)
    raise InputError(f"bestandstype '{suffix or '(geen)'}' wordt niet ondersteund (wel: {', '.join(SUPPORTED)})", path=path)


def read(path: str | Path) -> Document | PairTable:
    """Read a letter or a pair table."""
    p = Path(path)
    return _reader_for(p)(p)


def walk(raw: str | Path) -> tuple[list[Path], list[InputError], list[Path]]:
    """The files to read for one named path: the path itself, or the supported files in a
    folder and its subfolders (sorted). Also returns the problems met (a path that does not
    exist, a folder that cannot be opened: each an :class:`InputError`, the walk goes on) and
    the files skipped for their type (hidden files such as ``.DS_Store`` are not counted)."""
    p = Path(raw)
    try:
        is_dir = p.is_dir()
        exists = is_dir or p.exists()
    except OSError as exc:
        return [], [InputError(f"geen toegang ({os_reason(exc)})", path=p)], []
    if not exists:
        return [], [InputError("bestand of map niet gevonden", path=p)], []
    if not is_dir:
        return [p], [], []
    found: list[Path] = []
    skipped: list[Path] = []
    problems: list[InputError] = []

    def unreadable(exc: OSError) -> None:
        message = f"map kan niet worden gelezen ({os_reason(exc)}); de bestanden erin zijn overgeslagen"
        problems.append(InputError(message, path=exc.filename or p))

    for folder, subdirs, files in os.walk(p, onerror=unreadable):
        subdirs.sort()
        for name in files:
            f = Path(folder) / name
            if name.startswith("."):
                continue
            (found if f.suffix.lower() in SUPPORTED else skipped).append(f)
    found.sort()
    if not found and not problems:
        problems.append(InputError(f"map bevat geen ondersteunde bestanden ({', '.join(SUPPORTED)})", path=p))
    return found, problems, sorted(skipped)


__all__ = ["LETTER_SUFFIXES", "SUPPORTED", "TABLE_SUFFIXES", "Document", "PairRow", "PairTable", "read", "walk"]
