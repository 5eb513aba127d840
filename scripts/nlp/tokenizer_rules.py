"""Tokenizer adjustments for Dutch government text, applied once when the pipeline is initialised.

Loaded by ``spacy train --code``; the special cases and the suffix pattern are serialised
with the tokenizer, so loading the trained pipeline needs none of this code.
"""

from __future__ import annotations

from collections.abc import Callable

import spacy
from spacy.language import Language
from spacy.symbols import NORM, ORTH

# Abbreviations common in answer letters that spaCy's Dutch defaults split off their dot.
ABBREVIATIONS = {
    "mld.": "miljard",
    "mrd.": "miljard",
    "incl.": "inclusief",
    "excl.": "exclusief",
    "mw.": "mevrouw",
    "mevr.": "mevrouw",
    "vgl.": "vergelijk",
    "zgn.": "zogenaamd",
    "o.b.v.": "op basis van",
    "n.a.v.": "naar aanleiding van",
    "i.o.m.": "in overleg met",
    "c.q.": "casu quo",
    "t.b.v.": "ten behoeve van",
    "m.i.v.": "met ingang van",
    "i.c.m.": "in combinatie met",
    "resp.": "respectievelijk",
    "jo.": "juncto",
}


@spacy.registry.callbacks("ontwijkmeter.dutch_tokenizer.v1")
def make_dutch_tokenizer_rules() -> Callable[[Language], Language]:
    def apply(nlp: Language) -> Language:
        for abbr, norm in ABBREVIATIONS.items():
            nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr, NORM: norm}])
            cap = abbr[0].upper() + abbr[1:]
            nlp.tokenizer.add_special_case(cap, [{ORTH: cap, NORM: norm}])
        # "12%" -> "12" "%" so that percentages are a number token plus a unit.
        suffixes = [*list(nlp.Defaults.suffixes), r"(?<=[0-9])%"]
        nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
        return nlp

    return apply


__all__ = ["ABBREVIATIONS", "make_dutch_tokenizer_rules"]
