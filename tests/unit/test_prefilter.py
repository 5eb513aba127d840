"""The lexicon prefilter: the literals it requires are really required, and it never skips a
rule that matches (tested on every rule's own examples, in other cases and glued)."""

from __future__ import annotations

import re
import sys

import pytest

from classifier.detectors.lexical import lexicon_rules, match_rules
from classifier.lexicon import load_rules
from classifier.prefilter import ASCII_LOOKALIKES, lowered, may_match, required_literals
from tests.unit.test_lexicons import LEXICON_GROUPS


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"\bzodra (?:de|het)\b", re.I, {"zodra "}),
        (r"\b(?:Kom|komen) (?:ik|wij)?\s*terug\b", re.I, {"terug"}),
        (r"\b(?:binnenkort|op korte termijn)\b", re.I, {"binnenkort", "op korte termijn"}),
        (r"(?:zal|gaan)\s+\w+", 0, {"zal", "gaan"}),
        (r"(?:zal|zullen)?\s+\w+", re.I, None),  # optional: nothing required
        (r"(?:ga|)\s+\w+", re.I, None),  # an empty branch requires nothing
        (r"x{0,3}ab+", re.I, {"a"}),
        (r"(?:nog )+nietmeer", re.I, {"nietmeer"}),
        (r"(?i:Niet) meer", 0, {" meer"}),  # the group sets its own flags: not used
        (r"geïnformeerd", re.I, {"nformeerd"}),  # the longest ASCII piece
        (r"éé", re.I, None),
        (r"ge[iï]nformeerd", re.I, {"nformeerd"}),
        (r"[a-z]+", re.I, None),
    ],
)
def test_required_literals(pattern, flags, expected):
    found = required_literals(re.compile(pattern, flags))
    assert (set(found) if found is not None else None) == expected


def test_ascii_lookalikes_are_complete():
    """Exactly these non-ASCII characters match an ASCII character when case is ignored."""
    others = "".join(chr(c) for c in range(0x80, sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert set(re.findall(r"[\x00-\x7f]", others, re.I)) == set(ASCII_LOOKALIKES)


def _variants(example: str) -> list[str]:
    glued = example.replace(" ", "")
    return [
        example,
        example.upper(),
        example.title(),
        glued,
        f"Inleiding. {example} Slot.",
        example.replace("i", "\u0130").replace("s", "\u017f"),  # matched by an IGNORECASE "i" / "s"
        example.replace("k", "\u212a"),
    ]


@pytest.mark.parametrize(("name", "group"), LEXICON_GROUPS)
def test_prefilter_never_skips_a_matching_rule(name, group):
    rules = lexicon_rules(name, group) + load_rules(name, group)  # glue-tolerant or as written
    examples = [e for r in rules for e in r.examples]
    for rule in rules:
        for example in examples:
            for text in _variants(example):
                if rule.pattern.search(text):
                    assert may_match(rule.pattern, text, lowered(text)), (rule.id, text)


@pytest.mark.parametrize(("name", "group"), LEXICON_GROUPS)
def test_match_rules_finds_what_every_rule_finds(name, group):
    rules = lexicon_rules(name, group)
    text = " ".join(e for r in rules for e in r.examples)
    hits = match_rules(rules, text, name)
    expected = sorted(
        ((m.start(), -(m.end() - m.start()), r.id) for r in rules for m in r.pattern.finditer(text) if m.end() > m.start()),
    )
    assert sorted((h.start, -(h.end - h.start), h.rule) for h in hits) == expected


PROMISE_SENTENCES = [
    "Ik zal uw Kamer voor de zomer informeren over de uitkomsten.",
    "De evaluatie is voorzien in september 2026.",
    "Het kabinet is voornemens het wetsvoorstel dit najaar in te dienen.",
    "Wij werken aan een wetsontwerp.",
    "Dat is niet het geval.",
    "İk ZAL de Kamer INFORMEREN.",  # an ASCII look-alike: nothing may be skipped
    "",
]


def test_prefiltered_cue_patterns_give_the_patterns_own_results():
    """Every cue pattern of the promise extractor, wrapped to skip hopeless searches, finds
    exactly what the bare pattern finds (search, match, fullmatch and finditer)."""
    from classifier.prefilter import Prefiltered
    from classifier.promises import _cues

    cues = _cues()
    wrapped = [v for v in vars(cues).values() if isinstance(v, Prefiltered)]
    assert len(wrapped) > 20
    skipped = 0
    for cue in wrapped:
        for text in PROMISE_SENTENCES + [w for s in PROMISE_SENTENCES for w in s.split()]:
            for method in ("search", "match", "fullmatch"):
                got, want = getattr(cue, method)(text), getattr(cue.pattern, method)(text)
                assert (got.span() if got else None) == (want.span() if want else None), (cue.pattern.pattern, text)
            assert [m.span() for m in cue.finditer(text)] == [m.span() for m in cue.pattern.finditer(text)]
            skipped += not cue._may(text)
    assert skipped > 0  # the wrapper does skip searches
