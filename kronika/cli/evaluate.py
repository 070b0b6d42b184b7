"""``kronika eval`` and ``kronika eval-plover``: score extraction against gold annotations.

Both run the coder in process (through :mod:`kronika.pipeline`) and hand its events to
:mod:`kronika.evaluate`, which holds every definition of a match and a figure.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from typing import TYPE_CHECKING, Optional

import typer

from kronika.errors import InputError, KronikaError, UsageError

if TYPE_CHECKING:
    from kronika.evaluate.runner import ScoringInput


def _parse_date(value: str | None, option: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as e:
        raise typer.BadParameter(f"{option} must be YYYY-MM-DD, got {value!r}") from e


def _read_one_path(path: str, *, published: date | None, lang: str | None) -> list:
    """The documents of one path, through the pipeline's reader; a rejected one is an error."""
    from kronika import pipeline
    from kronika.model import Rejected

    try:
        items = list(pipeline.read([path], published=published, lang=lang))
    except ImportError as e:  # a stage missing from an incomplete installation
        raise KronikaError(f"{path}: cannot read documents: {e}") from e
    docs = []
    for item in items:
        if isinstance(item, Rejected):
            raise InputError(str(item))
        docs.append(item)
    if not docs:
        raise InputError(f"{path}: no document found")
    return docs


def _inputs(docs: list[str], manifest: str | None, published: date | None, lang: str | None) -> list["ScoringInput"]:
    from kronika.evaluate.gold import load_manifest
    from kronika.evaluate.runner import ScoringInput, doc_name

    out: list[ScoringInput] = []
    if manifest:
        for spec in load_manifest(manifest):
            spec_lang = spec.lang or lang
            found = _read_one_path(spec.path, published=spec.published or published, lang=spec_lang)
            for i, d in enumerate(found):
                name = spec.doc if len(found) == 1 else (d.source_id or f"{spec.doc}#{i + 1}")
                out.append(ScoringInput(name, spec_lang or d.language, d))
    for path in docs:
        found = _read_one_path(path, published=published, lang=lang)
        for i, d in enumerate(found):
            out.append(ScoringInput(doc_name(path, d, i, len(found)), lang or d.language, d))
    return out


def eval_command(
    gold: str = typer.Argument(..., help="Gold annotations, one JSON object a line."),
    docs: Optional[list[str]] = typer.Argument(None, help="Documents to score; a file's name without extension is its 'doc' name in the gold file."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date (YYYY-MM-DD) where a document carries none."),
    manifest: Optional[str] = typer.Option(None, "--manifest", help="JSONL manifest: {doc, path, lang, published} a line."),
    lang: Optional[str] = typer.Option(None, "--lang", help="Language of the DOCS (en, uk, ru); default: as detected."),
    fmt: str = typer.Option("table", "--format", help="table or json."),
    verbose: bool = typer.Option(False, "--verbose", help="List every miss, unmatched event and trap taken."),
    lenient_duplicates: bool = typer.Option(False, "--lenient-duplicates", help="Do not count against precision an event that repeats a gold event of the document from another sentence."),
    min_recall: Optional[float] = typer.Option(None, "--min-recall", help="Exit 1 when recall of required events is lower."),
    min_precision: Optional[float] = typer.Option(None, "--min-precision", help="Exit 1 when precision is lower."),
    max_traps: Optional[int] = typer.Option(None, "--max-traps", help="Exit 1 when more traps are taken."),
) -> None:
    """Score extraction against gold annotations (the gold file format of Kronika's gold sets).

    Prints recall of required events, precision, traps taken, and on the matched pairs the
    share of right dates, sectors, modes, recipients, factuality and attribution, in total,
    per language and per document. Gold lines without "doc" apply to every document with an anchor in its language.

    Example: kronika eval seed.gold.jsonl seed-en.txt seed-uk.txt --published 2025-10-17
    """
    from kronika import pipeline
    from kronika.evaluate.gold import load_gold
    from kronika.evaluate.gold_scorer import passes
    from kronika.evaluate.report import gold_table, gold_verdict
    from kronika.evaluate.runner import evaluate_gold, gold_languages

    if fmt not in ("table", "json"):
        raise typer.BadParameter("--format must be table or json")
    if not docs and not manifest:
        raise UsageError("give documents to score, or --manifest FILE")
    gold_lines = load_gold(gold)
    inputs = _inputs(list(docs or []), manifest, _parse_date(published, "--published"), lang)
    known = gold_languages(gold_lines)
    for item in inputs:
        if item.lang not in known:
            print(f"kronika: {item.doc}: no gold anchors in language {item.lang!r}", file=sys.stderr)
    report = evaluate_gold(gold_lines, inputs, pipeline.extract, lenient_duplicates=lenient_duplicates)
    thresholds = {k: v for k, v in (("min_recall", min_recall), ("min_precision", min_precision), ("max_traps", max_traps)) if v is not None}
    ok = passes(report.summary, **thresholds)
    if fmt == "json":
        out = dict(report.summary)
        if verbose:
            out.update(misses=report.misses, unmatched=report.unmatched, trapped=report.trapped)
        typer.echo(json.dumps(out, ensure_ascii=False, indent=1))
    else:
        typer.echo(gold_table(report, verbose=verbose))
        typer.echo(gold_verdict(report, ok))
    if thresholds and not ok:
        raise typer.Exit(1)


def eval_plover_command(
    file: str = typer.Argument(..., help="PLOVER_GSR_CAMEO.txt (JSON with trailing commas)."),
    verbose: bool = typer.Option(False, "--verbose", help="List every record whose type was not found."),
    fmt: str = typer.Option("table", "--format", help="table or json."),
    min_type: Optional[float] = typer.Option(None, "--min-type", help="Exit 1 when type recall is lower."),
    min_precision: Optional[float] = typer.Option(None, "--min-precision", help="Exit 1 when precision is lower."),
) -> None:
    """Score event types and actors on the PLOVER gold standard records.

    The records are English sentences dated 2000-01-01. Type recall: records where some event has the gold type; with actor: and names a gold
    source country; precision: events whose type is their sentence's gold type.

    Example: kronika eval-plover PLOVER_GSR_CAMEO.txt --verbose
    """
    from kronika import pipeline
    from kronika.evaluate.plover_gsr import evaluate_plover, load_gsr
    from kronika.evaluate.report import plover_table

    if fmt not in ("table", "json"):
        raise typer.BadParameter("--format must be table or json")
    result = evaluate_plover(load_gsr(file), pipeline.extract)
    if fmt == "json":
        out = dict(result)
        if not verbose:
            out.pop("misses")
        typer.echo(json.dumps(out, ensure_ascii=False, indent=1))
    else:
        typer.echo(plover_table(result, verbose=verbose))
    short = (min_type is not None and result["type_recall"] < min_type) or (
        min_precision is not None and result["precision"] < min_precision)
    if short:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add ``eval`` and ``eval-plover`` to the kronika app."""
    app.command("eval")(eval_command)
    app.command("eval-plover")(eval_plover_command)
