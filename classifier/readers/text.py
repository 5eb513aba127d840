"""Plain text letters (.txt).

UTF-8 (with or without BOM) is expected; UTF-16 with a BOM is read too. Text that is not
valid UTF-8 is read as Windows-1252 (cp1252, the legacy encoding of Dutch Windows
software, a superset of Latin-1 for printable text) with a warning; binary data is refused.
"""

from __future__ import annotations

from pathlib import Path

from classifier.errors import InputError
from classifier.readers.base import Document, read_bytes, require_text

_CONTROL = set(range(0, 32)) - {9, 10, 12, 13}


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 kB mean it is not text."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b in _CONTROL)
    return controls > max(8, len(head) // 50)


def decode(data: bytes, path: Path) -> tuple[str, str, tuple[str, ...]]:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16"), "utf-16", ()
        except UnicodeDecodeError as exc:
            raise InputError("ongeldige UTF-16-tekst", path=path) from exc
    if looks_binary(data):
        raise InputError("binaire inhoud, geen tekstbestand (klopt de extensie?)", path=path)
    try:
        return data.decode("utf-8-sig"), "utf-8", ()
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252", ("geen UTF-8; gelezen als Windows-1252 (cp1252)",)
    except UnicodeDecodeError as exc:
        raise InputError("geen UTF-8- of Windows-1252-tekst; sla het bestand op als UTF-8", path=path) from exc


def read_text(path: Path) -> Document:
    data = read_bytes(path)
    text, encoding, warnings = decode(data, path)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    require_text(text, path, "bestand")
    return Document(path=str(path), doc_id=path.stem, text=text, fmt="txt", encoding=encoding, warnings=warnings)
