"""The Spark job end to end on a local master (skipped where pyspark is not installed)."""

from __future__ import annotations

import importlib.util
import json
import shutil

import pytest

from kronika.errors import UsageError
from kronika.scale.partition import Options
from kronika.scale.spark_job import check_options, input_format_of

needs_spark = pytest.mark.skipif(
    importlib.util.find_spec("pyspark") is None or shutil.which("java") is None,
    reason="pyspark (pip install 'kronika[spark]') and Java are needed for a Spark run",
)

EN = "Ottawa imposed sanctions on four Venezuelan officials on Monday."
EN2 = "Warsaw and Kyiv signed a grain transit agreement on 3 May 2025."


def test_input_format_is_chosen_by_name() -> None:
    assert input_format_of("news/*.jsonl") == "lines"
    assert input_format_of("s3a://bucket/part-1.ndjson.gz") == "lines"
    assert input_format_of("news/") == "files"
    assert input_format_of("news/*.jsonl", "files") == "files"
    with pytest.raises(UsageError):
        input_format_of("x", "csv")


def test_bad_options_are_refused_before_spark_starts() -> None:
    with pytest.raises(UsageError, match="--published"):
        check_options(Options(published="2025-02-30"))
    with pytest.raises(UsageError, match="--lang"):
        check_options(Options(lang="de"))
    check_options(Options(published="2025-02-12", lang="uk"))


@needs_spark
def test_spark_job_writes_events_documents_and_rejects(tmp_path) -> None:  # noqa: ANN001
    from kronika.scale.spark_job import run

    src = tmp_path / "news.jsonl"
    lines = [
        {"id": "1", "text": EN, "published": "2025-02-12", "lang": "en"},
        {"id": "2", "text": EN2, "published": "2025-05-04", "lang": "en"},
        {"id": "3", "text": EN, "published": "2025-02-12", "lang": "en"},   # the same article again
    ]
    src.write_text("".join(json.dumps(x) + "\n" for x in lines) + "{broken\n", encoding="utf-8")
    out = tmp_path / "out"
    report = run(str(src), str(out), master="local[2]", partitions=2)
    events = [json.loads(line) for p in sorted(out.glob("part-*")) for line in p.read_text("utf-8").splitlines()]
    documents = [json.loads(line) for p in (out / "_documents").glob("part-*") for line in p.read_text("utf-8").splitlines()]
    rejected = [json.loads(line) for p in (out / "_rejected").glob("part-*") for line in p.read_text("utf-8").splitlines()]
    types = sorted(e["event_type"] for e in events)
    assert "SANCTION" in types and len(types) == len({e["id"] for e in events})   # the repeat is written once
    assert report.events == len(events) and report.documents == 3 == len(documents)
    assert report.rejected == 1 and rejected[0]["reason"].startswith("malformed JSON")
    with pytest.raises(UsageError, match="already exists"):
        run(str(src), str(out), master="local[2]")
