"""Skipping lexicon rules that cannot match a text, by the literal words their matches contain.

Every rule of a lexicon is a regular expression searched over the whole answer; with
dozens of rules per answer the searching is most of the cost of the lexical detectors (and
of finding in-letter references), and most rules cannot match most answers: rule
``defer.zodra`` needs the word "zodra".
:func:`required_literals` reads such words from the parsed pattern, and :func:`may_match`
tells with a plain substring test whether a rule is worth searching for. The test only
ever lets a rule through that could match; the matches themselves still come from the
rule's own search, so skipping changes no result.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import Any

try:  # the parser behind re.compile (Python >= 3.11); without it no rule is skipped
    from re import _constants as sre
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover
    sre_parse = None

# The non-ASCII characters that a case-insensitive pattern matches to an ASCII letter
# (LATIN CAPITAL LETTER I WITH DOT ABOVE, LATIN SMALL LETTER DOTLESS I, LATIN SMALL LETTER
# LONG S, KELVIN SIGN); str.lower() does not map the first three to that letter. A text that
# holds one is searched with every rule. tests/unit/test_prefilter.py checks the list
# against every code point.
ASCII_LOOKALIKES = "\u0130\u0131\u017f\u212a"


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """ASCII strings of which every match of ``pattern`` contains one; None when unknown.

    Found in the parsed pattern: a run of literal characters, a group or a repetition of at
    least one, and an alternation whose every branch requires one of a set of strings. Of
    the candidates in a sequence, the one whose shortest string is longest is kept (any of
    them would be correct). Lower-cased when the pattern ignores case.
    """
    return _required_literals(pattern.pattern, pattern.flags)  # cached by source: a Pattern hashes its code


@cache
def _required_literals(source: str, flags: int) -> frozenset[str] | None:
    if sre_parse is None:
        return None
    found = _required(sre_parse.parse(source, flags).data)
    if found is None:
        return None
    return frozenset(s.lower() for s in found) if flags & re.IGNORECASE else frozenset(found)


def _required(items: list[tuple[Any, Any]]) -> set[str] | None:
    """Required strings of a sequence of parsed items (see :func:`required_literals`)."""
    candidates: list[set[str]] = []
    run: list[str] = []  # consecutive literal characters
    for op, av in [*items, (None, None)]:  # (None, None) ends the last run
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            # the longest ASCII piece of the run ("valueerd" of "geëvalueerd")
            piece = max(re.findall(r"[\x00-\x7f]+", "".join(run)), key=len, default="")
            if piece:
                candidates.append({piece})
            run = []
        found = _required_of_item(op, av)
        if found is not None:
            candidates.append(found)
    return max(candidates, key=lambda c: min(map(len, c))) if candidates else None


def _required_of_item(op: Any, av: Any) -> set[str] | None:
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        # a group that sets its own flags could match in another case
        return _required(sub.data) if not add_flags and not del_flags else None
    if op is sre.ATOMIC_GROUP:
        return _required(av.data)
    if op is sre.BRANCH:
        branches = [_required(branch.data) for branch in av[1]]
        return set().union(*branches) if all(b is not None for b in branches) else None
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _required(av[2].data)
    return None  # character classes, anchors, lookarounds, optional parts: nothing required


def lowered(text: str) -> str | None:
    """``text.lower()`` for :func:`may_match`; None when the text holds one of the
    :data:`ASCII_LOOKALIKES` (then no case-insensitive pattern is skipped)."""
    return None if any(c in text for c in ASCII_LOOKALIKES) else text.lower()


def may_match(pattern: re.Pattern[str], text: str, lowered_text: str | None) -> bool:
    """False only when ``pattern`` cannot match ``text``.

    ``lowered_text`` is :func:`lowered` of the text: it holds, in lower case, every ASCII
    letter that a case-insensitive pattern could match in the text.
    """
    plan = _PLANS.get(id(pattern))
    if plan is None or plan[0] is not pattern:
        plan = _PLANS[id(pattern)] = (pattern, required_literals(pattern), bool(pattern.flags & re.IGNORECASE))
    _, literals, ignore_case = plan
    if literals is None:
        return True
    if ignore_case:
        if lowered_text is None:
            return True
        text = lowered_text
    return any(s in text for s in literals)


# Per compiled pattern (by identity, checked): its required strings and whether it ignores
# case. Called for every rule on every text, so the lookup avoids hashing the pattern (a
# Pattern hashes its whole code) and RegexFlag arithmetic.
_PLANS: dict[int, tuple[re.Pattern[str], frozenset[str] | None, bool]] = {}


@lru_cache(maxsize=512)
def _lowered_cached(text: str) -> str | None:
    return lowered(text)


class Prefiltered:
    """A compiled pattern whose searches are skipped when :func:`may_match` says they cannot
    match: the same results as the pattern's own methods, for the texts most rules never match.

    The promise extractor searches a few dozen cue patterns in every answer sentence; a
    sentence is lowered once (the cache holds the last few hundred texts) for all of them.
    """

    __slots__ = ("pattern",)

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def _may(self, text: str) -> bool:
        return may_match(self.pattern, text, _lowered_cached(text))

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        return self.pattern.search(text, *args) if self._may(text) else None

    def match(self, text: str, *args: int) -> re.Match[str] | None:
        return self.pattern.match(text, *args) if self._may(text) else None

    def fullmatch(self, text: str, *args: int) -> re.Match[str] | None:
        return self.pattern.fullmatch(text, *args) if self._may(text) else None

    def finditer(self, text: str, *args: int) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text, *args) if self._may(text) else iter(())
