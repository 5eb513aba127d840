"""The command-line interface, in process (click's CliRunner): every command, format and exit code."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from classifier.cli import cli
from tests.helpers import LETTER_LINES, make_pdf, write_jsonl

JSONL_KEYS = {"doc", "id", "question_no", "label", "score", "probabilities", "techniques", "subquestions", "reference"}


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


def invoke(runner: CliRunner, *args: str):
    return runner.invoke(cli, list(args), catch_exceptions=False)


def test_every_command_has_help_with_an_example(runner):
    result = invoke(runner, "--help")
    assert result.exit_code == 0
    for name, command in cli.commands.items():
        res = invoke(runner, name, "--help")
        assert res.exit_code == 0, name
        assert command.help and len(command.help) > 20, name
        assert "Voorbeeld" in res.output, f"{name} --help has no example"


def test_score_jsonl_contract(runner, example):
    result = invoke(runner, "score", str(example), "--format", "jsonl")
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 37
    for r in records:
        assert set(r) == JSONL_KEYS
        assert isinstance(r["doc"], str) and r["id"] is None and isinstance(r["question_no"], str)
        assert r["label"] in ("reply", "partial", "non_reply")
        assert isinstance(r["score"], int) and 0 <= r["score"] <= 100
        assert set(r["probabilities"]) == {"reply", "partial", "non_reply"}
        assert abs(sum(r["probabilities"].values()) - 1) < 1e-3
        for t in r["techniques"]:
            assert set(t) == {"id", "rule", "evidence", "start", "end"}
            assert 0 <= t["start"] <= t["end"]
        for s in r["subquestions"]:
            assert set(s) == {"text", "answered"} and isinstance(s["answered"], bool)
        assert r["reference"] is None or isinstance(r["reference"], str)
    refs = {r["question_no"]: r["reference"] for r in records}
    assert refs["22"] == "21" and refs["34"] == "19" and refs["37"] == "27"


def test_evidence_offsets_point_into_the_letter(runner, example):
    result = invoke(runner, "score", str(example), "--format", "jsonl")
    source = example.read_text(encoding="utf-8")
    checked = 0
    for line in result.stdout.splitlines():
        for t in json.loads(line)["techniques"]:
            span = " ".join(source[t["start"] : t["end"]].split())
            assert span[:20] == t["evidence"][:20], (span, t)
            checked += 1
    assert checked > 10


def test_score_is_deterministic(runner, example):
    a = invoke(runner, "score", str(example), "--format", "jsonl").stdout
    b = invoke(runner, "score", str(example), "--format", "jsonl").stdout
    assert a == b


def test_pair_table_jsonl_and_csv(runner, tmp_path):
    table = tmp_path / "paren.jsonl"
    table.write_text(
        json.dumps(
            {"id": "p1", "question": "Hoeveel aanvragen zijn er in 2023 ingediend?", "answer": "In 2023 zijn 1.250 aanvragen ingediend."}
        )
        + "\n"
        + json.dumps({"id": "p2", "question": "Wanneer komt de evaluatie?", "answer": "Uw Kamer wordt na de zomer geïnformeerd."})
        + "\n",
        encoding="utf-8",
    )
    result = invoke(runner, "score", str(table), "--format", "jsonl")
    assert result.exit_code == 0
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert ids == ["p1", "p2"]
    csv_out = tmp_path / "uit.csv"
    result = invoke(runner, "score", str(table), "--format", "csv", "-o", str(csv_out))
    assert result.exit_code == 0
    lines = csv_out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("doc,id,question_no,label,label_nl,score") and len(lines) == 3


def test_table_json_formats(runner, example, tmp_path):
    out = tmp_path / "uit.json"
    assert invoke(runner, "score", str(example), "--format", "json", "-o", str(out)).exit_code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data[0]["summary"]["n"] == 37 and len(data[0]["pairs"]) == 37
    table = invoke(runner, "score", str(example))
    assert table.exit_code == 0
    assert "beantwoord" in table.stdout and "gemiddelde score" in table.stdout


def test_directory_with_a_corrupt_pdf_loses_no_other_result(runner, example, tmp_path):
    folder = tmp_path / "brieven"
    folder.mkdir()
    shutil.copy(example, folder / "a-seed.txt")
    (folder / "b-kapot.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog")
    (folder / "c-brief.pdf").write_bytes(make_pdf(LETTER_LINES))
    result = invoke(runner, "score", str(folder), "--format", "jsonl", "--no-progress")
    assert result.exit_code == 1
    docs = [json.loads(line)["doc"] for line in result.stdout.splitlines()]
    assert docs.count("a-seed") == 37 and docs.count("c-brief") == 2
    assert "b-kapot.pdf" in result.stderr and "PDF" in result.stderr
    assert "Traceback" not in result.stderr


def test_exit_codes(runner, tmp_path):
    bad = tmp_path / "leeg.txt"
    bad.write_text("", encoding="utf-8")
    res = invoke(runner, "score", str(bad))
    assert res.exit_code == 2 and "bestand is leeg" in res.stderr and str(bad) in res.stderr
    res = invoke(runner, "score", str(tmp_path / "bestaat-niet.txt"))
    assert res.exit_code == 2 and "niet gevonden" in res.stderr
    res = runner.invoke(cli, ["score", "--format", "xml", "x.txt"])
    assert res.exit_code == 2  # usage error
    res = invoke(runner, "segment", str(tmp_path / "x.odt"))
    assert res.exit_code == 2


def test_output_is_written_atomically(runner, example, tmp_path, monkeypatch):
    out = tmp_path / "scores.jsonl"
    out.write_text("vorige inhoud\n", encoding="utf-8")
    import classifier.output as output

    def boom(*_a, **_k):
        raise KeyboardInterrupt

    monkeypatch.setattr(output.os, "replace", boom)
    result = runner.invoke(cli, ["score", str(example), "--format", "jsonl", "-o", str(out)])
    assert result.exit_code != 0  # interrupted (click turns the interrupt into "Aborted!")
    assert out.read_text(encoding="utf-8") == "vorige inhoud\n"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_segment_formats(runner, example):
    res = invoke(runner, "segment", str(example), "--format", "jsonl")
    assert res.exit_code == 0
    recs = [json.loads(line) for line in res.stdout.splitlines()]
    assert len(recs) == 37
    assert set(recs[0]) >= {
        "doc",
        "question_no",
        "question",
        "answer",
        "joint",
        "reference",
        "subquestions",
        "question_span",
        "answer_span",
    }
    assert invoke(runner, "segment", str(example), "--format", "json").exit_code == 0
    assert "37 vragen" in invoke(runner, "segment", str(example)).stdout


def test_report_writes_one_self_contained_file(runner, example, tmp_path):
    out = tmp_path / "rapport.html"
    res = invoke(runner, "report", str(example), "-o", str(out))
    assert res.exit_code == 0
    html = out.read_text(encoding="utf-8")
    assert html.count('<article class="card') == 37
    assert "http://" not in html.replace("http://www.w3.org", "") and "https://" not in html.split("<main")[0]
    assert '<html lang="nl">' in html


def test_reports_say_how_often_each_technique_was_right(runner, example, tmp_path):
    from classifier.model import detectors_meta
    from classifier.report.reliability import DOUBTFUL, technique_precisions
    from classifier.scoring import TECHNIQUES_NL

    precisions = technique_precisions(detectors_meta())
    assert set(precisions) == set(TECHNIQUES_NL)  # the bundled layer records all nine
    out = tmp_path / "rapport.html"
    assert invoke(runner, "report", str(example), "-o", str(out)).exit_code == 0
    legend = out.read_text(encoding="utf-8").split('class="legend"')[1].split("</ul>")[0]
    for technique, precision in precisions.items():
        assert f"{round(100 * precision)}% van de meldingen terecht" in legend, technique
    table = invoke(runner, "score", str(example)).stdout
    found = {
        t["id"]
        for r in json.loads(invoke(runner, "score", str(example), "--format", "json").stdout)
        for p in r["pairs"]
        for t in p["techniques"]
    }
    doubtful = [t for t in found if precisions[t] < DOUBTFUL]
    assert doubtful  # the seed shows at least one technique that is often wrong
    note = " ".join(table.split("Let op:")[1].split())
    for technique in doubtful:
        assert f"'{TECHNIQUES_NL[technique]}'" in note
    for technique in found - set(doubtful):
        assert f"'{TECHNIQUES_NL[technique]}'" not in note


def test_batch_overview_report(runner, example, tmp_path):
    folder = tmp_path / "brieven"
    folder.mkdir()
    shutil.copy(example, folder / "a.txt")
    (folder / "b.pdf").write_bytes(make_pdf(LETTER_LINES))
    out = tmp_path / "overzicht.html"
    res = invoke(runner, "report", str(folder), "-o", str(out), "--no-progress")
    assert res.exit_code == 0
    html = out.read_text(encoding="utf-8")
    assert "Overzicht per brief" in html and "Per ministerie" in html
    assert 'href="#a"' in html and 'href="#b"' in html


def test_promises_formats(runner, example, tmp_path):
    res = invoke(runner, "promises", str(example), "--format", "jsonl")
    assert res.exit_code == 0
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert any(r["deadline"] == "september 2026" and r["deadline_end"] == "2026-09-30" for r in rows)
    ics = tmp_path / "toezeggingen.ics"
    assert invoke(runner, "promises", str(example), "--format", "ics", "-o", str(ics)).exit_code == 0
    text = ics.read_text(encoding="utf-8")
    assert text.startswith("BEGIN:VCALENDAR") and "DTSTART;VALUE=DATE:20260930" in text
    assert invoke(runner, "promises", str(example), "--format", "csv").exit_code == 0
    assert "september 2026" in invoke(runner, "promises", str(example)).stdout


def test_store_and_stats(runner, example, tmp_path):
    db = tmp_path / "o.db"
    assert invoke(runner, "score", str(example), "--format", "jsonl", "--store", str(db)).exit_code == 0
    assert invoke(runner, "score", str(example), "--format", "jsonl", "--store", str(db)).exit_code == 0  # idempotent
    from classifier.store import Store

    with Store.open(db) as store:
        assert store.counts()["letters"] == 1 and store.counts()["pairs"] == 37
    res = invoke(runner, "stats", "--store", str(db), "--as-of", "2026-12-01")
    assert res.exit_code == 0 and "2026-K2" in res.stdout and "Verlopen toezeggingen" in res.stdout
    res = invoke(runner, "stats", "--store", str(db), "--format", "csv")
    assert res.exit_code == 0 and res.stdout.startswith("group,period")
    out = tmp_path / "met-trends.html"
    assert invoke(runner, "report", str(example), "-o", str(out), "--store", str(db)).exit_code == 0
    assert "Toezeggingen en trends" in out.read_text(encoding="utf-8")


def test_table_date_and_answerer_reach_promises_and_stats(runner, tmp_path):
    """A pair table's optional date and answerer columns place relative deadlines and group the
    trends, as a letter's head does; a row without them keeps the deadline as written."""
    answer = "De evaluatie loopt nog. Ik zal uw Kamer volgend jaar over de uitkomsten informeren."
    rows = [
        {"id": "r1", "doc": "brief-1", "question": "Wanneer komt de evaluatie?", "answer": answer},
        {"id": "r2", "doc": "brief-2", "question": "Wanneer komt de evaluatie?", "answer": answer},
    ]
    rows[0] |= {"date": "2017-01-04", "answerer": "Minister van Mobiliteit"}
    table = tmp_path / "paren.jsonl"
    write_jsonl(table, rows)
    res = invoke(runner, "promises", str(table), "--format", "jsonl", "--no-progress")
    assert res.exit_code == 0
    by_id = {r["id"]: r for r in map(json.loads, res.stdout.splitlines())}
    dated, undated = by_id["r1"], by_id["r2"]
    assert (dated["letter_date"], dated["deadline"], dated["deadline_end"]) == ("2017-01-04", "volgend jaar", "2018-12-31")
    assert dated["who"] == "Minister van Mobiliteit"
    assert (undated["letter_date"], undated["deadline"], undated["deadline_end"]) == (None, "volgend jaar", None)
    db = tmp_path / "o.db"
    assert invoke(runner, "score", str(table), "--format", "jsonl", "--store", str(db), "--no-progress").exit_code == 0
    res = invoke(runner, "stats", "--store", str(db), "--as-of", "2019-02-01", "--by", "answerer", "--format", "csv")
    assert res.exit_code == 0
    lines = res.stdout.splitlines()
    assert any(line.startswith("Minister van Mobiliteit,2017-K1,1,") for line in lines), lines
    res = invoke(runner, "stats", "--store", str(db), "--as-of", "2019-02-01", "--by", "answerer")
    assert "Verlopen toezeggingen" in res.stdout and "2018-12-31" in res.stdout


def test_info(runner):
    res = invoke(runner, "info", "--format", "json")
    assert res.exit_code == 0
    data = json.loads(res.stdout)
    assert data["nlp_pipeline"]["source"] in ("bundled", "nl_core_news_sm", "path")
    assert data["nlp_pipeline"]["scores"]
    layer = data["detector_layer"]["techniques"]
    text = invoke(runner, "info").stdout
    from classifier.scoring import TECHNIQUES_NL

    for technique, name in TECHNIQUES_NL.items():
        line = next(x for x in text.splitlines() if x.strip().startswith(name + " "))
        precision, recall = layer[technique]["inner_oof_precision"], layer[technique]["inner_oof_recall"]
        assert f"{round(100 * precision)}% / {round(100 * recall):3d}%" in line, line
        assert ("controleer zelf" in line) == (precision < 0.5), line


def test_tampered_model_is_refused(runner, example, tmp_path):
    from classifier.model import MODEL_FILE, bundled_path

    src = bundled_path(MODEL_FILE)
    copy = tmp_path / MODEL_FILE
    copy.write_bytes(src.read_bytes() + b"\0")
    shutil.copy(src.with_suffix(".meta.json"), copy.with_suffix(".meta.json"))
    res = invoke(runner, "score", str(example), "--model", str(copy))
    assert res.exit_code == 2
    assert "SHA-256" in res.stderr and "Traceback" not in res.stderr


def test_tampered_pipeline_is_refused(tmp_path):
    from classifier.errors import ModelError
    from classifier.integrity import verify_directory
    from classifier.nlp import BUNDLED, bundled_path

    src = bundled_path()
    copy = tmp_path / BUNDLED
    shutil.copytree(src, copy)
    shutil.copy(src.parent / f"{BUNDLED}.manifest.json", tmp_path)
    verify_directory(copy, tmp_path / f"{BUNDLED}.manifest.json")  # intact copy passes
    cfg = copy / "config.cfg"
    cfg.write_text(cfg.read_text() + "\n# changed\n")
    with pytest.raises(ModelError, match="komen niet overeen"):
        verify_directory(copy, tmp_path / f"{BUNDLED}.manifest.json")


def test_model_save_load_gives_identical_predictions(scorer, seed_results, tmp_path):
    from classifier.model import load_artifact, save_artifact

    path = tmp_path / "kopie.joblib"
    save_artifact(scorer.model, path, {"libraries": scorer.model_meta["libraries"]})
    reloaded, _ = load_artifact(path)
    from classifier.analysis import analyse
    from classifier.features import model_input
    from classifier.letters import load_letters

    letters = load_letters(Path(seed_results[0]["path"]))
    analyses = analyse(letters, scorer.nlp, learned=scorer.detectors)[0]
    rows = [model_input(a) for a in analyses]
    import numpy as np

    assert np.array_equal(scorer.model.predict_proba(rows), reloaded.predict_proba(rows))


def test_two_workers_give_the_same_results_in_input_order(scorer, example, tmp_path):
    """``--jobs 2`` hands out the largest files first, but returns every file's result (or
    its error) in input order, the same as one process."""
    from classifier.scoring import score_many

    table = tmp_path / "paren.csv"
    table.write_text("id,question,answer\nq1,Hoeveel kost dit?,Dat is nog niet bekend.\n", encoding="utf-8")
    bad = tmp_path / "kapot.pdf"
    bad.write_bytes(b"%PDF-1.4 niet echt")
    paths = [table, bad, example]  # smallest first: the workers get them in the other order
    one = score_many(paths, scorer=scorer)
    two = score_many(paths, jobs=2)
    assert [p for p, _, _ in two] == [str(p) for p in paths]
    assert two[0][1] == one[0][1] and two[2][1] == one[2][1]
    assert len(two[2][1][0]["pairs"]) == 37
    assert two[1][1] is None and "kapot.pdf" in two[1][2]


def test_no_pair_of_the_seed_contradicts_its_label(seed_results):
    """What a staff member reads agrees with itself: "beantwoord" beside "1/3 deelvragen" or
    "deelvraag genegeerd" does not occur (codebook: reply = all answered, non_reply = none)."""
    pairs = seed_results[0]["pairs"]
    assert len(pairs) == 37
    for p in pairs:
        answered = [s["answered"] for s in p["subquestions"]]
        techniques = {t["id"] for t in p["techniques"]}
        if p["label"] == "reply":
            assert all(answered) and "unanswered_subquestion" not in techniques, p["question_no"]
        elif p["label"] == "non_reply":
            assert not any(answered), p["question_no"]
        elif len(answered) > 1:
            assert any(answered) and not all(answered), p["question_no"]
        else:
            assert answered == [False], p["question_no"]


def test_grouped_analysis_of_a_table_gives_the_same_results(scorer, tmp_path, monkeypatch):
    import classifier.scoring as scoring

    rows = [
        {"id": "a", "question": "Hoeveel kost het project?", "answer": "Dat is nog niet bekend."},
        {"id": "b", "question": "Bent u bereid de Kamer te informeren?", "answer": "Ja. Ik stuur u voor de zomer een brief."},
        {"id": "c", "question": "Waarom is het budget overschreden?", "answer": "Zie het antwoord op vraag a."},
        {"id": "d", "question": "Wanneer start de pilot?", "answer": "De pilot start op 1 maart 2027."},
    ]
    path = tmp_path / "paren.jsonl"
    path.write_text("".join(json.dumps({**r, "doc": f"brief-{r['id']}"}) + "\n" for r in rows), encoding="utf-8")
    whole = scorer.score_path(path)
    monkeypatch.setattr(scoring, "GROUP_CHARS", 60)  # about one pair per group
    assert len(scoring._letter_groups(scoring.load_letters(path), scoring.GROUP_CHARS)) >= 3
    assert scorer.score_path(path) == whole


def test_analysed_docs_do_not_keep_the_tok2vec_tensor(nlp, seed_letter):
    from classifier.analysis import analyse

    analyses = analyse([seed_letter], nlp)[0]
    assert analyses and any(len(a.answer_doc) for a in analyses)
    assert all(a.answer_doc.tensor.size == 0 and a.question_doc.tensor.size == 0 for a in analyses)
    assert all(tok.lemma_ and tok.pos_ for a in analyses for tok in a.answer_doc)  # the annotations stay


def _project_table(tmp_path, n):
    """A pair table of ``n`` short rows, each its own letter."""
    rows = [
        {"id": str(k), "doc": f"brief-{k}", "question": f"Wanneer start project {k}?", "answer": f"Project {k} start in {2027 + k}."}
        for k in range(n)
    ]
    path = tmp_path / "paren.jsonl"
    write_jsonl(path, rows)
    return path


def test_one_large_table_reports_progress_over_its_pairs(scorer, tmp_path, monkeypatch):
    import classifier.scoring as scoring

    path = _project_table(tmp_path, 6)
    calls: list[tuple[int, int]] = []
    whole = scoring.score_many([path], scorer=scorer, pair_progress=lambda d, t: calls.append((d, t)))
    assert calls == []  # one group: nothing to report
    monkeypatch.setattr(scoring, "GROUP_CHARS", 40)  # about one pair per group
    grouped = scoring.score_many([path], scorer=scorer, pair_progress=lambda d, t: calls.append((d, t)))
    assert grouped == whole
    assert len(calls) >= 3 and calls[-1] == (6, 6)
    assert [d for d, _t in calls] == sorted({d for d, _t in calls}) and {t for _d, t in calls} == {6}


def test_one_large_table_is_shared_out_to_workers_in_groups(scorer, tmp_path, monkeypatch):
    import classifier.scoring as scoring

    path = _project_table(tmp_path, 5)
    one = scoring.score_many([path], scorer=scorer)
    monkeypatch.setattr(scoring, "GROUP_CHARS", 40)  # about one pair per group; forked workers inherit it
    calls: list[tuple[int, int]] = []
    two = scoring.score_many([path], jobs=2, pair_progress=lambda d, t: calls.append((d, t)))
    assert two == one
    assert [r["pairs"][0]["id"] for r in two[0][1]] == [str(k) for k in range(5)]  # the table's order
    assert len(calls) >= 3 and calls[-1] == (5, 5)


def test_report_of_a_letter_with_two_numbered_lists_has_unique_links(seed_results):
    """A letter answering two committees restarts at "Vraag 1": every card keeps its own
    anchor, and a reference goes to the card of its own list."""
    import copy
    import re
    from collections import Counter

    from classifier.report.html import render_report

    letter = copy.deepcopy(seed_results[0])
    first = letter["pairs"][:3]
    second = copy.deepcopy(first)
    for p in first + second:
        p["reference"] = None
    second[2]["reference"] = "2"  # "Zie het antwoord op vraag 2" in the second list
    letter["pairs"] = first + second
    html = render_report([letter])
    ids = re.findall(r'\bid="([^"]+)"', html)
    assert [k for k, n in Counter(ids).items() if n > 1] == []
    cards = re.findall(r'<article class="card [a-z_]+" id="([^"]+)"', html)
    assert [c.rsplit("-v", 1)[1] for c in cards] == ["1", "2", "3", "1-2", "2-2", "3-2"]
    links = re.findall(r'<p class="ref">Verwijst naar <a href="#([^"]+)"', html)
    assert [x.rsplit("-v", 1)[1] for x in links] == ["2-2"]
    assert all(h in ids for h in re.findall(r'href="#([^"]+)"', html))


def _weighted_label(probs, weights):
    order = ("reply", "partial", "non_reply")
    return max(order, key=lambda lab: (probs[lab] * weights[lab], -order.index(lab)))


def _seed_pairs_as_table(path, seed_results, id_prefix=""):
    """The seed letter's answered pairs written as a JSONL pair table; returns their ids."""
    pairs = [p for p in seed_results[0]["pairs"] if p["answer"].strip()]
    path.write_text(
        "".join(
            json.dumps({"id": f"{id_prefix}{p['question_no']}", "question": p["question"], "answer": p["answer"]}) + "\n" for p in pairs
        ),
        encoding="utf-8",
    )
    return [f"{id_prefix}{p['question_no']}" for p in pairs]


def test_bundled_model_labels_follow_its_genre_rule(scorer, seed_results):
    """The seed letter's labels are the weighted argmax of the reported probabilities, with the
    letter weights of the bundled model's sidecar."""
    weights = scorer.model_meta["decision_weights"]["letter"]
    for pair in seed_results[0]["pairs"]:
        assert pair["label"] == _weighted_label(pair["probabilities"], weights)


def test_info_shows_the_decision_rule_per_genre(runner):
    data = json.loads(invoke(runner, "info", "--format", "json").stdout)
    weights = data["scoring_model"]["decision_weights"]
    text = invoke(runner, "info").stdout
    line = next(x for x in text.splitlines() if "weging van het oordeel" in x)
    partial = weights["letter"]["partial"]
    assert (f"deels beantwoord ×{partial:g}" in line) == (partial != 1.0), line
    assert "brieven:" in line and "paartabellen:" in line


def test_genre_option_sets_the_decision_rule_of_a_table(runner, scorer, seed_results, tmp_path):
    """A pair table of Dutch answers (here the seed letter's) reads as Dutch and is judged with
    the letter rule by default; ``--genre table`` judges it with the rule of Belgian tables,
    ``--genre letter`` as by default. Same probabilities."""
    weights = scorer.model_meta["decision_weights"]
    table = tmp_path / "paren.jsonl"
    ids = _seed_pairs_as_table(table, seed_results, "v")

    def run(*extra):
        return [json.loads(x) for x in invoke(runner, "score", str(table), "--format", "jsonl", *extra).stdout.splitlines()]

    auto, as_table, as_letter = run(), run("--genre", "table"), run("--genre", "letter")
    assert [r["id"] for r in auto] == [r["id"] for r in as_table] == [r["id"] for r in as_letter] == ids
    for a, t, b in zip(auto, as_table, as_letter, strict=True):
        assert a["probabilities"] == t["probabilities"] == b["probabilities"]
        assert a["label"] == b["label"] == _weighted_label(a["probabilities"], weights["letter"])
        assert t["label"] == _weighted_label(t["probabilities"], weights["table"])
    # the two rules must disagree somewhere on these 37 answers, or this test shows nothing
    assert any(a["label"] != t["label"] for a, t in zip(auto, as_table, strict=True))


def test_json_output_names_the_decision_rule_of_each_letter(runner, tmp_path):
    rows = [
        {"id": "nl-1", "doc": "brief-nl", "question": "Deelt u de mening van de Algemene Rekenkamer?", "answer": "Ja."},
        {
            "id": "be-1",
            "doc": "be-1",
            "question": "Hoeveel treinen van de NMBS reden te laat?",
            "answer": "Het geachte lid vindt de cijfers in bijlage.",
        },
    ]
    table = tmp_path / "gemengd.jsonl"
    write_jsonl(table, rows)
    auto = json.loads(invoke(runner, "score", str(table), "--format", "json").stdout)
    assert {r["doc"]: r["genre"] for r in auto} == {"brief-nl": "letter", "be-1": "table"}
    forced = json.loads(invoke(runner, "score", str(table), "--format", "json", "--genre", "table").stdout)
    assert {r["doc"]: r["genre"] for r in forced} == {"brief-nl": "table", "be-1": "table"}


def test_genre_reaches_the_worker_processes(scorer, seed_results, tmp_path):
    from classifier.scoring import score_many

    tables = [tmp_path / f"paren{k}.jsonl" for k in range(2)]
    for t in tables:
        _seed_pairs_as_table(t, seed_results)
    one = score_many(tables, scorer=scorer, genre="table")
    two = score_many(tables, jobs=2, genre="table")
    labels = [[p["label"] for p in res[0]["pairs"]] for _, res, _ in two]
    assert labels == [[p["label"] for p in res[0]["pairs"]] for _, res, _ in one]
    # and the workers did not fall back to the default, the letter rule for these Dutch answers
    # (which differs on them)
    by_input = score_many(tables[:1], scorer=scorer)
    assert labels[0] != [p["label"] for p in by_input[0][1][0]["pairs"]]
