"""The local SQLite store: round trip, idempotence, concurrent writers, migration, refusal."""

from __future__ import annotations

import multiprocessing as mp
import sqlite3

import pytest

from classifier.errors import StoreError
from classifier.store import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, Store


def fake_result(doc: str = "brief-1", sha: str = "a" * 64, n: int = 3) -> dict:
    pairs = []
    for i in range(n):
        pairs.append(
            {
                "question_no": str(i + 1),
                "id": None,
                "question": f"Vraag {i + 1}?",
                "answer": "Zie vraag 1." if i else "Ja.",
                "label": ["reply", "partial", "non_reply"][i % 3],
                "score": [90, 50, 10][i % 3],
                "probabilities": {"reply": 0.6, "partial": 0.3, "non_reply": 0.1},
                "reference": "1" if i else None,
                "subquestions": [{"text": f"Vraag {i + 1}?", "answered": i == 0}],
                "techniques": [{"id": "cross_reference", "rule": "xref.zie_vraag", "evidence": "Zie vraag 1.", "start": 10, "end": 22}]
                if i
                else [],
                "promises": [
                    {
                        "who": "de minister",
                        "what": "de brief",
                        "deadline": "september 2026",
                        "deadline_start": "2026-09-01",
                        "deadline_end": "2026-09-30",
                        "kind": "met_termijn",
                        "evidence": "De brief volgt in september 2026.",
                        "start": 0,
                        "end": 33,
                    }
                ]
                if i == 0
                else [],
            }
        )
    return {
        "doc": doc,
        "sha256": sha,
        "path": f"{doc}.txt",
        "layout": "vraag-antwoord",
        "format": "txt",
        "meta": {
            "title": "Titel",
            "kamerstuk": "ah-tk-1",
            "date": "2026-06-09",
            "asker": "lid X",
            "answerer": "Minister Y",
            "ministry": "Financiën",
        },
        "pairs": pairs,
    }


def test_round_trip(tmp_path):
    with Store.open(tmp_path / "o.db") as db:
        letter_id = db.save_letter(fake_result())
        back = db.letter_result(letter_id)
        assert db.version == SCHEMA_VERSION
    assert back["doc"] == "brief-1"
    assert [p["label"] for p in back["pairs"]] == ["reply", "partial", "non_reply"]
    assert back["pairs"][1]["techniques"][0]["id"] == "cross_reference"
    assert back["pairs"][0]["promises"][0]["deadline_end"] == "2026-09-30"


def test_reimport_is_idempotent(tmp_path):
    with Store.open(tmp_path / "o.db") as db:
        db.save_letter(fake_result())
        first = db.counts()
        db.save_letter(fake_result())
        assert db.counts() == first
        db.save_letter(fake_result(sha="b" * 64))  # changed content: a new version is kept beside the old
        assert db.counts()["letters"] == 2


def _writer(path: str, k: int) -> None:
    with Store.open(path) as db:
        for j in range(10):
            db.save_letter(fake_result(doc=f"brief-{k}-{j}", sha=f"{k:032d}{j:032d}"))


def test_two_processes_writing_at_once_lose_nothing(tmp_path):
    path = str(tmp_path / "o.db")
    with Store.open(path):
        pass
    ctx = mp.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(path, k)) for k in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    with Store.open(path) as db:
        assert db.counts()["letters"] == 20
        assert db.counts()["pairs"] == 60


def _version_1_store(path):
    conn = sqlite3.connect(path)
    for sql in MIGRATIONS[0][1]:
        conn.execute(sql)
    conn.execute("PRAGMA user_version = 1")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("INSERT INTO letters (doc, sha256, scored_at) VALUES ('oud', 'x', '2025-01-01')")
    conn.commit()
    conn.close()


def test_readonly_open_reads_without_writing_and_migrates_an_older_writable_store(tmp_path):
    """``stats`` opens read-only: an up-to-date store is not written to; an older schema in a
    writable file is still migrated (as before), so an old database keeps working."""
    current = tmp_path / "nu.db"
    with Store.open(current) as db:
        db.save_letter(fake_result())
    before = current.read_bytes()
    with Store.open(current, readonly=True) as db:
        assert db.counts()["letters"] == 1
        with pytest.raises(sqlite3.OperationalError):
            db.conn.execute("DELETE FROM letters")  # the connection itself is read-only
    assert current.read_bytes() == before
    old = tmp_path / "oud.db"
    _version_1_store(old)
    with Store.open(old, readonly=True) as db:
        assert db.version == SCHEMA_VERSION and db.query("SELECT doc FROM letters")[0]["doc"] == "oud"
    with pytest.raises(StoreError, match="niet gevonden"), Store.open(tmp_path / "geen.db", readonly=True):
        pass


def test_migration_from_version_1(tmp_path):
    path = tmp_path / "old.db"
    _version_1_store(path)
    with Store.open(path) as db:
        assert db.version == SCHEMA_VERSION
        assert db.query("SELECT doc FROM letters")[0]["doc"] == "oud"
        db.save_letter(fake_result())  # the new promises table exists
        assert db.counts()["promises"] == 1


def test_newer_database_is_refused_and_untouched(tmp_path):
    path = tmp_path / "new.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE x (a)")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="nieuwer"), Store.open(path):
        pass
    assert path.read_bytes() == before


def test_corrupt_file_is_refused_and_untouched(tmp_path):
    path = tmp_path / "kapot.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    before = path.read_bytes()
    with pytest.raises(StoreError), Store.open(path):
        pass
    assert path.read_bytes() == before


def test_other_programs_database_is_refused(tmp_path):
    path = tmp_path / "ander.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE klanten (naam TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="geen Ontwijkmeter-database"), Store.open(path):
        pass


def test_missing_database_without_create(tmp_path):
    with pytest.raises(StoreError, match="niet gevonden"), Store.open(tmp_path / "nee.db", create=False):
        pass


def test_stats_and_promises(tmp_path):
    import datetime as dt

    from classifier.stats import group_stats, promise_rows

    with Store.open(tmp_path / "o.db") as db:
        db.save_letter(fake_result())
        groups = group_stats(db)
        rows = promise_rows(db, dt.date(2026, 12, 1))
    assert groups[0]["group"] == "Financiën" and groups[0]["period"] == "2026-K2" and groups[0]["questions"] == 3
    assert rows[0]["status"] == "verlopen"
