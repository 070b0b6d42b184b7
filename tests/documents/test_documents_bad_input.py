"""Bad input never raises: each bad file (line, record) is one Rejected naming it, the rest goes on."""

from __future__ import annotations

import os
from pathlib import Path

from kronika.documents import read_paths
from kronika.documents.sources import MAX_DOCUMENT_BYTES
from kronika.model import Document, Rejected

from .warc_builder import build_warc


def _make_bad_batch(d: Path) -> dict[str, str]:
    """Bad files, each with a word its rejection reason must contain."""
    rnd = os.urandom(4096)
    (d / "random.bin").write_bytes(rnd)
    (d / "empty.txt").write_bytes(b"")
    # UTF-8 Ukrainian with bytes that no encoding explains
    (d / "broken-utf8.txt").write_bytes("Рада ЄС запровадила санкції ".encode() + b"\xff\xfe\x80" + " проти трьох компаній.".encode())
    (d / "truncated.html").write_text("<html><head><title>Sanctions news</title></he", encoding="utf-8")
    (d / "not-a-feed.rss").write_text("this is not XML at all\n", encoding="utf-8")
    with (d / "huge.txt").open("wb") as f:  # 50 MB, written sparsely-fast
        line = b"word " * 200 + b"\n"
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            f.write(line)
    (d / "bad-line.jsonl").write_text('{"text": "Austria summoned the Russian ambassador on Friday."}\n{"text": oops}\n', encoding="utf-8")
    build_warc(d / "crawl.warc", gz=False, pages=3, break_record=5)
    return {
        "random.bin": "binary",
        "empty.txt": "empty",
        "broken-utf8.txt": "UTF-8",
        "truncated.html": "no article text",
        "not-a-feed.rss": "not an XML feed",
        "huge.txt": "limit",
        "bad-line.jsonl:line 2": "malformed JSON",
        "crawl.warc#record 5": "broken record",
        "missing.txt": "no such file",
    }


def test_every_bad_input_is_named_and_the_batch_goes_on(tmp_path: Path) -> None:
    expected = _make_bad_batch(tmp_path)
    good = tmp_path / "good.txt"
    good.write_text("Talks in Baku\n\nArmenian and Azerbaijani diplomats met in Baku on Monday.", encoding="utf-8")
    names = ["random.bin", "empty.txt", "broken-utf8.txt", "truncated.html", "not-a-feed.rss", "huge.txt",
             "bad-line.jsonl", "crawl.warc", "missing.txt", "good.txt"]
    items = list(read_paths([str(tmp_path / n) for n in names]))
    rejected = {Path(r.source).name: r for r in items if isinstance(r, Rejected)}
    assert set(rejected) == set(expected), items
    for name, word in expected.items():
        r = rejected[name]
        assert word.lower() in r.reason.lower(), r
        assert "\n" not in str(r)
        assert str(r).startswith(str(tmp_path / name.split(":")[0].split("#")[0]))
    documents = [d for d in items if isinstance(d, Document)]
    assert {Path(d.source.split(":")[0].split("#")[0]).name for d in documents} == {"good.txt", "bad-line.jsonl", "crawl.warc"}
    assert len(documents) == 1 + 1 + 2


def test_limit_is_checked_without_reading_the_file(tmp_path: Path) -> None:
    p = tmp_path / "big.html"
    with p.open("wb") as f:
        f.truncate(MAX_DOCUMENT_BYTES + 1)  # sparse: the reader must refuse it by its size
    (r,) = read_paths([str(p)])
    assert isinstance(r, Rejected) and "limit" in r.reason


def test_overlong_jsonl_line_is_skipped_and_the_next_read(tmp_path: Path) -> None:
    p = tmp_path / "long.jsonl"
    with p.open("wb") as f:
        f.write(b'{"text": "' + b"a" * (MAX_DOCUMENT_BYTES + 10) + b'"}\n')
        f.write(b'{"text": "Norway joined the EU sanctions on Monday."}\n')
    items = list(read_paths([str(p)]))
    assert isinstance(items[0], Rejected) and items[0].source.endswith(":line 1")
    assert isinstance(items[1], Document)


def test_folder_without_documents(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("# notes", encoding="utf-8")
    (r,) = read_paths([str(tmp_path)])
    assert isinstance(r, Rejected) and "no document files" in r.reason


def test_only_punctuation_and_numbers(tmp_path: Path) -> None:
    p = tmp_path / "n.txt"
    p.write_text("12345 67890 !!! ---", encoding="utf-8")
    (r,) = read_paths([str(p)])
    assert isinstance(r, Rejected) and "no words" in r.reason


def test_navigation_only(tmp_path: Path) -> None:
    p = tmp_path / "nav.txt"
    p.write_text("ua en ru\nHome | News | World\nShare\n", encoding="utf-8")
    (r,) = read_paths([str(p)])
    assert isinstance(r, Rejected) and "navigation" in r.reason
