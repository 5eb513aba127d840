"""The local store: every scored letter in a SQLite database, for follow-up and trends.

* One file (``--store FILE``), WAL journal, foreign keys on, a 30 s busy timeout and
  ``BEGIN IMMEDIATE`` writes, so several processes can write at once without losing data.
* The schema is versioned (``PRAGMA user_version``) and upgraded by the migrations below;
  a database from a newer Ontwijkmeter, a corrupt file or another program's database gives a
  clear :class:`~classifier.errors.StoreError` and is never modified.
* Re-importing a letter with the same content (SHA-256) replaces its rows: idempotent.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from classifier import __version__
from classifier.errors import StoreError

APPLICATION_ID = 0x4F4E544D  # "ONTM"
MIGRATIONS: list[tuple[int, list[str]]] = [
    (
        1,
        [
            """CREATE TABLE letters (
                id INTEGER PRIMARY KEY,
                doc TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                path TEXT,
                title TEXT, kamerstuk TEXT, letter_date TEXT, asker TEXT, answerer TEXT, ministry TEXT,
                layout TEXT, format TEXT,
                scored_at TEXT NOT NULL,
                UNIQUE (doc, sha256))""",
            """CREATE TABLE pairs (
                id INTEGER PRIMARY KEY,
                letter_id INTEGER NOT NULL REFERENCES letters(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                question_no TEXT, pair_id TEXT,
                question TEXT NOT NULL, answer TEXT NOT NULL,
                label TEXT NOT NULL CHECK (label IN ('reply', 'partial', 'non_reply')),
                score INTEGER NOT NULL,
                p_reply REAL, p_partial REAL, p_non_reply REAL,
                reference TEXT, subquestions_total INTEGER, subquestions_answered INTEGER)""",
            """CREATE TABLE techniques (
                id INTEGER PRIMARY KEY,
                pair_id INTEGER NOT NULL REFERENCES pairs(id) ON DELETE CASCADE,
                technique TEXT NOT NULL, rule TEXT, evidence TEXT, start INTEGER, end INTEGER)""",
        ],
    ),
    (
        2,
        [
            """CREATE TABLE promises (
                id INTEGER PRIMARY KEY,
                pair_id INTEGER NOT NULL REFERENCES pairs(id) ON DELETE CASCADE,
                who TEXT, what TEXT, deadline TEXT, deadline_start TEXT, deadline_end TEXT,
                kind TEXT, evidence TEXT, start INTEGER, end INTEGER)""",
            "ALTER TABLE letters ADD COLUMN tool_version TEXT",
            "CREATE INDEX pairs_letter ON pairs(letter_id)",
            "CREATE INDEX techniques_pair ON techniques(pair_id)",
            "CREATE INDEX promises_pair ON promises(pair_id)",
        ],
    ),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]


_SQLITE_REASONS = (
    ("malformed", "het bestand is beschadigd"),
    ("not a database", "geen SQLite-bestand"),
    ("readonly", "alleen-lezen"),
    ("unable to open", "kan het bestand niet openen"),
    ("locked", "vergrendeld door een ander proces"),
    ("disk i/o", "lees- of schrijffout op de schijf"),
    ("full", "schijf vol"),
)


def sqlite_reason(exc: sqlite3.Error) -> str:
    """SQLite's message in Dutch for the common cases, as written otherwise."""
    text = str(exc)
    return next((dutch for key, dutch in _SQLITE_REASONS if key in text.lower()), text)


def _connect_readonly(path: Path) -> sqlite3.Connection:
    """Read without writing anything: ``mode=ro``; where even that needs a write (a WAL file's
    shared memory in a read-only folder) the file is read as immutable."""
    last: sqlite3.Error | None = None
    for query in ("mode=ro", "mode=ro&immutable=1"):
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?{query}", uri=True, timeout=30.0, isolation_level=None)
            conn.execute("PRAGMA user_version").fetchone()
            return conn
        except sqlite3.Error as exc:
            last = exc
    raise StoreError(f"kan database niet openen ({sqlite_reason(last)})", path=path) from last


def _peek_version(conn: sqlite3.Connection, path: Path) -> int:
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"geen leesbare SQLite-database ({sqlite_reason(exc)}); het bestand is niet gewijzigd", path=path) from exc


@dataclass
class Store:
    path: Path
    conn: sqlite3.Connection

    @classmethod
    @contextmanager
    def open(cls, path: str | Path, *, create: bool = True, readonly: bool = False) -> Iterator[Store]:
        """Open (and with ``create`` make) the store. ``readonly`` (for ``stats`` and the
        report's section) reads an up-to-date store without writing to it or its folder, so a
        store on a read-only share can be read; an older schema is then migrated only if the
        file can be written."""
        path = Path(path)
        if not path.exists() and (not create or readonly):
            raise StoreError("database niet gevonden", path=path)
        if path.exists() and path.is_dir():
            raise StoreError("is een map, geen databasebestand", path=path)
        conn = None
        if readonly:
            conn = _connect_readonly(path)
            writable = os.access(path, os.W_OK) and os.access(path.parent or Path("."), os.W_OK)
            if _peek_version(conn, path) < SCHEMA_VERSION and writable:
                conn.close()  # an older schema that can be migrated: open for writing below
                conn = None
        if conn is None:
            try:
                conn = sqlite3.connect(path, timeout=30.0, isolation_level=None)
            except sqlite3.Error as exc:
                raise StoreError(f"kan database niet openen ({sqlite_reason(exc)})", path=path) from exc
            readonly = False
        try:
            store = cls(path, conn)
            if readonly:
                store._check()
            else:
                store._prepare()
            yield store
        finally:
            conn.close()

    def _check(self, *, migrate: bool = False) -> int:
        """Refuse another program's file and a newer schema (and, read-only, an older one,
        which cannot be migrated); returns the schema version. Writes nothing."""
        c = self.conn
        try:
            version = c.execute("PRAGMA user_version").fetchone()[0]
            app = c.execute("PRAGMA application_id").fetchone()[0]
            tables = [r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        except sqlite3.DatabaseError as exc:
            reason = sqlite_reason(exc)
            raise StoreError(f"geen leesbare SQLite-database ({reason}); het bestand is niet gewijzigd", path=self.path) from exc
        if tables and app != APPLICATION_ID:
            raise StoreError("dit is geen Ontwijkmeter-database (bestand van een ander programma); het is niet gewijzigd", path=self.path)
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"databaseschema versie {version} is nieuwer dan deze Ontwijkmeter kent ({SCHEMA_VERSION}); "
                "werk Ontwijkmeter bij — het bestand is niet gewijzigd",
                path=self.path,
            )
        if version < SCHEMA_VERSION and not migrate:
            raise StoreError(
                f"databaseschema versie {version} is ouder dan {SCHEMA_VERSION} en het bestand is alleen-lezen; "
                "maak het schrijfbaar zodat Ontwijkmeter het kan bijwerken",
                path=self.path,
            )
        return int(version)

    # --- schema ------------------------------------------------------------------------
    def _prepare(self) -> None:
        c = self.conn
        version = self._check(migrate=True)
        try:
            c.execute("PRAGMA journal_mode=WAL")
            c.execute("PRAGMA foreign_keys=ON")
            c.execute("PRAGMA busy_timeout=30000")
            if version < SCHEMA_VERSION:
                c.execute("BEGIN IMMEDIATE")
                try:
                    current = c.execute("PRAGMA user_version").fetchone()[0]  # another process may have migrated
                    for target, statements in MIGRATIONS:
                        if target > current:
                            for sql in statements:
                                c.execute(sql)
                            c.execute(f"PRAGMA user_version = {target}")
                    c.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                    c.execute("COMMIT")
                except BaseException:
                    c.execute("ROLLBACK")
                    raise
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"kan database niet voorbereiden ({sqlite_reason(exc)})", path=self.path) from exc

    @property
    def version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    # --- writing -----------------------------------------------------------------------
    def save_letter(self, result: dict[str, Any]) -> int:
        """Save one scored letter (a result of :mod:`classifier.scoring`); returns its row id."""
        c = self.conn
        meta = result.get("meta", {})
        try:
            c.execute("BEGIN IMMEDIATE")
            row = c.execute("SELECT id FROM letters WHERE doc = ? AND sha256 = ?", (result["doc"], result["sha256"])).fetchone()
            if row:
                c.execute("DELETE FROM letters WHERE id = ?", (row[0],))
            cur = c.execute(
                """INSERT INTO letters (doc, sha256, path, title, kamerstuk, letter_date, asker, answerer, ministry,
                   layout, format, scored_at, tool_version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)""",
                (
                    result["doc"],
                    result["sha256"],
                    result.get("path"),
                    meta.get("title"),
                    meta.get("kamerstuk"),
                    meta.get("date"),
                    meta.get("asker"),
                    meta.get("answerer"),
                    meta.get("ministry"),
                    result.get("layout"),
                    result.get("format"),
                    dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
                    __version__,
                ),
            )
            letter_id = int(cur.lastrowid)
            for pos, p in enumerate(result["pairs"]):
                subs = p.get("subquestions", [])
                cur = c.execute(
                    """INSERT INTO pairs (letter_id, position, question_no, pair_id, question, answer, label, score,
                       p_reply, p_partial, p_non_reply, reference, subquestions_total, subquestions_answered)
                       VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
                    (
                        letter_id,
                        pos,
                        p.get("question_no"),
                        p.get("id"),
                        p.get("question", ""),
                        p.get("answer", ""),
                        p["label"],
                        p["score"],
                        p["probabilities"]["reply"],
                        p["probabilities"]["partial"],
                        p["probabilities"]["non_reply"],
                        p.get("reference"),
                        len(subs),
                        sum(1 for s in subs if s.get("answered")),
                    ),
                )
                pair_row = int(cur.lastrowid)
                c.executemany(
                    "INSERT INTO techniques (pair_id, technique, rule, evidence, start, end) VALUES (?,?,?,?,?,?)",
                    [(pair_row, t["id"], t.get("rule"), t.get("evidence"), t.get("start"), t.get("end")) for t in p.get("techniques", [])],
                )
                c.executemany(
                    """INSERT INTO promises (pair_id, who, what, deadline, deadline_start, deadline_end, kind, evidence, start, end)
                       VALUES (?,?,?,?,?,?,?,?,?,?)""",
                    [
                        (
                            pair_row,
                            pr.get("who"),
                            pr.get("what"),
                            pr.get("deadline"),
                            pr.get("deadline_start"),
                            pr.get("deadline_end"),
                            pr.get("kind"),
                            pr.get("evidence"),
                            pr.get("source_start", pr.get("start")),
                            pr.get("source_end", pr.get("end")),
                        )
                        for pr in p.get("promises", [])
                    ],
                )
            c.execute("COMMIT")
            return letter_id
        except sqlite3.Error as exc:
            with suppress(sqlite3.Error):
                c.execute("ROLLBACK")
            raise StoreError(f"kan brief {result['doc']} niet opslaan ({sqlite_reason(exc)})", path=self.path) from exc

    # --- reading -----------------------------------------------------------------------
    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        try:
            cur = self.conn.execute(sql, params)
            cols = [d[0] for d in cur.description]
            return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"kan database niet lezen ({sqlite_reason(exc)})", path=self.path) from exc

    def counts(self) -> dict[str, int]:
        return {
            t: int(self.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]) for t in ("letters", "pairs", "techniques", "promises")
        }

    def letter_result(self, letter_id: int) -> dict[str, Any]:
        """A stored letter back in the shape of a scoring result (for round-trip checks)."""
        letter = self.query("SELECT * FROM letters WHERE id = ?", (letter_id,))[0]
        pairs = []
        for p in self.query("SELECT * FROM pairs WHERE letter_id = ? ORDER BY position", (letter_id,)):
            techs = self.query(
                "SELECT technique AS id, rule, evidence, start, end FROM techniques WHERE pair_id = ? ORDER BY id", (p["id"],)
            )
            proms = self.query(
                "SELECT who, what, deadline, deadline_start, deadline_end, kind, evidence FROM promises WHERE pair_id = ? ORDER BY id",
                (p["id"],),
            )
            pairs.append(
                {
                    "question_no": p["question_no"],
                    "id": p["pair_id"],
                    "label": p["label"],
                    "score": p["score"],
                    "probabilities": {"reply": p["p_reply"], "partial": p["p_partial"], "non_reply": p["p_non_reply"]},
                    "reference": p["reference"],
                    "techniques": techs,
                    "promises": proms,
                }
            )
        return {
            "doc": letter["doc"],
            "sha256": letter["sha256"],
            "meta": json.loads(json.dumps({k: letter[k] for k in ("title", "kamerstuk", "letter_date", "answerer")})),
            "pairs": pairs,
        }
