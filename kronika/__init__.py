"""Kronika: news in English, Ukrainian and Russian turned into political event data.

The public Python API. Everything here goes through :mod:`kronika.pipeline`, the one
place where the stages are composed::

    import kronika
    events = kronika.extract_text("Washington lifted sanctions on Belavia.", published="2025-10-17")
    with kronika.open_store("news.db") as store:
        report = kronika.ingest(["feeds/"], store)
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from kronika.model import Document, Entity, Event, Mention, Rejected, TimeExpression, content_id

if TYPE_CHECKING:
    from kronika.pipeline import IngestReport
    from kronika.store import Store

__version__ = "0.1.0"


def _as_date(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def document(
    text: str,
    *,
    published: date | str | None = None,
    lang: str | None = None,
    url: str | None = None,
    title: str = "",
) -> Document:
    """A document from clean text; the language is detected from the text unless given."""
    from kronika.documents import detect_language

    language = lang if lang and lang != "auto" else detect_language(text)
    return Document.from_text(text, title=title, url=url, published=_as_date(published), language=language)


def extract_text(text: str, **kwargs: object) -> list[Event]:
    """Events of one text (keyword arguments as for :func:`document`)."""
    from kronika import pipeline

    return pipeline.extract(document(text, **kwargs))  # type: ignore[arg-type]


def extract(doc: Document) -> list[Event]:
    """Events of a document read by :func:`read`."""
    from kronika import pipeline

    return pipeline.extract(doc)


def read(paths: Iterable[str], **kwargs: object) -> Iterable[Document | Rejected]:
    """Documents from files, folders, feeds and WARC archives (bad input comes as ``Rejected``)."""
    from kronika import pipeline

    return pipeline.read(paths, **kwargs)  # type: ignore[arg-type]


def find_times(text: str, published: date | str, lang: str) -> list[TimeExpression]:
    """Time expressions of a text resolved against a publication date."""
    from kronika.language import find_times as _find_times

    return _find_times(text, _as_date(published), lang)  # type: ignore[arg-type]


def lookup_actor(text: str, lang: str | None = None, on_date: date | str | None = None) -> Entity | None:
    """How a name is resolved: canonical actor with country and sector, or None."""
    from kronika.actors import get_resolver

    return get_resolver().lookup(text, lang, _as_date(on_date))


def open_store(path: str | None = None) -> "Store":
    """The embedded store (SQLite, WAL); ``None`` means ``$KRONIKA_DB`` or ``./kronika.db``."""
    from kronika.store import Store

    return Store.open(path)


def ingest(paths: Iterable[str], store: "Store", *, with_events: bool = True) -> "IngestReport":
    """Read documents into the store with their events; documents already stored are skipped."""
    from kronika import pipeline

    return pipeline.ingest(paths, store, with_events=with_events)


__all__ = [
    "Document", "Entity", "Event", "Mention", "Rejected", "TimeExpression", "content_id",
    "document", "extract", "extract_text", "find_times", "ingest", "lookup_actor", "open_store", "read",
    "__version__",
]
