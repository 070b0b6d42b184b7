"""``kronika dates``: the time expressions of a text, resolved against a publication date."""

from __future__ import annotations

import typer

_LANGS = ("auto", "en", "uk", "ru")
_FORMATS = ("jsonl", "table")


def dates(
    text: str = typer.Argument(..., help="The text to read ('-' for standard input)."),
    published: str = typer.Option(..., "--published", help="Publication date YYYY-MM-DD the expressions are resolved against."),
    lang: str = typer.Option("auto", "--lang", help="auto, en, uk or ru."),
    fmt: str = typer.Option("jsonl", "--format", help="jsonl (one JSON object a line) or table."),
) -> None:
    """Print the time expressions found in TEXT.

    Example: kronika dates "Talks were held at the end of September." --published 2025-10-17
    """
    import json
    import sys
    from datetime import date

    lang = lang.lower()
    if lang not in _LANGS:
        raise typer.BadParameter(f"expected one of {', '.join(_LANGS)}, got {lang!r}", param_hint="--lang")
    if fmt not in _FORMATS:
        raise typer.BadParameter(f"expected one of {', '.join(_FORMATS)}, got {fmt!r}", param_hint="--format")
    try:
        pub = date.fromisoformat(published)
    except ValueError:
        raise typer.BadParameter(f"expected a date YYYY-MM-DD, got {published!r}", param_hint="--published") from None
    if text == "-":
        text = sys.stdin.read()
    if lang == "auto":
        from kronika.language.script import guess_language

        lang = guess_language(text)
    from kronika.language import find_times

    found = find_times(text, pub, lang)
    if fmt == "jsonl":
        for t in found:
            print(json.dumps(t.to_record(), ensure_ascii=False))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table("text", "start", "end", "precision", "offset")
    for t in found:
        r = t.to_record()
        table.add_row(r["text"], r["start"], r["end"], r["precision"], f"{t.start}-{t.end}")
    Console().print(table)


def register(app: typer.Typer) -> None:
    """Add ``kronika dates`` to the kronika app."""
    app.command(name="dates")(dates)
