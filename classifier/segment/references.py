"""In-letter references ("Zie vraag 19") resolved to the pair they point at."""

from __future__ import annotations

import re

from classifier.lexicon import load_json, load_rules
from classifier.prefilter import lowered, may_match
from classifier.segment.markers import expand_numbers
from classifier.segment.model import Pair

_LETTERS = re.compile(r"[A-Za-zÀ-ÿ]")
# Openers that carry no information of their own in a pure reference answer.
_FILLER = re.compile(
    r"\b(?:voor|het|de|antwoord|beantwoording|op|deze|vraag|vragen|verwijs|verwijzen|ik|wij|we|u|graag|hiervoor|"
    r"kortheidshalve|naar|zie|ook|mijn|ons)\b",
    re.I,
)


def find_references(answer: str) -> list[tuple[str, int, int, tuple[str, ...]]]:
    """(rule id, start, end, question numbers) for every in-letter reference in an answer."""
    hits = []
    lowered_answer = lowered(answer)
    for rule in load_rules("cross_reference", "in_letter"):
        if not may_match(rule.pattern, answer, lowered_answer):
            continue
        for m in rule.pattern.finditer(answer):
            hits.append((rule.id, m.start(), m.end(), expand_numbers(m.group("nums"))))
    hits.sort(key=lambda h: h[1])
    # Overlapping rules describe the same phrase: keep the first, longest.
    out: list[tuple[str, int, int, tuple[str, ...]]] = []
    for hit in hits:
        if out and hit[1] < out[-1][2]:
            if hit[2] - hit[1] > out[-1][2] - out[-1][1]:
                out[-1] = hit
            continue
        out.append(hit)
    return out


def is_pure_reference(answer: str, spans: list[tuple[int, int]]) -> bool:
    """True when the answer says nothing beyond the reference itself ("Zie vraag 19.")."""
    if not spans:
        return False
    limit = int(load_json("cross_reference")["pure_reference"]["max_remaining_chars"])
    rest = answer
    for start, end in sorted(spans, reverse=True):
        rest = rest[:start] + " " + rest[end:]
    rest = _FILLER.sub(" ", rest)
    return len(_LETTERS.findall(rest)) < limit


def resolve(pairs: list[Pair]) -> None:
    """Fill ``references``, ``reference`` and ``pure_reference`` of every pair in place.

    Only numbers of questions that exist in the same letter (and are not the pair's own,
    or one of its joint partners) count; "vraag 3" of another letter stays unresolved.
    """
    numbers = {p.question_no for p in pairs if p.question_no}
    for pair in pairs:
        own = {pair.question_no, *pair.joint_with}
        hits = find_references(pair.answer)
        targets: list[str] = []
        for _, _, _, nums in hits:
            for n in nums:
                if n in numbers and n not in own and n not in targets:
                    targets.append(n)
        pair.references = tuple(targets)
        pair.reference = targets[0] if targets else None
        pair.pure_reference = bool(targets) and is_pure_reference(pair.answer, [(h[1], h[2]) for h in hits])


def referenced_pair(pairs: list[Pair], k: int) -> Pair | None:
    """The pair that pair ``k``'s reference names: the nearest earlier pair of that number (a
    reference points back within its own numbered list; a Rekenkamer letter answering two
    committees restarts at "Vraag 1"), else the first later one. The HTML report links the
    same pair."""
    ref = pairs[k].reference
    if not ref:
        return None
    earlier = (p for p in reversed(pairs[:k]) if p.question_no == ref)
    later = (p for p in pairs[k + 1 :] if p.question_no == ref)
    return next(earlier, None) or next(later, None)
