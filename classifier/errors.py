"""One error hierarchy for the whole package.

Every error a user can cause carries a message that says what was wrong, where (file,
line, question number) and, where it helps, what to do. The CLI turns these into a
one-line message and an exit code; anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import errno
from pathlib import Path

_OS_REASONS = {
    errno.EROFS: "alleen-lezen bestandssysteem",
    errno.ENOSPC: "schijf vol",
    errno.EDQUOT: "schijfquotum bereikt",
    errno.EISDIR: "dat is een map",
    errno.ENOENT: "bestaat niet",
    errno.ENOTDIR: "een deel van het pad is geen map",
    errno.EIO: "lees- of schrijffout op de schijf",
}


def os_reason(exc: OSError, *, writing: bool = False) -> str:
    """A short Dutch reason for a failed read or write (the system's text is English)."""
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "geen schrijfrechten" if writing else "geen leesrechten"
    return _OS_REASONS.get(exc.errno or 0, f"systeemfout {exc.errno}")


class OntwijkmeterError(Exception):
    """Base class of all errors the package raises on purpose."""

    exit_code = 1

    def __init__(self, message: str, *, path: str | Path | None = None) -> None:
        self.path = str(path) if path is not None else None
        self.message = message
        super().__init__(f"{self.path}: {message}" if self.path else message)


class InputError(OntwijkmeterError):
    """A file cannot be read as a letter or pair table (unsupported, empty, corrupt, ...)."""

    exit_code = 2


class SegmentationError(OntwijkmeterError):
    """A letter was read but no question/answer pairs could be found in it."""

    exit_code = 2


class ModelError(OntwijkmeterError):
    """A model or pipeline is missing, tampered with, or from an incompatible version."""

    exit_code = 2


class CorpusError(OntwijkmeterError):
    """Annotations do not match the corpus texts they point at."""

    exit_code = 2


class OutputError(OntwijkmeterError):
    """A result cannot be written where the user asked (missing folder, no rights, disk full)."""

    exit_code = 2


class StoreError(OntwijkmeterError):
    """The local database is corrupt, from a newer version, or cannot be written."""

    exit_code = 2
