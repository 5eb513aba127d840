"""Detectors whose evidence is a cue phrase in the answer: one lexicon file each.

``cross_reference``, ``deferral``, ``ignorance``, ``refusal``, ``generic`` and
``premise_rejected`` share the mechanics (rules from ``resources/<technique>.json``,
matched in the answer and, for a pure in-letter reference, in the referenced answer);
each class adds what is particular to its technique.
"""

from __future__ import annotations

import re
from functools import cache

from classifier.detectors.base import Detector, Hit, PairContext, glue_tolerant, register
from classifier.doctable import doc_table
from classifier.lexicon import Rule, load_json, load_rules
from classifier.prefilter import lowered, may_match


@cache
def lexicon_rules(name: str, group: str = "rules") -> tuple[Rule, ...]:
    """Rules of a lexicon file, glue-tolerant when the file says so."""
    rules = load_rules(name, group)
    if not load_json(name).get("glue_tolerant"):
        return rules
    out = []
    for r in rules:
        flags = r.pattern.flags & ~re.UNICODE
        out.append(Rule(r.id, re.compile(glue_tolerant(r.pattern.pattern), flags), r.description, r.group, r.weight, r.examples))
    return tuple(out)


def match_rules(rules: tuple[Rule, ...], text: str, technique: str, via: str | None = None) -> list[Hit]:
    hits = []
    lowered_text = lowered(text)
    for rule in rules:
        if not may_match(rule.pattern, text, lowered_text):  # cannot match: not worth a search
            continue
        for m in rule.pattern.finditer(text):
            if m.end() > m.start():
                hits.append(Hit(technique, rule.id, text[m.start() : m.end()], m.start(), m.end(), "answer", via_reference=via))
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    return hits


class LexiconDetector(Detector):
    """Cue phrases of one lexicon file in the answer (and the referenced answer)."""

    lexicon: str = ""
    follow_references = True

    def rules(self) -> tuple[Rule, ...]:
        return lexicon_rules(self.lexicon or self.technique)

    def detect(self, ctx: PairContext) -> list[Hit]:
        hits: list[Hit] = []
        sources = ctx.answer_sources() if self.follow_references else ctx.answer_sources()[:1]
        for text, _doc, via in sources:
            hits.extend(match_rules(self.rules(), text, self.technique, via))
        return hits


@register
class CrossReference(LexiconDetector):
    technique = "cross_reference"
    follow_references = False

    def detect(self, ctx: PairContext) -> list[Hit]:
        text = ctx.pair.answer
        hits = match_rules(lexicon_rules("cross_reference", "in_letter"), text, self.technique)
        # An in-letter reference to a question that is not in this letter (or is this one)
        # is not a reference to another answer.
        own = {ctx.pair.question_no, *ctx.pair.joint_with}
        known = set(ctx.pair.references)
        kept = []
        for h in hits:
            nums = set(re.findall(r"\d+", h.evidence))
            if nums & known or not (nums & own):
                kept.append(h)
        external = match_rules(lexicon_rules("cross_reference", "external"), text, self.technique)
        if external:
            # A document that itself refers, or "te verwijzen naar" aimed at no reader, is no
            # pointer from the answerer to the member (``not_a_reference``).
            spans = [(h.start, h.end) for h in match_rules(lexicon_rules("cross_reference", "not_a_reference"), text, self.technique)]
            external = [h for h in external if not any(lo <= h.start < hi for lo, hi in spans)]
        kept += external
        kept.sort(key=lambda h: h.start)
        return kept


@register
class Deferral(LexiconDetector):
    technique = "deferral"

    def detect(self, ctx: PairContext) -> list[Hit]:
        hits = super().detect(ctx)
        morph = load_json("deferral")["morph_rule"]
        future = set(morph["future_aux_lemmas"])
        passive = set(morph["passive_aux_lemmas"])
        verbs = set(morph["verb_lemmas"])
        for text, doc, via in ctx.answer_sources():
            table = doc_table(doc)
            for i, verb in enumerate(table.lemma):
                if verb not in verbs or not ({"Inf", "Part"} & set(table.verb_form[i])):
                    continue
                tok = doc[i]  # a candidate verb: its auxiliaries are read from the parse
                aux = [c for c in tok.children if c.dep_.startswith("aux")]
                if tok.head is not tok and tok.dep_ in ("xcomp", "ccomp") and tok.head.lemma_.lower() in future:
                    aux.append(tok.head)
                for a in aux:
                    lemma = a.lemma_.lower()
                    present = "Pres" in a.morph.get("Tense")
                    if present and (lemma in future or (lemma in passive and "Part" in tok.morph.get("VerbForm"))):
                        lo, hi = min(a.idx, tok.idx), max(a.idx + len(a.text), tok.idx + len(tok.text))
                        hits.append(Hit(self.technique, morph["id"], text[lo:hi], lo, hi, "answer", via_reference=via))
                        break
        return hits


@register
class Ignorance(LexiconDetector):
    technique = "ignorance"


@register
class Refusal(LexiconDetector):
    technique = "refusal"


@register
class Generic(LexiconDetector):
    technique = "generic"

    def detect(self, ctx: PairContext) -> list[Hit]:
        hits = super().detect(ctx)
        weights = {r.id: r.weight for r in self.rules()}
        total = sum(weights[rid] for rid in {h.rule for h in hits})
        return hits if total >= float(load_json("generic").get("min_weight", 1.0)) else []


_PREMISE_QUESTION = re.compile(
    r"\b(?:klopt het|is het (?:juist|waar|correct)|deelt u|bent u het (?:met|eens)|erkent u|onderschrijft u|"
    r"herkent u|is het (?:zo|niet zo)|klopt het bericht)\b",
    re.I,
)


@register
class PremiseRejected(LexiconDetector):
    technique = "premise_rejected"

    def detect(self, ctx: PairContext) -> list[Hit]:
        hits = super().detect(ctx)
        asserts = bool(_PREMISE_QUESTION.search(ctx.pair.question))
        return [h for h in hits if h.rule != "prem.nee_correctie" or asserts]
