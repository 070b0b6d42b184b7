"""Event mentions in the store: one row per coded event record.

Each row holds the full record as JSON (what ``kronika events`` prints comes from it,
unchanged) plus the columns that queries and the merge rule read, so neither has to
parse JSON. Adding mentions merges them into the merged events at once (incremental:
the store is always queryable without a separate merge step); see
:mod:`kronika.store.merged`.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator

from kronika.errors import StoreError
from kronika.merge.rule import (
    MentionInfo, block_key, side_countries, side_cs, side_keys, side_names,
)
from kronika.model import Document, Event

MENTION_COLUMNS = (
    "id", "document_id", "sentence_index", "event_type", "mode", "factuality", "sanction_action",
    "reciprocal", "actor_countries", "actor_keys", "actor_cs", "actor_names",
    "recipient_countries", "recipient_keys", "recipient_cs", "recipient_names",
    "date_start", "date_end", "precision", "date_text", "published", "language", "attribution",
    "size", "block_key", "record",
)
_INSERT = (
    f"INSERT INTO event_mentions ({', '.join(MENTION_COLUMNS)})"
    f" VALUES ({', '.join('?' for _ in MENTION_COLUMNS)})"
)


def mention_row(ev: Event, doc: Document | None = None) -> tuple:
    """The column values of one mention, in :data:`MENTION_COLUMNS` order."""
    a_c, r_c = side_countries(ev.actor), side_countries(ev.recipient)
    published = ev.document.published or (doc.published.isoformat() if doc and doc.published else None)
    language = ev.language or ev.document.language or (doc.language if doc else "") or "und"
    return (
        ev.id, doc.id if doc else ev.document.id, ev.evidence.sentence_index, ev.event_type, ev.mode,
        ev.factuality, ev.sanction_action, int(ev.reciprocal),
        a_c, side_keys(ev.actor), side_cs(ev.actor), side_names(ev.actor),
        r_c, side_keys(ev.recipient), side_cs(ev.recipient), side_names(ev.recipient),
        ev.date.start or None, ev.date.end or None, ev.date.precision, ev.date.text, published, language,
        ev.attribution.text, json.dumps(ev.size, ensure_ascii=False) if ev.size else None,
        block_key(ev.event_type, ev.mode, ev.factuality, ev.sanction_action, a_c, r_c),
        json.dumps(ev.to_record(), ensure_ascii=False),
    )


#: The columns :func:`info_of_row` reads, in order.
INFO_COLUMNS = (
    "mid, block_key, document_id, sentence_index, language, actor_keys, actor_cs, actor_countries,"
    " recipient_keys, recipient_cs, recipient_countries, reciprocal, date_start, date_end, precision,"
    " published, size, date_text, id"
)


def info_of_row(row: tuple) -> tuple[str, MentionInfo]:
    """(block key, what the merge rule needs) from a row of :data:`INFO_COLUMNS`."""
    (mid, bkey, doc_id, sent, lang, a_k, a_cs, a_c, r_k, r_cs, r_c, recip, d_s, d_e, prec, pub, size,
     d_text, ev_id) = row
    return bkey, MentionInfo.of_columns(mid, doc_id, sent, lang, a_k, a_cs, a_c, r_k, r_cs, r_c, recip,
                                        d_s, d_e, prec, pub, size, d_text, ev_id)


def add_events(store, doc: Document, events: list[Event], *, merge: bool = True) -> None:  # noqa: ANN001
    """Store the events of ``doc`` and merge them into the merged events.

    Called inside the transaction that stores the document (never commits itself), so
    a document and its events are stored together or not at all. ``merge=False``
    leaves them unmerged (bulk loads); the next query merges them lazily.
    """
    if not events:
        return
    conn: sqlite3.Connection = store.conn
    infos: list[tuple[str, MentionInfo]] = []
    try:
        for ev in events:
            row = mention_row(ev, doc)
            cur = conn.execute(_INSERT, row)
            if merge:
                col = dict(zip(MENTION_COLUMNS, row))
                col["mid"] = cur.lastrowid
                infos.append(info_of_row(tuple(col[c.strip()] for c in INFO_COLUMNS.split(","))))
    except sqlite3.Error as e:
        raise StoreError(f"{store.path}: cannot store events of document {doc.id}: {e}") from e
    if merge:
        from kronika.store.merged import merge_mentions

        merge_mentions(conn, infos)


def add_mentions_bulk(conn: sqlite3.Connection, events: Iterable[Event]) -> int:
    """Insert many records at once without merging (loaders, benchmarks); returns the count.

    The caller owns the transaction and must call :func:`kronika.store.merged.rebuild`
    or let the next query merge lazily.
    """
    n = 0

    def rows() -> Iterator[tuple]:
        nonlocal n
        for ev in events:
            n += 1
            yield mention_row(ev)

    conn.executemany(_INSERT, rows())
    return n


def delete_document_events(store, document_id: str) -> int:  # noqa: ANN001
    """Remove a document's mentions (inside the caller's transaction) and update the
    merged events they belonged to; returns how many mentions were removed."""
    from kronika.store.merged import refresh

    conn: sqlite3.Connection = store.conn
    pks = [r[0] for r in conn.execute(
        "SELECT DISTINCT event_pk FROM event_mentions WHERE document_id = ? AND event_pk IS NOT NULL",
        (document_id,))]
    n = conn.execute("DELETE FROM event_mentions WHERE document_id = ?", (document_id,)).rowcount
    refresh(conn, pks)
    return n


def count_mentions(store) -> int:  # noqa: ANN001
    return store.conn.execute("SELECT count(*) FROM event_mentions").fetchone()[0]


def document_events(store, document_id: str) -> list[Event]:  # noqa: ANN001
    """The stored event records of one document, in sentence order."""
    rows = store.conn.execute(
        "SELECT record FROM event_mentions WHERE document_id = ? ORDER BY sentence_index, mid", (document_id,))
    return [Event.from_record(json.loads(r[0])) for r in rows]


__all__ = [
    "INFO_COLUMNS", "MENTION_COLUMNS", "add_events", "add_mentions_bulk", "count_mentions",
    "delete_document_events", "document_events", "info_of_row", "mention_row",
]
