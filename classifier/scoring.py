"""Scoring letters: the whole pipeline behind ``ontwijkmeter score`` and ``report``.

read -> segment -> Dutch pipeline -> detectors (lexicon rules + learned layer) -> scoring
model -> plain result dicts. Results are plain data (dicts of str/int/float/list) so that
they cross process boundaries for ``--jobs`` and feed every output format alike.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from classifier.analysis import PairAnalysis, analyse
from classifier.detectors.base import Hit
from classifier.features import letter_genre
from classifier.letters import load_letters
from classifier.model import LABELS, LABELS_NL, Judgement, consistent_hits, judge
from classifier.nlp import BATCH_SIZE
from classifier.segment import Letter

TECHNIQUES_NL = {
    "cross_reference": "verwijzing",
    "missing_figure": "cijfer ontbreekt",
    "deferral": "uitstel",
    "ignorance": "geen zicht",
    "refusal": "weigering",
    "unanswered_subquestion": "deelvraag genegeerd",
    "generic": "algemeen",
    "premise_rejected": "premisse betwist",
    "no_yes_no": "geen ja/nee",
}
JSONL_KEYS = ("doc", "id", "question_no", "label", "score", "probabilities", "techniques", "subquestions", "reference")


@dataclass
class Scorer:
    """Loads the Dutch pipeline, the detector layer and the scoring model once."""

    nlp: Any
    pipeline_info: Any
    detectors: Any
    model: Any
    model_meta: dict[str, Any]
    batch_size: int = BATCH_SIZE
    genre: str | None = None  # the decision rule for every pair ("letter"/"table"); None: by input

    @classmethod
    def load(
        cls,
        nlp_model: str | os.PathLike[str] | None = None,
        model: str | os.PathLike[str] | None = None,
        detectors: str | os.PathLike[str] | None = None,
        genre: str | None = None,
    ) -> Scorer:
        from classifier import nlp as nlp_mod
        from classifier.model import load_detectors, load_model

        nlp, info = nlp_mod.load(nlp_model)
        layer, _ = load_detectors(detectors)
        pipeline, meta = load_model(model)
        return cls(nlp, info, layer, pipeline, meta, genre=genre)

    def score_letters(self, letters: Sequence[Letter], on_progress: Callable[[int, int], None] | None = None) -> list[dict[str, Any]]:
        """Results per letter. ``on_progress(pairs_done, pairs_total)`` is called after each
        group when the letters take more than one group (a large table), so a caller can show
        progress within one file."""
        # Letters are independent (references resolve inside a letter), so a large pair
        # table is analysed a group of letters at a time: its analysed Docs are dropped once
        # the group's results are made, and memory stays bounded by GROUP_CHARS instead of
        # growing with the table. The results are the same as in one call. (A table without
        # a ``doc`` column is one letter, and is analysed whole.) Scoring the Belgian written
        # table (3,661 pairs, one letter per row) peaked at 2.26 GB in one call, 0.66 GB so.
        groups = _letter_groups(letters, GROUP_CHARS)
        return _collect(groups, (self._score_group(group) for group in groups), on_progress)

    def _score_group(self, group: Sequence[Letter]) -> list[dict[str, Any]]:
        analysed = analyse(group, self.nlp, learned=self.detectors, batch_size=self.batch_size)
        # One model call for all pairs of the group (a pair table holds many one-pair letters).
        judgements = iter(judge(self.model, [a for pas in analysed for a in pas], genre=self.genre))
        return [
            letter_result(letter, pas, [next(judgements) for _ in pas], self.genre) for letter, pas in zip(group, analysed, strict=True)
        ]

    def score_path(self, path: str | os.PathLike[str], on_progress: Callable[[int, int], None] | None = None) -> list[dict[str, Any]]:
        return self.score_letters(load_letters(path), on_progress)


def _technique_records(a: PairAnalysis, hits: Sequence[Hit]) -> list[dict[str, Any]]:
    out = []
    seen: set[tuple[str, int, int]] = set()
    for h in sorted(hits, key=lambda x: (x.field != "answer", x.start)):
        start, end = a.source_span(h)
        key = (h.technique, start, end)
        if key in seen:
            continue
        seen.add(key)
        out.append({"id": h.technique, "rule": h.rule, "evidence": " ".join(h.evidence.split()), "start": start, "end": end})
    return out


def _highlights(hits: Sequence[Hit]) -> list[dict[str, Any]]:
    """Evidence spans within the pair's own texts (for the HTML report)."""
    out = []
    for h in hits:
        if h.via_reference:
            continue
        out.append({"id": h.technique, "rule": h.rule, "field": h.field, "start": h.start, "end": h.end})
    return out


def letter_hash(letter: Letter) -> str:
    """SHA-256 of what was scored: the letter's text, or a table's questions and answers."""
    import hashlib

    h = hashlib.sha256()
    if letter.source:
        h.update(letter.source.encode("utf-8"))
    else:
        for p in letter.pairs:
            h.update(f"{p.id}\x1f{p.question}\x1f{p.answer}\x1e".encode())
    return h.hexdigest()


def _promises(letter: Letter, a: PairAnalysis) -> list[dict[str, Any]]:
    from classifier.promises import extract, letter_date

    found = extract(
        a.answer_doc,
        question_no=a.pair.question_no,
        pair_id=a.pair.id,
        letter_date=letter_date(letter.meta.__dict__),
        answerer=letter.meta.answerer,
    )
    out = []
    for pr in found:
        d = pr.to_dict()
        d["source_start"], d["source_end"] = a.pair.answer_source_span(pr.evidence_start, pr.evidence_end)
        out.append(d)
    return out


def letter_result(
    letter: Letter, analyses: Sequence[PairAnalysis], judgements: Sequence[Judgement], genre: str | None = None
) -> dict[str, Any]:
    """Everything about one scored letter; ``genre`` is the decision rule the caller imposed
    (``--genre``), else the letter's own."""
    pairs = []
    for a, j in zip(analyses, judgements, strict=True):
        p = a.pair
        hits = consistent_hits(a.hits, j.label)
        pairs.append(
            {
                "doc": letter.doc_id,
                "id": p.id,
                "question_no": p.question_no,
                "label": j.label,
                "score": j.score,
                "probabilities": j.probabilities,
                "techniques": _technique_records(a, hits),
                "subquestions": j.subquestions,
                "reference": p.reference,
                # for reports
                "label_nl": LABELS_NL[j.label],
                "question": p.question,
                "answer": p.answer,
                "section": p.section,
                "joint": p.joint,
                "joint_with": list(p.joint_with),
                "pure_reference": p.pure_reference,
                "highlights": _highlights(hits),
                "question_span": list(p.question_span),
                "answer_span": list(p.answer_span),
                "promises": _promises(letter, a),
            }
        )
    return {
        "doc": letter.doc_id,
        "sha256": letter_hash(letter),
        "path": letter.path,
        "format": letter.fmt,
        "layout": letter.layout,
        "genre": genre or letter_genre(letter),  # the decision rule of the labels: "letter" or "table"
        "meta": dict(letter.meta.__dict__),
        "sections": [s.title for s in letter.sections],
        "warnings": list(letter.warnings),
        "pairs": pairs,
        "summary": summarise(pairs),
    }


def summarise(pairs: Sequence[dict[str, Any]]) -> dict[str, Any]:
    counts = Counter(p["label"] for p in pairs)
    techniques = Counter(t["id"] for p in pairs for t in {x["id"]: x for x in p["techniques"]}.values())
    worst = sorted(pairs, key=lambda p: (p["score"], str(p["question_no"] or p["id"])))[:5]
    return {
        "n": len(pairs),
        "counts": {lab: counts.get(lab, 0) for lab in LABELS},
        "mean_score": round(sum(p["score"] for p in pairs) / len(pairs), 1) if pairs else None,
        "techniques": dict(techniques.most_common()),
        "worst": [{"question_no": p["question_no"], "id": p["id"], "score": p["score"], "label": p["label"]} for p in worst],
    }


def jsonl_record(pair: dict[str, Any]) -> dict[str, Any]:
    """Exactly the fields of the scoring contract (see README, "JSONL output")."""
    return {k: pair[k] for k in JSONL_KEYS}


# --- batches in worker processes ----------------------------------------------------------------

_WORKER: Scorer | None = None


def _init_worker(nlp_model: str | None, model: str | None, detectors: str | None, genre: str | None = None) -> None:
    global _WORKER
    _WORKER = Scorer.load(nlp_model, model, detectors, genre)


def _score_in_worker(path: str) -> tuple[str, list[dict[str, Any]] | None, str | None]:
    assert _WORKER is not None
    return _attempt(path, lambda: _WORKER.score_path(path))


def _score_group_in_worker(letters: list[Letter]) -> list[dict[str, Any]]:
    assert _WORKER is not None
    return _WORKER.score_letters(letters)


def _score_one_file_in_workers(
    path: Path, jobs: int, models: tuple[str | None, str | None, str | None, str | None], pair_progress: Callable[[int, int], None] | None
) -> tuple[str, list[dict[str, Any]] | None, str | None]:
    """One input whose letters fill several groups (a large pair table), its groups scored in
    ``jobs`` worker processes; the results come back in the table's order. An input of one
    group is scored in this process."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    def work() -> list[dict[str, Any]]:
        letters = load_letters(path)
        groups = _letter_groups(letters, GROUP_CHARS)
        if len(groups) <= 1:
            return Scorer.load(*models).score_letters(letters)
        ctx = mp.get_context("fork") if hasattr(os, "fork") else mp.get_context("spawn")
        with ProcessPoolExecutor(max_workers=min(jobs, len(groups)), mp_context=ctx, initializer=_init_worker, initargs=models) as pool:
            return _collect(groups, pool.map(_score_group_in_worker, groups), pair_progress)

    return _attempt(path, work)


def score_many(
    paths: Sequence[Path],
    *,
    jobs: int = 1,
    scorer: Scorer | None = None,
    nlp_model: str | None = None,
    model: str | None = None,
    detectors: str | None = None,
    genre: str | None = None,
    progress: Any = None,
    pair_progress: Callable[[int, int], None] | None = None,
) -> list[tuple[str, list[dict[str, Any]] | None, str | None]]:
    """(path, letter results or None, error or None) per input path, in input order.

    With ``jobs > 1`` files are scored in worker processes, each loading the models once; a
    file that fails is reported and the others go on. ``genre`` ("letter" or "table") sets the
    scoring model's decision rule for every pair; None takes it from each input (a pair table
    or a letter). ``progress(path)`` is called per file;
    for a single input, ``pair_progress(done, total)`` follows the pairs of a large table.
    """
    if len(paths) == 1 and jobs > 1 and _may_need_groups(paths[0]):
        # one large table: its groups of pairs, not files, are shared out
        return [_score_one_file_in_workers(Path(paths[0]), jobs, (nlp_model, model, detectors, genre), pair_progress)]
    if jobs <= 1 or len(paths) <= 1:
        if scorer is not None and genre is not None:
            scorer = replace(scorer, genre=genre)
        scorer = scorer or Scorer.load(nlp_model, model, detectors, genre)
        if len(paths) == 1 and pair_progress is not None:
            return [_attempt(paths[0], lambda: scorer.score_path(paths[0], pair_progress))]
        return _score_in_groups(scorer, paths, progress)
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    ctx = mp.get_context("fork") if hasattr(os, "fork") else mp.get_context("spawn")
    by_path: dict[str, tuple[str, list[dict[str, Any]] | None, str | None]] = {}
    # Largest files first: a big file handed out last would keep one worker busy while the
    # others idle. Results are returned in input order all the same.
    order = sorted((str(p) for p in paths), key=_file_size, reverse=True)
    init = (nlp_model, model, detectors, genre)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_init_worker, initargs=init) as pool:
        for path, res, err in pool.map(_score_in_worker, order):
            by_path[path] = (path, res, err)
            if progress:
                progress(path)
    return [by_path[str(p)] for p in paths]


GROUP_CHARS = 200_000  # text analysed in one go (several small files, or part of a large table)


def _may_need_groups(path: Path | str) -> bool:
    """Whether a single input may be a pair table of several groups (decided once it is read)."""
    return Path(path).suffix.lower() in (".jsonl", ".csv") and _file_size(str(path)) >= GROUP_CHARS


def _collect(
    groups: Sequence[Sequence[Letter]], scored: Iterable[list[dict[str, Any]]], on_progress: Callable[[int, int], None] | None
) -> list[dict[str, Any]]:
    """The results of ``groups`` in order (``scored`` yields one list per group, as it is made),
    reporting ``on_progress(pairs_done, pairs_total)`` after each group when there are several."""
    total = sum(len(letter.pairs) for group in groups for letter in group)
    results: list[dict[str, Any]] = []
    done = 0
    for group, part in zip(groups, scored, strict=True):
        results += part
        done += sum(len(letter.pairs) for letter in group)
        if on_progress is not None and len(groups) > 1:
            on_progress(done, total)
    return results


def _letter_chars(letter: Letter) -> int:
    return sum(len(p.question) + len(p.answer) for p in letter.pairs)


def _letter_groups(letters: Sequence[Letter], limit: int) -> list[list[Letter]]:
    """Consecutive groups of letters of about ``limit`` characters (a letter is never split)."""
    groups: list[list[Letter]] = [[]]
    size = 0
    for letter in letters:
        if groups[-1] and size >= limit:
            groups.append([])
            size = 0
        groups[-1].append(letter)
        size += _letter_chars(letter)
    return groups if groups[0] else []


def _attempt(path: str | os.PathLike[str], work: Any) -> tuple[str, Any, str | None]:
    """(path, what ``work()`` returned, None), or (path, None, the error for the user): a bug
    must not take the batch down, it is reported per file."""
    from classifier.errors import OntwijkmeterError

    try:
        return str(path), work(), None
    except OntwijkmeterError as exc:
        return str(path), None, str(exc)
    except Exception as exc:
        return str(path), None, f"{path}: interne fout ({type(exc).__name__}: {exc}); meld dit als bug"


def _score_in_groups(
    scorer: Scorer, paths: Sequence[Path], progress: Any = None
) -> list[tuple[str, list[dict[str, Any]] | None, str | None]]:
    """Score files in one process, several small files per ``analyse`` call.

    One stream through ``nlp.pipe`` and one model call per group is cheaper than one per file
    (many Belgian questions or pair tables are a few hundred words each); the results are the
    same. A file that cannot be read is reported on its own; if a group fails in analysis (a
    bug), its files are scored one by one so that the error names the file and the others keep
    their results.
    """
    results: list[tuple[str, list[dict[str, Any]] | None, str | None]] = []
    group: list[tuple[str, list[Letter]]] = []
    size = 0

    def done(result: tuple[str, Any, str | None]) -> None:
        results.append(result)
        if progress:
            progress(result[0])

    def flush() -> None:
        nonlocal group, size
        if not group:
            return
        _, scored, err = _attempt(group[0][0], lambda: scorer.score_letters([x for _, letters in group for x in letters]))
        start = 0
        for path, letters in group:
            if err is None:
                done((path, scored[start : start + len(letters)], None))
                start += len(letters)
            else:
                done(_attempt(path, lambda letters=letters: scorer.score_letters(letters)))
        group, size = [], 0

    for path in paths:
        _, letters, err = _attempt(path, lambda path=path: load_letters(path))
        if err is not None:
            flush()
            done((str(path), None, err))
            continue
        group.append((str(path), letters))
        size += sum(_letter_chars(letter) for letter in letters)
        if size >= GROUP_CHARS:
            flush()
    flush()
    return results


def _file_size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0  # reported by the worker that reads it
