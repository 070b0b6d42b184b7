"""The per-partition function of the Spark job, run as plain Python (no Spark needed)."""

from __future__ import annotations

import gzip
import json

import pytest

from kronika.scale.partition import DOCUMENT, EVENT, REJECTED, Options, extract_partition, read_row, table_rows

EN = "Ottawa imposed sanctions on four Venezuelan officials on Monday."
UK = "Київ запровадив санкції проти трьох іранських компаній у квітні."


def _line(**fields: object) -> str:
    return json.dumps(fields, ensure_ascii=False) + "\n"


def _split(items):  # noqa: ANN001, ANN202
    out: dict[str, list[dict]] = {EVENT: [], DOCUMENT: [], REJECTED: []}
    for tag, payload in items:
        out[tag].append(json.loads(payload))
    return out


def test_json_lines_are_read_coded_and_tagged() -> None:
    rows = [
        ("news.jsonl", _line(id="n1", text=EN, published="2025-02-12", lang="en")),
        ("news.jsonl", "\n"),                                   # blank line: skipped
        ("news.jsonl", "{not json\n"),
        ("news.jsonl", _line(id="n2", title="no text")),
    ]
    out = _split(extract_partition(iter(rows)))
    assert [d["source"] for d in out[DOCUMENT]] == ["news.jsonl"]
    assert out[DOCUMENT][0]["events"] == len(out[EVENT]) >= 1
    ev = out[EVENT][0]
    assert ev["event_type"] == "SANCTION" and ev["actor"][0]["country"] == "CAN"
    assert out[DOCUMENT][0]["source_id"] == "n1"
    assert ev["document"]["id"] in (out[DOCUMENT][0]["id"], "n1")
    assert ev["date"]["start"] == "2025-02-10"
    reasons = [r["reason"] for r in out[REJECTED]]
    assert len(reasons) == 2
    assert reasons[0].startswith("malformed JSON") and "text" in reasons[1]
    assert all(r["source"] == "news.jsonl" for r in out[REJECTED])


def test_records_equal_what_the_pipeline_gives() -> None:
    """A row coded in a task gives the same records as kronika.pipeline on the same document."""
    from kronika.pipeline import extract

    items = list(read_row("a.jsonl", _line(text=EN, published="2025-02-12", lang="en")))
    assert len(items) == 1
    expected = [e.to_record() for e in extract(items[0])]
    got = [json.loads(p) for t, p in extract_partition([("a.jsonl", _line(text=EN, published="2025-02-12", lang="en"))])
           if t == EVENT]
    assert got == expected


def test_whole_files_of_any_kind(tmp_path) -> None:  # noqa: ANN001
    html = f"<html><body><article><h1>Sanctions</h1><p>{EN}</p></article></body></html>".encode()
    rows = [
        ("corpus/a.txt", EN.encode("utf-8")),
        ("corpus/b.html", html),
        ("corpus/c.txt.gz", gzip.compress(UK.encode("utf-8"))),
        ("corpus/d.txt", b"\x00\x01\x02"),
    ]
    out = _split(extract_partition(rows, Options(published="2025-05-05")))
    docs = {d["source"]: d for d in out[DOCUMENT]}
    assert set(docs) == {"corpus/a.txt", "corpus/b.html", "corpus/c.txt.gz"}
    assert docs["corpus/c.txt.gz"]["language"] == "uk"
    assert docs["corpus/b.html"]["title"] == "Sanctions"
    assert docs["corpus/a.txt"]["published"] == "2025-05-05"         # the option fills it in
    assert [r["source"] for r in out[REJECTED]] == ["corpus/d.txt"]


def test_options_override_language_and_date() -> None:
    docs = list(read_row("x.jsonl", _line(text=EN), Options(published="2024-12-31", lang="en")))
    assert docs[0].published.isoformat() == "2024-12-31" and docs[0].language == "en"


def test_a_gzip_bomb_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    import kronika.documents.sources as sources

    monkeypatch.setattr(sources, "MAX_FEED_BYTES", 1000)
    items = list(read_row("big.txt.gz", gzip.compress(b"word " * 10_000)))
    assert len(items) == 1 and "more than" in items[0].reason


def test_rows_may_be_spark_row_like_objects() -> None:
    class Row(tuple):
        pass

    out = _split(extract_partition([Row(("r.jsonl", _line(text=EN, lang="en", published="2025-02-12")))]))
    assert out[EVENT]


def test_table_rows_have_the_export_columns() -> None:
    from kronika.export.tables import COLUMN_NAMES

    lines = [p for t, p in extract_partition([("a.jsonl", _line(text=EN, lang="en", published="2025-02-12"))])
             if t == EVENT]
    rows = list(table_rows(lines))
    assert len(rows) == len(lines) and all(len(r) == len(COLUMN_NAMES) for r in rows)
    row = dict(zip(COLUMN_NAMES, rows[0]))
    assert row["event_type"] == "SANCTION" and row["actor_countries"] == "CAN" and row["mentions"] == 1


def test_a_coder_failure_costs_one_document_not_the_partition(monkeypatch: pytest.MonkeyPatch) -> None:
    import kronika.pipeline

    real = kronika.pipeline.extract

    def flaky(doc):  # noqa: ANN001, ANN202
        if "Ottawa" in doc.text:
            raise IndexError("list index out of range")
        return real(doc)

    monkeypatch.setattr(kronika.pipeline, "extract", flaky)
    rows = [("a.jsonl", _line(text=EN, lang="en")), ("a.jsonl", _line(text=UK, lang="uk", published="2025-05-01"))]
    out = _split(extract_partition(rows))
    assert [r["reason"] for r in out[REJECTED]] == ["events not extracted: IndexError: list index out of range"]
    assert [d["language"] for d in out[DOCUMENT]] == ["uk"]
