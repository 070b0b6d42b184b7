"""Options several commands share: the document defaults ``extract`` and ``ingest`` take."""

from __future__ import annotations

from datetime import date

from kronika.errors import UsageError

LANGS = ("auto", "en", "uk", "ru")


def parse_published(value: str | None) -> date | None:
    """``--published``: a YYYY-MM-DD date, or None; anything else is a usage error (exit 2)."""
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--published: expected a date YYYY-MM-DD, got {value!r}") from None


def parse_lang(value: str) -> str | None:
    """``--lang``: en, uk or ru, or None for ``auto`` (detected from each document's text)."""
    lang = value.lower()
    if lang not in LANGS:
        raise UsageError(f"--lang: expected one of {', '.join(LANGS)}, got {value!r}")
    return None if lang == "auto" else lang
