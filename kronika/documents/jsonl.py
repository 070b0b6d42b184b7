"""JSON lines: one document a line, as the contract defines it.

``{"id": "...", "text": "..." or "html": "...", "title": "...", "url": "...",
"published": "YYYY-MM-DD", "lang": "en"}``: only ``text`` or ``html`` is required. The
file is streamed line by line, so it may be any size; a line that is not such an object
is rejected naming the file and line, and the others go on. A ``.json`` file holding
one array of such objects is read the same way (items numbered from 1).

The line's ``id`` is kept as :attr:`Document.source_id`; the document's own id is the
content id of its clean text, so the same article in two files is stored once.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from kronika.documents.build import Defaults, Draft, finish, parse_date
from kronika.documents.html import html_draft
from kronika.documents.sources import MAX_DOCUMENT_BYTES, MAX_FEED_BYTES, Source, TooLarge
from kronika.model import Document, Rejected

_STRING_FIELDS = ("title", "url", "lang")


def _from_object(obj: Any, where: str, defaults: Defaults) -> Document | Rejected:
    if not isinstance(obj, dict):
        return Rejected(where, f"not a JSON object but {type(obj).__name__}")
    text, html = obj.get("text"), obj.get("html")
    for name in ("text", "html", *_STRING_FIELDS):
        value = obj.get(name)
        if value is not None and not isinstance(value, str):
            return Rejected(where, f'"{name}" must be a string, not {type(value).__name__}')
    if not (text and text.strip()) and not (html and html.strip()):
        return Rejected(where, 'no "text" or "html" (one of them is required)')
    try:
        published = parse_date(obj.get("published"))
    except (ValueError, TypeError) as e:
        return Rejected(where, f'"published": {e}')
    raw_id = obj.get("id")
    source_id = None if raw_id is None else str(raw_id)
    url = obj.get("url") or None
    if text and text.strip():
        draft = Draft(text, where)
    else:
        found = html_draft(html or "", where, url=url)
        if found is None:
            return Rejected(where, 'no article text in "html"')
        draft = found
    draft = Draft(
        draft.text, where,
        title=obj.get("title") or draft.title,
        url=url or draft.url,
        published=published or draft.published,
        language=obj.get("lang") or None,
        source_id=source_id,
        lines_are_paragraphs=draft.lines_are_paragraphs,
    )
    return finish(draft, defaults)


def _lines(f: BinaryIO) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) for each line; bytes is None for a line over the size limit."""
    n = 0
    while True:
        line = f.readline(MAX_DOCUMENT_BYTES + 1)
        if not line:
            return
        n += 1
        if len(line) > MAX_DOCUMENT_BYTES and not line.endswith(b"\n"):
            while True:  # skip the rest of the over-long line without holding it
                more = f.readline(1024 * 1024)
                if not more or more.endswith(b"\n"):
                    break
            yield n, None
            continue
        yield n, line


def read_jsonl(src: Source, defaults: Defaults) -> Iterator[Document | Rejected]:
    if src.head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"["):
        yield from _read_array(src, defaults)
        return
    seen_any = False
    with src.open() as f:
        for n, raw in _lines(f):
            where = f"{src.name}:line {n}"
            if raw is None:
                yield Rejected(where, f"line longer than {MAX_DOCUMENT_BYTES // (1024 * 1024)} MB")
                continue
            if n == 1:
                raw = raw.removeprefix(b"\xef\xbb\xbf")
            if not raw.strip():
                continue
            seen_any = True
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as e:
                yield Rejected(where, f"not UTF-8 (byte {e.start}); JSON lines must be UTF-8")
                continue
            try:
                obj = json.loads(line.strip())
            except json.JSONDecodeError as e:
                yield Rejected(where, f"malformed JSON: {e.msg} at column {e.colno}")
                continue
            yield _from_object(obj, where, defaults)
    if not seen_any:
        yield Rejected(src.name, "empty file: no JSON lines")


def _read_array(src: Source, defaults: Defaults) -> Iterator[Document | Rejected]:
    try:
        data = src.read_all(MAX_FEED_BYTES)
        items = json.loads(data.decode("utf-8-sig"))
    except TooLarge as e:
        yield Rejected(src.name, str(e))
        return
    except UnicodeDecodeError as e:
        yield Rejected(src.name, f"not UTF-8 (byte {e.start}); JSON must be UTF-8")
        return
    except json.JSONDecodeError as e:
        yield Rejected(src.name, f"malformed JSON: {e.msg} at line {e.lineno} column {e.colno}")
        return
    if not isinstance(items, list):
        yield Rejected(src.name, "a JSON file must hold an array of documents")
        return
    for i, obj in enumerate(items, 1):
        yield _from_object(obj, f"{src.name}:item {i}", defaults)
