"""Shared fixtures.

Tests that need ../shared (corpus, seed, UD files) use the ``shared`` fixture and skip
with a clear reason when it is absent; CI has it. The Dutch pipeline is loaded once per
test session.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLE = ROOT / "examples" / "lijst-vragen-antwoorden-verantwoordingsonderzoek-2025.txt"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "corpus").is_dir():
        pytest.skip(f"../shared is not present at {SHARED} (the shared corpus is needed for this test)")
    return SHARED


@pytest.fixture(scope="session")
def corpus(shared: Path) -> Path:
    return shared / "corpus"


@pytest.fixture(scope="session")
def example() -> Path:
    return EXAMPLE


@pytest.fixture(scope="session")
def seed_letter(example: Path):
    from classifier.letters import load_letters

    return load_letters(example)[0]


@pytest.fixture(scope="session")
def nlp():
    from classifier import nlp as nlp_mod

    pipeline, _ = nlp_mod.load()
    return pipeline


@pytest.fixture(scope="session")
def scorer():
    """The full pipeline with the bundled models, loaded once per test session."""
    from classifier.scoring import Scorer

    return Scorer.load()


@pytest.fixture(scope="session")
def seed_results(scorer, example):
    return scorer.score_path(example)
