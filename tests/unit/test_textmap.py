import re

import pytest

from classifier.textmap import MappedText


def test_identity_maps_every_character():
    t = MappedText.identity("abc")
    assert t.source_span(0, 3) == (0, 3)
    assert t.source_span(1, 2) == (1, 2)


def test_deletions_keep_offsets_of_the_rest():
    src = "Een [footnoteRef:1]zin met noot."
    t = MappedText.identity(src).sub(re.compile(r"\[footnoteRef:\d+\]"))
    assert t.text == "Een zin met noot."
    s, e = t.source_span(t.text.index("zin"), t.text.index("zin") + 3)
    assert src[s:e] == "zin"


def test_replacement_maps_to_edit_start_and_chains():
    src = "a   b\nc"
    t = MappedText.identity(src).sub(re.compile(r" {3,}"), "\n").sub(re.compile(r"c"), "CC")
    assert t.text == "a\nb\nCC"
    s, e = t.source_span(len(t.text) - 2, len(t.text))
    assert src[s:e] == "c"


def test_overlapping_edits_are_a_bug():
    with pytest.raises(ValueError):
        MappedText.identity("abcdef").apply([(0, 3, ""), (2, 4, "")])


def test_slice_stays_mapped_to_source():
    src = "xx hello yy"
    t = MappedText.identity(src).slice(3, 8)
    assert t.text == "hello"
    assert t.source_span(0, 5) == (3, 8)
