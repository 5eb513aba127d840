"""Word letters (.docx) via python-docx: body paragraphs and tables in document order."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from docx.text.paragraph import Paragraph

from classifier.errors import InputError
from classifier.readers.base import Document, read_bytes, require_text


def _table_text(table: Table) -> list[str]:
    lines = []
    for row in table.rows:
        cells = [c.text.strip() for c in row.cells]
        lines.append("\t".join(cells))
    return lines


def read_docx(path: Path) -> Document:
    data = read_bytes(path)
    try:
        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, Paragraph):
                lines.append(block.text)
            elif isinstance(block, Table):
                lines.extend(_table_text(block))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError, AttributeError) as exc:
        raise InputError(f"beschadigd of onleesbaar Word-bestand ({type(exc).__name__}: {exc})"[:300], path=path) from exc
    text = "\n".join(lines)
    require_text(text, path, "Word-document")
    return Document(path=str(path), doc_id=path.stem, text=text, fmt="docx")
