"""The annotated corpus: schema, counts, and alignment with the shared texts.

Every record must validate against the schema of classifier/corpus.py, the counts promised
in corpus/README.md must hold, and every question/answer hash must match the text the
current segmenter produces from ../shared/corpus (a change in segmentation or in a source
fails here instead of silently misaligning labels).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from classifier.corpus import LABELS, TECHNIQUES, join, read_annotations, validate_record
from classifier.errors import CorpusError

ROOT = Path(__file__).resolve().parents[2]
ANNOTATIONS = ROOT / "corpus" / "annotations"


@pytest.fixture(scope="module")
def annotations():
    return read_annotations(ANNOTATIONS)


def test_every_record_validates():
    n = 0
    for f in sorted(ANNOTATIONS.glob("*.jsonl")):
        for i, line in enumerate(f.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                assert validate_record(json.loads(line), f"{f.name}:{i}") == []
                n += 1
    assert n >= 1200


def test_counts_per_source(annotations):
    by_source = Counter(a.source for a in annotations)
    assert sum(by_source.values()) >= 1200
    assert by_source["tk-letter"] >= 289
    assert by_source["rekenkamer"] >= 400
    assert by_source["be-written"] >= 400
    assert by_source["be-oral"] >= 100
    assert by_source["seed"] == 37


def test_labels_and_techniques_in_scheme(annotations):
    assert {a.label for a in annotations} == set(LABELS)
    used = {t.id for a in annotations for t in a.techniques}
    assert used <= set(TECHNIQUES)
    # every technique of the scheme occurs in the corpus
    assert used == set(TECHNIQUES)


def test_seed_labels_follow_the_spec(annotations, shared):
    """The seed's 37 labels are those worked out in ../shared/spec/ANNOTATION.md."""
    import re

    spec = (shared / "spec" / "ANNOTATION.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\|\s*(\d+)\s*\|\s*(reply|partial|non_reply)\s*\|", spec, re.M))
    assert len(rows) == 37
    seed = {a.question_no: a.label for a in annotations if a.source == "seed"}
    assert seed == rows


def test_every_tk_question_is_annotated(annotations, corpus):
    from classifier.letters import load_letters

    annotated = {(a.doc_id, a.question_no) for a in annotations if a.source == "tk-letter"}
    expected = set()
    for path in sorted((corpus / "letters" / "tweede-kamer").glob("*.txt")):
        for letter in load_letters(path):
            expected |= {(letter.doc_id, p.question_no) for p in letter.pairs}
    assert len(expected) == 289
    assert expected <= annotated


def test_hashes_match_the_shared_texts(annotations, corpus):
    joined = join(annotations, corpus, strict=True)
    assert len(joined) == len(annotations)


def test_hash_mismatch_fails_clearly(annotations, corpus):
    from dataclasses import replace

    a = next(a for a in annotations if a.source == "tk-letter")
    bad = replace(a, answer_sha256="0" * 64)
    with pytest.raises(CorpusError, match="hash mismatch"):
        join([bad], corpus, strict=True)
    assert join([bad], corpus, strict=False) == []


def test_invalid_record_is_reported_with_its_place(tmp_path):
    good = json.loads((ANNOTATIONS / "tk-letters.jsonl").read_text(encoding="utf-8").splitlines()[0])
    bad = dict(good, label="reply", subquestions_answered=0)
    (tmp_path / "x.jsonl").write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"x\.jsonl:2"):
        read_annotations(tmp_path)


def test_agreement_sample_size():
    second = [json.loads(x) for x in (ROOT / "corpus" / "agreement" / "second.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    assert len(second) >= 150
    sources = Counter(r.get("source") for r in second)
    assert {"tk-letter", "rekenkamer", "be-written", "be-oral"} <= set(sources)


def test_pair_tables_of_the_corpus_get_the_rule_of_their_country(corpus):
    """The default decision rule of a table's letter (classifier/genre.py) on the corpus's pair
    tables: the Belgian records keep the table rule, the Rekenkamer letters of
    pairs/rekenkamer.jsonl (Dutch answers in a table) get the letter rule. README and
    classifier/resources/genre.json give the figures; scripts/evaluate_genre.py also reads the
    letters."""
    from collections import defaultdict

    from classifier.genre import table_genre

    rates = {}
    for name, expected in (("be-written", "table"), ("be-oral", "table"), ("rekenkamer", "letter")):
        docs: dict[str, list[str]] = defaultdict(list)
        for line in (corpus / "pairs" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            if rec.get("lang") in (None, "", "nl"):
                docs[rec["doc_id"]] += [rec.get("question") or "", rec.get("answer") or ""]
        rates[name] = sum(table_genre(texts) == expected for texts in docs.values()) / len(docs)
    assert rates["be-written"] >= 0.99 and rates["be-oral"] >= 0.99, rates
    assert rates["rekenkamer"] >= 0.95, rates
