"""The web page: one HTML file, its script and its style sheet, served by the HTTP API.

No build step, no framework, no CDN: the page must work offline on a laptop, so it is
plain files under ``static/`` that the browser loads from the same server. Only the
files listed in :data:`ASSETS` are served (never a path taken from the request), so a
crafted URL cannot read anything else.
"""

from __future__ import annotations

from pathlib import Path

STATIC_DIR = Path(__file__).parent / "static"

#: served name -> content type
ASSETS: dict[str, str] = {
    "index.html": "text/html; charset=utf-8",
    "app.js": "text/javascript; charset=utf-8",
    "style.css": "text/css; charset=utf-8",
}


def asset(name: str) -> tuple[bytes, str] | None:
    """The bytes and content type of a page file, or None when ``name`` is not one."""
    kind = ASSETS.get(name)
    if kind is None:
        return None
    try:
        return (STATIC_DIR / name).read_bytes(), kind
    except OSError:
        return None


__all__ = ["ASSETS", "STATIC_DIR", "asset"]
