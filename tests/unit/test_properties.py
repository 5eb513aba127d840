"""Property tests: segmentation never crashes, hangs, overlaps or reorders; readers only
ever raise the project's own error on garbage."""

from __future__ import annotations

import contextlib
import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from classifier.errors import OntwijkmeterError
from classifier.readers import read
from classifier.readers.base import Document
from classifier.segment import segment_document

PIECES = st.sampled_from(
    [
        "Vraag 1\n",
        "Vraag 2\n",
        "Vraag 3 en 4\n",
        "Vraag 2 t/m 6\n",
        "Antwoord\n",
        "Antwoord 2\n",
        "Antwoord vraag 1:\n",
        "1. ",
        "2. ",
        "Hoeveel kost dat? ",
        "Zie vraag 1. ",
        "Ja. ",
        "Nee.\n",
        "\n\n",
        "ah-tk-20242025-580\n",
        "ISSN 0921 - 7398’s-Gravenhage 2024Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1\n",
        "[footnoteRef:1]",
        "1Aanhangsel Handelingen\n",
        "autoritei-\nten ",
        "   ",
        "3/12 ",
        "Vragen en antwoorden inzake X\n",
        "?",
        ".",
    ]
)
TEXT = st.lists(st.one_of(PIECES, st.text(alphabet=string.ascii_letters + " .?\n0123456789-", max_size=30)), max_size=40).map("".join)

SETTINGS = settings(max_examples=300, deadline=2000, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(TEXT)
def test_segmentation_never_crashes_and_pairs_stay_in_order(text):
    try:
        letter = segment_document(Document(path="prop.txt", doc_id="prop", text=text, fmt="txt"))
    except OntwijkmeterError:
        return
    last_end = -1
    for p in letter.pairs:
        qs, qe = p.question_span
        as_, ae = p.answer_span
        assert 0 <= qs <= qe <= len(text) and 0 <= as_ <= ae <= len(text)
        if p.answer:
            assert qe <= as_ or p.joint
        if not p.joint:
            assert qs >= last_end, "pairs overlap or are out of order"
            last_end = max(qe, ae)


@SETTINGS
@given(st.text(max_size=3000))
def test_segmentation_of_arbitrary_unicode(text):
    with contextlib.suppress(OntwijkmeterError):
        segment_document(Document(path="u.txt", doc_id="u", text=text, fmt="txt"))


@settings(max_examples=150, deadline=3000, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=st.binary(min_size=0, max_size=4000), suffix=st.sampled_from([".txt", ".pdf", ".docx", ".html", ".xml", ".jsonl", ".csv"]))
def test_readers_raise_only_project_errors_on_garbage(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("garbage") / f"x{suffix}"
    path.write_bytes(data)
    with contextlib.suppress(OntwijkmeterError):
        read(path)
