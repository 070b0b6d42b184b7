"""Builders of synthetic events, so the scorers are tested without any coder."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kronika.model import Attribution, DocumentRef, Entity, Event, EventDate, Evidence

DATA = Path(__file__).resolve().parent / "data"
REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"


def _entities(codes: Sequence[Any], sector: str | None) -> tuple[Entity, ...]:
    out = []
    for c in codes:
        if isinstance(c, Entity):
            out.append(c)
        elif isinstance(c, tuple):  # (country, sector)
            out.append(Entity(c[0] or "?", c[0] or "?", c[0], c[1]))
        else:
            out.append(Entity(str(c), str(c), c, sector))
    return tuple(out)


def build_event(
    sentence: str,
    event_type: str,
    actor: Sequence[Any] = (),
    recipient: Sequence[Any] = (),
    *,
    factuality: str = "asserted",
    date: tuple[str, str] = ("2025-03-03", "2025-03-03"),
    mode: str | None = None,
    actor_sector: str | None = "GOV",
    recipient_sector: str | None = "GOV",
    attribution: str | None = None,
    sanction_action: str | None = None,
    size: dict[str, Any] | None = None,
    lang: str = "en",
    doc_id: str = "doc",
    index: int = 0,
) -> Event:
    """An event as the coder would emit it, from the fields a scorer looks at."""
    return Event(
        id=f"{doc_id}-{index}-{event_type}",
        event_type=event_type,
        mode=mode,
        cameo=None,
        quad=None,
        contexts=(),
        actor=_entities(actor, actor_sector),
        recipient=_entities(recipient, recipient_sector),
        date=EventDate(date[0], date[1], "day" if date[0] else "published", None),
        factuality=factuality,
        attribution=Attribution(attribution, None),
        sanction_action=sanction_action,
        size=dict(size or {}),
        language=lang,
        document=DocumentRef(doc_id, None, "", "2025-03-03", lang),
        evidence=Evidence(sentence, index, 0, len(sentence), "", "test"),
        confidence=1.0,
    )


def mini_sentences(lang: str) -> list[str]:
    """The sentences of the small test documents (one a paragraph)."""
    text = (DATA / f"mini-{lang}.txt").read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()]
