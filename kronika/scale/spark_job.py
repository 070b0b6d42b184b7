"""Kronika on Apache Spark: code a corpus too large for one machine.

    kronika spark news/*.jsonl events/ --master local[8]
    spark-submit --py-files kronika.zip -m kronika.scale.spark_job s3a://bucket/news/ s3a://bucket/events/

Input: JSON-lines files in the contract's document format (split across tasks line by
line), or any files Kronika reads (text, HTML, feeds, WARC, gzipped; one task per
file). Each partition is coded by :func:`kronika.scale.partition.extract_partition`
(``mapPartitions``: the dictionaries load once per executor process). Output, a folder:

* ``OUTPUT/part-*`` event records as JSON lines (the contract's record, as ``kronika
  extract --format jsonl`` prints), or Parquet with the columns of ``kronika export
  --format parquet``; an event found twice (the same article in two files) is written once;
* ``OUTPUT/_documents/`` one line per coded document (id, title, language, source, events);
* ``OUTPUT/_rejected/`` one line per input that could not be read or coded, with why.

Spark skips folders whose names start with ``_`` when it reads ``OUTPUT`` back.
Executors need Kronika installed (``pip install kronika`` on each node, or the package
shipped with ``--py-files``); ``pyspark`` is an optional dependency: ``pip install
'kronika[spark]'``.
"""

from __future__ import annotations

import glob
import os
import sys
from dataclasses import dataclass
from typing import Any

from kronika.errors import KronikaError, UsageError
from kronika.scale.partition import DOCUMENT, EVENT, REJECTED, Options, extract_partition, table_rows

INPUT_FORMATS = ("auto", "lines", "files")
OUTPUT_FORMATS = ("jsonl", "parquet")
_LINE_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")


@dataclass(frozen=True, slots=True)
class JobReport:
    """What a run produced."""

    documents: int
    events: int
    rejected: int
    output: str

    def as_dict(self) -> dict[str, Any]:
        return {"documents": self.documents, "events": self.events, "rejected": self.rejected, "output": self.output}


def require_pyspark() -> Any:
    """The ``pyspark`` module, or an error that says which package to install."""
    try:
        import pyspark
    except ImportError as e:
        raise KronikaError(
            "the Spark job needs the 'pyspark' package (and Java 17+): pip install 'kronika[spark]'"
        ) from e
    return pyspark


def input_format_of(path: str, requested: str = "auto") -> str:
    """``lines`` for JSON-lines input (split line by line), ``files`` for anything else."""
    if requested not in INPUT_FORMATS:
        raise UsageError(f"--input-format {requested!r}: choose one of {', '.join(INPUT_FORMATS)}")
    if requested != "auto":
        return requested
    return "lines" if path.lower().rstrip("*").endswith(_LINE_SUFFIXES) else "files"


def check_options(options: Options) -> None:
    """Refuse a bad date or language before any task starts (not once per task on a cluster)."""
    from datetime import date

    if options.published:
        try:
            date.fromisoformat(options.published)
        except ValueError:
            raise UsageError(f"--published {options.published!r}: expected a date YYYY-MM-DD") from None
    if options.lang is not None and options.lang not in ("en", "uk", "ru"):
        raise UsageError(f"--lang {options.lang!r}: choose en, uk or ru (or leave it out to detect)")


def _spark_type(t: type) -> Any:
    from pyspark.sql import types as T

    return {str: T.StringType(), int: T.LongType(), float: T.DoubleType(), bool: T.BooleanType()}[t]


def table_schema() -> Any:
    """The Spark schema of the flat event table (the columns of the Parquet export)."""
    from pyspark.sql import types as T

    from kronika.export.tables import COLUMNS

    return T.StructType([T.StructField(name, _spark_type(t), True) for name, t in COLUMNS])


def run(
    input_path: str,
    output: str,
    *,
    master: str | None = "local[2]",
    input_format: str = "auto",
    output_format: str = "jsonl",
    options: Options = Options(),
    partitions: int | None = None,
    spark: Any = None,
) -> JobReport:
    """Read ``input_path``, code every document, write ``output`` (a folder that must not exist).

    ``master`` None takes the master from ``spark-submit``; ``spark`` is an existing
    SparkSession to use (it is then not stopped).
    """
    check_options(options)
    if output_format not in OUTPUT_FORMATS:
        raise UsageError(f"--format {output_format!r}: choose one of {', '.join(OUTPUT_FORMATS)}")
    kind = input_format_of(input_path, input_format)
    if "://" not in input_path and not glob.glob(input_path):
        raise UsageError(f"{input_path}: no such file or folder")
    if "://" not in output and os.path.exists(output):
        raise UsageError(f"{output}: already exists; give a new folder for the output")
    require_pyspark()
    own = spark is None
    if own:
        from pyspark.sql import SparkSession

        # Workers must run the Python that has Kronika installed, not whatever "python3" is
        # first on the PATH.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        builder = SparkSession.builder.appName("kronika")
        if master:
            builder = builder.master(master)
        spark = builder.getOrCreate()
    try:
        return _run(spark, input_path, output, kind, output_format, options, partitions)
    except Exception as e:
        if type(e).__module__.split(".")[0] in ("pyspark", "py4j"):
            # Spark's errors carry a JVM stack trace; the user needs its first line.
            first = next((line.strip() for line in str(e).splitlines() if line.strip()), type(e).__name__)
            raise KronikaError(f"{input_path}: the Spark job failed: {first[:300]}") from e
        raise
    finally:
        if own:
            spark.stop()


def _run(spark: Any, input_path: str, output: str, kind: str, output_format: str, options: Options,
         partitions: int | None) -> JobReport:
    from pyspark.sql import functions as F

    sc = spark.sparkContext
    if kind == "lines":
        rows = (spark.read.text(input_path).select(F.input_file_name().alias("name"), "value")
                .rdd.map(lambda r: (r[0], r[1])))
    else:
        rows = sc.binaryFiles(input_path, minPartitions=partitions or sc.defaultParallelism)
    if partitions:
        rows = rows.repartition(partitions)
    tagged = rows.mapPartitions(lambda part: extract_partition(part, options)).persist()
    try:
        # An event found twice (the same article in two files: the same document id, so
        # the same event ids) is written once; min() keeps the choice deterministic.
        events = (tagged.filter(lambda t: t[0] == EVENT)
                  .map(lambda t: (_event_id(t[1]), t[1]))
                  .reduceByKey(min)
                  .values())
        if output_format == "parquet":
            spark.createDataFrame(events.mapPartitions(table_rows), table_schema()).write.parquet(output)
        else:
            events.saveAsTextFile(output)
        for tag, folder in ((DOCUMENT, "_documents"), (REJECTED, "_rejected")):
            tagged.filter(lambda t, tag=tag: t[0] == tag).values().saveAsTextFile(_join(output, folder))
        counts = dict(tagged.map(lambda t: (t[0], 1)).reduceByKey(lambda a, b: a + b).collect())
        n_events = spark.read.parquet(output).count() if output_format == "parquet" else sc.textFile(output).count()
    finally:
        tagged.unpersist()
    return JobReport(counts.get(DOCUMENT, 0), n_events, counts.get(REJECTED, 0), output)


def _event_id(line: str) -> str:
    import json

    return json.loads(line)["id"]


def _join(folder: str, name: str) -> str:
    return folder.rstrip("/") + "/" + name


def main(argv: list[str] | None = None) -> int:
    """``spark-submit`` entry point: INPUT OUTPUT [--input-format] [--format] [--published] [--lang]."""
    import argparse
    import json

    p = argparse.ArgumentParser(prog="kronika.scale.spark_job", description="Code a corpus with Spark.")
    p.add_argument("input")
    p.add_argument("output")
    p.add_argument("--master", default=None, help="Spark master (default: what spark-submit gives)")
    p.add_argument("--input-format", default="auto", choices=INPUT_FORMATS)
    p.add_argument("--format", default="jsonl", choices=OUTPUT_FORMATS)
    p.add_argument("--published", default=None)
    p.add_argument("--lang", default=None)
    p.add_argument("--partitions", type=int, default=None)
    a = p.parse_args(argv)
    try:
        report = run(a.input, a.output, master=a.master, input_format=a.input_format, output_format=a.format,
                     options=Options(a.published, a.lang), partitions=a.partitions)
    except KronikaError as e:
        print(f"kronika: {e}", file=sys.stderr)
        return 2 if isinstance(e, UsageError) else 1
    print(json.dumps(report.as_dict()))
    return 0


__all__ = ["INPUT_FORMATS", "JobReport", "OUTPUT_FORMATS", "check_options", "input_format_of", "main", "require_pyspark", "run",
           "table_schema"]


if __name__ == "__main__":
    sys.exit(main())

