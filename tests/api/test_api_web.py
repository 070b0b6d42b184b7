"""The page is served from the package, offline, with only its own files."""

from __future__ import annotations

import re

from kronika.web import ASSETS, STATIC_DIR

from .apifixtures import Client


def test_page_and_its_files_are_served(client: Client) -> None:
    status, html, headers = client.request("/")
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    page = html.decode("utf-8")
    for ref in re.findall(r'(?:src|href)="(/static/[^"]+)"', page):
        status, body, h = client.request(ref)
        assert status == 200 and body, ref
        assert h["X-Content-Type-Options"] == "nosniff"


def test_page_loads_nothing_from_elsewhere() -> None:
    for name in ASSETS:
        text = (STATIC_DIR / name).read_text(encoding="utf-8")
        # no CDN, no web fonts, no remote script: the page must work offline
        assert not re.search(r"""(?:src|href)\s*=\s*["']https?://""", text), name
        assert "@import" not in text and "//cdn" not in text, name


def test_page_uses_only_endpoints_that_exist(client: Client) -> None:
    script = (STATIC_DIR / "app.js").read_text(encoding="utf-8")
    paths = set(re.findall(r"""["'`](/api/[a-z/-]+)""", script))
    assert {"/api/events", "/api/sanctions", "/api/extract", "/api/health", "/api/documents"} <= paths
    for path in paths - {"/api/extract", "/api/documents/"}:
        status, _ = client.get(path + ("?text=Oslo" if path.endswith("lookup") else ""))
        assert status == 200, path


def test_page_inserts_store_values_as_text_only() -> None:
    script = (STATIC_DIR / "app.js").read_text(encoding="utf-8")
    # values from news articles must never be parsed as HTML
    assert "innerHTML" not in script and "outerHTML" not in script and "insertAdjacentHTML" not in script
