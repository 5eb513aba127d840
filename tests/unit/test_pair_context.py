"""Answer sentences carry their pair's context (classifier.detectors.units.add_pair_context):
what the question asks and what the rest of the answer gives, so that a promise can be told
from a promise that stands in for the answer."""

from __future__ import annotations

import pytest

from classifier.detectors.units import Unit, add_pair_context


def _sentence(features: dict[str, float], via: str | None = None) -> Unit:
    return Unit("sentence", "s", 0, 1, "answer", via, features=dict(features))


def _subquestion(features: dict[str, float]) -> Unit:
    return Unit("subquestion", "q", 0, 1, "question", features=dict(features))


FLAGS = {"answer_yes_no": 0.0, "given=COUNT": 1.0, "answer_rule=deferral": 1.0, "closed": 1.0}


def test_every_answer_sentence_gets_the_pair_flags_and_what_the_question_asks():
    a = [_sentence({"has_future_aux": 1.0}), _sentence({"has_past": 1.0, "n_figures": 0.2})]
    q = [_subquestion({"request=COUNT": 1.0, "closed": 0.0, "coverage": 0.4}), _subquestion({"closed": 1.0, "coverage": 0.9})]
    add_pair_context(a, q, FLAGS)
    for u in a:
        assert u.features["p_given=COUNT"] == 1.0
        assert u.features["p_answer_rule=deferral"] == 1.0
        assert u.features["p_answer_yes_no"] == 0.0
        assert "p_closed" not in u.features  # only answer-level flags are copied
        assert u.features["p_qrequest=COUNT"] == 1.0
        assert u.features["p_q_closed"] == 1.0
        assert u.features["p_cov_min"] == pytest.approx(0.4)
        assert u.features["p_frac_future"] == pytest.approx(0.5)
        assert u.features["p_frac_past"] == pytest.approx(0.5)
        assert u.features["p_any_fig"] == 1.0


def test_a_future_alone_is_marked_only_when_the_answer_gives_no_figure_and_no_past_fact():
    alone = [_sentence({"has_future_aux": 1.0}), _sentence({"has_negation": 1.0})]
    add_pair_context(alone, [], {})
    assert alone[0].features["x_future_nofig"] == alone[0].features["x_future_nopast"] == 1.0
    assert "x_future_nofig" not in alone[1].features  # no future in that sentence

    beside_facts = [_sentence({"has_future_aux": 1.0}), _sentence({"has_past": 1.0, "n_figures": 0.4})]
    add_pair_context(beside_facts, [], {})
    assert "x_future_nofig" not in beside_facts[0].features
    assert "x_future_nopast" not in beside_facts[0].features


def test_sentences_of_a_referenced_answer_get_the_context_but_do_not_make_it():
    own = _sentence({"has_future_aux": 1.0})
    referenced = _sentence({"has_past": 1.0, "n_figures": 0.2}, via="19")
    add_pair_context([own, referenced], [], {})
    assert referenced.features["p_frac_future"] == 1.0
    assert referenced.features["p_any_fig"] == 0.0
    assert own.features["x_future_nofig"] == 1.0
