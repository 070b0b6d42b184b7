"""PLOVER JSON records, one a line (field names of the PLOVER specification, draft 0.8).

Kronika's own fields that PLOVER has no name for (factuality, sanction action, CAMEO,
attribution, how many documents and languages report the event) go under ``kronika``
so the PLOVER names keep their meaning.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from kronika.export.common import kronika_version
from kronika.merge.model import MergedEvent
from kronika.model import Entity

CODEBOOK = "PLOVER 0.8"
ENTITY_FIELDS = ("code", "sector", "entity_text", "identifier_id", "identifier_text", "religion", "ethnicity",
                 "office", "gender", "age")
RECORD_FIELDS = ("id", "date", "time", "enddate", "endtime", "actor", "recipient", "event", "event_loc",
                 "event_text", "quad_code", "event_scale", "mode", "context", "link", "text", "text_info",
                 "cite_info", "coder", "coded_date", "coded_time", "comment", "has_event")


def plover_entity(e: Entity) -> dict[str, Any]:
    return {
        "code": e.country, "sector": e.sector, "entity_text": e.text, "identifier_id": e.id,
        "identifier_text": e.name, "religion": None, "ethnicity": None, "office": None, "gender": None,
        "age": None,
    }


def to_plover(me: MergedEvent, *, now: datetime | None = None) -> dict[str, Any]:
    """The PLOVER record of a merged event (text and citation of its first report)."""
    ev = me.event
    now = now or datetime.now(timezone.utc)
    version = kronika_version()
    return {
        "id": me.id,
        "date": ev.date.start or None,
        "time": None,
        "enddate": ev.date.end or None,
        "endtime": None,
        "actor": [plover_entity(e) for e in ev.actor],
        "recipient": [plover_entity(e) for e in ev.recipient],
        "event": ev.event_type,
        "event_loc": None,
        "event_text": ev.evidence.trigger,
        "quad_code": ev.quad,
        "event_scale": ev.size or None,
        "mode": ev.mode,
        "context": list(ev.contexts),
        "link": None,
        "text": ev.evidence.sentence,
        "text_info": {
            "sequence": ev.evidence.sentence_index,
            "start": ev.evidence.start,
            "end": ev.evidence.end,
            "text_story": None,
        },
        "cite_info": {
            "corpus": "kronika",
            "citation": ev.document.title or None,
            "url": ev.document.url,
            "title": ev.document.title or None,
            "language": ev.document.language or ev.language,
            "publication": ev.document.published,
            "license": None,
            "copyright": None,
            "coder": "kronika",
            "codebook": CODEBOOK,
            "version": version,
        },
        "coder": f"kronika {version}",
        "coded_date": now.date().isoformat(),
        "coded_time": now.strftime("%H:%M:%S"),
        "comment": ev.evidence.rule or None,
        "has_event": True,
        "kronika": {
            "cameo": ev.cameo,
            "factuality": ev.factuality,
            "sanction_action": ev.sanction_action,
            "attribution": ev.attribution.text,
            "reciprocal": ev.reciprocal,
            "date_precision": ev.date.precision,
            "confidence": round(ev.confidence, 3),
            "document": ev.document.id,
            "mentions": [m.to_record() for m in me.mentions],
            "documents": me.documents,
            "languages": me.languages,
        },
    }
