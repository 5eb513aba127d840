"""Writing results: atomic files, JSON/JSONL/CSV serialisation shared by all commands."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import stat
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

from classifier.errors import OutputError, os_reason


def write_reason(exc: OSError) -> str:
    """A short Dutch reason for a failed write."""
    return os_reason(exc, writing=True)


def check_output(path: Path) -> tuple[Path, Path] | None:
    """Refuse, before any work is done, an output path that cannot be written: a directory, a
    missing or read-only folder. Raises :class:`OntwijkmeterError` (exit code 2). Returns the
    file to replace (a link's target) and its folder, or None for a device or pipe
    ("-o /dev/null"), which is written in place."""
    path = Path(path)
    if path.is_dir():
        raise OutputError("uitvoer moet een bestand zijn, dit is een map", path=path)
    if path.exists() and not path.is_file():
        return None
    target = path.resolve() if path.is_symlink() else path
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise OutputError("uitvoermap bestaat niet", path=directory)
    if not os.access(directory, os.W_OK | os.X_OK):
        raise OutputError("geen schrijfrechten in de uitvoermap", path=directory)
    return target, directory


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` via a temporary file and an atomic rename.

    An interrupted run leaves the previous file (or none), never half a report. A symbolic
    link is followed (its target is replaced, the link stays); a device or pipe such as
    ``/dev/null`` is written in place. A new file gets the permissions the umask allows, a
    replaced file keeps its own.
    """
    path = Path(path)
    where = check_output(path)
    if where is None:
        try:
            with open(path, "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
        except OSError as exc:
            raise OutputError(f"kan uitvoer niet schrijven ({write_reason(exc)})", path=path) from exc
        return
    target, directory = where
    mode = stat.S_IMODE(target.stat().st_mode) if target.exists() else 0o666 & ~_umask()
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=directory)
    except OSError as exc:
        raise OutputError(f"kan uitvoer niet schrijven ({write_reason(exc)})", path=path) from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise OutputError(f"kan uitvoer niet schrijven ({write_reason(exc)})", path=path) from exc
        raise


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def jsonl(records: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def json_text(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


def csv_text(rows: Iterable[dict[str, Any]], columns: list[str]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(v) for k, v in row.items()})
    return buf.getvalue()


def _cell(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def emit(text: str, output: Path | None, stream: TextIO | None = None) -> None:
    """Print to stdout, or write atomically to ``output``."""
    if output is None:
        out = stream or sys.stdout
        try:
            out.write(text)
            out.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(f"kan niet naar de standaarduitvoer schrijven ({write_reason(exc)})") from exc
    else:
        atomic_write_text(output, text)
