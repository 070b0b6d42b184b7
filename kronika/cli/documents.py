"""``kronika ingest`` and ``kronika documents list|show``: documents into and out of the store.

The commands parse options and call the library (:func:`kronika.pipeline.ingest`, the
:class:`~kronika.store.Store`); heavy modules are imported inside them so that
``kronika --help`` starts fast.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Optional

import typer

from kronika.errors import KronikaError, StoreError, UsageError

if TYPE_CHECKING:
    from kronika.model import Document, Rejected
    from kronika.store import Store

documents_app = typer.Typer(
    help="What is stored: list the documents, show one's clean text.",
    no_args_is_help=True,
)

_DB_HELP = "Store file (default: $KRONIKA_DB or ./kronika.db)."


def _open_store(db: Optional[Path], *, must_exist: bool) -> "Store":
    from kronika.store import Store, default_db_path

    path = db if db is not None else default_db_path()
    if must_exist and not path.exists():
        raise StoreError(f"{path}: no such store (run `kronika ingest PATH --db {path}` first)")
    return Store.open(path)


def ingest(
    paths: list[str] = typer.Argument(..., help="Files, folders (read recursively), feeds, WARC archives, or - for standard input."),
    db: Optional[Path] = typer.Option(None, "--db", help=_DB_HELP),
    no_events: bool = typer.Option(False, "--no-events", help="Store the documents only; do not extract events."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date YYYY-MM-DD where a document carries none."),
    lang: str = typer.Option("auto", "--lang", help="auto (detected from each text), en, uk or ru."),
    url: Optional[str] = typer.Option(None, "--url", help="Source URL where a document carries none."),
) -> None:
    """Read documents of any supported kind into the store; a document already stored is not stored twice.

    Example: kronika ingest examples/ --db news.db
    """
    from kronika.cli.options import parse_lang, parse_published

    defaults = {"published": parse_published(published), "lang": parse_lang(lang), "url": url}
    from rich.console import Console
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from kronika.pipeline import ingest as run_ingest

    err = Console(stderr=True)
    with _open_store(db, must_exist=False) as store:
        progress = Progress(
            SpinnerColumn(),
            TextColumn("[bold]ingest[/]"),
            BarColumn(bar_width=20),
            TextColumn("{task.fields[counts]}"),
            TimeElapsedColumn(),
            TextColumn("[dim]{task.fields[current]}"),
            console=err,
            transient=True,
        )
        counts = {"new": 0, "duplicate": 0, "failed": 0}

        def label() -> str:
            return f"{counts['new']} new, {counts['duplicate']} already stored, {counts['failed']} failed"

        with progress:
            task = progress.add_task("ingest", total=None, counts=label(), current="")

            last = {"source": ""}

            def on_item(item: "Document | Rejected", outcome: str) -> None:
                counts[outcome] = counts.get(outcome, 0) + 1
                last["source"] = getattr(item, "source", "") or ""
                where = Path(getattr(item, "source", "") or "").name  # "a.warc#record 3", "feed.rss#entry 2"
                progress.update(task, advance=1, counts=label(), current=where[:40])

            try:
                report = run_ingest(paths, store, with_events=not no_events, on_item=on_item, **defaults)
            except KronikaError:
                raise
            except Exception as e:  # a bug in a later stage must not print a traceback
                done = counts["new"] + counts["duplicate"]
                raise KronikaError(
                    f"ingest stopped by an internal error after {done} documents "
                    f"(last: {last['source'] or 'none'}): {type(e).__name__}: {' '.join(str(e).split())[:200]}; "
                    "the documents stored so far are kept, run the command again to continue"
                ) from e
    for failure in report.failed:
        print(f"kronika: {failure}", file=sys.stderr)
    print(
        f"read {report.read}, new {report.new}, already stored {report.duplicates}, "
        f"events {report.events}, failed {len(report.failed)}"
    )
    if report.failed:
        raise typer.Exit(1)


@documents_app.command("list")
def list_documents(
    db: Optional[Path] = typer.Option(None, "--db", help=_DB_HELP),
    format: str = typer.Option("table", "--format", help="table or jsonl (id, title, language, published, url, chars a line)."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="At most this many documents."),
) -> None:
    """List the stored documents.

    Example: kronika documents list --format jsonl
    """
    if format not in ("table", "jsonl"):
        raise UsageError(f"--format {format}: use table or jsonl")
    with _open_store(db, must_exist=True) as store:
        docs = store.documents(limit=limit)
        if format == "jsonl":
            for d in docs:
                print(json.dumps(d.summary(), ensure_ascii=False))
            return
        from rich.console import Console
        from rich.table import Table

        table = Table(box=None, header_style="bold")
        for col in ("id", "language", "published", "chars", "title"):
            table.add_column(col, no_wrap=col != "title", justify="right" if col == "chars" else "left")
        for d in docs:
            table.add_row(d.id, d.language, d.published.isoformat() if d.published else "", str(len(d.text)), d.title)
        Console().print(table)


@documents_app.command("show")
def show_document(
    id: str = typer.Argument(..., help="A document id, or the start of one that no other id shares."),
    db: Optional[Path] = typer.Option(None, "--db", help=_DB_HELP),
) -> None:
    """Print a stored document's clean text.

    Example: kronika documents show 546c611c
    """
    with _open_store(db, must_exist=True) as store:
        doc = store.document(id)
        if doc is None:
            raise StoreError(f"{store.path}: no document with id {id}")
        sys.stdout.write(doc.text if doc.text.endswith("\n") else doc.text + "\n")


def register(app: typer.Typer) -> None:
    """Add ``ingest`` and ``documents`` to the kronika app."""
    app.command("ingest")(ingest)
    app.add_typer(documents_app, name="documents")
