"""Readers: one small module per input kind, chosen by extension and sniffed content.

Letters come back as a :class:`Document`, pair tables as a :class:`PairTable`. Every
failure is an :class:`~classifier.errors.InputError` naming the file and the problem.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from classifier.errors import InputError
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


def collect(paths: list[str | Path]) -> list[Path]:
    """Expand directories (recursively, sorted) into the supported files inside them."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED)
            if not found:
                raise InputError(f"map bevat geen ondersteunde bestanden ({', '.join(SUPPORTED)})", path=p)
            out.extend(found)
        else:
            out.append(p)
    return out


__all__ = ["LETTER_SUFFIXES", "SUPPORTED", "TABLE_SUFFIXES", "Document", "PairRow", "PairTable", "collect", "read"]
