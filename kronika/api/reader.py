"""Read-only access to a store from many request threads at once.

Why a pool of read-only connections: an sqlite3 connection must not be used by two
threads at the same time, and opening one per request costs more than answering a
small query. Each connection here is opened with ``mode=ro`` and ``query_only``, so no
request can change the store, and is lent to exactly one thread at a time. In WAL mode
readers never block the writer: ``kronika ingest`` can run while the server answers,
and every request sees the store as of one commit (one read transaction per request).

The one write the server may cause is the one ``kronika events`` causes too: mentions
stored without merging (an interrupted re-extraction, a bulk load) are merged before
they are queried, through a short-lived writable :class:`~kronika.store.Store` in the
thread that found them, one thread at a time.
"""

from __future__ import annotations

import queue
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from kronika.errors import StoreError
from kronika.merge.stored import ensure_merged
from kronika.store import Store, default_db_path
from kronika.store.db import BUSY_TIMEOUT_MS
from kronika.store.merged import is_stale

#: connections kept open for reuse; more threads than this open (and close) their own
POOL_SIZE = 16


class StaleRead(StoreError):
    """A library function tried to write (merge pending mentions) through a read-only view."""


class ReadOnlyStore(Store):
    """A :class:`Store` over a read-only connection: a write attempt is a :class:`StaleRead`.

    Library functions merge pending mentions before they read (``ensure_merged``); the
    reader has merged them already, so this happens only when a writer stored new
    unmerged mentions in between, and the caller can ask the client to retry.
    """

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        raise StaleRead(f"{self.path}: new mentions are being stored and merged; try again in a moment")
        yield self.conn  # pragma: no cover - makes this a generator like the method it replaces


class StoreReader:
    """Lends read-only :class:`Store` views of one store file to request threads."""

    def __init__(self, path: str | Path | None = None) -> None:
        p = Path(path) if path is not None else default_db_path()
        if str(p) == ":memory:":
            raise StoreError(":memory: cannot be served: every request thread needs the same store file")
        if not p.exists():
            raise StoreError(f"{p}: no such store (create one with `kronika ingest PATH --db {p}`)")
        # Open once writable: checks it is a Kronika store and brings its schema up to
        # date, so that the read-only connections below never meet an old schema.
        Store.open(p).close()
        self.path = p
        self._uri = f"file:{quote(str(p.resolve()))}?mode=ro"
        self._pool: queue.LifoQueue[sqlite3.Connection] = queue.LifoQueue(maxsize=POOL_SIZE)
        self._merge_lock = threading.Lock()
        self._closed = False

    # ------------------------------------------------------------------ connections

    def _connect(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(self._uri, uri=True, isolation_level=None, check_same_thread=False,
                                   timeout=BUSY_TIMEOUT_MS / 1000)
            conn.execute("PRAGMA query_only = ON")
        except sqlite3.Error as e:
            raise StoreError(f"{self.path}: cannot open store for reading: {e}") from e
        return conn

    def _take(self) -> sqlite3.Connection:
        try:
            return self._pool.get_nowait()
        except queue.Empty:
            return self._connect()

    def _give(self, conn: sqlite3.Connection) -> None:
        if conn.in_transaction:  # a request that failed half-way
            try:
                conn.execute("ROLLBACK")
            except sqlite3.Error:
                conn.close()
                return
        if self._closed:
            conn.close()
            return
        try:
            self._pool.put_nowait(conn)
        except queue.Full:
            conn.close()

    def close(self) -> None:
        """Close the pooled connections (those lent out close when given back)."""
        self._closed = True
        while True:
            try:
                self._pool.get_nowait().close()
            except queue.Empty:
                return

    # ------------------------------------------------------------------ reading

    @contextmanager
    def reading(self) -> Iterator[ReadOnlyStore]:
        """A read-only store seeing one consistent moment (one read transaction).

        Pending mentions are merged first, so the answer is the one ``kronika events``
        gives; if a writer leaves new unmerged mentions between that merge and this
        read, they are left out of this answer and merged on the next request.
        """
        conn = self._take()
        try:
            conn.execute("BEGIN DEFERRED")
            if is_stale(conn):
                conn.execute("COMMIT")
                self._merge_pending()
                conn.execute("BEGIN DEFERRED")
            yield ReadOnlyStore(conn, self.path)
        except sqlite3.Error as e:
            raise StoreError(f"{self.path}: cannot read: {e}") from e
        finally:
            self._give(conn)

    def _merge_pending(self) -> None:
        with self._merge_lock:
            try:
                with Store.open(self.path) as store:
                    ensure_merged(store)
            except (StoreError, sqlite3.Error):
                pass  # a store on read-only media: answer from what is merged


__all__ = ["POOL_SIZE", "ReadOnlyStore", "StaleRead", "StoreReader"]
