"""The read endpoints: documents, merged events, sanctions lifecycles, actor look-up, health.

Each one checks its parameters, then calls the same library function the command line
calls (:func:`kronika.store.merged.select_events`/``load_events`` as ``kronika events``
does through ``query``, :func:`kronika.merge.sanctions.lifecycle` as ``kronika
sanctions``, the actor resolver as ``kronika actors lookup``), so the page, the API and
the command line give the same answers. Records are the contract's records.
"""

from __future__ import annotations

from itertools import islice
from typing import Any

from kronika.api.errors import ApiError, bad_parameter
from kronika.api.params import Params
from kronika.api.reader import StaleRead, StoreReader
from kronika.errors import UsageError
from kronika.model import FACTUALITY

#: events or documents one page may hold: bounded so one request cannot ask for a million
MAX_PAGE = 1000
DEFAULT_PAGE = 100

EVENT_PARAMS = ("actor", "recipient", "type", "since", "until", "language", "factuality", "limit", "offset")


def _page(params: Params) -> tuple[int, int]:
    return (params.integer("limit", DEFAULT_PAGE, minimum=1, maximum=MAX_PAGE),
            params.integer("offset", 0, minimum=0, maximum=10**9))


def _paged(items: list[Any], limit: int, offset: int, key: str) -> dict[str, Any]:
    """``items`` holds up to limit + 1 entries from ``offset``: the extra one says more follow."""
    more = len(items) > limit
    return {key: items[:limit], "count": min(len(items), limit), "limit": limit, "offset": offset,
            "next_offset": offset + limit if more else None}


# --------------------------------------------------------------------------- documents


def list_documents(reader: StoreReader, query: str) -> dict[str, Any]:
    params = Params(query, ("limit", "offset"))
    limit, offset = _page(params)
    with reader.reading() as store:
        # Store.documents has no offset; skipping rows in Python reads them, which is
        # fine for the pages a person browses (the page size is bounded).
        docs = [d.summary() for d in islice(store.documents(limit=offset + limit + 1), offset, None)]
        total = store.count_documents()
    out = _paged(docs, limit, offset, "documents")
    out["total"] = total
    return out


def show_document(reader: StoreReader, doc_id: str, query: str) -> dict[str, Any]:
    from kronika.store.events import document_events

    params = Params(query, ("text",))
    with_text = params.choice("text", ("0", "1", "false", "true")) not in ("0", "false")
    with reader.reading() as store:
        try:
            doc = store.document(doc_id)
        except UsageError as e:
            raise bad_parameter("id", str(e)) from None
        if doc is None:
            raise ApiError(404, f"no stored document with id {doc_id}", parameter="id")
        events = document_events(store, doc.id)
    out = doc.summary()
    out["source"] = doc.source
    out["source_id"] = doc.source_id
    if with_text:
        out["text"] = doc.text
    out["events"] = [e.to_record() for e in events]
    return out


# --------------------------------------------------------------------------- events


def event_query(params: Params, *, limit: int | None):  # noqa: ANN201 - EventQuery, imported late
    """The :class:`~kronika.store.merged.EventQuery` of ``/api/events``'s parameters."""
    from kronika.events.ontology import EVENT_TYPES
    from kronika.store.merged import EventQuery

    event_type = params.text("type")
    if event_type is not None:
        event_type = event_type.upper()
        if event_type not in EVENT_TYPES:
            raise bad_parameter("type", f"{event_type!r} is not a PLOVER event type ({', '.join(sorted(EVENT_TYPES))})")
    since, until = params.bound("since", end=False), params.bound("until", end=True)
    if since and until and since > until:
        raise bad_parameter("until", f"{until} is before since ({since})")
    return EventQuery(
        actor=params.text("actor"), recipient=params.text("recipient"), event_type=event_type,
        since=since, until=until, language=params.language("language"),
        factuality=params.choice("factuality", FACTUALITY), limit=limit,
    )


def list_events(reader: StoreReader, query: str) -> dict[str, Any]:
    """Merged events with their mentions, as ``kronika events --format jsonl`` prints them."""
    from kronika.merge.stored import load_events
    from kronika.store.merged import select_events

    params = Params(query, EVENT_PARAMS)
    limit, offset = _page(params)
    q = event_query(params, limit=offset + limit + 1)
    with reader.reading() as store:
        # kronika.merge.stored.query() = merge pending mentions + these two; the reader
        # has merged already, and its connection is read-only.
        rows = select_events(store.conn, q)[offset:]
        events = [me.to_record() for me in load_events(store.conn, rows)]
    return _paged(events, limit, offset, "events")


# --------------------------------------------------------------------------- sanctions


def list_sanctions(reader: StoreReader, query: str) -> dict[str, Any]:
    """Steps of the sanctions lifecycles, as ``kronika sanctions --format jsonl`` prints them."""
    from kronika.merge.sanctions import lifecycle

    params = Params(query, ("target",))
    target = params.text("target")
    with reader.reading() as store:
        try:
            steps = lifecycle(store, target)
        except StaleRead as e:
            raise ApiError(503, str(e), headers={"Retry-After": "2"}) from None
    return {"target": target, "steps": [s.to_record() for s in steps], "count": len(steps)}


# --------------------------------------------------------------------------- actors


def lookup_actor(query: str) -> dict[str, Any]:
    """How a name is resolved, as ``kronika actors lookup --format json``: ``actor`` is null when unknown."""
    from kronika.actors import get_resolver

    params = Params(query, ("text", "lang", "date"))
    text = params.text("text", required=True) or ""
    lang = params.choice("lang", ("en", "uk", "ru"))
    when = params.day("date")
    from kronika.api.extraction import PIPELINE_LOCK

    with PIPELINE_LOCK:
        entity = get_resolver().lookup(text, lang=lang, on_date=when)
    actor = None if entity is None else {"name": entity.name, "country": entity.country,
                                         "sector": entity.sector, "id": entity.id}
    return {"text": text, "lang": lang, "date": when.isoformat() if when else None, "actor": actor}


# --------------------------------------------------------------------------- ontology


def event_types(query: str) -> dict[str, Any]:
    """The PLOVER event types the ``type`` filter takes, with quad class, modes and meaning."""
    from kronika.events.ontology import DESCRIPTIONS, EVENT_TYPES, MODES

    Params(query, ())
    return {"types": [{"type": t, "quad": q, "modes": list(MODES.get(t, ())), "description": DESCRIPTIONS.get(t, "")}
                      for t, q in sorted(EVENT_TYPES.items())]}


# --------------------------------------------------------------------------- health


def health(reader: StoreReader, query: str) -> dict[str, Any]:
    from kronika.export.common import kronika_version
    from kronika.store.events import count_mentions

    Params(query, ())
    with reader.reading() as store:
        documents = store.count_documents()
        mentions = count_mentions(store)
        schema = store.schema_versions()
    return {"status": "ok", "version": kronika_version(), "store": str(reader.path), "schema": schema,
            "documents": documents, "mentions": mentions}


__all__ = [
    "DEFAULT_PAGE", "EVENT_PARAMS", "MAX_PAGE", "event_query", "event_types", "health",
    "list_documents", "list_events", "list_sanctions", "lookup_actor", "show_document",
]
