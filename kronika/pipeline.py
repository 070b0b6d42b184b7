"""The one place where Kronika's stages are composed, in the order the data flows.

documents -> language -> actors -> events -> store -> merge -> export

Each stage is a library with its own entry point; this module only wires them, so a
stage can be tested alone and replaced without touching the others. The CLI, the
Python API and the batch jobs all go through here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import TYPE_CHECKING

from kronika.model import SUPPORTED_LANGUAGES, AnalyzedDocument, Document, Event, Mention, Rejected

if TYPE_CHECKING:
    from kronika.store import Store


def read(
    paths: Iterable[str],
    *,
    published: date | None = None,
    lang: str | None = None,
    url: str | None = None,
) -> Iterator[Document | Rejected]:
    """Stage 1: documents from files, folders, feeds, archives or '-' (standard input)."""
    from kronika.documents import read_paths

    return read_paths(paths, published=published, lang=lang, url=url)


def analyze(doc: Document) -> AnalyzedDocument:
    """Stage 2: sentences, tokens, lemma candidates and time expressions."""
    from kronika.language import analyze as _analyze

    return _analyze(doc)


def find_actors(adoc: AnalyzedDocument) -> list[Mention]:
    """Stage 3: actor mentions resolved for the document's date (unknown names kept)."""
    from kronika.actors import get_resolver

    return get_resolver().find_mentions(adoc)


def code_events(adoc: AnalyzedDocument, mentions: list[Mention]) -> list[Event]:
    """Stage 4: PLOVER events with arguments, date, factuality, attribution, provenance."""
    from kronika.events import code_document

    return code_document(adoc, mentions)


def extract(doc: Document) -> list[Event]:
    """Stages 2-4 for one document: what ``kronika extract`` prints."""
    adoc = analyze(doc)
    return code_events(adoc, find_actors(adoc))


# --------------------------------------------------------------------------- ingest


class IngestReport:
    """What an ingest did: counts, and each failure with its source and reason."""

    def __init__(self) -> None:
        self.read = 0
        self.new = 0
        self.duplicates = 0
        self.events = 0
        self.failed: list[Rejected] = []

    def as_dict(self) -> dict[str, object]:
        return {
            "read": self.read,
            "new": self.new,
            "already_stored": self.duplicates,
            "events": self.events,
            "failed": [str(r) for r in self.failed],
        }


def ingest(
    paths: Iterable[str],
    store: "Store",
    *,
    with_events: bool = True,
    on_item: Callable[[Document | Rejected, str], None] | None = None,
    published: date | None = None,
    lang: str | None = None,
    url: str | None = None,
) -> IngestReport:
    """Stages 1-5: read documents, extract their events, store both.

    Each document is stored together with its events in one transaction, so an ingest
    killed half-way leaves every stored document complete, and running it again
    continues where it stopped (stored documents are recognised by their content id).
    ``on_item(item, outcome)`` is called per document with outcome ``new``,
    ``duplicate`` or ``failed`` (for progress bars). ``published``, ``lang`` and ``url``
    are what :func:`read` takes: defaults for documents that carry none.
    """
    report = IngestReport()
    for item in read(paths, published=published, lang=lang, url=url):
        if isinstance(item, Rejected):
            report.failed.append(item)
            _tell(on_item, item, "failed")
            continue
        report.read += 1
        if store.has_document(item.id):
            report.duplicates += 1
            _tell(on_item, item, "duplicate")
            continue
        events: list[Event] = []
        if with_events and item.language in SUPPORTED_LANGUAGES:
            try:
                events = extract(item)
            except Exception as e:  # noqa: BLE001 - one document that cannot be coded must not stop the batch
                # The document is still stored (without events) and the failure reported;
                # `kronika reextract` codes it again after a fix.
                report.failed.append(Rejected(item.source or item.id, f"events not extracted: {type(e).__name__}: {e}"))
        with store.transaction():
            added = store.add_document(item)
            if added and events:
                from kronika.store.events import add_events

                add_events(store, item, events)
        if not added:  # another process stored it meanwhile
            report.duplicates += 1
            _tell(on_item, item, "duplicate")
            continue
        report.new += 1
        report.events += len(events)
        _tell(on_item, item, "new")
    return report


def _tell(on_item: Callable[[Document | Rejected, str], None] | None, item: Document | Rejected, outcome: str) -> None:
    if on_item is not None:
        on_item(item, outcome)
