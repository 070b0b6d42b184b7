"""ICEWS-style coded events table: its 20 columns, tab-separated, names as ICEWS spells them.

ICEWS names countries in words; Kronika writes the ISO 3166 alpha-3 code (or EUR, IGO…)
in ``Source Country``/``Target Country``, which scripts can map with any country table.
One row per merged event, from its first report (``Story ID``, ``Sentence Number``).
"""

from __future__ import annotations

from kronika.export.codes import intensity, publisher
from kronika.export.common import join
from kronika.merge.model import MergedEvent

COLUMNS = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code",
    "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher",
    "City", "District", "Province", "Country", "Latitude", "Longitude",
)
assert len(COLUMNS) == 20


def icews_row(me: MergedEvent) -> list[str]:
    ev = me.event
    value = intensity(ev.event_type, ev.mode)
    text = ev.event_type.title() + (f" ({ev.mode})" if ev.mode else "")
    row = [
        me.id, ev.date.start, join(e.name for e in ev.actor), join(e.sector or "" for e in ev.actor),
        join(e.country or "" for e in ev.actor), text, ev.cameo or "", "" if value is None else f"{value:g}",
        join(e.name for e in ev.recipient), join(e.sector or "" for e in ev.recipient),
        join(e.country or "" for e in ev.recipient), ev.document.id, str(ev.evidence.sentence_index),
        publisher(ev.document.url) or ev.document.title,
        "", "", "", "", "", "",
    ]
    assert len(row) == len(COLUMNS)
    return row
