"""Merged events of a store: kept up to date lazily and incrementally, read as MergedEvents.

Choice: **lazy, incremental**. Ingesting only stores mentions (``event_pk`` NULL,
pending): the store comes before this stage and must not depend on it, and an ingest
should run at the speed of its inserts. Every read (``kronika events``, ``sanctions``,
``export``, the API) first merges the pending mentions *into the existing merged
events* (:func:`merge_pending`): for each one it loads the merged events of the same
block whose date envelope it touches (an indexed range query), applies
:mod:`kronika.merge.rule`, and writes back only the events that changed. When most of
the store is pending (a bulk load, a re-extraction) one ordered pass over everything
(:func:`rebuild`) is faster, and it is what a rebuild would give anyway.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from kronika.errors import StoreError
from kronika.merge.batch import merge_blocks
from kronika.merge.events import date_source, first_report
from kronika.merge.model import MentionRef, MergedEvent, with_date
from kronika.merge.rule import Cluster, MentionInfo, choose
from kronika.model import Event, EventDate
from kronika.store import merged as tables
from kronika.store.merged import EventQuery

#: a rebuild instead of an incremental merge when more than this share of mentions is pending
REBUILD_SHARE = 0.10
_NEVER_LO, _NEVER_HI = "9999-12-31", "0000-01-01"  # an envelope no range query touches


def _iso(ordinal: int | None) -> str | None:
    return date.fromordinal(ordinal).isoformat() if ordinal is not None else None


def info_of_row(row: tuple) -> tuple[str, MentionInfo]:
    """(block key, what the rule needs) from a row of ``kronika.store.events.INFO_COLUMNS``."""
    (mid, bkey, doc_id, sent, lang, a_k, a_cs, a_c, r_k, r_cs, r_c, recip, d_s, d_e, prec, pub, size,
     d_text, ev_id, action) = row
    return bkey, MentionInfo.of_columns(mid, doc_id, sent, lang, a_k, a_cs, a_c, r_k, r_cs, r_c, recip,
                                        d_s, d_e, prec, pub, size, d_text, ev_id, action)


def summary_row(pk: int | None, bkey: str, c: Cluster) -> tuple:
    """The merged_events row of a cluster (pk None: a new row)."""
    members = c.members
    first = first_report(members)
    ds = date_source(members)
    event_type, mode, factuality, *_ = bkey.split("#")
    sanction_action = first.sanction_action
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


def entity_rows(c: Cluster) -> set[tuple[str, str, str]]:
    """(role, country, name_key) of every canonical name of every mention; reciprocal
    events list both sides under both roles."""
    reciprocal = any(m.reciprocal for m in c.members)
    out: set[tuple[str, str, str]] = set()
    for m in c.members:
        for role, side in (("a", m.actor), ("r", m.recipient)):
            roles = ("a", "r") if reciprocal else (role,)
            for key in side.keys:
                if key.startswith("id:"):
                    continue
                name, _, country = key.rpartition("@")
                for r in roles:
                    out.add((r, "" if country == "?" else country, name))
    return out


def _load_clusters(conn: sqlite3.Connection, pks: Sequence[int]) -> dict[int, Cluster]:
    members: dict[int, list[MentionInfo]] = {pk: [] for pk in pks}
    for row in tables.member_rows(conn, pks):
        members[row[0]].append(info_of_row(row[1:])[1])
    return {pk: Cluster.of(sorted(ms, key=lambda m: m.sort_key), pk=pk) for pk, ms in members.items() if ms}


def merge_mentions(conn: sqlite3.Connection, infos: Iterable[tuple[str, MentionInfo]]) -> int:
    """Merge stored mentions not yet merged into the merged events (incremental).

    Runs inside the caller's transaction; returns the number of merged events created.
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
            pks = tables.candidate_pks(conn, bkey, _iso(window[0]), _iso(window[1]))  # type: ignore[arg-type]
        pks += tables.document_pks(conn, m.document_id, bkey)
        pks = list(dict.fromkeys(pks))
        loaded.update(_load_clusters(conn, [pk for pk in pks if pk not in loaded]))
        candidates = [loaded[pk] for pk in pks if pk in loaded]
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
    for bkey, c in [*new, *dirty.values()]:
        c.pk = tables.write_event(conn, summary_row(c.pk, bkey, c), entity_rows(c))
    tables.link_mentions(conn, [(c.pk, m.mid) for _, c in [*new, *dirty.values()] for m in c.members])
    return len(new)


@dataclass(frozen=True, slots=True)
class RebuildStats:
    mentions: int
    events: int


def rebuild(conn: sqlite3.Connection) -> RebuildStats:
    """Recompute every merged event from the mentions (inside the caller's transaction),
    in publication order, block by block (memory holds one block)."""
    tables.clear(conn)
    rows: list[tuple] = []
    entities: list[tuple[int, str, str, str]] = []
    links: list[tuple[int, int]] = []
    n_mentions = pk = 0
    # Everything is read before anything is written: SQLite does not promise a stable
    # scan of a table the same connection updates.
    for bkey, c in merge_blocks(info_of_row(r) for r in tables.rows_by_block(conn)):
        pk += 1
        c.pk = pk
        rows.append(summary_row(pk, bkey, c))
        entities.extend((pk, *e) for e in entity_rows(c))
        links.extend((pk, m.mid) for m in c.members)
        n_mentions += len(c.members)
    tables.write_all(conn, rows, entities, links)
    return RebuildStats(n_mentions, pk)


def merge_pending(conn: sqlite3.Connection) -> int:
    """Merge every pending mention (inside the caller's transaction); returns how many."""
    pending, total = tables.count_pending(conn)
    if not pending:
        return 0
    if pending > 2_000 and pending > REBUILD_SHARE * total:
        rebuild(conn)
    else:
        merge_mentions(conn, [info_of_row(r) for r in tables.pending_rows(conn)])
    return pending


def ensure_merged(store) -> None:  # noqa: ANN001
    """Merge pending mentions of a :class:`kronika.store.Store` in a transaction of its own."""
    if tables.is_stale(store.conn):
        with store.transaction() as conn:
            merge_pending(conn)


# --------------------------------------------------------------------------- reading


def load_events(conn: sqlite3.Connection, rows: Sequence[tuple]) -> Iterator[MergedEvent]:
    """MergedEvents for rows of :func:`kronika.store.merged.select_events`, in their order."""
    for i in range(0, len(rows), 500):
        chunk = rows[i:i + 500]
        mentions: dict[int, list[tuple]] = {r[0]: [] for r in chunk}
        for m in tables.mention_rows(conn, [r[0] for r in chunk]):
            mentions[m[0]].append(m)
        firsts = tables.records(conn, [r[2] for r in chunk])
        for pk, id_, first_mid, d_start, d_end, precision, d_text in chunk:
            record = firsts.get(first_mid)
            if record is None:
                continue  # its first report was removed since the rows were selected
            ev = Event.from_record(json.loads(record))
            if d_start and (ev.date.start, ev.date.end, ev.date.precision) != (d_start, d_end, precision):
                ev = with_date(ev, EventDate(d_start, d_end or d_start, precision or "published", d_text))
            ms = sorted(mentions[pk], key=lambda m: (m[6] or "9999", m[1], m[2], m[7]))
            yield MergedEvent(id_, ev, tuple(MentionRef(m[1], m[2], m[3], m[4], m[5], m[6]) for m in ms))


def query(store, q: EventQuery | None = None) -> Iterator[MergedEvent]:  # noqa: ANN001
    """Merged events of ``store`` matching ``q``, by date (pending mentions merged first;
    a store that cannot be written, e.g. on read-only media, answers from what is merged)."""
    try:
        ensure_merged(store)
    except (StoreError, sqlite3.OperationalError):
        pass
    return load_events(store.conn, tables.select_events(store.conn, q or EventQuery()))


__all__ = [
    "EventQuery", "RebuildStats", "ensure_merged", "entity_rows", "info_of_row", "load_events",
    "merge_mentions", "merge_pending", "query", "rebuild", "summary_row",
]
