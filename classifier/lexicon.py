"""Loading the rule and lexicon files under ``classifier/resources``.

Every file is JSON with a ``provenance`` block (where the cues come from) and a list of
rules; each rule has an ``id`` that appears in every hit it produces, so a user can see
which rule fired. Files are read with :mod:`importlib.resources` (no paths relative to
the working directory) and validated on load: a bad entry fails loudly with the file and
the rule id instead of silently never matching.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from classifier.errors import OntwijkmeterError

# Shared building blocks that patterns may use as {NUMS} / {NUM}.
NUM = r"\d{1,3}(?:[a-z](?![a-zà-ÿ])|\s?[a-dA-D](?![\wà-ÿ]))?"
NUMS = rf"{NUM}(?:\s*(?:,|en|t/m|tot en met|-|–|&)\s*{NUM})*"
PLACEHOLDERS = {"NUMS": NUMS, "NUM": NUM}


class LexiconError(OntwijkmeterError):
    """A resource file is malformed (a packaging or editing error, never user input)."""


@dataclass(frozen=True)
class Rule:
    id: str
    pattern: re.Pattern[str]
    description: str
    group: str
    weight: float = 1.0
    examples: tuple[str, ...] = ()


def _expand(pattern: str) -> str:
    for name, value in PLACEHOLDERS.items():
        pattern = pattern.replace("{" + name + "}", value)
    return pattern


@cache
def load_json(name: str) -> dict[str, Any]:
    """The parsed resource file ``classifier/resources/<name>.json``."""
    try:
        raw = resources.files("classifier.resources").joinpath(f"{name}.json").read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise LexiconError(f"resource {name}.json is missing from the package") from exc
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise LexiconError(f"resource {name}.json is not valid JSON: {exc}") from exc
    if not isinstance(data, dict) or "provenance" not in data:
        raise LexiconError(f"resource {name}.json lacks its provenance block")
    return data


@cache
def load_rules(name: str, group: str) -> tuple[Rule, ...]:
    """Compiled rules of one group (``data[group]`` is a list of rule objects)."""
    data = load_json(name)
    entries = data.get(group)
    if not isinstance(entries, list):
        raise LexiconError(f"resource {name}.json has no rule list '{group}'")
    rules: list[Rule] = []
    seen: set[str] = set()
    for entry in entries:
        rid = entry.get("id") if isinstance(entry, dict) else None
        if not rid or "pattern" not in entry:
            raise LexiconError(f"resource {name}.json, group {group}: every rule needs an id and a pattern ({entry!r})")
        if rid in seen:
            raise LexiconError(f"resource {name}.json: duplicate rule id {rid}")
        seen.add(rid)
        flags = 0 if entry.get("case_sensitive") else re.IGNORECASE
        try:
            compiled = re.compile(_expand(entry["pattern"]), flags)
        except re.error as exc:
            raise LexiconError(f"resource {name}.json, rule {rid}: bad pattern ({exc})") from exc
        rules.append(
            Rule(
                id=rid,
                pattern=compiled,
                description=entry.get("description", ""),
                group=group,
                weight=float(entry.get("weight", 1.0)),
                examples=tuple(entry.get("examples", ())),
            )
        )
    return tuple(rules)


def load_words(name: str, key: str) -> frozenset[str]:
    """A word list from a resource file, lower-cased."""
    data = load_json(name)
    words = data.get(key)
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise LexiconError(f"resource {name}.json: '{key}' must be a list of strings")
    return frozenset(w.lower() for w in words)
