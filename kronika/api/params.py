"""Query-string parameters of the HTTP API, checked one by one.

Every endpoint declares the parameters it knows; an unknown or repeated one is a 400
naming it, so a typo (``?actr=USA``) is reported instead of silently returning every
event. Values are checked the way the command line checks its options, and dates
accept the same forms as ``kronika events --since/--until`` (YYYY, YYYY-MM,
YYYY-MM-DD, widened to the first or last day they cover).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from urllib.parse import parse_qs

from kronika.api.errors import bad_parameter
from kronika.store.merged import date_bound as store_date_bound

_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
#: longest value any parameter may have: names and dates are short; more is a mistake or abuse
MAX_VALUE_CHARS = 500


class Params:
    """The query parameters of one request, restricted to ``allowed`` names."""

    def __init__(self, query: str, allowed: Iterable[str]) -> None:
        allowed = tuple(allowed)
        try:
            parsed = parse_qs(query, keep_blank_values=True, strict_parsing=False, max_num_fields=50)
        except ValueError as e:  # more than max_num_fields
            raise bad_parameter("query", str(e)) from e
        self._values: dict[str, str] = {}
        for name, values in parsed.items():
            if name not in allowed:
                known = ", ".join(allowed) if allowed else "none"
                raise bad_parameter(name, f"unknown parameter (this endpoint takes: {known})")
            if len(values) > 1:
                raise bad_parameter(name, "given more than once")
            value = values[0].strip()
            if len(value) > MAX_VALUE_CHARS:
                raise bad_parameter(name, f"longer than {MAX_VALUE_CHARS} characters")
            if value:
                self._values[name] = value

    def text(self, name: str, *, required: bool = False) -> str | None:
        value = self._values.get(name)
        if value is None and required:
            raise bad_parameter(name, "required")
        return value

    def integer(self, name: str, default: int, *, minimum: int = 0, maximum: int | None = None) -> int:
        raw = self._values.get(name)
        if raw is None:
            return default
        try:
            value = int(raw)
        except ValueError:
            raise bad_parameter(name, f"{raw!r} is not a whole number") from None
        if value < minimum:
            raise bad_parameter(name, f"must be at least {minimum}")
        if maximum is not None and value > maximum:
            raise bad_parameter(name, f"must be at most {maximum}")
        return value

    def choice(self, name: str, allowed: Iterable[str], *, lower: bool = True) -> str | None:
        raw = self._values.get(name)
        if raw is None:
            return None
        allowed = tuple(allowed)
        value = raw.lower() if lower else raw
        if value not in allowed:
            raise bad_parameter(name, f"{raw!r}: choose one of {', '.join(allowed)}")
        return value

    def language(self, name: str) -> str | None:
        raw = self._values.get(name)
        if raw is None:
            return None
        value = raw.lower()
        if not _LANGUAGE.match(value):
            raise bad_parameter(name, f"{raw!r} is not a language code (en, uk, ru, ...)")
        return value

    def day(self, name: str) -> date | None:
        """An exact date, YYYY-MM-DD."""
        raw = self._values.get(name)
        if raw is None:
            return None
        try:
            return date.fromisoformat(raw)
        except ValueError:
            raise bad_parameter(name, f"{raw!r} is not a date YYYY-MM-DD") from None

    def bound(self, name: str, *, end: bool) -> str | None:
        """YYYY, YYYY-MM or YYYY-MM-DD as the first (``end``: the last) day it covers."""
        raw = self._values.get(name)
        return None if raw is None else date_bound(raw, name, end=end)


def date_bound(value: str, name: str, *, end: bool) -> str:
    """The ISO day a partial date stands for: the same rule as ``kronika events --since/--until``."""
    try:
        return store_date_bound(value, end=end)
    except ValueError as e:
        raise bad_parameter(name, str(e)) from None


__all__ = ["MAX_VALUE_CHARS", "Params", "date_bound"]
