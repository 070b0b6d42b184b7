"""POLECAT-style table: the 40 POLECAT columns, tab-separated, names as POLECAT spells them.

Compound actors are one row with ';'-joined cells (POLECAT codes one actor per field;
splitting a compound actor into copies would count the event twice). Kronika does not
geocode and keeps no story-level entity lists: those columns are empty.
"""

from __future__ import annotations

from kronika.export.codes import cow_code, intensity, publisher
from kronika.export.common import join, kronika_version
from kronika.merge.model import MergedEvent
from kronika.model import Entity

COLUMNS = (
    "Event ID", "Event Date", "Event Type", "Event Mode", "Event Intensity", "Quad Code", "Contexts",
    "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors", "Actor Title",
    "Actor Name Raw", "Wikipedia Actor ID",
    "Recipient Name", "Recipient Country", "Recipient COW", "Primary Recipient Sector", "Recipient Sectors",
    "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID",
    "Placename", "City", "District", "Province", "Country", "Latitude", "Longitude", "GeoNames ID",
    "Raw Placename", "Feature Type",
    "Source", "Publication Date", "Story People", "Story Organizations", "Story Locations", "Language",
    "Version",
)
assert len(COLUMNS) == 40


def _side(entities: tuple[Entity, ...]) -> list[str]:
    return [
        join(e.name for e in entities),
        join(e.country or "" for e in entities),
        join(cow_code(e.country) for e in entities),
        (entities[0].sector or "") if entities else "",
        join(e.sector or "" for e in entities),
        "",
        join(e.text for e in entities),
        join(e.id or "" for e in entities),
    ]


def polecat_row(me: MergedEvent) -> list[str]:
    ev = me.event
    value = intensity(ev.event_type, ev.mode)
    row = [
        me.id, ev.date.start, ev.event_type, ev.mode or "", "" if value is None else f"{value:g}",
        "" if ev.quad is None else str(ev.quad), join(ev.contexts),
        *_side(ev.actor), *_side(ev.recipient),
        *([""] * 10),
        publisher(ev.document.url) or ev.document.title, ev.document.published or "",
        "", "", "", ev.language or ev.document.language, f"kronika-{kronika_version()}",
    ]
    assert len(row) == len(COLUMNS)
    return row
