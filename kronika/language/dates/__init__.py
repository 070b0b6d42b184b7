"""Time expressions: found by rules from data, resolved against the publication date."""

from __future__ import annotations

from datetime import date

from kronika.model import TimeExpression


def find_times(text: str, published: date, lang: str) -> list[TimeExpression]:
    """The time expressions of ``text`` resolved against ``published``."""
    from kronika.language.dates.engine import find_times as _find

    return _find(text, published, lang)
