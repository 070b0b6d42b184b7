"""The merged-event tables: the SQL the merge stage and the queries need, nothing more.

What belongs together is decided by the merge stage (:mod:`kronika.merge.stored`,
applying :mod:`kronika.merge.rule`); this module only reads and writes rows: candidate
events of a block and date range, their members, merged rows with their entities,
mention -> event links, and the queries of ``kronika events``. Mentions not yet merged
have ``event_pk`` NULL (pending).

``merge_pending(conn)``, ``load_events(conn, rows)``, ``query``, ``rebuild`` and
``ensure_merged(store)`` live in :mod:`kronika.merge.stored` (same signatures): the
store comes before the merge stage and must not import it (tests/test_architecture.py).
"""

from __future__ import annotations

import calendar
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from kronika.store.events import INFO_COLUMNS

MERGED_COLUMNS = (
    "pk", "id", "block_key", "event_type", "mode", "factuality", "sanction_action", "reciprocal",
    "actor_countries", "recipient_countries", "date_start", "date_end", "precision", "date_text",
    "strong_start", "strong_end", "pub_min", "pub_max", "env_lo", "env_hi", "first_mid",
    "n_mentions", "n_documents", "n_languages", "languages",
)
_UPSERT = (
    f"INSERT OR REPLACE INTO merged_events ({', '.join(MERGED_COLUMNS)})"
    f" VALUES ({', '.join('?' for _ in MERGED_COLUMNS)})"
)
_ENTITY_INSERT = "INSERT INTO merged_entities (event_pk, role, country, name_key) VALUES (?, ?, ?, ?)"
_CHUNK = 500  # SQLite's default limit of variables is 999 on older builds


def _chunks(items: Sequence, n: int = _CHUNK) -> Iterator[Sequence]:
    for i in range(0, len(items), n):
        yield items[i:i + n]


# --------------------------------------------------------------------------- pending mentions


def is_stale(conn: sqlite3.Connection) -> bool:
    """Whether some stored mention is not yet part of a merged event."""
    return conn.execute("SELECT 1 FROM event_mentions WHERE event_pk IS NULL LIMIT 1").fetchone() is not None


def count_pending(conn: sqlite3.Connection) -> tuple[int, int]:
    """(pending mentions, all mentions)."""
    pending = conn.execute("SELECT count(*) FROM event_mentions WHERE event_pk IS NULL").fetchone()[0]
    return pending, conn.execute("SELECT count(*) FROM event_mentions").fetchone()[0]


def pending_rows(conn: sqlite3.Connection) -> list[tuple]:
    """:data:`INFO_COLUMNS` rows of the pending mentions."""
    return conn.execute(f"SELECT {INFO_COLUMNS} FROM event_mentions WHERE event_pk IS NULL").fetchall()


def rows_by_block(conn: sqlite3.Connection) -> Iterator[tuple]:
    """:data:`INFO_COLUMNS` rows of every mention, sorted by block key, streamed."""
    cur = conn.cursor()
    cur.execute(f"SELECT {INFO_COLUMNS} FROM event_mentions ORDER BY block_key")
    while True:
        rows = cur.fetchmany(10_000)
        if not rows:
            return
        yield from rows


# --------------------------------------------------------------------------- candidates


def candidate_pks(conn: sqlite3.Connection, bkey: str, lo: str, hi: str) -> list[int]:
    """Merged events of block ``bkey`` whose date envelope touches [lo, hi] (ISO dates)."""
    return [r[0] for r in conn.execute(
        "SELECT pk FROM merged_events WHERE block_key = ? AND env_lo <= ? AND env_hi >= ?", (bkey, hi, lo))]


def document_pks(conn: sqlite3.Connection, document_id: str, bkey: str) -> list[int]:
    """Merged events of block ``bkey`` that the document already reports."""
    return [r[0] for r in conn.execute(
        "SELECT DISTINCT event_pk FROM event_mentions WHERE document_id = ? AND block_key = ?"
        " AND event_pk IS NOT NULL", (document_id, bkey))]


def member_rows(conn: sqlite3.Connection, pks: Sequence[int]) -> Iterator[tuple]:
    """(event_pk, *INFO_COLUMNS) of every mention of the given merged events."""
    for chunk in _chunks(list(pks)):
        yield from conn.execute(
            f"SELECT event_pk, {INFO_COLUMNS} FROM event_mentions WHERE event_pk IN ({', '.join('?' for _ in chunk)})",
            list(chunk))


def block_of(conn: sqlite3.Connection, pk: int) -> str | None:
    row = conn.execute("SELECT block_key FROM merged_events WHERE pk = ?", (pk,)).fetchone()
    return row[0] if row else None


# --------------------------------------------------------------------------- writes


def write_event(conn: sqlite3.Connection, row: tuple, entities: Iterable[tuple[str, str, str]]) -> int:
    """Insert (``row[0]`` None) or replace a merged event with its (role, country, name) entities;
    returns its pk."""
    pk = row[0]
    if pk is None:
        pk = conn.execute(_UPSERT, row).lastrowid
    else:
        conn.execute(_UPSERT, row)
        conn.execute("DELETE FROM merged_entities WHERE event_pk = ?", (pk,))
    ents = [(pk, role, country, name) for role, country, name in entities]
    conn.executemany(_ENTITY_INSERT, ents)
    conn.executemany("INSERT OR IGNORE INTO entity_names (name_key) VALUES (?)", {(e[3],) for e in ents})
    return pk


def link_mentions(conn: sqlite3.Connection, links: Iterable[tuple[int, int]]) -> None:
    """Set ``event_pk`` of mentions: (event_pk, mid) pairs."""
    conn.executemany("UPDATE event_mentions SET event_pk = ? WHERE mid = ?", links)


def delete_event(conn: sqlite3.Connection, pk: int) -> None:
    conn.execute("DELETE FROM merged_entities WHERE event_pk = ?", (pk,))
    conn.execute("DELETE FROM merged_events WHERE pk = ?", (pk,))


def clear(conn: sqlite3.Connection) -> None:
    """Forget every merged event (before a rebuild)."""
    conn.execute("DELETE FROM merged_entities")
    conn.execute("DELETE FROM merged_events")
    conn.execute("DELETE FROM entity_names")


def write_all(conn: sqlite3.Connection, rows: list[tuple], entities: list[tuple[int, str, str, str]],
              links: list[tuple[int, int]]) -> None:
    """Bulk-write merged events with explicit pks, their entities and the mention links."""
    conn.executemany(_UPSERT, rows)
    conn.executemany(_ENTITY_INSERT, entities)
    conn.executemany("INSERT OR IGNORE INTO entity_names (name_key) VALUES (?)", {(e[3],) for e in entities})
    links.sort(key=lambda x: x[1])  # rowid order: sequential page writes
    link_mentions(conn, links)


# --------------------------------------------------------------------------- queries


_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def date_bound(value: str, *, end: bool) -> str:
    """The ISO day a partial date (YYYY, YYYY-MM or YYYY-MM-DD) stands for at the start
    (``end``: the end) of its span: how ``--since``/``--until`` and the HTTP API's
    ``since``/``until`` read a date. Raises ValueError naming what is wrong."""
    m = _PARTIAL_DATE.match(value.strip())
    if not m:
        raise ValueError(f"{value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if day:
            return date(year, int(month), int(day)).isoformat()
        if month:
            mo = int(month)
            last = calendar.monthrange(year, mo)[1]  # raises for month 13
            return f"{year:04d}-{mo:02d}-{last if end else 1:02d}"
    except (ValueError, calendar.IllegalMonthError) as e:
        raise ValueError(f"{value!r}: {e}") from None
    return f"{year:04d}-12-31" if end else f"{year:04d}-01-01"


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Filters of ``kronika events``; None means no filter."""

    actor: str | None = None
    recipient: str | None = None
    event_type: str | None = None
    since: str | None = None
    until: str | None = None
    language: str | None = None
    factuality: str | None = None
    sanction: bool = False
    limit: int | None = None


def _side_filter(role: str, value: str, params: list) -> str:
    """Merged events whose side ``role`` has the country code ``value`` or a name containing it.

    Names are matched in the small table of distinct names first, then through the
    (role, name) index: a substring search over a million events' names would be a scan.
    """
    params.extend([role, value.strip().upper(), role, value.strip().casefold()])
    return (
        "pk IN (SELECT event_pk FROM merged_entities WHERE role = ? AND country = ?"
        " UNION SELECT event_pk FROM merged_entities WHERE role = ? AND name_key IN"
        " (SELECT name_key FROM entity_names WHERE instr(name_key, ?) > 0))"
    )


def select_events(conn: sqlite3.Connection, q: EventQuery) -> list[tuple]:
    """(pk, id, first_mid, date_start, date_end, precision, date_text) of the merged events
    matching ``q``, by date."""
    where: list[str] = []
    params: list = []
    if q.actor:
        where.append(_side_filter("a", q.actor, params))
    if q.recipient:
        where.append(_side_filter("r", q.recipient, params))
    if q.event_type:
        where.append("event_type = ?")
        params.append(q.event_type.strip().upper())
    if q.since:
        where.append("date_end >= ?")
        params.append(q.since)
    if q.until:
        where.append("date_start <= ?")
        params.append(q.until)
    if q.language:
        where.append("instr('|' || languages || '|', ?) > 0")
        params.append(f"|{q.language.strip().lower()}|")
    if q.factuality:
        where.append("factuality = ?")
        params.append(q.factuality.strip().lower())
    if q.sanction:
        where.append("sanction_action IS NOT NULL")
    sql = "SELECT pk, id, first_mid, date_start, date_end, precision, date_text FROM merged_events"
    if where:
        sql += " WHERE " + " AND ".join(where)
    order = "date_start"
    if q.since and not (q.actor or q.recipient or q.event_type):
        # Only a lower date bound: walking the date_start index filters most rows when
        # the bound is recent; the date_end index then finds them at once, and sorting a
        # few thousand is cheaper. '+' keeps SQLite from ordering by the index.
        hits = conn.execute("SELECT count(*) FROM merged_events WHERE date_end >= ?", (q.since,)).fetchone()[0]
        if q.limit is None or hits < 50_000:
            order = "+date_start"
    sql += f" ORDER BY {order}, pk"
    if q.limit is not None:
        sql += " LIMIT ?"
        params.append(int(q.limit))
    return conn.execute(sql, params).fetchall()


def mention_rows(conn: sqlite3.Connection, pks: Sequence[int]) -> Iterator[tuple]:
    """(event_pk, document_id, sentence_index, language, attribution, id, published, mid)
    of the mentions of the given merged events."""
    for chunk in _chunks(list(pks)):
        yield from conn.execute(
            "SELECT event_pk, document_id, sentence_index, language, attribution, id, published, mid"
            f" FROM event_mentions WHERE event_pk IN ({', '.join('?' for _ in chunk)})", list(chunk))


def records(conn: sqlite3.Connection, mids: Sequence[int]) -> dict[int, str]:
    """The record JSON of the given mentions, by mid."""
    out: dict[int, str] = {}
    for chunk in _chunks(list(mids)):
        out.update(conn.execute(
            f"SELECT mid, record FROM event_mentions WHERE mid IN ({', '.join('?' for _ in chunk)})", list(chunk)))
    return out


__all__ = [
    "EventQuery", "MERGED_COLUMNS", "block_of", "candidate_pks", "clear", "count_pending", "delete_event",
    "document_pks", "is_stale", "link_mentions", "member_rows", "mention_rows", "pending_rows", "records",
    "rows_by_block", "select_events", "write_all", "write_event",
]
