"""GDELT 2.0-style events table: its 61 tab-separated columns, without a header line
(as GDELT's own files), one row per merged event.

What Kronika does not know stays empty: ethnic, religion and known-group codes, the
geography (Kronika does not geocode) and the tone. ``GLOBALEVENTID`` is a number
derived from the event id (GDELT ids are integers); ``NumMentions`` counts the merged
event's mentions, ``NumSources`` and ``NumArticles`` its documents.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timezone

from kronika.export.codes import intensity
from kronika.export.common import join
from kronika.merge.model import MergedEvent
from kronika.model import Entity

_ACTOR_FIELDS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
                 "Type1Code", "Type2Code", "Type3Code")
_GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
COLUMNS = (
    ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    + tuple(f"Actor1{f}" for f in _ACTOR_FIELDS) + tuple(f"Actor2{f}" for f in _ACTOR_FIELDS)
    + ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone")
    + tuple(f"{g}_{f}" for g in ("Actor1Geo", "Actor2Geo", "ActionGeo") for f in _GEO_FIELDS)
    + ("DATEADDED", "SOURCEURL")
)
assert len(COLUMNS) == 61


def numeric_id(event_id: str) -> int:
    """A positive integer below 2**52 from an event id (hex ids keep their first digits)."""
    try:
        return int(event_id[:13], 16)
    except ValueError:
        return int(hashlib.sha1(event_id.encode("utf-8")).hexdigest()[:13], 16)


def _actor(entities: tuple[Entity, ...]) -> list[str]:
    if not entities:
        return [""] * len(_ACTOR_FIELDS)
    first = entities[0]
    sectors = [e.sector or "" for e in entities if e.sector]
    return [
        (first.country or "") + (first.sector or ""), join(e.name.upper() for e in entities), first.country or "",
        "", "", "", "", *(sectors + ["", "", ""])[:3],
    ]


def gdelt_row(me: MergedEvent, now: datetime | None = None) -> list[str]:
    ev = me.event
    now = now or datetime.now(timezone.utc)
    try:
        d = date.fromisoformat(ev.date.start[:10])
        sqldate, month, year = d.strftime("%Y%m%d"), d.strftime("%Y%m"), str(d.year)
        fraction = f"{d.year + (d.timetuple().tm_yday - 1) / 365:.4f}"
    except (ValueError, TypeError):
        sqldate = month = year = fraction = ""
    code = ev.cameo or ""
    if len(code) == 2:
        code += "0"
    value = intensity(ev.event_type, ev.mode)
    row = [
        str(numeric_id(me.id)), sqldate, month, year, fraction,
        *_actor(ev.actor), *_actor(ev.recipient),
        "1" if ev.evidence.sentence_index <= 2 else "0", code, code[:3], code[:2],
        "" if ev.quad is None else str(ev.quad), "" if value is None else f"{value:g}",
        str(len(me.mentions)), str(me.documents), str(me.documents), "",
        *(["0"] + [""] * 7) * 3,
        now.strftime("%Y%m%d%H%M%S"), ev.document.url or "",
    ]
    assert len(row) == len(COLUMNS)
    return row
