"""The learned decision of promise extraction (classifier/promise_model.py): loading with the
integrity checks, what it decides for, and how it reaches the commands."""

from __future__ import annotations

import datetime as dt
import json
import shutil

import joblib
import numpy as np
import pytest

from classifier.errors import ModelError
from classifier.promise_model import PromiseModel, for_layout, load_promise_model, promises_path, trace_sentence
from classifier.promises import extract

LETTER_DATE = dt.date(2020, 3, 2)


@pytest.fixture(scope="module")
def shipped():
    return load_promise_model()


def test_shipped_model_and_sidecar_agree(shipped):
    model, meta = shipped
    assert isinstance(model, PromiseModel)
    assert meta["name"] == "ontwijkmeter-promises"
    assert model.threshold == meta["threshold"] and meta["C"] == model.C
    assert 0.0 < model.threshold < 1.0
    # the final-check batch is left out of training
    assert meta["training_data"]["final_batch_left_out"] not in {
        int(g.removeprefix("batch")) for g in meta["training_data"]["groups"] if g.startswith("batch")
    }


def test_tampered_model_is_refused(tmp_path):
    src = promises_path()
    copy = tmp_path / src.name
    shutil.copy(src, copy)
    shutil.copy(src.with_suffix(".meta.json"), tmp_path / src.with_suffix(".meta.json").name)
    with copy.open("ab") as fh:
        fh.write(b"\0")
    with pytest.raises(ModelError, match="SHA-256"):
        load_promise_model(copy)


def test_another_artefact_is_not_taken_for_the_promise_model(tmp_path):
    from classifier.model import save_artifact

    path = tmp_path / "other.joblib"
    save_artifact(
        {"not": "a promise model"}, path, {"libraries": json.loads(promises_path().with_suffix(".meta.json").read_text())["libraries"]}
    )
    with pytest.raises(ModelError, match="geen toezeggingenmodel"):
        load_promise_model(path)


def test_it_decides_for_pair_tables_only(shipped):
    model, _ = shipped
    assert for_layout(model, "table") is model
    for layout in ("numbered", "kamervragen", "letter", ""):
        assert for_layout(model, layout) is None
    assert for_layout(None, "table") is None


def test_clear_cases(nlp, shipped):
    """A first-person promise with a term, and a statement of fact."""
    model, _ = shipped
    doc = nlp(
        "Ik zal de Kamer in september 2020 informeren over de resultaten van het onderzoek. De kosten bedroegen vorig jaar vijf miljoen euro."
    )
    decisions = model.decisions(doc, LETTER_DATE)
    promise, fact = (decisions[s.start_char] for s in doc.sents)
    assert promise[0] and promise[1] is not None and promise[1].range_start == dt.date(2020, 9, 1)
    assert fact == (False, None)
    found = extract(doc, letter_date=LETTER_DATE, model=model)
    assert [p.deadline_text for p in found] == ["september 2020"]


def test_decisions_are_deterministic_and_survive_a_round_trip(nlp, shipped, tmp_path):
    model, _ = shipped
    sentences = [
        "We zullen de resultaten van de evaluatie volgend jaar bekendmaken.",
        "Het overleg met de gewesten loopt nog.",
        "De nieuwe regeling wordt na de zomer in het Staatsblad gepubliceerd.",
    ]
    traces = [trace_sentence(next(iter(nlp(s).sents)), LETTER_DATE) for s in sentences]
    first = model.probabilities(traces)
    np.testing.assert_array_equal(first, model.probabilities(traces))
    joblib.dump(model, tmp_path / "m.joblib")
    again = joblib.load(tmp_path / "m.joblib")
    np.testing.assert_array_equal(first, again.probabilities(traces))
    assert model.probabilities([]).shape == (0,)


class _AcceptAll(PromiseModel):
    def __init__(self) -> None:
        super().__init__(pipeline=None, threshold=0.5, C=1.0)

    def probabilities(self, traces):
        return np.ones(len(traces))


def test_the_scorer_uses_it_for_tables_and_not_for_letters(scorer, tmp_path, example):
    """Wiring: a stand-in that accepts every sentence shows which inputs the model decides for."""
    from classifier.scoring import Scorer

    table = tmp_path / "t.jsonl"
    table.write_text(
        json.dumps({"id": "a", "question": "Wat is de stand van zaken?", "answer": "Het overleg loopt nog. De kosten zijn bekend."}) + "\n",
        encoding="utf-8",
    )
    stub = Scorer(scorer.nlp, scorer.pipeline_info, scorer.detectors, scorer.model, scorer.model_meta, promise_model=_AcceptAll())
    rules_only = Scorer(scorer.nlp, scorer.pipeline_info, scorer.detectors, scorer.model, scorer.model_meta)
    (pair,) = stub.score_path(table)[0]["pairs"]
    assert len(pair["promises"]) == 2  # every sentence, as the stand-in decided
    assert rules_only.score_path(table)[0]["pairs"][0]["promises"] == []
    letter_promises = [pr for p in stub.score_path(example)[0]["pairs"] for pr in p["promises"]]
    assert letter_promises == [pr for p in rules_only.score_path(example)[0]["pairs"] for pr in p["promises"]]
