"""The rule and lexicon files under classifier/resources: well-formed, documented, and every
rule matches the examples written beside it (so an edit that breaks a pattern fails here)."""

from __future__ import annotations

from importlib import resources

import pytest

from classifier.detectors.lexical import lexicon_rules
from classifier.lexicon import load_json

RESOURCE_FILES = sorted(p.name for p in resources.files("classifier.resources").iterdir() if p.name.endswith(".json"))
LEXICON_GROUPS = [
    ("cross_reference", "in_letter"),
    ("cross_reference", "external"),
    ("cross_reference", "not_a_reference"),
    ("deferral", "rules"),
    ("ignorance", "rules"),
    ("refusal", "rules"),
    ("generic", "rules"),
    ("premise_rejected", "rules"),
]


def test_resource_files_found():
    assert len(RESOURCE_FILES) >= 10


@pytest.mark.parametrize("name", RESOURCE_FILES)
def test_resource_has_provenance(name):
    data = load_json(name.removesuffix(".json"))
    prov = data["provenance"]
    assert isinstance(prov, dict | str) and prov, name
    summary = prov.get("summary", "") if isinstance(prov, dict) else prov
    assert len(summary) > 40, f"{name}: provenance should say where the entries come from"


def _rule_examples():
    for name, group in LEXICON_GROUPS:
        for rule in lexicon_rules(name, group):
            for example in rule.examples:
                yield pytest.param(rule, example, id=f"{rule.id}:{example[:30]}")


@pytest.mark.parametrize(("rule", "example"), list(_rule_examples()))
def test_rule_matches_its_examples(rule, example):
    assert rule.pattern.search(example), f"{rule.id} does not match its own example {example!r}"


@pytest.mark.parametrize(("name", "group"), LEXICON_GROUPS)
def test_every_rule_is_documented(name, group):
    rules = lexicon_rules(name, group)
    assert rules
    ids = [r.id for r in rules]
    assert len(ids) == len(set(ids))
    for rule in rules:
        assert rule.examples, f"{rule.id} has no examples"
        assert rule.description, f"{rule.id} has no description"


def test_glue_tolerance_applies_where_declared():
    # PDF text loses spaces where lines were joined; glue-tolerant files still match.
    for name, group in LEXICON_GROUPS:
        if not load_json(name).get("glue_tolerant"):
            continue
        rule = lexicon_rules(name, group)[0]
        example = rule.examples[0]
        glued = example.replace(" ", "", 1)
        assert rule.pattern.search(glued) or rule.pattern.search(example), rule.id


def test_time_expression_rules_match_their_examples():
    from classifier.timex import time_rules

    examples = {r["id"]: r.get("examples", []) for r in load_json("time_expressions")["rules"]}
    for rule_id, _kind, pattern in time_rules():
        assert examples[rule_id], f"{rule_id} has no examples"
        for example in examples[rule_id]:
            assert pattern.search(example), f"{rule_id}: {example!r}"
