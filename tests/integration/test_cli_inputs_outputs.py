"""What the CLI does with awkward inputs and outputs (from an audit of its error handling):
every problem is one Dutch line naming the file, no result of a good input is lost, and an
output is written where and how the user asked or not at all."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from classifier.cli import cli
from tests.helpers import LETTER_LINES

LETTER = "\n".join(LETTER_LINES) + "\n"


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, *args: str):
    return runner.invoke(cli, [*args, "--no-progress"] if args[0] in ("score", "report", "promises") else list(args))


def _letter(folder: Path, name: str = "brief.txt") -> Path:
    path = folder / name
    path.write_text(LETTER, encoding="utf-8")
    return path


def test_nothing_scored_leaves_an_earlier_output_file_alone(runner, tmp_path):
    out = tmp_path / "scores.jsonl"
    out.write_text("vorige uitkomsten\n", encoding="utf-8")
    res = run(runner, "score", str(tmp_path / "typo.txt"), "--format", "jsonl", "-o", str(out))
    assert res.exit_code == 2 and "niet gevonden" in res.stderr
    assert out.read_text(encoding="utf-8") == "vorige uitkomsten\n"


def test_a_bad_output_path_is_refused_before_any_work(runner, tmp_path, monkeypatch):
    import classifier.cli as cli_mod

    def must_not_run(*_a, **_k):
        raise AssertionError("scored although the output cannot be written")

    monkeypatch.setattr(cli_mod, "run_scoring", must_not_run)
    letter = _letter(tmp_path)
    res = run(runner, "score", str(letter), "-o", str(tmp_path / "geen-map" / "x.jsonl"))
    assert res.exit_code == 2 and "uitvoermap bestaat niet" in res.stderr
    res = run(runner, "score", str(letter), "-o", str(tmp_path))
    assert res.exit_code == 2 and "dit is een map" in res.stderr
    res = run(runner, "promises", str(letter), "-o", str(letter))
    assert res.exit_code == 2 and "ook een invoerbestand" in res.stderr
    assert letter.read_text(encoding="utf-8") == LETTER
    store = tmp_path / "ander.db"
    with sqlite3.connect(store) as conn:
        conn.execute("CREATE TABLE t (x)")
    res = run(runner, "score", str(letter), "--store", str(store))
    assert res.exit_code == 2 and "ander programma" in res.stderr
    assert "Traceback" not in res.stderr


def test_output_keeps_the_link_and_the_file_mode(runner, tmp_path):
    letter = _letter(tmp_path)
    target = tmp_path / "echt.jsonl"
    target.write_text("oud\n", encoding="utf-8")
    target.chmod(0o640)
    link = tmp_path / "link.jsonl"
    link.symlink_to(target.name)
    assert run(runner, "score", str(letter), "--format", "jsonl", "-o", str(link)).exit_code == 0
    assert link.is_symlink() and len(target.read_text(encoding="utf-8").splitlines()) == 2
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    old = os.umask(0o022)
    try:
        fresh = tmp_path / "nieuw.jsonl"
        assert run(runner, "score", str(letter), "--format", "jsonl", "-o", str(fresh)).exit_code == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o644


def test_a_device_is_written_in_place(runner, tmp_path):
    letter = _letter(tmp_path)
    res = run(runner, "score", str(letter), "--format", "jsonl", "-o", os.devnull)
    assert res.exit_code == 0
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_a_folder_reports_unsupported_files_and_keeps_the_rest(runner, tmp_path):
    folder = tmp_path / "brieven"
    folder.mkdir()
    _letter(folder, "a.txt")
    (folder / "oud.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    (folder / "notities.rtf").write_text("{\\rtf1}", encoding="ascii")
    (folder / ".DS_Store").write_bytes(b"\0")
    res = run(runner, "score", str(folder), "--format", "jsonl")
    assert res.exit_code == 0
    assert len(res.stdout.splitlines()) == 2
    assert "2 bestanden overgeslagen" in res.stderr and ".doc" in res.stderr and ".rtf" in res.stderr
    assert ".DS_Store" not in res.stderr


def _permissions_bite(tmp_path: Path) -> bool:
    """Whether a file with mode 000 is unreadable here (not for root without a capability drop)."""
    probe = tmp_path / "probe"
    probe.write_text("x", encoding="utf-8")
    probe.chmod(0)
    try:
        probe.read_text(encoding="utf-8")
        return False
    except PermissionError:
        return True
    finally:
        probe.chmod(0o644)
        probe.unlink()


def test_unreadable_inputs_are_reported_and_the_batch_goes_on(runner, tmp_path):
    if not _permissions_bite(tmp_path):
        pytest.skip("this user reads files with mode 000 (root)")
    folder = tmp_path / "brieven"
    folder.mkdir()
    _letter(folder, "a.txt")
    locked = folder / "dicht"
    locked.mkdir()
    _letter(locked, "c.txt")
    unreadable = _letter(tmp_path, "geheim.txt")
    unreadable.chmod(0)
    locked.chmod(0)
    try:
        res = run(runner, "score", str(unreadable), str(folder), "--format", "jsonl")
    finally:
        locked.chmod(0o755)
        unreadable.chmod(0o644)
    assert res.exit_code == 1
    assert len(res.stdout.splitlines()) == 2
    assert "geheim.txt: kan bestand niet lezen (geen leesrechten)" in res.stderr
    assert "dicht: map kan niet worden gelezen" in res.stderr


def test_table_problems_are_reported_per_row(runner, tmp_path):
    long_answer = "Het antwoord is uitvoerig. " * 6000  # over Python's default CSV field limit of 128 KiB
    table = tmp_path / "paren.csv"
    rows = [
        "id,question,answer",
        "a,Hoeveel aanvragen zijn er?,Er zijn 12 aanvragen.",
        f'b,Wat is de stand van zaken?,"{long_answer}"',
        "c,Wanneer komt de brief?",
        "d,Klopt het dat de kosten stijgen?,Ja, met 5 procent, zo blijkt",
        "a,Hoeveel kost het?,Het kost 3 miljoen euro.",
    ]
    table.write_text("\n".join(rows) + "\n", encoding="utf-8")
    res = run(runner, "score", str(table), "--format", "jsonl")
    assert res.exit_code == 1
    ids = [json.loads(line)["id"] for line in res.stdout.splitlines()]
    assert ids == ["a", "b", "a"]
    assert "paren.csv:4: te weinig cellen" in res.stderr
    assert "paren.csv:5: 5 cellen waar de kop er 3 noemt" in res.stderr
    assert "id 'a' staat op 2 rijen" in res.stderr


def test_an_unclosed_quote_is_named(runner, tmp_path):
    table = tmp_path / "aanhalingsteken.csv"
    table.write_text(
        'id,question,answer\na,Hoeveel aanvragen zijn er?,Er zijn 12 aanvragen.\nb,"Waarom is dat zo?,Omdat het zo is.\n'
        "c,Hoeveel kost het?,Tien euro.\n",
        encoding="utf-8",
    )
    res = run(runner, "score", str(table), "--format", "jsonl")
    assert res.exit_code == 1
    assert [json.loads(line)["id"] for line in res.stdout.splitlines()] == ["a"]
    assert "aanhalingsteken op regel 3 niet afgesloten" in res.stderr


def test_damaged_store_gives_one_line(runner, tmp_path, example):
    store = tmp_path / "scores.db"
    assert run(runner, "score", str(example), "--format", "jsonl", "--store", str(store), "-o", os.devnull).exit_code == 0
    data = bytearray(store.read_bytes())
    data[4096:8192] = b"\xff" * 4096
    store.write_bytes(bytes(data))
    res = run(runner, "stats", "--store", str(store))
    assert res.exit_code == 2 and "fout:" in res.stderr and "Traceback" not in res.stderr


def test_stats_reads_a_store_it_may_not_write(runner, tmp_path, example):
    store = tmp_path / "scores.db"
    assert run(runner, "score", str(example), "--format", "jsonl", "--store", str(store), "-o", os.devnull).exit_code == 0
    before = store.read_bytes()
    store.chmod(0o444)
    try:
        res = run(runner, "stats", "--store", str(store), "--format", "json")
    finally:
        store.chmod(0o644)
    assert res.exit_code == 0, res.stderr
    assert json.loads(res.stdout)["groups"]
    assert store.read_bytes() == before


def test_report_lists_the_inputs_it_could_not_read(runner, tmp_path):
    folder = tmp_path / "brieven"
    folder.mkdir()
    _letter(folder, "a.txt")
    (folder / "b-kapot.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog")
    out = tmp_path / "overzicht.html"
    res = run(runner, "report", str(folder), "-o", str(out))
    assert res.exit_code == 1
    page = out.read_text(encoding="utf-8")
    assert "Niet verwerkt" in page and "b-kapot.pdf" in page
    assert "(2 vragen)" in res.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["score", "--format", "xml", "x.txt"], "ongeldige waarde voor --format; kies uit: table, json, jsonl, csv"),
        (["score", "--bogus", "x.txt"], "onbekende optie --bogus"),
        (["score"], "argument PATHS ontbreekt"),
        (["stats"], "optie --store ontbreekt"),
        (["stats", "--store", "x.db", "--as-of", "2026-13-01"], "ongeldige datum voor --as-of"),
        (["score", "x.txt", "--jobs", "0"], "toegestaan: 1 tot en met 64"),
        (["scoor", "x.txt"], "onbekende opdracht; kies uit: info, promises, report, score, segment, stats"),
    ],
)
def test_usage_errors_are_dutch(capsys, args, message):
    from classifier.cli import main

    with pytest.raises(SystemExit) as stop:
        main(args)
    err = capsys.readouterr().err
    assert stop.value.code == 2
    assert err.startswith("fout: ") and message in err and "--help" in err
    assert "Error" not in err and "Invalid value" not in err
