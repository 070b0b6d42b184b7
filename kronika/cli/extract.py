"""``kronika extract``: the events of documents, printed, nothing stored."""

from __future__ import annotations

from typing import List, Optional

import typer

from kronika.errors import UsageError

_FORMATS = ("jsonl", "table", "plover")


def extract(
    paths: List[str] = typer.Argument(..., help="Files, folders or '-' (standard input): plain text, HTML, JSONL."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date YYYY-MM-DD where a document carries none."),
    lang: str = typer.Option("auto", "--lang", help="auto, en, uk or ru."),
    url: Optional[str] = typer.Option(None, "--url", help="Source URL where a document carries none."),
    fmt: str = typer.Option("jsonl", "--format", help="jsonl (one event record a line), table, or plover."),
) -> None:
    """Print the events of the documents; store nothing.

    Example: kronika extract article.txt --published 2025-10-17 --format table
    """
    import sys

    from kronika.cli.options import parse_lang, parse_published

    language = parse_lang(lang)
    fmt = fmt.lower()
    if fmt not in _FORMATS:
        raise UsageError(f"--format: expected one of {', '.join(_FORMATS)}, got {fmt!r}")
    pub = parse_published(published)
    failed = run_extract(paths, published=pub, lang=language, url=url, fmt=fmt, out=sys.stdout, err=sys.stderr)
    if failed:
        raise typer.Exit(1)


def run_extract(paths, *, published, lang, url, fmt, out, err) -> int:  # type: ignore[no-untyped-def]
    """Read, code and print; returns the number of inputs that could not be read or coded.

    Separate from the command so scripts and benchmarks can call it without Typer.
    """
    from kronika import pipeline
    from kronika.errors import KronikaError
    from kronika.model import SUPPORTED_LANGUAGES, Rejected

    failed = 0
    events = []
    for item in pipeline.read(paths, published=published, lang=lang, url=url):
        if isinstance(item, Rejected):
            print(f"kronika: {item}", file=err)
            failed += 1
            continue
        if item.language not in SUPPORTED_LANGUAGES:
            print(f"kronika: {item.source or item.id}: language {item.language!r} is not coded (en, uk, ru)", file=err)
            continue
        try:
            evs = pipeline.extract(item)
        except KronikaError as e:
            print(f"kronika: {item.source or item.id}: {e}", file=err)
            failed += 1
            continue
        if fmt == "jsonl":
            _write_jsonl(evs, out)
        else:
            events.extend(evs)
    if fmt == "table":
        _write_table(events, out)
    elif fmt == "plover":
        from kronika.export import write

        write(events, "plover", out)
    return failed


def _write_jsonl(events, out) -> None:  # type: ignore[no-untyped-def]
    import json

    for e in events:
        out.write(json.dumps(e.to_record(), ensure_ascii=False) + "\n")
    out.flush()


def _write_table(events, out) -> None:  # type: ignore[no-untyped-def]
    from rich.console import Console
    from rich.table import Table

    table = Table("sentence", "type", "mode", "actor", "recipient", "date", "factuality", "trigger")
    for e in events:
        table.add_row(
            str(e.evidence.sentence_index),
            e.event_type,
            e.mode or "",
            ", ".join(f"{a.text} ({a.country or '?'})" for a in e.actor),
            ", ".join(f"{r.text} ({r.country or '?'})" for r in e.recipient),
            e.date.start if e.date.start == e.date.end else f"{e.date.start}..{e.date.end}",
            e.factuality,
            e.evidence.trigger,
        )
    # a pipe or file gets full columns; a terminal keeps its own width
    width = None if getattr(out, "isatty", lambda: False)() else 200
    Console(file=out, width=width).print(table)


def register(app: typer.Typer) -> None:
    """Add ``kronika extract`` to the app."""
    app.command("extract")(extract)
