"""Stage: export. Merged events as PLOVER JSON lines, POLECAT-, ICEWS- and GDELT-style
tables, CSV and Parquet.

``write(events, fmt, path_or_stream)`` is the one entry point; ``events`` are merged
events (:class:`kronika.merge.model.MergedEvent`, as ``kronika.merge.stored.query``
yields them) or single event records (:class:`kronika.model.Event`).
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Iterator

from kronika.errors import KronikaError, UsageError
from kronika.merge.model import MergedEvent
from kronika.model import Event

FORMATS = ("plover", "polecat", "icews", "gdelt", "csv", "parquet")


@contextmanager
def _text_sink(target: str | Path | IO[Any] | None) -> Iterator[IO[str]]:
    if target is None or target == "-":
        yield sys.stdout
        return
    if isinstance(target, (str, Path)):
        try:
            f = open(target, "w", encoding="utf-8", newline="")
        except OSError as e:
            raise KronikaError(f"{target}: cannot write export: {e.strerror or e}") from e
        with f:
            yield f
        return
    if isinstance(target, (io.RawIOBase, io.BufferedIOBase)):
        wrapper = io.TextIOWrapper(target, encoding="utf-8", newline="", write_through=True)
        yield wrapper
        wrapper.detach()
        return
    yield target  # a text stream


def _write_delimited(rows: Iterable[list[Any]], header: Iterable[str], out: IO[str], delimiter: str) -> int:
    w = csv.writer(out, delimiter=delimiter, lineterminator="\n",
                   quoting=csv.QUOTE_MINIMAL)
    w.writerow(list(header))
    n = 0
    for row in rows:
        w.writerow(["" if v is None else v for v in row])
        n += 1
    return n


def write(events: Iterable[MergedEvent | Event], fmt: str, path_or_stream: str | Path | IO[Any] | None = None) -> int:
    """Write ``events`` in format ``fmt`` to a path, a stream, or standard output (None, "-").

    Returns the number of events written. Formats: plover (JSON lines), polecat and
    icews (tab-separated, their column names), gdelt (GDELT 2.0's 61 columns, no header,
    as its files), csv (the flat table of merged events),
    parquet (the same table; needs pyarrow; a path or a binary stream).
    """
    from kronika.export.common import as_merged

    fmt = fmt.lower().strip()
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    merged = as_merged(events)
    if fmt == "parquet":
        from kronika.export.parquet import write_parquet

        sink = path_or_stream
        if sink is None or sink == "-":
            sink = sys.stdout.buffer
        elif isinstance(sink, Path):
            sink = str(sink)
        try:
            return write_parquet(merged, sink)  # type: ignore[arg-type]
        except OSError as e:
            raise KronikaError(f"{path_or_stream}: cannot write Parquet: {e}") from e
    with _text_sink(path_or_stream) as out:
        if fmt == "plover":
            from datetime import datetime, timezone

            from kronika.export.plover import to_plover

            now = datetime.now(timezone.utc)
            n = 0
            for me in merged:
                out.write(json.dumps(to_plover(me, now=now), ensure_ascii=False) + "\n")
                n += 1
            return n
        if fmt == "polecat":
            from kronika.export.polecat import COLUMNS, polecat_row

            return _write_delimited((polecat_row(me) for me in merged), COLUMNS, out, "\t")
        if fmt == "icews":
            from kronika.export.icews import COLUMNS as ICEWS, icews_row

            return _write_delimited((icews_row(me) for me in merged), ICEWS, out, "\t")
        if fmt == "gdelt":
            from datetime import datetime, timezone

            from kronika.export.gdelt import gdelt_row

            now = datetime.now(timezone.utc)
            w = csv.writer(out, delimiter="\t", lineterminator="\n")
            n = 0
            for me in merged:
                w.writerow(gdelt_row(me, now))
                n += 1
            return n
        from kronika.export.tables import COLUMN_NAMES, table_row

        return _write_delimited(([r[c] for c in COLUMN_NAMES] for r in map(table_row, merged)),
                                COLUMN_NAMES, out, ",")


__all__ = ["FORMATS", "write"]
