"""What every export needs: events as MergedEvents, joined list cells, the version."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from kronika.merge.model import MergedEvent
from kronika.model import Entity, Event

#: separator inside one cell for multi-valued fields (compound actors, contexts)
LIST_SEP = ";"


def as_merged(events: Iterable[MergedEvent | Event]) -> Iterator[MergedEvent]:
    """Accept merged events or single event records (each then counts as one event)."""
    for e in events:
        yield e if isinstance(e, MergedEvent) else MergedEvent.single(e)


def join(values: Iterable[object]) -> str:
    return LIST_SEP.join("" if v is None else str(v) for v in values)


def names(entities: Iterable[Entity]) -> str:
    return join(e.name for e in entities)


def kronika_version() -> str:
    try:
        from importlib.metadata import version

        return version("kronika")
    except Exception:  # noqa: BLE001 - running from a source tree without metadata
        return "0"
