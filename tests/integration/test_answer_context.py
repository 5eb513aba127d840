"""The question-and-rest-of-answer context of answer sentences (``ctx_`` features of the
learned detector layer): what the question asks and what the other sentences of the answer do.

The pairs are shortened from answers in ../shared/corpus; the expected features were written
down from the texts (which sub-questions open with which words, which other sentence holds a
future auxiliary or a figure), not from the code's output.
"""

from __future__ import annotations

from classifier.analysis import analyse
from classifier.detectors.base import PairContext
from classifier.detectors.learned import DEFAULT_VARIANTS, TECHNIQUES, variants_of
from classifier.detectors.units import ANSWER_TECHNIQUES, answer_units
from classifier.readers.base import PairRow, PairTable
from classifier.segment.letter import segment_table


def _units(nlp, question: str, answer: str):
    table = PairTable(path="<test>", rows=(PairRow(id="t1", question=question, answer=answer, doc="test", question_no="1", line=1),))
    (letter,) = segment_table(table)
    ((a,),) = analyse([letter], nlp, learned=None)
    ctx = PairContext(pair=a.pair, question_doc=a.question_doc, answer_doc=a.answer_doc)
    return answer_units(ctx, a.rule_hits, set())


def _ctx(unit) -> dict[str, float]:
    return {k: v for k, v in unit.features.items() if k.startswith("ctx_")}


def test_a_timing_question_and_a_promise_after_facts(nlp):
    units = _units(
        nlp,
        "Wanneer wordt de evaluatie afgerond? Hoeveel meldingen zijn er in 2023 gedaan?",
        "In 2023 zijn 412 meldingen gedaan. De evaluatie wordt in het voorjaar afgerond. Ik zal uw Kamer daarover informeren.",
    )
    assert len(units) == 3
    last = _ctx(units[2])
    assert last["ctx_qfirst=wanneer"] == 1.0
    assert last["ctx_qfirst2=hoeveel_meldingen"] == 1.0
    assert last["ctx_request=COUNT"] == 1.0
    assert "ctx_closed" not in last
    # the two other sentences: one gives figures, neither has a future auxiliary
    assert last["ctx_others_figures"] == 0.5
    assert last["ctx_others_future"] == 0.0
    # seen from the first sentence, the third one ("Ik zal ...") is the future half of the rest
    assert _ctx(units[0])["ctx_others_future"] == 0.5


def test_a_single_sentence_answer_to_a_closed_question(nlp):
    (unit,) = _units(nlp, "Bent u bereid de regeling te evalueren?", "Uw Kamer wordt na de zomer geïnformeerd.")
    ctx = _ctx(unit)
    assert ctx["ctx_closed"] == 1.0
    assert ctx["ctx_alone"] == 1.0
    assert ctx["ctx_others_log"] == 0.0
    assert not any(k.startswith("ctx_others_") and k != "ctx_others_log" for k in ctx)


def test_every_technique_keeps_a_feature_set_without_the_context():
    for t in TECHNIQUES:
        variants = variants_of(t)
        assert variants
        if t in ANSWER_TECHNIQUES:
            assert ("ctx_",) in variants  # the context is only ever an added candidate
    assert variants_of("generic") == DEFAULT_VARIANTS
    assert () in variants_of("deferral")
