"""``POST /api/extract``: the events of a text sent in the request; nothing is stored.

The body is JSON ``{"text": "...", "published": "YYYY-MM-DD", "lang": "auto|en|uk|ru",
"url": "...", "title": "..."}`` (or ``"html"`` instead of ``"text"``), or a plain-text
body with ``published``, ``lang`` and ``url`` in the query string. The text goes
through the same cleaning as a text file given to ``kronika extract`` (navigation,
captions, title), then through :func:`kronika.pipeline.extract`, so the answer is the
one ``kronika extract`` prints for that file.

Why one extraction at a time (:data:`PIPELINE_LOCK`): the stages load their
dictionaries and models lazily on first use, and coding is CPU-bound, so parallel
requests would not finish sooner; queued ones wait instead of racing the first load.
Actor look-ups take the same lock for the same reason.
"""

from __future__ import annotations

import json
import threading
from datetime import date
from typing import Any

from kronika.api.errors import ApiError, bad_parameter
from kronika.api.params import Params

#: largest request body accepted (bytes): a long article is ~100 kB; more is refused with 413
MAX_BODY_BYTES = 1024 * 1024
LANGS = ("auto", "en", "uk", "ru")
_FIELDS = ("text", "html", "published", "lang", "url", "title")

#: held while the language, actor and event stages run for a request
PIPELINE_LOCK = threading.Lock()


def _string(obj: dict[str, Any], name: str) -> str | None:
    value = obj.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise bad_parameter(name, f"must be a string, not {type(value).__name__}")
    return value.strip() or None


def parse_body(body: bytes, content_type: str, query: str) -> dict[str, str | None]:
    """The request's fields from a JSON or a plain-text body (the text) and the query string."""
    kind = content_type.split(";", 1)[0].strip().lower()
    if not kind:  # a client that names no type: a JSON object or else plain text
        kind = "application/json" if body.lstrip().startswith(b"{") else "text/plain"
    if kind == "application/json":
        Params(query, ())
        try:
            obj = json.loads(body.decode("utf-8"))
        except UnicodeDecodeError as e:
            raise bad_parameter("body", f"not UTF-8 (byte {e.start})") from None
        except json.JSONDecodeError as e:
            raise bad_parameter("body", f"malformed JSON: {e.msg} at line {e.lineno} column {e.colno}") from None
        if not isinstance(obj, dict):
            raise bad_parameter("body", f"expected a JSON object, not {type(obj).__name__}")
        unknown = sorted(set(obj) - set(_FIELDS))
        if unknown:
            raise bad_parameter(unknown[0], f"unknown field (this endpoint takes: {', '.join(_FIELDS)})")
        return {name: _string(obj, name) for name in _FIELDS}
    if kind == "text/plain":
        params = Params(query, ("published", "lang", "url", "title"))
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as e:
            raise bad_parameter("body", f"not UTF-8 (byte {e.start})") from None
        fields: dict[str, str | None] = {name: params.text(name) for name in ("published", "lang", "url", "title")}
        fields["text"] = text
        fields["html"] = None
        return fields
    raise ApiError(415, f"Content-Type {kind!r}: send application/json or text/plain", parameter="Content-Type")


def extract(body: bytes, content_type: str, query: str) -> dict[str, Any]:
    """Read, clean and code the text of a request: its document summary and event records."""
    from kronika.documents.build import Defaults, Draft, finish
    from kronika.model import SUPPORTED_LANGUAGES, Rejected
    from kronika.pipeline import extract as extract_events

    f = parse_body(body, content_type, query)
    lang = (f["lang"] or "auto").lower()
    if lang not in LANGS:
        raise bad_parameter("lang", f"{f['lang']!r}: choose one of {', '.join(LANGS)}")
    published = None
    if f["published"]:
        try:
            published = date.fromisoformat(f["published"])
        except ValueError:
            raise bad_parameter("published", f"{f['published']!r} is not a date YYYY-MM-DD") from None
    if f["text"] and f["html"]:
        raise bad_parameter("html", "give text or html, not both")
    if not (f["text"] or "").strip() and not (f["html"] or "").strip():
        raise bad_parameter("text", "required (the text to code)")
    defaults = Defaults(published=published, url=f["url"], language=None if lang == "auto" else lang)
    draft: Draft | None
    if f["html"]:
        from kronika.documents.html import html_draft

        draft = html_draft(f["html"], "request", url=f["url"])
        if draft is None:
            raise bad_parameter("html", "no article text in it")
    else:
        draft = Draft(f["text"] or "", "request")
    if f["title"]:
        draft = Draft(draft.text, draft.source, title=f["title"], url=draft.url, published=draft.published,
                      lines_are_paragraphs=draft.lines_are_paragraphs)
    with PIPELINE_LOCK:
        doc = finish(draft, defaults)
        if isinstance(doc, Rejected):
            raise bad_parameter("html" if f["html"] else "text", doc.reason)
        note = None
        events = []
        if doc.language in SUPPORTED_LANGUAGES:
            events = extract_events(doc)
        else:
            note = f"language {doc.language!r} is not coded (en, uk, ru)"
    return {"document": doc.summary(), "events": [e.to_record() for e in events],
            "count": len(events), "note": note}


__all__ = ["LANGS", "MAX_BODY_BYTES", "PIPELINE_LOCK", "extract", "parse_body"]
