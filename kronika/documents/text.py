"""Plain text files as scraped: one document a file.

The encoding is detected from the bytes (:mod:`kronika.documents.encoding`); navigation,
captions and page furniture are removed and the title found by
:mod:`kronika.documents.cleaning`.
"""

from __future__ import annotations

from collections.abc import Iterator

from kronika.documents.build import Defaults, Draft, finish
from kronika.documents.encoding import DecodeError, decode
from kronika.documents.sources import MAX_DOCUMENT_BYTES, Source, TooLarge
from kronika.model import Document, Rejected


def read_text(src: Source, defaults: Defaults) -> Iterator[Document | Rejected]:
    try:
        data = src.read_all(MAX_DOCUMENT_BYTES)
        text = decode(data).text
    except (TooLarge, DecodeError) as e:
        yield Rejected(src.name, str(e))
        return
    if not text.strip():
        yield Rejected(src.name, "no text (only white space)")
        return
    yield finish(Draft(text, src.name), defaults)
