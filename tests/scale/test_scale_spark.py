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


@pytest.fixture(scope="module")
def spark():  # noqa: ANN201
    """One local Spark session for the module: starting the JVM is the slow part."""
    import os
    import sys

    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (SparkSession.builder.master("local[2]").appName("kronika-test")
               .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate())
    yield session
    session.stop()


def _lines(folder) -> list[dict]:  # noqa: ANN001
    return [json.loads(line) for p in sorted(folder.glob("part-*")) for line in p.read_text("utf-8").splitlines()]


@needs_spark
def test_spark_job_writes_events_documents_and_rejects(tmp_path, spark) -> None:  # noqa: ANN001
    from kronika.scale.spark_job import run

    src = tmp_path / "news.jsonl"
    lines = [
        {"id": "1", "text": EN, "published": "2025-02-12", "lang": "en"},
        {"id": "2", "text": EN2, "published": "2025-05-04", "lang": "en"},
        {"id": "3", "text": EN, "published": "2025-02-12", "lang": "en"},   # the same article again
    ]
    src.write_text("".join(json.dumps(x) + "\n" for x in lines) + "{broken\n", encoding="utf-8")
    out = tmp_path / "out"
    report = run(str(src), str(out), partitions=2, spark=spark)
    events, documents, rejected = _lines(out), _lines(out / "_documents"), _lines(out / "_rejected")
    types = sorted(e["event_type"] for e in events)
    assert "SANCTION" in types and len(types) == len({e["id"] for e in events})   # the repeat is written once
    assert report.events == len(events) and report.documents == 3 == len(documents)
    assert report.rejected == 1 and rejected[0]["reason"].startswith("malformed JSON")
    with pytest.raises(UsageError, match="already exists"):
        run(str(src), str(out), spark=spark)


@needs_spark
def test_spark_job_reads_whole_files_and_writes_parquet(tmp_path, spark) -> None:  # noqa: ANN001
    from kronika.export.tables import COLUMN_NAMES
    from kronika.scale.spark_job import run

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(EN, encoding="utf-8")
    (corpus / "b.html").write_text(f"<html><body><article><p>{EN2}</p></article></body></html>", encoding="utf-8")
    out = tmp_path / "out.parquet"
    report = run(str(corpus), str(out), output_format="parquet", options=Options(published="2025-05-05"),
                 spark=spark)
    table = spark.read.parquet(str(out))
    assert tuple(table.columns) == COLUMN_NAMES
    rows = table.collect()
    assert report.documents == 2 and report.events == len(rows) >= 2
    assert {r["document_id"] for r in rows} and all(r["mentions"] == 1 for r in rows)

def test_missing_input_is_a_usage_error(tmp_path) -> None:  # noqa: ANN001
    from kronika.scale.spark_job import run

    with pytest.raises(UsageError, match="no such file"):
        run(str(tmp_path / "none*.jsonl"), str(tmp_path / "out"))
