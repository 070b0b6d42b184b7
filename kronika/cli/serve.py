"""``kronika serve`` (the HTTP API and the web page) and ``kronika spark`` (a corpus on Spark).

Both parse their options and call one library function: :func:`kronika.api.make_server`
and :func:`kronika.scale.spark_job.run`. Heavy modules are imported inside the commands.
"""

from __future__ import annotations

import ipaddress
import sys
from pathlib import Path
from typing import Optional

import typer

from kronika.errors import UsageError


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve_command(
    db: Optional[Path] = typer.Option(None, "--db", help="Store file (default: $KRONIKA_DB or ./kronika.db)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on; 127.0.0.1 keeps it to this machine."),
    port: int = typer.Option(8765, "--port", min=0, max=65535, help="Port to listen on (0: any free port)."),
    quiet: bool = typer.Option(False, "--quiet", help="Do not log each request."),
) -> None:
    """Serve the stored events as a JSON API and a web page (read-only).

    Example: kronika serve --db news.db   (then open http://127.0.0.1:8765/)
    """
    from kronika.api import make_server

    try:
        server = make_server(db, host, port, quiet=quiet)
    except OSError as e:
        raise UsageError(f"--host {host} --port {port}: cannot listen there: {e.strerror or e}") from e
    print(f"kronika: serving {server.reader.path} at {server.url}/ (Ctrl+C stops)", file=sys.stderr)
    if not _is_loopback(host):
        print(f"kronika: {host} is reachable from other machines; the API has no authentication",
              file=sys.stderr)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("kronika: stopped", file=sys.stderr)
    finally:
        server.server_close()


def spark_command(
    input_path: str = typer.Argument(..., metavar="INPUT", help="JSON-lines files of documents, or a folder/glob of any files Kronika reads."),
    output: str = typer.Argument(..., metavar="OUTPUT", help="Folder to create: event records, plus _documents/ and _rejected/."),
    master: str = typer.Option("local[2]", "--master", help="Spark master URL: local[N], spark://host:7077, yarn."),
    fmt: str = typer.Option("jsonl", "--format", help="jsonl (event records) or parquet (the flat export table)."),
    input_format: str = typer.Option("auto", "--input-format", help="auto, lines (JSON lines, split) or files (one task per file)."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date YYYY-MM-DD where a document carries none."),
    lang: Optional[str] = typer.Option(None, "--lang", help="en, uk or ru for every document (default: detect)."),
    partitions: Optional[int] = typer.Option(None, "--partitions", min=1, help="Spread the input over this many tasks."),
) -> None:
    """Extract the events of a corpus with Apache Spark (needs pip install 'kronika[spark]' and Java).

    Example: kronika spark 'news/*.jsonl' events/ --master local[8]
    """
    import json

    from kronika.scale.partition import Options
    from kronika.scale.spark_job import run

    report = run(input_path, output, master=master, input_format=input_format, output_format=fmt.lower(),
                 options=Options(published=published, lang=None if lang in (None, "auto") else lang), partitions=partitions)
    print(json.dumps(report.as_dict()))


def register(app: typer.Typer) -> None:
    """Add ``serve`` and ``spark`` to the kronika app."""
    app.command("serve")(serve_command)
    app.command("spark")(spark_command)
