"""One error hierarchy for the whole package.

Every error a user can cause carries a message that says what was wrong, where (file,
line, question number) and, where it helps, what to do. The CLI turns these into a
one-line message and an exit code; anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

from pathlib import Path


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


class StoreError(OntwijkmeterError):
    """The local database is corrupt, from a newer version, or cannot be written."""

    exit_code = 2
