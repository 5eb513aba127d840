"""The reports' notes on how often each technique's hits were right (classifier.report.reliability)."""

from __future__ import annotations

import pytest

from classifier.report.reliability import DOUBTFUL, doubtful_note, legend_note, technique_precisions

META = {
    "techniques": {
        "cross_reference": {"threshold": 0.55, "inner_oof_f1": 0.91, "inner_oof_precision": 0.876},
        "generic": {"threshold": 0.27, "inner_oof_f1": 0.30, "inner_oof_precision": 0.214},
        "premise_rejected": {"inner_oof_precision": 0.166},
        "deferral": {"inner_oof_f1": 0.40},  # a layer trained before precision was recorded
        "answered": {"C": 0.3, "units": 2666},  # not a technique
        "broken": {"inner_oof_precision": 1.7},
    }
}


def test_precisions_are_read_where_recorded_and_valid():
    assert technique_precisions(META) == {"cross_reference": 0.876, "generic": 0.214, "premise_rejected": 0.166}
    assert technique_precisions(None) == {}
    assert technique_precisions({"name": "old layer"}) == {}


@pytest.mark.parametrize(
    ("precision", "expected"),
    [
        (0.876, "in de kruisvalidatie was 88% van de meldingen terecht"),
        (0.214, "in de kruisvalidatie was 21% van de meldingen terecht; controleer zelf"),
        (DOUBTFUL, "in de kruisvalidatie was 50% van de meldingen terecht"),
        (None, ""),
    ],
)
def test_legend_note(precision, expected):
    assert legend_note(precision) == expected


def test_doubtful_note_names_only_doubtful_techniques_that_were_found_weakest_first():
    precisions = technique_precisions(META)
    note = doubtful_note(["cross_reference", "generic", "premise_rejected", "generic"], precisions)
    assert note is not None
    assert note.index("'premisse betwist' (17%)") < note.index("'algemeen' (21%)")
    assert "verwijzing" not in note
    assert doubtful_note(["cross_reference", "deferral"], precisions) is None
    assert doubtful_note([], precisions) is None
