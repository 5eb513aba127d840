"""Plain text letters (.txt).

UTF-8 (with or without BOM) is expected. Other encodings are detected with
charset-normalizer and used with a warning (documented fallback); binary data is refused.
"""

from __future__ import annotations

from pathlib import Path

from charset_normalizer import from_bytes

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
    if looks_binary(data):
        raise InputError("binary content, not a text file (is the extension right?)", path=path)
    try:
        return data.decode("utf-8-sig"), "utf-8", ()
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:262144]).best()
    if best is None or best.encoding is None:
        raise InputError("not UTF-8 and the encoding could not be detected; save the file as UTF-8", path=path)
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise InputError(f"not UTF-8 and not valid {best.encoding} either; save the file as UTF-8", path=path) from exc
    return text, best.encoding, (f"not UTF-8; read as {best.encoding}",)


def read_text(path: Path) -> Document:
    data = read_bytes(path)
    text, encoding, warnings = decode(data, path)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    require_text(text, path, "file")
    return Document(path=str(path), doc_id=path.stem, text=text, fmt="txt", encoding=encoding, warnings=warnings)
