"""The store: opening, migrations, documents, transactions."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from kronika.errors import StoreError, UsageError
from kronika.model import Document
from kronika.store import Store, default_db_path
from kronika.store.migrations import available_migrations, migrate, split_statements


def doc(text: str, **kw: object) -> Document:
    return Document.from_text(text, **kw)  # type: ignore[arg-type]


def test_open_creates_wal_store_with_schema(tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    with Store.open(db) as s:
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert s.schema_versions() == [m.version for m in available_migrations()]
        cols = {r[1] for r in s.conn.execute("PRAGMA table_info(documents)")}
    assert {"id", "title", "url", "published", "language", "text", "source", "source_id", "chars", "ingested_at"} <= cols
    with Store.open(db) as s:  # opening again applies nothing new
        assert migrate(s.conn) == []


def test_default_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("KRONIKA_DB", str(tmp_path / "env.db"))
    assert default_db_path() == tmp_path / "env.db"
    monkeypatch.delenv("KRONIKA_DB")
    assert default_db_path() == Path("kronika.db")


def test_documents_round_trip_and_dedup(tmp_path: Path) -> None:
    d = doc("Talks in Geneva\n\nThe delegations met on Monday.", title="Talks in Geneva", url="https://example.org/1",
            published=date(2026, 2, 3), language="en", source="a.txt", source_id="x-1")
    with Store.open(tmp_path / "k.db") as s:
        assert s.add_document(d) is True
        assert s.add_document(d) is False
        assert s.add_document(doc("Talks in  Geneva\n\n\nThe delegations met on Monday. ")) is False  # same content id
        assert s.has_document(d.id) and not s.has_document("0" * 16)
        assert list(s.documents()) == [d]
        assert s.document(d.id[:6]) == d
        assert s.document("zzzz") is None
        assert s.count_documents() == 1
        (chars,) = s.conn.execute("SELECT chars FROM documents").fetchone()
        assert chars == len(d.text)


def test_ambiguous_prefix(tmp_path: Path) -> None:
    with Store.open(tmp_path / "k.db") as s:
        for i in range(40):  # 40 ids over 16 hex digits: some share a first digit
            s.add_document(doc(f"Document number {i}"))
        first = {}
        for d in s.documents():
            first.setdefault(d.id[0], []).append(d)
        digit, group = next((k, v) for k, v in first.items() if len(v) > 1)
        with pytest.raises(UsageError):
            s.document(digit)
        assert s.document(group[0].id) == group[0]


def test_documents_limit_keeps_insertion_order(tmp_path: Path) -> None:
    with Store.open(tmp_path / "k.db") as s:
        docs = [doc(f"Text {i}") for i in range(5)]
        for d in docs:
            s.add_document(d)
        assert list(s.documents(limit=3)) == docs[:3]


def test_transaction_rolls_back_on_error(tmp_path: Path) -> None:
    with Store.open(tmp_path / "k.db") as s:
        with pytest.raises(RuntimeError):
            with s.transaction():
                s.add_document(doc("One"))
                raise RuntimeError("boom")
        assert s.count_documents() == 0
        assert not s.in_transaction


def test_nested_transactions_are_savepoints(tmp_path: Path) -> None:
    with Store.open(tmp_path / "k.db") as s:
        with s.transaction():
            s.add_document(doc("Outer"))
            with pytest.raises(ValueError):
                with s.transaction():
                    s.add_document(doc("Inner"))
                    raise ValueError
            with s.transaction():
                s.add_document(doc("Second inner"))
        assert sorted(d.text for d in s.documents()) == ["Outer", "Second inner"]


def test_other_connection_sees_only_committed_documents(tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    with Store.open(db) as writer, Store.open(db) as reader:
        with writer.transaction():
            writer.add_document(doc("Pending"))
            assert reader.count_documents() == 0
        assert reader.count_documents() == 1


def test_not_a_store(tmp_path: Path) -> None:
    bad = tmp_path / "junk.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="junk.db"):
        Store.open(bad)
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(tmp_path / "no" / "such" / "k.db")
    with pytest.raises(StoreError, match="folder"):
        Store.open(tmp_path)


def test_migration_runner_applies_in_order_each_in_a_transaction(tmp_path: Path) -> None:
    schema = tmp_path / "schema"
    schema.mkdir()
    (schema / "001_a.sql").write_text("-- first\nCREATE TABLE a (x TEXT);\nINSERT INTO a VALUES ('semi;colon');\n", encoding="utf-8")
    (schema / "002_b.sql").write_text(
        "CREATE TABLE b (y INTEGER);\nCREATE TRIGGER t AFTER INSERT ON b BEGIN INSERT INTO a VALUES ('t'); END;\n",
        encoding="utf-8")
    (schema / "003_broken.sql").write_text("CREATE TABLE c (z INTEGER);\nTHIS IS NOT SQL;\n", encoding="utf-8")
    (schema / "notes.txt").write_text("ignored", encoding="utf-8")
    conn = sqlite3.connect(tmp_path / "m.db", isolation_level=None)
    with pytest.raises(StoreError, match="003_broken.sql"):
        migrate(conn, schema_dir=schema)
    versions = [r[0] for r in conn.execute("SELECT version FROM schema_version ORDER BY version")]
    assert versions == [1, 2]
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "c" not in tables  # the failed migration left nothing behind
    assert conn.execute("SELECT x FROM a").fetchall() == [("semi;colon",)]
    (schema / "003_broken.sql").write_text("CREATE TABLE c (z INTEGER);\n", encoding="utf-8")
    assert migrate(conn, schema_dir=schema) == [3]


def test_duplicate_migration_numbers_are_refused(tmp_path: Path) -> None:
    (tmp_path / "001_a.sql").write_text("SELECT 1;", encoding="utf-8")
    (tmp_path / "001_b.sql").write_text("SELECT 1;", encoding="utf-8")
    with pytest.raises(StoreError, match="001"):
        available_migrations(tmp_path)


def test_split_statements_keeps_trigger_bodies_whole() -> None:
    sql = "CREATE TABLE x (a);\n-- c\nCREATE TRIGGER t AFTER INSERT ON x BEGIN\n  UPDATE x SET a = 1;\n  UPDATE x SET a = 2;\nEND;\n"
    parts = split_statements(sql)
    assert len(parts) == 2 and parts[1].endswith("END;")


def test_snapshot_gives_one_view_across_statements(tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    with Store.open(db) as reader, Store.open(db) as writer:
        reader.add_document(doc("Zero"))
        with reader.snapshot():
            first = reader.count_documents()
            writer.add_document(doc("One"))  # committed by another connection meanwhile
            assert reader.count_documents() == first == 1
        assert reader.count_documents() == 2


def test_writing_inside_a_snapshot_is_refused_clearly(tmp_path: Path) -> None:
    with Store.open(tmp_path / "k.db") as s:
        with s.snapshot():
            with pytest.raises(StoreError, match="snapshot"):
                with s.transaction():
                    pass
        with s.transaction():  # and the store is usable afterwards
            s.add_document(doc("After"))
        assert s.count_documents() == 1
