"""Mentions in the store: incremental merging, rebuild, deletion, queries."""

from __future__ import annotations

import json

import pytest

from kronika.store import Store
from kronika.store.events import add_events, count_mentions, delete_document_events, document_events
from kronika.merge.stored import EventQuery, ensure_merged, query, rebuild
from kronika.store.merged import is_stale

from .factories import BELAVIA, BLR_GOV, USA, doc, event

SEPT = ("2025-09-01", "2025-09-30", "month")


@pytest.fixture()
def store(tmp_path):
    s = Store.open(tmp_path / "k.db")
    yield s
    s.close()


def _ingest(store, d, events, merge=True):
    with store.transaction():
        store.add_document(d)
        add_events(store, d, events)
    if merge:
        ensure_merged(store)


def _easing(lang, doc_id, **kw):
    return event("RETREAT", [USA[lang]], [BELAVIA[lang]], date=SEPT, doc_id=doc_id, language=lang,
                 sanction_action="ease", attribution="Reuters", **kw)


def _three_languages(store):
    for lang in ("en", "uk", "ru"):
        d = doc(f"d-{lang}", lang)
        dated = _easing(lang, d.id, sentence=2)
        undated = event("RETREAT", [USA[lang]], [BELAVIA[lang]], doc_id=d.id, language=lang,
                        sanction_action="ease", sentence=7)
        other = event("COERCE", [BLR_GOV[lang]], [], mode="arrest", doc_id=d.id, language=lang, sentence=9)
        _ingest(store, d, [undated, dated, other])


def test_mentions_are_stored_with_their_records(store):
    d = doc("d1")
    ev = _easing("en", d.id, sentence=4)
    _ingest(store, d, [ev])
    assert count_mentions(store) == 1
    [back] = document_events(store, d.id)
    assert back.to_record() == ev.to_record()
    row = store.conn.execute(
        "SELECT event_type, sanction_action, actor_countries, recipient_countries, language, sentence_index,"
        " date_start, date_end, factuality FROM event_mentions").fetchone()
    assert row == ("RETREAT", "ease", "USA", "BLR", "en", 4, "2025-09-01", "2025-09-30", "asserted")


def test_adding_events_leaves_them_pending_until_read(store):
    d = doc("d1")
    with store.transaction():
        store.add_document(d)
        add_events(store, d, [_easing("en", d.id)])
    assert is_stale(store.conn)
    assert len(list(query(store, EventQuery()))) == 1
    assert not is_stale(store.conn)


def test_incremental_merge_across_languages(store):
    _three_languages(store)
    events = list(query(store, EventQuery()))
    assert len(events) == 2
    easing = next(e for e in events if e.event.event_type == "RETREAT")
    assert easing.languages == 3 and easing.documents == 3 and len(easing.mentions) == 6
    assert easing.event.date.precision == "month"
    rec = easing.to_record()
    assert {m["language"] for m in rec["mentions"]} == {"en", "uk", "ru"}
    assert rec["mentions"][0]["attribution"] in ("Reuters", None)
    json.dumps(rec)


def test_rebuild_gives_the_same_events(store):
    _three_languages(store)
    before = sorted((e.id, len(e.mentions)) for e in query(store, EventQuery()))
    with store.transaction():
        stats = rebuild(store.conn)
    after = sorted((e.id, len(e.mentions)) for e in query(store, EventQuery()))
    assert stats.mentions == 9 and stats.events == 2
    assert before == after


def test_unmerged_mentions_are_merged_lazily_by_queries(store):
    for lang in ("en", "ru"):
        d = doc(f"d-{lang}", lang)
        _ingest(store, d, [_easing(lang, d.id)], merge=False)
    assert is_stale(store.conn)
    [e] = list(query(store, EventQuery()))
    assert e.languages == 2
    assert not is_stale(store.conn)


def test_deleting_a_document_updates_its_events(store):
    _three_languages(store)
    with store.transaction():
        assert delete_document_events(store, "d-en") == 3
    assert is_stale(store.conn)  # the other mentions of its events are pending again
    events = list(query(store, EventQuery()))
    easing = next(e for e in events if e.event.event_type == "RETREAT")
    assert easing.languages == 2 and "d-en" not in {m.document for m in easing.mentions}
    for lang in ("uk", "ru"):
        with store.transaction():
            delete_document_events(store, f"d-{lang}")
    assert list(query(store, EventQuery())) == []
    assert store.conn.execute("SELECT count(*) FROM merged_entities").fetchone()[0] == 0


@pytest.mark.parametrize("q, expected", [
    (EventQuery(actor="usa"), {"RETREAT"}),
    (EventQuery(actor="united st"), {"RETREAT"}),
    (EventQuery(recipient="белавиа"), {"RETREAT"}),
    (EventQuery(recipient="Belavia"), {"RETREAT"}),
    (EventQuery(actor="BLR"), {"COERCE"}),
    (EventQuery(actor="BLR", event_type="retreat"), set()),
    (EventQuery(event_type="COERCE"), {"COERCE"}),
    (EventQuery(since="2025-10-01"), {"COERCE"}),
    (EventQuery(until="2025-09-30"), {"RETREAT"}),
    (EventQuery(language="uk"), {"RETREAT", "COERCE"}),
    (EventQuery(language="de"), set()),
    (EventQuery(factuality="negated"), set()),
    (EventQuery(sanction=True), {"RETREAT"}),
])
def test_query_filters(store, q, expected):
    _three_languages(store)
    assert {e.event.event_type for e in query(store, q)} == expected


def test_limit(store):
    _three_languages(store)
    assert len(list(query(store, EventQuery(limit=1)))) == 1


def test_read_only_store_answers_from_what_is_merged(tmp_path):
    import sqlite3
    from pathlib import Path

    path = tmp_path / "ro.db"
    with Store.open(path) as s:
        _ingest(s, doc("d1"), [_easing("en", "d1")])  # merged
        _ingest(s, doc("d2", "uk"), [_easing("uk", "d2")], merge=False)  # pending
    conn = sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True, isolation_level=None)
    ro = Store(conn, path)
    [me] = list(query(ro, EventQuery()))
    assert me.languages == 1
    conn.close()
