"""RSS and Atom feeds: each entry a document (feedparser does the parsing).

The full text comes from ``content:encoded`` / Atom ``content`` where the feed carries
it, otherwise from the summary; HTML inside is turned into paragraphs with captions and
scripts dropped. The entry's link, date and id become the document's URL, publication
date and source id. A file that is not XML at all is rejected with what it starts with,
rather than handed to feedparser, which would accept almost anything as an empty feed.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date
from typing import Any

from kronika.documents.build import Defaults, Draft, finish
from kronika.documents.html import fragment_to_text
from kronika.documents.sources import MAX_FEED_BYTES, Source, TooLarge
from kronika.model import Document, Rejected


def _entry_date(entry: Any) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            try:
                return date(value.tm_year, value.tm_mon, value.tm_mday)
            except ValueError:
                continue
    return None


def _entry_text(entry: Any) -> str:
    """The fullest text the entry has: content over summary, HTML made into paragraphs."""
    candidates: list[tuple[str, str]] = []
    for content in entry.get("content") or []:
        candidates.append((content.get("value") or "", content.get("type") or "text/html"))
    detail = entry.get("summary_detail") or {}
    if entry.get("summary"):
        candidates.append((entry.get("summary") or "", detail.get("type") or "text/html"))
    best = ""
    for value, kind in candidates:
        text = value if kind == "text/plain" else fragment_to_text(value)
        if len(text.strip()) > len(best.strip()):
            best = text
    return best


def _head_preview(head: bytes) -> str:
    shown = head.lstrip()[:30].decode("utf-8", "replace")
    return " ".join(shown.split())


def read_feed(src: Source, defaults: Defaults) -> Iterator[Document | Rejected]:
    start = src.head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not start:
        yield Rejected(src.name, "empty file: not a feed")
        return
    if not start.startswith(b"<"):
        yield Rejected(src.name, f"not an XML feed: starts with {_head_preview(start)!r}")
        return
    try:
        data = src.read_all(MAX_FEED_BYTES)
    except TooLarge as e:
        yield Rejected(src.name, f"feed {e}")
        return
    import feedparser

    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            reason = str(parsed.get("bozo_exception") or "malformed XML").splitlines()[0]
            yield Rejected(src.name, f"not a readable RSS or Atom feed: {reason}")
        elif not parsed.get("version"):
            yield Rejected(src.name, "XML but not an RSS or Atom feed")
        else:
            yield Rejected(src.name, "feed has no entries")
        return
    for i, entry in enumerate(entries, 1):
        where = f"{src.name}#entry {i}"
        text = _entry_text(entry)
        title = fragment_to_text(entry.get("title") or "").strip() or None
        if not text.strip():
            if not title:
                yield Rejected(where, "entry has neither text nor title")
                continue
            text = ""  # a headline-only entry is still news
        draft = Draft(
            text, where, title=title, url=entry.get("link") or None, published=_entry_date(entry),
            # no language from the feed's <language>: sites declare one for all their
            # editions; the text decides
            source_id=entry.get("id") or None,
        )
        yield finish(draft, defaults)
