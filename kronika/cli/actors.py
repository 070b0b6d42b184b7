"""``kronika actors``: how a name is resolved, and importing actor lists."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import typer

from kronika.errors import UsageError

actors_app = typer.Typer(help="Look up and import actors (people, countries, organisations).", no_args_is_help=True)


@actors_app.command("lookup")
def lookup_cmd(
    text: str = typer.Argument(..., help="A name or phrase: 'Лукашенка', 'Belarusian authorities'."),
    lang: str = typer.Option(None, "--lang", help="en, uk or ru (default: guessed from the script)."),
    on: str = typer.Option(None, "--date", help="Resolve for this date, YYYY-MM-DD (default: today)."),
    fmt: str = typer.Option("json", "--format", help="json or table."),
) -> None:
    """How a name is resolved: name, country, sector and Wikidata id (json: null when unknown).

    Example: kronika actors lookup "Трампа" --date 2022-06-01
    """
    if fmt not in ("json", "table"):
        raise UsageError(f"--format must be json or table, not {fmt!r}")
    if lang is not None and lang not in ("en", "uk", "ru"):
        raise UsageError(f"--lang must be en, uk or ru, not {lang!r}")
    when = None
    if on:
        try:
            when = date.fromisoformat(on)
        except ValueError as e:
            raise UsageError(f"--date must be YYYY-MM-DD, not {on!r}") from e
    from kronika.actors import get_resolver

    entity = get_resolver().lookup(text, lang=lang, on_date=when)
    if fmt == "json":
        record = None if entity is None else {"name": entity.name, "country": entity.country,
                                              "sector": entity.sector, "id": entity.id}
        print(json.dumps(record, ensure_ascii=False))
        return
    if entity is None:
        print(f"{text}: not known")
        return
    for key, value in (("text", text), ("name", entity.name), ("country", entity.country),
                       ("sector", entity.sector), ("id", entity.id)):
        print(f"{key:8} {value if value is not None else '-'}")


@actors_app.command("import")
def import_cmd(
    file: Path = typer.Argument(..., help="FollowTheMoney entities (JSON lines) or a CSV of actors."),
    fmt: str = typer.Option("auto", "--format", help="auto, ftm or csv."),
) -> None:
    """Add people and organisations to the user's actor dictionary.

    Example: kronika actors import opensanctions-entities.ftm.json
    """
    from kronika.actors.imports import import_actors

    report = import_actors(file, fmt)
    for err in report.errors:
        print(err, file=sys.stderr)
    print(f"read {report.read}, imported {report.imported}, skipped {report.skipped}, "
          f"errors {len(report.errors)} -> {report.target}")


def register(app: typer.Typer) -> None:
    """Add this module's commands to the kronika app."""
    app.add_typer(actors_app, name="actors")
