"""Scoring on the PLOVER gold standard records (322 coded English sentences).

The records come from the examples of the CAMEO manual, coded with PLOVER 0.5b1 and
dated 2000-01-01. The file is JSON with trailing commas (stripped before parsing), its
first record documents the file (skipped), four old type names are mapped to PLOVER 0.8
and CAMEO-era actor codes (``JAP``) to ISO 3166 alpha-3.

The figures are defined as the acceptance scorer defines them:

- type recall: records for which some extracted event has the gold type;
- with actor: of those, records where some event of the gold type names a gold source
  country as its actor *or* recipient;
- precision: extracted events whose type is the gold type of their sentence / all
  extracted events.

One difference: the published file gives two sentences the same id
(PLOVER-GSR01-COERCE-0004); an id-keyed scorer keeps one record and credits it with the
events of both sentences. Here the second gets the id ``...#2``, so all 322 are scored.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from kronika.errors import InputError
from kronika.events.ontology import EVENT_TYPES, iso_country, modernise
from kronika.model import Document, Event

#: every record's date; the world of the actors is that of about 2000
GSR_DATE = date(2000, 1, 1)
_TRAILING_COMMA = re.compile(r",\s*([\]}])")


@dataclass(frozen=True, slots=True)
class GsrRecord:
    id: str
    text: str
    #: PLOVER 0.8 type (old names mapped)
    event: str
    mode: str | None
    #: the type as written in the file
    original_event: str
    source: frozenset[str]
    target: frozenset[str]


def _codes(side: Any) -> frozenset[str]:
    if isinstance(side, dict):
        side = [side]
    if not isinstance(side, list):
        return frozenset()
    return frozenset(iso_country(e["code"]) for e in side if isinstance(e, dict) and e.get("code"))


def parse_gsr(text: str, where: str = "PLOVER GSR") -> list[GsrRecord]:
    """The records of a GSR file's text (documentation records left out)."""
    try:
        data = json.loads(_TRAILING_COMMA.sub(r"\1", text))
    except json.JSONDecodeError as e:
        raise InputError(f"{where}: not JSON even without trailing commas: {e.msg} at line {e.lineno}") from e
    if not isinstance(data, list):
        raise InputError(f"{where}: expected a JSON list of records")
    out = []
    seen: dict[str, int] = {}
    for i, r in enumerate(data):
        if not isinstance(r, dict) or r.get("event") == "DOCUMENT":
            continue
        if not r.get("id") or not r.get("text") or not r.get("event"):
            raise InputError(f"{where}: record {i}: needs id, text and event")
        event, mode = modernise(str(r["event"]), r.get("mode") or None)
        if event not in EVENT_TYPES:
            raise InputError(f"{where}: record {r['id']}: unknown event type {r['event']!r}")
        rid = str(r["id"])
        seen[rid] = seen.get(rid, 0) + 1
        if seen[rid] > 1:  # the published file repeats one id for two sentences: keep both apart
            rid = f"{rid}#{seen[rid]}"
        out.append(GsrRecord(rid, str(r["text"]), event, mode if isinstance(mode, str) else None,
                             str(r["event"]), _codes(r.get("source")), _codes(r.get("target"))))
    return out


def load_gsr(path: str | Path) -> list[GsrRecord]:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"{p}: cannot read: {e}") from e
    records = parse_gsr(text, str(p))
    if not records:
        raise InputError(f"{p}: no records")
    return records


def gsr_document(r: GsrRecord) -> Document:
    """The record as a document: English, published on the records' date, id = record id."""
    return Document(id=r.id, text=r.text, title="", published=GSR_DATE, language="en", source=r.id, source_id=r.id)


def _party_countries(ev: Event) -> set[str | None]:
    return {x.country for x in (*ev.actor, *ev.recipient)}


def score_gsr(records: Sequence[GsrRecord], events_by_id: Mapping[str, Sequence[Event]]) -> dict[str, Any]:
    """Type recall, recall with actor and precision, per type too, with the misses."""
    typ = dyad = right = total = 0
    per: Counter = Counter()
    per_n: Counter = Counter()
    per_dyad: Counter = Counter()
    extracted_by_type: Counter = Counter()
    right_by_type: Counter = Counter()
    misses: list[dict[str, Any]] = []
    for r in records:
        evs = list(events_by_id.get(r.id, ()))
        per_n[r.event] += 1
        total += len(evs)
        for e in evs:
            extracted_by_type[e.event_type] += 1
            if e.event_type == r.event:
                right += 1
                right_by_type[e.event_type] += 1
        hit = [e for e in evs if e.event_type == r.event]
        if hit:
            typ += 1
            per[r.event] += 1
            if any(r.source & _party_countries(e) for e in hit):
                dyad += 1
                per_dyad[r.event] += 1
        else:
            misses.append({"id": r.id, "want": r.event, "got": [e.event_type for e in evs], "text": r.text})
    n = len(records)
    return {
        "records": n,
        "events": total,
        "counts": {"type_found": typ, "with_actor": dyad, "right": right},
        "type_recall": round(typ / n, 3) if n else 0.0,
        "with_actor": round(dyad / n, 3) if n else 0.0,
        "actor_accuracy": round(dyad / typ, 3) if typ else 0.0,
        "precision": round(right / total, 3) if total else 0.0,
        "per_type": {
            t: {"found": per[t], "records": per_n[t], "with_actor": per_dyad[t],
                "extracted": extracted_by_type[t], "right": right_by_type[t]}
            for t in sorted(per_n)
        },
        "false_types": {t: extracted_by_type[t] - right_by_type[t] for t in sorted(extracted_by_type)
                        if extracted_by_type[t] - right_by_type[t]},
        "misses": misses,
    }


def evaluate_plover(records: Iterable[GsrRecord], extract: Callable[[Document], list[Event]]) -> dict[str, Any]:
    """Extract every record's events in process and score them."""
    records = list(records)
    by_id = {r.id: list(extract(gsr_document(r))) for r in records}
    return score_gsr(records, by_id)


__all__ = ["GSR_DATE", "GsrRecord", "evaluate_plover", "gsr_document", "load_gsr", "parse_gsr", "score_gsr"]
