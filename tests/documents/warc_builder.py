"""Small WARC files built with warcio for the tests (no binary fixtures to keep in git)."""

from __future__ import annotations

import io
import uuid
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


def article(i: int) -> bytes:
    return (
        f"<html><head><title>Story {i} | Wire</title></head><body><nav>Home | World | Europe</nav>"
        f"<article><h1>Ministry number {i} announces sanctions</h1>"
        f"<p>The foreign ministry of country number {i} announced sanctions against several officials on Monday, "
        f"according to a statement published in the capital.</p>"
        f"<p>Officials said that further measures were being prepared for the coming weeks.</p></article></body></html>"
    ).encode("utf-8")


def build_warc(path: Path, *, gz: bool, pages: int = 4, break_record: int | None = None, seed: int | None = None) -> list[int]:
    """Write a WARC of ``pages`` HTML responses (plus a request, an image, a 404 after the first).

    Returns the record numbers (1-based) of the HTML responses. ``break_record`` damages
    that record's header (plain) or compressed bytes (gzip). ``seed`` fixes the record ids
    (else random), so that the same damage gives the same bytes.
    """
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    offsets: list[int] = []
    html_records: list[int] = []

    def write(rec) -> None:  # type: ignore[no-untyped-def]
        if seed is not None:
            rec.rec_headers.replace_header("WARC-Record-ID", f"<urn:uuid:{uuid.UUID(int=seed * 100 + len(offsets))}>")
        offsets.append(buf.tell())
        writer.write_record(rec)

    for i in range(pages):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        write(writer.create_warc_record(
            f"https://example.org/news/{i}", "response", payload=io.BytesIO(article(i)), http_headers=headers,
            warc_headers_dict={"WARC-Date": f"2026-01-{i + 1:02d}T10:00:00Z"},
        ))
        html_records.append(len(offsets))
        if i == 0:
            write(writer.create_warc_record("https://example.org/news/0", "request",
                                            payload=io.BytesIO(b"GET /news/0 HTTP/1.1\r\n\r\n")))
            img = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
            write(writer.create_warc_record("https://example.org/a.png", "response",
                                            payload=io.BytesIO(b"\x89PNG...."), http_headers=img))
            missing = StatusAndHeaders("404 Not Found", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            write(writer.create_warc_record("https://example.org/gone", "response",
                                            payload=io.BytesIO(b"<html><body><p>Not found</p></body></html>"),
                                            http_headers=missing))
    data = bytearray(buf.getvalue())
    if break_record is not None:
        start = offsets[break_record - 1]
        if gz:
            data[start + 30:start + 60] = b"x" * 30
        else:
            data[start:start + 8] = b"WARX/1.0"
    path.write_bytes(bytes(data))
    return html_records
