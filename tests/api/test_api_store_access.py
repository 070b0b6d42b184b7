"""The server reads while another process writes, and never writes what it reads."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from kronika.api.reader import StaleRead, StoreReader

from .apifixtures import CHILE, PERU, Client, fill_store, make_doc, make_event


def test_new_documents_appear_while_serving(client: Client, store_path: Path) -> None:
    status, before = client.get("/api/events?type=AGREE")
    assert status == 200 and before["count"] == 0
    s = "Santiago and Lima agreed to share port data on 9 September 2025."
    doc = make_doc(f"Ports.\n\n{s}", "en", "2025-09-10", "Ports")
    fill_store(store_path, [(doc, [make_event(doc, "AGREE", [CHILE], [PERU], sentence=1, sentence_text=s,
                                              trigger="agreed", when=("2025-09-09", "2025-09-09", "day"))])])
    status, after = client.get("/api/events?type=AGREE")
    assert status == 200 and after["count"] == 1
    assert after["events"][0]["date"]["start"] == "2025-09-09"
    status, health = client.get("/api/health")
    assert health["documents"] == 5


def test_read_connections_cannot_write(store_path: Path) -> None:
    reader = StoreReader(store_path)
    try:
        with reader.reading() as store:
            with pytest.raises(sqlite3.OperationalError):
                store.conn.execute("DELETE FROM documents")
            with pytest.raises(StaleRead):
                with store.transaction():
                    pass
        with reader.reading() as store:
            assert store.count_documents() == 4
    finally:
        reader.close()


def test_a_request_sees_one_moment(store_path: Path) -> None:
    """A writer committing during a request does not change what that request reads."""
    from kronika.store import Store

    reader = StoreReader(store_path)
    try:
        with reader.reading() as store:
            n = store.count_documents()
            with Store.open(store_path) as writer, writer.transaction():
                writer.add_document(make_doc("Another.\n\nA line of text.", "en", "2025-10-01", "Another"))
            assert store.count_documents() == n
        with reader.reading() as store:
            assert store.count_documents() == n + 1
    finally:
        reader.close()


def test_many_threads_read_at_once(client: Client) -> None:
    from concurrent.futures import ThreadPoolExecutor

    def one(i: int) -> int:
        status, body = client.get("/api/events?limit=2&offset=" + str(i % 4))
        assert status == 200
        return body["count"]

    with ThreadPoolExecutor(max_workers=12) as pool:
        counts = list(pool.map(one, range(48)))
    assert counts.count(2) == 36 and counts.count(1) == 12


def test_memory_store_cannot_be_served() -> None:
    from kronika.errors import StoreError

    with pytest.raises(StoreError, match="memory"):
        StoreReader(":memory:")


def test_published_dates_survive_the_round_trip(client: Client) -> None:
    status, body = client.get("/api/documents")
    assert [d["published"] for d in body["documents"]] == [
        date(2025, 3, 20).isoformat(), "2025-03-21", "2025-06-03", "2025-07-01"]
