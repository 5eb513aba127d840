"""The Dutch pipeline loader."""

from __future__ import annotations

import json

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


def test_identity_reads_the_meta_without_loading(tmp_path, monkeypatch):
    from classifier import nlp as nlp_mod

    monkeypatch.delenv(nlp_mod.ENV_MODEL, raising=False)
    (tmp_path / "meta.json").write_text('{"lang": "nl", "name": "proef", "version": "2.0.0"}', encoding="utf-8")
    assert nlp_mod.identity(tmp_path) == ("nl_proef", "2.0.0")
    (tmp_path / "meta.json").write_text("{kapot", encoding="utf-8")
    assert nlp_mod.identity(tmp_path) == ("?", "?")


def test_bundled_model_was_trained_on_the_bundled_pipeline(monkeypatch):
    """The shipped scoring model and the shipped pipeline belong together (retrain after a new pipeline)."""
    from classifier import nlp as nlp_mod
    from classifier.model import bundled_model_meta, pipeline_mismatch

    monkeypatch.delenv(nlp_mod.ENV_MODEL, raising=False)
    meta = json.loads((nlp_mod.bundled_path() / "meta.json").read_text(encoding="utf-8"))
    name, version = f"{meta['lang']}_{meta['name']}", meta["version"]
    model_meta = bundled_model_meta()
    assert model_meta is not None
    assert pipeline_mismatch(model_meta, name, version) is None
    warning = pipeline_mismatch(model_meta, "nl_core_news_sm", "3.8.0")
    assert warning is not None and name in warning and "nl_core_news_sm 3.8.0" in warning
    assert pipeline_mismatch({}, "nl_core_news_sm", "3.8.0") is None  # a sidecar that does not say


def test_score_warns_when_the_pipeline_differs_from_the_models(nlp, example, monkeypatch):
    from click.testing import CliRunner

    from classifier import nlp as nlp_mod
    from classifier.cli import cli

    monkeypatch.setattr(nlp_mod, "identity", lambda explicit=None: ("nl_core_news_sm", "3.8.0"))
    result = CliRunner().invoke(cli, ["score", str(example), "--format", "jsonl"], catch_exceptions=False)
    assert result.exit_code == 0
    assert "waarschuwing: het scoringsmodel is getraind op de Nederlandse pijplijn" in result.stderr
    assert "nl_core_news_sm 3.8.0" in result.stderr
    assert result.stdout.count("\n") == 37  # the results are all there
