"""The Dutch pipeline loader."""

from __future__ import annotations

import pytest
import spacy


def test_bundled_tokenizer_loaded_once_is_the_saved_one(nlp):
    """Starting from an empty tokenizer (the load-time saving) gives spaCy's tokenizer exactly."""
    from classifier import nlp as nlp_mod

    _, info = nlp_mod.load()
    if info.source != "bundled":
        pytest.skip(f"pipeline from {info.source}: loaded the default way")
    assert nlp.config["nlp"]["tokenizer"]["@tokenizers"] == "ontwijkmeter.serialised_tokenizer.v1"
    reference = spacy.load(nlp_mod.bundled_path(), exclude=[*nlp.component_names, "senter"])
    assert reference.config["nlp"]["tokenizer"]["@tokenizers"] == "spacy.Tokenizer.v1"
    assert nlp.tokenizer.to_bytes(exclude=["vocab"]) == reference.tokenizer.to_bytes(exclude=["vocab"])
    text = "Zie vraag 19. De kosten (incl. btw) stegen met 12% tot € 2,5 mln., o.a. door i.o.m. de NZa; zie www.rijksoverheid.nl/x."
    assert [t.text for t in nlp.tokenizer(text)] == [t.text for t in reference.tokenizer(text)]
    assert "12" in [t.text for t in nlp.tokenizer(text)] and "incl." in [t.text for t in nlp.tokenizer(text)]
