"""Access to the shared corpus (../shared/corpus) and the project's annotations.

The corpus root is configurable: ``--corpus`` options, the ``ONTWIJKMETER_CORPUS``
environment variable, or the default ``../shared/corpus`` (relative to the working
directory, i.e. a checkout's root, as in the developer guide).
"""

from __future__ import annotations

import os
import re
from functools import cache
from pathlib import Path

DEFAULT_CORPUS = Path("../shared/corpus")


def default_corpus_root() -> Path:
    env = os.environ.get("ONTWIJKMETER_CORPUS")
    return Path(env) if env else DEFAULT_CORPUS


@cache
def _rekenkamer_files(root: Path) -> tuple[Path, ...]:
    return tuple(sorted((root / "letters/rekenkamer").glob("*.txt")))


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.lower())


@cache
def _normalised_text(path: Path) -> str:
    return _norm(path.read_text(encoding="utf-8", errors="replace"))


def rekenkamer_letter_for(doc_id: str, root: Path | None = None, probe: str | None = None) -> Path | None:
    """The letter file of a ``pairs/rekenkamer.jsonl`` doc id.

    Doc ids look like ``rekenkamer__kamerstuk:2012:03:13:<slug>``; files are named
    ``2012-03-13-<slug cut to ~80 characters>[-<hash>].txt``. Several letters of one day
    can share the cut slug; ``probe`` (a question text of the document) picks the file
    that contains it.
    """
    root = root or default_corpus_root()
    m = re.match(r"rekenkamer__kamerstuk:(\d{4}):(\d{2}):(\d{2}):(.+)$", doc_id)
    if not m:
        return None
    day = f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    slug = m.group(4)
    candidates: list[Path] = []
    for f in _rekenkamer_files(root):
        if not f.name.startswith(day + "-"):
            continue
        stem_core = re.sub(r"-[0-9a-f]{6}$", "", f.stem[len(day) + 1:]).rstrip("-")
        if slug.startswith(stem_core) or stem_core.startswith(slug):
            candidates.append(f)
    if len(candidates) > 1 and probe:
        key = _norm(probe)[:60]
        with_probe = [f for f in candidates if key and key in _normalised_text(f)]
        if with_probe:
            candidates = with_probe
    return candidates[0] if candidates else None
