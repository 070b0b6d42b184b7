"""Merged events in the store, kept up to date as mentions arrive.

Choice: **incremental**. :func:`merge_mentions` runs inside the transaction that adds
a document's mentions: for each new mention it loads the merged events of the same
block whose date envelope it touches (an indexed range query), applies
:mod:`kronika.merge.rule`, and writes back only the events that changed. So
``kronika events`` never waits for a merge of the whole store. Mentions stored
without merging (bulk loads, an interrupted re-extraction) have ``event_pk`` NULL;
queries merge them first (:func:`merge_pending`, lazy). :func:`rebuild` recomputes
everything in publication order, block by block (after a re-extraction, or to make
the result independent of the order documents were ingested in).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from kronika.merge.batch import merge_blocks
from kronika.merge.events import date_source, first_report
from kronika.merge.model import MentionRef, MergedEvent
from kronika.merge.rule import Cluster, MentionInfo, choose
from kronika.model import Event, EventDate
from kronika.store.events import INFO_COLUMNS, info_of_row

_MERGED_COLUMNS = (
    "pk", "id", "block_key", "event_type", "mode", "factuality", "sanction_action", "reciprocal",
    "actor_countries", "recipient_countries", "date_start", "date_end", "precision", "date_text",
    "strong_start", "strong_end", "pub_min", "pub_max", "env_lo", "env_hi", "first_mid",
    "n_mentions", "n_documents", "n_languages", "languages",
)
_UPSERT = (
    f"INSERT OR REPLACE INTO merged_events ({', '.join(_MERGED_COLUMNS)})"
    f" VALUES ({', '.join('?' for _ in _MERGED_COLUMNS)})"
)
_NEVER_LO, _NEVER_HI = "9999-12-31", "0000-01-01"  # an envelope no range query touches


def _iso(ordinal: int | None) -> str | None:
    return date.fromordinal(ordinal).isoformat() if ordinal is not None else None


def summary_row(pk: int | None, bkey: str, c: Cluster) -> tuple:
    """The merged_events row of a cluster (pk None: a new row)."""
    members = c.members
    first = first_report(members)
    ds = date_source(members)
    event_type, mode, factuality, sanction_action, *_ = bkey.split("#")
    env = c.envelope
    langs = sorted({m.language for m in members})
    if ds.weak:
        d_start = d_end = _iso(ds.start)
        precision, text = "published", None
    else:
        d_start, d_end, precision, text = _iso(ds.start), _iso(ds.end), ds.precision, ds.date_text
    return (
        pk, first.event_id, bkey, event_type, mode or None, factuality, sanction_action or None,
        int(any(m.reciprocal for m in members)),
        "|".join(sorted(first.actor.countries)), "|".join(sorted(first.recipient.countries)),
        d_start, d_end, precision, text,
        _iso(c.strong[0]) if c.strong else None, _iso(c.strong[1]) if c.strong else None,
        _iso(c.pub_min), _iso(c.pub_max),
        _iso(env[0]) if env else _NEVER_LO, _iso(env[1]) if env else _NEVER_HI,
        first.mid, len(members), len(c.documents), len(langs), "|".join(langs),
    )


def entity_rows(pk: int, c: Cluster) -> set[tuple[int, str, str, str]]:
    """(event_pk, role, country, name_key) for every canonical name of every mention."""
    reciprocal = any(m.reciprocal for m in c.members)
    out: set[tuple[int, str, str, str]] = set()
    for m in c.members:
        for role, side in (("a", m.actor), ("r", m.recipient)):
            roles = ("a", "r") if reciprocal else (role,)
            for key in side.keys:
                if key.startswith("id:"):
                    continue
                name, _, country = key.rpartition("@")
                for r in roles:
                    out.add((pk, r, "" if country == "?" else country, name))
    return out


def _write_entities(conn: sqlite3.Connection, rows: Iterable[tuple[int, str, str, str]]) -> None:
    rows = list(rows)
    conn.executemany("INSERT INTO merged_entities (event_pk, role, country, name_key) VALUES (?, ?, ?, ?)", rows)
    conn.executemany("INSERT OR IGNORE INTO entity_names (name_key) VALUES (?)", {(r[3],) for r in rows})


def _write_cluster(conn: sqlite3.Connection, bkey: str, c: Cluster) -> None:
    if c.pk is None:
        cur = conn.execute(_UPSERT, summary_row(None, bkey, c))
        c.pk = cur.lastrowid
    else:
        conn.execute(_UPSERT, summary_row(c.pk, bkey, c))
        conn.execute("DELETE FROM merged_entities WHERE event_pk = ?", (c.pk,))
    _write_entities(conn, entity_rows(c.pk, c))  # type: ignore[arg-type]


def _load_clusters(conn: sqlite3.Connection, pks: Sequence[int]) -> dict[int, Cluster]:
    members: dict[int, list[MentionInfo]] = {pk: [] for pk in pks}
    for i in range(0, len(pks), 500):
        chunk = pks[i:i + 500]
        sql = (f"SELECT event_pk, {INFO_COLUMNS} FROM event_mentions"
               f" WHERE event_pk IN ({', '.join('?' for _ in chunk)})")
        for row in conn.execute(sql, chunk):
            members[row[0]].append(info_of_row(row[1:])[1])
    return {pk: Cluster.of(sorted(ms, key=lambda m: m.sort_key), pk=pk) for pk, ms in members.items() if ms}


def merge_mentions(conn: sqlite3.Connection, infos: Iterable[tuple[str, MentionInfo]]) -> int:
    """Merge stored, not yet merged mentions into the merged events (incremental).

    Runs inside the caller's transaction. Returns the number of merged events created.
    """
    loaded: dict[int, Cluster] = {}
    new: list[tuple[str, Cluster]] = []
    dirty: dict[int, tuple[str, Cluster]] = {}
    new_by_block: dict[str, list[Cluster]] = {}
    touched: dict[tuple[str, str], list[Cluster]] = {}
    for bkey, m in sorted(infos, key=lambda x: x[1].sort_key):
        window = m.window
        pks: list[int] = []
        if window is not None:
            pks = [r[0] for r in conn.execute(
                "SELECT pk FROM merged_events WHERE block_key = ? AND env_lo <= ? AND env_hi >= ?",
                (bkey, _iso(window[1]), _iso(window[0])))]
        pks += [r[0] for r in conn.execute(
            "SELECT DISTINCT event_pk FROM event_mentions"
            " WHERE document_id = ? AND block_key = ? AND event_pk IS NOT NULL", (m.document_id, bkey))]
        missing = [pk for pk in dict.fromkeys(pks) if pk not in loaded]
        loaded.update(_load_clusters(conn, missing))
        candidates = [loaded[pk] for pk in dict.fromkeys(pks) if pk in loaded]
        candidates += new_by_block.get(bkey, [])  # created by this call, not yet written
        # joined by this call from this document, links not yet written
        candidates += [c for c in touched.get((bkey, m.document_id), []) if c.pk is not None]
        c = choose(candidates, m)
        if c is None:
            c = Cluster()
            new.append((bkey, c))
            new_by_block.setdefault(bkey, []).append(c)
        c.absorb(m)
        touched.setdefault((bkey, m.document_id), []).append(c)
        if c.pk is not None:
            dirty[c.pk] = (bkey, c)
    for bkey, c in new:
        _write_cluster(conn, bkey, c)
    for bkey, c in dirty.values():
        _write_cluster(conn, bkey, c)
    links = [(c.pk, m.mid) for _, c in [*new, *dirty.values()] for m in c.members]
    conn.executemany("UPDATE event_mentions SET event_pk = ? WHERE mid = ?", links)
    return len(new)


def merge_pending(conn: sqlite3.Connection) -> int:
    """Merge every stored mention that is not yet part of a merged event; returns how many."""
    rows = conn.execute(f"SELECT {INFO_COLUMNS} FROM event_mentions WHERE event_pk IS NULL").fetchall()
    if not rows:
        return 0
    if len(rows) > 2_000:
        # Many at once (a bulk load): one ordered pass over everything is faster and
        # gives the order-independent result.
        rebuild(conn)
        return len(rows)
    merge_mentions(conn, [info_of_row(r) for r in rows])
    return len(rows)


def is_stale(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM event_mentions WHERE event_pk IS NULL LIMIT 1").fetchone() is not None


def refresh(conn: sqlite3.Connection, pks: Iterable[int]) -> None:
    """Recompute merged events after some of their mentions were removed."""
    pks = list(dict.fromkeys(pks))
    clusters = _load_clusters(conn, pks)
    for pk in pks:
        if pk in clusters:
            bkey = conn.execute("SELECT block_key FROM merged_events WHERE pk = ?", (pk,)).fetchone()[0]
            _write_cluster(conn, bkey, clusters[pk])
        else:
            conn.execute("DELETE FROM merged_entities WHERE event_pk = ?", (pk,))
            conn.execute("DELETE FROM merged_events WHERE pk = ?", (pk,))


@dataclass(frozen=True, slots=True)
class RebuildStats:
    mentions: int
    events: int


def rebuild(conn: sqlite3.Connection) -> RebuildStats:
    """Recompute every merged event from the mentions (inside the caller's transaction).

    Streams the mentions block by block (sorted by block key) so memory holds one block.
    """
    conn.execute("DELETE FROM merged_entities")
    conn.execute("DELETE FROM merged_events")
    conn.execute("DELETE FROM entity_names")

    def items() -> Iterator[tuple[str, MentionInfo]]:
        cur = conn.cursor()  # its own cursor: the writes below use the connection
        cur.execute(f"SELECT {INFO_COLUMNS} FROM event_mentions ORDER BY block_key")
        while True:
            rows = cur.fetchmany(10_000)
            if not rows:
                return
            for r in rows:
                yield info_of_row(r)

    # Read everything first: SQLite may not see a consistent result when the table
    # being read is updated by the same connection during the scan.
    n_mentions = n_events = 0
    merged_rows: list[tuple] = []
    entity_buf: list[tuple[int, str, str, str]] = []
    links: list[tuple[int, int]] = []
    names: set[str] = set()
    pk = 0
    for bkey, c in merge_blocks(items()):
        pk += 1
        c.pk = pk
        merged_rows.append(summary_row(pk, bkey, c))
        ents = entity_rows(pk, c)
        entity_buf.extend(ents)
        names.update(e[3] for e in ents)
        links.extend((pk, m.mid) for m in c.members)
        n_mentions += len(c.members)
        n_events += 1
    conn.executemany(_UPSERT, merged_rows)
    conn.executemany("INSERT INTO merged_entities (event_pk, role, country, name_key) VALUES (?, ?, ?, ?)",
                     entity_buf)
    conn.executemany("INSERT OR IGNORE INTO entity_names (name_key) VALUES (?)", ((n,) for n in names))
    links.sort(key=lambda x: x[1])  # rowid order: sequential page writes
    conn.executemany("UPDATE event_mentions SET event_pk = ? WHERE mid = ?", links)
    return RebuildStats(n_mentions, n_events)


# --------------------------------------------------------------------------- queries


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Filters of ``kronika events``; every field None means no filter."""

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
    """Merged events whose side ``role`` has the country code ``value`` or a name containing it."""
    params.extend([role, value.strip().upper(), role, value.strip().casefold()])
    return (
        "pk IN (SELECT event_pk FROM merged_entities WHERE role = ? AND country = ?"
        " UNION SELECT event_pk FROM merged_entities WHERE role = ? AND name_key IN"
        " (SELECT name_key FROM entity_names WHERE instr(name_key, ?) > 0))"
    )


def select_events(conn: sqlite3.Connection, q: EventQuery) -> list[tuple]:
    """(pk, id, first_mid, date_start, date_end, precision, date_text) rows matching ``q``,
    by date."""
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
    sql += " ORDER BY date_start, pk"
    if q.limit is not None:
        sql += " LIMIT ?"
        params.append(int(q.limit))
    return conn.execute(sql, params).fetchall()


def load_events(conn: sqlite3.Connection, rows: Sequence[tuple]) -> Iterator[MergedEvent]:
    """MergedEvents for rows of :func:`select_events`, in their order (500 at a time)."""
    for i in range(0, len(rows), 500):
        chunk = rows[i:i + 500]
        pks = [r[0] for r in chunk]
        marks = ", ".join("?" for _ in pks)
        mentions: dict[int, list[tuple]] = {pk: [] for pk in pks}
        for m in conn.execute(
            "SELECT event_pk, document_id, sentence_index, language, attribution, id, published, mid"
            f" FROM event_mentions WHERE event_pk IN ({marks})", pks,
        ):
            mentions[m[0]].append(m)
        firsts = {r[0]: r[1] for r in conn.execute(
            f"SELECT mid, record FROM event_mentions WHERE mid IN ({', '.join('?' for _ in chunk)})",
            [r[2] for r in chunk])}
        for pk, id_, first_mid, d_start, d_end, precision, d_text in chunk:
            record = firsts.get(first_mid)
            if record is None:
                continue  # the first report was removed by a concurrent re-extraction
            ev = Event.from_record(json.loads(record))
            if d_start:
                ev = _with_date(ev, EventDate(d_start, d_end or d_start, precision or "published", d_text))
            ms = sorted(mentions[pk], key=lambda m: (m[6] or "9999", m[1], m[2], m[7]))
            refs = tuple(MentionRef(m[1], m[2], m[3], m[4], m[5], m[6]) for m in ms)
            yield MergedEvent(id_, ev, refs)


def _with_date(ev: Event, d: EventDate) -> Event:
    from kronika.merge.model import with_date

    if ev.date.start == d.start and ev.date.end == d.end and ev.date.precision == d.precision:
        return ev
    return with_date(ev, d)


def query(conn: sqlite3.Connection, q: EventQuery) -> Iterator[MergedEvent]:
    """Merged events matching ``q`` (merging pending mentions first, when there are any)."""
    if is_stale(conn):
        _merge_pending_now(conn)
    return load_events(conn, select_events(conn, q))


def _merge_pending_now(conn: sqlite3.Connection) -> None:
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN IMMEDIATE")
    try:
        merge_pending(conn)
    except BaseException:
        if own:
            conn.execute("ROLLBACK")
        raise
    if own:
        conn.execute("COMMIT")


__all__ = [
    "EventQuery", "RebuildStats", "entity_rows", "is_stale", "load_events", "merge_mentions",
    "merge_pending", "query", "rebuild", "refresh", "select_events", "summary_row",
]
