"""Event mentions in the store: one row per coded event record.

Each row holds the full record as JSON (what ``kronika events`` prints comes from it,
unchanged) plus the columns that queries and the merge rule read, so neither has to
parse JSON: the keys below. They are the merge rule's keys (kronika.merge.rule), but
computed here because the store comes before the merge stage and must not depend on
it.

Adding mentions only stores them (``event_pk`` NULL, "pending"): the merge stage
merges pending mentions into the merged events before anything reads them
(``kronika.merge.stored``), so an ingest stays as fast as its inserts.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator

from kronika.errors import StoreError
from kronika.model import Document, Entity, Event

SEP = "|"
UNKNOWN_COUNTRY = "?"
#: in a side's country/sector column: some entity of the side has no id
OPEN_MARKER = "*"


# --------------------------------------------------------------------------- keys


def entity_keys(e: Entity) -> set[str]:
    """Canonical keys of an entity: its id and its casefolded name with its country.

    Both, so a mention resolved with an id and one resolved without still share a key.
    """
    keys = set()
    if e.id:
        keys.add(f"id:{e.id}")
    name = (e.name or e.text or "").strip().casefold().replace(SEP, "/")
    if name:
        keys.add(f"{name}@{e.country or UNKNOWN_COUNTRY}")
    return keys


def side_countries(entities: Iterable[Entity]) -> str:
    """Sorted, '|'-joined distinct country codes of a side ('?' for unknown)."""
    return SEP.join(sorted({e.country or UNKNOWN_COUNTRY for e in entities}))


def side_keys(entities: Iterable[Entity]) -> str:
    keys: set[str] = set()
    for e in entities:
        keys |= entity_keys(e)
    return SEP.join(sorted(keys))


def side_cs(entities: Iterable[Entity]) -> str:
    """Country/sector pairs of a side, plus the marker ``*`` when an entity has no id
    (its name may be a spelling the dictionary does not know)."""
    entities = list(entities)
    pairs = {f"{e.country or UNKNOWN_COUNTRY}/{e.sector or ''}" for e in entities}
    if any(not e.id for e in entities):
        pairs.add(OPEN_MARKER)
    return SEP.join(sorted(pairs))


def side_names(entities: Iterable[Entity]) -> str:
    return SEP.join(sorted({(e.name or e.text or "").strip().replace(SEP, "/") for e in entities} - {""}))


#: Sanction actions blocked together: an article that reports a partial lifting with
#: its date often names it again as "lifted" (the rule decides when they merge).
SANCTION_BLOCK = {"ease": "relief", "lift": "relief"}


def block_key(event_type: str, mode: str | None, factuality: str, sanction_action: str | None,
              actor_countries: str, recipient_countries: str, cameo: str | None = None) -> str:
    """The blocking key: only mentions with equal keys are compared.

    The pair of country sets is unordered so that a reciprocal meeting reported as
    "A met B" and as "B met A" lands in one block; orientation is checked later.
    The CAMEO base code (its first three digits, GDELT's EventBaseCode) keeps apart
    events of one PLOVER type that are different acts: Minsk "seeking to restore
    relations" (030) and Minsk "sending invitations" (036) in the same weeks. Sanction
    events are told apart by their action instead, so easing (085) and an
    administrative lifting (081) can still meet.
    """
    pair = sorted([actor_countries, recipient_countries])
    action = SANCTION_BLOCK.get(sanction_action or "", sanction_action or "")
    base = "" if sanction_action else (cameo or "")[:3]
    return "#".join([event_type, mode or "", factuality, action, base, pair[0], pair[1]])


def event_block_key(ev: Event) -> str:
    return block_key(ev.event_type, ev.mode, ev.factuality, ev.sanction_action,
                     side_countries(ev.actor), side_countries(ev.recipient), ev.cameo)


# --------------------------------------------------------------------------- rows


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

#: The columns the merge stage reads of a mention, in this order.
INFO_COLUMNS = (
    "mid, block_key, document_id, sentence_index, language, actor_keys, actor_cs, actor_countries,"
    " recipient_keys, recipient_cs, recipient_countries, reciprocal, date_start, date_end, precision,"
    " published, size, date_text, id, sanction_action"
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
        block_key(ev.event_type, ev.mode, ev.factuality, ev.sanction_action, a_c, r_c, ev.cameo),
        json.dumps(ev.to_record(), ensure_ascii=False),
    )


def add_events(store, doc: Document, events: list[Event]) -> None:  # noqa: ANN001
    """Store the events of ``doc`` (pending: merged before they are next read).

    Called inside the transaction that stores the document (never commits itself), so
    a document and its events are stored together or not at all.
    """
    if not events:
        return
    try:
        store.conn.executemany(_INSERT, [mention_row(ev, doc) for ev in events])
    except sqlite3.Error as e:
        raise StoreError(f"{store.path}: cannot store events of document {doc.id}: {e}") from e


def add_mentions_bulk(conn: sqlite3.Connection, events: Iterable[Event]) -> int:
    """Insert many records at once (loaders, benchmarks) inside the caller's transaction;
    returns the count."""
    n = 0

    def rows() -> Iterator[tuple]:
        nonlocal n
        for ev in events:
            n += 1
            yield mention_row(ev)

    conn.executemany(_INSERT, rows())
    return n


def delete_document_events(store, document_id: str) -> int:  # noqa: ANN001
    """Remove a document's mentions (inside the caller's transaction); returns how many.

    The merged events they belonged to are dissolved and their other mentions become
    pending again, to be merged anew before the next read: a merged event must not
    keep a first report or a date that came from a removed mention.
    """
    conn: sqlite3.Connection = store.conn
    pks = [r[0] for r in conn.execute(
        "SELECT DISTINCT event_pk FROM event_mentions WHERE document_id = ? AND event_pk IS NOT NULL",
        (document_id,))]
    n = conn.execute("DELETE FROM event_mentions WHERE document_id = ?", (document_id,)).rowcount
    for i in range(0, len(pks), 500):
        chunk = pks[i:i + 500]
        marks = ", ".join("?" for _ in chunk)
        conn.execute(f"UPDATE event_mentions SET event_pk = NULL WHERE event_pk IN ({marks})", chunk)
        conn.execute(f"DELETE FROM merged_entities WHERE event_pk IN ({marks})", chunk)
        conn.execute(f"DELETE FROM merged_events WHERE pk IN ({marks})", chunk)
    return n


def count_mentions(store) -> int:  # noqa: ANN001
    return store.conn.execute("SELECT count(*) FROM event_mentions").fetchone()[0]


def document_events(store, document_id: str) -> list[Event]:  # noqa: ANN001
    """The stored event records of one document, in sentence order."""
    rows = store.conn.execute(
        "SELECT record FROM event_mentions WHERE document_id = ? ORDER BY sentence_index, mid", (document_id,))
    return [Event.from_record(json.loads(r[0])) for r in rows]


__all__ = [
    "INFO_COLUMNS", "MENTION_COLUMNS", "OPEN_MARKER", "SEP", "UNKNOWN_COUNTRY", "add_events",
    "add_mentions_bulk", "block_key", "count_mentions", "delete_document_events", "document_events",
    "entity_keys", "event_block_key", "mention_row", "side_countries", "side_cs", "side_keys", "side_names",
]
