"""The reference letter: 37 pairs, three sections, references 22->21, 34->19, 37->27."""

from classifier.letters import pair_record


def test_seed_has_37_pairs_numbered_1_to_37(seed_letter):
    assert [p.question_no for p in seed_letter.pairs] == [str(n) for n in range(1, 38)]


def test_seed_has_three_sections(seed_letter):
    assert len(seed_letter.sections) == 3
    assert all(s.title.startswith("Vragen en antwoorden inzake Resultaten verantwoordingsonderzoek 2025") for s in seed_letter.sections)
    sections = [p.section for p in seed_letter.pairs]
    assert sections[0] == 1 and sections[-1] == 3 and sections == sorted(sections)


def test_seed_pure_references_resolved(seed_letter):
    refs = {p.question_no: p.reference for p in seed_letter.pairs if p.pure_reference}
    assert refs == {"22": "21", "34": "19", "37": "27"}


def test_seed_other_references_found_but_not_pure(seed_letter):
    p28 = seed_letter.pair("28")
    assert p28.references == ("22", "26") and not p28.pure_reference
    assert seed_letter.pair("32").reference == "31"


def test_seed_metadata(seed_letter):
    m = seed_letter.meta
    assert m.date == "2026-06-09"
    assert m.asker == "vaste commissie voor Digitale Zaken"
    assert m.kamerstuk == "36945-VI-2"


def test_seed_footnote_markup_removed_from_answers(seed_letter):
    for p in seed_letter.pairs:
        assert "footnoteRef" not in p.answer and "[1:" not in p.answer


def test_seed_spans_point_into_the_source(seed_letter):
    for p in seed_letter.pairs:
        qs, qe = p.question_span
        as_, ae = p.answer_span
        assert seed_letter.source[qs:qe].split()[:3] == p.question.split()[:3]
        assert seed_letter.source[as_:ae].split()[:3] == p.answer.split()[:3]
        rec = pair_record(seed_letter, seed_letter.pairs.index(p))
        assert rec["question_span"] == [qs, qe]
