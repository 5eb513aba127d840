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


# --- texts of the pairs that annotations point at ---------------------------------------

SOURCES = ("seed", "tk-letter", "rekenkamer", "be-written", "be-oral")
LABELS = ("reply", "partial", "non_reply")
TECHNIQUES = (
    "cross_reference",
    "missing_figure",
    "deferral",
    "ignorance",
    "refusal",
    "unanswered_subquestion",
    "generic",
    "premise_rejected",
    "no_yes_no",
)
_FOLD = re.compile(r"\s+")


def fold(text: str) -> str:
    """White space folded to single spaces, ends stripped: the form that is hashed."""
    return _FOLD.sub(" ", text).strip()


def text_hash(text: str) -> str:
    import hashlib

    return hashlib.sha256(fold(text).encode("utf-8")).hexdigest()


def resolve_path(path: str, root: Path) -> Path:
    """``letters/...``/``pairs/...`` live in the corpus root, ``seed/...`` beside it."""
    return (root.parent / path) if path.startswith("seed/") else (root / path)


@cache
def _letter(path: Path):  # -> Letter
    from classifier.readers import read
    from classifier.segment import segment_document

    doc = read(path)
    return segment_document(doc)  # type: ignore[arg-type]


@cache
def _pair_records(path: Path) -> dict[str, dict]:
    import json

    out: dict[str, dict] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rec = json.loads(line)
                out[rec["doc_id"]] = rec
    return out


def pair_from_record(rec: dict):  # -> Pair
    """A shared-corpus pair record as the scorer sees it (cleaned like a pair table row)."""
    from classifier.readers.base import PairRow, PairTable
    from classifier.segment import segment_table

    row = PairRow(id=rec["doc_id"], question=rec.get("question") or "", answer=rec.get("answer") or "",
                  doc=rec["doc_id"], question_no=rec.get("question_no"), line=0)
    return segment_table(PairTable(path="", rows=(row,)))[0].pairs[0]


def find_pair(path: str, doc_id: str, question_no: str | None, root: Path | None = None):  # -> Pair | None
    """The pair an annotation points at, segmented/cleaned by the current code."""
    root = root or default_corpus_root()
    full = resolve_path(path, root)
    if path.startswith("pairs/"):
        rec = _pair_records(full).get(doc_id)
        return pair_from_record(rec) if rec else None
    letter = _letter(full)
    return letter.pair(str(question_no)) if question_no is not None else None
