"""Web archives (``.warc``, ``.warc.gz``): each HTML response record a document.

warcio parses the records; the record's target URI becomes the document's URL and the
page's own date its publication date, with the record's WARC-Date (when the page was
fetched) where the page has none. Requests, metadata, redirects, errors and non-HTML
payloads are skipped silently: they are not articles.

A broken record is reported with its number and the reading goes on. warcio stops at
the first record it cannot parse, so after a failure this reader looks for the start of
the next record itself (the next ``WARC/1.x`` header line) and starts a new iterator
there. A ``.warc.gz`` holds one gzip member per record, and damaged compressed bytes can
still inflate to a plausible record whose garbled length swallows the next one, so there
each member is first checked on its own (zlib verifies its CRC) and read by itself; a
damaged member is reported and the reading resumes at the next member that opens a record.
Both need a seekable file; standard input is first copied to a temporary file.
"""

from __future__ import annotations

import io
import re
import shutil
import tempfile
import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO

from kronika.documents.build import Defaults, finish, parse_date
from kronika.documents.encoding import DecodeError, decode, declared_html_charset
from kronika.documents.html import html_draft
from kronika.documents.sources import MAX_DOCUMENT_BYTES, Source
from kronika.model import Document, Rejected

_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_HTML_TYPES = ("text/html", "application/xhtml")
_CHUNK = 1024 * 1024


def _find_next_start(f: BinaryIO, start: int, gz: bool) -> int | None:
    """Offset of the next record start at or after ``start``, or None."""
    marker = b"\x1f\x8b\x08" if gz else b"\nWARC/1."
    pos = start - 1 if not gz else start  # the newline before a header may sit just before start
    pos = max(pos, 0)
    while True:
        f.seek(pos)
        chunk = f.read(_CHUNK + len(marker))
        if not chunk:
            return None
        i = chunk.find(marker)
        while i != -1:
            candidate = pos + i + (0 if gz else 1)
            if candidate >= start and (not gz or _gzip_member_is_warc(f, candidate)):
                return candidate
            i = chunk.find(marker, i + 1)
        if len(chunk) <= _CHUNK:
            return None
        pos += _CHUNK


def _gzip_member_is_warc(f: BinaryIO, offset: int) -> bool:
    here = f.tell()
    f.seek(offset)
    data = f.read(4096)
    f.seek(here)
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data, 16).startswith(b"WARC/")
    except zlib.error:
        return False


class _Window(io.RawIOBase):
    """The bytes ``[start, end)`` of a seekable file, as a file of their own (one gzip member)."""

    def __init__(self, f: BinaryIO, start: int, end: int) -> None:
        self._f, self._pos, self._end = f, start, end

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        n = min(len(b), self._end - self._pos)
        if n <= 0:
            return 0
        self._f.seek(self._pos)
        data = self._f.read(n)
        b[: len(data)] = data
        self._pos += len(data)
        return len(data)


def _gzip_members(f: BinaryIO) -> Iterator[tuple[int, int, str | None]]:
    """``(start, end, problem)`` of each gzip member in order; ``problem`` is None for a sound one.

    The members are inflated here only to find where each ends and whether its CRC holds;
    what they hold is read afterwards, member by member.
    """
    size = f.seek(0, io.SEEK_END)
    start = 0
    while start < size:
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        pos, end, problem = start, None, None
        try:
            while end is None:
                f.seek(pos)
                chunk = f.read(_CHUNK)
                if not chunk:
                    problem = "truncated compressed data"
                    break
                d.decompress(chunk)
                if d.eof:
                    end = pos + len(chunk) - len(d.unused_data)
                pos += len(chunk)
        except zlib.error as e:
            problem = f"damaged compressed data ({e})"
        if problem is None and end is not None:
            yield start, end, None
            start = end
            continue
        f.seek(start)
        if not f.read(_CHUNK).strip(b"\x00 \r\n\t"):
            return  # padding after the last member
        nxt = _find_next_start(f, start + 1, True)
        yield start, nxt if nxt is not None else size, problem
        if nxt is None:
            return
        start = nxt


def _record_document(rec: Any, where: str, defaults: Defaults) -> Document | Rejected | None:
    """The document of one record; None for records that are not HTML pages."""
    if not rec.rec_headers.get_header("WARC-Type"):
        return Rejected(where, "broken record: no WARC-Type header")
    if rec.rec_type == "response":
        if rec.http_headers is None:
            return None
        status = rec.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return None
        ctype = rec.http_headers.get_header("Content-Type") or ""
    elif rec.rec_type == "resource":
        ctype = rec.rec_headers.get_header("Content-Type") or ""
    else:
        return None
    if not ctype.lower().startswith(_HTML_TYPES):
        return None
    payload = rec.content_stream().read(MAX_DOCUMENT_BYTES + 1)
    if len(payload) > MAX_DOCUMENT_BYTES:
        return Rejected(where, f"page over the limit of {MAX_DOCUMENT_BYTES // (1024 * 1024)} MB for one document")
    missing = getattr(rec.raw_stream, "limit", 0)  # warcio's LimitReader: bytes of the block not delivered
    if isinstance(missing, int) and missing > 0:
        return Rejected(where, f"truncated record: {missing} of its {rec.length} bytes are missing")
    m = _CHARSET.search(ctype)
    try:
        html = decode(payload, declared=m.group(1) if m else declared_html_charset(payload)).text
    except DecodeError as e:
        return Rejected(where, str(e))
    url = rec.rec_headers.get_header("WARC-Target-URI") or None
    try:
        fetched = parse_date(rec.rec_headers.get_header("WARC-Date"))
    except ValueError:
        fetched = None
    draft = html_draft(html, where, url=url, published=fetched)
    if draft is None:
        return Rejected(where, f"no article text in the page {url or ''}".rstrip())
    return finish(draft, defaults)


def _gz_records(f: BinaryIO, name: str, defaults: Defaults) -> Iterator[Document | Rejected]:
    from warcio.archiveiterator import ArchiveIterator

    n = 0  # records seen (good or broken), for "#record N"
    produced = 0
    for start, end, problem in _gzip_members(f):
        if problem is not None:
            n += 1
            produced += 1
            yield Rejected(f"{name}#record {n}", f"broken record: {problem}")
            continue
        read = 0
        try:
            for rec in ArchiveIterator(io.BufferedReader(_Window(f, start, end)), arc2warc=True):
                n += 1
                read += 1
                item = _record_document(rec, f"{name}#record {n}", defaults)
                if item is not None:
                    produced += 1
                    yield item
        except Exception as e:  # noqa: BLE001 - warcio/zlib/http parsing raise many kinds
            if not read:
                n += 1
            produced += 1
            yield Rejected(f"{name}#record {n}", f"broken record: {_reason(e)}")
    if not produced:
        yield Rejected(name, f"no HTML pages among its {n} records" if n else "no records")


def _records(f: BinaryIO, name: str, gz: bool, defaults: Defaults) -> Iterator[Document | Rejected]:
    if gz:
        yield from _gz_records(f, name, defaults)
        return
    from warcio.archiveiterator import ArchiveIterator

    pos = 0  # where the current iterator started reading
    n = 0  # records seen (good or broken), for "#record N"
    produced = 0
    while True:
        f.seek(pos)
        it = ArchiveIterator(f, arc2warc=True)
        expected = pos  # where the next record should start
        in_record = False
        try:
            for rec in it:
                n += 1
                in_record = True
                item = _record_document(rec, f"{name}#record {n}", defaults)
                # offsets are known only once the record has been read to its end
                expected = pos + it.get_record_offset() + it.get_record_length()
                in_record = False
                if item is not None:
                    produced += 1
                    yield item
            if not produced:
                yield Rejected(name, f"no HTML pages among its {n} records" if n else "no records")
            return
        except Exception as e:  # noqa: BLE001 - warcio/zlib/http parsing raise many kinds
            if not in_record:
                n += 1  # the record after the last one read could not even be parsed
            produced += 1
            yield Rejected(f"{name}#record {n}", f"broken record: {_reason(e)}")
            nxt = _find_next_start(f, expected + 1, gz)
            if nxt is None:
                return
            pos = nxt


def _reason(e: Exception) -> str:
    """A one-line, printable reason (warcio quotes the raw bytes of a bad header)."""
    if "Unknown archive format" in str(e) or "Invalid WARC record" in str(e):
        return "no valid WARC record header here (corrupt or truncated data)"
    text = "".join(ch if ch.isprintable() else " " for ch in str(e))
    text = " ".join(text.split())
    return (text[:120] + "…") if len(text) > 120 else (text or type(e).__name__)


def read_warc(src: Source, defaults: Defaults) -> Iterator[Document | Rejected]:
    gz = src.head.startswith(b"\x1f\x8b")
    if not gz and not src.head.startswith(b"WARC/") and b"\nWARC/1." not in src.head:
        # (a damaged first record is reported as such when a record header follows it)
        shown = " ".join("".join(c if c.isprintable() else " " for c in src.head[:20].decode("utf-8", "replace")).split())
        yield Rejected(src.name, f"not a WARC file: starts with {shown!r}" if shown else "empty file: not a WARC file")
        return
    with src.open() as raw:
        if raw.seekable():
            yield from _records(raw, src.name, gz, defaults)
            return
        with tempfile.TemporaryFile() as tmp:
            shutil.copyfileobj(raw, tmp)
            yield from _records(tmp, src.name, gz, defaults)
