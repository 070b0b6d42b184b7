"""Commands over stored events: ``events``, ``sanctions``, ``export``, ``reextract``.

Each parses its options, opens the store and calls one library function
(:mod:`kronika.merge.stored`, :mod:`kronika.merge.sanctions`, :mod:`kronika.export`).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

from kronika.errors import StoreError

EVENT_FORMATS = ("table", "jsonl", "csv")
EVENT_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
               "REJECT", "THREATEN", "SANCTION", "PROTEST", "MOBILIZE", "COERCE", "ASSAULT")
SANCTION_FORMATS = ("table", "jsonl")

DbOption = typer.Option(None, "--db", help="Store file (default: $KRONIKA_DB or ./kronika.db).")


def _bound(value: str | None, option: str, *, end: bool) -> str | None:
    """YYYY, YYYY-MM or YYYY-MM-DD -> the first (or, for --until, the last) day it covers."""
    if value is None:
        return None
    from kronika.store.merged import date_bound

    try:
        return date_bound(value, end=end)
    except ValueError as e:
        raise typer.BadParameter(str(e), param_hint=option) from None


def _choice(value: str, allowed: tuple[str, ...], option: str) -> str:
    v = value.strip().lower()
    if v not in allowed:
        raise typer.BadParameter(f"{value!r}: choose one of {', '.join(allowed)}", param_hint=option)
    return v


def _event_type(value: str | None, option: str = "--type") -> str | None:
    if value is None:
        return None
    v = value.strip().upper()
    if v not in EVENT_TYPES:
        raise typer.BadParameter(f"{value!r} is not a PLOVER event type ({', '.join(EVENT_TYPES)})", param_hint=option)
    return v


def _open_existing(db: Optional[Path]):  # noqa: ANN202
    """Open a store that must already exist: a query on a mistyped path must not create one."""
    from kronika.store import Store, default_db_path

    path = db if db is not None else default_db_path()
    if str(path) != ":memory:" and not Path(path).exists():
        raise StoreError(f"{path}: no such store (create one with `kronika ingest PATH --db {path}`)")
    return Store.open(path)


def _ellipsis(text: str | None, n: int) -> str:
    text = (text or "").replace("\n", " ")
    return text if len(text) <= n else text[: n - 1] + "…"


def _side(entities) -> str:  # noqa: ANN001
    return "; ".join(f"{e.name} ({e.country or '?'}{'/' + e.sector if e.sector else ''})" for e in entities)


def _console():  # noqa: ANN202
    """Rich console; piped output gets a wide page instead of rich's 80 columns."""
    from rich.console import Console

    return Console() if sys.stdout.isatty() else Console(width=220)


def _print_events_table(events) -> int:  # noqa: ANN001
    from rich.markup import escape
    from rich.table import Table

    table = Table(show_lines=False)
    for col in ("date", "event", "actor", "recipient", "factuality", "docs", "langs", "sentence"):
        table.add_column(col, overflow="fold")
    n = 0
    for me in events:
        ev = me.event
        d = ev.date.start if ev.date.start == ev.date.end else f"{ev.date.start}..{ev.date.end}"
        kind = ev.event_type + (f"/{ev.mode}" if ev.mode else "") + (f" [{ev.sanction_action}]" if ev.sanction_action else "")
        table.add_row(*map(escape, (d, kind, _side(ev.actor), _side(ev.recipient), ev.factuality, str(me.documents),
                                    ",".join(me.language_codes), _ellipsis(ev.evidence.sentence, 90))))
        n += 1
    _console().print(table)
    return n


def events_command(
    actor: Optional[str] = typer.Option(None, "--actor", help="Country code or part of a name of the actor."),
    recipient: Optional[str] = typer.Option(None, "--recipient", help="Country code or part of a name of the recipient."),
    event_type: Optional[str] = typer.Option(None, "--type", help="PLOVER event type, e.g. SANCTION."),
    since: Optional[str] = typer.Option(None, "--since", help="Events ending on or after this date."),
    until: Optional[str] = typer.Option(None, "--until", help="Events starting on or before this date."),
    language: Optional[str] = typer.Option(None, "--language", help="Only events reported in this language."),
    factuality: Optional[str] = typer.Option(None, "--factuality", help="asserted, negated, intended, hypothetical, desired."),
    db: Optional[Path] = DbOption,
    fmt: str = typer.Option("table", "--format", help="table, jsonl or csv."),
    limit: Optional[int] = typer.Option(None, "--limit", min=0, help="At most this many events."),
) -> None:
    """Stored events, merged across mentions, documents and languages.

    --actor/--recipient match a country code exactly or any part of a name in any
    language reported (case-insensitive); reciprocal events (meetings, calls) match on
    either side. Example: kronika events --actor USA --recipient belavia --format jsonl
    """
    from kronika.merge.stored import EventQuery, query
    from kronika.model import FACTUALITY

    fmt = _choice(fmt, EVENT_FORMATS, "--format")
    if factuality is not None:
        factuality = _choice(factuality, FACTUALITY, "--factuality")
    q = EventQuery(actor=actor, recipient=recipient, event_type=_event_type(event_type),
                   since=_bound(since, "--since", end=False), until=_bound(until, "--until", end=True),
                   language=language, factuality=factuality, limit=limit)
    with _open_existing(db) as store:
        events = query(store, q)
        if fmt == "jsonl":
            for me in events:
                sys.stdout.write(json.dumps(me.to_record(), ensure_ascii=False) + "\n")
        elif fmt == "csv":
            from kronika.export import write

            write(events, "csv", sys.stdout)
        else:
            _print_events_table(events)


def sanctions_command(
    target: Optional[str] = typer.Argument(None, help="Country code or part of the target's name."),
    db: Optional[Path] = DbOption,
    fmt: str = typer.Option("table", "--format", help="table or jsonl."),
) -> None:
    """The sanctions lifecycle of each target: who imposed, eased, lifted or refused to lift, when.

    Example: kronika sanctions Belavia --format jsonl
    """
    from kronika.merge.sanctions import lifecycle

    fmt = _choice(fmt, SANCTION_FORMATS, "--format")
    with _open_existing(db) as store:
        steps = lifecycle(store, target)
    if fmt == "jsonl":
        for s in steps:
            sys.stdout.write(json.dumps(s.to_record(), ensure_ascii=False) + "\n")
        return
    from rich.markup import escape
    from rich.table import Table

    table = Table()
    for col in ("target", "sender", "date", "action", "status after", "reports"):
        table.add_column(col, overflow="fold")
    for s in steps:
        d = s.date.start if s.date.start == s.date.end else f"{s.date.start}..{s.date.end}"
        reports = f"{len({m.document for m in s.sources})} doc, {','.join(sorted({m.language for m in s.sources}))}"
        table.add_row(*map(escape, (_side((s.target,)), _side(s.sender), d, s.action, s.status_after or "-",
                                    reports)))
    _console().print(table)


def export_command(
    fmt: str = typer.Option(..., "--format", help="plover, polecat, icews, gdelt, csv or parquet."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="File to write (default: standard output)."),
    db: Optional[Path] = DbOption,
    actor: Optional[str] = typer.Option(None, "--actor", help="Country code or part of a name of the actor."),
    recipient: Optional[str] = typer.Option(None, "--recipient", help="Country code or part of a name of the recipient."),
    event_type: Optional[str] = typer.Option(None, "--type", help="PLOVER event type."),
    since: Optional[str] = typer.Option(None, "--since", help="Events ending on or after this date."),
    until: Optional[str] = typer.Option(None, "--until", help="Events starting on or before this date."),
) -> None:
    """Export stored merged events as PLOVER JSON lines, POLECAT/ICEWS/GDELT tables, CSV or Parquet.

    Example: kronika export --format polecat --output events.tsv
    """
    from kronika.export import FORMATS, write
    from kronika.merge.stored import EventQuery, query

    fmt = _choice(fmt, FORMATS, "--format")
    q = EventQuery(actor=actor, recipient=recipient, event_type=_event_type(event_type),
                   since=_bound(since, "--since", end=False), until=_bound(until, "--until", end=True))
    with _open_existing(db) as store:
        n = write(query(store, q), fmt, output)
    if output is not None:
        print(f"kronika: {n} events written to {output}", file=sys.stderr)


def reextract_command(db: Optional[Path] = DbOption) -> None:
    """Code every stored document again (after a lexicon or dictionary update) and re-merge.

    Each document's old mentions are replaced in one transaction with its new ones; a
    document whose coding fails keeps its old events.
    """
    from kronika.errors import KronikaError
    from kronika.model import SUPPORTED_LANGUAGES
    from kronika.pipeline import extract
    from kronika.merge.stored import rebuild
    from kronika.store.events import add_events, count_mentions, delete_document_events

    from rich.console import Console
    from rich.progress import Progress

    with _open_existing(db) as store:
        before = count_mentions(store)
        docs = [d.id for d in store.documents()]
        done = failed = 0
        with Progress(console=Console(stderr=True), transient=True, disable=not sys.stderr.isatty()) as progress:
            task = progress.add_task("coding again", total=len(docs))
            for doc_id in docs:
                progress.advance(task)
                doc = store.document(doc_id)
                if doc is None or doc.language not in SUPPORTED_LANGUAGES:
                    continue
                try:
                    events = extract(doc)
                except KronikaError as e:
                    failed += 1
                    progress.console.print(f"kronika: {doc.source or doc.id}: events not extracted: {e}",
                                           markup=False, highlight=False)
                    continue
                with store.transaction():
                    delete_document_events(store, doc.id)
                    add_events(store, doc, events)
                done += 1
        with store.transaction():
            stats = rebuild(store.conn)
        print(f"kronika: {done} documents coded again ({failed} failed); {before} -> {stats.mentions} mentions,"
              f" {stats.events} merged events", file=sys.stderr)


def register(app: typer.Typer) -> None:
    """Add this module's commands to the kronika app."""
    app.command("events")(events_command)
    app.command("sanctions")(sanctions_command)
    app.command("export")(export_command)
    app.command("reextract")(reextract_command)
