"""Merged events as a flat table: the CSV export and the Parquet export share it.

One row per merged event; multi-valued cells (compound actors, contexts, languages)
are ';'-joined; ``mentions_json`` keeps every report (document, sentence, language,
attribution) as JSON so nothing is lost in a flat file.
"""

from __future__ import annotations

import json
from typing import Any

from kronika.export.codes import intensity
from kronika.export.common import join
from kronika.merge.model import MergedEvent

#: (column, type) — types for Parquet: str, int, float, bool
COLUMNS: tuple[tuple[str, type], ...] = (
    ("id", str), ("date_start", str), ("date_end", str), ("date_precision", str), ("date_text", str),
    ("event_type", str), ("mode", str), ("cameo", str), ("quad", int), ("intensity", float),
    ("contexts", str), ("factuality", str), ("sanction_action", str), ("reciprocal", bool),
    ("actor_names", str), ("actor_countries", str), ("actor_sectors", str), ("actor_ids", str), ("actor_texts", str),
    ("recipient_names", str), ("recipient_countries", str), ("recipient_sectors", str), ("recipient_ids", str),
    ("recipient_texts", str),
    ("attribution", str), ("confidence", float), ("language", str),
    ("document_id", str), ("document_url", str), ("document_title", str), ("published", str),
    ("sentence_index", int), ("sentence", str), ("trigger", str), ("rule", str),
    ("mentions", int), ("documents", int), ("languages", int), ("language_codes", str), ("mentions_json", str),
)
COLUMN_NAMES = tuple(c for c, _ in COLUMNS)


def table_row(me: MergedEvent) -> dict[str, Any]:
    ev = me.event
    row = {
        "id": me.id, "date_start": ev.date.start or None, "date_end": ev.date.end or None,
        "date_precision": ev.date.precision, "date_text": ev.date.text,
        "event_type": ev.event_type, "mode": ev.mode, "cameo": ev.cameo, "quad": ev.quad,
        "intensity": intensity(ev.event_type, ev.mode), "contexts": join(ev.contexts),
        "factuality": ev.factuality, "sanction_action": ev.sanction_action, "reciprocal": ev.reciprocal,
        "actor_names": join(e.name for e in ev.actor), "actor_countries": join(e.country or "" for e in ev.actor),
        "actor_sectors": join(e.sector or "" for e in ev.actor), "actor_ids": join(e.id or "" for e in ev.actor),
        "actor_texts": join(e.text for e in ev.actor),
        "recipient_names": join(e.name for e in ev.recipient),
        "recipient_countries": join(e.country or "" for e in ev.recipient),
        "recipient_sectors": join(e.sector or "" for e in ev.recipient),
        "recipient_ids": join(e.id or "" for e in ev.recipient),
        "recipient_texts": join(e.text for e in ev.recipient),
        "attribution": ev.attribution.text, "confidence": round(ev.confidence, 3),
        "language": ev.language or ev.document.language,
        "document_id": ev.document.id, "document_url": ev.document.url, "document_title": ev.document.title,
        "published": ev.document.published, "sentence_index": ev.evidence.sentence_index,
        "sentence": ev.evidence.sentence, "trigger": ev.evidence.trigger, "rule": ev.evidence.rule,
        "mentions": len(me.mentions), "documents": me.documents, "languages": me.languages,
        "language_codes": join(me.language_codes),
        "mentions_json": json.dumps([m.to_record() for m in me.mentions], ensure_ascii=False),
    }
    return row
