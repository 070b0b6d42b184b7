"""From what a reader found (a draft) to a :class:`~kronika.model.Document`.

Every reader fills in a :class:`Draft` with what its source carries; this module does
what is the same for all of them: clean the text, choose the title, fill in the
publication date and URL the caller gave where the source gave none, detect the
language, and derive the id from the clean text, so the same article read from a text
file, a page or a feed is one document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from kronika.documents.cleaning import clean
from kronika.documents.langid import detect_language, normalise_language
from kronika.model import Document, Rejected

_WORDISH = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True, slots=True)
class Draft:
    """What one source says about one document, before cleaning."""

    text: str
    source: str
    title: str | None = None
    url: str | None = None
    published: date | None = None
    language: str | None = None
    source_id: str | None = None
    #: True when each line is already a paragraph (HTML extraction, feed content)
    lines_are_paragraphs: bool = False


@dataclass(frozen=True, slots=True)
class Defaults:
    """What the caller says about documents that say nothing themselves."""

    published: date | None = None
    url: str | None = None
    #: a language that overrides detection and what the source declares
    language: str | None = None


def finish(draft: Draft, defaults: Defaults) -> Document | Rejected:
    """Clean the draft and make it a document, or say why it is not one."""
    if not _WORDISH.search(draft.text) and not (draft.title and _WORDISH.search(draft.title)):
        return Rejected(draft.source, "no words in the text")
    cleaned = clean(draft.text, title=draft.title, join_wrapped=not draft.lines_are_paragraphs)
    text = cleaned.text
    if not _WORDISH.search(text):
        return Rejected(draft.source, "no text left after removing navigation and captions")
    language = defaults.language or normalise_language(draft.language) or detect_language(text)
    return Document.from_text(
        text,
        title=cleaned.title,
        url=draft.url or defaults.url,
        published=draft.published or cleaned.published or defaults.published,
        language=language,
        source=draft.source,
        source_id=draft.source_id,
    )


_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


def parse_date(value: object) -> date | None:
    """A date from "YYYY-MM-DD", an ISO date-time, a date or a datetime; None if empty.

    Raises ValueError for a value that is present but not a date (the caller names the
    field and the line).
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        m = _ISO_DATE.match(value)
        if m:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    raise ValueError(f"not a date in the form YYYY-MM-DD: {value!r}")
