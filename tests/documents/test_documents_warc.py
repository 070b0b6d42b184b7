"""WARC archives: HTML responses become documents; a broken record is reported and skipped."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kronika.documents import read_paths
from kronika.model import Document, Rejected

from .warc_builder import build_warc


@pytest.mark.parametrize("gz", [False, True])
def test_html_responses_become_documents(tmp_path: Path, gz: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    html_records = build_warc(path, gz=gz)
    items = list(read_paths([str(path)]))
    assert all(isinstance(d, Document) for d in items), items
    assert [d.source for d in items] == [f"{path}#record {n}" for n in html_records]
    first = items[0]
    assert isinstance(first, Document)
    assert first.url == "https://example.org/news/0"
    assert first.published == date(2026, 1, 1)  # the record's date: the page has none
    assert first.title == "Ministry number 0 announces sanctions"
    assert "Home | World" not in first.text and first.language == "en"


@pytest.mark.parametrize("gz", [False, True])
@pytest.mark.parametrize("broken", [1, 5, 6])
def test_broken_record_is_reported_and_the_rest_read(tmp_path: Path, gz: bool, broken: int) -> None:
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    html_records = build_warc(path, gz=gz, pages=4, break_record=broken)
    items = list(read_paths([str(path)]))
    bad = [r for r in items if isinstance(r, Rejected)]
    good = [d for d in items if isinstance(d, Document)]
    assert len(bad) == 1, items
    assert bad[0].source == f"{path}#record {broken}"
    assert "broken record" in bad[0].reason
    assert [d.source for d in good] == [f"{path}#record {n}" for n in html_records if n != broken]


def test_a_file_named_warc_that_is_not_one(tmp_path: Path) -> None:
    p = tmp_path / "x.warc"
    p.write_text("hello, this is text", encoding="utf-8")
    (r,) = read_paths([str(p)])
    assert isinstance(r, Rejected) and "not a WARC file" in r.reason


def test_truncated_warc_keeps_what_was_complete(tmp_path: Path) -> None:
    p = tmp_path / "cut.warc.gz"
    build_warc(p, gz=True, pages=3)
    data = p.read_bytes()
    p.write_bytes(data[: len(data) - 200])
    items = list(read_paths([str(p)]))
    assert sum(isinstance(d, Document) for d in items) == 2
    assert sum(isinstance(d, Rejected) for d in items) == 1


@pytest.mark.parametrize("seed", [168, 248, 258])
def test_a_damaged_gzip_member_never_swallows_the_next_record(tmp_path: Path, seed: int) -> None:
    """With these record ids the damaged bytes of record 6 still inflate, into a record whose
    garbled length reached into record 7: each member is now checked and read on its own."""
    path = tmp_path / "crawl.warc.gz"
    html_records = build_warc(path, gz=True, pages=4, break_record=6, seed=seed)
    items = list(read_paths([str(path)]))
    assert [r.source for r in items if isinstance(r, Rejected)] == [f"{path}#record 6"]
    assert [d.source for d in items if isinstance(d, Document)] == [f"{path}#record {n}" for n in html_records if n != 6]
