"""Kronika beyond one machine: an Apache Spark job (``kronika spark INPUT OUTPUT``).

:mod:`kronika.scale.partition` is what each task does, in plain Python (tested without
Spark); :mod:`kronika.scale.spark_job` wires it into Spark. ``pyspark`` is optional and
imported only when a job runs: ``pip install 'kronika[spark]'``.
"""

from kronika.scale.partition import Options, extract_partition, read_row, table_rows

__all__ = ["Options", "extract_partition", "read_row", "table_rows"]
