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
        stem_core = re.sub(r"-[0-9a-f]{6}$", "", f.stem[len(day) + 1 :]).rstrip("-")
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


def letter_from_record(rec: dict, path: str = ""):  # -> Letter
    """A shared-corpus pair record as the scorer sees it: a one-pair table letter, cleaned like
    a pair table row, with the record's date and answerer as its metadata (as a table with
    those columns gives them)."""
    from classifier.readers.base import PairRow, PairTable
    from classifier.segment import segment_table

    row = PairRow(
        id=rec["doc_id"],
        question=rec.get("question") or "",
        answer=rec.get("answer") or "",
        doc=rec["doc_id"],
        question_no=rec.get("question_no"),
        line=0,
        date=rec.get("date") or None,
        answerer=rec.get("answerer") or None,
        asker=rec.get("asker") or None,
    )
    letter = segment_table(PairTable(path="", rows=(row,)))[0]
    letter.path = path
    return letter


def pair_from_record(rec: dict):  # -> Pair
    """A shared-corpus pair record as the scorer sees it (cleaned like a pair table row)."""
    return letter_from_record(rec).pairs[0]


def find_pair(path: str, doc_id: str, question_no: str | None, root: Path | None = None):  # -> Pair | None
    """The pair an annotation points at, segmented/cleaned by the current code."""
    root = root or default_corpus_root()
    full = resolve_path(path, root)
    if path.startswith("pairs/"):
        rec = _pair_records(full).get(doc_id)
        return pair_from_record(rec) if rec else None
    letter = _letter(full)
    return letter.pair(str(question_no)) if question_no is not None else None


# --- annotations ---------------------------------------------------------------------------

FIELDS = ("answer", "question", "referenced_answer")
ANNOTATIONS_DIR = "corpus/annotations"


from dataclasses import dataclass  # noqa: E402


@dataclass(frozen=True)
class Technique:
    id: str
    evidence: str
    field: str


@dataclass(frozen=True)
class Annotation:
    source: str
    path: str
    doc_id: str
    question_no: str | None
    question_sha256: str
    answer_sha256: str
    label: str
    techniques: tuple[Technique, ...]
    subquestions_total: int
    subquestions_answered: int
    resolved_reference: str | None
    joint_answer: bool
    annotator: str
    codebook_version: str
    note: str
    file: str = ""
    line: int = 0

    @property
    def key(self) -> str:
        return f"{self.doc_id}#{self.question_no}" if self.question_no is not None else self.doc_id

    @property
    def technique_ids(self) -> frozenset[str]:
        return frozenset(t.id for t in self.techniques)

    @property
    def group(self) -> str:
        """The unit of document-grouped cross-validation: the letter (or record) it comes from."""
        return self.doc_id


def validate_record(rec: dict, where: str) -> list[str]:
    """Schema problems of one annotation record (empty when valid)."""
    problems = []
    required = {
        "source": str,
        "path": str,
        "doc_id": str,
        "question_sha256": str,
        "answer_sha256": str,
        "label": str,
        "techniques": list,
        "subquestions_total": int,
        "subquestions_answered": int,
        "joint_answer": bool,
        "annotator": str,
        "codebook_version": str,
        "note": str,
    }
    for key, typ in required.items():
        if key not in rec:
            problems.append(f"{where}: missing field {key}")
        elif not isinstance(rec[key], typ) or (typ is int and isinstance(rec[key], bool)):
            problems.append(f"{where}: {key} must be {typ.__name__}")
    if problems:
        return problems
    if rec["source"] not in SOURCES:
        problems.append(f"{where}: unknown source {rec['source']!r}")
    if rec["label"] not in LABELS:
        problems.append(f"{where}: unknown label {rec['label']!r}")
    if "question_no" not in rec or not (rec["question_no"] is None or isinstance(rec["question_no"], str)):
        problems.append(f"{where}: question_no must be a string or null")
    for key in ("question_sha256", "answer_sha256"):
        if not re.fullmatch(r"[0-9a-f]{64}", rec[key]):
            problems.append(f"{where}: {key} is not a SHA-256 hex digest")
    total, answered = rec["subquestions_total"], rec["subquestions_answered"]
    if total < 1 or not 0 <= answered <= total:
        problems.append(f"{where}: counts {answered}/{total} impossible")
    elif rec["label"] == "reply" and answered != total:
        problems.append(f"{where}: reply needs every sub-question answered ({answered}/{total})")
    elif rec["label"] == "non_reply" and answered != 0:
        problems.append(f"{where}: non_reply needs 0 answered ({answered}/{total})")
    elif rec["label"] == "partial" and not (answered < total and (answered > 0 or total == 1)):
        problems.append(f"{where}: partial needs some but not all answered ({answered}/{total})")
    ids = []
    for t in rec["techniques"]:
        if not isinstance(t, dict) or t.get("id") not in TECHNIQUES:
            problems.append(f"{where}: unknown technique {t!r}")
            continue
        ids.append(t["id"])
        if t.get("field") not in FIELDS:
            problems.append(f"{where}: technique {t['id']} field must be one of {FIELDS}")
        if not isinstance(t.get("evidence"), str) or len(fold(t["evidence"])) < 3:
            problems.append(f"{where}: technique {t['id']} needs an evidence quote")
        if t.get("field") == "referenced_answer" and not rec.get("resolved_reference"):
            problems.append(f"{where}: evidence from a referenced answer needs resolved_reference")
    if len(ids) != len(set(ids)):
        problems.append(f"{where}: a technique is listed twice")
    if rec.get("resolved_reference") is not None and not isinstance(rec["resolved_reference"], str):
        problems.append(f"{where}: resolved_reference must be a string or null")
    return problems


def read_annotations(directory: Path) -> list[Annotation]:
    """Parse and schema-check every ``*.jsonl`` file of ``directory`` (no text lookup)."""
    import json

    from classifier.errors import CorpusError

    out: list[Annotation] = []
    problems: list[str] = []
    files = sorted(Path(directory).glob("*.jsonl"))
    if not files:
        raise CorpusError("no annotation files (*.jsonl)", path=directory)
    for f in files:
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            where = f"{f.name}:{n}"
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"{where}: not JSON ({exc})")
                continue
            bad = validate_record(rec, where)
            if bad:
                problems.extend(bad)
                continue
            out.append(
                Annotation(
                    source=rec["source"],
                    path=rec["path"],
                    doc_id=rec["doc_id"],
                    question_no=rec.get("question_no"),
                    question_sha256=rec["question_sha256"],
                    answer_sha256=rec["answer_sha256"],
                    label=rec["label"],
                    techniques=tuple(Technique(t["id"], t["evidence"], t["field"]) for t in rec["techniques"]),
                    subquestions_total=rec["subquestions_total"],
                    subquestions_answered=rec["subquestions_answered"],
                    resolved_reference=rec.get("resolved_reference"),
                    joint_answer=rec["joint_answer"],
                    annotator=rec["annotator"],
                    codebook_version=rec["codebook_version"],
                    note=rec["note"],
                    file=f.name,
                    line=n,
                )
            )
    if problems:
        raise CorpusError(f"{len(problems)} invalid annotation record(s): " + "; ".join(problems[:5]), path=directory)
    keys: dict[str, str] = {}
    for a in out:
        k = f"{a.path}::{a.key}"
        if k in keys:
            raise CorpusError(f"{a.file}:{a.line}: pair {a.key} annotated twice (also {keys[k]})", path=directory)
        keys[k] = f"{a.file}:{a.line}"
    return out


def join(annotations: list[Annotation], root: Path | None = None, *, strict: bool = True):  # -> list[tuple[Annotation, Pair]]
    """Pair every annotation with the text it labels, as the current code segments it.

    A hash mismatch means the source or the segmentation changed since labelling: the
    label may no longer fit the text, so this fails (``strict``) or skips the record.
    """
    from classifier.errors import CorpusError

    root = root or default_corpus_root()
    out = []
    problems = []
    for a in annotations:
        full = resolve_path(a.path, root)
        if not full.exists():
            raise CorpusError(f"{a.file}:{a.line}: source file {a.path} not found under {root}", path=full)
        pair = find_pair(a.path, a.doc_id, a.question_no, root)
        if pair is None:
            problems.append(f"{a.file}:{a.line}: pair {a.key} not found in {a.path}")
            continue
        if text_hash(pair.question) != a.question_sha256 or text_hash(pair.answer) != a.answer_sha256:
            which = "question" if text_hash(pair.question) != a.question_sha256 else "answer"
            problems.append(f"{a.file}:{a.line}: {which} text of {a.key} changed since it was labelled (hash mismatch)")
            continue
        out.append((a, pair))
    if problems and strict:
        raise CorpusError(f"{len(problems)} annotation(s) do not match the corpus: " + "; ".join(problems[:5]))
    return out


def annotations_dir(repo_root: Path | None = None) -> Path:
    """The annotations folder of a checkout (scripts pass their own repository root)."""
    return (repo_root or Path.cwd()) / ANNOTATIONS_DIR
