"""Where bytes come from (a file, standard input, a gzip file) and what kind they are.

The reader is chosen by content as much as by name: a feed saved as ``.txt`` is still
a feed, and a file named ``.rss`` that holds no XML is reported as not a feed rather
than read as text. Content decides when it is unmistakable (a WARC header, an ``<rss>``
or ``<feed>`` root, an HTML tag soup, a JSON object on the first line); otherwise the
file name's suffix does; otherwise it is plain text.

Size limits (why these and not streaming everything): a single news document is never
megabytes long, so a text or HTML file, a JSONL line or a WARC record over
:data:`MAX_DOCUMENT_BYTES` is rejected with its size named rather than loaded (a 50 MB
"article" is a mistake: a log, a dump, a book). Files that hold many documents are
streamed: JSONL line by line and WARC record by record, with no limit on the file.
Feeds are parsed whole by feedparser, so a feed file is limited to
:data:`MAX_FEED_BYTES`.
"""

from __future__ import annotations

import gzip
import io
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable

MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
MAX_FEED_BYTES = 32 * 1024 * 1024
HEAD_BYTES = 64 * 1024

#: Suffixes a folder walk takes (a file named on the command line is always read).
DOCUMENT_SUFFIXES = frozenset({
    ".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".json",
    ".rss", ".atom", ".xml", ".rdf", ".warc", ".gz",
})

_SUFFIX_KIND = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".rss": "feed", ".atom": "feed", ".xml": "feed", ".rdf": "feed",
    ".warc": "warc",
}


class TooLarge(ValueError):
    """More bytes than a limit allows; the message gives the size and the limit."""


@dataclass
class Source:
    """One input: its display name, how to open it, its first bytes and size if known."""

    name: str
    opener: Callable[[], BinaryIO]
    head: bytes
    size: int | None = None
    #: the suffix that names the kind (".warc" of "x.warc.gz"), lower-case
    suffix: str = ""
    gzipped: bool = False

    def open(self) -> BinaryIO:
        """A fresh binary stream from the start (standard input: only once)."""
        return self.opener()

    def read_all(self, limit: int) -> bytes:
        """All bytes, or :class:`TooLarge` (without reading past the limit)."""
        if self.size is not None and self.size > limit:
            raise TooLarge(f"{_mb(self.size)} is over the limit of {_mb(limit)} for one document")
        with self.open() as f:
            data = f.read(limit + 1)
        if len(data) > limit:
            raise TooLarge(f"over the limit of {_mb(limit)} for one document")
        return data


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB"


def kind_suffix(name: str) -> str:
    """The suffix that names the kind: ".warc" for "a.warc.gz", ".html" for "a.html.gz"."""
    p = Path(name.lower())
    if p.suffix == ".gz" and Path(p.stem).suffix:
        return Path(p.stem).suffix
    return p.suffix


def file_source(path: Path) -> Source:
    """A source for a file; OSError propagates (the caller reports it)."""
    with path.open("rb") as f:
        head = f.read(HEAD_BYTES)
    src = Source(str(path), lambda: path.open("rb"), head, path.stat().st_size, kind_suffix(path.name))
    return _maybe_gunzip(src)


class _Chain(io.RawIOBase):
    """The head already read from a stream, then the rest of it (standard input cannot seek)."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = io.BytesIO(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:  # type: ignore[no-untyped-def]
        n = self._head.readinto(b)
        if n:
            return n
        data = self._rest.read(len(b))
        b[: len(data)] = data
        return len(data)


def stdin_source(stream: BinaryIO | None = None) -> Source:
    if stream is None:
        if sys.stdin is None:
            raise ValueError("there is no standard input")
        stream = sys.stdin.buffer
    head = stream.read(HEAD_BYTES)
    src = Source("<stdin>", lambda: io.BufferedReader(_Chain(head, stream)), head, None, "")
    return _maybe_gunzip(src)


def _maybe_gunzip(src: Source) -> Source:
    """A gzip file that is not a WARC is read through gzip, with its head decompressed."""
    if not src.head.startswith(b"\x1f\x8b"):
        return src
    try:
        inner_head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(src.head, HEAD_BYTES)
    except zlib.error:
        return src  # a broken gzip: the text reader reports it as binary
    if inner_head.startswith(b"WARC/"):
        return Source(src.name, src.opener, src.head, src.size, ".warc", gzipped=True)
    opener = src.opener
    return Source(
        src.name, lambda: gzip.GzipFile(fileobj=opener(), mode="rb"),  # type: ignore[arg-type, return-value]
        inner_head, None, src.suffix if src.suffix != ".gz" else "", gzipped=True,
    )


def sniff(src: Source) -> str:
    """"warc", "feed", "html", "jsonl" or "text" for this source."""
    head = src.head
    if head.startswith(b"WARC/") or (src.gzipped and src.suffix == ".warc"):
        return "warc"
    by_name = _SUFFIX_KIND.get(src.suffix)
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()[:4096]
    if start.startswith(b"\xff\xfe") or start.startswith(b"\xfe\xff"):
        # UTF-16 text: look at it with the zero bytes removed
        start = start.replace(b"\x00", b"").lstrip(b"\xff\xfe \t\r\n")
    if start.startswith(b"<?xml"):
        if any(tag in start for tag in (b"<rss", b"<feed", b"<rdf:rdf")):
            return "feed"
        if b"<html" in start:
            return "html"
        return by_name if by_name in ("feed", "html") else "feed"
    if start.startswith((b"<rss", b"<feed", b"<rdf:rdf")):
        return "feed"
    if start.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<article", b"<div", b"<p>", b"<!--")):
        return "html"
    if by_name in ("feed", "warc", "jsonl"):
        return by_name  # and let that reader say what is wrong with it
    if start.startswith(b"{"):
        return "jsonl"
    if by_name == "html" and b"<" in start:
        return "html"
    return "text"
