"""What one Spark task does with its share of the input, as plain Python.

Kept apart from :mod:`kronika.scale.spark_job` so that it runs and is tested without
Spark: :func:`extract_partition` takes an iterator of ``(name, payload)`` rows and
yields tagged JSON strings. A payload is either ``str`` (one line of a JSON-lines file,
in the contract's document format) or ``bytes`` (a whole file of any kind Kronika reads:
text, HTML, JSONL, a feed, a WARC archive, gzipped or not). Documents are read by the
same readers as ``kronika extract`` and coded by :func:`kronika.pipeline.extract`, so a
cluster produces the same event records as one machine.

The dictionaries and lexicons load on the first document a worker process codes and
stay loaded (the stages cache them per process), and Spark reuses its Python workers,
so each executor loads them once, not once per task or per document.
"""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from kronika.errors import KronikaError
from kronika.model import SUPPORTED_LANGUAGES, Document, Event, Rejected

#: tags of the items :func:`extract_partition` yields
EVENT, DOCUMENT, REJECTED = "event", "document", "rejected"


@dataclass(frozen=True, slots=True)
class Options:
    """What the job's caller says about documents that say nothing themselves."""

    #: publication date (ISO) where a document carries none
    published: str | None = None
    #: a language code that overrides detection ("en", "uk", "ru"); None detects
    lang: str | None = None
    url: str | None = None


def _source(name: str, data: bytes, suffix: str):  # noqa: ANN202 - kronika.documents.sources.Source
    """A reader source over bytes held in memory (gzip unpacked unless it is a WARC)."""
    from kronika.documents.sources import HEAD_BYTES, MAX_FEED_BYTES, Source, TooLarge, kind_suffix

    gzipped = data[:2] == b"\x1f\x8b"
    if gzipped and suffix != ".warc":
        # Why unpack here rather than stream: the bytes are already in memory (Spark hands
        # a whole file to a task); the limit keeps a gzip bomb from filling it.
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as gz:
            data = gz.read(MAX_FEED_BYTES + 1)
        if len(data) > MAX_FEED_BYTES:
            raise TooLarge(f"unpacks to more than {MAX_FEED_BYTES // (1024 * 1024)} MB")
        suffix = kind_suffix(name[:-3]) if name.lower().endswith(".gz") else suffix
        gzipped = False
    return Source(name, lambda: io.BytesIO(data), data[:HEAD_BYTES], len(data), suffix, gzipped=gzipped)


def read_row(name: str, payload: str | bytes, options: Options = Options()) -> Iterator[Document | Rejected]:
    """The documents of one input row: a JSON line (``str``) or a whole file (``bytes``)."""
    from kronika.documents.build import Defaults
    from kronika.documents.reader import read_source
    from kronika.documents.sources import TooLarge, kind_suffix

    defaults = Defaults(published=date.fromisoformat(options.published) if options.published else None,
                        url=options.url, language=options.lang)
    if isinstance(payload, str):
        if not payload.strip():
            return  # a blank line between records
        data, suffix = payload.encode("utf-8"), ".jsonl"
    else:
        data, suffix = payload, kind_suffix(name)
    try:
        src = _source(name, data, suffix)
    except (TooLarge, OSError, EOFError) as e:
        yield Rejected(name, f"cannot unpack gzip: {e}")
        return
    for item in read_source(src, defaults):
        if isinstance(payload, str) and item.source == f"{name}:line 1":
            # The reader numbers the lines of the one-line source it was given; the line's
            # place in its file is not known to a task that holds only part of the file.
            item = Rejected(name, item.reason) if isinstance(item, Rejected) else replace(item, source=name)
        yield item


def document_record(doc: Document, events: int) -> dict[str, Any]:
    """The manifest line of a coded document: ``kronika documents list`` fields, where it
    came from (``source``, and ``source_id``, the id its JSON line gave), how many events."""
    return {"id": doc.id, "title": doc.title, "language": doc.language,
            "published": doc.published.isoformat() if doc.published else None,
            "url": doc.url, "chars": len(doc.text), "source": doc.source, "source_id": doc.source_id,
            "events": events}


def extract_partition(rows: Iterable[tuple[str, str | bytes] | Any], options: Options = Options()) -> Iterator[tuple[str, str]]:
    """Read and code the rows of one partition: ``(tag, JSON)`` pairs.

    ``tag`` is :data:`EVENT` (an event record, the contract's JSON), :data:`DOCUMENT` (a
    coded document's manifest line) or :data:`REJECTED` (``{"source", "reason"}``: input
    that could not be read or coded). Nothing raises for bad input: one bad file must
    not fail a job over millions. Rows may be tuples or Spark ``Row`` objects.
    """
    from kronika.pipeline import extract

    for row in rows:
        name, payload = row[0], row[1]
        for item in read_row(str(name), payload, options):
            if isinstance(item, Rejected):
                yield REJECTED, json.dumps({"source": item.source, "reason": item.reason}, ensure_ascii=False)
                continue
            events: list[Event] = []
            if item.language in SUPPORTED_LANGUAGES:
                try:
                    events = extract(item)
                except Exception as e:  # noqa: BLE001 - see below
                    # Any failure, not only KronikaError: a coder bug met on one document in
                    # millions must cost that document, not the task (Spark would retry the
                    # task, fail it again, and end the job).
                    why = str(e) if isinstance(e, KronikaError) else f"{type(e).__name__}: {e}"
                    yield REJECTED, json.dumps({"source": item.source or item.id,
                                                "reason": f"events not extracted: {' '.join(why.split())[:300]}"},
                                               ensure_ascii=False)
                    continue
            for ev in events:
                yield EVENT, json.dumps(ev.to_record(), ensure_ascii=False, sort_keys=True)
            yield DOCUMENT, json.dumps(document_record(item, len(events)), ensure_ascii=False)


def table_rows(event_lines: Iterable[str]) -> Iterator[tuple]:
    """Event record JSON lines -> rows of the flat table of ``kronika export --format parquet``.

    Values are in :data:`kronika.export.tables.COLUMN_NAMES` order, so a Parquet file
    written by the Spark job has the same columns as one written by ``kronika export``.
    """
    from kronika.export.tables import COLUMN_NAMES, table_row
    from kronika.merge.model import MergedEvent

    for line in event_lines:
        row = table_row(MergedEvent.single(Event.from_record(json.loads(line))))
        yield tuple(row[c] for c in COLUMN_NAMES)


__all__ = ["DOCUMENT", "EVENT", "Options", "REJECTED", "document_record", "extract_partition", "read_row", "table_rows"]
