"""Stage 4: events. Trigger lexicons, argument rules, factuality, attribution, dates.

The public entry point is :func:`code_document`; everything it knows about a language
is data in ``kronika/data/events/<lang>/``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kronika.model import AnalyzedDocument, Event, Mention


def code_document(adoc: "AnalyzedDocument", mentions: "list[Mention]") -> "list[Event]":
    """PLOVER events of an analysed document given its actor mentions (see :mod:`kronika.events.coder`)."""
    from kronika.events.coder import code_document as _code

    return _code(adoc, mentions)


__all__ = ["code_document"]
