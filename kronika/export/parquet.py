"""Parquet export of the flat table (pyarrow, an optional dependency).

Written in row groups of :data:`BATCH` events, so a million events never sit in
memory as Python objects at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO, Any

from kronika.errors import KronikaError
from kronika.export.tables import COLUMNS, table_row
from kronika.merge.model import MergedEvent

BATCH = 50_000


def _pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet  # noqa: F401
    except ImportError as e:
        raise KronikaError(
            "Parquet export needs the 'pyarrow' package: pip install pyarrow (or kronika[parquet])"
        ) from e
    return pyarrow


def schema() -> Any:
    pa = _pyarrow()
    types = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}
    return pa.schema([(name, types[t]) for name, t in COLUMNS])


def write_parquet(events: Iterable[MergedEvent], sink: str | IO[bytes]) -> int:
    """Write merged events to ``sink`` (a path or a binary stream); returns the count."""
    pa = _pyarrow()
    import pyarrow.parquet as pq

    sch = schema()
    n = 0
    with pq.ParquetWriter(sink, sch, compression="zstd") as writer:
        batch: list[dict[str, Any]] = []
        for me in events:
            batch.append(table_row(me))
            n += 1
            if len(batch) >= BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=sch))
                batch = []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=sch))
    return n
