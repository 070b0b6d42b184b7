"""Run the coder on a fresh sentence with the real language layer and the stub actor gazetteer."""

from __future__ import annotations

from datetime import date

from kronika.events import code_document
from kronika.language import analyze
from kronika.model import Document, Event
from .stub_actors import find_mentions


def code(text: str, lang: str, published: str = "2025-06-18") -> list[Event]:
    doc = Document.from_text(text, language=lang, published=date.fromisoformat(published))
    adoc = analyze(doc)
    return code_document(adoc, find_mentions(adoc))


def one(events: list[Event], event_type: str) -> Event:
    found = [e for e in events if e.event_type == event_type]
    assert found, f"no {event_type} in {[(e.event_type, e.evidence.trigger) for e in events]}"
    return found[0]


def countries(entities) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [e.country for e in entities]
