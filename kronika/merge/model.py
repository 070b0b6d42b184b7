"""Merged events: one real-world event with every mention that reports it."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from kronika.model import Event, EventDate


@dataclass(frozen=True, slots=True)
class MentionRef:
    """Where a merged event is reported: document, sentence, language, attribution."""

    document: str
    sentence: int
    language: str
    attribution: str | None = None
    #: the event record id of this mention
    event_id: str = ""
    published: str | None = None

    def to_record(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "sentence": self.sentence,
            "language": self.language,
            "attribution": self.attribution,
            "id": self.event_id,
            "published": self.published,
        }

    @classmethod
    def of(cls, ev: Event) -> "MentionRef":
        return cls(ev.document.id, ev.evidence.sentence_index, ev.language or ev.document.language,
                   ev.attribution.text, ev.id, ev.document.published)


@dataclass(frozen=True, slots=True)
class MergedEvent:
    """A merged event: the first report's record (with the tightest date any mention
    gives) and all its mentions, first report first."""

    id: str
    event: Event
    mentions: tuple[MentionRef, ...]

    @property
    def documents(self) -> int:
        return len({m.document for m in self.mentions})

    @property
    def language_codes(self) -> list[str]:
        return sorted({m.language for m in self.mentions})

    @property
    def languages(self) -> int:
        return len(self.language_codes)

    def to_record(self) -> dict[str, Any]:
        """The contract's merged record: the event record plus mentions and counts."""
        rec = self.event.to_record()
        rec["id"] = self.id
        rec["mentions"] = [m.to_record() for m in self.mentions]
        rec["languages"] = self.languages
        rec["documents"] = self.documents
        rec["language_codes"] = self.language_codes
        return rec

    @classmethod
    def single(cls, ev: Event) -> "MergedEvent":
        """One mention seen as an event of its own (exports of unmerged records)."""
        return cls(ev.id, ev, (MentionRef.of(ev),))


def with_date(ev: Event, d: EventDate) -> Event:
    return replace(ev, date=d) if d != ev.date else ev


__all__ = ["MentionRef", "MergedEvent", "with_date"]
