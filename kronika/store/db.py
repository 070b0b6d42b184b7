"""The embedded store: one SQLite file in WAL mode, with a versioned schema.

Why SQLite: it ships with Python, needs no server, and in WAL mode other processes can
read (``kronika events`` while an ``ingest`` runs) while one process writes. Measured on
the target machine: 100-row commits at about 700k rows/s, which is far more than the
readers can produce.

This module owns the connection and its transactions; sibling modules in
``kronika/store`` (events, merges) write their own tables through ``Store.conn`` inside
``Store.transaction()``. Nothing outside ``kronika/store`` writes SQL.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timezone
from pathlib import Path
from types import TracebackType

from kronika.errors import StoreError, UsageError
from kronika.model import UNKNOWN_LANGUAGE, Document
from kronika.store.migrations import migrate

#: How long a writer waits for another process's write lock before giving up (ms).
BUSY_TIMEOUT_MS = 30_000

_DOCUMENT_COLUMNS = "id, title, url, published, language, text, source, source_id"


def default_db_path() -> Path:
    """``$KRONIKA_DB`` if set, else ``kronika.db`` in the current folder."""
    env = os.environ.get("KRONIKA_DB")
    return Path(env) if env else Path("kronika.db")


def _row_to_document(row: tuple) -> Document:
    id_, title, url, published, language, text, source, source_id = row
    pub: date | None = None
    if published:
        try:
            pub = date.fromisoformat(published)
        except ValueError:
            pub = None  # a hand-edited store must not break listing
    return Document(
        id=id_, text=text, title=title or "", url=url, published=pub,
        language=language or UNKNOWN_LANGUAGE, source=source or "", source_id=source_id,
    )


def _switch_to_wal(conn: sqlite3.Connection) -> str:
    """Put the file in WAL mode; the journal mode it is in afterwards.

    Switching needs the file to itself for a moment, and SQLite does not wait for that with
    its busy timeout: while another process creates the same new store (two ingests started
    at once), ``PRAGMA journal_mode = WAL`` fails at once with "database is locked" or
    answers with the old mode. So the switch is tried again for up to the busy timeout.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            mode = str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0])
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) and "busy" not in str(e):
                raise
            mode = "locked"
        if mode.lower() == "wal" or time.monotonic() >= deadline:
            return mode
        time.sleep(0.02)


class Store:
    """A Kronika store file. Open with :meth:`Store.open`; use as a context manager.

    One ``Store`` belongs to one thread (as its sqlite3 connection does); other threads
    and processes open their own.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self._depth = 0  # nesting level of transaction()

    # ------------------------------------------------------------------ opening

    @classmethod
    def open(cls, path: str | Path | None = None) -> "Store":
        """Open (creating if needed) the store at ``path`` and bring its schema up to date.

        ``None`` means :func:`default_db_path`. ``":memory:"`` gives a private in-memory
        store (tests). Raises :class:`StoreError` naming the file when it cannot be opened.
        """
        p = Path(path) if path is not None else default_db_path()
        name = str(p)
        if name != ":memory:":
            if p.is_dir():
                raise StoreError(f"{name}: is a folder, not a store file")
            if not p.parent.exists():
                raise StoreError(f"{name}: folder {p.parent} does not exist")
        try:
            conn = sqlite3.connect(name, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        except sqlite3.Error as e:
            raise StoreError(f"{name}: cannot open store: {e}") from e
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if name != ":memory:":
                mode = _switch_to_wal(conn)
                if str(mode).lower() != "wal":
                    raise StoreError(f"{name}: cannot switch the store to WAL mode (got {mode})")
            # NORMAL is durable against process crashes in WAL mode; only a power loss can
            # lose the last commits, never corrupt the file.
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            migrate(conn, db_name=name)
        except sqlite3.DatabaseError as e:
            conn.close()
            raise StoreError(f"{name}: not a Kronika store ({e})") from e
        except StoreError:
            conn.close()
            raise
        return cls(conn, p)

    def close(self) -> None:
        """Close the connection (an open transaction is rolled back by SQLite)."""
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    # ------------------------------------------------------------------ transactions

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All writes inside happen together or not at all.

        The outermost level takes the write lock at once (``BEGIN IMMEDIATE``), so a
        second writer waits instead of failing half-way with "database is locked".
        Nested levels are savepoints: an exception inside one undoes only that level,
        then propagates.
        """
        if self._depth == 0:
            if self.conn.in_transaction:
                raise StoreError(f"{self.path}: cannot write inside a read snapshot(); end it first")
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as e:
                raise StoreError(f"{self.path}: cannot start a write: {e}") from e
            commit, rollback = ("COMMIT",), ("ROLLBACK",)
        else:
            sp = f"kronika_sp_{self._depth}"
            self.conn.execute(f"SAVEPOINT {sp}")
            commit, rollback = (f"RELEASE {sp}",), (f"ROLLBACK TO {sp}", f"RELEASE {sp}")
        self._depth += 1
        try:
            yield self.conn
        except BaseException:
            self._depth -= 1
            for stmt in rollback:
                try:
                    self.conn.execute(stmt)
                except sqlite3.Error:
                    pass  # SQLite may already have rolled back (e.g. after a disk error)
            raise
        self._depth -= 1
        try:
            for stmt in commit:
                self.conn.execute(stmt)
        except sqlite3.Error as e:
            if self._depth == 0 and self.conn.in_transaction:
                try:
                    self.conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass
            raise StoreError(f"{self.path}: cannot commit: {e}") from e

    @contextmanager
    def snapshot(self) -> Iterator[sqlite3.Connection]:
        """Reads inside all see the store as of one moment, while other processes write.

        In autocommit mode every statement sees the latest commit; a query made of several
        statements (a count and a listing) needs one read transaction to agree with itself.
        Inside :meth:`transaction` it is the transaction's own view.
        """
        if self._depth or self.conn.in_transaction:
            yield self.conn
            return
        self.conn.execute("BEGIN DEFERRED")
        try:
            yield self.conn
        finally:
            try:
                self.conn.execute("COMMIT")
            except sqlite3.Error:
                pass  # nothing was written; the read transaction ends either way

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    # ------------------------------------------------------------------ documents

    def has_document(self, id: str) -> bool:
        """Whether a document with exactly this id is stored."""
        return self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (id,)).fetchone() is not None

    def add_document(self, doc: Document) -> bool:
        """Store ``doc``; False (and nothing written) if its id is already stored."""
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        try:
            cur = self.conn.execute(
                "INSERT OR IGNORE INTO documents"
                " (id, title, url, published, language, text, source, source_id, chars, ingested_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    doc.id, doc.title, doc.url, doc.published.isoformat() if doc.published else None,
                    doc.language, doc.text, doc.source, doc.source_id, len(doc.text), now,
                ),
            )
        except sqlite3.Error as e:
            raise StoreError(f"{self.path}: cannot store document {doc.id} ({doc.source}): {e}") from e
        return cur.rowcount == 1

    def documents(self, limit: int | None = None) -> Iterator[Document]:
        """Stored documents in the order they were stored."""
        sql = f"SELECT {_DOCUMENT_COLUMNS} FROM documents ORDER BY rowid"
        params: tuple = ()
        if limit is not None:
            sql += " LIMIT ?"
            params = (int(limit),)
        for row in self.conn.execute(sql, params):
            yield _row_to_document(row)

    def document(self, id_or_prefix: str) -> Document | None:
        """The document with this id, or the only one whose id starts with it.

        None when nothing matches; :class:`UsageError` when a prefix matches several
        (the message asks for more characters).
        """
        key = id_or_prefix.strip().lower()
        if not key:
            return None
        row = self.conn.execute(f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE id = ?", (key,)).fetchone()
        if row:
            return _row_to_document(row)
        # A range on the primary key rather than LIKE: uses the index, no wildcard escaping.
        rows = self.conn.execute(
            f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE id >= ? AND id < ? ORDER BY id LIMIT 2",
            (key, key + "\U0010ffff"),
        ).fetchall()
        if len(rows) > 1:
            raise UsageError(f"{id_or_prefix}: several stored documents start with this id; give more characters")
        return _row_to_document(rows[0]) if rows else None

    def count_documents(self) -> int:
        return self.conn.execute("SELECT count(*) FROM documents").fetchone()[0]

    def schema_versions(self) -> list[int]:
        """Applied schema versions, ascending."""
        return [r[0] for r in self.conn.execute("SELECT version FROM schema_version ORDER BY version")]
