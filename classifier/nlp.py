"""The Dutch spaCy pipeline: which one is loaded, once per process, and how texts go through it.

Order of preference (first found wins):

1. an explicit path: the ``--nlp-model`` CLI option or ``ONTWIJKMETER_NLP_MODEL``;
2. spaCy's ``nl_core_news_sm`` when it is installed (the design's choice; it cannot be
   downloaded on our machines, but users who can install it get it);
3. the bundled pipeline ``models/nl_ontwijkmeter_ud``, trained on UD Dutch by
   ``scripts/train_nlp_pipeline.py`` and checked against its SHA-256 manifest before loading.

Ontwijkmeter's own rule components (figure recognition, the detectors) are added on top of
whichever pipeline is loaded.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from classifier.errors import ModelError
from classifier.integrity import verify_directory

ENV_MODEL = "ONTWIJKMETER_NLP_MODEL"
BUNDLED = "nl_ontwijkmeter_ud"
DESIGN_MODEL = "nl_core_news_sm"
# Texts per nlp.pipe batch. Measured on 200 Belgian answers (56k tokens): 8/16/32/64 take
# 7.1/6.8/6.7/6.8 s but peak at 195/217/292/524 MB, since tok2vec holds a whole batch.
BATCH_SIZE = 16


@dataclass(frozen=True)
class PipelineInfo:
    source: str  # "path", "nl_core_news_sm" or "bundled"
    location: str
    name: str
    version: str
    spacy_version: str
    components: tuple[str, ...]
    scores: dict[str, Any]
    reference: dict[str, Any]


_LOADED: dict[tuple[str, tuple[str, ...]], tuple[Language, PipelineInfo]] = {}
_KEEP_OPEN = ExitStack()  # keeps importlib.resources paths valid for the process


@spacy.registry.tokenizers("ontwijkmeter.serialised_tokenizer.v1")
def serialised_tokenizer() -> Any:
    """An empty tokenizer, for pipelines whose tokenizer is read from disk.

    spaCy's default factory first builds the Dutch tokenizer with its ~4,700 special cases
    and affix rules, and ``from_disk`` then resets and rebuilds all of it from the saved
    file; building it twice took 0.8 s of every start. ``Tokenizer.from_bytes`` restores
    every setting (rules, prefixes, suffixes, infixes, token and URL match), so starting
    empty gives the same tokenizer (checked by ``tests/unit/test_nlp_loader.py``).
    """

    def factory(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab)

    return factory


def bundled_path() -> Path:
    ref = resources.files("classifier.models").joinpath(BUNDLED)
    return Path(_KEEP_OPEN.enter_context(resources.as_file(ref)))


def _choose(explicit: str | os.PathLike[str] | None) -> tuple[str, Path | str]:
    chosen = explicit or os.environ.get(ENV_MODEL)
    if chosen:
        path = Path(chosen)
        if not path.exists():
            raise ModelError("spaCy-pijplijn niet gevonden (uit --nlp-model of ONTWIJKMETER_NLP_MODEL)", path=path)
        return "path", path
    if spacy.util.is_package(DESIGN_MODEL):
        return DESIGN_MODEL, DESIGN_MODEL
    return "bundled", bundled_path()


def identity(explicit: str | os.PathLike[str] | None = None) -> tuple[str, str]:
    """(name, version) of the pipeline :func:`load` would take, read from its meta.json without
    loading it ("nl_ontwijkmeter_ud", "1.1.0"); ("?", "?") when the meta cannot be read (loading
    then reports the problem)."""
    source, where = _choose(explicit)
    try:
        if source == DESIGN_MODEL:
            from importlib.metadata import version

            return DESIGN_MODEL, version(DESIGN_MODEL)
        meta = json.loads((Path(where) / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, ImportError):
        return "?", "?"
    return _full_name(meta), str(meta.get("version", "?"))


def _full_name(meta: dict[str, Any]) -> str:
    """ "nl_ontwijkmeter_ud" from a spaCy meta's language and name."""
    return f"{meta.get('lang', '?')}_{meta.get('name', '?')}"


def load(explicit: str | os.PathLike[str] | None = None, *, exclude: Iterable[str] = ()) -> tuple[Language, PipelineInfo]:
    """The Dutch pipeline with Ontwijkmeter's components, loaded once per process."""
    source, where = _choose(explicit)
    key = (str(where), tuple(sorted(exclude)))
    if key in _LOADED:
        return _LOADED[key]
    if source == "bundled":
        path = Path(where)
        verify_directory(path, path.parent / f"{BUNDLED}.manifest.json")
    # Components disabled by default (the bundled pipeline's senter) are not needed: not loaded.
    exclude = set(exclude) | _disabled_components(where)
    # The bundled pipeline's tokenizer is always saved with it: load it once, not twice.
    overrides = {"nlp": {"tokenizer": {"@tokenizers": "ontwijkmeter.serialised_tokenizer.v1"}}} if source == "bundled" else {}
    try:
        nlp = spacy.load(where, exclude=sorted(exclude), config=overrides)
    except (OSError, ValueError, KeyError) as exc:
        raise ModelError(f"kan spaCy-pijplijn niet laden ({exc})"[:300], path=str(where)) from exc
    from classifier import figures, sentences  # noqa: F401  (register the component factories)

    if "ontwijkmeter_sentences" not in nlp.pipe_names:
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("ontwijkmeter_sentences", before="parser")
        else:
            nlp.add_pipe("ontwijkmeter_sentences", first=True)
    if "ontwijkmeter_figures" not in nlp.pipe_names:
        nlp.add_pipe("ontwijkmeter_figures", last=True)
    meta = nlp.meta
    extra = meta.get("ontwijkmeter", {})
    info = PipelineInfo(
        source=source,
        location=str(where),
        name=_full_name(meta),
        version=str(meta.get("version", "?")),
        spacy_version=spacy.__version__,
        components=tuple(nlp.pipe_names),
        scores=extra.get("held_out_scores") or _performance(meta),
        reference=extra.get("reference", {}),
    )
    _LOADED[key] = (nlp, info)
    return nlp, info


def _disabled_components(where: Path | str) -> set[str]:
    """Names listed as disabled in a pipeline folder's config (none for a package name)."""
    cfg = Path(where) / "config.cfg"
    if not cfg.is_file():
        return set()
    import re

    m = re.search(r"^disabled\s*=\s*\[(.*?)\]", cfg.read_text(encoding="utf-8"), re.M)
    return {x.strip().strip('"') for x in m.group(1).split(",") if x.strip()} if m else set()


def _performance(meta: dict[str, Any]) -> dict[str, Any]:
    perf = meta.get("performance") or {}
    return {k: perf.get(k) for k in ("pos_acc", "tag_acc", "lemma_acc", "dep_las", "dep_uas", "sents_f") if k in perf}


def pipe(nlp: Language, texts: Iterable[str], *, batch_size: int = BATCH_SIZE, n_process: int = 1) -> Iterator[Doc]:
    """``nlp.pipe`` with the project's defaults; texts are processed in order."""
    yield from nlp.pipe(texts, batch_size=batch_size, n_process=n_process)


def describe(info: PipelineInfo) -> dict[str, Any]:
    return json.loads(json.dumps(info.__dict__, default=list))
