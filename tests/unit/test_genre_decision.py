"""The per-genre decision rule of the scoring model: weights chosen on out-of-fold
probabilities, applied to the label only, probabilities untouched."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from classifier.evaluation import choose_genre_weights
from classifier.features import genre
from classifier.model import GenreDecision, decision_weights

CLASSES = ["non_reply", "partial", "reply"]  # sorted, as the pipeline orders them


class FixedPipeline:
    """A stand-in for the fitted pipeline: returns the probabilities it was given."""

    classes_ = np.array(CLASSES)

    def __init__(self, proba):
        self.proba = np.asarray(proba, dtype=float)

    def predict_proba(self, rows):
        return self.proba[[r["i"] for r in rows]]


def test_partial_under_called_on_letters_gets_a_weight_above_one():
    # letters: every partial pair has P(partial) 0.40 against P(reply) 0.55, so an unweighted
    # argmax calls all of them reply; the replies have P(partial) 0.2.
    letter_partial = [[0.05, 0.40, 0.55]] * 20
    letter_reply = [[0.05, 0.20, 0.75]] * 40
    # tables: the argmax is already right; no weight should move them
    table = [[0.1, 0.7, 0.2]] * 10 + [[0.1, 0.2, 0.7]] * 10
    proba = np.array(letter_partial + letter_reply + table)
    y = ["partial"] * 20 + ["reply"] * 40 + ["partial"] * 10 + ["reply"] * 10
    genres = ["letter"] * 60 + ["table"] * 20
    w = choose_genre_weights(proba, y, genres, CLASSES)
    letter = dict(zip(CLASSES, w["letter"], strict=True))
    assert letter["reply"] == 1.0
    assert 0.40 * letter["partial"] > 0.55  # the partial pairs now come out partial
    assert 0.20 * letter["partial"] < 0.75  # the replies stay reply
    # tables: already perfect, so the weights closest to 1 win
    assert w["table"] == (1.0, 1.0, 1.0)


def test_a_genre_without_training_pairs_keeps_weights_one():
    proba = np.array([[0.1, 0.3, 0.6], [0.6, 0.3, 0.1]])
    w = choose_genre_weights(proba, ["reply", "non_reply"], ["letter", "letter"], CLASSES)
    assert w["table"] == (1.0, 1.0, 1.0)


def test_weights_change_the_label_not_the_probabilities():
    proba = [[0.05, 0.40, 0.55], [0.05, 0.40, 0.55]]
    model = GenreDecision(FixedPipeline(proba), {"letter": (1.0, 1.5, 1.0), "table": (1.0, 1.0, 1.0)})
    rows = [{"i": 0, "genre": "letter"}, {"i": 1, "genre": "table"}]
    assert list(model.predict(rows)) == ["partial", "reply"]
    assert np.array_equal(model.predict_proba(rows), np.asarray(proba))
    assert decision_weights(model, rows[0]) == {"non_reply": 1.0, "partial": 1.5, "reply": 1.0}


def test_a_plain_pipeline_decides_by_argmax():
    assert decision_weights(FixedPipeline([[0.2, 0.3, 0.5]]), {"i": 0, "genre": "letter"}) == {
        "reply": 1.0,
        "partial": 1.0,
        "non_reply": 1.0,
    }


@pytest.mark.parametrize(
    ("layout", "read_as", "expected"),
    [("table", "table", "table"), ("table", "letter", "letter"), ("vraag-antwoord", "table", "letter"), ("genummerd", "letter", "letter")],
)
def test_genre_follows_the_input_layout_and_a_tables_text(layout, read_as, expected):
    """A letter file is a letter whatever; a table's letter has the genre its text was read as."""
    assert genre(SimpleNamespace(letter=SimpleNamespace(layout=layout, genre=read_as))) == expected
